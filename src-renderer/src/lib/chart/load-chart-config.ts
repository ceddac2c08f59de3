/**
 * The weekly load chart's chart.js configuration, built from the plan's `WeekFigures` and week
 * flags. Pure (no DOM, no chart.js runtime import), so it is unit-tested in Node. The live chart
 * (LoadChart.svelte) draws it; the plan PDF's vector chart (print/print-chart.ts) shares its
 * colours, constants and ratio axis.
 *
 * The figures are never recomputed here: bars, ratio line, tooltip and table all read
 * `WeekFigures` as main (or the renderer's preview of the same shared code) computed them, so the
 * chart, the week cells, the command line and the exports show the same numbers. The only
 * arithmetic is display conversion (km → mi, rounded to 0.1 as the week cells round it) and
 * layout (axis headroom).
 *
 * Week numbers are 1-based everywhere in this module's API (`highlightWeek`, `onSelectWeek`),
 * as `WeekFigures.index` and the calendar's `data-week` count them.
 */
import type {
  Chart,
  ChartConfiguration,
  ChartDataset,
  ChartType,
  LegendItem,
  Plugin,
  ScriptableScaleContext,
  TooltipItem,
} from 'chart.js';
import { shortDateLabel, addDays } from '../../../../src-shared/domain/dates';
import { roundHalfUp } from '../../../../src-shared/domain/decimal';
import type { PlanWarning, Units, WarningRuleId, WeekFigures } from '../../../../src-shared/domain/types';
import { formatDuration, kmToUnits } from '../../../../src-shared/domain/units';
import { sameData } from '../calendar/plan-grid';
import { placeFlagLabels } from './flag-labels';

export type LoadChartMode = 'load' | 'distance' | 'minutes';

export interface LoadChartOptions {
  mode: LoadChartMode;
  units: Units;
  /** The 1-based week shown in the calendar, drawn as a shaded column; null or absent: none. */
  highlightWeek?: number | null;
  dark: boolean;
  /** Called with the 1-based week when the coach clicks a week's column. */
  onSelectWeek?: (week: number) => void;
}

/** Which series a dataset carries (kept on the dataset, so tests and the component can find it). */
export type SeriesKey = 'low' | 'moderate' | 'high' | 'distance' | 'minutes' | 'acwr' | 'flags';

/** Options of the inline plugin that draws the shaded bands (see `loadBandsPlugin`). */
export interface LoadBandsOptions {
  /** 0-based data index of the highlighted week's column, or null. */
  highlightIndex: number | null;
  highlightColour: string;
  /** The ratio axis' "sweet spot" (Gabbett 2016), shaded. */
  band: { from: number; to: number; colour: string } | null;
  /** Reference line on the ratio axis where the load-spike notice starts. */
  line: { at: number; colour: string } | null;
  labelColour: string;
  /** Behind label text: the surface colour, slightly see-through. */
  labelBackdrop: string;
  /** Short flag names by data index, drawn beside the markers when the columns are wide enough. */
  flagLabels: (string | null)[];
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    strideLoadBands?: LoadBandsOptions;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginDatasetOptionsByType<TType extends ChartType> {
    /** Which of the chart's series this dataset is (not a chart.js option; chart.js ignores it). */
    strideSeries: SeriesKey;
  }
}

/** Point data: one value per week, null where there is none (a gap in the line, no marker). */
export type LoadChartData = (number | null)[];
export type LoadChartConfig = ChartConfiguration<'bar' | 'line', LoadChartData, string>;
type LoadChartDataset = ChartDataset<'bar' | 'line', LoadChartData>;
export type LoadChartInstance = Chart<'bar' | 'line', LoadChartData, string>;

/** design.md: chart zones low / moderate / high. */
export const ZONE_COLOUR = { low: '#009E73', moderate: '#E69F00', high: '#D55E00' } as const;
/**
 * Distance and minutes bars: Okabe–Ito blue, apart from the zone colours so the modes never read
 * alike; its lighter sky blue on the dark scheme, where the deep blue sinks into the background.
 */
const SINGLE_BAR_COLOUR = { light: '#0072B2', dark: '#56B4E9' } as const;

export const ZONE_LABEL = { low: 'Low (RPE 1–4)', moderate: 'Moderate (RPE 5–6)', high: 'High (RPE 7–10)' } as const;

