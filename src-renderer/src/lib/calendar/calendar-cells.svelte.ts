/**
 * What each day cell and week row of the calendar shows, one signal per day (or week): the
 * calendar writes the whole plan's values here after each change, and only the days whose
 * values changed re-render (see keyed-state.svelte.ts for why).
 */
import type { IsoDate } from '../../../../src-shared/domain/dates';
import type { DerivedSession, PlanSession, PlanWarning, WeekFigures } from '../../../../src-shared/domain/types';
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
  /** The selected card's id under its own day, null under every other day. */
  readonly selected = new KeyedState<IsoDate, string | null>(null);
  /** The one day in the Tab order. */
  readonly focused = new KeyedFlag<IsoDate>();
  /** The day a drag is over. */
  readonly dropTarget = new KeyedFlag<IsoDate>();

  /** Slots for every day and week of the plan, made before the cells that read them. */
  ensurePlan(weeks: readonly GridWeek[]): void {
    const days = weeks.flatMap((w) => w.days);
    for (const byDay of [this.sessions, this.warnings, this.ghosts, this.selected]) byDay.ensure(days);
    this.focused.ensure(days);
    this.dropTarget.ensure(days);
    this.figures.ensure(weeks.map((w) => w.index));
  }

  #selectedDate: IsoDate | null = null;

  select(session: { id: string; date: IsoDate } | null): void {
    const date = session?.date ?? null;
    if (this.#selectedDate !== null && this.#selectedDate !== date) this.selected.set(this.#selectedDate, null);
    this.#selectedDate = date;
    if (session) this.selected.set(session.date, session.id);
  }
}
