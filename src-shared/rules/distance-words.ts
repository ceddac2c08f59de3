/**
 * Distances in the warnings' sentences, in the plan's units: a miles coach reads "Week 2 runs
 * 16.2 mi" beside week totals and cards in miles. The rules compare kilometres (millionths, exact);
 * only the words change.
 */
import type { Units } from '../domain/types';
import { KM_PER_MILE } from '../domain/units';

/**
 * A distance held in millionths of a km, to 0.1 of the plan's unit, halves up, with the unit:
 * "8.8 km", "16 km", "5.5 mi". `oneDecimal` keeps the decimal of whole numbers ("20.0 km"), as
 * the week figures show them. A plan without units is a km plan.
 */
export function distanceWords(micro: number, units: Units | undefined, oneDecimal = false): string {
  // km stays exact integer arithmetic on the millionths; miles divide first (display only).
  const tenths = units === 'mi' ? Math.floor((micro / KM_PER_MILE + 50_000) / 100_000) : Math.floor((micro + 50_000) / 100_000);
  const value = tenths / 10;
  return `${oneDecimal ? value.toFixed(1) : String(value)} ${units === 'mi' ? 'mi' : 'km'}`;
}
