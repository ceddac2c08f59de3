import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import { effectiveTitle, type SessionKind } from './kinds';
import { computeWeekFigures, sessionLoad, sessionZone } from './load';
import type { PlanFrame, PlanSession } from './types';

// 2027-03-01 is a Monday.
const START = '2027-03-01';
const plan = (weeks: number): PlanFrame => ({
  startDate: START,
  weeks,
  weekStartsOn: 'monday',
});

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

function derived(
  date: string,
  kind: 'recovery' | 'rest',
  durationMin: number,
  distanceKm: number | null,
  rpe: number | null,
): PlanSession {
  return {
    origin: 'rule',
    id: `rule-${date}`,
    date,
    kind,
    title: kind === 'rest' ? 'Rest day' : 'Recovery run',
    durationMin,
    distanceKm,
    rpe,
    notes: '',
    ruleId: kind === 'rest' ? 'rest-fatigued' : 'recovery-after-hard',
    reason: 'test',
    sourceId: 'c0',
  };
}

/** Day `n` of the plan (0 = the start date). */
const day = (n: number) => addDays(START, n);

/** One session per day of week `w` (0-based) whose load in AU equals the given number (RPE 1). */
function weekOfLoads(w: number, loads: number[]): PlanSession[] {
  return loads.flatMap((load, d) => (load === 0 ? [] : [coach(day(7 * w + d), 'easy', load, { rpe: 1 })]));
}

describe('session load (session-RPE: minutes × RPE)', () => {
  it('uses the session RPE, else the kind default', () => {
    expect(sessionLoad({ kind: 'easy', durationMin: 45, rpe: null })).toBe(135); // 45 × 3
    expect(sessionLoad({ kind: 'tempo', durationMin: 50, rpe: null })).toBe(350); // 50 × 7
    expect(sessionLoad({ kind: 'intervals', durationMin: 60, rpe: null })).toBe(480); // 60 × 8
    expect(sessionLoad({ kind: 'easy', durationMin: 45, rpe: 6 })).toBe(270);
    expect(sessionLoad({ kind: 'easy', durationMin: null, rpe: null })).toBe(0);
  });

  it('counts a rest session as 0 whatever it holds', () => {
    expect(sessionLoad({ kind: 'rest', durationMin: 60, rpe: 9 })).toBe(0);
  });

  it('keeps fractional minutes exact', () => {
    expect(sessionLoad({ kind: 'tempo', durationMin: 37.5, rpe: null })).toBe(262.5);
    expect(sessionLoad({ kind: 'easy', durationMin: 10.1, rpe: null })).toBe(30.3); // not 30.299999999999997
  });
});

describe("load.md's table of defaults", () => {
  it('gives each kind its default RPE (60 min sessions) and its default title', () => {
    const kinds: SessionKind[] = ['easy', 'recovery', 'long', 'tempo', 'intervals', 'hills', 'fartlek', 'race', 'cross', 'strength', 'rest'];
    expect(kinds.map((kind) => sessionLoad({ kind, durationMin: 60, rpe: null }) / 60)).toEqual([3, 2, 5, 7, 8, 8, 6, 9, 4, 5, 0]);
    expect(kinds.map((kind) => effectiveTitle({ kind, title: null }))).toEqual([
      'Easy run',
      'Recovery run',
      'Long run',
      'Tempo run',
      'Intervals',
      'Hill repeats',
      'Fartlek',
      'Race',
      'Cross-training',
      'Strength',
      'Rest day',
    ]);
  });
});

