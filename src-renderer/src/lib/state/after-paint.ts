/**
 * Resolves once the next frame has been painted and the main thread is idle, or after about
 * `timeoutMs` at the latest. For work the frame showing an edit need not wait for (sending the
 * edit to main, moving the chart's highlight): it then runs after that frame, in the idle time
 * before the next one, rather than delaying it.
 *
 * The timeouts keep it going where frames or idle time do not come: a hidden or minimised window
 * gets no animation frames, and a busy one little idle time.
 */
export function afterPaintWhenIdle(timeoutMs = 50): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || typeof requestIdleCallback !== 'function')
    return new Promise((resolve) => setTimeout(resolve, 0));
  return afterFrameThen((finish) => requestIdleCallback(finish, { timeout: timeoutMs }), timeoutMs * 2);
}

/**
 * Resolves when `next`, started in the next animation frame, calls back, or after `timeoutMs`
 * (frames stop in a hidden window), whichever comes first.
 */
function afterFrameThen(next: (finish: () => void) => void, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(noFrame);
      resolve();
    };
    const noFrame = setTimeout(finish, timeoutMs);
    requestAnimationFrame(() => next(finish));
  });
}

/** Chromium's task scheduler (`scheduler.postTask`), where there is one. */
interface TaskScheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * Resolves soon after the next frame has been produced, as a background task: after the tasks
 * already waiting (input, main's answers), without waiting for idle time. For work the coach
 * waits to see, one frame behind the edit (the load chart's new figures): idle time after an
 * edit's frame goes first to sending the edit to main, and a busy window has little of it.
 */
export function afterFrameInBackground(timeoutMs = 100): Promise<void> {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  const queue = (task: () => void) =>
    scheduler ? void scheduler.postTask(task, { priority: 'background' }) : setTimeout(task, 0);
  if (typeof requestAnimationFrame !== 'function') return new Promise((resolve) => queue(resolve));
  return afterFrameThen(queue, timeoutMs);
}

/**
 * Runs `fn` a frame after the next one, once the main thread is idle: for a secondary view (the
 * inspector following a card the keyboard moved or a drop made) that shows its change after the
 * calendar does. The extra frame puts it behind the work that waits for the edit's own frame
 * (sending the edit to main, redrawing the load chart), which asks for the first idle time.
 */
export function afterNextPaint(fn: () => void, timeoutMs = 100): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(fn, 0);
    return;
  }
  requestAnimationFrame(() => void afterPaintWhenIdle(timeoutMs).then(fn));
}

/**
 * Runs `fn` in a task queued as the frame now being prepared starts, so after that frame's
 * rendering: for the part of an edit the coach sees one frame after its input
 * (paint-ahead.svelte.ts). The timeout keeps it going where frames do not come (a hidden window).
 */
export function afterThisFrame(fn: () => void, timeoutMs = 100): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(fn, 0);
    return;
  }
  void afterFrameThen((finish) => setTimeout(finish, 0), timeoutMs).then(fn);
}
