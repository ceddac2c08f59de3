/** Tiny timing helpers for the benches: medians of repeated runs, printed as figures. */
import { performance } from 'node:perf_hooks';

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median milliseconds of `fn` over `runs` runs, after `warmup` unmeasured runs. */
/** The middle half of `values` as "a-b ms" (quartiles): how far a median of few runs can be trusted. */
export function spread(values: number[]): string {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return `middle half ${at(0.25).toFixed(1)}-${at(0.75).toFixed(1)} ms`;
}

export function medianMs(fn: (i: number) => void, runs = 200, warmup = 20): number {
  for (let i = 0; i < warmup; i++) fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(warmup + i);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * Median milliseconds of each of `fns`, run in turn (a run of each, then the next round), so
 * that drift in the machine or the database weighs on all of them alike.
 */
export function alternatingMedians(fns: Array<(i: number) => void>, runs = 200, warmup = 20): number[] {
  for (let i = 0; i < warmup; i++) for (const fn of fns) fn(i);
  const times = fns.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const t0 = performance.now();
      fn(warmup + i);
      times[k].push(performance.now() - t0);
    });
  }
  return times.map(median);
}

export function report(name: string, value: string, budget?: string, within?: boolean): void {
  const verdict = budget ? `  (budget ${budget}: ${within ? 'within' : 'OVER'})` : '';
  console.log(`${name.padEnd(58)} ${value}${verdict}`);
}

export const ms = (v: number) => `${v < 0.1 ? v.toFixed(4) : v.toFixed(3)} ms`;
