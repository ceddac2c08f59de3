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
