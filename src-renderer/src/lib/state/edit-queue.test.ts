import { describe, expect, it } from 'vitest';
import { queueAfterFrame, runQueuedEdits } from './edit-queue';

describe('edits drawn ahead of their frame', () => {
  it('run by themselves after the frame, oldest first', async () => {
    const done: string[] = [];
    queueAfterFrame(() => done.push('move'));
    queueAfterFrame(() => done.push('move again'));
    expect(done).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(done).toEqual(['move', 'move again']);
  });

  it('run first when another change comes before the frame, in the order they were made', () => {
    const done: string[] = [];
    // Each edit goes through the store's apply, which runs the waiting edits first: the first
    // edit must not let the second go ahead of it.
    queueAfterFrame(() => {
      runQueuedEdits();
      done.push('move');
    });
    queueAfterFrame(() => {
      runQueuedEdits();
      done.push('move again');
    });
    runQueuedEdits(); // a Delete pressed inside the frame
    done.push('delete');
    expect(done).toEqual(['move', 'move again', 'delete']);
  });
});
