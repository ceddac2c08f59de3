import { describe, expect, it } from 'vitest';
import type { PlanSession } from '../../../../src-shared/domain/types';
import { dayFigureLine, fitnessOverlay, phaseRuns, raceCallout, signed } from './fitness-figures';
import { weekFigures } from './week-figures-fixture';

const session = (
  date: string,
  kind: PlanSession['kind'],
  durationMin: number,
  rpe: number | null = null,
): PlanSession => ({
  id: `${date}-${kind}`,
  date,
  kind,
  title: null,
  durationMin,
  distanceKm: null,
  rpe,
  notes: null,
  origin: 'coach',
});

const athlete = { level: 'intermediate' as const, easyPaceSecPerKm: 360, recentWeeklyKm: 35 };
const plan = { startDate: '2027-03-01', weeks: 1, weekStartsOn: 'monday' as const };

describe('fitness overlay (the chart, its table and the PDF)', () => {
  it('gives the days of `stride rules` and the race day’s form, by hand', () => {
    // Start 90 (35 km × 6 min/km × 3 / 7). Mon easy 90 AU, Tue tempo 420 AU, Sun race 45 × 9 = 405 AU.
    // Sunday's form is Saturday's fitness − fatigue: 88.883 − 75.633 = 13.250 (see fitness.test.ts).
    const overlay = fitnessOverlay({ athlete, plan }, [
      session('2027-03-01', 'easy', 30, 3),
      session('2027-03-02', 'tempo', 60),
      session('2027-03-07', 'race', 45),
    ]);
    expect(overlay.days).toHaveLength(7);
    expect(overlay.days[0]).toEqual({ date: '2027-03-01', loadAU: 90, fitness: 90, fatigue: 90, form: 0 });
    expect(overlay.days[6]).toMatchObject({ date: '2027-03-07', loadAU: 405, form: 13.3 });
    expect(overlay.races).toEqual([{ date: '2027-03-07', dayIndex: 6, form: 13.3, formWhole: 13 }]);
    expect(raceCallout(overlay.races[0])).toBe('Race: form +13');
  });

  it('calls out a race once per day, and none outside the plan', () => {
    const overlay = fitnessOverlay({ athlete: { ...athlete, recentWeeklyKm: null }, plan }, [
      session('2027-03-03', 'race', 20),
      session('2027-03-03', 'race', 25),
      session('2027-03-09', 'race', 45),
    ]);
    expect(overlay.races.map((r) => r.date)).toEqual(['2027-03-03']);
    // No recent week: both start at 0, so the first race-day form is 0.
    expect(overlay.races[0].form).toBe(0);
    expect(raceCallout(overlay.races[0])).toBe('Race: form 0');
  });

  it('writes signs as a coach reads them', () => {
    expect(signed(4)).toBe('+4');
    expect(signed(-3)).toBe('−3');
    expect(signed(0)).toBe('0');
    expect(signed(-0.04, 1)).toBe('0.0');
    expect(signed(-36.2, 1)).toBe('−36.2');
    expect(dayFigureLine({ date: '2027-03-03', loadAU: 0, fitness: 95.5, fatigue: 116.1, form: -36.2 })).toBe(
      'Wed 3 Mar: fitness 95.5 · fatigue 116.1 · form −36.2',
    );
  });

  it('joins weeks of one phase into runs, and has none without phases', () => {
    const weeks = [1, 2, 3, 4, 5].map((i) => weekFigures(i, `2027-03-0${i}`));
    expect(phaseRuns(weeks, undefined)).toEqual([]);
    expect(
      phaseRuns(weeks, [
        { week: 1, phase: 'base' },
        { week: 2, phase: 'base' },
        { week: 3, phase: 'build' },
        { week: 5, phase: 'build' },
      ]),
    ).toEqual([
      { from: 0, to: 1, phase: 'base', label: 'Base' },
      { from: 2, to: 2, phase: 'build', label: 'Build' },
      { from: 4, to: 4, phase: 'build', label: 'Build' },
    ]);
  });
});
