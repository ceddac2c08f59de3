import type { Plan } from '../../src-shared/api/entities';
import { StrideError } from '../../src-shared/api/errors';
import type { CoachSession } from '../../src-shared/domain/types';
import { planEndDate } from '../../src-shared/domain/plan-frame';

/** A session's day must lie inside its plan's weeks. */
export function assertInsidePlan(plan: Plan, date: string, field = 'date'): void {
  const end = planEndDate(plan);
  if (date < plan.startDate || date > end) {
    throw new StrideError('invalid-input', `${field}: ${date} is outside the plan (${plan.startDate} to ${end})`, field);
  }
}

/** Rules the schema cannot see alone: a race always has a distance (its long-race rules depend on it). */
export function assertSessionConsistent(session: CoachSession): void {
  if (session.kind === 'race' && session.distanceKm == null) {
    throw new StrideError('invalid-input', 'distanceKm: a race needs a distance', 'distanceKm');
  }
  // v2: steps and races give their own duration (their total, the predicted race time).
  const hasSteps = !!session.steps && session.steps.length > 0;
  if (session.kind !== 'rest' && session.kind !== 'race' && !hasSteps && session.durationMin == null) {
    throw new StrideError('invalid-input', `durationMin: a ${session.kind} session needs a duration`, 'durationMin');
  }
  if (session.kind !== 'rest' && session.durationMin === 0) {
    throw new StrideError('invalid-input', `durationMin: a ${session.kind} session needs a duration over 0 minutes`, 'durationMin');
  }
}
