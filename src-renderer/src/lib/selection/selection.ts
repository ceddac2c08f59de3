/**
 * What the coach has selected in the calendar, as pure functions (tested without a DOM): a range
 * of weeks (by their labels) or a set of coach sessions (Ctrl/Cmd+click, Shift+click across
 * days). Only one kind is selected at a time, so Ctrl/Cmd+C, X, V and Delete know what they act on.
 */

export interface WeekSelection {
  /** 1-based, ascending, no repeats. */
  weeks: number[];
  /** Where a Shift+click or Shift+arrow range starts. */
  anchor: number | null;
  /** The other end of the range: where Shift+arrows move from. */
  head: number | null;
}

export const NO_WEEKS: WeekSelection = Object.freeze({ weeks: [], anchor: null, head: null }) as WeekSelection;

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let w = Math.min(a, b); w <= Math.max(a, b); w++) out.push(w);
  return out;
}

/**
 * A click on a week's label: that week alone; with Shift, the range from the anchor; with
 * Ctrl/Cmd, that week toggled in or out (the anchor moves to it).
 */
export function clickWeek(sel: WeekSelection, week: number, mods: { shift?: boolean; toggle?: boolean }): WeekSelection {
  if (mods.shift && sel.anchor != null) return { weeks: range(sel.anchor, week), anchor: sel.anchor, head: week };
  if (mods.toggle) {
    const weeks = sel.weeks.includes(week)
      ? sel.weeks.filter((w) => w !== week)
      : [...sel.weeks, week].sort((a, b) => a - b);
    return { weeks, anchor: week, head: week };
  }
  return { weeks: [week], anchor: week, head: week };
}

/** Shift+↑/↓ on a week label: the range grows or shrinks from its anchor, kept inside the plan. */
export function extendWeeks(sel: WeekSelection, from: number, delta: number, planWeeks: number): WeekSelection {
  const anchor = sel.anchor ?? from;
  const head = Math.min(Math.max((sel.head ?? from) + delta, 1), planWeeks);
  return { weeks: range(anchor, head), anchor, head };
}

/** Weeks past the plan's end (after a delete or a shorter plan) drop out of the selection. */
export function clampWeeks(sel: WeekSelection, planWeeks: number): WeekSelection {
  if (sel.weeks.every((w) => w <= planWeeks)) return sel;
  const weeks = sel.weeks.filter((w) => w <= planWeeks);
  if (weeks.length === 0) return NO_WEEKS;
  const fix = (w: number | null) => (w == null ? null : Math.min(w, planWeeks));
  return { weeks, anchor: fix(sel.anchor), head: fix(sel.head) };
}

/** "week 3", "weeks 3–5", "weeks 2, 4 and 7": the coach's words, for labels and notices. */
export function weeksLabel(weeks: readonly number[]): string {
  const sorted = [...weeks].sort((a, b) => a - b);
  if (sorted.length === 1) return `week ${sorted[0]}`;
  // Runs of consecutive weeks read as ranges ("weeks 1–3, 5 and 8–10").
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  if (runs.length === 1) return `weeks ${runs[0]}`;
  return `weeks ${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}`;
}

export interface SessionSelection {
  ids: string[];
  anchor: string | null;
}

export const NO_SESSIONS: SessionSelection = Object.freeze({ ids: [], anchor: null }) as SessionSelection;

/**
 * A click on a coach session's card. `order` is every coach session's id in calendar order
 * (by date, then the day's order), so Shift+click takes everything between, across days.
 */
export function clickSession(
  sel: SessionSelection,
  id: string,
  mods: { shift?: boolean; toggle?: boolean },
  order: readonly string[],
): SessionSelection {
  if (mods.shift && sel.anchor != null) {
    const a = order.indexOf(sel.anchor);
    const b = order.indexOf(id);
    if (a >= 0 && b >= 0) return { ids: order.slice(Math.min(a, b), Math.max(a, b) + 1), anchor: sel.anchor };
  }
  if (mods.toggle) {
    const ids = sel.ids.includes(id) ? sel.ids.filter((x) => x !== id) : [...sel.ids, id];
    return { ids, anchor: id };
  }
  return { ids: [id], anchor: id };
}

/** Sessions that no longer exist (deleted here, in another tab, by an undo) drop out. */
export function keepExisting(sel: SessionSelection, exists: (id: string) => boolean): SessionSelection {
  if (sel.ids.every(exists)) return sel;
  const ids = sel.ids.filter(exists);
  return ids.length ? { ids, anchor: sel.anchor && exists(sel.anchor) ? sel.anchor : ids[0] } : NO_SESSIONS;
}
