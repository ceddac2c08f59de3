import { describe, expect, it } from 'vitest';
import { weekdayOf } from '../domain/dates';
import type { CoachSession } from '../domain/types';
import { applyTemplate, templateRace, type TemplatePlan } from './apply-template';
import { scaled } from './scale-session';
import { formatStepsText } from '../domain/steps-text';

const session = (id: string, date: string, kind: CoachSession['kind'], more: Partial<CoachSession> = {}): CoachSession => ({
  id,
  date,
  kind,
  title: null,
  durationMin: null,
  distanceKm: null,
  rpe: null,
  notes: null,
  ...more,
});

/** 3 weeks from Mon 1 Mar 2027; a 10K tune-up in week 1, the half on Sun 21 Mar. */
function source(): TemplatePlan {
  return {
    settings: { name: 'Spring half', goal: 'Sub-1:50', units: 'km', startDate: '2027-03-01', weeks: 3, weekStartsOn: 'monday' },
    phases: [
      { week: 1, phase: 'build' },
      { week: 3, phase: 'race' },
    ],
    sessions: [
      session('t', '2027-03-02', 'tempo', { durationMin: 45, distanceKm: 8.8 }),
      session('k', '2027-03-03', 'recovery', { title: 'Recovery run', durationMin: 25, distanceKm: 3.5 }),
      session('x', '2027-03-07', 'race', { distanceKm: 10 }),
      session('l', '2027-03-14', 'long', { durationMin: 105, distanceKm: 18 }),
      session('r', '2027-03-21', 'race', { title: 'Half', distanceKm: 21.1, durationMin: 110 }),
    ],
    dismissed: [{ date: '2027-03-08', ruleId: 'recovery-after-hard' }],
  };
}

describe('applyTemplate: dates', () => {
  it('moves every session and dismissal by whole weeks to a new start, weekdays kept', () => {
    const r = applyTemplate(source(), { startDate: '2027-04-05' });
    if (!r.ok) throw new Error(r.message);
    expect(r.shiftDays).toBe(35);
    expect(r.plan.settings).toMatchObject({ startDate: '2027-04-05', weeks: 3, name: 'Spring half', goal: 'Sub-1:50' });
    expect(r.plan.sessions.map((s) => s.date)).toEqual(['2027-04-06', '2027-04-07', '2027-04-11', '2027-04-18', '2027-04-25']);
    r.plan.sessions.forEach((s, i) => expect(weekdayOf(s.date)).toBe(weekdayOf(source().sessions[i].date)));
    expect(r.plan.dismissed).toEqual([{ date: '2027-04-12', ruleId: 'recovery-after-hard' }]);
    expect(r.plan.phases).toEqual(source().phases);
  });

  it('snaps a mid-week start back to that week’s first day', () => {
    const r = applyTemplate(source(), { startDate: '2027-04-08' }); // a Thursday
    expect(r.ok && r.plan.settings.startDate).toBe('2027-04-05');
  });

  it('snaps to a Sunday for a plan whose weeks start on Sunday', () => {
    const sunday = { ...source(), settings: { ...source().settings, startDate: '2027-02-28', weekStartsOn: 'sunday' as const } };
    const r = applyTemplate(sunday, { startDate: '2027-04-07' }); // a Wednesday
    if (!r.ok) throw new Error(r.message);
    expect(r.plan.settings.startDate).toBe('2027-04-04');
    expect(r.plan.sessions[0].date).toBe('2027-04-06'); // Tue stays Tue
  });

  it('moves backwards into a leap year’s February', () => {
    const r = applyTemplate(source(), { startDate: '2024-02-26' });
    if (!r.ok) throw new Error(r.message);
    expect(r.plan.sessions[0].date).toBe('2024-02-27');
    expect(r.plan.sessions[1].date).toBe('2024-02-28');
    expect(r.plan.sessions[2].date).toBe('2024-03-03');
  });

  it('lands the plan’s last race on the race date (not the tune-up)', () => {
    expect(templateRace(source().sessions)?.id).toBe('r');
    const r = applyTemplate(source(), { raceDate: '2027-05-16' });
    if (!r.ok) throw new Error(r.message);
    expect(r.plan.sessions.find((s) => s.id === 'r')?.date).toBe('2027-05-16');
    expect(r.plan.settings.startDate).toBe('2027-04-26');
    expect(r.plan.dismissed[0].date).toBe('2027-05-03');
  });

  it('keeps the dates without a start or race date', () => {
    const r = applyTemplate(source(), { scalePercent: 100 });
    expect(r.ok && r.plan.sessions).toEqual(source().sessions);
  });
});

