/**
 * A session refused for its duration says so in words a coach reads beside the field: "a
 * intervals session needs a duration" showed when a session's steps were cleared (hAA), and the
 * sentence began with the field's contract name ("durationMin: "), which travels apart (hAF).
 */
import { describe, expect, it } from 'vitest';
import { StrideError } from '../api/errors';
import { assertConsistent } from './apply-edits';
import { sessionFromKind } from './session-defaults';

function refusal(patch: Record<string, unknown>): StrideError {
  const session = { ...sessionFromKind('s1', '2027-03-02', 'intervals'), ...patch };
  try {
    assertConsistent(session as Parameters<typeof assertConsistent>[0]);
  } catch (error) {
    return error as StrideError;
  }
  throw new Error('not refused');
}

describe('a session without a duration', () => {
  it('is named as a coach names it', () => {
    expect(refusal({ durationMin: null, steps: null }).message).toBe(
      'An interval session needs a duration: give it minutes, or steps with a time or distance',
    );
    expect(refusal({ kind: 'easy', durationMin: 0 }).message).toBe('An easy run needs a duration over 0 minutes');
    // The field is still named, for the inspector to show the sentence beside Duration.
    expect(refusal({ durationMin: null, steps: null }).field).toBe('durationMin');
    expect(refusal({ kind: 'easy', durationMin: 0 }).field).toBe('durationMin');
  });
  it('says what would do once the only step left, an open one, is taken away', () => {
    expect(refusal({ kind: 'long', durationMin: null, steps: [] }).message).toBe(
      'A long run needs a duration: give it minutes, or steps with a time or distance',
    );
  });
});
