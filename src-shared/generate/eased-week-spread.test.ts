/**
 * Cutback and taper weeks spread their runs as a coach lays them out. Their running is too little
 * for 30-minute easy runs beside the rules' recovery runs, which sit the day after each hard
 * session, so the runs bunched: an intermediate marathon, race Thu 3 Jun 2027, ran week 14 (taper)
 * Mon recovery, Wed intervals, Thu recovery, then Fri and Sat empty before Sunday's long run. Now the
 * coach rests the day after the hard session and the recovery run comes later in the week (Thu rest,
 * Fri recovery): the same running, run days and load.
 *
 * Counted (week-layout-audit.ts): in cutback weeks (phase `recovery`, or 15 % under the week
 * before), taper weeks and race week up to the race, weeks with two days in a row without a run
 * while two runs sit on consecutive days, where the week's easy and recovery runs could go on other
 * days the athlete can run (the hard sessions kept) leaving no two days in a row empty. Over every
 * level x distance x 3–7 run days x race weekday: 96 such weeks before (85 drafts), 0 after; with
 * Monday off, 84 before, 0 after. Every draft still passes checkDraft.
 *
 * And an athlete who cannot run on Monday runs on no Monday, in any week: race week and the
 * recovery after the race included (0 before and after: the rules put no run on a day off).
 */
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../domain/dates';
import type { DayCode, Level } from '../domain/types';
import { checkDraft } from './check-draft';
import { generatePlan } from './generate-plan';
import type { RaceClass } from './goal';
import { bunchedEasedWeeks, runsOnDaysOff } from './week-layout-audit';

const LEVELS: Level[] = ['beginner', 'intermediate', 'advanced'];
const DISTANCES: RaceClass[] = ['5k', '10k', 'half', 'marathon'];
/** Mon 31 May to Sun 6 Jun 2027: a race on every weekday (a Monday race follows Sunday's long run: refused). */
const RACE_DATES = ['2027-05-31', '2027-06-01', '2027-06-02', '2027-06-03', '2027-06-04', '2027-06-05', '2027-06-06'];
const NO_MONDAY: DayCode[] = ['tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function draft(level: Level, distance: RaceClass, days: number, raceDate: string, availableDays: DayCode[] | null) {
  return generatePlan({
    distance,
    raceDate,
    athlete: { level, runDaysPerWeek: days, easyPaceSecPerKm: null, availableDays },
  });
}

const cases = LEVELS.flatMap((level) =>
  DISTANCES.flatMap((distance) => [3, 4, 5, 6, 7].map((days) => [level, distance, days] as const)),
);

for (const [label, avail] of [
  ['every day available', null],
  ['Monday off', NO_MONDAY],
] as const) {
  describe(`cutback and taper weeks spread their runs (${label}, every race weekday)`, () => {
    it.each(cases)('%s %s on %i days', (level, distance, days) => {
      const bunched: string[] = [];
      for (const raceDate of RACE_DATES) {
        const r = draft(level, distance, days, raceDate, avail ? [...avail] : null);
        if (!r.ok) continue;
        expect(checkDraft(r.data, r.goal, r.evaluated), raceDate).toEqual([]);
        bunched.push(...bunchedEasedWeeks(r).map((x) => `${raceDate} ${x}`));
        if (avail) expect(runsOnDaysOff(r), raceDate).toEqual([]);
      }
      expect(bunched).toEqual([]);
    });
  });
}

describe("the coach's example: an intermediate marathon on 5 days, race Thu 3 Jun 2027", () => {
  it('week 15 (taper) runs Mon recovery, Wed tempo, Thu rest, Fri recovery, Sun long', () => {
    const r = draft('intermediate', 'marathon', 5, '2027-06-03', null);
    if (!r.ok) throw new Error(r.message);
    const row = new Array<string>(7).fill('-');
    for (const s of r.evaluated.sessions) {
      const off = daysBetween(r.data.plan.startDate, s.date) - 7 * 14;
      if (off >= 0 && off < 7) row[off] = s.kind;
    }
    // Before: recovery, -, intervals, recovery, -, -, long (then in week 14, which the taper
    // scaled whole; only its Friday to Sunday lie in the 13 days before the race, so it now runs
    // its first four days as the build did and week 15 is the eased one).
    expect(row).toEqual(['recovery', '-', 'tempo', 'rest', 'recovery', '-', 'long']);
  });
});

describe('Monday off: race week and the recovery after the race', () => {
  it('an intermediate half on 5 days, race Tue 8 Jun 2027: no run on a Monday, the day before the race included', () => {
    const r = draft('intermediate', 'half', 5, '2027-06-08', NO_MONDAY);
    if (!r.ok) throw new Error(r.message);
    expect(checkDraft(r.data, r.goal, r.evaluated)).toEqual([]);
    expect(runsOnDaysOff(r)).toEqual([]);
    // The recovery after the race lies within the sessions checked.
    expect(r.evaluated.sessions.some((s) => s.date > '2027-06-08')).toBe(true);
  });
});

describe('Monday off, weeks starting on Sunday (the long-run day): race week runs on its Sunday', () => {
  // Race week has no long run, so its first day, the long-run day, held nothing: with Monday off that
  // made two empty days in a row before Tue, Wed and Thu running up to a Friday race. Now that Sunday
  // may hold an easy run like any free day.
  it.each(cases.filter(([, , days]) => days >= 4 && days <= 6))('%s %s on %i days', (level, distance, days) => {
    const bunched: string[] = [];
    for (const raceDate of RACE_DATES.slice(1, 6)) {
      const r = generatePlan({
        distance,
        raceDate,
        weekStartsOn: 'sunday',
        athlete: { level, runDaysPerWeek: days, easyPaceSecPerKm: null, availableDays: [...NO_MONDAY] },
      });
      if (!r.ok) continue;
      expect(checkDraft(r.data, r.goal, r.evaluated), raceDate).toEqual([]);
      expect(runsOnDaysOff(r), raceDate).toEqual([]);
      bunched.push(
        ...bunchedEasedWeeks(r)
          .filter((x) => x.includes('(race)'))
          .map((x) => `${raceDate} ${x}`),
      );
    }
    expect(bunched).toEqual([]);
  });
});
