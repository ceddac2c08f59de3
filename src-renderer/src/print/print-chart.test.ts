import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src-shared/domain/dates';
import type { PlanWarning } from '../../../src-shared/domain/types';
import { ZONE_COLOUR } from '../lib/chart/chart-theme';
import { groupedNumber, layoutPrintChart, niceAxis } from './print-chart';
import { weekFigures } from '../lib/chart/week-figures-fixture';

const week = weekFigures;
const addWeeks = (n: number): string => addDays('2027-03-01', n * 7);

const SIZE = { width: 1000, height: 330 };

// Three weeks from Monday 1 March 2027; week 3 spikes.
const WEEKS = [
  week(1, '2027-03-01', { loadAU: 1000, zones: { low: 400, moderate: 300, high: 300 } }),
  week(2, '2027-03-08', { loadAU: 1000, acwr: 1, zones: { low: 1000, moderate: 0, high: 0 } }),
  week(3, '2027-03-15', { loadAU: 2000, acwr: 1.6, zones: { low: 200, moderate: 600, high: 1200 } }),
];
const SPIKE: PlanWarning = {
  ruleId: 'load-spike',
  severity: 'notice',
  dates: ['2027-03-15'],
  sessionIds: [],
  message: 'Week 3 load is 1.6 times the rolling average',
};

