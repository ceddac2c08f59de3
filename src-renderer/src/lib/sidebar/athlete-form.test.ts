import { describe, expect, it } from 'vitest';
import type { Athlete } from '../../../../src-shared/api/entities';
import type { DayCode } from '../../../../src-shared/domain/types';
import {
  athleteDraft,
  emptyPaceHint,
  parseAthleteDraft,
  runDaysHint,
  takenAthleteName,
  toggleDay,
  usualLongRunDay,
} from './athlete-form';

describe('the athlete form', () => {
  const draft = { ...athleteDraft(null), name: ' Maya ' };

  it('starts from the rules’ defaults', () => {
    expect(athleteDraft(null)).toMatchObject({
      level: 'intermediate',
      runDaysPerWeek: 5,
      recoveryStyle: 'runs',
      fatigued: false,
      easyPace: '',
    });
  });

  it('reads an easy pace per km or per mile into seconds per km', () => {
    const km = parseAthleteDraft({ ...draft, easyPace: '5:40' });
    expect(km.ok && km.fields).toMatchObject({ name: 'Maya', easyPaceSecPerKm: 340 });
    const mi = parseAthleteDraft({ ...draft, units: 'mi', easyPace: '9:07' });
    expect(mi.ok && mi.fields.easyPaceSecPerKm).toBe(340); // 547 s per mile
    const none = parseAthleteDraft(draft);
    expect(none.ok && none.fields.easyPaceSecPerKm).toBeNull();
  });

  it('names each bad field', () => {
    const bad = parseAthleteDraft({ ...draft, name: '', easyPace: '5.40', recentLongestRun: 'far' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(Object.keys(bad.errors).sort()).toEqual(['easyPace', 'name', 'recentLongestRun']);
    }
    const slow = parseAthleteDraft({ ...draft, easyPace: '15:30' });
    expect(!slow.ok && slow.errors.easyPace).toBe('Easy pace: between 2:30 and 15:00 per km');
  });

  it('accepts a distance typed with a trailing point ("16.")', () => {
    const r = parseAthleteDraft({ ...draft, recentLongestRun: '16.' });
    expect(r.ok && r.fields.recentLongestRunKm).toBe(16);
  });

  it('shows a stored athlete’s pace and longest run in their units', () => {
    const d = athleteDraft({
      id: 1,
      name: 'Sam',
      level: 'beginner',
      runDaysPerWeek: 3,
      easyPaceSecPerKm: 410,
      fatigued: true,
      recoveryStyle: 'run-and-rest',
      recentLongestRunKm: 9.656,
      units: 'mi',
    });
    expect(d).toMatchObject({ easyPace: '11:00', recentLongestRun: '6' });
  });
});

describe('the athlete form’s availability (v2)', () => {
  const draft = { ...athleteDraft(null), name: 'Maya' };

  it('starts with every day, the automatic long-run day and no recent week', () => {
    expect(draft).toMatchObject({
      availableDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      longRunDay: '',
      recentWeekly: '',
    });
  });

  it('toggles days in week order and stores them with the long-run day and recent week in km', () => {
    let days = toggleDay(draft.availableDays, 'mon');
    days = toggleDay(days, 'fri');
    expect(days).toEqual(['tue', 'wed', 'thu', 'sat', 'sun']);
    expect(toggleDay(['sun', 'tue'], 'mon')).toEqual(['mon', 'tue', 'sun']);
    const parsed = parseAthleteDraft({
      ...draft,
      availableDays: days,
      longRunDay: 'sat',
      recentWeekly: '20',
      units: 'mi',
    });
    expect(parsed.ok && parsed.fields).toMatchObject({
      availableDays: ['tue', 'wed', 'thu', 'sat', 'sun'],
      longRunDay: 'sat',
      recentWeeklyKm: 32.187,
    });
  });

  it('refuses no day at all, a long-run day the athlete cannot run, and a bad distance', () => {
    const bad = parseAthleteDraft({ ...draft, availableDays: [], longRunDay: 'sun', recentWeekly: 'lots' });
    expect(!bad.ok && bad.errors).toEqual({
      availableDays: 'Days available: choose at least one day',
      longRunDay: 'Long-run day: Sunday is not one of the days available',
      recentWeekly: 'Recent weekly distance: a distance in km, e.g. 30',
    });
  });
});

describe('the recent race (paces.md)', () => {
  it('reads a distance and a time, and shows them back', () => {
    const d = { ...athleteDraft(null), name: 'Maya', raceDistance: 'Half', raceTime: '1:35:20' };
    const r = parseAthleteDraft(d);
    expect(r.ok && r.fields.recentRace).toEqual({ distanceKm: 21.0975, timeSec: 5720 });
    const back = athleteDraft({ id: 1, ...(r.ok ? r.fields : ({} as never)), units: 'km' } as never);
    expect([back.raceDistance, back.raceTime]).toEqual(['half', '1:35:20']);
  });
  it('refuses a race outside 1.5 km–marathon or 3 min–6 h, and an unreadable time', () => {
    const r = parseAthleteDraft({ ...athleteDraft(null), name: 'Maya', raceDistance: '1k', raceTime: 'fast' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['raceDistance', 'raceTime']);
    const none = parseAthleteDraft({ ...athleteDraft(null), name: 'Maya' });
    expect(none.ok && none.fields.recentRace).toBeNull();
  });
  it('reads a bare number in the athlete’s units, and shows a miles race back in miles', () => {
    // A miles coach typing 13.1 for a half got a 13.1 km race, and paces about 38 % too slow.
    const mi = parseAthleteDraft({ ...athleteDraft(null), name: 'Sam', units: 'mi', raceDistance: '13.1', raceTime: '1:35:00' });
    expect(mi.ok && mi.fields.recentRace?.distanceKm).toBeCloseTo(21.082, 3);
    const km = parseAthleteDraft({ ...athleteDraft(null), name: 'Sam', raceDistance: '15', raceTime: '1:05:00' });
    expect(km.ok && km.fields.recentRace?.distanceKm).toBe(15);
    // Named and unit-marked distances mean what they say in either units.
    const tenK = parseAthleteDraft({ ...athleteDraft(null), name: 'Sam', units: 'mi', raceDistance: '10k', raceTime: '42:30' });
    expect(tenK.ok && tenK.fields.recentRace?.distanceKm).toBe(10);
    expect(emptyPaceHint({ ...athleteDraft(null), units: 'mi', raceDistance: '13.1', raceTime: '1:35:00' }).source).toBe(
      'from the recent race,',
    );
    if (!mi.ok) return;
    const back = (distanceKm: number) =>
      athleteDraft({ id: 1, ...mi.fields, recentRace: { distanceKm, timeSec: 5700 } } as Athlete).raceDistance;
    expect(back(21.082)).toBe('13.1mi');
    expect(back(10)).toBe('10k');
    expect(back(21.0975)).toBe('half');
  });
  it('refuses hours typed as m:ss, and says how to write them', () => {
    const base = { ...athleteDraft(null), name: 'Maya' };
    // "3:30" for a marathon reads as 3 min 30 s (5 s/km): it used to be saved, with an easy pace of 0:07 /km.
    const marathon = parseAthleteDraft({ ...base, raceDistance: 'marathon', raceTime: '3:30' });
    expect(!marathon.ok && marathon.errors.raceTime).toBe(
      'Recent race: 3:30 reads as 3 min 30 s, too fast for a marathon; for hours write 3:30:00',
    );
    // "1:35" for a half (95 s) was refused as "a time from 3 min to 6 h", which 1 h 35 is.
    const half = parseAthleteDraft({ ...base, raceDistance: 'half', raceTime: '1:35' });
    expect(!half.ok && half.errors.raceTime).toBe(
      'Recent race: 1:35 reads as 1 min 35 s, too fast for a half marathon; for hours write 1:35:00',
    );
    const tenK = parseAthleteDraft({ ...base, raceDistance: '15km', raceTime: '0:20:00' });
    expect(!tenK.ok && tenK.errors.raceTime).toBe('Recent race: 0:20:00 is too fast for 15 km');
    // Real times stay accepted, the fastest ones included (a 1500 m in 3:26 is 2:17 /km).
    for (const [distance, time] of [['1500m', '3:26'], ['5k', '12:35'], ['marathon', '2:00:35'], ['10k', '42:30']]) {
      expect(parseAthleteDraft({ ...base, raceDistance: distance, raceTime: time }).ok).toBe(true);
    }
  });
});

describe('what an empty easy pace means (paces.md)', () => {
  it('is the recent race’s easy pace where one is given, else the level’s', () => {
    const d = { ...athleteDraft(null), name: 'Maya', level: 'intermediate' as const };
    expect(emptyPaceHint(d)).toEqual({ pace: '6:00', source: 'the level’s usual' });
    // A 10K in 45:00 is VDOT 45.3: easy at 66.5 % of it, 5:46 /km (9:17 /mi).
    expect(emptyPaceHint({ ...d, raceDistance: '10k', raceTime: '45:00' })).toEqual({ pace: '5:46', source: 'from the recent race,' });
    expect(emptyPaceHint({ ...d, units: 'mi', raceDistance: '10k', raceTime: '45:00' }).pace).toBe('9:17');
    // A race still being typed (or out of bounds) falls back to the level.
    expect(emptyPaceHint({ ...d, raceDistance: '10k', raceTime: '4' }).source).toBe('the level’s usual');
    // So does a time no one could run (hours typed as m:ss): no easy pace of 0:07 /km.
    expect(emptyPaceHint({ ...d, raceDistance: 'marathon', raceTime: '3:30' })).toEqual({ pace: '6:00', source: 'the level’s usual' });
  });
});

describe('the usual long-run day (plan-generator.md)', () => {
  it('is Sunday where the athlete runs then, else the latest day they can', () => {
    expect(usualLongRunDay(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])).toBe('sun');
    expect(usualLongRunDay(['tue', 'thu', 'sat'])).toBe('sat');
    expect(usualLongRunDay(['mon', 'wed'])).toBe('wed');
  });
});

describe('running days beyond the days available (recovery-rules.md: the run-day budget)', () => {
  it('says the athlete runs on at most as many days as are available', () => {
    // 5 running days a week with Tue, Thu and Sat available: the rules and drafts count 3, and the
    // form said nothing; the athlete list read "5 days/wk".
    const d = { ...athleteDraft(null), name: 'Maya', runDaysPerWeek: 5, availableDays: ['tue', 'thu', 'sat'] as DayCode[] };
    expect(runDaysHint(d)).toBe('3 days are available: the plan counts 3 running days a week, not 5.');
    expect(runDaysHint({ ...d, availableDays: ['sat'] })).toBe('1 day is available: the plan counts 1 running day a week, not 5.');
    expect(runDaysHint({ ...d, runDaysPerWeek: 3 })).toBeNull();
    expect(runDaysHint({ ...d, availableDays: [] })).toBeNull(); // the error says to choose a day
  });
});

describe('a name another athlete already has', () => {
  const athletes = [
    { id: 1, name: 'Jo Park' },
    { id: 2, name: 'Sam Lee' },
    { id: 3, name: 'Sam Lee (2)' },
  ];
  it('is found whatever its case and outer spaces, with a name that tells them apart', () => {
    // A second "Jo Park" was created without a word, and the sidebar could not tell them apart.
    expect(takenAthleteName('  jo park ', athletes, null)).toEqual({ name: 'Jo Park', instead: 'jo park (2)' });
    expect(takenAthleteName('Sam Lee', athletes, null)).toEqual({ name: 'Sam Lee', instead: 'Sam Lee (3)' });
  });
  it('is not the athlete’s own name, nor an empty or different one', () => {
    expect(takenAthleteName('Jo Park', athletes, 1)).toBeNull();
    expect(takenAthleteName('   ', athletes, null)).toBeNull();
    expect(takenAthleteName('Jo Parker', athletes, null)).toBeNull();
  });
});
