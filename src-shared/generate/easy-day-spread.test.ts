/**
 * A draft's runs are spread through the week, as a coach lays out a week. Before, the easy runs took
 * the first free days in order: an intermediate half on 5 days ran Mon easy, Tue easy, Wed tempo, Thu
 * easy, then nothing on Fri and Sat before Sunday's long run (4 days: Mon, Tue, Wed, Sun). A coach
 * puts easy days between the hard ones and never leaves two days in a row without a run where the
 * week could be laid out otherwise.
 *
 * What is asserted, over the defaults of every level × distance × 3–7 run days (easy-run-floor's
 * matrix): outside race week, a week holding at least 4 run days (coach sessions and the rules'
 * recovery runs, as `stride rules` shows the plan), two or more of them the draft's easy runs, has
 * no two consecutive days without a run in it. 4 runs in 7 days always leave room for that (run, off,
 * run, off, run, off, run), so such a week with two empty days in a row is a bunched layout. Left out:
 * weeks of 3 runs (3 runs in 7 days must leave two days in a row somewhere), and weeks with one easy
 * run or none, whose other runs are where the rules put them (the day after each hard session): the
 * week's volume holds no second easy run of 30 minutes (a cutback or taper week: Mon recovery, Wed
 * quality, Thu recovery, Sun long; week 1, which has no long run before its Monday), and one easy
 * run cannot fill both empty stretches. Every draft still passes `checkDraft`.
 */
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../domain/dates';
import type { DayCode, Level } from '../domain/types';
import { checkDraft } from './check-draft';
import { generatePlan } from './generate-plan';
import type { RaceClass } from './goal';

const LEVELS: Level[] = ['beginner', 'intermediate', 'advanced'];
const DISTANCES: RaceClass[] = ['5k', '10k', 'half', 'marathon'];
const RUN_KINDS = new Set(['easy', 'recovery', 'long', 'tempo', 'intervals', 'hills', 'fartlek', 'race']);
const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function draft(
  level: Level,
  distance: RaceClass,
  runDaysPerWeek: number,
  availableDays: DayCode[] | null = null,
  raceDate = '2027-06-06',
) {
  return generatePlan({
    distance,
    raceDate,
    athlete: { level, runDaysPerWeek, easyPaceSecPerKm: null, availableDays },
  });
}

/** Every day but Friday. */
const NO_FRIDAY: DayCode[] = ['mon', 'tue', 'wed', 'thu', 'sat', 'sun'];

/** Per plan week before race week, the weeks of 4 or more run days that leave two days in a row without a run. */
function bunchedWeeks(
  level: Level,
  distance: RaceClass,
  days: number,
  availableDays: DayCode[] | null = null,
  raceDate = '2027-06-06',
): string[] | null {
  const r = draft(level, distance, days, availableDays, raceDate);
  if (!r.ok) return null;
  expect(checkDraft(r.data, r.goal)).toEqual([]);
  const start = r.data.plan.startDate;
  const bunched: string[] = [];
  for (let w = 0; w < r.data.plan.weeks - 1; w++) {
    const run = new Array<boolean>(7).fill(false);
    let easy = 0;
    for (const s of r.evaluated.sessions) {
      const off = daysBetween(start, s.date) - 7 * w;
      if (off < 0 || off >= 7) continue;
      if (RUN_KINDS.has(s.kind)) run[off] = true;
      if (s.kind === 'easy' && s.origin === 'coach') easy++;
    }
    if (run.filter(Boolean).length < 4 || easy < 2) continue;
    const layout = run.map((x, i) => (x ? DAY_NAMES[i] : '-')).join(' ');
    for (let d = 0; d + 1 < 7; d++)
      if (!run[d] && !run[d + 1]) {
        bunched.push(`week ${w + 1}: ${layout}`);
        break;
      }
  }
  return bunched;
}

describe('runs spread through the week (the defaults of every level, distance and 3–7 run days)', () => {
  const cases = LEVELS.flatMap((level) =>
    DISTANCES.flatMap((distance) => [3, 4, 5, 6, 7].map((days) => [level, distance, days] as const)),
  );
  it.each(cases)(
    '%s %s on %i days: no week of 4+ runs leaves two days in a row without a run',
    (level, distance, days) => {
      const bunched = bunchedWeeks(level, distance, days);
      // The beginner half is refused (easy-run-floor.test.ts says why).
      if (bunched === null) return expect(`${level} ${distance}`).toBe('beginner half');
      expect(bunched).toEqual([]);
    },
  );
});

