import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ATHLETE_SETTINGS,
  type CoachSession,
  type PlanWarning,
  type WeekFigures,
} from '../../../../src-shared/domain/types';
import { evaluatePlan } from '../../../../src-shared/rules/evaluate-plan';
import { buildLoadChartConfig, chartSeries } from './load-chart-config';
import type { LoadChartConfig, LoadChartOptions } from './chart-types';
import { keepLayoutPlugin, sameChartInput, updateLoadChart, type LoadChartInput } from './live-update';
import { describeLoadChart, weekFigureLines, yAxisTitle } from './week-text';
import { weekFigures } from './week-figures-fixture';

const week = weekFigures;

// Four weeks from Monday 1 March 2027, figures as main would send them.
const WEEKS: WeekFigures[] = [
  week(1, '2027-03-01', {
    loadAU: 585,
    minutes: 135,
    distanceKm: 22.5,
    runDays: 2,
    monotony: 0.71,
    strain: 415,
    zones: { low: 135, moderate: 450, high: 0 },
  }),
  week(2, '2027-03-08', {
    loadAU: 1140,
    minutes: 225,
    distanceKm: 40,
    hardSessions: 1,
    runDays: 4,
    monotony: 0.95,
    strain: 1083,
    acwr: 1.32,
    zones: { low: 210, moderate: 450, high: 480 },
  }),
  week(3, '2027-03-15', { loadAU: 0, acwr: 0 }),
  week(4, '2027-03-22', {
    loadAU: 2400,
    minutes: 400,
    distanceKm: 64.4,
    hardSessions: 2,
    runDays: 6,
    monotony: 2.31,
    strain: 5544,
    acwr: 2.34,
    zones: { low: 400, moderate: 500, high: 1500 },
  }),
];

const spike: PlanWarning = {
  ruleId: 'load-spike',
  severity: 'notice',
  dates: ['2027-03-22'],
  sessionIds: [],
  message: 'Week 4 load…',
};
const monotony: PlanWarning = {
  ruleId: 'high-monotony',
  severity: 'notice',
  dates: ['2027-03-22'],
  sessionIds: [],
  message: 'Week 4 monotony…',
};
const jump: PlanWarning = {
  ruleId: 'distance-jump',
  severity: 'warning',
  dates: ['2027-03-08'],
  sessionIds: [],
  message: 'Week 2 runs…',
};
// A session warning on a week's first day is not a week flag for the chart.
const backToBack: PlanWarning = {
  ruleId: 'back-to-back-hard',
  severity: 'warning',
  dates: ['2027-03-15', '2027-03-16'],
  sessionIds: ['a', 'b'],
  message: '…',
};

const base: LoadChartOptions = { mode: 'load', units: 'km', highlightWeek: null, dark: false };

const series = (config: LoadChartConfig) => chartSeries(config.data);

