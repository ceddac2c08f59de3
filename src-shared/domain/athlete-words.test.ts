import { describe, expect, it } from 'vitest';
import { athleteSummary, athleteWhy } from './athlete-words';
import type { PlanSession } from './types';

const base = {
  id: 'x',
  date: '2027-03-03',
  title: null,
  durationMin: 30,
  distanceKm: 4.5,
  rpe: null,
  notes: null,
} as const;

function rule(kind: 'recovery' | 'rest', reason: string, extra: object = {}): PlanSession {
  return {
    ...base,
    kind,
    origin: 'rule',
    ruleId: 'recovery-after-hard',
    sourceId: 's1',
    reason,
    ...extra,
  } as unknown as PlanSession;
}
function coach(kind: string, extra: object = {}): PlanSession {
  return { ...base, kind, origin: 'coach', revision: 0, ...extra } as unknown as PlanSession;
}

describe("athletes' words", () => {
  it('reads a recovery run as what to do', () => {
    expect(athleteSummary(rule('recovery', "Recovery run the day after Tuesday's intervals"))).toBe(
      'Recovery run — easy, conversational, 30 min',
    );
    expect(athleteSummary(coach('recovery', { durationMin: 0 }))).toBe('Recovery run — easy, conversational');
  });

  it('does not say the kind twice when the title starts with it (the calendar read "Long run — Long run by the river")', () => {
    expect(athleteSummary(coach('long', { title: 'Long run by the river' }))).toBe('Long run by the river');
    expect(athleteSummary(coach('tempo', { title: 'tempo: 3 x 10 min' }))).toBe('tempo: 3 x 10 min');
    expect(athleteSummary(coach('easy', { title: 'Easy 45 min' }))).toBe('Easy 45 min');
    // Only the kind as a whole word: "Tempos" is not "Tempo".
    expect(athleteSummary(coach('tempo', { title: 'Tempos on the track' }))).toBe('Tempo — Tempos on the track');
  });

  it('keeps the coach titles and never says auto or rules', () => {
    expect(athleteSummary(coach('intervals', { title: '6 x 800 m' }))).toBe('Intervals — 6 x 800 m');
    expect(athleteSummary(rule('rest', 'Rest day instead of a recovery run', { durationMin: 0 }))).toBe('Rest day');
    const why = athleteWhy(
      rule(
        'rest',
        "Rest day instead of a recovery run the day after Tuesday's 6 x 800 m intervals: the athlete runs 3 days a week, which already leaves plenty of rest days",
      ),
    );
    expect(why).toBe("Rest day instead of a recovery run the day after Tuesday's 6 x 800 m intervals.");
    expect(why).not.toMatch(/auto|rule/i);
    expect(athleteWhy(coach('easy'))).toBeNull();
  });
});
