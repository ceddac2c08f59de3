/**
 * Structured workouts (workouts.md): a session's steps and repeat blocks, their limits, the
 * step types the text leaves unnamed, the totals they give a session (estimated at the
 * athlete's paces where a step has only a time or only a distance) and the sentence an
 * athlete's sheet prints for each item.
 */
import type { AthletePaces, PaceRange, Zone } from './paces';
import { formatPaceRange, WALK_SEC_PER_KM, ZONES } from './paces';
import type { Units } from './types';
import { KM_PER_MILE } from './units';

// The walking pace as a constant of this module: the totals read it for every rest step of a
// plan on each rules pass, and under tsx an imported name is a getter call (see load.ts).
const WALK_PACE = WALK_SEC_PER_KM;

export type StepType = 'warmup' | 'run' | 'recover' | 'cooldown' | 'rest';
export const STEP_TYPES: readonly StepType[] = ['warmup', 'run', 'recover', 'cooldown', 'rest'];

export type StepTarget = Zone | { paceSecPerKm: PaceRange } | { rpe: number };

export interface WorkoutStep {
  type: StepType;
  /** At most one of durationMin and distanceKm; neither is an open step (until the lap button). */
  durationMin?: number;
  distanceKm?: number;
  target?: StepTarget;
  notes?: string;
}

export interface RepeatBlock {
  repeat: number;
  steps: WorkoutStep[];
}

export type StepItem = WorkoutStep | RepeatBlock;

export const STEP_LIMITS = {
  items: 100,
  repeatMin: 2,
  repeatMax: 50,
  blockSteps: 10,
  durationMin: 0.1,
  durationMax: 600,
  distanceMin: 0.05,
  distanceMax: 300,
  notes: 200,
} as const;

export function isRepeat(item: StepItem): item is RepeatBlock {
  return (item as RepeatBlock).repeat !== undefined;
}

export function isZone(t: unknown): t is Zone {
  return typeof t === 'string' && (ZONES as readonly string[]).includes(t);
}

/** A target faster than easy: M, T, I, R or a pace (workouts.md type inference). */
export function isFastTarget(t: StepTarget | undefined): boolean {
  if (t === undefined) return false;
  if (typeof t === 'string') return t !== 'E';
  return 'paceSecPerKm' in t;
}

/** Where a step stands, for the type the text leaves unnamed. */
export type StepContext = { inRepeat: true; index: number } | { inRepeat: false; index: number; count: number };

/** The type a step gets when the text names none (workouts.md "Types where the text names none"). */
export function inferredType(target: StepTarget | undefined, ctx: StepContext): StepType {
  if (ctx.inRepeat) {
    if (ctx.index === 0) return 'run';
    return isFastTarget(target) ? 'run' : 'recover';
  }
  if (ctx.count >= 2 && target === 'E') {
    if (ctx.index === 0) return 'warmup';
    if (ctx.index === ctx.count - 1) return 'cooldown';
  }
  return 'run';
}

// ---------- validation of data (plan files, the store, the contract) ----------

/** Problems with steps as data, each naming its JSON path under `path`; empty when fine. */
export function stepsProblems(value: unknown, path: string): string[] {
  const out: string[] = [];
  if (!Array.isArray(value)) return [`${path}: ${show(value)} is not a list of steps`];
  if (value.length > STEP_LIMITS.items) out.push(`${path}: ${value.length} items; a session holds at most 100`);
  value.forEach((item, i) => {
    const p = `${path}[${i}]`;
    if (item && typeof item === 'object' && 'repeat' in item) {
      const block = item as Record<string, unknown>;
      const n = block.repeat;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < STEP_LIMITS.repeatMin || n > STEP_LIMITS.repeatMax) {
        out.push(`${p}.repeat: ${show(n)} is not a whole number from 2 to 50`);
      }
      const inner = block.steps;
      if (!Array.isArray(inner) || inner.length < 1 || inner.length > STEP_LIMITS.blockSteps) {
        out.push(`${p}.steps: a repeat holds 1–10 steps`);
      } else {
        inner.forEach((s, j) => {
          if (s && typeof s === 'object' && 'repeat' in s) out.push(`${p}.steps[${j}].repeat: repeats do not nest`);
          else out.push(...stepProblems(s, `${p}.steps[${j}]`));
        });
      }
      for (const k of Object.keys(block))
        if (k !== 'repeat' && k !== 'steps') out.push(`${p}.${k}: not a field of a repeat`);
    } else out.push(...stepProblems(item, p));
  });
  return out;
}