describe("the coach's example: an intermediate half, race Sun 6 Jun 2027", () => {
  /** Week w's days as the athlete's calendar shows them: the kind on each day, '-' where nothing is. */
  function week(days: number, w: number): string[] {
    const r = draft('intermediate', 'half', days);
    if (!r.ok) throw new Error(r.message);
    const row = new Array<string>(7).fill('-');
    for (const s of r.evaluated.sessions) {
      const off = daysBetween(r.data.plan.startDate, s.date) - 7 * (w - 1);
      if (off >= 0 && off < 7) row[off] = s.kind;
    }
    return row;
  }

  it('on 5 days, a full week runs easy the day after the tempo and the day before the long run', () => {
    // Before: Mon easy, Tue easy, Wed tempo, Thu easy, Fri and Sat empty, Sun long.
    expect(week(5, 3)).toEqual(['easy', '-', 'tempo', 'easy', '-', 'easy', 'long']);
  });

  it('on 5 days, week 1 rests the day after the tempo so its two 40-minute easy runs fall apart', () => {
    // Before: Mon easy, Wed tempo, Thu easy, then Fri and Sat empty. Two easy runs of 30 minutes or
    // more only fit where no recovery run is added: the coach's rest day after the tempo gives that.
    expect(week(5, 1)).toEqual(['easy', '-', 'tempo', 'rest', 'easy', '-', 'long']);
    const r = draft('intermediate', 'half', 5);
    if (!r.ok) throw new Error(r.message);
    const rest = r.data.sessions.find((s) => s.id === 'g1-rest-spread');
    expect(rest?.notes).toBe(
      "Base, week 1: rest the day after the hard session, so the week's easy runs fall between its hard days.",
    );
  });

  it('on 4 days: Mon easy, Wed quality, Fri easy, Sun long', () => {
    // Before: Mon easy, Tue easy, Wed quality, then nothing until Sunday's long run.
    expect(week(4, 3).map((k) => (k === 'rest' ? '-' : k))).toEqual(['easy', '-', 'tempo', '-', 'easy', '-', 'long']);
  });
});

describe('an athlete who cannot run on Fridays (every level and distance, 4–7 run days)', () => {
  // The quality day is the widest gap from the long run, Wednesday or Thursday for a Sunday long run
  // (both three days away), the earlier on a tie. With Friday off, Wednesday's session left Mon, Tue
  // and Thu for the other runs and Fri and Sat empty: Mon easy, Wed quality, Thu easy, then nothing
  // until Sunday. Now the tie goes to the day before the day off (Thursday): the day off is the rest
  // after the hard session, and the easy runs fall on Tue and Sat.
  const cases = LEVELS.flatMap((level) =>
    DISTANCES.flatMap((distance) => [4, 5, 6, 7].map((days) => [level, distance, days] as const)),
  );
  it.each(cases)(
    '%s %s on %i days: no week of 4+ runs leaves two days in a row without a run',
    (level, distance, days) => {
      const bunched = bunchedWeeks(level, distance, days, NO_FRIDAY);
      if (bunched === null) return expect(`${level} ${distance}`).toBe('beginner half');
      expect(bunched).toEqual([]);
    },
  );

  it('an intermediate half on 5 days: week 2 runs Tue easy, Thu intervals, Sat easy, Sun long', () => {
    const r = draft('intermediate', 'half', 5, NO_FRIDAY);
    if (!r.ok) throw new Error(r.message);
    const row = new Array<string>(7).fill('-');
    for (const s of r.evaluated.sessions) {
      const off = daysBetween(r.data.plan.startDate, s.date) - 7;
      if (off >= 0 && off < 7) row[off] = s.kind;
    }
    // Before: Mon easy, Tue -, Wed intervals, Thu easy, Fri (off), Sat -, Sun long.
    expect(row).toEqual(['rest', 'easy', '-', 'intervals', '-', 'easy', 'long']);
  });
});

describe('a race on a Wednesday (every level and distance, 4–7 run days)', () => {
  // Race week (Mon to Wed) has no day for the race's tempo or interval session 2–10 days out (Monday
  // follows Sunday's long run), so it goes in the week before. It took the day nearest 4 days out:
  // Friday, then Saturday easy and Sunday's long run, three runs in a row after an empty Wednesday and
  // Thursday. Now the week before keeps its usual quality day (Wednesday, 7 days out) where that is
  // 2–10 days before the race, and its runs fall as in every other week.
  const cases = LEVELS.flatMap((level) =>
    DISTANCES.flatMap((distance) => [4, 5, 6, 7].map((days) => [level, distance, days] as const)),
  );
  it.each(cases)(
    '%s %s on %i days: no week of 4+ runs leaves two days in a row without a run',
    (level, distance, days) => {
      const bunched = bunchedWeeks(level, distance, days, null, '2027-06-02');
      // The beginner half and marathon are refused: their usual weeks are one short of the peak long run from 6 km.
      if (bunched === null) return expect(`${level} ${distance}`).toMatch(/^beginner (half|marathon)$/);
      expect(bunched).toEqual([]);
    },
  );

  it('an intermediate half on 5 days: the week before the race runs Wed tempo, Fri recovery, Sun long', () => {
    const r = draft('intermediate', 'half', 5, null, '2027-06-02');
    if (!r.ok) throw new Error(r.message);
    const row = new Array<string>(7).fill('-');
    for (const s of r.evaluated.sessions) {
      const off = daysBetween(r.data.plan.startDate, s.date) - 7 * (r.data.plan.weeks - 2);
      if (off >= 0 && off < 7) row[off] = s.kind;
    }
    // Before: Mon rest, Tue easy, Wed and Thu empty, Fri tempo, Sat easy, Sun long. The taper is
    // progressive (build-sessions.ts): this week, the last before race week, runs less than the
    // one before it and more than race week, its runs spread as an eased week's (Thu rest after
    // the tempo, the recovery run on Fri).
    expect(row).toEqual(['recovery', '-', 'tempo', 'rest', 'recovery', '-', 'long']);
  });
});
