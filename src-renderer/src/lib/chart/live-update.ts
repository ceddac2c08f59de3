/**
 * Keeping the one live chart in step with the plan: new figures copied into it in place, a redraw
 * skipped when main only confirms the preview, and the layout pass skipped when nothing sizes it.
 */
import type { Chart, Plugin } from 'chart.js';
import type { PlanWarning, Units, WeekFigures } from '../../../../src-shared/domain/types';
import { sameData } from '../calendar/plan-grid';
import type { LoadChartConfig, LoadChartInstance, LoadChartMode } from './chart-types';
import type { FitnessOverlay, PhaseRun } from './fitness-figures';
import { CHART_FLAG_RULES } from './week-text';
import { setDrawnHighlight } from './bands-plugin';

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
  // The new options carry the highlight: one drawn since the last update is theirs now.
  setDrawnHighlight(chart, undefined);
  chart.update('none');
}

/**
 * Draws a new highlighted week (index into the chart's weeks, or null) without chart.js' update:
 * the bars, axes and labels are those already computed, only the canvas is drawn again.
 */
export function redrawHighlight(chart: LoadChartInstance, index: number | null): void {
  setDrawnHighlight(chart, index);
  chart.render();
}

/** The two inputs draw the same chart but for the highlighted week (see `redrawHighlight`). */
export function onlyHighlightDiffers(a: LoadChartInput, b: LoadChartInput): boolean {
  return a.highlightWeek !== b.highlightWeek && sameChartInput({ ...a, highlightWeek: b.highlightWeek }, b);
}

/** What the live chart is drawn from: the figures and flags, and how they are shown. */
export interface LoadChartInput {
  weeks: readonly WeekFigures[];
  warnings: readonly PlanWarning[];
  mode: LoadChartMode;
  units: Units;
  highlightWeek: number | null;
  dark: boolean;
  /** The fitness lines' figures when they are on, else null. */
  fitness: FitnessOverlay | null;
  phases: readonly PhaseRun[];
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
    sameData(a.phases, b.phases) &&
    (a.fitness === b.fitness || sameData(a.fitness, b.fitness)) &&
    (a.warnings === b.warnings || sameData(chartWarnings(a.warnings), chartWarnings(b.warnings)))
  );
}

/** The layout each live chart was last laid out for (see `keepLayoutPlugin`). */
const laidOutFor = new WeakMap<object, string>();

/**
 * What chart.js' layout pass depends on: the canvas size, the week labels, the axes' titles and data ranges (their tick labels), the colours
 * (cached with the tick labels) and the legend, which follows the mode and units like the title,
 * and the fitness lines (their own axis and legend entries) when they are on.
 */
function layoutKey(chart: Chart<'bar' | 'line'>): string {
  const options = chart.options;
  const y = chart.scales.y?.getMinMax(true);
  const ratio = options.scales?.ratio as { max?: number } | undefined;
  const yTitle = (options.scales?.y as { title?: { text?: string } } | undefined)?.title?.text;
  // The fitness axis' range sizes its ticks; the race-day marker adds a legend entry.
  const fitness = chart.scales.fitness?.getMinMax(true);
  const races = options.plugins?.strideLoadBands?.raceLabels?.length ?? 0;
  return [
    chart.width,
    chart.height,
    (chart.data.labels ?? []).join(','),
    y ? `${y.min}:${y.max}` : '',
    ratio?.max ?? '',
    yTitle ?? '',
    String(options.color ?? ''),
    fitness ? `fitness ${fitness.min}:${fitness.max} ${races > 0}` : 'ratio',
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
