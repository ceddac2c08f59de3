/**
 * The whole of recovery-rules.md and load.md applied to a plan: the coach's sessions untouched,
 * the derived ones beside them, the week figures and every warning. One pure function, run by
 * the renderer for its instant preview and by the main process for what is stored and exported.
 */
import { computeWeekFigures } from '../domain/load';
import { planPaces, sessionEstimates } from '../domain/session-estimates';
import type { CoachSession, EvaluatedPlan, PlanSession, PlanWarning, RulesInput, SessionEstimates } from '../domain/types';
import { compareDateThenId, deriveSessions, indexCoachSessions } from './derive-sessions';
import { compareWarnings, sessionWarnings } from './session-warnings';
import { weekWarnings } from './week-warnings';

export function evaluatePlan(original: RulesInput): EvaluatedPlan {
  // v2: where the coach typed no distance (or duration) the rules read the estimate (paces.md);
  // the sessions given back keep the typed fields and carry the estimates beside them.
  const estimates = estimatesOf(original);
  const input = withEstimates(original, estimates);
  const index = indexCoachSessions(input); // each date parsed once, for the rules and the warnings
  const derived = deriveSessions(input, index);
  const sessions: PlanSession[] = [];
  // Object.assign rather than spread: the same copy, about ten times faster in V8 for this shape,
  // and this runs on every frame of a drag.
  original.sessions.forEach((s, i) => sessions.push(Object.assign({}, s, COACH, estimates[i])));
  for (const d of derived) sessions.push(Object.assign({}, d, RULE));
  sessions.sort(compareDateThenId);
  const weeks = computeWeekFigures(input.plan, sessions);
  const warnings = [...sessionWarnings(input, derived, index), ...weekWarnings(input, sessions, weeks)];
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

function estimatesOf(input: RulesInput): (SessionEstimates | null)[] {
  const paces = planPaces(input.athlete);
  return input.sessions.map((s) => sessionEstimates(s, paces));
}

/**
 * The rules' input as the rules read it (v2): every coach session without a typed distance or
 * duration carries its estimate in their place, marked `distanceEstimated`.
 */
export function withEstimates(input: RulesInput, estimates = estimatesOf(input)): RulesInput {
  return estimates.some((e) => e !== null) ? { ...input, sessions: input.sessions.map((s, i) => resolved(s, estimates[i])) } : input;
}

/** A coach session as the rules read it: the estimate in place of an empty figure, marked. */
function resolved(s: CoachSession, e: SessionEstimates | null): CoachSession {
  if (!e) return s;
  return Object.assign({}, s, {
    distanceKm: s.distanceKm ?? e.estimatedDistanceKm ?? null,
    durationMin: s.durationMin ?? e.estimatedDurationMin ?? null,
    distanceEstimated: s.distanceKm == null && e.estimatedDistanceKm !== undefined,
  });
}

const COACH = { origin: 'coach' } as const;
const RULE = { origin: 'rule' } as const;
