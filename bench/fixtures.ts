/** A realistic plan for benches: `weeks` weeks, 6 sessions a week, a coach's usual mix. */
import { addDays } from '../src-shared/domain/dates';
import type { SessionKind } from '../src-shared/domain/kinds';
import type { CoachSession, RulesInput } from '../src-shared/domain/types';
import { DEFAULT_ATHLETE_SETTINGS } from '../src-shared/domain/types';

// Mon strength, Tue intervals, Thu tempo, Fri and Sat easy, Sun long: Wednesday stays open,
// so the rules derive a recovery run there every week.
const WEEK: Array<[offset: number, kind: SessionKind, min: number, km: number | null]> = [
  [0, 'strength', 40, null],
  [1, 'intervals', 60, 10],
  [3, 'tempo', 50, 10],
  [4, 'easy', 40, 7],
  [5, 'easy', 45, 8],
  [6, 'long', 100, 18],
];

export function benchSessions(startDate: string, weeks: number): CoachSession[] {
  const out: CoachSession[] = [];
  for (let w = 0; w < weeks; w++) {
    for (const [offset, kind, min, km] of WEEK) {
      out.push({
        id: `w${w + 1}-${offset}`,
        date: addDays(startDate, w * 7 + offset),
        kind,
        title: null,
        durationMin: min,
        distanceKm: km == null ? null : km + (w % 4) * 0.5,
        rpe: null,
        notes: null,
      });
    }
  }
  return out;
}

export function benchRulesInput(weeks: number): RulesInput {
  const startDate = '2027-01-04';
  return {
    athlete: { ...DEFAULT_ATHLETE_SETTINGS, runDaysPerWeek: 6 },
    plan: { startDate, weeks, weekStartsOn: 'monday' },
    sessions: benchSessions(startDate, weeks),
    dismissed: [],
  };
}
