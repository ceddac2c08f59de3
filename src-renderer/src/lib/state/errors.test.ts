import { describe, expect, it } from 'vitest';
import { besideField } from './errors';

describe('a refusal shown beside the field it names', () => {
  it('drops the field name main puts first (the field is right there)', () => {
    expect(besideField({ message: 'durationMin: an interval session needs a duration', field: 'durationMin' })).toBe(
      'An interval session needs a duration',
    );
    expect(besideField({ message: 'distanceKm: a race needs a distance', field: 'distanceKm' })).toBe(
      'A race needs a distance',
    );
  });

  it('keeps a message that does not start with its field', () => {
    expect(besideField({ message: 'This plan changed in another window', field: 'name' })).toBe(
      'This plan changed in another window',
    );
    expect(besideField({ message: 'steps[0]: 800 m x is not a step' })).toBe('steps[0]: 800 m x is not a step');
  });
});
