/**
 * Edits drawn a frame ahead of themselves (calendar/paint-ahead.svelte.ts) wait here for the task
 * after that frame. Any other change to the plan (another key within the same frame, an undo, a
 * week operation) runs them first, so the plan takes the coach's edits in the order they were made:
 * a Delete pressed before a move's frame was painted deletes the moved card, not the card main
 * no longer has where it was.
 */
import { afterThisFrame } from './after-paint';

const queued: Array<() => void> = [];
let running = false;

/** Runs `edit` after the frame being prepared, or earlier when another change comes first. */
export function queueAfterFrame(edit: () => void): void {
  queued.push(edit);
  afterThisFrame(runQueuedEdits);
}

/** Runs the waiting edits now, oldest first (the store calls this before any change of its own). */
export function runQueuedEdits(): void {
  // An edit's own change calls back here: it must not run the edits queued after it first.
  if (running) return;
  running = true;
  try {
    while (queued.length) queued.shift()!();
  } finally {
    running = false;
  }
}
