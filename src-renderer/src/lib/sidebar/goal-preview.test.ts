import { describe, expect, it } from 'vitest';
import type { Athlete } from '../../../../src-shared/api/entities';
import { assumedRecentRunning, goalPreview, goalSettingsLine, pastStart, previewDistance } from './goal-preview';

const maya: Athlete = {
  id: 1,
  name: 'Maya',
  level: 'intermediate',
  runDaysPerWeek: 5,
  easyPaceSecPerKm: 340,
  fatigued: false,
  recoveryStyle: 'runs',
  recentLongestRunKm: 14,
  units: 'km',
  availableDays: ['tue', 'wed', 'thu', 'sat', 'sun'],
  longRunDay: 'sun',
  recentWeeklyKm: 32,
};

describe('the goal dialog’s preview', () => {
  it('shows each week’s phase, distance and long run, and the race-day form, before anything is created', () => {
    const p = goalPreview({ distance: 'half', km: '', raceDate: '2027-05-16', startDate: '', name: '' }, maya);
    expect(p.ok).toBe(true);
    if (p.ok !== true) return;
    expect(p.weeks).toHaveLength(12);
    expect(p.weeks[0]).toMatchObject({ index: 1, phase: 'Base' });
    expect(p.weeks[11]).toMatchObject({ index: 12, phase: 'Race', longRunKm: null });
    expect(p.weeks[10].phase).toBe('Taper');
    expect(p.raceDayForm).toBeGreaterThan(0);
  });

  it('says why a goal is refused and offers the earliest safe date and a shorter race', () => {
    const p = goalPreview(
      { distance: 'marathon', km: '', raceDate: '2027-03-14', startDate: '2026-12-07', name: '' },
      { ...maya, level: 'beginner', recentLongestRunKm: 6, availableDays: null, longRunDay: null },
    );
    expect(p).toMatchObject({ ok: false, earliestDate: '2027-05-23', shorter: '10k' });
  });

  it('refuses a plan name the plan file could not carry (plan-file.md: at most 100 characters)', () => {
    const draft = { distance: 'half' as const, km: '', raceDate: '2027-05-16', startDate: '', name: 'x'.repeat(101) };
    expect(goalPreview(draft, maya)).toEqual({ ok: null, message: 'Plan name: at most 100 characters' });
    expect(goalPreview({ ...draft, name: 'x'.repeat(100) }, maya).ok).toBe(true);
  });

  it('asks for a race date first', () => {
    expect(goalPreview({ distance: 'half', km: '', raceDate: '', startDate: '', name: '' }, maya)).toEqual({
      ok: null,
      message: 'Choose the race date',
    });
  });
});

describe('the goal dialog’s settings line', () => {
  it('names the recent running the draft assumes where the athlete’s is unknown, in the athlete’s units', () => {
    const unknown = { ...maya, recentWeeklyKm: null, recentLongestRunKm: null, availableDays: null, longRunDay: null };
    expect(goalSettingsLine(unknown)).toBe(
      'Intermediate · 5 run days a week · any day · about 30 km a week and a longest run of 12 km assumed, the level’s usual, saved to the athlete when the plan is created',
    );
    expect(assumedRecentRunning(unknown)).toEqual({ recentWeeklyKm: 30, recentLongestRunKm: 12 });
    // Known figures are the athlete's own, per mile for a miles athlete (they were shown in raw km: 48.28 km).
    expect(goalSettingsLine({ ...maya, units: 'mi', recentWeeklyKm: 48.28, recentLongestRunKm: 16.093 })).toBe(
      'Intermediate · 5 run days a week · on Tue, Wed, Thu, Sat, Sun · long run Sun · 30 mi a week · longest run 10 mi',
    );
    expect(assumedRecentRunning(maya)).toEqual({});
  });
});

describe('a draft that would start in the past', () => {
  const goal = { distance: 'half' as const, km: '', raceDate: '2027-05-16', startDate: '', name: '' };
  it('counts the weeks already past from this week’s start, only where the coach typed no start', () => {
    const p = goalPreview(goal, maya);
    expect(pastStart(goal, p, '2027-03-10')).toEqual({ start: '2027-02-22', pastWeeks: 2, thisWeek: '2027-03-08' });
    expect(pastStart(goal, p, '2027-03-01')).toEqual({ start: '2027-02-22', pastWeeks: 1, thisWeek: '2027-03-01' });
    expect(pastStart(goal, p, '2027-02-28')).toBeNull(); // its first week is this week
    expect(pastStart(goal, p, '2027-02-21')).toBeNull();
    const typed = { ...goal, startDate: '2027-02-22' };
    expect(pastStart(typed, goalPreview(typed, maya), '2027-03-10')).toBeNull();
  });
});

describe('a miles athlete’s draft', () => {
  it('takes an "Other" race distance in miles, as the rest of the dialog speaks', () => {
    const goal = { distance: 'km' as const, km: '10', raceDate: '2027-05-16', startDate: '', name: '' };
    const p = goalPreview(goal, { ...maya, units: 'mi' });
    if (p.ok !== true) throw new Error(`refused: ${p.message}`);
    expect(p.result.data.sessions.find((s) => s.kind === 'race')?.distanceKm).toBe(16.093);
    // A km athlete's 10 stays 10 km.
    const km = goalPreview(goal, maya);
    if (km.ok !== true) throw new Error(`refused: ${km.message}`);
    expect(km.result.data.sessions.find((s) => s.kind === 'race')?.distanceKm).toBe(10);
    // The bounds are said in the athlete's units.
    expect(goalPreview({ ...goal, km: '70' }, { ...maya, units: 'mi' })).toEqual({
      ok: null,
      message: 'Race distance: 1.9 to 62.1 mi',
    });
    expect(goalPreview({ ...goal, km: '110' }, maya)).toEqual({ ok: null, message: 'Race distance: 3 to 100 km' });
    expect(goalPreview({ ...goal, km: '1.87' }, { ...maya, units: 'mi' })).toEqual({
      ok: null,
      message: 'Race distance: 1.9 to 62.1 mi',
    });
  });
  it('is a plan in miles, its weeks shown per mile', () => {
    const goal = { distance: 'half' as const, km: '', raceDate: '2027-05-16', startDate: '', name: '' };
    const p = goalPreview(goal, { ...maya, units: 'mi' });
    if (p.ok !== true) throw new Error('refused');
    expect(p.result.data.plan.units).toBe('mi');
    const km = goalPreview(goal, maya);
    if (km.ok !== true) throw new Error('refused');
    expect(previewDistance(p.weeks[0].distanceKm, 'mi')).toBe(
      `${Math.round((km.weeks[0].distanceKm / 1.609344) * 10) / 10} mi`,
    );
    expect(previewDistance(21.0975, 'mi')).toBe('13.1 mi');
    expect(previewDistance(33, 'km')).toBe('33 km');
    expect(previewDistance(null, 'km')).toBe('—');
  });
});
