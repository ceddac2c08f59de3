/**
 * The load chart's types, shared by its config, plugins, live update and the print chart: the
 * chart.js configuration it builds, which series a dataset carries, and the options of its inline
 * plugin (declared on chart.js' own option types so `chart.options.plugins.strideLoadBands` is typed).
 */
import type { Chart, ChartConfiguration, ChartDataset, ChartType } from 'chart.js';
import type { Units } from '../../../../src-shared/domain/types';
import type { FitnessOverlay, PhaseRun } from './fitness-figures';

export type LoadChartMode = 'load' | 'distance' | 'minutes';

export interface LoadChartOptions {
  mode: LoadChartMode;
  units: Units;
  /** The 1-based week shown in the calendar, drawn as a shaded column; null or absent: none. */
  highlightWeek?: number | null;
  dark: boolean;
  /** Called with the 1-based week when the coach clicks a week's column. */
  onSelectWeek?: (week: number) => void;
  /**
   * Fitness, fatigue and form over the plan's days, drawn instead of the ratio line (the toggle);
   * null or absent: the ratio line as before.
   */
  fitness?: FitnessOverlay | null;
  /** The plan's phases as runs of weeks, drawn as bands with their names; empty: none. */
  phases?: readonly PhaseRun[];
}

/** Which series a dataset carries (kept on the dataset, so tests and the component can find it). */
export type SeriesKey =
  | 'low'
  | 'moderate'
  | 'high'
  | 'distance'
  | 'minutes'
  | 'acwr'
  | 'flags'
  | 'fitness'
  | 'fatigue'
  | 'form'
  | 'race';

/** Options of the inline plugin that draws the shaded bands (see `loadBandsPlugin`). */
export interface LoadBandsOptions {
  /** 0-based data index of the highlighted week's column, or null. */
  highlightIndex: number | null;
  highlightColour: string;
  /** The ratio axis' "sweet spot" (Gabbett 2016), shaded. */
  band: { from: number; to: number; colour: string } | null;
  /** Reference line on the ratio axis where the load-spike notice starts. */
  line: { at: number; colour: string } | null;
  labelColour: string;
  /** Behind label text: the surface colour, slightly see-through. */
  labelBackdrop: string;
  /** Short flag names by data index, drawn beside the markers when the columns are wide enough. */
  flagLabels: (string | null)[];
  /** Runs of weeks in one phase: alternate runs shaded, each named where its columns leave room. */
  phases: readonly PhaseRun[];
  phaseColour: string;
  /** Race-day callouts ("Race: form +4") beside the race markers on the fitness axis, by plan day. */
  raceLabels: readonly { dayIndex: number; form: number; text: string }[];
  raceColour: string;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    strideLoadBands?: LoadBandsOptions;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginDatasetOptionsByType<TType extends ChartType> {
    /** Which of the chart's series this dataset is (not a chart.js option; chart.js ignores it). */
    strideSeries: SeriesKey;
  }
}

/** Point data: one value per week, null where there is none (a gap in the line, no marker). */
export type LoadChartData = (number | null)[];
export type LoadChartConfig = ChartConfiguration<'bar' | 'line', LoadChartData, string>;
export type LoadChartDataset = ChartDataset<'bar' | 'line', LoadChartData>;
export type LoadChartInstance = Chart<'bar' | 'line', LoadChartData, string>;
