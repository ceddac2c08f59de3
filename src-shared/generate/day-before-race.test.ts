/**
 * The day before the race holds rest or a short shake-out (30 minutes at most), whatever the race's
 * weekday. Before, an intermediate half on Tuesday 8 Jun 2027 ran 85 minutes easy on the Monday:
 * race week had no other day before the race, so that Monday took the taper window's running.
 * Every draft still passes checkDraft (every constraint of plan-generator.md).
 */
import { describe, expect, it } from 'vitest';
import type { Level } from '../domain/types';
import { checkDraft } from './check-draft';
import { generatePlan } from './generate-plan';
import type { RaceClass } from './goal';
import { dayBeforeRace } from './week-layout-audit';

const LEVELS: Level[] = ['beginner', 'intermediate', 'advanced'];
const DISTANCES: RaceClass[] = ['5k', '10k', 'half', 'marathon'];
/** Mon 31 May to Sun 6 Jun 2027: a race on every weekday. */
const RACE_DATES = ['2027-05-31', '2027-06-01', '2027-06-02', '2027-06-03', '2027-06-04', '2027-06-05', '2027-06-06'];

function draft(level: Level, distance: RaceClass, runDaysPerWeek: number, raceDate: string) {
  // A Monday race follows a Saturday long run (after Sunday's it is refused): the day before is the taper week's Sunday.
  const longRunDay = raceDate === '2027-05-31' ? ('sat' as const) : null;
  return generatePlan({ distance, raceDate, athlete: { level, runDaysPerWeek, easyPaceSecPerKm: null, longRunDay } });
}

/** The minutes of the longest run on the day before the race (0: none). */
function longestDayBefore(r: Extract<ReturnType<typeof generatePlan>, { ok: true }>): number {
  return Math.max(0, ...dayBeforeRace(r).map((s) => Number(/(\d+) min$/.exec(s)![1])));
}

describe("the coach's example: an intermediate half on Tuesday 8 Jun 2027, 5 days a week", () => {
  it('runs no more than a 30-minute shake-out on the Monday before', () => {
    const r = draft('intermediate', 'half', 5, '2027-06-08');
    if (!r.ok) throw new Error(r.message);
    expect(checkDraft(r.data, r.goal, r.evaluated)).toEqual([]);
    expect(longestDayBefore(r)).toBeLessThanOrEqual(30);
  });
});

describe('the day before the race, every level, distance, 3–7 run days and race weekday', () => {
  const cases = LEVELS.flatMap((level) =>
    DISTANCES.flatMap((distance) => [3, 4, 5, 6, 7].map((days) => [level, distance, days] as const)),
  );
  it.each(cases)('%s %s on %i days: rest or 30 minutes at most, every constraint met', (level, distance, days) => {
    const over: string[] = [];
    for (const raceDate of RACE_DATES) {
      const r = draft(level, distance, days, raceDate);
      if (!r.ok) continue; // refusals are generate-plan.test.ts's (the beginner half's weeks are too few)
      expect(checkDraft(r.data, r.goal, r.evaluated), raceDate).toEqual([]);
      const min = longestDayBefore(r);
      if (min > 30) over.push(`${raceDate}: ${dayBeforeRace(r).join(', ')}`);
    }
    expect(over).toEqual([]);
  });
});