/** load.md: the week flags the chart marks. `over-run-days` stays in the week cell and the list. */
const CHART_FLAG_RULES: readonly WarningRuleId[] = ['load-spike', 'distance-jump', 'high-monotony'];
/** Short names drawn beside a marker. */
export const CHART_FLAG_SHORT: Record<string, string> = {
  'load-spike': 'Load spike',
  'distance-jump': 'Distance jump',
  'high-monotony': 'Monotony',
};
const CHART_FLAG_LABEL: Record<string, string> = {
  'load-spike': 'Load spike (ratio over 1.5)',
  'distance-jump': 'Distance jump',
  'high-monotony': 'High monotony',
};

/** Gabbett (2016): 0.8–1.3 shaded as the "sweet spot"; the load-spike notice starts above 1.5. */
export const SWEET_SPOT = { from: 0.8, to: 1.3 } as const;
export const SPIKE_RATIO = 1.5;

interface Palette {
  text: string;
  muted: string;
  grid: string;
  ratio: string;
  band: string;
  bandLabel: string;
  highlight: string;
  tooltipBg: string;
  tooltipText: string;
  warning: string;
  notice: string;
  markerEdge: string;
  backdrop: string;
  /** The band's legend swatch: the band's tint made visible at legend size. */
  bandSwatch: string;
}

/** Colours per scheme; text colours meet 4.5:1 on the app's surfaces (app.css --text / --text-muted). */
function paletteFor(dark: boolean): Palette {
  return dark
    ? {
        text: '#e6e9ed',
        muted: '#a9b2bd',
        grid: 'rgba(230, 233, 237, 0.10)',
        ratio: '#e6e9ed',
        band: 'rgba(230, 233, 237, 0.08)',
        bandLabel: '#a9b2bd',
        highlight: 'rgba(86, 180, 233, 0.16)',
        tooltipBg: '#2a3037',
        tooltipText: '#e6e9ed',
        warning: '#f0b429',
        notice: '#8d949c',
        markerEdge: '#e6e9ed',
        backdrop: 'rgba(25, 29, 34, 0.85)',
        bandSwatch: 'rgba(230, 233, 237, 0.3)',
      }
    : {
        text: '#1b2129',
        muted: '#56606d',
        grid: 'rgba(27, 33, 41, 0.08)',
        ratio: '#1b2129',
        band: 'rgba(27, 33, 41, 0.06)',
        bandLabel: '#56606d',
        highlight: 'rgba(0, 114, 178, 0.12)',
        tooltipBg: '#1b2129',
        tooltipText: '#ffffff',
        warning: '#E69F00',
        notice: '#8a8f96',
        markerEdge: '#1b2129',
        backdrop: 'rgba(255, 255, 255, 0.85)',
        bandSwatch: 'rgba(27, 33, 41, 0.2)',
      };
}

/** The chart's week flags, by 1-based week: a week flag names that week's first date. */
export function weekFlags(weeks: readonly WeekFigures[], warnings: readonly PlanWarning[]): Map<number, PlanWarning[]> {
  const byStart = new Map(weeks.map((w) => [w.start, w.index]));
  const out = new Map<number, PlanWarning[]>();
  for (const warning of warnings) {
    if (!CHART_FLAG_RULES.includes(warning.ruleId)) continue;
    const index = byStart.get(warning.dates[0]);
    if (index === undefined) continue;
    const list = out.get(index);
    if (list) list.push(warning);
    else out.set(index, [warning]);
  }
  return out;
}

/** The week's distance in the plan's units, rounded to 0.1 as the week cell and exports show it. */
export function weekDistance(week: WeekFigures, units: Units): number {
  return roundHalfUp(kmToUnits(week.distanceKm, units), 1);
}

/** Whole AU, halves up (the week cell's "585 AU"). */
function formatAU(value: number): string {
  return `${roundHalfUp(value, 0)} AU`;
}

export function yAxisTitle(mode: LoadChartMode, units: Units): string {
  if (mode === 'distance') return `Distance (${units})`;
  if (mode === 'minutes') return 'Time (min)';
  return 'Load (AU)';
}

function weekTitle(week: WeekFigures): string {
  const end = addDays(week.start, 6);
  return `Week ${week.index} · ${shortDateLabel(week.start)} – ${shortDateLabel(end)}`;
}

