/**
 * The chart's one inline plugin: what chart.js does not draw itself (the highlighted week, the
 * plan's phases, the ratio's sweet-spot band and 1.5 line, flag names, race-day callouts),
 * driven by `options.plugins.strideLoadBands` so an in-place update moves them with the data.
 */
import type { Chart, Plugin } from 'chart.js';
import type { LoadBandsOptions } from './chart-types';
import { placeFlagLabels } from './flag-labels';
import { calloutCandidates, firstFree, type Box } from './label-room';

const FONT = '10px system-ui, -apple-system, "Segoe UI", sans-serif';
const BOLD_FONT = '600 10px system-ui, -apple-system, "Segoe UI", sans-serif';
/** Label boxes are 14 px high; phase names sit on a row below the flag names along the top. */
const LABEL_HEIGHT = 14;
const PHASE_ROW = 18;

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

/** Each phase run's name and where it goes: inside its own columns, or left out when they are too narrow. */
function phaseLabels(chart: Chart<'bar' | 'line'>, opts: LoadBandsOptions): { text: string; box: Box }[] {
  const { ctx, chartArea: area, scales } = chart;
  const count = chart.data.labels?.length ?? 0;
  if (!scales.x || count === 0) return [];
  const step = (area.right - area.left) / count;
  ctx.save();
  ctx.font = FONT;
  const out = opts.phases.flatMap((run) => {
    const left = scales.x.getPixelForValue(run.from) - step / 2 + 4;
    const right = scales.x.getPixelForValue(run.to) + step / 2 - 4;
    const width = ctx.measureText(run.label).width;
    if (width > right - left) return [];
    const top = area.top + PHASE_ROW - LABEL_HEIGHT / 2;
    return [{ text: run.label, box: { left, top, right: left + width, bottom: top + LABEL_HEIGHT } }];
  });
  ctx.restore();
  return out;
}

/**
 * A highlighted week drawn without a chart.js update (live-update.ts `redrawHighlight`): moving
 * only the highlight (the calendar scrolled to another week) needs a redraw, not chart.js'
 * update of every bar, which cost several times more and ran just when the coach's next key or
 * drop was coming (issue 9). The next full update, which carries the highlight in its options,
 * clears it.
 */
const drawnHighlight = new WeakMap<object, number | null>();

export function setDrawnHighlight(chart: object, index: number | null | undefined): void {
  if (index === undefined) drawnHighlight.delete(chart);
  else drawnHighlight.set(chart, index);
}

/** The plugin's options, with a highlight drawn since the last update in place of theirs. */
export function bandsOptionsOf(chart: Chart<'bar' | 'line'>): LoadBandsOptions | undefined {
  const opts = chart.options.plugins?.strideLoadBands as LoadBandsOptions | undefined;
  if (!opts || !drawnHighlight.has(chart)) return opts;
  return { ...opts, highlightIndex: drawnHighlight.get(chart) ?? null };
}

/**
 * Behind the datasets: alternate phase runs shaded, the highlighted week's column and the ratio
 * axis' sweet-spot band. Over them: the dashed 1.5 reference line, the phase names, the flag
 * names beside the markers (where the columns are wide enough) and the race-day callouts. The band
 * and the line are named in the legend (`legendItems`): text inside the plot sat on top of the last
 * week's bar. Every name and callout is placed clear of the others (label-room.ts). Inline, no
 * annotation package: a few lines of canvas drawing.
 */
