/**
 * What each day cell and week row of the calendar shows, one signal per day (or week): the
 * calendar writes the whole plan's values here after each change, and only the days whose
 * values changed re-render (see keyed-state.svelte.ts for why).
 */
import type { IsoDate } from '../../../../src-shared/domain/dates';
import type {
  DerivedSession,
  Dismissal,
  PlanSession,
  PlanWarning,
  WeekFigures,
} from '../../../../src-shared/domain/types';
import { untrack } from 'svelte';
import { KeyedFlag, KeyedState } from './keyed-state.svelte';
import type { GridWeek } from './plan-grid';

/** The one empty list every empty day reads, so an empty day never "changes" to another empty list. */
const NONE: readonly never[] = Object.freeze([]);

export class CalendarCells {
  readonly sessions = new KeyedState<IsoDate, readonly PlanSession[]>(NONE);
  readonly warnings = new KeyedState<IsoDate, readonly PlanWarning[]>(NONE);
  /** While dragging: what the drop would derive, ghosted on the days it would land on. */
  readonly ghosts = new KeyedState<IsoDate, readonly DerivedSession[]>(NONE);
  /** By 1-based week. */
  readonly figures = new KeyedState<number, WeekFigures | undefined>(undefined);
  /** The selected cards' ids under their own day (the one the inspector shows, or several). */
  readonly selected = new KeyedState<IsoDate, readonly string[]>(NONE);
  /** Suggestions the coach dismissed, a faint marker with Restore on their day. */
  readonly dismissed = new KeyedState<IsoDate, readonly Dismissal[]>(NONE);
  /** By 1-based week: selected by its label (copy, paste, repeat, insert, delete, clear). */
  readonly weekSelected = new KeyedState<number, boolean>(false);
  /** The one week label in the Tab order: the focused day's week. */
  readonly focusedWeek = new KeyedFlag<number>();
  /** The one day in the Tab order. */
  readonly focused = new KeyedFlag<IsoDate>();
  /** The day a drag is over. */
  readonly dropTarget = new KeyedFlag<IsoDate>();

  /** Slots for every day and week of the plan, made before the cells that read them. */
  ensurePlan(weeks: readonly GridWeek[]): void {
    const days = weeks.flatMap((w) => w.days);
    for (const byDay of [this.sessions, this.warnings, this.ghosts, this.selected, this.dismissed]) byDay.ensure(days);
    this.focused.ensure(days);
    this.dropTarget.ensure(days);
    const indexes = weeks.map((w) => w.index);
    this.figures.ensure(indexes);
    this.weekSelected.ensure(indexes);
    this.focusedWeek.ensure(indexes);
  }

  #selectedDates: IsoDate[] = [];
  #selectedWeeks: number[] = [];

  /** The selected sessions, written per day: only days whose selection changed re-render. */
  select(sessions: readonly { id: string; date: IsoDate }[]): void {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local index, never read reactively
    const byDate = new Map<IsoDate, string[]>();
    for (const s of sessions) byDate.set(s.date, [...(byDate.get(s.date) ?? []), s.id]);
    for (const date of this.#selectedDates) if (!byDate.has(date)) this.selected.set(date, NONE);
    for (const [date, ids] of byDate) {
      // Untracked: the effect writing the selection must not depend on what it writes.
      const was = untrack(() => this.selected.get(date));
      if (was.length !== ids.length || was.some((id, i) => id !== ids[i])) this.selected.set(date, ids);
    }
    this.#selectedDates = [...byDate.keys()];
  }

  selectWeeks(weeks: readonly number[]): void {
    for (const w of this.#selectedWeeks) if (!weeks.includes(w)) this.weekSelected.set(w, false);
    for (const w of weeks) this.weekSelected.set(w, true);
    this.#selectedWeeks = [...weeks];
  }
}
