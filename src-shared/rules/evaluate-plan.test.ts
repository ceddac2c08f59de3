import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/dates';
import type { CoachSession, PlanWarning } from '../domain/types';
import { evaluatePlan } from './evaluate-plan';
import { WARNING_ORDER } from './session-warnings';
import { dayOf, frame, input, MON, session, SUN, tenKWeek, THU, TUE, WED } from './test-plans';

describe('evaluatePlan', () => {
  it('returns the coach sessions untouched beside the derived ones, in date-then-id order', () => {
    const sessions = [
      session('a', dayOf(1, TUE), 'easy'),
      session('B', dayOf(1, TUE), 'intervals', { title: '6 x 800 m', notes: '2 min jog between' }),
    ];
    const copy = structuredClone(sessions);
    const plan = evaluatePlan(input({ sessions }));
    // Code-unit order: "B" (66) before "a" (97), where localeCompare would put "a" first.
    expect(plan.sessions.map((s) => [s.date, s.id, s.origin])).toEqual([
      ['2027-03-02', 'B', 'coach'],
      ['2027-03-02', 'a', 'coach'],
      ['2027-03-03', 'rule-2027-03-03', 'rule'],
    ]);
    // v2: a session without a typed distance carries the estimate beside its typed fields.
    expect(plan.sessions[0]).toEqual({ ...copy[1], origin: 'coach', estimatedDistanceKm: expect.any(Number) });
    expect(plan.sessions[0].distanceKm).toBe(copy[1].distanceKm);
    expect(plan.sessions[2]).toEqual({ ...plan.derived[0], origin: 'rule' });
    expect(sessions).toEqual(copy);
  });

  it('counts derived sessions in the week figures: a 10K week with its recovery run', () => {
    const plan = evaluatePlan(input({ athlete: { easyPaceSecPerKm: 340 }, plan: frame(2), sessions: tenKWeek(1) }));
    expect(plan.weeks).toHaveLength(2);
    // Week 1: intervals 10 + easy 8 + long 16 + Wednesday's recovery run 4.5 km, on four days.
    expect(plan.weeks[0]).toMatchObject({
      index: 1,
      start: '2027-03-01',
      distanceKm: 38.5,
      runDays: 4,
      hardSessions: 2,
    });
    // 55 × 8 + 45 × 3 + 90 × 6 + 30 × 3
    expect(plan.weeks[0].loadAU).toBe(440 + 135 + 540 + 90);
    // Week 2 holds only Monday's recovery run after the long run.
    expect(plan.weeks[1]).toMatchObject({ distanceKm: 4.5, runDays: 1, hardSessions: 0, loadAU: 90 });
  });

  it('leaves a dismissed session out of everything, the week figures too', () => {
    const dismissed = [{ date: '2027-03-03', ruleId: 'recovery-after-hard' as const }];
    const plan = evaluatePlan(
      input({ athlete: { easyPaceSecPerKm: 340 }, plan: frame(2), sessions: tenKWeek(1), dismissed }),
    );
    expect(plan.derived.map((d) => d.date)).toEqual(['2027-03-08']);
    expect(plan.sessions.some((s) => s.date === '2027-03-03')).toBe(false);
    expect(plan.weeks[0]).toMatchObject({ distanceKm: 34, runDays: 3 });
  });

  it('sorts warnings by first date, then the order of the spec table, then session ids', () => {
    // Week 1: one easy 5 km. Week 2: tempo and intervals on Monday, hills on Tuesday, much more distance.
    const sessions = [
      session('easy', dayOf(1, WED), 'easy', { durationMin: 30, distanceKm: 5 }),
      session('z', dayOf(2, MON), 'tempo', { distanceKm: 10 }),
      session('y', dayOf(2, MON), 'intervals', { distanceKm: 6 }),
      session('x', dayOf(2, TUE), 'hills', { distanceKm: 8 }),
    ];
    const warnings = evaluatePlan(input({ plan: frame(3), sessions })).warnings;
    const onMonday = warnings.filter((w) => w.dates[0] === '2027-03-08').map((w) => [w.ruleId, w.sessionIds.join(',')]);
    expect(onMonday).toEqual([
      ['back-to-back-hard', 'y,x'],
      ['back-to-back-hard', 'y,z'],
      ['back-to-back-hard', 'z,x'],
      ['run-spike', 'y,easy'],
      ['run-spike', 'z,easy'],
      ['distance-jump', ''],
      ['load-spike', ''],
    ]);
    expect(isSorted(warnings)).toBe(true);
  });

  it('warns about a week that already runs on more days than the athlete has', () => {
    const sessions = [MON, TUE, WED, THU].map((d) => session(`s${d}`, dayOf(1, d), 'easy'));
    const warnings = evaluatePlan(input({ athlete: { runDaysPerWeek: 3 }, plan: frame(1), sessions })).warnings;
    expect(warnings.map((w) => [w.ruleId, w.dates, w.sessionIds])).toContainEqual([
      'over-run-days',
      ['2027-03-01'],
      [],
    ]);
  });

  it('after a marathon: two rest days, a recovery run, and a warning for a long run 15 days later', () => {
    const sessions = [
      session('m', '2027-04-18', 'race', { title: 'Spring Marathon', distanceKm: 42.195, durationMin: 230 }),
      session('long', '2027-05-03', 'long', { distanceKm: 16 }),
      session('long2', '2027-05-04', 'easy', { distanceKm: 8 }),
    ];
    const plan = evaluatePlan(input({ plan: frame(12), sessions }));
    expect(plan.derived.map((d) => [d.date, d.ruleId])).toEqual([
      ['2027-04-19', 'rest-after-long-race'],
      ['2027-04-20', 'rest-after-long-race'],
      ['2027-04-21', 'recovery-after-long-race'],
    ]);
    expect(plan.derived[1].reason).toBe('Second rest day after the marathon (Spring Marathon) on Sun 18 Apr');
    expect(plan.warnings.filter((w) => w.ruleId === 'too-soon-after-race').map((w) => w.sessionIds)).toEqual([
      ['long', 'm'],
    ]);
  });

  it('gives the same answer for the same plan, whatever order its sessions come in', () => {
    const sessions = [...tenKWeek(1), ...tenKWeek(2), session('gym', dayOf(2, SUN), 'strength', { rpe: 8 })];
    const a = evaluatePlan(input({ plan: frame(3), sessions }));
    const b = evaluatePlan(input({ plan: frame(3), sessions: [...sessions].reverse() }));
    expect(b).toEqual(a);
  });

  // evaluatePlan merges the coach sessions (already in order in its index) with the derived ones
  // instead of sorting them all; a date that is no calendar date falls back to the sort.
  it('lists every session as a sort by date then id would, sessions out of the plan and odd dates too', () => {
    const sessions = [
      ...tenKWeek(2),
      session('rule-2027-03-03', dayOf(1, WED), 'easy', { distanceKm: 5 }),
      ...tenKWeek(1),
      session('before', addDays(dayOf(1, MON), -3), 'long', { distanceKm: 20 }),
      session('after', dayOf(4, TUE), 'tempo', { distanceKm: 9 }),
      session('A', dayOf(2, THU), 'easy', { distanceKm: 6 }),
    ];
    for (const extra of [[], [session('odd', '2027-02-30', 'easy', { distanceKm: 4 })]]) {
      const plan = evaluatePlan(input({ plan: frame(3), sessions: [...sessions, ...extra] }));
      const sorted = [...plan.sessions].sort((a, b) =>
        a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id === b.id ? 0 : a.id < b.id ? -1 : 1,
      );
      expect(plan.sessions.map((s) => s.id)).toEqual(sorted.map((s) => s.id));
      expect(plan.sessions.length).toBe(sessions.length + extra.length + plan.derived.length);
    }
  });

  // Speed is measured by `npm run bench` (budget 1 ms), not by a timed test that flakes on a busy machine.
  it('evaluates a 52-week plan with six sessions a week: one recovery run a week', () => {
    const sessions: CoachSession[] = [];
    const kinds = ['easy', 'intervals', null, 'easy', 'tempo', 'easy', 'long'] as const;
    for (let w = 0; w < 52; w++) {
      kinds.forEach((kind, d) => {
        if (kind)
          sessions.push(session(`w${w}-${d}`, addDays('2027-01-04', 7 * w + d), kind, { distanceKm: 6 + (w % 7) }));
      });
    }
    const big = input({
      athlete: { recoveryStyle: 'run-and-rest', runDaysPerWeek: 6, recentLongestRunKm: 12 },
      plan: frame(52, '2027-01-04'),
      sessions,
    });
    expect(evaluatePlan(big).derived.length).toBe(52);
  });

  it('lists a back-to-back pair once, even when a copy of a session sits twice on its day', () => {
    const sessions = [
      session('a1', dayOf(1, TUE), 'intervals', { title: '6 x 800 m' }),
      session('a2', dayOf(1, TUE), 'intervals', { title: '6 x 800 m' }),
      session('b', dayOf(1, WED), 'tempo', { title: '3 x 10 min' }),
    ];
    const plan = evaluatePlan(input({ sessions }));
    const b2b = plan.warnings.filter((w) => w.ruleId === 'back-to-back-hard');
    const messages = b2b.map((w) => w.message);
    expect(new Set(messages).size).toBe(messages.length);
    const pair = b2b.find((w) => w.dates.includes(dayOf(1, WED)))!;
    expect(pair.sessionIds).toEqual(['a1', 'b', 'a2']);
  });
});

function isSorted(warnings: PlanWarning[]): boolean {
  for (let i = 1; i < warnings.length; i++) {
    const a = warnings[i - 1];
    const b = warnings[i];
    if (a.dates[0] < b.dates[0]) continue;
    if (a.dates[0] > b.dates[0]) return false;
    const ra = WARNING_ORDER.indexOf(a.ruleId);
    const rb = WARNING_ORDER.indexOf(b.ruleId);
    if (ra !== rb) {
      if (ra > rb) return false;
      continue;
    }
    if (a.sessionIds.join('\u0000') > b.sessionIds.join('\u0000')) return false;
  }
  return true;
}