function stepProblems(value: unknown, p: string): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [`${p}: ${show(value)} is not a step`];
  const s = value as Record<string, unknown>;
  const out: string[] = [];
  if (!STEP_TYPES.includes(s.type as StepType))
    out.push(`${p}.type: ${show(s.type)} is not one of ${STEP_TYPES.join(', ')}`);
  const d = s.durationMin;
  const k = s.distanceKm;
  if (d != null && (typeof d !== 'number' || !(d >= STEP_LIMITS.durationMin && d <= STEP_LIMITS.durationMax))) {
    out.push(`${p}.durationMin: ${show(d)} is not 0.1–600 minutes`);
  }
  if (k != null && (typeof k !== 'number' || !(k >= STEP_LIMITS.distanceMin && k <= STEP_LIMITS.distanceMax))) {
    out.push(`${p}.distanceKm: ${show(k)} is not 0.05–300 km`);
  }
  if (d != null && k != null) out.push(`${p}: a step has a time or a distance, not both`);
  if (s.target != null) {
    const t = s.target;
    if (typeof t === 'string') {
      if (!isZone(t)) out.push(`${p}.target: ${show(t)} is not E, M, T, I or R`);
    } else if (t && typeof t === 'object' && 'paceSecPerKm' in t) {
      const r = (t as { paceSecPerKm: unknown }).paceSecPerKm;
      if (
        !Array.isArray(r) ||
        r.length !== 2 ||
        !r.every((x) => typeof x === 'number' && x >= 120 && x <= 1200) ||
        r[0] > r[1]
      ) {
        out.push(`${p}.target.paceSecPerKm: ${show(r)} is not [fast, slow] seconds per km within 2:00–20:00`);
      }
    } else if (t && typeof t === 'object' && 'rpe' in t) {
      const r = (t as { rpe: unknown }).rpe;
      if (typeof r !== 'number' || !Number.isInteger(r) || r < 1 || r > 10)
        out.push(`${p}.target.rpe: ${show(r)} is not a whole number 1–10`);
    } else out.push(`${p}.target: ${show(t)} is not a zone, a pace range or an RPE`);
  }
  if (s.notes != null && (typeof s.notes !== 'string' || s.notes.length > STEP_LIMITS.notes)) {
    out.push(`${p}.notes: at most 200 characters`);
  }
  for (const key of Object.keys(s)) {
    if (!['type', 'durationMin', 'distanceKm', 'target', 'notes'].includes(key))
      out.push(`${p}.${key}: not a field of a step`);
  }
  return out;
}

