/**
 * The chart's one inline plugin: what chart.js does not draw itself (the highlighted week, the
 * ratio's sweet-spot band and 1.5 line, flag names), driven by `options.plugins.strideLoadBands`
 * so an in-place update moves them with the data.
 */
import type { Plugin } from 'chart.js';
import type { LoadBandsOptions } from './chart-types';
import { placeFlagLabels } from './flag-labels';

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
export const loadBandsPlugin: Plugin<'bar' | 'line'> = {
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
