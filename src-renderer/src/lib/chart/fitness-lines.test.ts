import { describe, expect, it } from 'vitest';
import type { PlanSession, WeekFigures } from '../../../../src-shared/domain/types';
import type { LoadChartOptions } from './chart-types';
import { fitnessOverlay, phaseRuns } from './fitness-figures';
import { buildLoadChartConfig, chartSeries } from './load-chart-config';
import { weekFigures } from './week-figures-fixture';

const athlete = { level: 'intermediate' as const, easyPaceSecPerKm: 360, recentWeeklyKm: 35 };
const plan = { startDate: '2027-03-01', weeks: 2, weekStartsOn: 'monday' as const };
const race: PlanSession = {
  id: 'r',
  date: '2027-03-14',
  kind: 'race',
  title: '10K',
  durationMin: 45,
  distanceKm: 10,
  rpe: null,
  notes: null,
  origin: 'coach',
};
const overlay = fitnessOverlay({ athlete, plan }, [race]);
const WEEKS: WeekFigures[] = [
  weekFigures(1, '2027-03-01'),
  weekFigures(2, '2027-03-08', { loadAU: 405, minutes: 45, zones: { low: 0, moderate: 0, high: 405 } }),
];
const base: LoadChartOptions = { mode: 'load', units: 'km', highlightWeek: null, dark: false };
const withLines = { ...base, fitness: overlay };

describe('fitness, fatigue and form on the load chart', () => {
  it('draws the three lines over every plan day, the figures of `stride rules`', () => {
    const s = chartSeries(buildLoadChartConfig(WEEKS, [], withLines).data);
    expect(s.fitness).toHaveLength(14);
    expect(s.fitness).toEqual(overlay.days.map((d) => d.fitness));
    expect(s.fatigue).toEqual(overlay.days.map((d) => d.fatigue));
    expect(s.form).toEqual(overlay.days.map((d) => d.form));
    // The race day's marker, at its form (13 rest days from a start of 90: fitness 90·e^(−13/42) = 66.04,
    // fatigue 90·e^(−13/7) = 14.05, form +52.0: fatigue fades six times as fast).
    expect(overlay.races[0].form).toBe(52);
    expect(s.race?.filter((v) => v !== null)).toEqual([overlay.races[0].form]);
    expect(s.race?.[13]).toBe(overlay.races[0].form);
  });

  it('puts the days on an axis of their own, laid over the weeks, and the lines on a right-hand axis in AU a day', () => {
    const config = buildLoadChartConfig(WEEKS, [], withLines);
    const scales = config.options!.scales as Record<
      string,
      { labels?: string[]; offset?: boolean; title?: { text: string } }
    >;
    expect(scales.days.labels).toHaveLength(14);
    expect(scales.days.labels?.[0]).toBe('2027-03-01');
    expect(scales.days.offset).toBe(true);
    expect(scales.fitness.title?.text).toBe('AU a day');
    // Instead of the ratio (line, band and 1.5 line): a third axis would not fit the chart's height.
    expect(scales.ratio).toBeUndefined();
    expect(chartSeries(config.data).acwr).toBeUndefined();
    const bands = config.options!.plugins!.strideLoadBands!;
    expect(bands.band).toBeNull();
    expect(bands.line).toBeNull();
  });

  it('calls out the race day’s form', () => {
    const bands = buildLoadChartConfig(WEEKS, [], withLines).options!.plugins!.strideLoadBands!;
    expect(bands.raceLabels).toEqual([{ dayIndex: 13, form: overlay.races[0].form, text: 'Race: form +52' }]);
  });

  it('dims the bars under the lines and names the lines in the legend', () => {
    const config = buildLoadChartConfig(WEEKS, [], withLines);
    const high = config.data.datasets.find((d) => d.strideSeries === 'high');
    expect(high?.backgroundColor).toBe('#D55E0073');
    const legend = config.options!.plugins!.legend!.labels!.generateLabels!({} as never);
    expect(legend.map((l) => l.text)).toEqual([
      'Low (RPE 1–4)',
      'Moderate (RPE 5–6)',
      'High (RPE 7–10)',
      'Fitness',
      'Fatigue',
      'Form',
      'Race day',
      'Flagged week',
    ]);
  });

  it('with the toggle off, the chart is the ratio chart as before', () => {
    const config = buildLoadChartConfig(WEEKS, [], base);
    expect(chartSeries(config.data).fitness).toBeUndefined();
    expect((config.options!.scales as Record<string, unknown>).ratio).toBeDefined();
  });

  it('names a day and its week in the tooltip, and a click on a day selects its week', () => {
    const picked: number[] = [];
    const config = buildLoadChartConfig(WEEKS, [], { ...withLines, onSelectWeek: (w) => picked.push(w) });
    const fitnessIndex = config.data.datasets.findIndex((d) => d.strideSeries === 'fitness');
    const callbacks = config.options!.plugins!.tooltip!.callbacks! as unknown as {
      title: (items: object[]) => string;
      label: (item: object) => string[];
    };
    const item = { datasetIndex: fitnessIndex, dataIndex: 13 };
    expect(callbacks.title([item])).toBe('Week 2 · 8 Mar – 14 Mar');
    const lines = callbacks.label(item);
    expect(lines[0]).toMatch(/^Sun 14 Mar: fitness \d+\.\d · fatigue \d+\.\d · form \+52\.0$/);
    expect(lines[1]).toBe('Race: form +52');
    (config.options!.onClick as (e: unknown, el: object[]) => void)({}, [{ datasetIndex: fitnessIndex, index: 3 }]);
    expect(picked).toEqual([1]);
  });

  it('hands the plan’s phases to the bands plugin', () => {
    const phases = phaseRuns(WEEKS, [
      { week: 1, phase: 'taper' },
      { week: 2, phase: 'race' },
    ]);
    const bands = buildLoadChartConfig(WEEKS, [], { ...base, phases }).options!.plugins!.strideLoadBands!;
    expect(bands.phases).toEqual(phases);
  });
});
