/**
 * The chart.js parts the load chart draws with, registered once. Importing these by name (rather
 * than `registerables`) lets the bundler leave out every other chart type, scale and plugin.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

export function registerLoadChartParts(): typeof Chart {
  // Registering twice is harmless (chart.js keys parts by id).
  Chart.register(
    BarController,
    BarElement,
    LineController,
    LineElement,
    PointElement,
    CategoryScale,
    LinearScale,
    Tooltip,
    Legend,
  );
  return Chart;
}
