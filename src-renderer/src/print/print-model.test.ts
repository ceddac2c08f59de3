/**
 * What the printed pages say, computed by hand from design.md ("Printed week") and the brief:
 * pace bands, day rows, warnings under their week and the plan PDF's page arithmetic.
 */
import { easyPaceBand } from '../../../src-shared/domain/pace-bands';
import { describe, expect, it } from 'vitest';
import type { Athlete, Plan, PlanDocument, StoredSession } from '../../../src-shared/api/entities';
import type { CoachSession, PlanWarning } from '../../../src-shared/domain/types';
import { evaluatePlan } from '../../../src-shared/rules/evaluate-plan';
import {
  dateRangeLabel,
  athleteFacts,
  planPageCount,
  planSummary,
  planWeeks,
  fitnessStartBasis,
  sessionNotes,
  sessionTarget,
  warningsByWeek,
  weekTotals,
} from './print-model';
import { parsePrintQuery } from './print-query';

const athlete: Athlete = {
  id: 1,
  name: 'Maya Ortiz',
  level: 'intermediate',
  runDaysPerWeek: 5,
  easyPaceSecPerKm: 340, // 5:40 /km
  fatigued: false,
  recoveryStyle: 'runs',
  recentLongestRunKm: null,
  units: 'km',
};

function plan(over: Partial<Plan> = {}): Plan {
  return {
    id: 7,
    athleteId: 1,
    uid: 'u',
    name: 'Spring 10K',
    goal: null,
    startDate: '2027-03-01', // a Monday
    weeks: 2,
    weekStartsOn: 'monday',
    units: 'km',
    ...over,
  };
}

function coach(id: string, date: string, kind: CoachSession['kind'], over: Partial<CoachSession> = {}): StoredSession {
  return {
    id,
    date,
    kind,
    title: null,
    durationMin: 45,
    distanceKm: null,
    rpe: null,
    notes: null,
    revision: 1,
    ...over,
  };
}

function documentOf(p: Plan, sessions: StoredSession[], a: Athlete = athlete): PlanDocument {
  const evaluated = evaluatePlan({
    athlete: a,
    plan: p,
    sessions: sessions.map(({ revision: _r, ...s }) => s),
    dismissed: [],
  });
  return { plan: p, athlete: a, sessions, dismissed: [], evaluated, version: 0, history: { undo: null, redo: null } };
}

describe('pace ranges for the athlete', () => {
  it('give easy runs the Easy zone from its fast to its slow end (paces.md), faster end first', () => {
    // Easy pace 5:40: VDOT 46.3, E at 74 % (5:12) to 59 % (6:14); the watch and the calendar give the same.
    expect(easyPaceBand('easy', athlete, 'km')).toBe('5:12–6:14 /km');
  });

  it('give recovery runs the easy pace + 56 s/km ± 15 s/km', () => {
    // 396 ± 15 → 381 (6:21) to 411 (6:51)
    expect(easyPaceBand('recovery', athlete, 'km')).toBe('6:21–6:51 /km');
  });

  it('are shown per mile in a plan kept in miles', () => {
    // 312.2 s/km × 1.609344 = 502 s/mi (8:22); 373.9 × 1.609344 = 602 (10:02)
    expect(easyPaceBand('easy', athlete, 'mi')).toBe('8:22–10:02 /mi');
  });

  it("use the level's default easy pace when the athlete has none", () => {
    // intermediate: 6:00 /km, VDOT 43.1, E 5:31–6:36; beginner: 7:00 /km, VDOT 35.4, E 6:26–7:41
    expect(easyPaceBand('easy', { level: 'intermediate', easyPaceSecPerKm: null }, 'km')).toBe('5:31–6:36 /km');
    expect(easyPaceBand('easy', { level: 'beginner', easyPaceSecPerKm: null }, 'km')).toBe('6:26–7:41 /km');
  });

  it("use the recent race's easy pace when the athlete typed none (paces.md), and say where it came from", () => {
    // A 10K in 45:00: VDOT 45.3, E 5:18–6:21 (easy 5:46 in its middle); the level's 6:00 would give 5:31–6:36.
    const raced = { ...athlete, easyPaceSecPerKm: null, recentRace: { distanceKm: 10, timeSec: 2700 } };
    expect(easyPaceBand('easy', raced, 'km')).toBe('5:18–6:21 /km');
    expect(athleteFacts(raced, 'km')).toContain('easy pace 5:46 /km (from the recent race)');
    expect(athleteFacts({ ...athlete, easyPaceSecPerKm: null }, 'km')).toContain('easy pace 6:00 /km (level default)');
    expect(athleteFacts(athlete, 'km')).toContain('easy pace 5:40 /km');
  });

  it('are left out for hard sessions, whose pace the coach sets', () => {
    expect(easyPaceBand('tempo', athlete, 'km')).toBeNull();
  });
});

