import { describe, expect, it } from 'vitest';
import { placeFlagLabels } from './flag-labels';

describe('flag names beside their markers', () => {
  it('puts a name right of its marker, or left at the plot edge', () => {
    expect(placeFlagLabels([{ x: 100, width: 60 }], 0, 1000)).toEqual(['right']);
    expect(placeFlagLabels([{ x: 960, width: 60 }], 0, 1000)).toEqual(['left']);
  });

  it('never writes two names over each other: the last two weeks both flagged ("LLoad spike")', () => {
    // Twelve weeks across 900 units: week 11 at 862.5, week 12 at 937.5 (plot ends at 975).
    const sides = placeFlagLabels(
      [
        { x: 862.5, width: 62 },
        { x: 937.5, width: 62 },
      ],
      0,
      975,
    );
    expect(sides).toEqual(['left', null]);
  });

  it('keeps a name off the next week’s marker', () => {
    expect(
      placeFlagLabels(
        [
          { x: 100, width: 60 },
          { x: 150, width: null },
        ],
        0,
        1000,
      ),
    ).toEqual(['left', null]);
  });
});
