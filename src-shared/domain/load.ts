/**
 * Training-load figures per plan week (load.md): the one computation behind the load chart, the
 * week summary cells, the command line's `weeks` output and the exports.
 *
 * Every sum is kept as an integer number of millionths (see decimal.ts), so 0.1 + 0.2 never
 * drifts and thresholds can be compared exactly. Ratios that end in a square root (monotony,
 * strain) or a division (acwr) are rounded from a float estimate, and only when that estimate
 * sits within a hair of a half is the exact answer settled with BigInt — fast and exact.
 *
 * Overflow note: sums stay exact while they are below 2^53 millionths (about 9 billion AU or
 * km in one week), far beyond any plan the file format allows.
 */
import * as dayNumbers from './day-number';
import { toDayNumber, type IsoDate } from './dates';
import * as decimal from './decimal';
import * as kindFactsModule from './kind-facts';
import { effectiveRpe, type SessionKind } from './kinds';
import type { PlanFrame, PlanSession, WeekFigures, ZoneLoads } from './types';

// The functions the per-session loop of computeWeekTotals calls, read once here. tsx (which runs
// `npm run bench` and the dev tools) loads each file as CommonJS, where every use of an imported
// name is a getter call: over a 104-week plan those calls took half the time of the totals.
// Bundled code (the app, the built CLI) is the same either way.
const { dateOfDayNumber, dayNumberOrNull } = dayNumbers;
const { fromMicro, toMicro } = decimal;
const { isHardWith, kindFacts, rpeWith } = kindFactsModule;

export type Zone = keyof ZoneLoads;

interface LoadLike {
  kind: SessionKind;
  durationMin: number | null;
  rpe: number | null;
  /** v2: a session without a typed duration counts its estimate (steps' total, a race's predicted time). */
  estimatedDurationMin?: number;
}

const MICRO = 1_000_000;

/** A session's load in millionths of an AU: minutes × RPE (own or the kind's); rest is 0. */
export function sessionLoadMicro(s: LoadLike): number {
  if (s.kind === 'rest') return 0;
  const rpe = effectiveRpe(s) ?? 0;
  return s.durationMin != null ? loadMicroOf(s.durationMin, rpe) : estimatedLoadMicro(s.estimatedDurationMin ?? 0, rpe);
}

/**
 * v2: the load of an estimated duration. The estimate is no finite decimal (10 km at 346 s/km is
 * 57.666… min), so the product is rounded to millionths once: 173 AU at RPE 3, where rounding the
 * minutes first made 173.000001.
 */
function estimatedLoadMicro(minutes: number, rpe: number): number {
  return toMicro(minutes * rpe);
}

function loadMicroOf(minutes: number, rpe: number): number {
  // The plan file only allows integer RPE, which keeps micro-minutes × RPE exact; a fractional
  // RPE (never stored, but the type allows it) falls back to the decimal product.
  return Number.isInteger(rpe) ? toMicro(minutes) * rpe : toMicro(minutes * rpe);
}

/** Session-RPE load (Foster 2001): `durationMin × rpe` in AU; a rest session counts 0. */
export function sessionLoad(s: LoadLike): number {
  return fromMicro(sessionLoadMicro(s));
}

/** Three-zone model (Seiler): RPE 1–4 low, 5–6 moderate, 7–10 high; rest has no zone. */
export function sessionZone(s: { kind: SessionKind; rpe: number | null }): Zone | null {
  if (s.kind === 'rest') return null;
  const rpe = effectiveRpe(s) ?? 0;
  if (rpe < 5) return 'low';
  if (rpe < 7) return 'moderate';
  return 'high';
}

/**
 * One plan week in exact form: every quantity in integer millionths. This is the single source
 * the week figures and the week warnings (rules/week-warnings.ts) are both computed from.
 */
export interface WeekTotals {
  index: number; // 1-based
  start: IsoDate;
  /** Load of each of the seven days, first day of the week first, in millionths of an AU. */
  dayLoadMicro: number[];
  loadMicro: number;
  minutesMicro: number;
  /** Unrounded distance of the week's running sessions, in millionths of a km. */
  distanceMicro: number;
  /** v2: the part of `distanceMicro` that races ran (distance-jump and taper-short leave races out). */
  raceDistanceMicro: number;
  /** v2: running distance of each of the seven days, races left out (taper-short's window). */
  dayDistanceMicro: number[];
  /** v2: race sessions in the week (no `load-spike` on a week that holds a race). */
  races: number;
  /** v2: the part of it that was estimated (paces.md). */
  estimatedMicro: number;
  /**
   * v2: running sessions other than races whose distance was estimated. An estimate is not a
   * finite decimal: a threshold on a figure that involves one compares doubles (`isOverDouble`),
   * the millionths plus `runErrorKm` (each estimate less its millionths, summed), per day in
   * `dayErrorKm` (null while the week has no estimate).
   */
  estimatedRuns: number;
  runErrorKm: number;
  dayErrorKm: number[] | null;
  zonesMicro: ZoneLoads;
  /** Hard coach sessions. */
  hardSessions: number;
  /** Days holding a running session, coach or derived. */
  runDays: number;
  /** Days holding a running coach session (for `over-run-days`). */
  coachRunDays: number;
}