describe('buildLoadChartConfig', () => {
  it('stacks one bar per week from the zone loads, low → moderate → high', () => {
    const config = buildLoadChartConfig(WEEKS, [], base);
    const s = series(config);
    expect(config.data.labels).toEqual(['W1', 'W2', 'W3', 'W4']);
    expect(s.low).toEqual([135, 210, 0, 400]);
    expect(s.moderate).toEqual([450, 450, 0, 500]);
    expect(s.high).toEqual([0, 480, 0, 1500]);
    const bars = config.data.datasets.filter((d) => d.type === 'bar');
    expect(bars.map((d) => d.backgroundColor)).toEqual(['#009E73', '#E69F00', '#D55E00']);
    // Stacked on the same axis: the three zones of a week add up to its load.
    expect(config.options?.scales?.y?.stacked).toBe(true);
    expect(new Set(bars.map((d) => d.stack)).size).toBe(1);
    expect(s.distance).toBeUndefined();
  });

  it('draws the acute:chronic ratio as a line on its own right-hand axis, a missing ratio a gap', () => {
    const config = buildLoadChartConfig(WEEKS, [], base);
    const line = config.data.datasets.find((d) => d.strideSeries === 'acwr')!;
    expect(line.type).toBe('line');
    expect(line.data).toEqual([null, 1.32, 0, 2.34]);
    expect(line.yAxisID).toBe('ratio');
    expect((line as { spanGaps?: boolean }).spanGaps).toBe(false);
    expect(config.options?.scales?.ratio?.position).toBe('right');
    // Room above the highest ratio (2.34): the axis reaches past it.
    expect(config.options?.scales?.ratio?.max).toBeGreaterThan(2.34);
    // The sweet spot is shaded from 0.8 to 1.3 on that axis.
    const bands = config.options?.plugins?.strideLoadBands;
    expect(bands?.band).toMatchObject({ from: 0.8, to: 1.3 });
    expect(bands?.line).toMatchObject({ at: 1.5 });
    expect(config.plugins?.map((p) => p.id)).toEqual(['strideLoadBands']);
    // The legend names the band and the line, after the zones.
    const generate = config.options?.plugins?.legend?.labels?.generateLabels as unknown as () => { text: string }[];
    expect(generate().map((i) => i.text)).toEqual([
      'Low (RPE 1–4)',
      'Moderate (RPE 5–6)',
      'High (RPE 7–10)',
      'Acute:chronic ratio',
      'Ratio 0.8–1.3',
      'Ratio 1.5',
      'Flagged week',
    ]);
  });

  it('in distance mode shows one series in the plan units: 40 km is 24.9 mi, 64.4 km 40.0 mi', () => {
    const config = buildLoadChartConfig(WEEKS, [], { ...base, mode: 'distance', units: 'mi' });
    const s = series(config);
    expect(s.distance).toEqual([14, 24.9, 0, 40]);
    expect(s.low).toBeUndefined();
    expect(config.data.datasets.filter((d) => d.type === 'bar')).toHaveLength(1);
    expect(config.options?.scales?.y?.title).toMatchObject({ text: 'Distance (mi)' });
    const km = series(buildLoadChartConfig(WEEKS, [], { ...base, mode: 'distance', units: 'km' }));
    expect(km.distance).toEqual([22.5, 40, 0, 64.4]);
  });

  it('in minutes mode shows the week minutes with a min axis', () => {
    const config = buildLoadChartConfig(WEEKS, [], { ...base, mode: 'minutes' });
    expect(series(config).minutes).toEqual([135, 225, 0, 400]);
    expect(config.options?.scales?.y?.title).toMatchObject({ text: 'Time (min)' });
    expect(yAxisTitle('load', 'km')).toBe('Load (AU)');
  });

  it('puts a flag marker only on weeks with a load spike, distance jump or high monotony', () => {
    const config = buildLoadChartConfig(WEEKS, [spike, monotony, jump, backToBack], base);
    const flags = config.data.datasets.find((d) => d.strideSeries === 'flags')!;
    expect(flags.data).toEqual([null, 1, null, 1]);
    expect((flags as { pointStyle?: string }).pointStyle).toBe('triangle');
    // Amber for the distance-jump warning, grey for the notices.
    const colours = (flags as { pointBackgroundColor?: string[] }).pointBackgroundColor!;
    expect(colours[1]).toBe('#E69F00');
    expect(colours[3]).toBe('#8a8f96');
    // The short names beside the markers.
    expect(config.options?.plugins?.strideLoadBands?.flagLabels).toEqual([
      null,
      'Distance jump',
      null,
      'Load spike · Monotony',
    ]);
    const none = buildLoadChartConfig(WEEKS, [backToBack], base);
    expect(none.data.datasets.find((d) => d.strideSeries === 'flags')!.data).toEqual([null, null, null, null]);
  });

  it('names the flags and every figure of the week in its tooltip', () => {
    const lines = weekFigureLines(WEEKS[3], 'km', [spike, monotony]);
    expect(lines).toEqual([
      'Load 2400 AU (low 400 · moderate 500 · high 1500)',
      'Time 6 h 40 min (400 min)',
      'Distance 64.4 km',
      'Hard sessions 2 · run days 6',
      'Monotony 2.31 · strain 5544',
      'Acute:chronic ratio 2.34',
      '⚠ Load spike (ratio over 1.5)',
      '⚠ High monotony',
    ]);
    expect(weekFigureLines(WEEKS[0], 'mi')).toContain('Acute:chronic ratio —');
    expect(weekFigureLines(WEEKS[0], 'mi')).toContain('Distance 14.0 mi');
    const config = buildLoadChartConfig(WEEKS, [spike, monotony], base);
    const label = config.options?.plugins?.tooltip?.callbacks?.label as unknown as (item: {
      dataIndex: number;
    }) => string[];
    expect(label({ dataIndex: 3 })).toEqual(lines);
  });

  it('highlights the week in view as a column (1-based week → data index)', () => {
    expect(
      buildLoadChartConfig(WEEKS, [], { ...base, highlightWeek: 2 }).options?.plugins?.strideLoadBands?.highlightIndex,
    ).toBe(1);
    expect(buildLoadChartConfig(WEEKS, [], base).options?.plugins?.strideLoadBands?.highlightIndex).toBeNull();
    expect(
      buildLoadChartConfig(WEEKS, [], { ...base, highlightWeek: 9 }).options?.plugins?.strideLoadBands?.highlightIndex,
    ).toBeNull();
  });

  it('reports a click on a column as that 1-based week', () => {
    const picked: number[] = [];
    const config = buildLoadChartConfig(WEEKS, [], { ...base, onSelectWeek: (w) => picked.push(w) });
    const onClick = config.options?.onClick as unknown as (e: unknown, elements: { index: number }[]) => void;
    onClick({}, [{ index: 2 }]);
    onClick({}, []);
    expect(picked).toEqual([3]);
  });

  it('uses light text on the dark scheme and dark text on the light one', () => {
    const dark = buildLoadChartConfig(WEEKS, [], { ...base, dark: true });
    const light = buildLoadChartConfig(WEEKS, [], base);
    expect(dark.options?.color).toBe('#e6e9ed');
    expect(light.options?.color).toBe('#1b2129');
  });
});

