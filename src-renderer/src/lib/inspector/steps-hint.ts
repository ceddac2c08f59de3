/**
 * The steps field's hint, in the plan's units: a pace written without /km or /mi is per the
 * plan's unit (workouts.md), so a mile plan's example pace is a mile pace ("@4:10-4:15" on a
 * mile plan read as a 4-minute mile).
 */
import type { Units } from '../../../../src-shared/domain/types';

export function stepsHint(units: Units): string {
  const distances = units === 'mi' ? '400m, 2mi' : '800m, 2km';
  const pace = units === 'mi' ? '@7:00-7:10 per mile' : '@4:10-4:15 per km';
  return `Times (15min, 1h20, 90s), distances (${distances}), zones E M T I R or ${pace}, jog, rest, 6x(…)`;
}
