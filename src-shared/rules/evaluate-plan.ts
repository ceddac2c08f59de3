/**
 * The whole of recovery-rules.md and load.md applied to a plan: the coach's sessions untouched,
 * the derived ones beside them, the week figures and every warning. One pure function, run by
 * the renderer for its instant preview and by the main process for what is stored and exported.
 */
import { computeWeekTotals, weekFiguresFromTotals } from '../domain/load';
import * as estimating from '../domain/session-estimates';
import { toDayNumber } from '../domain/dates';
import type { DerivedSession, EvaluatedPlan, PlanSession, PlanWarning, RulesInput } from '../domain/types';
import { compareDateThenId, deriveSessions, indexCoachSessions, type CoachIndex } from './derive-sessions';
import * as copies from './plan-session-copy';
import { compareWarnings, sessionWarnings } from './session-warnings';
import { weekWarningsOfTotals } from './week-warnings';

// What the per-session loops call, read once (tsx's getters: see domain/load.ts).
const { planPaces } = estimating;
const { coachCopies, ruleCopy } = copies;

export function evaluatePlan(original: RulesInput): EvaluatedPlan {
  // v2: where the coach typed no distance (or duration) the rules read the estimate (paces.md);
  // the sessions given back keep the typed fields and carry the estimates beside them.
  // Each coach session is read once for its estimates, the copy the rules read and the copy given back.
  const coach = coachCopies(original.sessions, planPaces(original.athlete));
  const input = coach.rules === original.sessions ? original : { ...original, sessions: coach.rules };
  const index = indexCoachSessions(input); // each date parsed once, for the rules and the warnings
  const derivedDays: number[] = [];
  const derived = deriveSessions(input, index, derivedDays);
  const { sessions, days } = planSessions(coach.plan, index, derived, derivedDays);
  // The week totals once, for the figures and the week warnings alike.
  const totals = computeWeekTotals(input.plan, sessions, days);
  const weeks = weekFiguresFromTotals(totals);
  const warnings = [...sessionWarnings(input, derived, index), ...weekWarningsOfTotals(input, sessions, totals, weeks)];
  return { sessions, derived, warnings: distinctWarnings(warnings.sort(compareWarnings)), weeks };
}

/**
 * One back-to-back warning per sentence: two identical sessions on a day (a copy pasted twice)
 * made the same pair twice, listed twice with the same words. The repeats are folded into the
 * first, which then names every session and date involved.
 */
export function distinctWarnings(warnings: PlanWarning[]): PlanWarning[] {
  const first = new Map<string, PlanWarning>();
  const out: PlanWarning[] = [];
  for (const w of warnings) {
    // Other rules name a session and the one it is compared with, in that order: kept apart.
    if (w.ruleId !== 'back-to-back-hard') {
      out.push(w);
      continue;
    }
    const key = `${w.ruleId}\u0000${w.message}`;
    const seen = first.get(key);
    if (!seen) {
      first.set(key, w);
      out.push(w);
      continue;
    }
    for (const id of w.sessionIds) if (!seen.sessionIds.includes(id)) seen.sessionIds.push(id);
    for (const d of w.dates) if (!seen.dates.includes(d)) seen.dates.push(d);
  }
  return out;
}

/**
 * The rules' input as the rules read it (v2): every coach session without a typed distance or
 * duration carries its estimate in their place, marked `distanceEstimated` (`resolvedSession`).
 */
export function withEstimates(input: RulesInput): RulesInput {
  const { rules } = coachCopies(input.sessions, planPaces(input.athlete));
  return rules === input.sessions ? input : { ...input, sessions: rules };
}

/** Beyond this day a date has five digits of year, and text order is no longer day order. */
const LAST_FOUR_DIGIT_DAY = toDayNumber('9999-12-31');

/**
 * Every session of the plan, coach and derived, in date-then-id order (`compareDateThenId`), with
 * their day numbers where all are known. The index already holds the coach sessions in that order
 * and the derived ones come by day, so the two are merged rather than sorted, unless some coach
 * date is no calendar date (then only text order can place it).
 */
function planSessions(
  coach: readonly PlanSession[],
  index: CoachIndex,
  derived: readonly DerivedSession[],
  derivedDays: readonly number[],
): { sessions: PlanSession[]; days: number[] | undefined } {
  const sessions: PlanSession[] = [];
  if (index.dated.length !== coach.length || index.end - 1 > LAST_FOUR_DIGIT_DAY) {
    for (let i = 0; i < coach.length; i++) sessions.push(coach[i]);
    for (const d of derived) sessions.push(ruleCopy(d));
    return { sessions: sessions.sort(compareDateThenId), days: undefined };
  }
  // Four-digit years: day order is text order. Derived ids never equal a coach id (derivedId).
  const days: number[] = [];
  let next = 0;
  for (const c of index.dated) {
    while (
      next < derived.length &&
      (derivedDays[next] < c.day || (derivedDays[next] === c.day && derived[next].id < c.session.id))
    ) {
      sessions.push(ruleCopy(derived[next]));
      days.push(derivedDays[next++]);
    }
    sessions.push(coach[c.at]);
    days.push(c.day);
  }
  for (; next < derived.length; next++) {
    sessions.push(ruleCopy(derived[next]));
    days.push(derivedDays[next]);
  }
  return { sessions, days };
}
