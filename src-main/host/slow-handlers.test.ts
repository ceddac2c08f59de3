import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../handlers/handler-types';
import { slowHandlers } from './slow-handlers';

afterEach(() => vi.useRealTimers());

describe('slowHandlers', () => {
  it('answers with the same value, only once the delay has passed; 0 leaves the handlers as they are', async () => {
    vi.useFakeTimers();
    const handlers = { 'athletes.list': () => [{ id: 1 }] } as unknown as Handlers;
    expect(slowHandlers(handlers, 0)).toBe(handlers);
    const list = slowHandlers(handlers, 700)['athletes.list'] as unknown as (i: unknown) => Promise<unknown>;
    let answer: unknown = null;
    void list({}).then((a) => (answer = a));
    await vi.advanceTimersByTimeAsync(699);
    expect(answer).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(answer).toEqual([{ id: 1 }]);
  });
});
