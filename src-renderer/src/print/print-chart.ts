/**
 * The weekly load chart of the plan PDF, laid out as plain geometry for an SVG (PrintLoadChart.svelte).
 *
 * The screen chart is chart.js on a canvas; on paper the same chart is drawn as vector shapes:
 * sharp at any zoom, its labels real text in the PDF, and the print page loads neither chart.js
 * (170 KB of script) nor encodes and decodes a large PNG, which made up about half the time of
 * a PDF export. It shows what the screen chart shows in its load mode — stacked zone bars, the
 * acute:chronic ratio on its own axis with the 0.8–1.3 band and the dashed 1.5 line, triangles
 * on flagged weeks — with the same colours, constants and axis rules (load-chart-config.ts).
 *
 * Pure: no DOM, so it is unit-tested in Node. Units are the SVG's viewBox units.
 */
import type { PlanWarning, WarningRuleId, WeekFigures } from '../../../src-shared/domain/types';
import { placeFlagLabels } from '../lib/chart/flag-labels';
import { SPIKE_RATIO, SWEET_SPOT, ZONE_COLOUR } from '../lib/chart/chart-theme';
import { ratioAxisMax } from '../lib/chart/ratio-axis';
import { CHART_FLAG_SHORT, weekFlags } from '../lib/chart/week-text';

export interface Tick {
  value: number;
  y: number;
  label: string;
}

export interface BarSegment {
  zone: keyof typeof ZONE_COLOUR;
  colour: string;
  y: number;
  height: number;
}

export interface FlagMarker {
  week: number;
  x: number;
  /** Amber for a warning, grey for a notice, as the calendar marks them. */
  severity: 'warning' | 'notice';
  /** Short names beside the marker, or null where the columns are too narrow for text. */
  label: string | null;
  /** Which side of the marker the label goes, so it stays inside the plot. */
  labelSide: 'right' | 'left';
}

export interface PrintChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  loadTicks: Tick[];
  ratioTicks: Tick[];
  bars: { week: number; x: number; width: number; segments: BarSegment[] }[];
  xLabels: { x: number; text: string }[];
  /** The 0.8–1.3 "sweet spot" band on the ratio axis. */
  band: { y: number; height: number };
  /** The dashed line where the load-spike notice starts (ratio 1.5). */
  spikeY: number;
  /** The ratio line, split where a week has no ratio (a gap, not a zero), as SVG path data. */
  ratioPaths: string[];
  ratioPoints: { week: number; x: number; y: number; value: number }[];
  flags: FlagMarker[];
}

/** Room for tick labels and axis titles around the plot. */
const MARGIN = { left: 62, right: 58, top: 16, bottom: 24 };
/** chart.js's bar geometry on screen: 80 % of a week's column, 90 % of that. */
const BAR_SHARE = 0.8 * 0.9;
/** Narrowest column that still gets a label under it, and one that gets flag names beside its marker. */
const MIN_LABEL_STEP = 30;
const MIN_FLAG_LABEL_STEP = 70;
/** An estimate of label width (10-unit text in a grotesque) to keep flag names inside the plot. */
const CHAR_WIDTH = 5.6;

/**
 * `value` as en-US writes it with at most two decimals: "2,500", "1,237.5", "0.25". Written out
 * rather than with `Intl.NumberFormat`: the print page's first Intl object costs Chromium 30–60 ms
 * of ICU set-up here, in every PDF export (each starts a new Chromium).
 */
export function groupedNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole, fraction] = String(Math.abs(rounded)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/**
 * A "nice" axis from 0 past `max` with about five steps of 1, 2, 2.5 or 5 × 10ⁿ, with the 15 %
 * headroom the screen chart gives (`grace`): 2,300 → 0–2,500 by 500.
 */
export function niceAxis(max: number): { top: number; step: number } {
  const target = Math.max(max * 1.15, 5);
  const raw = target / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw - 1e-9) ?? 10 * power;
  return { top: Math.ceil(target / step - 1e-9) * step, step };
}