describe('session zone (three-zone model)', () => {
  it('puts RPE 1–4 in low, 5–6 in moderate, 7–10 in high', () => {
    const zone = (rpe: number) => sessionZone({ kind: 'easy', rpe });
    expect([1, 2, 3, 4].map(zone)).toEqual(['low', 'low', 'low', 'low']);
    expect([5, 6].map(zone)).toEqual(['moderate', 'moderate']);
    expect([7, 8, 9, 10].map(zone)).toEqual(['high', 'high', 'high', 'high']);
  });

  it('takes the kind default where the session has no RPE, and gives rest no zone', () => {
    expect(sessionZone({ kind: 'cross', rpe: null })).toBe('low'); // 4
    expect(sessionZone({ kind: 'long', rpe: null })).toBe('moderate'); // 5
    expect(sessionZone({ kind: 'fartlek', rpe: null })).toBe('moderate'); // 6
    expect(sessionZone({ kind: 'tempo', rpe: null })).toBe('high'); // 7
    expect(sessionZone({ kind: 'rest', rpe: 9 })).toBeNull();
  });
});

describe('week figures', () => {
  // Week 1, computed by hand:
  //   Mon  coach rest holding 30 min, RPE 9 and 5 km      → counts nothing
  //   Tue  intervals 60 min, 10 km (RPE 8)                → 480 high, hard
  //   Wed  derived recovery 30 min, RPE 3, 5 km           →  90 low
  //   Thu  easy 45 min, 8.2 km (RPE 3)                    → 135 low
  //        strength 40 min with 3 km (RPE 5)              → 200 moderate, distance not counted
  //   Fri  cross 37.5 min at RPE 7, 20 km                 → 262.5 high, hard by RPE, distance not counted
  //   Sat  derived rest                                   → nothing
  //   Sun  long 90 min, 16.05 km (RPE 5)                  → 450 moderate, hard
  const week1: PlanSession[] = [
    coach(day(0), 'rest', 30, { rpe: 9, distanceKm: 5 }),
    coach(day(1), 'intervals', 60, { distanceKm: 10 }),
    derived(day(2), 'recovery', 30, 5, 3),
    coach(day(3), 'easy', 45, { distanceKm: 8.2 }),
    coach(day(3), 'strength', 40, { distanceKm: 3 }),
    coach(day(4), 'cross', 37.5, { rpe: 7, distanceKm: 20 }),
    derived(day(5), 'rest', 0, null, null),
    coach(day(6), 'long', 90, { distanceKm: 16.05 }),
  ];

  it('adds up load, minutes, zones, hard sessions and run days', () => {
    const [w] = computeWeekFigures(plan(1), week1);
    expect(w.index).toBe(1);
    expect(w.start).toBe('2027-03-01');
    expect(w.loadAU).toBe(1617.5); // 480 + 90 + 135 + 200 + 262.5 + 450
    expect(w.minutes).toBe(302.5); // 60 + 30 + 45 + 40 + 37.5 + 90; the rest's 30 min count 0
    expect(w.zones).toEqual({ low: 225, moderate: 650, high: 742.5 });
    expect(w.hardSessions).toBe(3); // intervals, cross at RPE 7, long
    expect(w.runDays).toBe(4); // Tue, Wed (derived recovery), Thu, Sun
  });

  it('counts only running distance and rounds halves up', () => {
    // 10 + 5 + 8.2 + 16.05 = 39.25 → 39.3 (cross, strength and rest distances left out)
    expect(computeWeekFigures(plan(1), week1)[0].distanceKm).toBe(39.3);
    const twoRuns = [coach(day(0), 'easy', 30, { distanceKm: 0.1 }), coach(day(1), 'easy', 30, { distanceKm: 0.2 })];
    expect(computeWeekFigures(plan(1), twoRuns)[0].distanceKm).toBe(0.3);
    const half = [coach(day(0), 'easy', 30, { distanceKm: 10.05 }), coach(day(1), 'cross', 30)];
    expect(computeWeekFigures(plan(1), half)[0].distanceKm).toBe(10.1);
  });

  it('sums fractional durations without drift', () => {
    const s = [coach(day(0), 'easy', 0.1, { rpe: 1 }), coach(day(0), 'easy', 0.2, { rpe: 1 })];
    const [w] = computeWeekFigures(plan(1), s);
    expect(w.loadAU).toBe(0.3);
    expect(w.minutes).toBe(0.3);
    expect(w.zones.low).toBe(0.3);
  });

  it('computes monotony and strain from the seven daily loads', () => {
    // daily loads 0, 480, 90, 335, 262.5, 0, 450: mean 231.0714, population SD 188.3664,
    // monotony 1.22671… → 1.23; strain 1617.5 × 1.22671… = 1984.2 → 1984
    const [w] = computeWeekFigures(plan(1), week1);
    expect(w.monotony).toBe(1.23);
    expect(w.strain).toBe(1984);
  });

  it('computes monotony for a single session and a flat week', () => {
    // 100 on one day: mean 100/7, SD 100·√6/7, monotony 1/√6 = 0.408 → 0.41, strain 40.8 → 41
    expect(computeWeekFigures(plan(1), weekOfLoads(0, [100, 0, 0, 0, 0, 0, 0]))[0]).toMatchObject({
      monotony: 0.41,
      strain: 41,
    });
    // 60 on six days, none on Sunday: monotony √6 = 2.449 → 2.45, strain 360 × 2.449 = 881.8 → 882
    expect(computeWeekFigures(plan(1), weekOfLoads(0, [60, 60, 60, 60, 60, 60, 0]))[0]).toMatchObject({
      monotony: 2.45,
      strain: 882,
    });
  });

  it('rounds monotony and strain halves up', () => {
    // 0,0,0,13,14,17,19: mean 9, SD 8 → monotony 1.125 → 1.13; strain 63 × 1.125 = 70.875 → 71
    expect(computeWeekFigures(plan(1), weekOfLoads(0, [0, 0, 0, 13, 14, 17, 19]))[0]).toMatchObject({
      monotony: 1.13,
      strain: 71,
    });
    // 0…6: mean 3, SD 2 → monotony 1.5; strain 21 × 1.5 = 31.5 → 32
    expect(computeWeekFigures(plan(1), weekOfLoads(0, [0, 1, 2, 3, 4, 5, 6]))[0]).toMatchObject({
      monotony: 1.5,
      strain: 32,
    });
  });

  it('gives no monotony or strain where the deviation is exactly 0', () => {
    const empty = computeWeekFigures(plan(1), [])[0];
    expect(empty).toMatchObject({ loadAU: 0, monotony: null, strain: null });
    // the same 40 min easy run (120 AU) on all seven days
    const same = Array.from({ length: 7 }, (_, d) => coach(day(d), 'easy', 40));
    expect(computeWeekFigures(plan(1), same)[0]).toMatchObject({
      loadAU: 840,
      monotony: null,
      strain: null,
    });
    // equal days built from decimals that do not add up evenly in floating point (0.1 + 0.2 vs 0.3)
    const drift = [
      ...[0, 1, 2, 3, 4, 5].map((d) => coach(day(d), 'easy', 0.3, { rpe: 1 })),
      coach(day(6), 'easy', 0.1, { rpe: 1 }),
      coach(day(6), 'easy', 0.2, { rpe: 1 }),
    ];
    expect(computeWeekFigures(plan(1), drift)[0].monotony).toBeNull();
  });

  it('computes the acute:chronic ratio for weeks 1 to 5', () => {
    // weekly loads 400, 600, 500, 0, 1000
    const s = [...weekOfLoads(0, [400]), ...weekOfLoads(1, [600]), ...weekOfLoads(2, [500]), ...weekOfLoads(4, [1000])];
    const acwr = computeWeekFigures(plan(5), s).map((w) => w.acwr);
    expect(acwr).toEqual([
      null, // week 1
      1.2, // 600 / mean(400, 600) = 600 / 500
      1, // 500 / mean(400, 600, 500) = 500 / 500
      0, // 0 / mean(400, 600, 500, 0)
      1.9, // 1000 / mean(600, 500, 0, 1000) = 1000 / 525 = 1.905
    ]);
  });

  it('gives no ratio where the mean is 0, and rounds halves up', () => {
    const empty = computeWeekFigures(plan(3), weekOfLoads(2, [100]));
    expect(empty.map((w) => w.acwr)).toEqual([null, null, 3]); // week 3: 100 / mean(0, 0, 100)
    // 2 × 201 / (199 + 201) = 1.005 → 1.01; 2 × 900 / (700 + 900) = 1.125 → 1.13
    expect(computeWeekFigures(plan(2), [...weekOfLoads(0, [199]), ...weekOfLoads(1, [201])])[1].acwr).toBe(1.01);
    expect(computeWeekFigures(plan(2), [...weekOfLoads(0, [700]), ...weekOfLoads(1, [900])])[1].acwr).toBe(1.13);
  });

  it('gives one entry per plan week and ignores sessions outside the plan', () => {
    const s = [
      coach(day(-1), 'easy', 100),
      coach(day(7), 'easy', 30, { distanceKm: 5 }),
      coach(day(14), 'easy', 100),
      coach('not-a-date', 'easy', 100),
      coach('2027-03-32', 'easy', 100),
      coach('2027-02-29', 'easy', 100), // 2027 is not a leap year
    ];
    const weeks = computeWeekFigures(plan(2), s);
    expect(weeks.map((w) => [w.index, w.start, w.loadAU, w.distanceKm])).toEqual([
      [1, '2027-03-01', 0, 0],
      [2, '2027-03-08', 90, 5],
    ]);
  });

  it('follows a Sunday week start', () => {
    const sunday: PlanFrame = {
      startDate: '2027-02-28',
      weeks: 2,
      weekStartsOn: 'sunday',
    };
    const s = [coach('2027-03-06', 'easy', 30), coach('2027-03-07', 'easy', 40)]; // Saturday, next Sunday
    expect(computeWeekFigures(sunday, s).map((w) => [w.start, w.loadAU])).toEqual([
      ['2027-02-28', 90],
      ['2027-03-07', 120],
    ]);
  });

  it('counts derived recovery runs as run days but derived rest days as nothing', () => {
    const s = [
      coach(day(0), 'tempo', 50),
      derived(day(1), 'recovery', 30, 5, 3),
      derived(day(2), 'rest', 0, null, null),
    ];
    const [w] = computeWeekFigures(plan(1), s);
    expect(w).toMatchObject({
      runDays: 2,
      hardSessions: 1,
      loadAU: 440,
      minutes: 80,
      distanceKm: 5,
    });
  });

  it('counts an estimated duration (v2) at its full value: 10 km at 346 s/km is 57.67 min, 173 AU at RPE 3, not 173.000001', () => {
    // No duration typed: the estimate, 10 × 346 / 60 = 57.666… min, is no finite decimal. Its load is
    // 57.666… × 3 = 173 AU; rounding the minutes to millionths first and then multiplying made 173.000001.
    const run = { ...coach(day(0), 'easy', null, { distanceKm: 10 }), estimatedDurationMin: (10 * 346) / 60 } as PlanSession;
    const [w] = computeWeekFigures(plan(1), [run]);
    expect(w.loadAU).toBe(173);
    expect(w.zones.low).toBe(173);
    expect(sessionLoad(run)).toBe(173);
  });

  // Speed is measured by `npm run bench`, not here: timed tests flake on a busy machine.
  it('computes a 104-week plan whatever the order of its sessions', () => {
    const kinds: SessionKind[] = ['rest', 'intervals', 'recovery', 'easy', 'tempo', 'cross', 'long'];
    const s: PlanSession[] = [];
    for (let d = 0; d < 7 * 104; d++) {
      const kind = kinds[d % 7];
      s.push(
        coach(day(d), kind, kind === 'rest' ? null : 30 + (d % 50) + 0.5, {
          distanceKm: 5 + (d % 9) / 10,
        }),
      );
      if (d % 3 === 0) s.push(coach(day(d), 'strength', 30));
    }
    const weeks = computeWeekFigures(plan(104), s);
    expect(weeks).toHaveLength(104);
    // the order of the sessions does not matter
    expect(computeWeekFigures(plan(104), [...s].reverse())).toEqual(weeks);
  });
});
