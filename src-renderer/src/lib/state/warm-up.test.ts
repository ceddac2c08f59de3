import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmUpWhenIdle } from './warm-up';

/** A stand-in for the browser's idle callbacks: each slice is run by hand with the time it has left. */
function fakeIdle() {
  const queue = new Map<number, IdleRequestCallback>();
  let next = 1;
  vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => {
    queue.set(next, cb);
    return next++;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => queue.delete(id));
  return {
    pending: () => queue.size,
    /** Runs the waiting slice with `ms` of idle time that never runs out (or runs out at once when 0). */
    runSlice(ms: number) {
      const [id, cb] = [...queue][0];
      queue.delete(id);
      cb({ didTimeout: false, timeRemaining: () => ms });
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('warmUpWhenIdle', () => {
  it('runs the work the given number of times, only in idle time, as many per slice as the slice has room for', () => {
    const idle = fakeIdle();
    let runs = 0;
    warmUpWhenIdle(() => runs++, 40);
    expect(runs).toBe(0); // nothing before the first idle period
    idle.runSlice(0); // a slice with no room still makes one run (a cold run may take 10 ms)
    expect(runs).toBe(1);
    idle.runSlice(50); // room to spare: the rest in one slice
    expect(runs).toBe(40);
    expect(idle.pending()).toBe(0);
  });

  it('stops when told (another plan opened), leaving no slice waiting', () => {
    const idle = fakeIdle();
    let runs = 0;
    const stop = warmUpWhenIdle(() => runs++, 40);
    idle.runSlice(0);
    stop();
    expect(idle.pending()).toBe(0);
    expect(runs).toBe(1);
  });

  it('does nothing where there is no idle time to use (no requestIdleCallback)', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    let runs = 0;
    warmUpWhenIdle(() => runs++, 40)();
    expect(runs).toBe(0);
  });
});
