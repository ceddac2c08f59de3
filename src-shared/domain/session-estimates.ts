/**
 * Distances and durations the coach left empty, estimated at the athlete's paces (paces.md
 * "Paces used to estimate distance and time", recovery-rules.md v2 "distance"). A typed value is
 * never replaced: the estimate is a separate figure every surface marks with "≈".
 */
import * as kinds from './kinds';
import * as paces from './paces';
import type { AthletePaces, PaceSource } from './paces';
import * as steps from './steps';
import type { AthleteSettings, CoachSession, SessionEstimates } from './types';

// What sessionEstimates calls for each session of a plan on every rules pass, read once
// (tsx's getters: see load.ts).
const { isRunningKind } = kinds;
const { athletePaces, kindEstimatePace, raceEstimateSec } = paces;
const { stepTotals, stepsExactness } = steps;

/** The paces the estimates of this athlete's plan use. */
export function planPaces(a: Pick<AthleteSettings, 'level' | 'easyPaceSecPerKm' | 'recentRace'>): AthletePaces {
  return athletePaces(a as PaceSource);
}

/**
 * A coach session's estimates, or null when it needs none: a running session's distance is its
 * typed one, else its steps' sum, else its duration at its kind's pace; its duration is the typed
 * one, else its steps' total, else (a race) the predicted race time, else its distance at its
 * kind's pace. Unrounded. The duration is set first and a figure only with a value (never
 * `undefined`): evaluatePlan's copies (rules/plan-session-copy.ts) rely on both.
 */
export function sessionEstimates(s: CoachSession, p: AthletePaces): SessionEstimates | null {
  if (s.kind === 'rest') return null;
  const needDistance = s.distanceKm == null && isRunningKind(s.kind);
  const needDuration = s.durationMin == null;
  if (!needDistance && !needDuration) return null;
  const out: SessionEstimates = {};
  const steps = s.steps && s.steps.length > 0 ? stepTotals(s.steps, p) : null;
  const stepsCount = steps !== null && (steps.durationMin > 0 || steps.distanceKm > 0);
  if (needDuration) {
    if (stepsCount) out.estimatedDurationMin = steps.durationMin;
    else if (s.kind === 'race' && s.distanceKm != null && s.distanceKm > 0)
      out.estimatedDurationMin = raceEstimateSec(s.distanceKm, p) / 60;
    else if (s.distanceKm != null && s.distanceKm > 0) {
      const pace = kindEstimatePace(s.kind, p);
      if (pace != null) out.estimatedDurationMin = (s.distanceKm * pace) / 60;
    }
  }
  if (needDistance) {
    if (stepsCount) out.estimatedDistanceKm = steps.distanceKm;
    else {
      const minutes = s.durationMin ?? 0;
      const pace = kindEstimatePace(s.kind, p);
      if (minutes > 0 && pace != null) out.estimatedDistanceKm = (minutes * 60) / pace;
    }
  }
  return out.estimatedDistanceKm === undefined && out.estimatedDurationMin === undefined ? null : out;
}

/** A session as `shownDistance` and `shownDuration` read it: its steps tell an exact sum from an estimate. */
type Shown = SessionEstimates & { steps?: readonly steps.StepItem[] | null };

/** The estimate came from steps whose sum for this figure is exact (workouts.md: "≈" only where a part was estimated). */
function exactFromSteps(s: Shown, figure: 'durationExact' | 'distanceExact'): boolean {
  if (!s.steps || s.steps.length === 0) return false;
  const exact = stepsExactness(s.steps);
  return exact !== null && exact[figure];
}

/** What a session shows and counts: typed where typed, else the estimate (`estimated` true where any part of it was). */
export function shownDistance(s: { distanceKm: number | null } & Shown): {
  km: number | null;
  estimated: boolean;
} {
  if (s.distanceKm != null) return { km: s.distanceKm, estimated: false };
  if (s.estimatedDistanceKm != null) return { km: s.estimatedDistanceKm, estimated: !exactFromSteps(s, 'distanceExact') };
  return { km: null, estimated: false };
}

export function shownDuration(s: { durationMin: number | null } & Shown): {
  min: number | null;
  estimated: boolean;
} {
  if (s.durationMin != null) return { min: s.durationMin, estimated: false };
  if (s.estimatedDurationMin != null) return { min: s.estimatedDurationMin, estimated: !exactFromSteps(s, 'durationExact') };
  return { min: null, estimated: false };
}
