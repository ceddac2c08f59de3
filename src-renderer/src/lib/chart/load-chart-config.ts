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
 *
 * The parts live beside it: types (chart-types.ts), colours (chart-theme.ts), words
 * (week-text.ts), the bands plugin, the legend, and the live update (live-update.ts).
 */
import type { TooltipItem } from 'chart.js';
import type { PlanWarning, WeekFigures } from '../../../../src-shared/domain/types';
import { loadBandsPlugin } from './bands-plugin';
import {
  BARS_UNDER_LINES_ALPHA,
  paletteFor,
  SINGLE_BAR_COLOUR,
  SPIKE_RATIO,
  SWEET_SPOT,
  ZONE_COLOUR,
  ZONE_LABEL,
} from './chart-theme';
import type { LoadChartConfig, LoadChartData, LoadChartDataset, LoadChartOptions, SeriesKey } from './chart-types';
import { dayFigureLine, raceCallout } from './fitness-figures';
import { fitnessDatasets, fitnessLegendItems, fitnessScales } from './fitness-lines';
import { legendItems } from './legend-items';
import { ratioAxisMax } from './ratio-axis';
import { CHART_FLAG_SHORT, weekDistance, weekFigureLines, weekFlags, weekTitle, yAxisTitle } from './week-text';

export { ratioAxisMax };

/** Where a 1-based week sits among the chart's weeks (null: no highlight, or not a week shown). */
export function highlightIndexOf(weeks: readonly WeekFigures[], week: number | null | undefined): number | null {
  if (week == null) return null;
  const i = weeks.findIndex((w) => w.index === week);
  return i < 0 ? null : i;
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
  const highlightIndex = highlightIndexOf(weeks, options.highlightWeek);

  const fitness = options.fitness ?? null;
  // Under the fitness lines the bars step back (chart-theme.ts); the hex colour gains an alpha.
  const alpha = fitness
    ? Math.round(BARS_UNDER_LINES_ALPHA * 255)
        .toString(16)
        .padStart(2, '0')
    : '';
  const bar = (series: SeriesKey, label: string, colour: string, data: LoadChartData): LoadChartDataset => ({
    type: 'bar',
    label,
    data,
    strideSeries: series,
    backgroundColor: colour + alpha,
    borderColor: colour + alpha,
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

  // The toggle: fitness, fatigue and form over the days, or the weekly ratio line. Both at once
  // would need a third y axis on a 200-px chart; the ratio stays in the tooltip and the table.
  // The day series come first so that, where a day and a week are equally near the pointer, the
  // tooltip names the day.
  if (fitness) datasets.unshift(...fitnessDatasets(fitness, colours, weeks.length));
  else
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

  // One font for every week label: the highlighted week's is drawn bold over its own by the
  // bands plugin. Bold here would change that label's size, and chart.js would re-run its whole
  // layout pass on every new highlight (see keepLayoutPlugin).
  const tickFont = { size: 11 };

  const onSelectWeek = options.onSelectWeek;
  /** The week (0-based) of a chart element: day series count days, the others weeks. */
  const isDaySeries = (datasetIndex: number) => {
    const key = datasets[datasetIndex]?.strideSeries;
    return key === 'fitness' || key === 'fatigue' || key === 'form' || key === 'race';
  };
  const weekOf = (datasetIndex: number, index: number) => (isDaySeries(datasetIndex) ? Math.floor(index / 7) : index);
  const sideScales = fitness
    ? fitnessScales(fitness, colours)
    : {
        ratio: {
          type: 'linear' as const,
          position: 'right' as const,
          min: 0,
          max: ratioAxisMax(weeks),
          title: { display: true, text: 'Acute:chronic ratio', color: colours.muted, font: { size: 11 } },
          ticks: { color: colours.muted, font: { size: 11 }, stepSize: 0.5 },
          grid: { drawOnChartArea: false },
          border: { display: false },
        },
      };

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
      // 'index' matches a week's bars and ratio point; the day lines have 7 points a week, so with
      // them the nearest element along x is taken instead (and mapped to its week).
      interaction: fitness ? { mode: 'nearest', axis: 'x', intersect: false } : { mode: 'index', intersect: false },
      onClick: onSelectWeek
        ? (_event, elements) => {
            const e = elements[0];
            const w = e ? weeks[weekOf(e.datasetIndex, e.index)] : undefined;
            if (w) onSelectWeek(w.index);
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
        ...sideScales,
        flags: { type: 'linear', display: false, min: 0, max: 1 },
      },
      plugins: {
        strideLoadBands: {
          highlightIndex,
          highlightColour: colours.highlight,
          band: fitness ? null : { ...SWEET_SPOT, colour: colours.band },
          line: fitness ? null : { at: SPIKE_RATIO, colour: colours.muted },
          labelColour: colours.bandLabel,
          labelBackdrop: colours.backdrop,
          flagLabels: weeks.map((w) => {
            const list = flags.get(w.index);
            return list ? list.map((f) => CHART_FLAG_SHORT[f.ruleId] ?? f.ruleId).join(' · ') : null;
          }),
          phases: options.phases ?? [],
          phaseColour: colours.phase,
          raceLabels: (fitness?.races ?? []).map((r) => ({ dayIndex: r.dayIndex, form: r.form, text: raceCallout(r) })),
          raceColour: colours.text,
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
            generateLabels: () =>
              legendItems(datasets, colours, fitness ? fitnessLegendItems(colours, fitness.races.length > 0) : null),
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
            title: (items) => {
              const week = items[0] && weeks[weekOf(items[0].datasetIndex, items[0].dataIndex)];
              return week ? weekTitle(week) : '';
            },
            label: (item) => {
              const week = weeks[weekOf(item.datasetIndex, item.dataIndex)];
              if (!week) return '';
              const lines = weekFigureLines(week, units, flags.get(week.index));
              const day = isDaySeries(item.datasetIndex) ? fitness?.days[item.dataIndex] : undefined;
              if (!day) return lines;
              const race = fitness?.races.find((r) => r.dayIndex === item.dataIndex);
              return [dayFigureLine(day), ...(race ? [raceCallout(race)] : []), ...lines];
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