describe('week flags from the real rules', () => {
  it('marks the week the shared rules flag, and no other', () => {
    // Week 1 one easy run of 5 km; week 2 a 10 km long run: a distance jump in week 2.
    const sessions: CoachSession[] = [
      {
        id: 'e1',
        date: '2027-03-03',
        kind: 'easy',
        title: null,
        durationMin: 30,
        distanceKm: 5,
        rpe: null,
        notes: null,
      },
      {
        id: 'l2',
        date: '2027-03-13',
        kind: 'easy',
        title: null,
        durationMin: 60,
        distanceKm: 10,
        rpe: null,
        notes: null,
      },
    ];
    const evaluated = evaluatePlan({
      athlete: DEFAULT_ATHLETE_SETTINGS,
      plan: { startDate: '2027-03-01', weeks: 3, weekStartsOn: 'monday' },
      sessions,
      dismissed: [],
    });
    expect(evaluated.warnings.some((w) => w.ruleId === 'distance-jump')).toBe(true);
    const config = buildLoadChartConfig(evaluated.weeks, evaluated.warnings, base);
    const s = series(config);
    expect(s.flags).toEqual([null, 1, null]);
    // The bars are the figures as evaluated: 30×3 and 60×3 AU, all low.
    expect(s.low).toEqual([90, 180, 0]);
    expect(s.acwr).toEqual(evaluated.weeks.map((w) => w.acwr));
  });
});

describe('describeLoadChart', () => {
  it('summarises the highest week and the flags for a screen reader', () => {
    expect(describeLoadChart(WEEKS, [spike, jump], 'km')).toBe(
      'Weekly load chart, 4 weeks. Highest load 2400 AU in week 4. Most distance 64.4 km in week 4. ' +
        'Flagged: week 2: Distance jump; week 4: Load spike (ratio over 1.5). The table view lists every figure.',
    );
    expect(describeLoadChart([week(1, '2027-03-01')], [], 'km')).toBe(
      'Weekly load chart, 1 week. No load planned yet. No weeks flagged. The table view lists every figure.',
    );
  });
});

describe('updateLoadChart', () => {
  /** A stand-in with the two members updateLoadChart touches; the real chart is exercised in e2e. */
  function fakeChart(config: LoadChartConfig) {
    const calls: string[] = [];
    const chart = {
      data: { labels: config.data.labels, datasets: config.data.datasets.map((d) => ({ ...d })) },
      options: config.options,
      update: (mode?: string) => calls.push(String(mode)),
    };
    return { chart, calls };
  }

  it('copies new figures into the same dataset objects and redraws without animation', () => {
    const { chart, calls } = fakeChart(buildLoadChartConfig(WEEKS, [], base));
    const highBefore = chart.data.datasets[2];
    const changed = WEEKS.map((w) =>
      w.index === 3 ? { ...w, loadAU: 480, zones: { low: 0, moderate: 0, high: 480 } } : w,
    );
    const next = buildLoadChartConfig(changed, [], { ...base, highlightWeek: 3 });
    updateLoadChart(chart as never, next);
    expect(calls).toEqual(['none']);
    expect(chart.data.datasets[2]).toBe(highBefore);
    expect(chartSeries(chart.data).high).toEqual([0, 480, 480, 1500]);
    expect(chart.options).toBe(next.options);
  });

  it('replaces a restyled dataset (chart.js would keep its old colours in place), keeps the rest', () => {
    const { chart } = fakeChart(buildLoadChartConfig(WEEKS, [], base));
    const [low, , , ratio] = chart.data.datasets;
    const next = buildLoadChartConfig(WEEKS, [], { ...base, dark: true });
    updateLoadChart(chart as never, next);
    // Zone colours are the same in both schemes: same object; the ratio line turns light: new object.
    expect(chart.data.datasets[0]).toBe(low);
    expect(chart.data.datasets[3]).not.toBe(ratio);
    expect(chart.data.datasets[3]).toBe(next.data.datasets[3]);
    expect((chart.data.datasets[3] as { borderColor?: string }).borderColor).toBe('#e6e9ed');
  });

  it('swaps the datasets when the mode changes the series', () => {
    const { chart } = fakeChart(buildLoadChartConfig(WEEKS, [], base));
    updateLoadChart(chart as never, buildLoadChartConfig(WEEKS, [], { ...base, mode: 'distance', units: 'mi' }));
    const s = chartSeries(chart.data);
    expect(s.high).toBeUndefined();
    expect(s.distance).toEqual([14, 24.9, 0, 40]);
    expect(chart.data.datasets).toHaveLength(3);
  });
});

