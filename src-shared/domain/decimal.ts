/**
 * Exact decimal helpers. Plan numbers are decimals as written in the plan file (8.8 km,
 * 37.5 min). Binary floating point cannot hold most of them exactly, so comparisons against
 * thresholds ("over 110 %") and rounding ("halves up") are done on integers scaled by 10^6,
 * which is exact for every value with up to six decimals — more than any plan field uses.
 */

const SCALE = 1_000_000;

/** The value as an integer number of millionths (exact for up to six decimals). */
export function toMicro(value: number): number {
  return Math.round(value * SCALE);
}

export function fromMicro(micro: number): number {
  return micro / SCALE;
}

/** Sum of decimals without float drift (8.8 + 0.1 + 0.1 is 9, not 9.000000000000002). */
export function sumDecimals(values: readonly number[]): number {
  let micro = 0;
  for (const v of values) micro += toMicro(v);
  return fromMicro(micro);
}

/** Round to `digits` decimals, halves up (toward +infinity), exactly for decimal input. */
export function roundHalfUp(value: number, digits = 0): number {
  const micro = toMicro(value);
  const step = SCALE / 10 ** digits;
  const rounded = Math.floor((micro + step / 2) / step) * step;
  return Number((rounded / SCALE).toFixed(digits));
}

export const round1 = (value: number): number => roundHalfUp(value, 1);

/** `a > b × percent / 100`, compared exactly (8.8 is not over 110 % of 8). */
export function isOverPercentOf(a: number, b: number, percent: number): boolean {
  return toMicro(a) * 100 > toMicro(b) * percent;
}

/** `a < b × percent / 100`, compared exactly (7.2 is not under 90 % of 8). */
export function isUnderPercentOf(a: number, b: number, percent: number): boolean {
  return toMicro(a) * 100 < toMicro(b) * percent;
}
