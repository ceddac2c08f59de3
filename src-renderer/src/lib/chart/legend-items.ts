/** The load chart's legend, in reading order (see `legendItems`). */
import type { LegendItem } from 'chart.js';
import type { LoadChartDataset } from './chart-types';
import { SPIKE_RATIO, SWEET_SPOT, type Palette } from './chart-theme';

/**
 * The legend, in reading order: the bars, the ratio line, its shaded band and 1.5 line, then the
 * flag marker. Built here rather than by chart.js, which lists datasets only (and by draw order).
 */
export function legendItems(
  datasets: readonly LoadChartDataset[],
  colours: Pick<Palette, 'text' | 'ratio' | 'bandSwatch' | 'muted' | 'notice' | 'markerEdge'>,
  /** The fitness lines' entries, which then stand where the ratio's are (fitness-lines.ts). */
  lines: LegendItem[] | null = null,
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
  if (lines) items.push(...lines);
  else
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
    );
  items.push({
    text: 'Flagged week',
    fillStyle: colours.notice,
    strokeStyle: colours.markerEdge,
    lineWidth: 1,
    pointStyle: 'triangle',
    fontColor: colours.text,
    hidden: false,
  });
  return items;
}