describe('session targets', () => {
  it('print duration, distance in the plan units, pace and effort', () => {
    const s = { ...coach('a', '2027-03-01', 'easy', { durationMin: 50, distanceKm: 8.05 }), origin: 'coach' as const };
    expect(sessionTarget(s, athlete, 'mi')).toEqual({
      title: 'Easy run',
      kindLabel: 'Easy',
      duration: '50 min',
      distance: '5.0 mi',
      pace: '8:22–10:02 /mi',
      rpe: 'RPE 3',
      stepsLine: null,
      steps: [],
    });
  });

  it("print a workout's canonical line, then each step with its pace range (workouts.md)", () => {
    // A 5K in 19:56 is VDOT 50: I is 3:52–3:58 /km.
    const raced = { ...athlete, recentRace: { distanceKm: 5, timeSec: 1196 } };
    const steps = [
      { type: 'warmup' as const, durationMin: 15, target: 'E' as const },
      {
        repeat: 6,
        steps: [
          { type: 'run' as const, distanceKm: 0.8, target: 'I' as const },
          { type: 'recover' as const, durationMin: 2 },
        ],
      },
      { type: 'cooldown' as const, durationMin: 10, target: 'E' as const },
    ];
    const s = { ...coach('i', '2027-03-02', 'intervals', { durationMin: null, steps }), origin: 'coach' as const };
    const t = sessionTarget(s, raced, 'km');
    expect(t.stepsLine).toBe('15min E, 6x(800m I, 2min jog), 10min E');
    expect(t.steps[1]).toBe('6 × 800 m at 3:52–3:58 /km, 2 min jog');
    expect(t.steps).toHaveLength(3);
  });

  it("print a mile plan's track reps in metres and its miles in miles, in the line and the steps alike", () => {
    const raced = { ...athlete, recentRace: { distanceKm: 5, timeSec: 1196 } };
    const steps = [
      { type: 'warmup' as const, distanceKm: 3.218688 },
      {
        repeat: 5,
        steps: [
          { type: 'run' as const, distanceKm: 1, target: 'I' as const },
          { type: 'recover' as const, distanceKm: 0.4 },
        ],
      },
      { type: 'cooldown' as const, distanceKm: 3.218688 },
    ];
    const s = { ...coach('i', '2027-03-02', 'intervals', { durationMin: null, steps }), origin: 'coach' as const };
    const t = sessionTarget(s, raced, 'mi');
    expect(t.stepsLine).toBe('2mi wu, 5x(1km I, 400m jog), 2mi cd');
    // It printed "5 × 0.62 mi".
    expect(t.steps).toEqual(['2 mi warm-up', '5 × 1 km at 6:13–6:23 /mi, 400 m jog', '2 mi cool-down']);
  });

  it('print nothing to aim for on a rest day', () => {
    const s = { ...coach('r', '2027-03-01', 'rest', { durationMin: 0 }), origin: 'coach' as const };
    expect(sessionTarget(s, athlete, 'km')).toMatchObject({
      title: 'Rest day',
      duration: '',
      distance: '',
      pace: null,
      rpe: '',
    });
  });
});

