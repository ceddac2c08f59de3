import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/dates';
import type { SessionKind } from '../domain/kinds';
import { computeWeekFigures } from '../domain/load';
import {
  DEFAULT_ATHLETE_SETTINGS,
  type PlanSession,
  type PlanWarning,
  type RulesInput,
  type WarningRuleId,
} from '../domain/types';
import { weekWarnings } from './week-warnings';

// 2027-03-01 is a Monday.
const START = '2027-03-01';
const day = (n: number) => addDays(START, n);
const weekStart = (w: number) => day(7 * (w - 1));

let nextId = 0;
function coach(
  date: string,
  kind: SessionKind,
  durationMin: number | null,
  extra: { rpe?: number; distanceKm?: number } = {},
): PlanSession {
  return {
    origin: 'coach',
    id: `c${++nextId}`,
    date,
    kind,
    title: null,
    durationMin,
    distanceKm: extra.distanceKm ?? null,
    rpe: extra.rpe ?? null,
    notes: null,
  };
}

function recovery(date: string, distanceKm: number): PlanSession {
  return {
    origin: 'rule',
    id: `rule-${date}`,
    date,
    kind: 'recovery',
    title: 'Recovery run',
    durationMin: 30,
    distanceKm,
    rpe: 3,
    notes: '',
    ruleId: 'recovery-after-hard',
    reason: 'test',
    sourceId: 'c0',
  };
}

function input(weeks: number, runDaysPerWeek = 7): RulesInput {
  return {
    athlete: { ...DEFAULT_ATHLETE_SETTINGS, runDaysPerWeek },
    plan: { startDate: START, weeks, weekStartsOn: 'monday' },
    sessions: [],
    dismissed: [],
  };
}

function warningsOf(inp: RulesInput, sessions: PlanSession[], ruleId?: WarningRuleId): PlanWarning[] {
  const all = weekWarnings(inp, sessions, computeWeekFigures(inp.plan, sessions));
  return ruleId ? all.filter((w) => w.ruleId === ruleId) : all;
}

/** One easy run on the Monday of each week with the given distances (30 min each, so load is flat). */
function weeklyRuns(distances: number[]): PlanSession[] {
  return distances.map((km, i) => coach(weekStart(i + 1), 'easy', 30, { distanceKm: km }));
}

/** One session per day of week `w` (1-based) whose load in AU equals the number given (RPE 1). */
function loadsInWeek(w: number, loads: number[]): PlanSession[] {
  return loads.flatMap((load, d) => (load === 0 ? [] : [coach(day(7 * (w - 1) + d), 'cross', load, { rpe: 1 })]));
}

describe('distance-jump', () => {
  it('flags a week over 130 % of the week before, not one exactly at it', () => {
    expect(warningsOf(input(2), weeklyRuns([20, 25.9]), 'distance-jump')).toEqual([]);
    expect(warningsOf(input(2), weeklyRuns([20, 26]), 'distance-jump')).toEqual([]);
    expect(warningsOf(input(2), weeklyRuns([20, 26.1]), 'distance-jump')).toEqual([
      {
        ruleId: 'distance-jump',
        severity: 'warning',
        dates: ['2027-03-08'],
        sessionIds: [],
        message:
          'Week 2 runs 26.1 km, 31 % more than the 20.0 km of week 1; over 30 % more within two weeks has been linked to running injuries.',
      },
    ]);
  });

  it('compares the unrounded distances exactly', () => {
    // shown as 20.0 and 26.1 km, but 26.05 is not over 130 % of 20.04 (26.052)
    expect(warningsOf(input(2), weeklyRuns([20.04, 26.05]), 'distance-jump')).toEqual([]);
    // 130 % of 15.2 is 19.76 exactly, though 19.76 > 15.2 × 1.3 and 19.76 / 15.2 > 1.3 in floating point
    expect(warningsOf(input(3), weeklyRuns([12, 15.2, 19.76]), 'distance-jump')).toEqual([]);
    expect(warningsOf(input(3), weeklyRuns([12, 15.2, 19.77]), 'distance-jump').map((w) => w.dates)).toEqual([
      ['2027-03-15'],
    ]);
  });

  it('compares the week after a cutback with the week before the cutback', () => {
    expect(warningsOf(input(3), weeklyRuns([40, 25, 52]), 'distance-jump')).toEqual([]);
    const [w] = warningsOf(input(3), weeklyRuns([40, 25, 52.1]), 'distance-jump');
    expect(w.dates).toEqual(['2027-03-15']);
    // 30.25 % rounds to 30: said "just over 30 %", as run-spike and taper-short do, not a bare "30 %" that reads as no jump.
    expect(w.message).toMatch(/^Week 3 runs 52\.1 km, just over 30 % more than the 40\.0 km of week 1;/);
  });

  it('needs an earlier week with distance over 0', () => {
    expect(warningsOf(input(2), weeklyRuns([0, 10]), 'distance-jump')).toEqual([]);
    // week 3 compared with week 2 (5 km), the larger of 0 and 5
    expect(warningsOf(input(3), weeklyRuns([0, 5, 10]), 'distance-jump').map((w) => w.message.slice(0, 52))).toEqual([
      'Week 3 runs 10.0 km, 100 % more than the 5.0 km of w',
    ]);
  });

  it('counts derived recovery runs but not cross-training or strength distance', () => {
    const cross = [
      ...weeklyRuns([20, 20]),
      coach(day(8), 'cross', 60, { distanceKm: 30 }),
      coach(day(9), 'strength', 30, { distanceKm: 5 }),
    ];
    expect(warningsOf(input(2), cross, 'distance-jump')).toEqual([]);
    const withRecovery = [...weeklyRuns([20, 20]), recovery(day(8), 6.1)];
    expect(warningsOf(input(2), withRecovery, 'distance-jump')).toHaveLength(1);
  });
});