const fixed2 = (n: number | null): string => (n === null ? '—' : n.toFixed(2));

/** Every figure of a week, one line each: the tooltip of its column. */
export function weekFigureLines(week: WeekFigures, units: Units, flags: readonly PlanWarning[] = []): string[] {
  const z = week.zones;
  const lines = [
    `Load ${formatAU(week.loadAU)} (low ${roundHalfUp(z.low, 0)} · moderate ${roundHalfUp(z.moderate, 0)} · high ${roundHalfUp(z.high, 0)})`,
    `Time ${week.minutes > 0 ? formatDuration(week.minutes) : '0 min'} (${roundHalfUp(week.minutes, 0)} min)`,
    `Distance ${(week.estimatedKm ?? 0) > 0 ? '≈' : ''}${weekDistance(week, units).toFixed(1)} ${units}` +
      ((week.estimatedKm ?? 0) > 0 ? ` (${roundHalfUp(kmToUnits(week.estimatedKm ?? 0, units), 1).toFixed(1)} ${units} estimated)` : ''),
    `Hard sessions ${week.hardSessions} · run days ${week.runDays}`,
    `Monotony ${fixed2(week.monotony)} · strain ${week.strain === null ? '—' : week.strain}`,
    `Acute:chronic ratio ${fixed2(week.acwr)}`,
  ];
  for (const f of flags) lines.push(`⚠ ${CHART_FLAG_LABEL[f.ruleId] ?? f.ruleId}`);
  return lines;
}

/** The canvas' accessible name: what a sighted coach takes in at a glance, and where the detail is. */
export function describeLoadChart(
  weeks: readonly WeekFigures[],
  warnings: readonly PlanWarning[],
  units: Units,
): string {
  if (weeks.length === 0) return 'Weekly load chart: the plan has no weeks.';
  let top = weeks[0];
  for (const w of weeks) if (w.loadAU > top.loadAU) top = w;
  const parts = [`Weekly load chart, ${weeks.length} week${weeks.length === 1 ? '' : 's'}.`];
  if (top.loadAU > 0) {
    parts.push(`Highest load ${formatAU(top.loadAU)} in week ${top.index}.`);
    let longest = weeks[0];
    for (const w of weeks) if (w.distanceKm > longest.distanceKm) longest = w;
    if (longest.distanceKm > 0)
      parts.push(`Most distance ${weekDistance(longest, units).toFixed(1)} ${units} in week ${longest.index}.`);
  } else {
    parts.push('No load planned yet.');
  }
  const flags = weekFlags(weeks, warnings);
  if (flags.size === 0) parts.push('No weeks flagged.');
  else {
    const named = [...flags.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([i, list]) => `week ${i}: ${list.map((f) => CHART_FLAG_LABEL[f.ruleId] ?? f.ruleId).join(', ')}`);
    parts.push(`Flagged: ${named.join('; ')}.`);
  }
  parts.push('The table view lists every figure.');
  return parts.join(' ');
}

/** Text with a backdrop of the surface colour, so a label stays readable over bars and lines. */
function label(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  align: 'left' | 'right',
  colour: string,
  backdrop: string,
) {
  ctx.textAlign = align;
  ctx.textBaseline = 'middle';
  const width = ctx.measureText(text).width;
  const left = align === 'right' ? x - width : x;
  ctx.fillStyle = backdrop;
  ctx.fillRect(left - 2, y - 7, width + 4, 14);
  ctx.fillStyle = colour;
  ctx.fillText(text, x, y);
}

/**
 * Draws the highlighted week's column and the ratio axis' sweet-spot band behind the datasets,
 * then over them the dashed 1.5 reference line and the flag names beside the markers (where the
 * columns are wide enough). The band and the line are named in the legend (`legendItems`): text
 * inside the plot sat on top of the last week's bar. Inline, no annotation package: a few
 * lines of canvas drawing, driven by `options.plugins.strideLoadBands`, so in-place updates move them.
 */
