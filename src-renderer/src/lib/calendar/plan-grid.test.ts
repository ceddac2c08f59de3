import { describe, expect, it } from 'vitest';
import type { PlanSession, PlanWarning, WeekFigures } from '../../../../src-shared/domain/types';
import {
  dayLabel,
  groupByDate,
  isInsidePlan,
  planEndDate,
  planWeeks,
  reuseUnchanged,
  sameData,
  sameFlatData,
  sameWarnings,
  WARNING_FIELDS_COMPARED,
  warningsByDate,
  weekIndexOf,
  weekRangeLabel,
  weekSummary,
  weekBlocks,
  weekdayHeadings,
  dayMarkers,
} from './plan-grid';

const plan = { startDate: '2027-03-01', weeks: 12, weekStartsOn: 'monday' as const };

function coach(id: string, date: string, kind: PlanSession['kind']): PlanSession {
  return { origin: 'coach', id, date, kind, title: null, durationMin: 45, distanceKm: null, rpe: null, notes: null };
}

describe('the plan as weeks and days', () => {
  it('gives 12 weeks of 7 consecutive days from the start', () => {
    const weeks = planWeeks(plan);
    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toMatchObject({ index: 1, start: '2027-03-01', end: '2027-03-07' });
    expect(weeks[1].days).toEqual([
      '2027-03-08',
      '2027-03-09',
      '2027-03-10',
      '2027-03-11',
      '2027-03-12',
      '2027-03-13',
      '2027-03-14',
    ]);
    expect(weeks[11].end).toBe('2027-05-23');
    expect(planEndDate(plan)).toBe('2027-05-23');
  });

  it('crosses the end of February in a leap year and daylight-saving changes without losing a day', () => {
    const weeks = planWeeks({ startDate: '2028-02-21', weeks: 6, weekStartsOn: 'monday' });
    expect(weeks[1].days).toContain('2028-02-29');
    expect(weeks[1].days[6]).toBe('2028-03-05');
    expect(weeks[4].days[6]).toBe('2028-03-26'); // EU clocks change that night
    expect(new Set(weeks.flatMap((w) => w.days)).size).toBe(42);
  });

  it('groups the weeks in runs of four, every week once and in order, the last run shorter', () => {
    const blocks = weekBlocks(planWeeks({ ...plan, weeks: 10 }), 4);
    expect(blocks.map((b) => b.map((w) => w.index))).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
      [9, 10],
    ]);
    expect(weekBlocks(planWeeks({ ...plan, weeks: 1 }), 4)).toHaveLength(1);
  });

  it('heads the columns in the plan’s week order', () => {
    expect(weekdayHeadings('monday')).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(weekdayHeadings('sunday')).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
  });

  it('knows which week holds a date, and nothing outside the plan', () => {
    expect(weekIndexOf(plan, '2027-03-01')).toBe(1);
    expect(weekIndexOf(plan, '2027-03-08')).toBe(2);
    expect(weekIndexOf(plan, '2027-05-23')).toBe(12);
    expect(weekIndexOf(plan, '2027-05-24')).toBeNull();
    expect(weekIndexOf(plan, '2027-02-28')).toBeNull();
    expect(isInsidePlan(plan, '2027-02-28')).toBe(false);
  });

  it('labels weeks and days briefly', () => {
    const weeks = planWeeks({ startDate: '2027-03-29', weeks: 2, weekStartsOn: 'monday' });
    expect(weekRangeLabel(weeks[0])).toBe('29 Mar – 4 Apr');
    expect(weekRangeLabel(weeks[1])).toBe('5–11 Apr');
    expect(dayLabel('2027-03-29', '2027-03-29')).toBe('29 Mar');
    expect(dayLabel('2027-03-30', '2027-03-29')).toBe('30');
    expect(dayLabel('2027-04-01', '2027-03-29')).toBe('1 Apr');
  });
});

describe('indexes by day', () => {
  it('keeps the evaluated order within a day', () => {
    const sessions = [
      coach('a', '2027-03-02', 'easy'),
      coach('b', '2027-03-02', 'strength'),
      coach('c', '2027-03-04', 'tempo'),
    ];
    const byDate = groupByDate(sessions);
    expect(byDate.get('2027-03-02')!.map((s) => s.id)).toEqual(['a', 'b']);
    expect(byDate.get('2027-03-03')).toBeUndefined();
  });

  it('shows a warning on each of its dates once', () => {
    const w: PlanWarning = {
      ruleId: 'back-to-back-hard',
      severity: 'warning',
      dates: ['2027-03-02', '2027-03-03', '2027-03-03'],
      sessionIds: ['a', 'b'],
      message: 'm',
    };
    const map = warningsByDate([w]);
    expect(map.get('2027-03-02')).toEqual([w]);
    expect(map.get('2027-03-03')).toEqual([w]);
  });

  it('marks only the flagged run where a warning compares it with another (as the PDF does)', () => {
    // Week 3's long run spikes over week 2's: the triangle is on the run that spiked, not on the
    // longest run it is compared with, which did nothing wrong. The same for a hard session too
    // soon after a race: the session is marked, not the race.
    const spike: PlanWarning = {
      ruleId: 'run-spike', severity: 'warning', dates: ['2027-03-21', '2027-03-14'], sessionIds: ['l3', 'l2'], message: 'spike',
    };
    const soon: PlanWarning = {
      ruleId: 'too-soon-after-race', severity: 'warning', dates: ['2027-03-09', '2027-03-07'], sessionIds: ['t', 'race'], message: 'soon',
    };
    const map = warningsByDate([spike, soon]);
    expect(map.get('2027-03-21')).toEqual([spike]);
    expect(map.get('2027-03-14')).toBeUndefined();
    expect(map.get('2027-03-09')).toEqual([soon]);
    expect(map.get('2027-03-07')).toBeUndefined();
  });
});

