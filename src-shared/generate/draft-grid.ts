/**
 * How finely a draft's distances are rounded. Decides the grid every distance the generator
 * chooses is floored to: 0.1 km, or 0.01 km / 1 m in the search's last choices, where a long run
 * only reaches the peak range (plan-generator.md constraint 4) when 10 % growth a week is not lost
 * to rounding down. Flooring, never rounding up, keeps every growth limit (3, 4, 5) a ceiling.
 */

/** To 0.1 km, for figures shown to the coach (notes, session distances from steps). */
export const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * Steps per km of the current attempt. Module state rather than a parameter threaded through every
 * sizing function: the generator is synchronous and sets it only inside `withGrid`, so a draft never
 * sees another attempt's value.
 */
let stepsPerKm = 10;

/** Floored to the current grid; the 1e-9 absorbs binary error (0.75 × 2.8 km is 2.0999… km, floored to 2.1). */
export const floor1 = (x: number): number => Math.floor(x * stepsPerKm + 1e-9) / stepsPerKm;

/** Runs `fn` with distances floored to 1/`grid` km, then restores the usual 0.1 km. */
export function withGrid<T>(grid: 10 | 100 | 1000, fn: () => T): T {
  stepsPerKm = grid;
  try {
    return fn();
  } finally {
    stepsPerKm = 10;
  }
}
