/**
 * A session refused for its duration says so in words a coach reads beside the field: "a
 * intervals session needs a duration" showed when a session's steps were cleared (hAA).
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
      'durationMin: an interval session needs a duration',
    );
    expect(refusal({ kind: 'easy', durationMin: 0 }).message).toBe(
      'durationMin: an easy run needs a duration over 0 minutes',
    );
    expect(refusal({ durationMin: null, steps: null }).field).toBe('durationMin');
  });
});
