import { describe, expect, it } from 'vitest';
import { fitnessSeries, planDays, startingLoad } from './fitness';
import type { PlanSession } from './types';

const coach = (
  date: string,
  kind: PlanSession['kind'],
  durationMin: number,
  rpe: number | null = null,
): PlanSession => ({
  id: date,
  date,
  kind,
  title: null,
  durationMin,
  distanceKm: null,
  rpe,
  notes: null,
  origin: 'coach',
});

describe('fitness, fatigue and form (load.md v2)', () => {
  const athlete = { level: 'intermediate' as const, easyPaceSecPerKm: 360, recentWeeklyKm: 35 };

  it('start the day before the plan at a steady week of easy running: 35 km × 6 min/km × 3 / 7 = 90 AU', () => {
    expect(startingLoad(athlete)).toBeCloseTo(90, 12);
    // Without a recent week, 0; the level's easy pace where none is typed (beginner 7:00/km: 14 × 7 × 3/7 = 42).
    expect(startingLoad({ ...athlete, recentWeeklyKm: null })).toBe(0);
    expect(startingLoad({ level: 'beginner', easyPaceSecPerKm: null, recentWeeklyKm: 14 })).toBeCloseTo(42, 12);
    // v2: no typed pace but a recent race (10K in 45:00): its easy pace, 346 s/km: 35 × 346 / 60 × 3 / 7 = 86.5.
    const raced = { ...athlete, easyPaceSecPerKm: null, recentRace: { distanceKm: 10, timeSec: 2700 } };
    expect(startingLoad(raced)).toBeCloseTo(86.5, 12);
  });

  it('a small plan, figured by hand', () => {
    // Mon easy 30 min at RPE 3 (90 AU), Tue tempo 60 min at its default RPE 7 (420 AU), Sun long 100 min at RPE 5 (500 AU).
    // a = 1 − e^(−1/42) = 0.0235283, b = 1 − e^(−1/7) = 0.1329668.
    // Mon: load 90 = the start, so fitness = fatigue = 90 and form 0.
    // Tue: form = 90 − 90 = 0; fitness = 90 + 330a = 97.764; fatigue = 90 + 330b = 133.930.
    // Wed: form = 97.764 − 133.930 = −36.166; fitness = 97.764(1 − a) = 95.464; fatigue = 133.930(1 − b) = 116.101.
    // Sun: form = 88.883 − 75.633 = 13.250; fitness = 88.883 + (500 − 88.883)a = 98.556; fatigue = 132.126.
    const days = planDays({ athlete, plan: { startDate: '2027-03-01', weeks: 1, weekStartsOn: 'monday' } }, [
      coach('2027-03-01', 'easy', 30, 3),
      coach('2027-03-02', 'tempo', 60),
      coach('2027-03-07', 'long', 100, 5),
    ]);
    expect(days).toEqual([
      { date: '2027-03-01', loadAU: 90, fitness: 90, fatigue: 90, form: 0 },
      { date: '2027-03-02', loadAU: 420, fitness: 97.8, fatigue: 133.9, form: 0 },
      { date: '2027-03-03', loadAU: 0, fitness: 95.5, fatigue: 116.1, form: -36.2 },
      { date: '2027-03-04', loadAU: 0, fitness: 93.2, fatigue: 100.6, form: -20.6 },
      { date: '2027-03-05', loadAU: 0, fitness: 91, fatigue: 87.2, form: -7.4 },
      { date: '2027-03-06', loadAU: 0, fitness: 88.9, fatigue: 75.6, form: 3.8 },
      { date: '2027-03-07', loadAU: 500, fitness: 98.6, fatigue: 132.1, form: 13.3 },
    ]);
  });

  it('counts derived sessions and gives rest no load', () => {
    const rest: PlanSession = { ...coach('2027-03-02', 'rest', 0), origin: 'coach' };
    const days = planDays(
      {
        athlete: { ...athlete, recentWeeklyKm: null },
        plan: { startDate: '2027-03-01', weeks: 1, weekStartsOn: 'monday' },
      },
      [
        {
          ...coach('2027-03-01', 'recovery', 30, 2),
          origin: 'rule',
          ruleId: 'recovery-after-hard',
          reason: '',
          sourceId: 'x',
          title: 'Recovery run',
          notes: '',
          kind: 'recovery',
          durationMin: 30,
        } as PlanSession,
        rest,
      ],
    );
    expect(days[0]).toEqual({ date: '2027-03-01', loadAU: 60, fitness: 1.4, fatigue: 8, form: 0 });
    expect(days[1].loadAU).toBe(0);
  });

  it('a long steady load brings fitness and fatigue to it and form to 0', () => {
    const s = fitnessSeries(new Array(728).fill(100), 0);
    expect(s.fatigue[727]).toBeCloseTo(100, 4);
    expect(s.fitness[727]).toBeCloseTo(100, 4);
    expect(s.form[727]).toBeCloseTo(0, 4);
  });
});
