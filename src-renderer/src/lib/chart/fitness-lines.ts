/**
 * Fitness, fatigue and form on the load chart (load.md v2): three lines over the plan's days and a
 * marker on each race day, on axes of their own so a week's bar and a day's figure never share a
 * scale (a week's load is about seven days' worth).
 *
 * The days sit on a hidden category axis of 7 × weeks labels laid over the week axis: with both
 * axes offset by half a slot, day d of week w lands at w + (d + 0.5) / 7 of the week's column,
 * so a week's Thursday is at its bar's centre and the lines run under the right weeks.
 */
import type { LegendItem, ScaleOptionsByType } from 'chart.js';
import type { Palette } from './chart-theme';
import type { LoadChartDataset } from './chart-types';
import type { FitnessOverlay } from './fitness-figures';

type Colours = Pick<Palette, 'fitness' | 'fatigue' | 'form' | 'race' | 'text' | 'muted' | 'markerEdge'>;

export const FITNESS_LABEL = { fitness: 'Fitness', fatigue: 'Fatigue', form: 'Form' } as const;
export const FITNESS_AXIS_TITLE = 'AU a day';

export function fitnessDatasets(overlay: FitnessOverlay, colours: Colours, weekCount: number): LoadChartDataset[] {
  const line = (key: 'fitness' | 'fatigue' | 'form', colour: string, dash: number[]): LoadChartDataset => ({
    type: 'line',
    label: FITNESS_LABEL[key],
    strideSeries: key,
    data: overlay.days.map((d) => d[key]),
    xAxisID: 'days',
    yAxisID: 'fitness',
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: key === 'form' ? 1.5 : 2,
    borderDash: dash,
    // 7 points a week: markers would be a smear; the hover shows the day.
    pointRadius: 0,
    pointHoverRadius: 4,
    pointHitRadius: weekCount > 26 ? 2 : 4,
    tension: 0,
    order: 1,
  });
  // A point at each race day only, the form it starts with; null elsewhere (no marker).
  const race: (number | null)[] = overlay.days.map(() => null);
  for (const r of overlay.races) race[r.dayIndex] = r.form;
  return [
    line('fitness', colours.fitness, []),
    line('fatigue', colours.fatigue, []),
    line('form', colours.form, [5, 3]),
    {
      type: 'line',
      label: 'Race day',
      strideSeries: 'race',
      data: race,
      xAxisID: 'days',
      yAxisID: 'fitness',
      showLine: false,
      pointStyle: 'rectRot',
      pointRadius: 6,
      pointHoverRadius: 7,
      pointBackgroundColor: colours.race,
      pointBorderColor: colours.markerEdge,
      backgroundColor: colours.race,
      borderColor: colours.markerEdge,
      order: 0,
    },
  ];
}

/** The hidden day axis and the right-hand axis in AU a day (form below zero, so not from zero up). */
export function fitnessScales(
  overlay: FitnessOverlay,
  colours: Colours,
): { days: ScaleOptionsByType<'category'>; fitness: ScaleOptionsByType<'linear'> } {
  return {
    days: {
      type: 'category',
      labels: overlay.days.map((d) => d.date),
      display: false,
      offset: true,
      grid: { display: false },
    } as ScaleOptionsByType<'category'>,
    fitness: {
      type: 'linear',
      position: 'right',
      beginAtZero: true,
      grace: '10%',
      title: { display: true, text: FITNESS_AXIS_TITLE, color: colours.muted, font: { size: 11 } },
      ticks: { color: colours.muted, font: { size: 11 }, precision: 0 },
      grid: { drawOnChartArea: false },
      border: { display: false },
    } as ScaleOptionsByType<'linear'>,
  };
}

/** The legend's entries for the lines, after the bars. */
export function fitnessLegendItems(colours: Colours, hasRace: boolean): LegendItem[] {
  const item = (text: string, colour: string, lineDash: number[]): LegendItem => ({
    text,
    fillStyle: colour,
    strokeStyle: colour,
    lineWidth: 2,
    lineDash,
    pointStyle: 'line',
    fontColor: colours.text,
    hidden: false,
  });
  const items = [
    item(FITNESS_LABEL.fitness, colours.fitness, []),
    item(FITNESS_LABEL.fatigue, colours.fatigue, []),
    item(FITNESS_LABEL.form, colours.form, [3, 2]),
  ];
  if (hasRace)
    items.push({
      text: 'Race day',
      fillStyle: colours.race,
      strokeStyle: colours.markerEdge,
      lineWidth: 1,
      pointStyle: 'rectRot',
      fontColor: colours.text,
      hidden: false,
    });
  return items;
}