const loadBandsPlugin: Plugin<'bar' | 'line'> = {
  id: 'strideLoadBands',
  beforeDatasetsDraw(chart) {
    const opts = chart.options.plugins?.strideLoadBands as LoadBandsOptions | undefined;
    if (!opts) return;
    const { ctx, chartArea: area, scales } = chart;
    const count = chart.data.labels?.length ?? 0;
    ctx.save();
    if (opts.highlightIndex !== null && scales.x && opts.highlightIndex < count) {
      const step = (area.right - area.left) / Math.max(count, 1);
      const centre = scales.x.getPixelForValue(opts.highlightIndex);
      ctx.fillStyle = opts.highlightColour;
      ctx.fillRect(centre - step / 2, area.top, step, area.bottom - area.top);
    }
    const ratio = scales.ratio;
    if (ratio && opts.band) {
      const top = Math.max(ratio.getPixelForValue(opts.band.to), area.top);
      const bottom = Math.min(ratio.getPixelForValue(opts.band.from), area.bottom);
      if (bottom > top) {
        ctx.fillStyle = opts.band.colour;
        ctx.fillRect(area.left, top, area.right - area.left, bottom - top);
      }
    }
    ctx.restore();
  },
  afterDatasetsDraw(chart) {
    const opts = chart.options.plugins?.strideLoadBands as LoadBandsOptions | undefined;
    if (!opts) return;
    const { ctx, chartArea: area, scales } = chart;
    const ratio = scales.ratio;
    ctx.save();
    ctx.font = '10px system-ui, -apple-system, "Segoe UI", sans-serif';
    if (ratio && opts.line) {
      const y = ratio.getPixelForValue(opts.line.at);
      if (y >= area.top && y <= area.bottom) {
        ctx.strokeStyle = opts.line.colour;
        ctx.lineWidth = 1;
        ctx.setLineDash([4, 3]);
        ctx.beginPath();
        ctx.moveTo(area.left, y);
        ctx.lineTo(area.right, y);
        ctx.stroke();
        ctx.setLineDash([]);
      }
    }
    const count = chart.data.labels?.length ?? 0;
    const step = (area.right - area.left) / Math.max(count, 1);
    // Names beside the markers only where a column is wide enough; the tooltip always has them.
    if (scales.x && step >= 70) {
      // Every flagged week's marker counts as an obstacle; names never overlap (flag-labels.ts).
      const marked = opts.flagLabels.flatMap((text, i) =>
        text == null ? [] : [{ text, x: scales.x.getPixelForValue(i) }],
      );
      const sides = placeFlagLabels(
        marked.map((m) => ({ x: m.x, width: m.text ? ctx.measureText(m.text).width : null })),
        area.left,
        area.right,
      );
      marked.forEach((m, k) => {
        const side = sides[k];
        if (!side) return;
        label(
          ctx,
          m.text,
          side === 'right' ? m.x + 10 : m.x - 10,
          area.top,
          side === 'right' ? 'left' : 'right',
          opts.labelColour,
          opts.labelBackdrop,
        );
      });
    }
    ctx.restore();
  },
};

/**
 * The legend, in reading order: the bars, the ratio line, its shaded band and 1.5 line, then the
 * flag marker. Built here rather than by chart.js, which lists datasets only (and by draw order).
 */
function legendItems(
  datasets: readonly LoadChartDataset[],
  colours: Pick<Palette, 'text' | 'ratio' | 'bandSwatch' | 'muted' | 'notice' | 'markerEdge'>,
): LegendItem[] {
  const items: LegendItem[] = datasets
    .filter((d) => d.type === 'bar')
    .map((d) => ({
      text: d.label ?? '',
      fillStyle: d.backgroundColor as string,
      strokeStyle: d.backgroundColor as string,
      lineWidth: 0,
      pointStyle: 'rect' as const,
      fontColor: colours.text,
      hidden: false,
    }));
  items.push(
    {
      text: 'Acute:chronic ratio',
      fillStyle: colours.ratio,
      strokeStyle: colours.ratio,
      lineWidth: 2,
      pointStyle: 'circle',
      fontColor: colours.text,
      hidden: false,
    },
    {
      text: `Ratio ${SWEET_SPOT.from}–${SWEET_SPOT.to}`,
      fillStyle: colours.bandSwatch,
      strokeStyle: colours.bandSwatch,
      lineWidth: 0,
      pointStyle: 'rect',
      fontColor: colours.text,
      hidden: false,
    },
    {
      text: `Ratio ${SPIKE_RATIO}`,
      fillStyle: colours.muted,
      strokeStyle: colours.muted,
      lineWidth: 1.5,
      lineDash: [3, 2],
      pointStyle: 'line',
      fontColor: colours.text,
      hidden: false,
    },
    {
      text: 'Flagged week',
      fillStyle: colours.notice,
      strokeStyle: colours.markerEdge,
      lineWidth: 1,
      pointStyle: 'triangle',
      fontColor: colours.text,
      hidden: false,
    },
  );
  return items;
}

