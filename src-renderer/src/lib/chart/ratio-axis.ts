import type { WeekFigures } from '../../../../src-shared/domain/types';

/**
 * Top of the acute:chronic ratio axis, shared by the screen chart (load-chart-config.ts) and the
 * PDF's (print/print-chart.ts). Its own module so the print page does not load the screen chart's
 * configuration, plugins and legends for one function.
 */

/** Headroom above the highest ratio, so its points clear the flag markers along the top. */
export function ratioAxisMax(weeks: readonly WeekFigures[]): number {
  let max = 2;
  for (const w of weeks) if (w.acwr !== null && w.acwr > max) max = w.acwr;
  return Math.ceil(max * 1.15 * 2) / 2;
}
