/**
 * The inspector's steps editor as pure functions: the one line of text and the list edit the
 * same steps (workouts.md). Every change gives new steps; the component saves them as one update.
 */
import { isOverPercentOf, isUnderPercentOf } from '../../../../src-shared/domain/decimal';
import { isRepeat, STEP_LIMITS, stepTotals, type StepItem } from '../../../../src-shared/domain/steps';
import type { AthletePaces } from '../../../../src-shared/domain/paces';
import type { CoachSession } from '../../../../src-shared/domain/types';

/** Moves item `from` to position `to` (both indices into the list). */
export function moveItem(items: readonly StepItem[], from: number, to: number): StepItem[] {
  const out = [...items];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item);
  return out;
}

export function removeItem(items: readonly StepItem[], at: number): StepItem[] {
  return items.filter((_, i) => i !== at);
}

/**
 * Why Add step and Add repeat do nothing on a full list (workouts.md: at most 100 items). They
 * used to do nothing without a word.
 */
export const STEPS_FULL = `A session holds at most ${STEP_LIMITS.items} steps and repeats: remove one, or put steps in a repeat, before adding another`;

/** True when the list has no room for another step or repeat. */
export const isFull = (items: readonly StepItem[]): boolean => items.length >= STEP_LIMITS.items;

/** A new step, as a coach adds one at the end: 10 min easy (a cool-down when it ends a workout). */
export function addStep(items: readonly StepItem[]): StepItem[] {
  if (items.length >= STEP_LIMITS.items) return [...items];
  return [...items, { type: items.length > 0 ? 'cooldown' : 'run', durationMin: 10, target: 'E' }];
}

/** A new repeat block: 4 × (400 m at R, 200 m jog). */
export function addRepeat(items: readonly StepItem[]): StepItem[] {
  if (items.length >= STEP_LIMITS.items) return [...items];
  return [
    ...items,
    {
      repeat: 4,
      steps: [
        { type: 'run', distanceKm: 0.4, target: 'R' },
        { type: 'recover', distanceKm: 0.2 },
      ],
    },
  ];
}

/** Changes a repeat block's count (a count `repeatCount` accepted: 2–50). */
export function setRepeat(items: readonly StepItem[], at: number, count: number): StepItem[] {
  return items.map((item, i) => (i === at && isRepeat(item) ? { ...item, repeat: count } : item));
}

/**
 * A repeat's count as the coach typed it, checked like the inspector's other fields: a count a
 * repeat cannot run (workouts.md: 2–50) is refused in a sentence, never changed into another one
 * (1 used to become 2 and 80 become 50 without a word).
 */
export function repeatCount(text: string): { ok: true; count: number } | { ok: false; error: string } {
  const { repeatMin: min, repeatMax: max } = STEP_LIMITS;
  const range = `A repeat runs ${min} to ${max} times`;
  const t = text.trim();
  if (!t) return { ok: false, error: `${range}: give it a count` };
  if (!/^-?\d+(\.\d*)?$/.test(t)) return { ok: false, error: `${range}: give it a count as a number` };
  const n = Number(t);
  if (!Number.isInteger(n))
    return { ok: false, error: `A repeat runs a whole number of times, ${min} to ${max}; ${t} is not` };
  if (n < min) return { ok: false, error: `${range}; ${n} is fewer than that` };
  if (n > max) return { ok: false, error: `${range}; ${n} is more than that` };
  return { ok: true, count: n };
}

export interface TotalsCheck {
  durationMin: number;
  distanceKm: number;
  estimated: boolean;
  /** Which of the two sums has an estimated part (workouts.md: "≈" where any part was estimated). */
  durationEstimated: boolean;
  distanceEstimated: boolean;
  /** The typed figure differs from the steps' by more than 10 % (workouts.md). */
  durationOff: boolean;
  distanceOff: boolean;
}

/** More than 10 % over or under, compared as decimals (8.8 km is not over 110 % of 8). */
const off = (typed: number | null, steps: number): boolean =>
  typed != null && steps > 0 && (isOverPercentOf(typed, steps, 110) || isUnderPercentOf(typed, steps, 90));

/** The steps' totals beside what the coach typed, flagged where they differ by more than 10 %. */
export function checkTotals(
  items: readonly StepItem[],
  typed: { durationMin: number | null; distanceKm: number | null },
  p: AthletePaces,
): TotalsCheck {
  const t = stepTotals(items, p);
  return {
    durationMin: t.durationMin,
    distanceKm: t.distanceKm,
    estimated: t.estimated,
    durationEstimated: t.durationEstimated,
    distanceEstimated: t.distanceEstimated,
    durationOff: off(typed.durationMin, t.durationMin),
    distanceOff: off(typed.distanceKm, t.distanceKm),
  };
}

/**
 * The session's change when its steps become `next`. A running session without steps needs a
 * duration of its own (main refuses one without): where the coach left the duration to the steps,
 * clearing them keeps the time they added up to, the figure the inspector showed as its duration.
 */
export function stepsPatch(
  session: Pick<CoachSession, 'durationMin' | 'steps'>,
  next: readonly StepItem[],
  p: AthletePaces,
): Partial<Pick<CoachSession, 'steps' | 'durationMin'>> {
  if (next.length > 0) return { steps: [...next] };
  const before = session.steps ?? [];
  if (session.durationMin != null || before.length === 0) return { steps: null };
  const total = Math.round(stepTotals(before, p).durationMin);
  return total > 0 ? { steps: null, durationMin: total } : { steps: null };
}
