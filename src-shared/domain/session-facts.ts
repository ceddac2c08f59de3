/** Facts about a single session that the rules, the load figures and the views share. */
import { effectiveRpe, HARD_KINDS, isRunningKind, type SessionKind } from './kinds';

interface SessionLike {
  kind: SessionKind;
  rpe?: number | null;
  distanceKm?: number | null;
}

/** Half-marathon and marathon distances (recovery-rules.md "Long race"). */
export const HALF_MARATHON_KM = 21.0975;
export const MARATHON_KM = 42.195;

/**
 * Hard: a hard kind, or RPE 7+ (its own or its kind's default), so a cross-training or strength
 * session at RPE 7+ is hard too. A rest session is never hard. Only coach sessions are ever
 * judged hard by the rules; derived sessions are recovery runs and rest days.
 */
export function isHardSession(s: SessionLike): boolean {
  if (s.kind === 'rest') return false;
  if (HARD_KINDS.has(s.kind)) return true;
  return (effectiveRpe(s) ?? 0) >= 7;
}

export function isLongRace(s: SessionLike): boolean {
  return s.kind === 'race' && (s.distanceKm ?? 0) >= HALF_MARATHON_KM;
}

export function isMarathonOrLonger(s: SessionLike): boolean {
  return s.kind === 'race' && (s.distanceKm ?? 0) >= MARATHON_KM;
}

export function isRunningSession(s: SessionLike): boolean {
  return isRunningKind(s.kind);
}
