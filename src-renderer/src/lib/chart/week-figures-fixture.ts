/** Test fixture: one plan week's figures, all zero unless given (shared by the chart tests, screen and print). */
import type { WeekFigures } from '../../../../src-shared/domain/types';

export function weekFigures(index: number, start: string, fields: Partial<WeekFigures> = {}): WeekFigures {
  return {
    index,
    start,
    loadAU: 0,
    minutes: 0,
    distanceKm: 0,
    hardSessions: 0,
    runDays: 0,
    monotony: null,
    strain: null,
    acwr: null,
    zones: { low: 0, moderate: 0, high: 0 },
    ...fields,
  };
}