function show(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Steps as data, normalised: nulls dropped, every field in a fixed order (for storing and comparing). */
export function normaliseSteps(items: readonly StepItem[]): StepItem[] {
  return items.map((item) =>
    isRepeat(item) ? { repeat: item.repeat, steps: item.steps.map(normaliseStep) } : normaliseStep(item),
  );
}

function normaliseStep(s: WorkoutStep): WorkoutStep {
  const out: WorkoutStep = { type: s.type };
  if (s.durationMin != null) out.durationMin = s.durationMin;
  if (s.distanceKm != null) out.distanceKm = s.distanceKm;
  if (s.target != null) {
    const t = s.target;
    out.target =
      typeof t === 'string'
        ? t
        : 'rpe' in t
          ? { rpe: t.rpe }
          : { paceSecPerKm: [t.paceSecPerKm[0], t.paceSecPerKm[1]] };
  }
  if (s.notes != null && s.notes !== '') out.notes = s.notes;
  return out;
}

// ---------- totals ----------

/** The pace (s/km) a step is estimated at (paces.md "Paces used to estimate distance and time"). */
export function stepEstimatePace(step: WorkoutStep, p: AthletePaces): number {
  if (step.type === 'rest') return WALK_PACE;
  const t = step.target;
  if (t === undefined || (typeof t === 'object' && 'rpe' in t)) {
    return step.type === 'recover' ? p.recoverySecPerKm : p.easySecPerKm;
  }
  if (typeof t === 'string') return t === 'E' ? p.easySecPerKm : p.centres[t];
  return (t.paceSecPerKm[0] + t.paceSecPerKm[1]) / 2;
}

export interface StepFigures {
  durationMin: number | null;
  distanceKm: number | null;
  durationEstimated: boolean;
  distanceEstimated: boolean;
}

/** One step's time and distance, the missing one estimated; an open step counts nothing. */
export function stepFigures(step: WorkoutStep, p: AthletePaces): StepFigures {
  if (step.durationMin != null) {
    // Walk and rest steps by time count no distance.
    if (step.type === 'rest')
      return { durationMin: step.durationMin, distanceKm: 0, durationEstimated: false, distanceEstimated: false };
    return {
      durationMin: step.durationMin,
      distanceKm: (step.durationMin * 60) / stepEstimatePace(step, p),
      durationEstimated: false,
      distanceEstimated: true,
    };
  }
  if (step.distanceKm != null) {
    return {
      durationMin: (step.distanceKm * stepEstimatePace(step, p)) / 60,
      distanceKm: step.distanceKm,
      durationEstimated: true,
      distanceEstimated: false,
    };
  }
  return { durationMin: null, distanceKm: null, durationEstimated: false, distanceEstimated: false };
}

export interface StepTotals {
  durationMin: number;
  distanceKm: number;
  /** Any part of the time was estimated from a distance. */
  durationEstimated: boolean;
  /** Any part of the distance was estimated from a time. */
  distanceEstimated: boolean;
  /** Either of the two (the `estimated` of `stride steps --json`). */
  estimated: boolean;
  /** Open steps (until the lap button): they count nothing. */
  openSteps: number;
}

/** The sums of a session's steps, each repeat counted its number of times. */
export function stepTotals(items: readonly StepItem[], p: AthletePaces): StepTotals {
  // One accumulator and a module-level helper, not a closure per call: this runs for every
  // session on every evaluation of the plan.
  const t: StepTotals = {
    durationMin: 0,
    distanceKm: 0,
    durationEstimated: false,
    distanceEstimated: false,
    estimated: false,
    openSteps: 0,
  };
  for (const item of items) {
    if (isRepeat(item)) for (const s of item.steps) addStep(t, s, item.repeat, p);
    else addStep(t, item, 1, p);
  }
  t.estimated = t.durationEstimated || t.distanceEstimated;
  return t;
}

function addStep(t: StepTotals, s: WorkoutStep, times: number, p: AthletePaces): void {
  if (s.durationMin != null) {
    t.durationMin += s.durationMin * times;
    // Walk and rest steps by time count no distance.
    const km = s.type === 'rest' ? 0 : (s.durationMin * 60) / stepEstimatePace(s, p);
    t.distanceKm += km * times;
    if (km > 0) t.distanceEstimated = true;
  } else if (s.distanceKm != null) {
    t.durationMin += ((s.distanceKm * stepEstimatePace(s, p)) / 60) * times;
    t.distanceKm += s.distanceKm * times;
    t.durationEstimated = true;
  } else {
    t.openSteps += times;
  }
}

/**
 * Which of the steps' sums are exact, without paces (the flags of `stepTotals`): the time where no
 * step is given by distance, the distance where no step but a rest is given by time. Null when the
 * steps count nothing (empty, or only open steps), so a session's figures come from its kind.
 */
export function stepsExactness(items: readonly StepItem[]): { durationExact: boolean; distanceExact: boolean } | null {
  let counted = false;
  let durationExact = true;
  let distanceExact = true;
  for (const item of items) {
    for (const s of isRepeat(item) ? item.steps : [item]) {
      if (s.durationMin != null) {
        counted = true;
        if (s.type !== 'rest') distanceExact = false;
      } else if (s.distanceKm != null) {
        counted = true;
        durationExact = false;
      }
    }
  }
  return counted ? { durationExact, distanceExact } : null;
}

/** Number of steps, repeats unrolled (what a watch counts). */
export function stepCount(items: readonly StepItem[]): number {
  let n = 0;
  for (const item of items) n += isRepeat(item) ? item.steps.length * item.repeat : 1;
  return n;
}

// ---------- the athlete's sheet ----------

/** The pace range a step's target asks of this athlete (null for no target or an RPE). */
export function targetRange(t: StepTarget | undefined, p: AthletePaces): PaceRange | null {
  if (t === undefined) return null;
  if (typeof t === 'string') return p.zones[t];
  if ('paceSecPerKm' in t) return t.paceSecPerKm;
  return null;
}

export type StepDistanceUnit = 'm' | 'km' | 'mi';

/** Closer than this (0.1 mm) to a grid point is on it: binary noise only, not a different distance. */
const ON_GRID_M = 1e-4;

/**
 * The unit a step's distance is named in, everywhere steps are written (the canonical line, the
 * inspector, print, PDF, iCal), whatever the plan's units. Steps keep kilometres only, so the unit
 * the coach typed is gone; it is read back from the number, because no coach writes "5 × 0.62 mi"
 * for the 1 km reps they typed, nor "3.22 km" for a 2 mi warm-up:
 * 1. a multiple of 50 m (800 m, 1 km, 1.5 km, 150 m strides) is metric: track reps are metric
 *    even in mile plans; under 1 km in metres, else in km (as km plans always wrote them);
 * 2. a multiple of 0.05 mi (2 mi, 0.25 mi, 3.1 mi; 1 mi is 1.609344 km exactly) is in miles, in
 *    km plans too;
 * 3. anything else (a distance from a file or another tool) in the plan's units.
 * No distance up to 300 km is both: the 50 m and the 80.4672 m grids come no closer than 3.2 mm,
 * far more than the 0.1 mm taken as noise.
 */
export function stepDistanceUnit(km: number, units: Units): StepDistanceUnit {
  const metres = km * 1000;
  if (Math.abs(metres - Math.round(metres / 50) * 50) < ON_GRID_M) return metres < 1000 - ON_GRID_M ? 'm' : 'km';
  const twentieths = km / KM_PER_MILE / 0.05;
  if (Math.abs(twentieths - Math.round(twentieths)) * 0.05 * KM_PER_MILE * 1000 < ON_GRID_M) return 'mi';
  if (units === 'mi') return 'mi';
  return km < 1 ? 'm' : 'km';
}

/** "800 m", "2 km", "1.5 mi", "15 min", "1 h 20 min", "90 s" */
export function quantityWords(step: WorkoutStep, units: Units): string {
  if (step.distanceKm != null) {
    const km = step.distanceKm;
    const unit = stepDistanceUnit(km, units);
    if (unit === 'mi') {
      // Thousandths of a mile as typed ("0.125mi"); other distances to the hundredth.
      const mi = km / KM_PER_MILE;
      return `${trim(mi, Math.abs(mi * 1000 - Math.round(mi * 1000)) < 1e-6 ? 3 : 2)} mi`;
    }
    return unit === 'm' ? `${trim(km * 1000, 0)} m` : `${trim(km, 2)} km`;
  }
  if (step.durationMin != null) {
    const sec = Math.round(step.durationMin * 60);
    // As a coach says it: "90 s" under two minutes, "2 min 30 s" above ("1:30 min" read oddly).
    if (sec < 60 || (sec < 120 && sec % 60 !== 0)) return `${sec} s`;
    if (sec % 60 !== 0 && sec < 600) return `${Math.floor(sec / 60)} min ${sec % 60} s`;
    const min = Math.round(sec / 60);
    if (min < 60) return `${min} min`;
    return min % 60 ? `${Math.floor(min / 60)} h ${min % 60} min` : `${min / 60} h`;
  }
  return 'until lap';
}

function trim(x: number, digits: number): string {
  return String(Number(x.toFixed(digits)));
}

const TYPE_WORDS: Record<StepType, string> = {
  warmup: 'warm-up',
  run: '',
  recover: 'recovery',
  cooldown: 'cool-down',
  rest: 'rest',
};

/** "6 × 800 m at 3:52–3:58 /km, 2 min jog" — one line per item, for print, PDF and iCal. */
export function describeItem(item: StepItem, p: AthletePaces, units: Units): string {
  if (isRepeat(item)) {
    const parts = item.steps.map((s) => describeStep(s, p, units));
    return `${item.repeat} × ${parts.join(', ')}`;
  }
  return describeStep(item, p, units);
}

export function describeStep(step: WorkoutStep, p: AthletePaces, units: Units): string {
  const what = step.type === 'recover' && step.target === undefined ? 'jog' : TYPE_WORDS[step.type];
  // An open step says what it is first: "cool-down until lap", "run until lap at …".
  const open = step.distanceKm == null && step.durationMin == null;
  const words = open ? [what || 'run', quantityWords(step, units)] : [quantityWords(step, units)];
  if (!open && what) words.push(what);
  const range = targetRange(step.target, p);
  if (range) words.push(`at ${formatPaceRange(range, units)}`);
  else if (step.target && typeof step.target === 'object' && 'rpe' in step.target)
    words.push(`at RPE ${step.target.rpe}`);
  let text = words.join(' ');
  if (step.notes) text += ` (${step.notes})`;
  return text;
}

export function describeSteps(items: readonly StepItem[], p: AthletePaces, units: Units): string[] {
  return items.map((i) => describeItem(i, p, units));
}