describe('over-run-days', () => {
  const runsOn = (days: number[]) => days.map((d) => coach(day(d), 'easy', 40, { distanceKm: 8 }));

  it('flags a week whose coach sessions run on more days than the athlete can', () => {
    const fourDays = [...runsOn([0, 1, 3, 5]), coach(day(1), 'intervals', 50), coach(day(2), 'cross', 45)];
    expect(warningsOf(input(1, 4), fourDays, 'over-run-days')).toEqual([]);
    expect(warningsOf(input(2, 4), [...runsOn([7, 8, 9, 11, 13])], 'over-run-days')).toEqual([
      {
        ruleId: 'over-run-days',
        severity: 'warning',
        dates: ['2027-03-08'],
        sessionIds: [],
        message: 'Week 2 has runs on 5 days, but the athlete can run on 4 days a week.',
      },
    ]);
  });

  it('does not count derived recovery runs', () => {
    expect(warningsOf(input(1, 4), [...runsOn([0, 1, 3, 5]), recovery(day(6), 5)], 'over-run-days')).toEqual([]);
  });

  it('says "1 day" for a one-day athlete', () => {
    expect(warningsOf(input(1, 1), runsOn([0, 3]), 'over-run-days')[0].message).toBe(
      'Week 1 has runs on 2 days, but the athlete can run on 1 day a week.',
    );
  });
});

describe('load-spike', () => {
  it('flags a ratio over 1.5 but not one exactly at 1.5', () => {
    // week 2: 2 × 300 / (100 + 300) = 1.5 exactly
    expect(warningsOf(input(2), [...loadsInWeek(1, [100]), ...loadsInWeek(2, [299])], 'load-spike')).toEqual([]);
    expect(warningsOf(input(2), [...loadsInWeek(1, [100]), ...loadsInWeek(2, [300])], 'load-spike')).toEqual([]);
    // 2 × 301 / 401 = 1.501 → notice; it rounds to 1.50, so "just over 1.5", average 200.5 → 201
    expect(warningsOf(input(2), [...loadsInWeek(1, [100]), ...loadsInWeek(2, [301])], 'load-spike')).toEqual([
      {
        ruleId: 'load-spike',
        severity: 'notice',
        dates: ['2027-03-08'],
        sessionIds: [],
        message:
          'Week 2 load of 301 AU is just over 1.5 times the average of weeks 1–2 (201 AU); shown for information, since this ratio is disputed.',
      },
    ]);
  });

  it('gives the rounded ratio where it reads over 1.5', () => {
    // 2 × 400 / 500 = 1.6
    const [w] = warningsOf(input(2), [...loadsInWeek(1, [100]), ...loadsInWeek(2, [400])], 'load-spike');
    expect(w.message).toMatch(/^Week 2 load of 400 AU is 1\.60 times the average of weeks 1–2 \(250 AU\);/);
  });

  it('compares the unrounded ratio exactly', () => {
    // 2 × 300.3 / (100.1 + 300.3) is 1.5 exactly, a little over in floating point
    expect(warningsOf(input(2), [...loadsInWeek(1, [100.1]), ...loadsInWeek(2, [300.3])], 'load-spike')).toEqual([]);
  });

  it('looks back at most three weeks', () => {
    // week 5 against weeks 2–5: 4 × 180 / (100 + 100 + 100 + 180) = 1.5; week 1's 1000 is out of the window
    const base = [
      ...loadsInWeek(1, [1000]),
      ...loadsInWeek(2, [100]),
      ...loadsInWeek(3, [100]),
      ...loadsInWeek(4, [100]),
    ];
    expect(warningsOf(input(5), [...base, ...loadsInWeek(5, [180])], 'load-spike')).toEqual([]);
    const flagged = warningsOf(input(5), [...base, ...loadsInWeek(5, [181])], 'load-spike');
    expect(flagged.map((w) => w.dates[0])).toEqual(['2027-03-29']);
    expect(flagged[0].message).toContain('the average of weeks 2–5 (120 AU)'); // 481 / 4 = 120.25
  });

  it('never flags week 1', () => {
    expect(warningsOf(input(1), loadsInWeek(1, [500]), 'load-spike')).toEqual([]);
  });
});

