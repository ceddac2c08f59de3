import { describe, expect, it } from 'vitest';
import { highlightIndexOf } from './load-chart-config';
import { onlyHighlightDiffers, type LoadChartInput } from './live-update';
import { weekFigures } from './week-figures-fixture';

const weeks = [weekFigures(1, '2027-03-01'), weekFigures(2, '2027-03-08'), weekFigures(3, '2027-03-15')];
const input = (parts: Partial<LoadChartInput> = {}): LoadChartInput => ({
  weeks,
  warnings: [],
  mode: 'load',
  units: 'km',
  highlightWeek: 1,
  dark: false,
  fitness: null,
  phases: [],
  ...parts,
});

describe('onlyHighlightDiffers: when the chart is redrawn rather than updated', () => {
  it('is true when only the highlighted week moved (the calendar scrolled)', () => {
    expect(onlyHighlightDiffers(input(), input({ highlightWeek: 3 }))).toBe(true);
    expect(onlyHighlightDiffers(input(), input({ highlightWeek: null }))).toBe(true);
  });

  it('is false when nothing changed, or when the figures, the mode or the scheme changed too', () => {
    expect(onlyHighlightDiffers(input(), input())).toBe(false);
    const heavier = [weeks[0], weekFigures(2, '2027-03-08', { loadAU: 999 }), weeks[2]];
    expect(onlyHighlightDiffers(input(), input({ highlightWeek: 2, weeks: heavier }))).toBe(false);
    expect(onlyHighlightDiffers(input(), input({ highlightWeek: 2, mode: 'distance' }))).toBe(false);
    expect(onlyHighlightDiffers(input(), input({ highlightWeek: 2, dark: true }))).toBe(false);
  });
});

describe('highlightIndexOf', () => {
  it("finds a week among the chart's weeks by its 1-based number", () => {
    expect(highlightIndexOf(weeks, 2)).toBe(1);
    expect(highlightIndexOf(weeks, 9)).toBeNull();
    expect(highlightIndexOf(weeks, null)).toBeNull();
  });
});
