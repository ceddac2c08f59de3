import { describe, expect, it } from 'vitest';
import { parsePlanFile, planFileText } from '../../../../src-shared/domain/plan-file';
import { athletePaces } from '../../../../src-shared/domain/paces';
import { stepTotals } from '../../../../src-shared/domain/steps';
import { evaluatePlan } from '../../../../src-shared/rules/evaluate-plan';
import { isSampleAthleteName, samplePlanData } from './sample-plan';

describe('the sample plan', () => {
  const data = samplePlanData('2026-12-02');

  it('is a 12-week half-marathon plan from this week, ending with the race, marked as a sample', () => {
    expect(data.plan).toMatchObject({ startDate: '2026-11-30', weeks: 12, weekStartsOn: 'monday' });
    expect(isSampleAthleteName(data.athlete.name)).toBe(true);
    const race = data.sessions.find((s) => s.title === 'City Half Marathon')!;
    expect(race).toMatchObject({ kind: 'race', distanceKm: 21.1, date: '2027-02-21' });
    expect(new Set(data.sessions.map((s) => s.id)).size).toBe(data.sessions.length);
  });

  it('shows what Stride does: recovery runs from the rules, warnings and a load to chart', () => {
    const evaluated = evaluatePlan({ athlete: data.athlete, plan: data.plan, sessions: data.sessions, dismissed: [] });
    expect(evaluated.derived.filter((d) => d.kind === 'recovery').length).toBeGreaterThanOrEqual(10);
    expect(evaluated.warnings.length).toBeGreaterThan(0);
    expect(evaluated.warnings.some((w) => w.ruleId === 'back-to-back-hard')).toBe(true);
    expect(evaluated.weeks.every((w) => w.loadAU > 0)).toBe(true);
  });

  it('has no run beside a race on its day: the parkrun week has no Saturday easy run as well', () => {
    // A coach replaces that day's run with the race; the sample had a 40-minute easy run and the
    // parkrun on the same Saturday, which the athlete's calendar and printed week showed as two.
    const races = data.sessions.filter((s) => s.kind === 'race');
    expect(races.map((r) => r.title)).toEqual(['parkrun 5K', 'City Half Marathon']);
    for (const race of races) {
      const beside = data.sessions.filter((s) => s.date === race.date && s !== race);
      expect(
        beside.map((s) => s.kind),
        race.title ?? '',
      ).toEqual([]);
    }
  });

  it('shows structured workouts: every tempo, interval and hill session has steps its figures agree with', () => {
    // A new coach opening the sample sees the steps line, the pace ranges in print and a watch
    // file to export; its typed time and distance are the steps' own (no "differs by more than
    // 10 %" flag in the inspector).
    const quality = data.sessions.filter((s) => ['tempo', 'intervals', 'hills'].includes(s.kind));
    expect(quality.length).toBeGreaterThanOrEqual(22);
    const paces = athletePaces(data.athlete);
    for (const s of quality) {
      expect(s.steps?.length, s.title ?? s.kind).toBeGreaterThan(0);
      const t = stepTotals(s.steps!, paces);
      expect(Math.abs(s.durationMin! - t.durationMin) / t.durationMin, `${s.title}: time`).toBeLessThanOrEqual(0.1);
      expect(Math.abs(s.distanceKm! - t.distanceKm) / t.distanceKm, `${s.title}: distance`).toBeLessThanOrEqual(0.1);
    }
  });

  it('is a valid plan file (what the app imports in one call)', () => {
    const parsed = parsePlanFile(planFileText(data, null));
    expect(parsed.ok).toBe(true);
  });
});