/** Headroom above the highest ratio, so its points clear the flag markers along the top. */
export function ratioAxisMax(weeks: readonly WeekFigures[]): number {
  let max = 2;
  for (const w of weeks) if (w.acwr !== null && w.acwr > max) max = w.acwr;
  return Math.ceil(max * 1.15 * 2) / 2;
}

export function buildLoadChartConfig(
  weeks: readonly WeekFigures[],
  warnings: readonly PlanWarning[],
  options: LoadChartOptions,
): LoadChartConfig {
  const { mode, units } = options;
  const colours = paletteFor(options.dark);
  const singleBar = options.dark ? SINGLE_BAR_COLOUR.dark : SINGLE_BAR_COLOUR.light;
  const flags = weekFlags(weeks, warnings);
  const labels = weeks.map((w) => `W${w.index}`);
  const highlightIndex =
    options.highlightWeek == null
      ? null
      : (() => {
          const i = weeks.findIndex((w) => w.index === options.highlightWeek);
          return i < 0 ? null : i;
        })();

  const bar = (series: SeriesKey, label: string, colour: string, data: LoadChartData): LoadChartDataset => ({
    type: 'bar',
    label,
    data,
    strideSeries: series,
    backgroundColor: colour,
    borderColor: colour,
    borderWidth: 0,
    stack: 'week',
    yAxisID: 'y',
    order: 3,
    barPercentage: 0.9,
    categoryPercentage: 0.8,
  });

  const datasets: LoadChartDataset[] = [];
  if (mode === 'load') {
    datasets.push(
      bar(
        'low',
        ZONE_LABEL.low,
        ZONE_COLOUR.low,
        weeks.map((w) => w.zones.low),
      ),
      bar(
        'moderate',
        ZONE_LABEL.moderate,
        ZONE_COLOUR.moderate,
        weeks.map((w) => w.zones.moderate),
      ),
      bar(
        'high',
        ZONE_LABEL.high,
        ZONE_COLOUR.high,
        weeks.map((w) => w.zones.high),
      ),
    );
  } else if (mode === 'distance') {
    datasets.push(
      bar(
        'distance',
        `Distance (${units})`,
        singleBar,
        weeks.map((w) => weekDistance(w, units)),
      ),
    );
  } else {
    datasets.push(
      bar(
        'minutes',
        'Time (min)',
        singleBar,
        weeks.map((w) => w.minutes),
      ),
    );
  }

  datasets.push({
    type: 'line',
    label: 'Acute:chronic ratio',
    strideSeries: 'acwr',
    data: weeks.map((w) => w.acwr),
    yAxisID: 'ratio',
    borderColor: colours.ratio,
    backgroundColor: colours.ratio,
    borderWidth: 2,
    pointRadius: weeks.length > 26 ? 2 : 3,
    pointHoverRadius: 5,
    pointBackgroundColor: colours.ratio,
    // A week without a ratio (week 1, or nothing in the window) is a gap, not a zero.
    spanGaps: false,
    tension: 0,
    order: 1,
  });

  // Flag markers: a triangle along the top of the flagged week's column, on an axis of their own
  // (0–1, hidden) so they never sit inside a bar whatever its height. Amber for a warning, grey
  // for a notice, as the calendar marks them.
  const flagColour = weeks.map((w) => {
    const list = flags.get(w.index);
    if (!list) return colours.notice;
    return list.some((f) => f.severity === 'warning') ? colours.warning : colours.notice;
  });
  datasets.push({
    type: 'line',
    label: 'Flagged week',
    strideSeries: 'flags',
    data: weeks.map((w) => (flags.has(w.index) ? 1 : null)),
    yAxisID: 'flags',
    showLine: false,
    pointStyle: 'triangle',
    pointRadius: 6,
    pointHoverRadius: 8,
    pointBackgroundColor: flagColour,
    pointBorderColor: colours.markerEdge,
    pointBorderWidth: 1,
    backgroundColor: colours.warning,
    borderColor: colours.markerEdge,
    clip: false,
    order: 0,
  });

  const tickFont = (ctx: ScriptableScaleContext) => ({
    size: 11,
    weight: (highlightIndex !== null && ctx.index === highlightIndex ? 'bold' : 'normal') as 'bold' | 'normal',
  });

  const onSelectWeek = options.onSelectWeek;

  return {
    type: 'bar',
    data: { labels, datasets },
    plugins: [loadBandsPlugin],
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: { duration: 250 },
      layout: { padding: { top: 10 } },
      color: colours.text,
      interaction: { mode: 'index', intersect: false },
      onClick: onSelectWeek
        ? (_event, elements) => {
            const i = elements[0]?.index;
            if (i !== undefined && weeks[i]) onSelectWeek(weeks[i].index);
          }
        : undefined,
      onHover: onSelectWeek
        ? (event, elements) => {
            const target = event.native?.target as HTMLElement | null | undefined;
            if (target?.style) target.style.cursor = elements.length ? 'pointer' : 'default';
          }
        : undefined,
      scales: {
        x: {
          stacked: true,
          grid: { display: false },
          border: { color: colours.grid },
          ticks: { color: colours.muted, font: tickFont, autoSkip: true, maxRotation: 0 },
        },
        y: {
          type: 'linear',
          position: 'left',
          stacked: mode === 'load',
          beginAtZero: true,
          grace: '15%',
          title: { display: true, text: yAxisTitle(mode, units), color: colours.muted, font: { size: 11 } },
          ticks: { color: colours.muted, font: { size: 11 }, precision: mode === 'distance' ? 1 : 0 },
          grid: { color: colours.grid },
          border: { display: false },
        },
        ratio: {
          type: 'linear',
          position: 'right',
          min: 0,
          max: ratioAxisMax(weeks),
          title: { display: true, text: 'Acute:chronic ratio', color: colours.muted, font: { size: 11 } },
          ticks: { color: colours.muted, font: { size: 11 }, stepSize: 0.5 },
          grid: { drawOnChartArea: false },
          border: { display: false },
        },
        flags: { type: 'linear', display: false, min: 0, max: 1 },
      },
      plugins: {
        strideLoadBands: {
          highlightIndex,
          highlightColour: colours.highlight,
          band: { ...SWEET_SPOT, colour: colours.band },
          line: { at: SPIKE_RATIO, colour: colours.muted },
          labelColour: colours.bandLabel,
          labelBackdrop: colours.backdrop,
          flagLabels: weeks.map((w) => {
            const list = flags.get(w.index);
            return list ? list.map((f) => CHART_FLAG_SHORT[f.ruleId] ?? f.ruleId).join(' · ') : null;
          }),
        },
        legend: {
          position: 'top',
          align: 'end',
          // Hiding a series by clicking the legend would make the bars disagree with the table.
          onClick: () => undefined,
          labels: {
            color: colours.text,
            usePointStyle: true,
            boxWidth: 8,
            boxHeight: 8,
            font: { size: 11 },
            generateLabels: () => legendItems(datasets, colours),
          },
        },
        tooltip: {
          enabled: true,
          backgroundColor: colours.tooltipBg,
          titleColor: colours.tooltipText,
          bodyColor: colours.tooltipText,
          displayColors: false,
          // One block per week whichever dataset is under the pointer.
          filter: (_item: TooltipItem<'bar' | 'line'>, index: number) => index === 0,
          callbacks: {
            title: (items) => (items[0] && weeks[items[0].dataIndex] ? weekTitle(weeks[items[0].dataIndex]) : ''),
            label: (item) => {
              const week = weeks[item.dataIndex];
              return week ? weekFigureLines(week, units, flags.get(week.index)) : '';
            },
          },
        },
      },
    },
  };
}