describe('plan weeks as printed', () => {
  it('give each week seven days from its first day, with coach and derived sessions on their day', () => {
    const p = plan({ startDate: '2027-02-28', weekStartsOn: 'sunday' }); // a Sunday
    const doc = documentOf(p, [
      coach('int', '2027-03-02', 'intervals', { title: '6 × 800 m' }), // Tuesday of week 1
      coach('a-str', '2027-03-05', 'strength'), // Friday: strength first in plan order…
      coach('b-easy', '2027-03-05', 'easy'), // …but the run is read first
    ]);
    const weeks = planWeeks(doc);
    expect(weeks).toHaveLength(2);
    expect(weeks[0].days.map((d) => d.weekday)).toEqual([
      'Sunday',
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
    ]);
    expect(weeks[0].days[0]).toMatchObject({ date: '2027-02-28', label: '28 Feb' });
    expect(weeks[1].start).toBe('2027-03-07');
    expect(weeks[1].end).toBe('2027-03-13');
    expect(weeks[0].days[2].sessions.map((s) => s.title)).toEqual(['6 × 800 m']);
    // Wednesday holds the recovery run the rules put after Tuesday's intervals.
    expect(weeks[0].days[3].sessions).toMatchObject([{ kind: 'recovery', origin: 'rule', date: '2027-03-03' }]);
    expect(weeks[0].days[5].sessions.map((s) => s.kind)).toEqual(['easy', 'strength']);
  });

  it('file a warning under the week of the day it flags (its first date), in date order', () => {
    const p = plan({ weeks: 3 });
    const w = (dates: string[], message: string, ruleId: PlanWarning['ruleId'] = 'back-to-back-hard'): PlanWarning => ({
      ruleId,
      severity: 'warning',
      dates,
      sessionIds: [],
      message,
    });
    const byWeek = warningsByWeek(p, [
      w(['2027-03-16'], 'late'),
      // A pair of hard days across a week's edge: listed once, where it starts (Sun 7 Mar, week 1).
      w(['2027-03-07', '2027-03-08'], 'edge'),
      w(['2027-03-02'], 'early'),
    ]);
    expect(byWeek.get(1)?.map((x) => x.message)).toEqual(['early', 'edge']);
    expect(byWeek.get(3)?.map((x) => x.message)).toEqual(['late']);
    expect(byWeek.has(2)).toBe(false);
  });

  it('file a run spike under the week of the run that spiked, not of the earlier run it is compared with', () => {
    // recovery-rules.md: a session's warning names the flagged session first, then the one it is compared with.
    const p = plan({ weeks: 3 });
    const spike: PlanWarning = {
      ruleId: 'run-spike',
      severity: 'warning',
      dates: ['2027-03-21', '2027-03-14'], // week 3's long run, week 2's
      sessionIds: ['long-3', 'long-2'],
      message: 'Long run on Sun 21 Mar covers 20 km, 43 % longer than …',
    };
    const afterRace: PlanWarning = {
      ...spike,
      ruleId: 'too-soon-after-race',
      dates: ['2027-03-08', '2027-03-07'],
      message: 'too soon',
    };
    const byWeek = warningsByWeek(p, [spike, afterRace]);
    expect(byWeek.get(3)).toEqual([spike]);
    expect(byWeek.get(2)).toEqual([afterRace]);
    expect(byWeek.has(1)).toBe(false);
  });

  it("total the week's time, distance and load in the plan's units", () => {
    const figures = {
      index: 1,
      start: '2027-03-01',
      loadAU: 1234.5,
      minutes: 320,
      distanceKm: 52.4,
      hardSessions: 2,
      runDays: 5,
      monotony: null,
      strain: null,
      acwr: null,
      zones: { low: 0, moderate: 0, high: 0 },
    };
    expect(weekTotals(figures, 'km')).toEqual({ time: '5 h 20 min', distance: '52.4 km', load: '1235 AU' });
    expect(weekTotals(figures, 'mi').distance).toBe('32.6 mi'); // 52.4 / 1.609344 = 32.56
    expect(weekTotals(null, 'km')).toEqual({ time: '0 min', distance: '0.0 km', load: '0 AU' });
  });

  it('sum the plan and name its heaviest week', () => {
    const doc = documentOf(plan({ weeks: 2 }), [
      coach('a', '2027-03-02', 'easy', { durationMin: 40, distanceKm: 7 }), // 40 × 3 = 120 AU
      coach('b', '2027-03-10', 'tempo', { durationMin: 50, distanceKm: 10 }), // 350 AU + its recovery run
    ]);
    const summary = planSummary(doc);
    expect(summary.sessions).toBe(2);
    expect(summary.autoSessions).toBeGreaterThan(0);
    expect(summary.peakWeek?.index).toBe(2);
  });

  // The week totals said "≈71.5 km" where a run's distance was estimated, and the overview's
  // "total distance" tile gave the same estimate as "77.7 km", as if measured (paces.md: an
  // estimated distance is shown with "≈").
  it("mark the plan's total distance '≈' where any of it is estimated, as the week totals do", () => {
    const typed = documentOf(plan({ weeks: 2 }), [
      coach('a', '2027-03-02', 'easy', { durationMin: 40, distanceKm: 7 }),
    ]);
    expect(planSummary(typed).distance).not.toMatch(/≈/);
    const estimated = documentOf(plan({ weeks: 2 }), [
      coach('a', '2027-03-02', 'easy', { durationMin: 40, distanceKm: 7 }),
      coach('b', '2027-03-09', 'easy', { durationMin: 34, distanceKm: null }), // 34 min at 5:40 /km = 6.0 km
    ]);
    expect(weekTotals(estimated.evaluated.weeks[1], 'km').distance).toBe('≈6.0 km');
    expect(planSummary(estimated).distance).toBe('≈13.0 km');
  });
});

