/**
 * Runs `work` `runs` times in idle slices, to have V8 optimise it before the coach needs it.
 *
 * The rules pass runs once per edit. Cold, on a 104-week plan, it took 4–11 ms a run for its
 * first ten runs and about 0.3 ms from the thirtieth on (measured in Node; the renderer's V8 tiers
 * up the same way), so a plan's first few dozen edits each paid milliseconds in the frame that
 * shows them (issue 9: key or drop -> painted within 16 ms). Run in idle time right after a plan
 * opens, that cost falls where the coach is not waiting. Returns a function that stops it.
 */
export function warmUpWhenIdle(work: () => void, runs: number): () => void {
  if (typeof requestIdleCallback !== 'function') return () => {};
  let left = runs;
  let handle: number | null = null;
  const slice = (deadline: IdleDeadline) => {
    handle = null;
    // A cold run can take 10 ms: one run per slice until there is room for more.
    do {
      work();
      left--;
    } while (left > 0 && deadline.timeRemaining() > 5);
    if (left > 0) handle = requestIdleCallback(slice);
  };
  handle = requestIdleCallback(slice);
  return () => {
    if (handle !== null) cancelIdleCallback(handle);
    handle = null;
  };
}