/** Each series' data, by key, as the chart holds it (for the component's test hooks and unit tests). */
export function chartSeries(data: {
  datasets: readonly { data: unknown; strideSeries?: SeriesKey }[];
}): Partial<Record<SeriesKey, LoadChartData>> {
  const out: Partial<Record<SeriesKey, LoadChartData>> = {};
  for (const ds of data.datasets) if (ds.strideSeries) out[ds.strideSeries] = ds.data as LoadChartData;
  return out;
}

/** Same dataset apart from its values: every option but `data` equal (options are plain values). */
function sameStyle(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (key === 'data') continue;
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || JSON.stringify(x) !== JSON.stringify(y)) return false;
  }
  return true;
}

/**
 * Copy a new configuration into a live chart and redraw without animation: the same canvas and
 * chart, so an edit never flickers or re-animates the whole plan.
 *
 * A dataset whose options are unchanged (the usual edit: only figures move) keeps its object and
 * gets the new values in place. One whose options changed (colour scheme, mode) is replaced:
 * chart.js 4.6 keeps a controller's shared element options across `update('none')` (they are
 * refreshed only by animated updates), so restyling a dataset in place would leave its points
 * and bars in the old colours; a new dataset object gets a new controller with fresh options.
 */
export function updateLoadChart(chart: LoadChartInstance, config: LoadChartConfig): void {
  const next = config.data.datasets;
  const current = chart.data.datasets;
  chart.data.datasets = next.map((source, i) => {
    const target = current[i];
    if (
      !target ||
      !sameStyle(target as unknown as Record<string, unknown>, source as unknown as Record<string, unknown>)
    )
      return source;
    target.data = source.data;
    return target;
  });
  chart.data.labels = config.data.labels;
  if (config.options) chart.options = config.options;
  chart.update('none');
}

