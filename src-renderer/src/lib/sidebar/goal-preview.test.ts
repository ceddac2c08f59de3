import { describe, expect, it } from 'vitest';
import type { Athlete } from '../../../../src-shared/api/entities';
import { goalPreview } from './goal-preview';

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
