/**
 * The plan generator (plan-generator.md): every draft meets the eleven constraints (checked by
 * check-draft.ts, which runs the real rules) or is refused with a justified sentence.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/dates';
import { DAY_CODES, type DayCode } from '../domain/types';
import { checkDraft } from './check-draft';
import { draftFileText, generatePlan } from './generate-plan';
import { MIN_WEEKS, resolveGoal, type GoalInput } from './goal';
import { unreachableReason } from './refusal-bound';

const athlete = (over: Partial<GoalInput['athlete']> = {}): GoalInput['athlete'] => ({
  level: 'intermediate',
  runDaysPerWeek: 5,
  easyPaceSecPerKm: null,
  ...over,
});

function refusal(input: GoalInput): string {
  const r = generatePlan(input);
  if (r.ok) throw new Error('drafted');
  return r.message;
}

describe('refusals, each with its sentence', () => {
  it('fewer than 3 run days', () => {
    expect(refusal({ distance: '10k', raceDate: '2027-05-16', athlete: athlete({ runDaysPerWeek: 2 }) })).toBe(
      'The athlete can run on 2 days a week; a draft needs at least 3 (running days a week and days available).',
    );
    expect(
      refusal({ distance: '10k', raceDate: '2027-05-16', athlete: athlete({ availableDays: ['sat', 'sun'] }) }),
    ).toMatch(/^The athlete can run on 2 days a week/);
  });

  it('a race before the start', () => {
    expect(refusal({ distance: '5k', raceDate: '2027-05-16', startDate: '2027-06-07', athlete: athlete() })).toBe(
      "The race on Sun 16 May 2027 is before the plan's start, Mon 7 Jun 2027.",
    );
  });

  it('fewer weeks than the distance needs, with the earliest date', () => {
    expect(refusal({ distance: 'half', raceDate: '2027-05-16', startDate: '2027-04-05', athlete: athlete() })).toBe(
      'From Mon 5 Apr 2027 to the race is 6 weeks; a half marathon plan needs at least 8. The earliest race date with this start is Sun 30 May 2027.',
    );
  });

  it('fewer weeks than 4 (5K), 6 (10K), 8 (half), 12 (marathon): refused one week short, not at the minimum', () => {
    for (const [distance, min] of [['5k', 4], ['10k', 6], ['half', 8], ['marathon', 12]] as const) {
      const start = '2027-01-04'; // a Monday; the race on the Sunday of week `weeks`
      const at = (weeks: number) =>
        generatePlan({ distance, raceDate: addDays(start, 7 * weeks - 1), startDate: start, athlete: athlete({ recentLongestRunKm: 30, recentWeeklyKm: 60 }) });
      const short = at(min - 1);
      expect(short.ok ? 'drafted' : short.message).toMatch(new RegExp(`is ${min - 1} weeks?; a .* plan needs at least ${min}\\.`));
      const enough = at(min);
      expect(enough.ok ? 'drafted' : enough.message).not.toMatch(/needs at least/);
    }
  });

  it('a race on a day off, or the day after the long-run day at a week start', () => {
    expect(
      refusal({ distance: '10k', raceDate: '2027-05-16', athlete: athlete({ availableDays: ['tue', 'thu', 'sat'] }) }),
    ).toBe('The race on Sun 16 May 2027 falls on a day the athlete cannot run.');
    expect(refusal({ distance: '10k', raceDate: '2027-05-17', athlete: athlete() })).toBe(
      'The race on Mon 17 May 2027 is the day after the long-run day: move the race or choose another long-run day.',
    );
  });

  it('no day two days from the long-run day', () => {
    expect(
      refusal({
        distance: '10k',
        raceDate: '2027-05-15',
        athlete: athlete({ runDaysPerWeek: 3, availableDays: ['fri', 'sat', 'sun'], longRunDay: 'sat' }),
      }),
    ).toBe(
      'No day the athlete can run is at least two days from the long-run day, so a hard session cannot be placed safely.',
    );
  });

  it('a peak long run out of reach: the earliest safe date and the shorter race that fits', () => {
    const message = refusal({
      distance: 'marathon',
      raceDate: '2027-03-14',
      startDate: '2026-12-07',
      athlete: athlete({ level: 'beginner', runDaysPerWeek: 4, recentLongestRunKm: 6 }),
    });
    expect(message).toBe(
      'From a longest run of 6 km, a marathon needs about 24 weeks: the earliest safe date is Sun 23 May 2027; a 10K fits 14 Mar.',
    );
  });

  it('a miles athlete reads the figure it starts from in miles, as the dialog shows it', () => {
    const goal = { distance: 'marathon', raceDate: '2027-03-14', startDate: '2026-12-07', units: 'mi' } as const;
    expect(refusal({ ...goal, athlete: athlete({ level: 'beginner', runDaysPerWeek: 4, recentLongestRunKm: 6 }) })).toBe(
      'From a longest run of 3.7 mi, a marathon needs about 24 weeks: the earliest safe date is Sun 23 May 2027; a 10K fits 14 Mar.',
    );
  });
});

describe('goals that once ended in "could not draft", each now drafted', () => {
  const hard: [string, GoalInput][] = [
    [
      'a race on a Tuesday: its quality session 2–10 days out goes in the taper week before',
      {
        distance: 32.3,
        raceDate: '2027-03-23',
        startDate: '2027-01-04',
        athlete: athlete({ runDaysPerWeek: 6, easyPaceSecPerKm: 242, recentWeeklyKm: 11 }),
      },
    ],
    [
      'a 19.6 km race (a 10K by its taper) on 3 run days: the window holds half the peak week',
      {
        distance: 19.6,
        raceDate: '2027-04-18',
        startDate: '2027-01-04',
        athlete: athlete({
          level: 'advanced',
          runDaysPerWeek: 3,
          availableDays: ['mon', 'tue', 'wed', 'sat', 'sun'],
          longRunDay: 'mon',
          easyPaceSecPerKm: 419,
          recentWeeklyKm: 37,
          recentLongestRunKm: 19,
        }),
      },
    ],
    [
      'a beginner 5K from a 5 km week: a short sharpener in the taper, rest days after its hard sessions',
      {
        distance: '5k',
        raceDate: '2027-02-16',
        startDate: '2027-01-04',
        athlete: athlete({
          level: 'beginner',
          runDaysPerWeek: 4,
          longRunDay: 'sun',
          easyPaceSecPerKm: 287,
          recentWeeklyKm: 5,
        }),
      },
    ],
    [
      "a long race on the long-run weekday: the race's recovery run counts in race week",
      {
        distance: 27.1,
        raceDate: '2027-05-07',
        startDate: '2027-01-04',
        athlete: athlete({
          level: 'advanced',
          longRunDay: 'fri',
          easyPaceSecPerKm: 473,
          recentWeeklyKm: 6,
          recentLongestRunKm: 7,
        }),
      },
    ],
    [
      "100 km at 7:55/km: the peak is the 3-hour cap's 22.7 km, reached only without rounding's losses",
      {
        distance: 100,
        raceDate: '2027-06-01',
        startDate: '2027-01-04',
        athlete: athlete({
          level: 'beginner',
          runDaysPerWeek: 7,
          availableDays: ['tue', 'wed', 'thu', 'fri', 'sun'],
          easyPaceSecPerKm: 475,
          recentWeeklyKm: 6,
          recentLongestRunKm: 28,
        }),
      },
    ],
    [
      'a first quality session that would spike the load of tiny weeks waits',
      {
        distance: '10k',
        raceDate: '2027-05-16',
        startDate: '2027-01-04',
        athlete: athlete({
          level: 'beginner',
          availableDays: ['wed', 'fri', 'sat', 'sun'],
          longRunDay: 'sat',
          easyPaceSecPerKm: 242,
          recentWeeklyKm: 7,
          recentLongestRunKm: 3,
        }),
      },
    ],
  ];
  it.each(hard)('%s', (_why, input) => {
    const r = generatePlan(input);
    expect(r.ok ? [] : [r.message]).toEqual([]);
    if (!r.ok) return;
    expect(checkDraft(r.data, r.goal)).toEqual([]);
    expect(unreachableReason(input)).toBeNull();
  });

  it('the earliest safe date a refusal names really drafts', () => {
    const input: GoalInput = { ...hard[5][1], raceDate: '2027-03-14' };
    const r = generatePlan(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toBe(
      'From a longest run of 3 km, a 10K needs about 19 weeks: the earliest safe date is Sun 16 May 2027.',
    );
    expect(generatePlan({ ...input, raceDate: r.earliestDate! }).ok).toBe(true);
  });
});

describe('a week too small for the peak long run', () => {
  it('names the recent week, not the longest run, when the longest run already reaches the peak', () => {
    const input: GoalInput = {
      distance: '5k',
      raceDate: '2027-02-20',
      startDate: '2027-01-04',
      athlete: athlete({
        runDaysPerWeek: 6,
        longRunDay: 'fri',
        easyPaceSecPerKm: 243,
        recentWeeklyKm: 6,
        recentLongestRunKm: 16,
      }),
    };
    const r = generatePlan(input);
    expect(r.ok ? 'drafted' : r.message).toBe(
      'From a recent week of 6 km, a 5K needs about 9 weeks: the earliest safe date is Sat 6 Mar 2027.',
    );
    expect(unreachableReason(input)).toMatch(/^the long run reaches at most/);
    if (!r.ok) expect(generatePlan({ ...input, raceDate: r.earliestDate! }).ok).toBe(true);
  });
});

describe('a draft', () => {
  const input: GoalInput = { distance: 'half', raceDate: '2027-05-16', athlete: athlete({ name: 'Maya' }) };

  it('meets every constraint, and the same goal gives the same plan byte for byte', () => {
    const a = generatePlan(input);
    const b = generatePlan(input);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(checkDraft(a.data, a.goal)).toEqual([]);
    expect(draftFileText(a)).toBe(draftFileText(b));
    expect(a.data.plan.weeks).toBe(12);
    expect(a.data.plan.startDate).toBe('2027-02-22');
    expect(a.data.sessions.filter((s) => s.kind === 'race')).toEqual([
      expect.objectContaining({ date: '2027-05-16', distanceKm: 21.0975 }),
    ]);
    const cut = a.data.plan.phases?.find((p) => p.phase === 'recovery')?.week ?? 0;
    expect(cut).toBeGreaterThan(1);
    const long = a.data.sessions.find((s) => s.id === `g${cut}-long`);
    expect(long?.notes).toMatch(
      new RegExp(`^Recovery, week ${cut}: long run \\d+(\\.\\d)? km, \\d+(\\.\\d)? km less than week ${cut - 1}\\.$`),
    );
    const tempo = a.data.sessions.find((s) => s.kind === 'tempo');
    expect(tempo?.steps?.length).toBeGreaterThan(0);
  });
});

describe("the page's numbers (plan-generator.md \"Input\" and constraint 4)", () => {
  const goal = (over: Omit<Partial<GoalInput>, 'athlete'> & { athlete?: Partial<GoalInput['athlete']> } = {}) =>
    resolveGoal({ distance: 'half', raceDate: '2027-05-16', ...over, athlete: athlete(over.athlete) });

  it('the usual length without a start date: 5K 8, 10K 10, half 12 (16 beginner), marathon 16 (24 beginner), race in the last week', () => {
    const weeks = (distance: GoalInput['distance'], level: 'beginner' | 'intermediate' | 'advanced') =>
      goal({ distance, athlete: { level } });
    expect(weeks('5k', 'beginner').weeks).toBe(8);
    expect(weeks('10k', 'advanced').weeks).toBe(10);
    expect(weeks('half', 'intermediate').weeks).toBe(12);
    expect(weeks('half', 'beginner').weeks).toBe(16);
    expect(weeks('marathon', 'advanced').weeks).toBe(16);
    expect(weeks('marathon', 'beginner').weeks).toBe(24);
    // Sun 16 May 2027 ends the week of Mon 10 May: 12 weeks start on Mon 22 Feb.
    expect(weeks('half', 'intermediate').startDate).toBe('2027-02-22');
    // A distance in km takes the largest named distance it reaches.
    expect(goal({ distance: 30 }).raceClass).toBe('half');
    expect(goal({ distance: 42.195 }).raceClass).toBe('marathon');
    expect(goal({ distance: 9.9 }).raceClass).toBe('5k');
    expect(goal({ distance: 10 }).weeks).toBe(10);
  });

  it('defaults: recent week 15 / 30 / 50 km, longest run 6 / 12 / 18 km; the long run on Sunday, else the latest day available', () => {
    expect((['beginner', 'intermediate', 'advanced'] as const).map((level) => goal({ athlete: { level } }).recentWeeklyKm)).toEqual([15, 30, 50]);
    expect((['beginner', 'intermediate', 'advanced'] as const).map((level) => goal({ athlete: { level } }).recentLongestRunKm)).toEqual([6, 12, 18]);
    expect(goal().longRunWeekday).toBe(6);
    expect(goal({ raceDate: '2027-05-15', athlete: { availableDays: ['mon', 'wed', 'sat'] } }).longRunWeekday).toBe(5);
    expect(goal({ raceDate: '2027-05-13', athlete: { availableDays: ['mon', 'tue', 'thu'] } }).longRunWeekday).toBe(3);
  });

  it('the peak long run: 5K 10–14 (6–10), 10K 14–18 (10–14), half 16–22 (16–19), marathon 26–35, never over 3 h at the easy pace', () => {
    const peak = (distance: GoalInput['distance'], level: 'beginner' | 'intermediate' | 'advanced', easyPaceSecPerKm: number | null = 300) => {
      const g = goal({ distance, athlete: { level, easyPaceSecPerKm } });
      return [g.peakMin, g.peakMax];
    };
    expect(peak('5k', 'intermediate')).toEqual([10, 14]);
    expect(peak('5k', 'beginner')).toEqual([6, 10]);
    expect(peak('10k', 'advanced')).toEqual([14, 18]);
    expect(peak('10k', 'beginner')).toEqual([10, 14]);
    expect(peak('half', 'intermediate')).toEqual([16, 22]);
    expect(peak('half', 'beginner')).toEqual([16, 19]);
    expect(peak('marathon', 'beginner')).toEqual([26, 35]);
    // 3 h at 5:40 /km is 31.7 km: the top of the range is cut there; at 7:00 /km, 25.7 km is the peak.
    expect(peak('marathon', 'intermediate', 340)).toEqual([26, 31.7]);
    expect(peak('marathon', 'intermediate', 420)).toEqual([25.7, 25.7]);
  });

  it('a long run note says why, as in the page\'s example ("Build, week 6: long run 18 km, 1.5 km more than week 5")', () => {
    const r = generatePlan({ distance: 'half', raceDate: '2027-05-16', athlete: athlete() });
    if (!r.ok) throw new Error(r.message);
    const notes = r.data.sessions.filter((s) => s.kind === 'long').map((s) => s.notes ?? '');
    const grown = notes.filter((n) => /^Build, week \d+: long run/.test(n));
    expect(grown.length).toBeGreaterThan(0);
    for (const n of grown) expect(n).toMatch(/^Build, week (\d+): long run \d+(\.\d)? km, (\d+(\.\d)? km more than|as in) week \d+\.$/);
    const m = /^Build, week (\d+): .* than week (\d+)\.$/.exec(grown.find((n) => n.includes('more than'))!);
    expect(Number(m![2])).toBe(Number(m![1]) - 1);
  });

  it('week 1\'s long run says whether it is longer or shorter than the recent longest run', () => {
    // A beginner's 5K from a recent 8 km: the peak is 6–10 km, so week 1 runs 6 km. Its note said
    // "long run 6 km, from a recent longest run of 8 km", which reads as growth.
    const r = generatePlan({ distance: '5k', raceDate: '2027-09-19', athlete: athlete({ level: 'beginner', runDaysPerWeek: 3, recentWeeklyKm: 20, recentLongestRunKm: 8 }) });
    if (!r.ok) throw new Error(r.message);
    const first = r.data.sessions.find((s) => s.kind === 'long')!;
    expect(first.notes).toBe(`${first.notes!.split(':')[0]}: long run 6 km, 2 km less than the recent longest run of 8 km.`);
    const grown = generatePlan({ distance: 'half', raceDate: '2027-05-16', athlete: athlete() });
    if (!grown.ok) throw new Error(grown.message);
    expect(grown.data.sessions.find((s) => s.kind === 'long')!.notes).toBe(
      'Base, week 1: long run 13.2 km, from an assumed recent longest run of 12 km (the level’s usual).',
    );
    // A figure the coach gave is the athlete's own: no "assumed".
    const given = generatePlan({ distance: 'half', raceDate: '2027-05-16', athlete: athlete({ recentLongestRunKm: 12 }) });
    if (!given.ok) throw new Error(given.message);
    expect(given.data.sessions.find((s) => s.kind === 'long')!.notes).toBe('Base, week 1: long run 13.2 km, from a recent longest run of 12 km.');
    // Shorter than an assumed figure: said the same way.
    const beginner = generatePlan({ distance: '5k', raceDate: '2027-09-19', athlete: athlete({ level: 'beginner', runDaysPerWeek: 3, recentWeeklyKm: 20 }) });
    if (!beginner.ok) throw new Error(beginner.message);
    expect(beginner.data.sessions.find((s) => s.kind === 'long')!.notes).toMatch(
      /^\w+, week 1: long run [\d.]+ km, (from an assumed recent longest run of 6 km|[\d.]+ km less than the assumed recent longest run of 6 km) \(the level’s usual\)\.$/,
    );
  });

  it('a session trimmed to fit its week keeps a 10-minute warm-up before it loses work or cool-down', () => {
    // An intermediate half's cutback week 4: its intervals came out after a 5-minute warm-up (15
    // elsewhere) with the cool-down kept at 10.
    const r = generatePlan({ distance: 'half', raceDate: '2027-04-25', athlete: athlete() });
    if (!r.ok) throw new Error(r.message);
    for (const s of r.data.sessions.filter((x) => x.kind === 'intervals' || x.kind === 'tempo')) {
      const wu = s.steps?.[0] as { type?: string; durationMin?: number } | undefined;
      expect(wu?.type).toBe('warmup');
      expect(wu?.durationMin ?? 0).toBeGreaterThanOrEqual(10);
    }
  });

  it('a race of another distance is named by its distance, not by the named race it trains like', () => {
    // A 15 km race trains like a 10K: the plan was "10K on 16 May" and the race card said "10K".
    const km = generatePlan({ distance: 15, raceDate: '2027-05-16', athlete: athlete() });
    if (!km.ok) throw new Error(km.message);
    expect(km.data.plan.name).toBe('15 km race on 16 May');
    expect(km.data.sessions.find((s) => s.kind === 'race')?.title).toBe('15 km race');
    // A miles athlete's 10-miler, typed as 16.093 km.
    const mi = generatePlan({ distance: 16.093, units: 'mi', raceDate: '2027-05-16', athlete: athlete() });
    if (!mi.ok) throw new Error(mi.message);
    expect(mi.data.plan.name).toBe('10 mi race on 16 May');
    expect(mi.data.sessions.find((s) => s.kind === 'race')?.title).toBe('10 mi race');
    // Refusals name it the same way.
    expect(
      refusal({ distance: 15, raceDate: '2027-05-16', startDate: '2027-04-19', athlete: athlete() }),
    ).toMatch(/; a 15 km race plan needs at least /);
    // The named races keep their names.
    const half = generatePlan({ distance: 'half', raceDate: '2027-05-16', athlete: athlete() });
    if (!half.ok) throw new Error(half.message);
    expect(half.data.plan.name).toBe('Half marathon on 16 May');
  });

  it('a miles athlete gets a plan in miles, its notes too; the sessions are the km draft\'s', () => {
    // A draft for a miles athlete used to be a km plan ("long run 13.2 km") beside /mi paces.
    const goal: GoalInput = { distance: 'half', raceDate: '2027-05-16', athlete: athlete() };
    const km = generatePlan(goal);
    const mi = generatePlan({ ...goal, units: 'mi' });
    if (!km.ok || !mi.ok) throw new Error('refused');
    expect(km.data.plan.units).toBe('km');
    expect(mi.data.plan.units).toBe('mi');
    const strip = (ss: typeof km.data.sessions) => ss.map(({ notes: _n, ...rest }) => rest);
    expect(strip(mi.data.sessions)).toEqual(strip(km.data.sessions));
    const notes = mi.data.sessions.map((s) => s.notes ?? '').join('\n');
    expect(notes).not.toMatch(/\bkm\b/);
    // Week 1's long run of 13.2 km from the usual 12 km: 8.2 mi from 7.5 mi.
    expect(mi.data.sessions.find((s) => s.kind === 'long')?.notes).toBe(
      'Base, week 1: long run 8.2 mi, from an assumed recent longest run of 7.5 mi (the level’s usual).',
    );
    expect(mi.data.sessions.find((s) => s.kind === 'race')?.notes).toMatch(/^Race day: 13\.1 mi, predicted /);
    expect(mi.data.sessions.find((s) => s.kind === 'easy')?.notes).toMatch(/^Base, week 1: easy \d+(\.\d)? mi at conversational pace/);
  });
});

describe('the judge (check-draft.ts) measures every constraint', () => {
  it("4: a cutback week's long run no longer than the week before's", () => {
    const r = generatePlan({ distance: 'half', raceDate: '2027-05-16', athlete: athlete() });
    if (!r.ok) throw new Error(r.message);
    const cut = r.data.plan.phases!.find((p) => p.phase === 'recovery')!.week;
    const sessions = r.data.sessions.map((s) => ({ ...s }));
    const long = sessions.find((s) => s.id === `g${cut}-long`)!;
    const before = sessions.find((s) => s.id === `g${cut - 1}-long`)!;
    const easy = sessions.find((s) => s.id.startsWith(`g${cut}-easy`))!;
    // The week's running unchanged (still a cutback), its long run 0.1 km over the week before's.
    const more = before.distanceKm! + 0.1 - long.distanceKm!;
    long.distanceKm = before.distanceKm! + 0.1;
    easy.distanceKm = easy.distanceKm! - more;
    expect(easy.distanceKm).toBeGreaterThan(0);
    const data = { ...r.data, sessions };
    expect(checkDraft(r.data, r.goal)).toEqual([]);
    expect(checkDraft(data, r.goal)).toContain(`4: the long run of cutback week ${cut} is longer than week ${cut - 1}'s`);
  });

  // Week figures are those `stride rules` shows: distances typed or estimated; a session's RPE is its
  // own or its kind's; fast steps count by time or by distance.
  const drafted = () => {
    const r = generatePlan({ distance: 'half', raceDate: '2027-05-16', athlete: athlete() });
    if (!r.ok) throw new Error(r.message);
    return { r, sessions: r.data.sessions.map((s) => ({ ...s })) };
  };

  it('3: an easy run without a typed distance counts at its estimate', () => {
    const { r, sessions } = drafted();
    const easy = sessions.find((s) => s.id.startsWith('g1-easy'))!;
    easy.distanceKm = null;
    easy.durationMin = 240; // about 40 km at the easy pace: week 1 far over 110 % of 30 km
    expect(checkDraft({ ...r.data, sessions }, r.goal).some((p) => p.startsWith('3: week 1 runs'))).toBe(true);
  });

  it("7: a tempo without steps or RPE is hard at its kind's RPE (7)", () => {
    const { r, sessions } = drafted();
    const tempo = sessions.find((s) => s.id === 'g1-quality')!;
    expect(tempo.kind).toBe('tempo');
    delete tempo.steps;
    tempo.durationMin = 90;
    expect(checkDraft({ ...r.data, sessions }, r.goal).some((p) => p.startsWith('7: week 1 has'))).toBe(true);
  });

  it('7: threshold repeats given by distance count their minutes', () => {
    const { r, sessions } = drafted();
    const tempo = sessions.find((s) => s.id === 'g1-quality')!;
    tempo.steps = [{ repeat: 8, steps: [{ type: 'run', distanceKm: 2, target: 'T' }, { type: 'recover', durationMin: 2 }] }];
    expect(checkDraft({ ...r.data, sessions }, r.goal).some((p) => p.startsWith('7: week 1 has'))).toBe(true);
  });
});

const goalArb: fc.Arbitrary<GoalInput> = fc
  .record({
    distance: fc.oneof(
      fc.constantFrom('5k' as const, '10k' as const, 'half' as const, 'marathon' as const),
      fc.integer({ min: 30, max: 1000 }).map((x) => x / 10),
    ),
    level: fc.constantFrom('beginner' as const, 'intermediate' as const, 'advanced' as const),
    runDaysPerWeek: fc.integer({ min: 3, max: 7 }),
    days: fc.option(fc.shuffledSubarray([...DAY_CODES], { minLength: 3 }), { nil: null }),
    longRunPick: fc.nat({ max: 6 }),
    extraWeeks: fc.integer({ min: 0, max: 12 }),
    raceWeekday: fc.integer({ min: 0, max: 6 }),
    weeklyKm: fc.option(fc.integer({ min: 5, max: 90 }), { nil: null }),
    longestKm: fc.option(fc.integer({ min: 3, max: 30 }), { nil: null }),
    pace: fc.option(fc.integer({ min: 240, max: 480 }), { nil: null }),
    sundayWeeks: fc.boolean(),
  })
  .map((r) => {
    const days = r.days ? DAY_CODES.filter((d) => r.days!.includes(d)) : null;
    const pool: DayCode[] = days ?? [...DAY_CODES];
    const longRunDay = r.longRunPick < pool.length && r.longRunPick % 2 === 0 ? pool[r.longRunPick] : null;
    const cls =
      typeof r.distance === 'number'
        ? resolveGoal({ distance: r.distance, raceDate: '2027-01-03', athlete: athlete() }).raceClass
        : r.distance;
    const start = r.sundayWeeks ? '2027-01-03' : '2027-01-04'; // a Sunday, a Monday
    const weeks = MIN_WEEKS[cls] + r.extraWeeks;
    const raceDate = addDays(start, 7 * (weeks - 1) + r.raceWeekday);
    return {
      distance: r.distance,
      raceDate,
      startDate: start,
      ...(r.sundayWeeks ? { weekStartsOn: 'sunday' as const } : {}),
      athlete: {
        level: r.level,
        runDaysPerWeek: r.runDaysPerWeek,
        availableDays: days,
        longRunDay,
        easyPaceSecPerKm: r.pace,
        recentWeeklyKm: r.weeklyKm,
        recentLongestRunKm: r.longestKm,
      },
    };
  });

/** Which of the judge's reasons (refusal-bound.ts) each refusal sentence stands for. */
function sentenceMatches(message: string, reason: string): boolean {
  if (message.startsWith('The athlete can run on')) return reason === 'run-day budget under 3';
  if (message.includes("is before the plan's start")) return reason === 'race before the start';
  if (message.includes('plan needs at least')) return reason === 'fewer weeks than the distance needs';
  if (message.includes('a plan has at most 104')) return reason === 'more than 104 weeks';
  if (message.includes('falls on a day the athlete cannot run')) return reason === 'race on a day off';
  if (message.includes('is not one of the days the athlete can run')) return reason === 'long-run day not available';
  if (message.includes('is the day after the long-run day'))
    return reason === 'race the day after the long-run day at a week start';
  if (message.startsWith('No day the athlete can run'))
    return reason === 'no available day two days from the long-run day';
  if (message.startsWith('With no recent long run')) return reason === 'no recent long run';
  if (message.startsWith('From a longest run') || message.startsWith('From a recent week'))
    return reason.startsWith('the long run reaches at most') || reason.startsWith('no long-run day far enough');
  if (message.startsWith('A race of')) return reason === 'distance outside 3–100 km';
  return false;
}

