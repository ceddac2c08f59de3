import { describe, expect, it } from 'vitest';
import type { PlanSession } from '../../../../src-shared/domain/types';
import { cardFigures, cardTooltip, customTitle } from './card-text';

const base = { origin: 'coach' as const, id: 'a', date: '2027-03-02', title: null, notes: null };

describe('a card’s words', () => {
  it('shows duration · distance · RPE, the RPE falling back to the kind’s', () => {
    const s: PlanSession = { ...base, kind: 'intervals', durationMin: 75, distanceKm: 10, rpe: null };
    expect(cardFigures(s, 'km')).toEqual(['1 h 15 min', '10.0 km', 'RPE 8']);
    expect(cardFigures(s, 'mi')).toEqual(['1 h 15 min', '6.2 mi', 'RPE 8']);
  });

  it('leaves out what is not set, and a rest day has no figures', () => {
    expect(cardFigures({ ...base, kind: 'easy', durationMin: 45, distanceKm: null, rpe: 4 }, 'km')).toEqual([
      '45 min',
      'RPE 4',
    ]);
    expect(cardFigures({ ...base, kind: 'rest', durationMin: null, distanceKm: null, rpe: null }, 'km')).toEqual([]);
  });

  it('shows a title only when the coach wrote one', () => {
    expect(customTitle({ ...base, kind: 'intervals', durationMin: 60, distanceKm: null, rpe: null })).toBeNull();
    expect(
      customTitle({ ...base, kind: 'intervals', title: 'Intervals', durationMin: 60, distanceKm: null, rpe: null }),
    ).toBeNull();
    expect(
      customTitle({ ...base, kind: 'intervals', title: '6 × 800 m', durationMin: 60, distanceKm: null, rpe: null }),
    ).toBe('6 × 800 m');
  });

  it('a derived card’s tooltip is its reason', () => {
    const d: PlanSession = {
      origin: 'rule',
      id: 'rule-1',
      date: '2027-03-03',
      kind: 'recovery',
      title: 'Recovery run',
      durationMin: 30,
      distanceKm: 4.5,
      rpe: 3,
      notes: 'n',
      ruleId: 'recovery-after-hard',
      reason: 'Recovery run the day after Tuesday’s intervals',
      sourceId: 'a',
    };
    expect(cardTooltip(d, 'km')).toBe('Recovery run the day after Tuesday’s intervals');
  });
});
