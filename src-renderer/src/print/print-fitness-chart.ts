/**
 * Fitness, fatigue and form on the plan PDF's overview page, laid out as plain geometry for an SVG
 * (PrintFitnessChart.svelte), under the weekly load chart and with the same plot edges, so a
 * week's days sit under its bar. The figures are the `days` of `stride rules` (fitness-figures.ts);
 * the plan's phases are shaded bands with their names, each race day a marker with its form.
 *
 * Pure: no DOM, so it is unit-tested in Node. Units are the SVG's viewBox units.
 */
import type { FitnessOverlay, PhaseRun } from '../lib/chart/fitness-figures';
import { raceCallout } from '../lib/chart/fitness-figures';
import { calloutCandidates, firstFree, type Box } from '../lib/chart/label-room';
import { niceAxis, type Tick } from './print-chart';

export interface PrintFitnessLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  ticks: Tick[];
  zeroY: number;
  paths: { fitness: string; fatigue: string; form: string };
  xLabels: { x: number; text: string }[];
  phases: { x: number; width: number; shaded: boolean; label: string | null }[];
  races: { x: number; y: number; text: string; label: { x: number; y: number } | null }[];
}

/** The load chart's plot edges (print-chart.ts), so the two charts line up week for week. */
const MARGIN = { left: 62, right: 58, top: 18, bottom: 20 };
const MIN_LABEL_STEP = 30;
/** An estimate of label width (10-unit text) to keep names inside their room. */
const CHAR_WIDTH = 5.6;
const LABEL_HEIGHT = 13;

export function layoutPrintFitness(
  overlay: FitnessOverlay,
  phases: readonly PhaseRun[],
  size: { width: number; height: number },
): PrintFitnessLayout {
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: size.width - MARGIN.right,
    bottom: size.height - MARGIN.bottom,
  };
  const days = overlay.days;
  const dayStep = (plot.right - plot.left) / Math.max(days.length, 1);
  const weekStep = dayStep * 7;
  const x = (i: number) => plot.left + dayStep * (i + 0.5);

  // From the lowest form (or 0) to the highest fitness or fatigue, with the load chart's headroom.
  let high = 0;
  let low = 0;
  for (const d of days) {
    high = Math.max(high, d.fitness, d.fatigue, d.form);
    low = Math.min(low, d.form);
  }
  const up = niceAxis(high);
  const down = low < 0 ? Math.ceil(-low / up.step - 1e-9) * up.step : 0;
  const y = (v: number) => plot.bottom - ((v + down) / (up.top + down)) * (plot.bottom - plot.top);
  const ticks: Tick[] = [];
  for (let v = -down; v <= up.top + 1e-9; v += up.step) {
    const value = Math.round(v * 100) / 100;
    ticks.push({ value, y: y(value), label: value < 0 ? `−${-value}` : String(value) });
  }

  const path = (key: 'fitness' | 'fatigue' | 'form') =>
    days.map((d, i) => `${i ? 'L' : 'M'}${fmt(x(i))} ${fmt(y(d[key]))}`).join(' ');

  const weeks = Math.round(days.length / 7);
  const every = Math.max(1, Math.ceil(MIN_LABEL_STEP / weekStep));
  const xLabels = Array.from({ length: weeks }, (_, w) => w)
    .filter((w) => w % every === 0)
    .map((w) => ({ x: plot.left + weekStep * (w + 0.5), text: `W${w + 1}` }));

  // Phase names in the top margin, each inside its own weeks; a name with no room is left out.
  const taken: Box[] = [];
  const phaseBands = phases.map((run, k) => {
    const left = plot.left + weekStep * run.from;
    const width = weekStep * (run.to - run.from + 1);
    const textWidth = run.label.length * CHAR_WIDTH;
    const fits = textWidth <= width - 8;
    if (fits) taken.push({ left: left + 4, right: left + 4 + textWidth, top: plot.top - 16, bottom: plot.top - 3 });
    return { x: left, width, shaded: k % 2 === 1, label: fits ? run.label : null };
  });

  const markers = overlay.races.map((r) => ({ x: x(r.dayIndex), y: y(r.form), text: raceCallout(r) }));
  for (const m of markers) taken.push({ left: m.x - 6, right: m.x + 6, top: m.y - 6, bottom: m.y + 6 });
  const bounds = { left: plot.left, right: plot.right, top: plot.top - 16, bottom: plot.bottom };
  const races = markers.map((m) => {
    const box = firstFree(calloutCandidates(m.x, m.y, m.text.length * CHAR_WIDTH + 4, LABEL_HEIGHT), taken, bounds);
    if (box) taken.push(box);
    return { ...m, label: box ? { x: box.left + 2, y: (box.top + box.bottom) / 2 } : null };
  });

  return {
    width: size.width,
    height: size.height,
    plot,
    ticks,
    zeroY: y(0),
    paths: { fitness: path('fitness'), fatigue: path('fatigue'), form: path('form') },
    xLabels,
    phases: phaseBands,
    races,
  };
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}