describe('high-monotony', () => {
  it('flags monotony over 2.0 but not exactly 2.0', () => {
    // 70, 10, 60, 20, 50, 30, 40: mean 40, population SD 20 → exactly 2
    expect(warningsOf(input(1), loadsInWeek(1, [70, 10, 60, 20, 50, 30, 40]), 'high-monotony')).toEqual([]);
    // the same week at 1.1 × the loads: still exactly 2, a hair over it in floating point
    expect(warningsOf(input(1), loadsInWeek(1, [7.7, 1.1, 6.6, 2.2, 5.5, 3.3, 4.4]), 'high-monotony')).toEqual([]);
    // 241 × (7, 1, 6, 2, 5, 3, 4): exactly 2 again; here 7·S² / Σ(7·L − S)² comes out a hair over 4 in floating point
    expect(warningsOf(input(1), loadsInWeek(1, [1687, 241, 1446, 482, 1205, 723, 964]), 'high-monotony')).toEqual([]);
    // 71 on Monday: 1.986 (below)
    expect(warningsOf(input(1), loadsInWeek(1, [71, 10, 60, 20, 50, 30, 40]), 'high-monotony')).toEqual([]);
    // 69 on Monday: 2.014 (above)
    expect(warningsOf(input(1), loadsInWeek(1, [69, 10, 60, 20, 50, 30, 40]), 'high-monotony')).toEqual([
      {
        ruleId: 'high-monotony',
        severity: 'notice',
        dates: ['2027-03-01'],
        sessionIds: [],
        message:
          'Week 1 has a load monotony of 2.01, over the 2.0 reference line: the days carry much the same load, so easier days between harder ones may help.',
      },
    ]);
  });

  it('says "just over" where the value rounds to 2.00', () => {
    // 700, 100, 600, 200, 500, 300, 401: 2.0007 → shown 2.00
    const [w] = warningsOf(input(1), loadsInWeek(1, [700, 100, 600, 200, 500, 300, 401]), 'high-monotony');
    expect(w.message).toMatch(/^Week 1 has a load monotony of 2\.00, just over the 2\.0 reference line:/);
  });

  it('flags the same non-zero load on all seven days, where monotony has no value', () => {
    const sameEveryDay = Array.from({ length: 7 }, (_, d) => coach(day(d), 'easy', 40)); // 120 AU a day
    expect(computeWeekFigures(input(1).plan, sameEveryDay)[0].monotony).toBeNull();
    expect(warningsOf(input(1), sameEveryDay, 'high-monotony').map((w) => w.message)).toEqual([
      'Week 1 has the same load, 120 AU, on all seven days; easier days between harder ones give the body time to absorb the work.',
    ]);
  });

  it('stays quiet for an empty week and a varied one', () => {
    expect(warningsOf(input(1), [], 'high-monotony')).toEqual([]);
    const varied = [coach(day(1), 'intervals', 60), coach(day(3), 'easy', 45), coach(day(6), 'long', 100)];
    expect(warningsOf(input(1), varied, 'high-monotony')).toEqual([]);
  });
});

describe('week warnings together', () => {
  it('lists them week by week, in the order of the rules table', () => {
    // runDaysPerWeek 2. Week 1: one 10 km run. Week 2: seven equal 20 km runs (140 km, 7 run days,
    // load 7 × 90 against 90: acwr 2 × 630 / 720 = 1.75).
    const sessions = [
      coach(day(0), 'easy', 30, { distanceKm: 10 }),
      ...Array.from({ length: 7 }, (_, d) => coach(day(7 + d), 'easy', 30, { distanceKm: 20 })),
    ];
    const all = warningsOf(input(2, 2), sessions);
    expect(all.map((w) => [w.ruleId, w.dates[0]])).toEqual([
      ['distance-jump', '2027-03-08'],
      ['over-run-days', '2027-03-08'],
      ['load-spike', '2027-03-08'],
      ['high-monotony', '2027-03-08'],
    ]);
    expect(all.every((w) => w.sessionIds.length === 0)).toBe(true);
  });

  it('ignores sessions outside the plan', () => {
    const sessions = [coach(day(-1), 'easy', 30, { distanceKm: 10 }), coach(day(7), 'easy', 30, { distanceKm: 50 })];
    expect(warningsOf(input(1), sessions)).toEqual([]);
  });
});