describe('date labels', () => {
  it('say a week once, with the month and year where they change', () => {
    expect(dateRangeLabel('2027-03-01', '2027-03-07')).toBe('1–7 Mar 2027');
    expect(dateRangeLabel('2027-03-29', '2027-04-04')).toBe('29 Mar – 4 Apr 2027');
    expect(dateRangeLabel('2026-12-28', '2027-01-03')).toBe('28 Dec 2026 – 3 Jan 2027');
  });
});

describe('the plan PDF page arithmetic', () => {
  it('is an overview page plus one page per four weeks; an empty plan is its overview only', () => {
    expect(planPageCount(1, true)).toBe(2);
    expect(planPageCount(4, true)).toBe(2);
    expect(planPageCount(5, true)).toBe(3);
    expect(planPageCount(8, true)).toBe(3);
    expect(planPageCount(52, true)).toBe(14);
    expect(planPageCount(52, false)).toBe(1);
  });
});

describe('the print query', () => {
  it('reads plan, view, week and paper, with the plan view on A4 by default', () => {
    expect(parsePrintQuery('?plan=3')).toEqual({ planId: 3, view: 'plan', week: 'all', paper: 'a4' });
    expect(parsePrintQuery('?plan=12&view=weeks&week=4&paper=letter')).toEqual({
      planId: 12,
      view: 'weeks',
      week: 4,
      paper: 'letter',
    });
  });

  it('refuses what it cannot print, naming the parameter', () => {
    expect(() => parsePrintQuery('?view=plan')).toThrow(/"plan" must be a plan id/);
    expect(() => parsePrintQuery('?plan=1&view=calendar')).toThrow(/"view"/);
    expect(() => parsePrintQuery('?plan=1&week=0')).toThrow(/"week"/);
    expect(() => parsePrintQuery('?plan=1&paper=a3')).toThrow(/"paper"/);
  });
});

describe('a recovery run on a miles athlete’s sheet', () => {
  it('gives its pace per mile beside it, and its notes name no kilometres', () => {
    // The rules' notes said "about 56 s per km slower than easy pace" on a sheet in miles.
    const doc = documentOf(plan({ units: 'mi' }), [coach('t', '2027-03-02', 'tempo')], { ...athlete, units: 'mi' });
    const recovery = doc.evaluated.sessions.find((s) => s.origin === 'rule' && s.kind === 'recovery')!;
    expect(sessionTarget(recovery, doc.athlete, 'mi').pace).toBe('10:13–11:01 /mi');
    expect(sessionNotes(recovery)).not.toMatch(/\bkm\b|per km/);
    expect(sessionNotes(recovery)).toMatch(/^Conversational pace, slower than your easy runs/);
  });
});

describe('where the plan PDF says fitness starts', () => {
  it('names the recent week in the plan’s units, rounded', () => {
    // A miles athlete's 30 mi week read "(a steady 48.28 km week of easy running)".
    expect(fitnessStartBasis(48.28, 'mi')).toBe(' (a steady 30 mi week of easy running)');
    expect(fitnessStartBasis(30, 'km')).toBe(' (a steady 30 km week of easy running)');
    expect(fitnessStartBasis(32.456, 'km')).toBe(' (a steady 32.5 km week of easy running)');
    expect(fitnessStartBasis(null, 'km')).toBe(' (no recent week given)');
  });
});