describe('sameChartInput', () => {
  const input: LoadChartInput = {
    weeks: WEEKS,
    warnings: [spike],
    mode: 'load',
    units: 'km',
    highlightWeek: 2,
    dark: false,
    fitness: null,
    phases: [],
  };

  it('main confirming the preview (new objects, same figures and flags) draws nothing new', () => {
    const fromMain = {
      ...input,
      weeks: WEEKS.map((w) => ({ ...w, zones: { ...w.zones } })),
      // A session warning the chart does not draw may come and go without a redraw.
      warnings: [{ ...spike }, backToBack],
    };
    expect(sameChartInput(input, fromMain)).toBe(true);
  });

  it('any figure, flag, mode, unit, highlight or scheme change is a new chart', () => {
    const bumped = WEEKS.map((w) => (w.index === 3 ? { ...w, zones: { ...w.zones, high: 480 } } : w));
    expect(sameChartInput(input, { ...input, weeks: bumped })).toBe(false);
    // The tooltip lists every figure, so a figure no bar shows counts too.
    const morePlanned = WEEKS.map((w) => (w.index === 1 ? { ...w, runDays: 3 } : w));
    expect(sameChartInput(input, { ...input, weeks: morePlanned })).toBe(false);
    expect(sameChartInput(input, { ...input, warnings: [spike, jump] })).toBe(false);
    expect(sameChartInput(input, { ...input, mode: 'distance' })).toBe(false);
    expect(sameChartInput(input, { ...input, units: 'mi' })).toBe(false);
    expect(sameChartInput(input, { ...input, highlightWeek: 3 })).toBe(false);
    expect(sameChartInput(input, { ...input, dark: true })).toBe(false);
  });
});

describe('keepLayoutPlugin', () => {
  /** The members of a chart the plugin reads; the live chart is exercised in e2e. */
  function chartStub(yMax: number) {
    const config = buildLoadChartConfig(WEEKS, [], base);
    return {
      width: 800,
      height: 200,
      data: config.data,
      options: config.options!,
      scales: { y: { getMinMax: () => ({ min: 0, max: yMax }) } },
    };
  }
  const beforeLayout = (chart: object) =>
    (keepLayoutPlugin.beforeLayout as (c: object, args: object, opts: object) => boolean | void)(chart, {}, {});

  it('lays a chart out once, then skips the pass while nothing that sizes it changes', () => {
    const chart = chartStub(2400);
    expect(beforeLayout(chart)).toBe(true);
    expect(beforeLayout(chart)).toBe(false);
    // New figures inside the same axis range: still the same layout.
    chart.data = buildLoadChartConfig(
      WEEKS.map((w) => ({ ...w, minutes: w.minutes + 1 })),
      [],
      base,
    ).data;
    expect(beforeLayout(chart)).toBe(false);
  });

  it('lays out again when the axis range, the size or the mode changes', () => {
    const chart = chartStub(2400);
    beforeLayout(chart);
    chart.scales.y.getMinMax = () => ({ min: 0, max: 2880 });
    expect(beforeLayout(chart)).toBe(true);
    chart.width = 640;
    expect(beforeLayout(chart)).toBe(true);
    chart.options = buildLoadChartConfig(WEEKS, [], { ...base, mode: 'minutes' }).options!;
    expect(beforeLayout(chart)).toBe(true);
    // Each chart keeps its own record: a second chart is laid out on its first update.
    expect(beforeLayout(chartStub(2400))).toBe(true);
  });

  it('keeps the layout when only the highlighted week moves (the calendar scrolled, a drop on another week)', () => {
    // Its bold label is drawn over the plain one (bands-plugin.ts), so every tick keeps one size:
    // a new highlight came with most drops and re-ran chart.js' layout, a third of the update.
    const chart = chartStub(2400);
    beforeLayout(chart);
    chart.options = buildLoadChartConfig(WEEKS, [], { ...base, highlightWeek: 2 }).options!;
    expect(beforeLayout(chart)).toBe(false);
    chart.options = buildLoadChartConfig(WEEKS, [], { ...base, highlightWeek: 3 }).options!;
    expect(beforeLayout(chart)).toBe(false);
    const font = chart.options.scales!.x!.ticks!.font;
    expect(typeof font === 'function' ? 'scriptable' : font).toEqual({ size: 11 });
  });
});
