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
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || typeof requestIdleCallback !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(noFrame);
      resolve();
    };
    const noFrame = setTimeout(finish, timeoutMs * 2);
    requestAnimationFrame(() => requestIdleCallback(finish, { timeout: timeoutMs }));
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
  return new Promise((resolve) => {
    const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
    const queue = (task: () => void) =>
      scheduler ? void scheduler.postTask(task, { priority: 'background' }) : setTimeout(task, 0);
    if (typeof requestAnimationFrame !== 'function') {
      queue(resolve);
      return;
    }
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(noFrame);
      resolve();
    };
    // A hidden or minimised window gets no frames.
    const noFrame = setTimeout(finish, timeoutMs);
    requestAnimationFrame(() => queue(finish));
  });
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
