/** The last open athlete and plan, kept in localStorage for convenience (the store is main's). */
const KEY = 'stride.last-open';

export interface LastOpen {
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
