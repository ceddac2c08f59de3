/** The last open athlete and plan, kept in localStorage for convenience (the store is main's). */
const KEY = 'stride.last-open';

interface LastOpen {
  athleteId: number | null;
  planId: number | null;
}

export function readLastOpen(): LastOpen {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<LastOpen> | null;
    return {
      athleteId: typeof v?.athleteId === 'number' ? v.athleteId : null,
      planId: typeof v?.planId === 'number' ? v.planId : null,
    };
  } catch {
    return { athleteId: null, planId: null };
  }
}

export function writeLastOpen(value: LastOpen): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(value));
  } catch {
    // Storage can be full or disabled; remembering is only a convenience.
  }
}

const PAPER_KEY = 'stride.paper';
export type Paper = 'a4' | 'letter';

/** The paper the coach last printed on: A4 unless they chose Letter. */
export function readPaper(): Paper {
  try {
    return localStorage.getItem(PAPER_KEY) === 'letter' ? 'letter' : 'a4';
  } catch {
    return 'a4';
  }
}

export function writePaper(paper: Paper): void {
  try {
    localStorage.setItem(PAPER_KEY, paper);
  } catch {
    // As above: a convenience only.
  }
}

const CHART_KEY = 'stride.load-chart';
export type ChartLines = 'ratio' | 'fitness';
export interface ChartView {
  mode: 'load' | 'distance' | 'minutes';
  lines: ChartLines;
}

/** How the coach last set the load chart: what the bars show, and the ratio or the fitness lines. */
export function readChartView(): ChartView {
  try {
    const v = JSON.parse(localStorage.getItem(CHART_KEY) ?? 'null') as Partial<ChartView> | null;
    return {
      mode: v?.mode === 'distance' || v?.mode === 'minutes' ? v.mode : 'load',
      lines: v?.lines === 'fitness' ? 'fitness' : 'ratio',
    };
  } catch {
    return { mode: 'load', lines: 'ratio' };
  }
}

export function writeChartView(view: ChartView): void {
  try {
    localStorage.setItem(CHART_KEY, JSON.stringify(view));
  } catch {
    // As above: a convenience only.
  }
}
