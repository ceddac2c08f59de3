/** Plan file format 2, the fields of goal plans: availableDays, longRunDay, recentWeeklyKm, phases. */
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../rules/evaluate-plan';
import { parsePlanFile, planFileText, type PlanFileData } from './plan-file';

const DATA: PlanFileData = {
  athlete: {
    name: 'Maya Ortiz',
    level: 'intermediate',
    runDaysPerWeek: 4,
    easyPaceSecPerKm: 340,
    fatigued: false,
    recoveryStyle: 'runs',
    recentLongestRunKm: 12,
    availableDays: ['tue', 'thu', 'sat', 'sun'],
    longRunDay: 'sat',
    recentWeeklyKm: 30,
  },
  plan: {
    name: 'Spring half',
    startDate: '2027-03-01',
    weeks: 2,
    weekStartsOn: 'monday',
    units: 'km',
    phases: [
      { week: 1, phase: 'taper' },
      { week: 2, phase: 'race' },
    ],
  },
  sessions: [
    {
      id: 's1',
      date: '2027-03-06',
      kind: 'long',
      title: null,
      durationMin: 90,
      distanceKm: 15,
      rpe: null,
      notes: null,
    },
  ],
  dismissed: [],
};

function fileOf(data: PlanFileData, withRules: boolean) {
  return JSON.parse(planFileText(data, withRules ? evaluatePlan(data) : null)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('plan file v2: availability and phases', () => {
  it('writes the athlete’s days, long-run day and recent week, the plan’s phases, and each week’s phase', () => {
    const file = fileOf(DATA, true);
    expect(file.athlete).toMatchObject({
      availableDays: ['tue', 'thu', 'sat', 'sun'],
      longRunDay: 'sat',
      recentWeeklyKm: 30,
    });
    expect(file.plan.phases).toEqual([
      { week: 1, phase: 'taper' },
      { week: 2, phase: 'race' },
    ]);
    expect(file.weeks.map((w: { phase?: string }) => w.phase)).toEqual(['taper', 'race']);
  });

  it('reads back to the same data, with or without the rules', () => {
    for (const withRules of [false, true]) {
      expect(parsePlanFile(planFileText(DATA, withRules ? evaluatePlan(DATA) : null))).toEqual({
        ok: true,
        data: DATA,
        notices: [],
      });
    }
  });

  it('leaves out all seven days and no phases, the defaults', () => {
    const plain: PlanFileData = {
      ...DATA,
      athlete: {
        ...DATA.athlete,
        availableDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
        longRunDay: null,
        recentWeeklyKm: null,
      },
      plan: { ...DATA.plan, phases: [] },
    };
    const file = fileOf(plain, false);
    expect(file.athlete).not.toHaveProperty('availableDays');
    expect(file.athlete).not.toHaveProperty('longRunDay');
    expect(file.plan).not.toHaveProperty('phases');
  });

  it('refuses bad days, a bad long-run day, a recent week out of bounds and bad phases, naming each', () => {
    const file = fileOf(DATA, false);
    file.athlete.availableDays = ['mon', 'mon'];
    file.athlete.longRunDay = 'sunday';
    file.athlete.recentWeeklyKm = 600;
    file.plan.phases = [{ week: 3, phase: 'race' }];
    const r = parsePlanFile(JSON.stringify(file));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      expect.stringMatching(/^athlete\.availableDays: \["mon","mon"\] is not a list of 1 to 7 different days/),
      expect.stringMatching(/^athlete\.longRunDay: "sunday" is not one of "mon"/),
      'athlete.recentWeeklyKm: 600 is not a number from 0 to 500',
      "plan.phases[0].week: 3 is after the plan's last week (2)",
    ]);
    file.plan.phases = [{ week: 1, phase: 'warmup' }];
    const r2 = parsePlanFile(JSON.stringify({ ...file, athlete: DATA.athlete }));
    expect(!r2.ok && r2.errors).toEqual([
      expect.stringMatching(/^plan\.phases: .* is not a list of \{ week, phase \}/),
    ]);
  });
});

describe('plan file v2: days', () => {
  it('with the rules applied, carries every plan day’s load, fitness, fatigue and form, and reads back without notices', () => {
    const text = planFileText(DATA, evaluatePlan(DATA));
    const file = JSON.parse(text) as {
      days: { date: string; loadAU: number; fitness: number; fatigue: number; form: number }[];
    };
    expect(file.days).toHaveLength(14);
    // Starting values: 30 km × 5:40/km × 3/7 = 72.9 AU; Monday holds nothing, so form is 0 and both decay.
    expect(file.days[0]).toEqual({ date: '2027-03-01', loadAU: 0, fitness: 71.1, fatigue: 63.2, form: 0 });
    // Saturday's long run: 90 min at RPE 5.
    expect(file.days[5]).toMatchObject({ date: '2027-03-06', loadAU: 450 });
    expect(parsePlanFile(text)).toMatchObject({ ok: true, notices: [] });
  });
});
