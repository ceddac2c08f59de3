/**
 * The weekly load chart as a picture for print. Chromium's PDF pipeline can leave a live canvas
 * blank, so the chart is drawn once on an off-screen canvas with animation off and a fixed
 * size, turned into a PNG data URL, and destroyed; the page shows an <img> of it.
 */
import type { PlanWarning, Units, WeekFigures } from '../../../src-shared/domain/types';

export interface ChartImageOptions {
  units: Units;
  /** CSS pixels of the image as laid out; drawn at `pixelRatio` times that for sharp print. */
  widthPx: number;
  heightPx: number;
  pixelRatio?: number;
}

let modules: Promise<[typeof import('../lib/chart/load-chart-config'), typeof import('../lib/chart/chart-parts')]> | null =
  null;

/**
 * Loaded on demand: a print without a chart (the athlete's week) never loads chart.js. The plan
 * view starts loading it at once, alongside the plan's data, instead of after it.
 */
export function chartModules() {
  modules ??= Promise.all([import('../lib/chart/load-chart-config'), import('../lib/chart/chart-parts')]);
  return modules;
}

export async function loadChartImage(
  weeks: WeekFigures[],
  warnings: PlanWarning[],
  options: ChartImageOptions,
): Promise<string> {
  const [{ buildLoadChartConfig }, { registerLoadChartParts }] = await chartModules();
  const Chart = registerLoadChartParts();

  const host = document.createElement('div');
  // Off-screen but laid out: chart.js measures its canvas' parent.
  host.style.cssText = `position:absolute;left:-10000px;top:0;width:${options.widthPx}px;height:${options.heightPx}px;`;
  const canvas = document.createElement('canvas');
  canvas.width = options.widthPx;
  canvas.height = options.heightPx;
  canvas.style.cssText = `width:${options.widthPx}px;height:${options.heightPx}px;`;
  host.appendChild(canvas);
  document.body.appendChild(host);

  const config = buildLoadChartConfig(weeks, warnings, {
    mode: 'load',
    units: options.units,
    dark: false,
    forPrint: true,
  });
  config.options = {
    ...config.options,
    responsive: false,
    maintainAspectRatio: false,
    animation: false,
    // 2x (192 dpi at its printed size) is sharp on paper; 3x tripled the PNG encoding time.
    devicePixelRatio: options.pixelRatio ?? 2,
  };
  const chart = new Chart(canvas, config);
  try {
    chart.draw();
    return chart.toBase64Image('image/png');
  } finally {
    chart.destroy();
    host.remove();
  }
}