describe('the week totals cell', () => {
  const week = planWeeks(plan)[0];
  const byDate = groupByDate([
    coach('a', '2027-03-02', 'intervals'),
    { ...coach('r', '2027-03-03', 'rest'), origin: 'coach' } as PlanSession,
    coach('b', '2027-03-07', 'long'),
    coach('x', '2027-03-08', 'easy'), // next week
  ]);
  const figures: WeekFigures = {
    index: 1,
    start: '2027-03-01',
    loadAU: 585,
    minutes: 135,
    distanceKm: 12.5,
    hardSessions: 2,
    runDays: 2,
    monotony: null,
    strain: null,
    acwr: null,
    zones: { low: 0, moderate: 450, high: 135 },
  };

  it('counts the sessions to do (not rest days) and takes the numbers from the week figures', () => {
    expect(weekSummary(week, byDate, figures)).toEqual({ sessions: 2, minutes: 135, distanceKm: 12.5, estimatedKm: 0, loadAU: 585 });
  });

  it('shows no numbers of its own making before the figures exist', () => {
    expect(weekSummary(week, byDate, undefined)).toEqual({
      sessions: 2,
      minutes: null,
      distanceKm: null,
      estimatedKm: 0,
      loadAU: null,
    });
  });
});

describe('reusing unchanged days', () => {
  it('keeps the previous list of a day whose sessions are equal, and takes the new one where they differ', () => {
    const before = groupByDate([coach('a', '2027-03-02', 'easy'), coach('b', '2027-03-03', 'tempo')]);
    const after = reuseUnchanged(
      groupByDate([coach('a', '2027-03-02', 'easy'), { ...coach('b', '2027-03-03', 'tempo'), durationMin: 50 }]),
      before,
    );
    expect(after.get('2027-03-02')).toBe(before.get('2027-03-02'));
    expect(after.get('2027-03-03')).not.toBe(before.get('2027-03-03'));
    expect(after.get('2027-03-03')![0].durationMin).toBe(50);
  });

  it('compares flat data field by field, nested values by reference', () => {
    const nested = { b: 1 };
    expect(sameFlatData({ a: 1, s: 'x', n: null }, { a: 1, s: 'x', n: null })).toBe(true);
    expect(sameFlatData({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameFlatData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameFlatData({ a: 1, b: 2 }, { b: 2 })).toBe(false);
    expect(sameFlatData({ a: nested }, { a: nested })).toBe(true);
    expect(sameFlatData({ a: { b: 1 } }, { a: { b: 1 } })).toBe(false);
  });

  it('compares plain data deeply', () => {
    expect(sameData({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(sameData({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });
});

describe('day markers', () => {
  it('shows one marker per rule on a day, with every sentence of that rule', () => {
    const w = (ruleId: 'back-to-back-hard' | 'run-spike', message: string): PlanWarning => ({
      ruleId,
      severity: 'warning',
      dates: ['2027-03-02'],
      sessionIds: ['a'],
      message,
    });
    const markers = dayMarkers([
      w('back-to-back-hard', 'A and B'),
      w('back-to-back-hard', 'B and C'),
      w('back-to-back-hard', 'A and B'),
      w('run-spike', 'Too long'),
    ]);
    expect(markers).toEqual([
      { ruleId: 'back-to-back-hard', severity: 'warning', messages: ['A and B', 'B and C'] },
      { ruleId: 'run-spike', severity: 'warning', messages: ['Too long'] },
    ]);
  });
});

describe('sameWarnings', () => {
  const w = (over: Partial<PlanWarning> = {}): PlanWarning => ({
    ruleId: 'back-to-back-hard', severity: 'warning', dates: ['2027-03-02', '2027-03-03'], sessionIds: ['a', 'b'],
    message: 'Two hard days in a row', ...over,
  });
  it('agrees with a field-by-field comparison of every field', () => {
    const base = [w(), w({ ruleId: 'run-spike', severity: 'notice' })];
    expect(sameWarnings(base, [w(), w({ ruleId: 'run-spike', severity: 'notice' })])).toBe(true);
    const changes: Partial<PlanWarning>[] = [
      { ruleId: 'distance-jump' }, { severity: 'notice' }, { message: 'Other' },
      { dates: ['2027-03-02'] }, { dates: ['2027-03-02', '2027-03-04'] }, { sessionIds: ['a', 'c'] },
    ];
    for (const change of changes) {
      const other = [w(change), base[1]];
      expect(sameWarnings(base, other), JSON.stringify(change)).toBe(false);
      expect(sameData(base, other)).toBe(false);
    }
    expect(Object.keys(WARNING_FIELDS_COMPARED).sort()).toEqual(Object.keys(w()).sort());
    expect(sameWarnings(base, base.slice(0, 1))).toBe(false);
  });
});
