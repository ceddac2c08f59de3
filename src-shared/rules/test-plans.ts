/**
 * Builders for the plans the rules tests use: weeks a coach would recognise. Dates are in 2027,
 * whose 1 March is a Monday, so "Tuesday" below is 2027-03-02 in week 1.
 */
import { addDays } from '../domain/dates';
import { DEFAULT_DURATION_MIN, type SessionKind } from '../domain/kinds';
import {
  DEFAULT_ATHLETE_SETTINGS,
  type AthleteSettings,
  type CoachSession,
  type Dismissal,
  type PlanFrame,
  type RulesInput,
} from '../domain/types';

export const PLAN_START = '2027-03-01'; // a Monday

/** Week `week` (1-based) of a plan starting PLAN_START, weekday 0 = Monday … 6 = Sunday. */
export function dayOf(week: number, weekday: number, start = PLAN_START): string {
  return addDays(start, 7 * (week - 1) + weekday);
}

export const MON = 0;
export const TUE = 1;
export const WED = 2;
export const THU = 3;
export const FRI = 4;
export const SAT = 5;
export const SUN = 6;

export function athlete(over: Partial<AthleteSettings> = {}): AthleteSettings {
  return { ...DEFAULT_ATHLETE_SETTINGS, ...over };
}

export function frame(weeks = 8, startDate = PLAN_START): PlanFrame {
  return { startDate, weeks, weekStartsOn: 'monday' };
}

/** A coach session with the kind's usual duration and no other numbers unless given. */
export function session(id: string, date: string, kind: SessionKind, over: Partial<CoachSession> = {}): CoachSession {
  return {
    id,
    date,
    kind,
    title: null,
    durationMin: DEFAULT_DURATION_MIN[kind],
    distanceKm: null,
    rpe: null,
    notes: null,
    ...over,
  };
}

export function input(parts: {
  athlete?: Partial<AthleteSettings>;
  plan?: PlanFrame;
  sessions: CoachSession[];
  dismissed?: Dismissal[];
}): RulesInput {
  return {
    athlete: athlete(parts.athlete),
    plan: parts.plan ?? frame(),
    sessions: parts.sessions,
    dismissed: parts.dismissed ?? [],
  };
}

/** A 10K build week: 6 x 800 m on Tuesday, an easy run on Thursday, the long run on Sunday. */
export function tenKWeek(week = 1): CoachSession[] {
  return [
    session(`w${week}-int`, dayOf(week, TUE), 'intervals', {
      title: '6 x 800 m',
      durationMin: 55,
      distanceKm: 10,
      rpe: 8,
    }),
    session(`w${week}-easy`, dayOf(week, THU), 'easy', { durationMin: 45, distanceKm: 8 }),
    session(`w${week}-long`, dayOf(week, SUN), 'long', { durationMin: 90, distanceKm: 16, rpe: 6 }),
  ];
}

/** A beginner's three runs: easy Tuesday, tempo Thursday, long run Saturday. */
export function beginnerWeek(week = 1): CoachSession[] {
  return [
    session(`w${week}-easy`, dayOf(week, TUE), 'easy', { durationMin: 30, distanceKm: 4 }),
    session(`w${week}-tempo`, dayOf(week, THU), 'tempo', { durationMin: 30, distanceKm: 5 }),
    session(`w${week}-long`, dayOf(week, SAT), 'long', { durationMin: 50, distanceKm: 7 }),
  ];
}

export function halfMarathon(id: string, date: string, over: Partial<CoachSession> = {}): CoachSession {
  return session(id, date, 'race', { title: null, durationMin: 105, distanceKm: 21.0975, rpe: 9, ...over });
}

export function marathon(id: string, date: string, over: Partial<CoachSession> = {}): CoachSession {
  return session(id, date, 'race', { title: null, durationMin: 225, distanceKm: 42.195, rpe: 9, ...over });
}