function bitCount7(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/**
 * Exact per-week totals of the plan's sessions (coach and derived); others are ignored. `days`,
 * where the caller already has them (evaluatePlan), are the day numbers of the sessions' dates in
 * the same order (null: no calendar date), so the dates need not be read again.
 */
export function computeWeekTotals(
  plan: PlanFrame,
  sessions: readonly PlanSession[],
  days?: readonly (number | null)[],
): WeekTotals[] {
  const weekCount = Math.max(0, Math.floor(plan.weeks));
  const first = toDayNumber(plan.startDate);
  const totals: WeekTotals[] = new Array(weekCount);
  const runMask = new Array<number>(weekCount).fill(0);
  const coachRunMask = new Array<number>(weekCount).fill(0);
  for (let i = 0; i < weekCount; i++) {
    totals[i] = {
      index: i + 1,
      start: dateOfDayNumber(first + 7 * i),
      dayLoadMicro: [0, 0, 0, 0, 0, 0, 0],
      loadMicro: 0,
      minutesMicro: 0,
      distanceMicro: 0,
      raceDistanceMicro: 0,
      dayDistanceMicro: [0, 0, 0, 0, 0, 0, 0],
      races: 0,
      estimatedMicro: 0,
      estimatedRuns: 0,
      runErrorKm: 0,
      dayErrorKm: null,
      zonesMicro: { low: 0, moderate: 0, high: 0 },
      hardSessions: 0,
      runDays: 0,
      coachRunDays: 0,
    };
  }
  const planDays = 7 * weekCount;
  for (let i = 0; i < sessions.length; i++) {
    const s = sessions[i];
    const dayNumber = days ? days[i] : dayNumberOrNull(s.date);
    const offset = dayNumber === null ? -1 : dayNumber - first;
    if (offset < 0 || offset >= planDays) continue;
    const w = (offset / 7) | 0;
    const d = offset - 7 * w;
    const t = totals[w];
    // The kind's facts and the RPE read once for load, zone, distance and hardness
    // (sessionLoadMicro, sessionZone, isRunningKind and isHardSession would each read them again):
    // this loop runs over every session on every drag frame.
    const facts = kindFacts(s.kind);
    const rpe = rpeWith(s, facts);
    if (s.kind !== 'rest') {
      // A rest session counts 0 load and 0 minutes whatever it holds.
      const load =
        s.durationMin != null
          ? loadMicroOf(s.durationMin, rpe)
          : estimatedLoadMicro((s as LoadLike).estimatedDurationMin ?? 0, rpe); // as sessionLoadMicro
      t.dayLoadMicro[d] += load;
      t.loadMicro += load;
      t.minutesMicro += toMicro(s.durationMin ?? (s.origin === 'coach' ? s.estimatedDurationMin : undefined) ?? 0);
      if (rpe < 5) t.zonesMicro.low += load;
      else if (rpe < 7) t.zonesMicro.moderate += load;
      else t.zonesMicro.high += load;
    }
    if (facts.running) {
      let distance = 0;
      let error = Number.NaN; // an estimate less its millionths; NaN for a typed distance
      if (s.distanceKm != null) distance = toMicro(s.distanceKm);
      else if (s.origin === 'coach' && s.estimatedDistanceKm !== undefined) {
        distance = toMicro(s.estimatedDistanceKm);
        t.estimatedMicro += distance;
        error = s.estimatedDistanceKm - distance / MICRO;
      }
      t.distanceMicro += distance;
      if (s.kind === 'race') {
        t.raceDistanceMicro += distance;
        t.races++;
      } else {
        t.dayDistanceMicro[d] += distance;
        if (error === error) {
          t.estimatedRuns++;
          t.runErrorKm += error;
          (t.dayErrorKm ??= [0, 0, 0, 0, 0, 0, 0])[d] += error;
        }
      }
      runMask[w] |= 1 << d;
      if (s.origin === 'coach') coachRunMask[w] |= 1 << d;
    }
    if (s.origin === 'coach' && isHardWith(s, facts)) t.hardSessions++;
  }
  for (let i = 0; i < weekCount; i++) {
    totals[i].runDays = bitCount7(runMask[i]);
    totals[i].coachRunDays = bitCount7(coachRunMask[i]);
  }
  return totals;
}

// ---------------------------------------------------------------------------------------------
// Exact rounding and comparison

/**
 * `floor(v + 1/2)` for a non-negative v, from a float estimate of v; null where the estimate lies
 * within a relative 1e-9 of a half and cannot be trusted (then `roundHalfUpExact` settles it).
 * Two plain functions rather than one taking a callback: this runs for every week on every
 * evaluation, and a closure per call costs more than the arithmetic.
 */
function roundHalfUpTrusted(estimate: number): number | null {
  const k = Math.floor(estimate + 0.5);
  if (!(estimate >= 0)) return k; // negative loads cannot come from a valid plan: no exact check
  const frac = estimate + 0.5 - k;
  const tolerance = 1e-9 * Math.max(1, estimate);
  return frac > tolerance && frac < 1 - tolerance ? k : null;
}

/** `floor(v + 1/2)` exactly, for v² = n / m, from (2k − 1)²·m ≤ 4n < (2k + 1)²·m. Works for ratios too (v = p/q: n = p², m = q²). */
function roundHalfUpExact(estimate: number, n: bigint, m: bigint): number {
  let kk = BigInt(Math.max(0, Math.floor(estimate + 0.5)));
  while (kk > 0n && (2n * kk - 1n) ** 2n * m > 4n * n) kk--;
  while ((2n * kk + 1n) ** 2n * m <= 4n * n) kk++;
  return Number(kk);
}

/** Integer-millionths value rounded half up to `digits` decimals. */
function roundMicro(micro: number, digits: number): number {
  const step = MICRO / 10 ** digits;
  return Math.floor((micro + step / 2) / step) / 10 ** digits;
}

/**
 * The week's daily deviations scaled to integers: e_i = 7·L_i − S. With these,
 * monotony = mean / population SD = S / √D where 7·D = Σ e_i², so monotony² = 7·S² / Σ e_i².
 * Working from deviations avoids the cancellation of `7·ΣL² − S²` in floating point.
 * `deviationSumSq` is the float Σ e_i²; `deviationSumSqExact` the same sum in BigInt, only
 * computed where a float answer lies too close to a limit or a half.
 */
function deviationSumSq(week: WeekTotals): number {
  const sum = week.loadMicro;
  const l = week.dayLoadMicro;
  let sumSq = 0;
  for (let i = 0; i < 7; i++) {
    const e = 7 * l[i] - sum;
    sumSq += e * e;
  }
  return sumSq;
}

function deviationSumSqExact(week: WeekTotals): bigint {
  const sum = week.loadMicro;
  let acc = 0n;
  for (const l of week.dayLoadMicro) {
    const e = BigInt(7 * l - sum);
    acc += e * e;
  }
  return acc;
}

/** True when all seven daily loads are equal: the deviation is exactly 0 and monotony has no value. */
export function hasFlatDays(week: WeekTotals): boolean {
  const l = week.dayLoadMicro;
  for (let i = 1; i < 7; i++) if (l[i] !== l[0]) return false;
  return true;
}

/** Whether the week's unrounded monotony is over `limit` (a decimal), exactly; false where it has no value. */
export function isMonotonyOver(week: WeekTotals, limit: number): boolean {
  if (hasFlatDays(week)) return false;
  const sum = week.loadMicro;
  const sumSqFloat = deviationSumSq(week);
  // monotony > limit  ⇔  7·S² / Σe² > limit². Far from the limit the float answer is safe; near it,
  // compare exactly: 7·S²·10^12 > limitMicro²·Σe².
  const squared = (7 * sum * sum) / sumSqFloat;
  const limitSquared = limit * limit;
  if (Math.abs(squared - limitSquared) > 1e-9 * limitSquared) return squared > limitSquared;
  const s = BigInt(sum);
  const lim = BigInt(toMicro(limit));
  return 7n * s * s * 10n ** 12n > lim * lim * deviationSumSqExact(week);
}

/**
 * `a > b` for figures that involve an estimated distance (recovery-rules.md "Warnings"): not
 * finite decimals, so compared in double precision, where a relative difference under 1e-9 is
 * no difference (a run of exactly 110 % of an estimated one is not over it).
 */
export function isOverDouble(a: number, b: number): boolean {
  return a - b > 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** The integers behind a week's acwr: ratio = weeks × loadMicro / windowMicro. */
export interface AcwrTerms {
  loadMicro: number;
  /** Load of this week and up to three before it. */
  windowMicro: number;
  /** How many weeks the window holds (2 to 4). */
  weeks: number;
}

/** Acute:chronic terms of week `i` (0-based); null for week 1 and where the window's load is 0. */
export function acwrTerms(totals: readonly WeekTotals[], i: number): AcwrTerms | null {
  if (i <= 0) return null;
  const from = Math.max(0, i - 3);
  let windowMicro = 0;
  for (let j = from; j <= i; j++) windowMicro += totals[j].loadMicro;
  if (windowMicro === 0) return null;
  return { loadMicro: totals[i].loadMicro, windowMicro, weeks: i - from + 1 };
}

/** Whether weeks × load / window > limit, exactly (limit a decimal such as 1.5). */
export function isAcwrOver(terms: AcwrTerms, limit: number): boolean {
  // Far from the limit the float ratio is safe; near it, compare the integers exactly.
  const ratio = (terms.weeks * terms.loadMicro) / terms.windowMicro;
  if (Math.abs(ratio - limit) > 1e-9 * limit) return ratio > limit;
  return (
    BigInt(terms.weeks) * BigInt(terms.loadMicro) * BigInt(MICRO) > BigInt(toMicro(limit)) * BigInt(terms.windowMicro)
  );
}

// ---------------------------------------------------------------------------------------------
// The figures

function figuresOfWeek(totals: readonly WeekTotals[], i: number): WeekFigures {
  const t = totals[i];
  let monotony: number | null = null;
  let strain: number | null = null;
  if (!hasFlatDays(t)) {
    const sum = t.loadMicro;
    const unrounded = (sum * Math.sqrt(7)) / Math.sqrt(deviationSumSq(t)); // S·√7 / √Σe²
    // monotony to 0.01: (100·v)² = 70000·S² / Σe²
    const m100 = 100 * unrounded;
    monotony =
      (roundHalfUpTrusted(m100) ?? roundHalfUpExact(m100, 70000n * BigInt(sum) ** 2n, deviationSumSqExact(t))) / 100;
    // strain = loadAU × unrounded monotony: v² = 7·S⁴ / (10^12·Σe²)
    const st = (sum / MICRO) * unrounded;
    strain =
      roundHalfUpTrusted(st) ?? roundHalfUpExact(st, 7n * BigInt(sum) ** 4n, 10n ** 12n * deviationSumSqExact(t));
  }
  let acwr: number | null = null;
  const terms = acwrTerms(totals, i);
  if (terms) {
    // ratio × 100 = weeks · load · 100 / window: squared for the exact check.
    const p = terms.weeks * terms.loadMicro * 100;
    const q = terms.windowMicro;
    acwr =
      (roundHalfUpTrusted(p / q) ??
        roundHalfUpExact(p / q, (BigInt(terms.weeks) * BigInt(terms.loadMicro) * 100n) ** 2n, BigInt(q) ** 2n)) / 100;
  }
  return {
    index: t.index,
    start: t.start,
    loadAU: fromMicro(t.loadMicro),
    minutes: fromMicro(t.minutesMicro),
    distanceKm: roundMicro(t.distanceMicro, 1),
    estimatedKm: roundMicro(t.estimatedMicro, 1),
    hardSessions: t.hardSessions,
    runDays: t.runDays,
    monotony,
    strain,
    acwr,
    zones: {
      low: fromMicro(t.zonesMicro.low),
      moderate: fromMicro(t.zonesMicro.moderate),
      high: fromMicro(t.zonesMicro.high),
    },
  };
}

/** The displayed figures of exact week totals (load.md "Per plan week"). */
export function weekFiguresFromTotals(totals: readonly WeekTotals[]): WeekFigures[] {
  const out: WeekFigures[] = new Array(totals.length);
  for (let i = 0; i < totals.length; i++) out[i] = figuresOfWeek(totals, i);
  return out;
}

/** One entry per plan week: load, minutes, distance, hard sessions, run days, zones, monotony, strain, acwr. */
export function computeWeekFigures(plan: PlanFrame, sessions: readonly PlanSession[]): WeekFigures[] {
  return weekFiguresFromTotals(computeWeekTotals(plan, sessions));
}