/** What the live chart is drawn from: the figures and flags, and how they are shown. */
export interface LoadChartInput {
  weeks: readonly WeekFigures[];
  warnings: readonly PlanWarning[];
  mode: LoadChartMode;
  units: Units;
  highlightWeek: number | null;
  dark: boolean;
}

/** The warnings the chart draws (its flag markers, tooltips and labels); the rest do not touch it. */
function chartWarnings(warnings: readonly PlanWarning[]): PlanWarning[] {
  return warnings.filter((w) => CHART_FLAG_RULES.includes(w.ruleId));
}

/**
 * Whether two inputs draw the same chart. Main's answer to an edit usually carries exactly the
 * figures the renderer's preview already drew (the same shared rules): then the chart is left
 * alone rather than rebuilt, re-laid out and redrawn a second time.
 */
export function sameChartInput(a: LoadChartInput, b: LoadChartInput): boolean {
  return (
    a.mode === b.mode &&
    a.units === b.units &&
    a.highlightWeek === b.highlightWeek &&
    a.dark === b.dark &&
    sameData(a.weeks, b.weeks) &&
    (a.warnings === b.warnings || sameData(chartWarnings(a.warnings), chartWarnings(b.warnings)))
  );
}

/** The layout each live chart was last laid out for (see `keepLayoutPlugin`). */
const laidOutFor = new WeakMap<object, string>();

/**
 * What chart.js' layout pass depends on: the canvas size, the week labels and the highlighted
 * one (its tick is bold), the axes' titles and data ranges (their tick labels), the colours
 * (cached with the tick labels) and the legend, which follows the mode and units like the title.
 */
function layoutKey(chart: Chart<'bar' | 'line'>): string {
  const options = chart.options;
  const y = chart.scales.y?.getMinMax(true);
  const ratio = options.scales?.ratio as { max?: number } | undefined;
  const yTitle = (options.scales?.y as { title?: { text?: string } } | undefined)?.title?.text;
  const highlight = options.plugins?.strideLoadBands?.highlightIndex;
  return [
    chart.width,
    chart.height,
    (chart.data.labels ?? []).join(','),
    highlight ?? '',
    y ? `${y.min}:${y.max}` : '',
    ratio?.max ?? '',
    yTitle ?? '',
    String(options.color ?? ''),
  ].join('|');
}

/**
 * Skips chart.js' layout pass (tick generation, label measuring, auto-skip, legend fitting:
 * about a third of an update) when nothing it depends on changed, as on most edits: a dropped
 * session moves one week's bars inside the same axes. chart.js documents `beforeLayout`
 * returning false as cancelling the layout; the scales keep their ticks and pixel mapping from
 * the last layout, which are exactly what a new layout would compute from the same key.
 */
export const keepLayoutPlugin: Plugin<'bar' | 'line'> = {
  id: 'strideKeepLayout',
  beforeLayout(chart) {
    const key = layoutKey(chart);
    if (laidOutFor.get(chart) === key) return false;
    laidOutFor.set(chart, key);
    return true;
  },
};
