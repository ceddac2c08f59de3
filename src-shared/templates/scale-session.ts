/**
 * Scaling a template's sessions for another athlete (plan-generator.md "Templates": 50–150 %,
 * rounded to 0.1 km and whole minutes).
 *
 * What scales and what stays, where the spec is silent:
 * - A race keeps its distance (a half marathon is 21.1 km for everyone) and its time; a rest day
 *   has nothing to scale.
 * - Steps: only the easy volume scales (warm-ups, cool-downs and single easy or untargeted runs
 *   outside a repeat); repeats and faster steps stay as the coach wrote them, since "6 × 800 m at
 *   I pace" is the workout itself, while an athlete at 80 % runs less around it.
 * - Anything that would pass a field's limit is refused, naming the session, never clipped.
 */
import { dayLabel } from '../domain/dates';
import { DEFAULT_TITLE } from '../domain/kinds';
import { isFastTarget, isRepeat, STEP_LIMITS, stepDistanceUnit, type StepItem, type WorkoutStep } from '../domain/steps';
import { KM_PER_MILE } from '../domain/units';
import type { CoachSession } from '../domain/types';

export const SCALE_MIN = 50;
export const SCALE_MAX = 150;
const SESSION_MAX_MIN = 1440;
const SESSION_MAX_KM = 300;

/**
 * `value × percent / 100` rounded half up to `digits` decimals, in integers (millionths), so
 * 8.8 km at 50 % is exactly 4.4 and never 4.3999999.
 */
export function scaled(value: number, percent: number, digits: 0 | 1): number {
  const micro = Math.round(value * 1_000_000) * percent; // value in 1e-8 units
  const step = 100_000_000 / 10 ** digits;
  return Math.floor((micro + step / 2) / step) / 10 ** digits;
}

const minutes = (v: number, p: number) => Math.max(1, scaled(v, p, 0));
const km = (v: number, p: number) => (v > 0 ? Math.max(0.1, scaled(v, p, 1)) : v);

/**
 * A step distance the coach wrote in miles (on the mile grid, steps.ts stepDistanceUnit) scales in
 * miles, to 0.1 mi: rounded to 0.1 km, a 2 mi warm-up at 90 % became 2.9 km, and its steps line
 * switched to kilometres on a mile plan. plan-generator.md's "0.1 km" is read as "0.1 of the unit
 * the distance is written in".
 */
function stepKm(v: number, p: number): number {
  if (!(v > 0) || stepDistanceUnit(v, 'km') !== 'mi') return km(v, p);
  return Math.max(0.1, scaled(v / KM_PER_MILE, p, 1)) * KM_PER_MILE;
}

function scalesStep(step: WorkoutStep): boolean {
  if (step.type === 'warmup' || step.type === 'cooldown') return true;
  return step.type === 'run' && !isFastTarget(step.target);
}

function scaleSteps(items: readonly StepItem[], p: number): StepItem[] {
  return items.map((item) => {
    if (isRepeat(item) || !scalesStep(item)) return item;
    const out: WorkoutStep = { ...item };
    if (item.durationMin !== undefined) out.durationMin = minutes(item.durationMin, p);
    if (item.distanceKm !== undefined) out.distanceKm = stepKm(item.distanceKm, p);
    return out;
  });
}

function stepsTooBig(items: readonly StepItem[]): boolean {
  return items.some(
    (i) =>
      !isRepeat(i) &&
      ((i.durationMin ?? 0) > STEP_LIMITS.durationMax || (i.distanceKm ?? 0) > STEP_LIMITS.distanceMax),
  );
}

export type ScaleResult = { ok: true; session: CoachSession } | { ok: false; message: string };

export function scaleSession(s: CoachSession, percent: number): ScaleResult {
  if (percent === 100 || s.kind === 'race' || s.kind === 'rest') return { ok: true, session: s };
  const out: CoachSession = { ...s };
  if (s.durationMin !== null) out.durationMin = minutes(s.durationMin, percent);
  if (s.distanceKm !== null) out.distanceKm = km(s.distanceKm, percent);
  if (s.steps && s.steps.length > 0) out.steps = scaleSteps(s.steps, percent);
  if ((out.durationMin ?? 0) > SESSION_MAX_MIN || (out.distanceKm ?? 0) > SESSION_MAX_KM || stepsTooBig(out.steps ?? [])) {
    const name = `${s.title ?? DEFAULT_TITLE[s.kind]} on ${dayLabel(s.date)}`;
    return {
      ok: false,
      message: `At ${percent} % the ${name} would be longer than a session can be (24 hours, 300 km, or 10 hours or 300 km a step); choose a smaller scale.`,
    };
  }
  return { ok: true, session: out };
}