describe('applyTemplate: scale', () => {
  it('scales distances to 0.1 km and durations to whole minutes; races keep theirs', () => {
    const r = applyTemplate(source(), { scalePercent: 90 });
    if (!r.ok) throw new Error(r.message);
    const by = Object.fromEntries(r.plan.sessions.map((s) => [s.id, s]));
    expect(by.t).toMatchObject({ durationMin: 41, distanceKm: 7.9 }); // 40.5 → 41, 7.92 → 7.9
    expect(by.k).toMatchObject({ durationMin: 23, distanceKm: 3.2 }); // 22.5 → 23, 3.15 → 3.2
    expect(by.l).toMatchObject({ durationMin: 95, distanceKm: 16.2 }); // 94.5 → 95
    expect(by.r).toMatchObject({ durationMin: 110, distanceKm: 21.1 });
    expect(by.x).toMatchObject({ distanceKm: 10 });
  });

  it('rounds exactly, halves up (8.8 km at 50 % is 4.4, 0.15 at 50 % is 0.1)', () => {
    expect(scaled(8.8, 50, 1)).toBe(4.4);
    expect(scaled(0.3, 50, 1)).toBe(0.2);
    expect(scaled(45, 150, 0)).toBe(68);
    expect(scaled(1.05, 110, 1)).toBe(1.2);
  });

  it('scales the easy volume of steps and keeps the repeats as written', () => {
    const intervals = session('i', '2027-03-02', 'intervals', {
      steps: [
        { type: 'warmup', durationMin: 15, target: 'E' },
        { repeat: 6, steps: [{ type: 'run', distanceKm: 0.8, target: 'I' }, { type: 'recover', durationMin: 2 }] },
        { type: 'run', distanceKm: 3, target: 'T' },
        { type: 'cooldown', distanceKm: 2.5 },
      ],
    });
    const r = applyTemplate({ ...source(), sessions: [intervals] }, { scalePercent: 80 });
    if (!r.ok) throw new Error(r.message);
    expect(r.plan.sessions[0].steps).toEqual([
      { type: 'warmup', durationMin: 12, target: 'E' },
      intervals.steps![1],
      intervals.steps![2],
      { type: 'cooldown', distanceKm: 2 },
    ]);
  });

  it('scales a warm-up typed in miles in miles, to 0.1 mi, so it still reads in miles', () => {
    // "2mi wu, 5x(1km I, 400m jog), 2mi cd" at 90 %: the warm-up and cool-down are 1.8 mi, not
    // 2.9 km (0.1 km rounding would leave the mile grid, and the steps line would switch units).
    const mi = 1.609344;
    const intervals = session('i', '2027-03-02', 'intervals', {
      steps: [
        { type: 'warmup', distanceKm: 2 * mi, target: 'E' },
        { repeat: 5, steps: [{ type: 'run', distanceKm: 1, target: 'I' }, { type: 'recover', distanceKm: 0.4 }] },
        { type: 'cooldown', distanceKm: 2 * mi },
      ],
    });
    const r = applyTemplate({ ...source(), sessions: [intervals] }, { scalePercent: 90 });
    if (!r.ok) throw new Error(r.message);
    const steps = r.plan.sessions[0].steps!;
    for (const i of [0, 2]) expect(formatStepsText([steps[i]], 'mi')).toBe(`1.8mi ${i ? 'cd' : 'wu'}${i ? '' : ' E'}`);
    expect(formatStepsText(steps, 'km')).toBe('1.8mi E, 5x(1km I, 400m jog), 1.8mi cd');
  });

  it('never scales a short session to nothing', () => {
    const r = applyTemplate({ ...source(), sessions: [session('e', '2027-03-02', 'easy', { durationMin: 1, distanceKm: 0.1 })] }, { scalePercent: 50 });
    expect(r.ok && r.plan.sessions[0]).toMatchObject({ durationMin: 1, distanceKm: 0.1 });
  });
});

describe('applyTemplate: refusals', () => {
  it('refuses a scale outside 50–150 % or not whole', () => {
    expect(applyTemplate(source(), { scalePercent: 40 })).toEqual({
      ok: false,
      field: 'scalePercent',
      message: 'The scale must be a whole percent from 50 to 150 (40 % is not).',
    });
    expect(applyTemplate(source(), { scalePercent: 151 }).ok).toBe(false);
    expect(applyTemplate(source(), { scalePercent: 92.5 }).ok).toBe(false);
    expect(applyTemplate(source(), { scalePercent: 50 }).ok).toBe(true);
  });

  it('refuses a race date on another weekday than the race, naming the nearest right day', () => {
    expect(applyTemplate(source(), { raceDate: '2027-05-15' })).toEqual({
      ok: false,
      field: 'raceDate',
      message:
        "The plan's race is on a Sunday, and Sat 15 May 2027 is a Saturday: pick a Sunday (the nearest is Sun 16 May 2027) so every session keeps its weekday.",
    });
    const wed = applyTemplate(source(), { raceDate: '2027-05-19' });
    expect(!wed.ok && wed.message).toContain('the nearest is Sun 16 May 2027');
  });

  it('refuses a race date for a plan without a race', () => {
    const noRace = { ...source(), sessions: source().sessions.filter((s) => s.kind !== 'race') };
    const r = applyTemplate(noRace, { raceDate: '2027-05-16' });
    expect(r).toMatchObject({ ok: false, field: 'raceDate' });
    expect(!r.ok && r.message).toBe(
      'This plan has no race to land on that date: give a start date instead, or add the race to the plan first.',
    );
  });

  it('refuses both dates, a date that is not one, and a copy past the years plans may use', () => {
    expect(applyTemplate(source(), { startDate: '2027-04-05', raceDate: '2027-05-16' }).ok).toBe(false);
    expect(applyTemplate(source(), { startDate: '2027-02-30' })).toMatchObject({ ok: false, field: 'startDate' });
    expect(applyTemplate(source(), { raceDate: '2201-01-04' })).toEqual({
      ok: false,
      field: 'raceDate',
      message: 'The race date must be a calendar date between 1900 and 2200.',
    });
    const over = applyTemplate(source(), { startDate: '2200-12-22' });
    expect(over).toMatchObject({ ok: false, field: 'startDate' });
    expect(!over.ok && over.message).toMatch(/^The copy would run from Mon 22 Dec 2200 to Sun 11 Jan 2201; plans stay between 1900 and 2200\.$/);
  });

  it('refuses a scale that would make a session longer than a session can be', () => {
    const long = { ...source(), sessions: [session('u', '2027-03-07', 'long', { title: 'Ultra', durationMin: 1200 })] };
    const r = applyTemplate(long, { scalePercent: 150 });
    expect(r).toMatchObject({ ok: false, field: 'scalePercent' });
    expect(!r.ok && r.message).toMatch(/^At 150 % the Ultra on Sun 7 Mar would be longer than a session can be/);
  });
});