export const loadBandsPlugin: Plugin<'bar' | 'line'> = {
  id: 'strideLoadBands',
  beforeDatasetsDraw(chart) {
    const opts = bandsOptionsOf(chart);
    if (!opts) return;
    const { ctx, chartArea: area, scales } = chart;
    const count = chart.data.labels?.length ?? 0;
    const step = (area.right - area.left) / Math.max(count, 1);
    ctx.save();
    if (scales.x) {
      opts.phases.forEach((run, k) => {
        if (k % 2 === 0) return;
        const left = scales.x.getPixelForValue(run.from) - step / 2;
        ctx.fillStyle = opts.phaseColour;
        ctx.fillRect(left, area.top, step * (run.to - run.from + 1), area.bottom - area.top);
      });
    }
    if (opts.highlightIndex !== null && scales.x && opts.highlightIndex < count) {
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
    const opts = bandsOptionsOf(chart);
    if (!opts) return;
    const { ctx, chartArea: area, scales } = chart;
    const ratio = scales.ratio;
    ctx.save();
    ctx.font = FONT;
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
    // Phase names over the bars, on a backdrop: behind them a tall race week's bar hid its name.
    const phases = phaseLabels(chart, opts);
    for (const p of phases)
      label(ctx, p.text, p.box.left, (p.box.top + p.box.bottom) / 2, 'left', opts.labelColour, opts.labelBackdrop);
    // Everything drawn so far that a callout must not cover: phase names, flag markers and names.
    const taken: Box[] = phases.map((p) => p.box);
    const marked = scales.x
      ? opts.flagLabels.flatMap((text, i) => (text == null ? [] : [{ text, x: scales.x.getPixelForValue(i) }]))
      : [];
    for (const m of marked) taken.push({ left: m.x - 7, right: m.x + 7, top: area.top - 7, bottom: area.top + 7 });
    // Names beside the markers only where a column is wide enough; the tooltip always has them.
    if (scales.x && step >= 70) {
      // Every flagged week's marker counts as an obstacle; names never overlap (flag-labels.ts).
      const sides = placeFlagLabels(
        marked.map((m) => ({ x: m.x, width: m.text ? ctx.measureText(m.text).width : null })),
        area.left,
        area.right,
      );
      marked.forEach((m, k) => {
        const side = sides[k];
        if (!side) return;
        const x = side === 'right' ? m.x + 10 : m.x - 10;
        const width = ctx.measureText(m.text).width;
        taken.push({
          left: (side === 'right' ? x : x - width) - 2,
          right: (side === 'right' ? x + width : x) + 2,
          top: area.top - 7,
          bottom: area.top + 7,
        });
        label(ctx, m.text, x, area.top, side === 'right' ? 'left' : 'right', opts.labelColour, opts.labelBackdrop);
      });
    }
    drawRaceCallouts(chart, opts, taken);
    ctx.restore();
    drawHighlightedWeekLabel(chart, opts);
  },
};

/**
 * The highlighted week's label in bold, over chart.js' own plain one (cleared first: the canvas
 * is transparent, so the page shows through). Bold through the ticks' font option would give that
 * label another size, and every new highlight (the calendar scrolled, a drop on another week)
 * then re-ran chart.js' layout pass, a third of an update (issues 3 and 4: the chart's frame
 * within 50 ms of a drop). A label that auto-skip left out stays out, as before.
 */
function drawHighlightedWeekLabel(chart: Chart<'bar' | 'line'>, opts: LoadBandsOptions): void {
  const x = chart.scales.x;
  if (opts.highlightIndex === null || !x) return;
  const k = x.getTicks().findIndex((t) => t.value === opts.highlightIndex);
  const item = k < 0 ? undefined : x.getLabelItems()[k];
  if (!item) return;
  const text = Array.isArray(item.label) ? item.label.join(' ') : item.label;
  const { font, options } = item;
  const [tx, ty] = options.translation ?? [0, 0];
  const { ctx } = chart;
  ctx.save();
  ctx.translate(tx, ty);
  if (options.rotation) ctx.rotate(options.rotation);
  ctx.textAlign = options.textAlign ?? 'center';
  ctx.textBaseline = options.textBaseline ?? 'middle';
  ctx.font = font.string;
  const plain = ctx.measureText(text);
  ctx.font = `${font.style ? `${font.style} ` : ''}bold ${font.size}px ${font.family}`;
  const bold = ctx.measureText(text);
  // The box of both glyph runs, a pixel wider on each side for anti-aliasing.
  const left = Math.max(plain.actualBoundingBoxLeft, bold.actualBoundingBoxLeft) + 1;
  const right = Math.max(plain.actualBoundingBoxRight, bold.actualBoundingBoxRight) + 1;
  const ascent = Math.max(plain.actualBoundingBoxAscent, bold.actualBoundingBoxAscent) + 1;
  const descent = Math.max(plain.actualBoundingBoxDescent, bold.actualBoundingBoxDescent) + 1;
  ctx.clearRect(-left, item.textOffset - ascent, left + right, ascent + descent);
  ctx.fillStyle = String(options.color ?? '');
  ctx.fillText(text, 0, item.textOffset);
  ctx.restore();
}

/** "Race: form +4" beside each race-day marker, clear of every other label and marker. */
function drawRaceCallouts(chart: Chart<'bar' | 'line'>, opts: LoadBandsOptions, taken: Box[]): void {
  const { ctx, chartArea: area, scales } = chart;
  const days = scales.days;
  const fitness = scales.fitness;
  if (!days || !fitness || opts.raceLabels.length === 0) return;
  ctx.font = BOLD_FONT;
  const points = opts.raceLabels.map((r) => ({
    ...r,
    x: days.getPixelForValue(r.dayIndex),
    y: fitness.getPixelForValue(r.form),
  }));
  // All race markers are obstacles before any callout is placed, as the flag markers are.
  for (const p of points) taken.push({ left: p.x - 6, right: p.x + 6, top: p.y - 6, bottom: p.y + 6 });
  const bounds = { left: area.left, right: area.right, top: area.top - 7, bottom: area.bottom };
  for (const p of points) {
    const width = ctx.measureText(p.text).width + 4;
    const box = firstFree(calloutCandidates(p.x, p.y, width, LABEL_HEIGHT), taken, bounds);
    if (!box) continue;
    taken.push(box);
    label(ctx, p.text, box.left + 2, (box.top + box.bottom) / 2, 'left', opts.raceColour, opts.labelBackdrop);
  }
}