export function layoutPrintChart(
  weeks: readonly WeekFigures[],
  warnings: readonly PlanWarning[],
  size: { width: number; height: number },
): PrintChartLayout {
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: size.width - MARGIN.right,
    bottom: size.height - MARGIN.bottom,
  };
  const plotHeight = plot.bottom - plot.top;
  const count = Math.max(weeks.length, 1);
  const step = (plot.right - plot.left) / count;
  const centre = (i: number) => plot.left + step * (i + 0.5);

  const load = niceAxis(Math.max(0, ...weeks.map((w) => w.zones.low + w.zones.moderate + w.zones.high)));
  const loadY = (v: number) => plot.bottom - (v / load.top) * plotHeight;
  const ratioTop = ratioAxisMax(weeks);
  const ratioY = (v: number) => plot.bottom - (Math.min(v, ratioTop) / ratioTop) * plotHeight;

  const loadTicks: Tick[] = [];
  for (let v = 0; v <= load.top + 1e-9; v += load.step) {
    const value = Math.round(v * 100) / 100;
    loadTicks.push({ value, y: loadY(value), label: groupedNumber(value) });
  }
  const ratioTicks: Tick[] = [];
  for (let v = 0; v <= ratioTop + 1e-9; v += 0.5) ratioTicks.push({ value: v, y: ratioY(v), label: String(v) });

  const barWidth = step * BAR_SHARE;
  const bars = weeks.map((w, i) => {
    let base = 0;
    const segments: BarSegment[] = [];
    for (const zone of ['low', 'moderate', 'high'] as const) {
      const value = w.zones[zone];
      if (value <= 0) continue;
      segments.push({
        zone,
        colour: ZONE_COLOUR[zone],
        y: loadY(base + value),
        height: loadY(base) - loadY(base + value),
      });
      base += value;
    }
    return { week: w.index, x: centre(i) - barWidth / 2, width: barWidth, segments };
  });

  // Every week labelled while there is room; else every 2nd, 4th… week, always starting at week 1.
  const every = Math.max(1, Math.ceil(MIN_LABEL_STEP / step));
  const xLabels = weeks.flatMap((w, i) => (i % every === 0 ? [{ x: centre(i), text: `W${w.index}` }] : []));

  const ratioPoints = weeks.flatMap((w, i) =>
    w.acwr === null ? [] : [{ week: w.index, x: centre(i), y: ratioY(w.acwr), value: w.acwr }],
  );
  const ratioPaths: string[] = [];
  let run: string[] = [];
  weeks.forEach((w, i) => {
    if (w.acwr === null) {
      if (run.length > 1) ratioPaths.push(run.join(' '));
      run = [];
      return;
    }
    run.push(`${run.length ? 'L' : 'M'}${fmt(centre(i))} ${fmt(ratioY(w.acwr))}`);
  });
  if (run.length > 1) ratioPaths.push(run.join(' '));

  const flagged = weekFlags(weeks, warnings);
  const marked = weeks.flatMap((w, i) => {
    const list = flagged.get(w.index);
    if (!list) return [];
    const text = list.map((f) => CHART_FLAG_SHORT[f.ruleId as WarningRuleId] ?? f.ruleId).join(' · ');
    return [{ w, list, x: centre(i), text }];
  });
  // Names beside the markers, never over each other or another week's marker (flag-labels.ts).
  const sides = placeFlagLabels(
    marked.map((m) => ({ x: m.x, width: step >= MIN_FLAG_LABEL_STEP ? m.text.length * CHAR_WIDTH : null })),
    plot.left,
    plot.right,
  );
  const flags: FlagMarker[] = marked.map((m, k) => ({
    week: m.w.index,
    x: m.x,
    severity: m.list.some((f) => f.severity === 'warning') ? ('warning' as const) : ('notice' as const),
    label: sides[k] ? m.text : null,
    labelSide: sides[k] ?? 'right',
  }));

  const bandTop = ratioY(SWEET_SPOT.to);
  return {
    width: size.width,
    height: size.height,
    plot,
    loadTicks,
    ratioTicks,
    bars,
    xLabels,
    band: { y: bandTop, height: ratioY(SWEET_SPOT.from) - bandTop },
    spikeY: ratioY(SPIKE_RATIO),
    ratioPaths,
    ratioPoints,
    flags,
  };
}

/** Two decimals are plenty for a path drawn 1000 units wide. */
function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}
