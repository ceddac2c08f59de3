import { describe, expect, it } from 'vitest';
import { clipText, parseClip, type NamedClip } from './clipboard';

const week: NamedClip = {
  from: 'week 1',
  clip: {
    kind: 'weeks',
    weeks: 1,
    sessions: [
      { kind: 'tempo', title: 'Tempo 3×10', durationMin: 50, distanceKm: 10, rpe: 7, notes: null, dayOffset: 2 },
    ],
    dismissed: [{ dayOffset: 3, ruleId: 'recovery-after-hard' }],
  },
};

describe('the clipboard as JSON', () => {
  it('round-trips a week and a set of sessions', () => {
    expect(parseClip(clipText(week))).toEqual(week);
    const sessions: NamedClip = { from: null, clip: { kind: 'sessions', sessions: week.clip.sessions } };
    expect(parseClip(clipText(sessions))).toEqual(sessions);
  });

  it('ignores text that is not Stride’s and refuses malformed clips', () => {
    expect(parseClip('hello')).toBeNull();
    expect(parseClip('{"stride-clipboard": 1')).toBeNull();
    const bad = JSON.parse(clipText(week));
    bad.sessions[0].kind = 'swim';
    expect(parseClip(JSON.stringify(bad))).toBeNull();
    const tooLong = JSON.parse(clipText(week));
    tooLong.weeks = 500;
    expect(parseClip(JSON.stringify(tooLong))).toBeNull();
    const badRule = JSON.parse(clipText(week));
    badRule.dismissed[0].ruleId = 'nope';
    expect(parseClip(JSON.stringify(badRule))).toBeNull();
  });
});