describe('random goals (property)', () => {
  // Two seeds, 400 goals each (weeks from Monday or Sunday): about 1 % of goals ended in the fallback before the taper search
  // (hH-generator notes); 0 over 72 x 400 of this arbitrary since.
  it.each([13, 2026])(
    'seed %i: every draft meets all eleven constraints; every refusal is one the page forces, never a fallback, and what it offers drafts',
    (seed) => {
      let drafted = 0;
      let refused = 0;
      let justified = 0;
      let offers = 0;
      fc.assert(
        fc.property(goalArb, (input) => {
          const r = generatePlan(input);
          // The judge (refusal-bound.ts) reads only the page's numbers, never the generator's schedule.
          const why = unreachableReason(input);
          if (r.ok) {
            drafted++;
            expect(checkDraft(r.data, r.goal)).toEqual([]);
            expect(why, 'drafted a goal the judge calls unreachable: the judge is wrong').toBeNull();
            return;
          }
          refused++;
          // The fallback ("could not draft this goal within every rule") is a failure of ours, never a reason.
          expect(r.unmet, `fallback refusal: ${r.message} ${JSON.stringify(input)}`).toBeUndefined();
          expect(why, `unjustified refusal: ${r.message} ${JSON.stringify(input)}`).not.toBeNull();
          expect(sentenceMatches(r.message, why ?? ''), `"${r.message}" does not say why: ${why}`).toBe(true);
          justified++;
          // What the sentence offers (the earliest safe date, a shorter race) really drafts.
          if (r.earliestDate && r.message.startsWith('From a ')) {
            offers++;
            const later = generatePlan({ ...input, raceDate: r.earliestDate });
            expect(later.ok, `${r.message} but ${r.earliestDate} is refused: ${JSON.stringify(input)}`).toBe(true);
          }
          if (r.shorter) {
            offers++;
            const alt = generatePlan({ ...input, distance: r.shorter });
            expect(alt.ok, `${r.message} but the ${r.shorter} is refused: ${JSON.stringify(input)}`).toBe(true);
          }
        }),
        { numRuns: 400, seed },
      );
      console.log(
        `seed ${seed}: ${drafted} drafted, ${refused} refused, ${justified} of them justified by the page's numbers; ${offers} offers drafted`,
      );
      expect(drafted).toBeGreaterThan(100);
      expect(justified).toBe(refused);
    },
    120_000, // 400 goals: 5–6 s a seed measured at load 8 on the shared 2-core machine, 20 s at load 12
  );
});