describe('the plan PDF load chart', () => {
  it('gives the load axis round steps above the highest week, with the screen chart’s 15 % headroom', () => {
    expect(niceAxis(2000)).toEqual({ top: 2500, step: 500 });
    expect(niceAxis(480)).toEqual({ top: 600, step: 200 });
    expect(niceAxis(87)).toEqual({ top: 125, step: 25 });
    // A plan without load still gets an axis.
    expect(niceAxis(0)).toEqual({ top: 5, step: 1 });
  });

  it('writes axis figures as en-US does (thousands grouped, at most two decimals), without Intl', () => {
    const en = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
    const values = [0, 0.5, 0.25, 1, 12.5, 999, 1000, 1237.5, 2500, 12500, 125000, 1234567.89, 10000000, -1500, -0.75];
    for (const v of values) expect(groupedNumber(v)).toBe(en.format(v));
    for (let v = 0; v <= 250000; v += 12.5) expect(groupedNumber(v)).toBe(en.format(v));
  });

  it('stacks low, moderate and high in the zone colours, each as tall as its load', () => {
    const chart = layoutPrintChart(WEEKS, [], SIZE);
    const third = chart.bars[2];
    expect(third.segments.map((s) => s.zone)).toEqual(['low', 'moderate', 'high']);
    expect(third.segments.map((s) => s.colour)).toEqual([ZONE_COLOUR.low, ZONE_COLOUR.moderate, ZONE_COLOUR.high]);
    const plotHeight = chart.plot.bottom - chart.plot.top;
    // Axis 0–2,500: 1,200 AU of high load is 48 % of the plot's height.
    expect(third.segments[2].height).toBeCloseTo((1200 / 2500) * plotHeight, 6);
    // The stack starts on the axis and its top is the week's load.
    expect(third.segments[0].y + third.segments[0].height).toBeCloseTo(chart.plot.bottom, 6);
    expect(third.segments[2].y).toBeCloseTo(chart.plot.bottom - (2000 / 2500) * plotHeight, 6);
    // A zone without load draws nothing.
    expect(chart.bars[1].segments.map((s) => s.zone)).toEqual(['low']);
    expect(chart.loadTicks.map((t) => t.label)).toEqual(['0', '500', '1,000', '1,500', '2,000', '2,500']);
  });

  it('draws the ratio from week 2 on, with a gap (not a zero) where a week has none', () => {
    const chart = layoutPrintChart(WEEKS, [], SIZE);
    expect(chart.ratioPoints.map((p) => [p.week, p.value])).toEqual([
      [2, 1],
      [3, 1.6],
    ]);
    expect(chart.ratioPaths).toHaveLength(1);
    const gap = layoutPrintChart(
      [...WEEKS, week(4, '2027-03-22', { acwr: null }), week(5, '2027-03-29', { acwr: 0.9 }), week(6, '2027-04-05', { acwr: 1.1 })],
      [],
      SIZE,
    );
    expect(gap.ratioPaths).toHaveLength(2);
    // The ratio axis runs 0–2.5 by 0.5 (as on screen); the band sits between 0.8 and 1.3, the dashed line at 1.5.
    expect(gap.ratioTicks.map((t) => t.label)).toEqual(['0', '0.5', '1', '1.5', '2', '2.5']);
    const at = (v: number) => gap.plot.bottom - (v / 2.5) * (gap.plot.bottom - gap.plot.top);
    expect(gap.band.y).toBeCloseTo(at(1.3), 6);
    expect(gap.band.y + gap.band.height).toBeCloseTo(at(0.8), 6);
    expect(gap.spikeY).toBeCloseTo(at(1.5), 6);
  });

  it('puts a named marker on a flagged week, grey for a notice and amber for a warning', () => {
    const chart = layoutPrintChart(WEEKS, [SPIKE], SIZE);
    expect(chart.flags).toEqual([
      expect.objectContaining({ week: 3, severity: 'notice', label: 'Load spike', labelSide: 'right' }),
    ]);
    // On a narrower chart the name goes left of the last week's marker, inside the plot.
    expect(layoutPrintChart(WEEKS, [SPIKE], { width: 400, height: 200 }).flags[0].labelSide).toBe('left');
    expect(chart.flags[0].x).toBeCloseTo(chart.bars[2].x + chart.bars[2].width / 2, 6);
    const warned = layoutPrintChart(WEEKS, [{ ...SPIKE, ruleId: 'distance-jump', severity: 'warning', dates: ['2027-03-08'] }], SIZE);
    expect(warned.flags).toEqual([expect.objectContaining({ week: 2, severity: 'warning', label: 'Distance jump', labelSide: 'right' })]);
    // Warnings the chart does not mark (a session's) leave the weeks plain.
    expect(layoutPrintChart(WEEKS, [{ ...SPIKE, ruleId: 'back-to-back-hard' }], SIZE).flags).toEqual([]);
  });

  it('labels every week of a short plan and every few weeks of a long one, names only where there is room', () => {
    expect(layoutPrintChart(WEEKS, [], SIZE).xLabels.map((l) => l.text)).toEqual(['W1', 'W2', 'W3']);
    const year = Array.from({ length: 52 }, (_, i) => week(i + 1, '2027-03-01', { acwr: 1 }));
    const labels = layoutPrintChart(year, [], SIZE).xLabels.map((l) => l.text);
    expect(labels[0]).toBe('W1');
    expect(labels.length).toBeGreaterThan(10);
    expect(labels.length).toBeLessThan(52);
    const flagged = layoutPrintChart(year, [{ ...SPIKE, dates: ['2027-03-01'] }], SIZE);
    expect(flagged.flags[0].label).toBeNull();
  });

  it('never prints two flag names over each other: weeks 11 and 12 both spiking ("LLoad spike")', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => week(i + 1, addWeeks(i), { loadAU: 1000, acwr: 1 }));
    const spikes = [11, 12].map((n) => ({ ...SPIKE, dates: [addWeeks(n - 1)] }));
    const chart = layoutPrintChart(twelve, spikes, { width: 1000, height: 330 });
    const boxes = chart.flags
      .filter((f) => f.label)
      .map((f) => {
        const w = f.label!.length * 5.6;
        return f.labelSide === 'right' ? [f.x + 10, f.x + 10 + w] : [f.x - 10 - w, f.x - 10];
      });
    expect(chart.flags).toHaveLength(2);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i][0]).toBeGreaterThanOrEqual(boxes[i - 1][1]);
  });
});
