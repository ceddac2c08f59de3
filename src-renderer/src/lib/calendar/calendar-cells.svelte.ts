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
import { flushSync, untrack } from 'svelte';
import { KeyedFlag, KeyedState } from './keyed-state.svelte';
import type { GridWeek } from './plan-grid';

/** The one empty list every empty day reads, so an empty day never "changes" to another empty list. */
export const NONE: readonly never[] = Object.freeze([]);

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

  // ---- rows far off screen render their changes after the rows on screen ----
  //
  // A bulk edit (repeat a week 51 times, paste onto many weeks, undo of either) changes hundreds
  // of cards, most of them in rows the coach cannot see (`content-visibility: auto` already skips
  // their layout and paint; this skips making their cards). Those rows keep their old content a
  // little longer: they are brought up to date in idle time, a few weeks per slice, and at once
  // when they come near the viewport. Until the calendar reports which weeks are near, every
  // change shows at once.

  /** Weeks on or near the screen (1-based), or null while unknown. */
  #near: ReadonlySet<number> | null = null;
  /** Week (1-based) of each plan day. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local index, never read reactively
  #weekOf = new Map<IsoDate, number>();
  #daysOf: IsoDate[][] = [];
  #idle: number | null = null;

  readonly #isNowDay = (date: IsoDate): boolean => {
    if (this.#near === null) return true;
    const week = this.#weekOf.get(date);
    return week === undefined || this.#near.has(week);
  };
  readonly #isNowWeek = (week: number): boolean => this.#near === null || this.#near.has(week);

  setSessions(next: ReadonlyMap<IsoDate, readonly PlanSession[]>): void {
    if (this.sessions.setAll(next, this.#isNowDay)) this.#scheduleCatchUp();
  }
  setWarnings(next: ReadonlyMap<IsoDate, readonly PlanWarning[]>): void {
    if (this.warnings.setAll(next, this.#isNowDay)) this.#scheduleCatchUp();
  }
  setDismissed(next: ReadonlyMap<IsoDate, readonly Dismissal[]>): void {
    if (this.dismissed.setAll(next, this.#isNowDay)) this.#scheduleCatchUp();
  }
  setFigures(next: ReadonlyMap<number, WeekFigures>): void {
    if (this.figures.setAll(next, this.#isNowWeek)) this.#scheduleCatchUp();
  }

  /** The weeks now on or near the screen (null: unknown); their held-back changes show at once. */
  setNearWeeks(weeks: ReadonlySet<number> | null): void {
    this.#near = weeks;
    if (weeks === null) {
      if (this.#pending) this.#scheduleCatchUp();
      return;
    }
    for (const week of weeks) this.#catchUpWeek(week);
  }

  #catchUpWeek(week: number): void {
    for (const date of this.#daysOf[week - 1] ?? []) {
      this.sessions.applyPending(date);
      this.warnings.applyPending(date);
      this.dismissed.applyPending(date);
    }
    this.figures.applyPending(week);
  }

  get #pending(): boolean {
    return this.sessions.hasPending || this.warnings.hasPending || this.dismissed.hasPending || this.figures.hasPending;
  }

  /** Brings the held-back rows up to date in idle time, a few weeks per slice. */
  #scheduleCatchUp(): void {
    if (this.#idle !== null) return;
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback : null;
    const run = (deadline?: IdleDeadline) => {
      this.#idle = null;
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local index, never read reactively
      const weeks = new Set<number>();
      for (const date of [...this.sessions.pendingKeys(), ...this.warnings.pendingKeys(), ...this.dismissed.pendingKeys()])
        weeks.add(this.#weekOf.get(date) ?? 0);
      for (const week of this.figures.pendingKeys()) weeks.add(week);
      for (const week of [...weeks].sort((a, b) => a - b)) {
        this.#catchUpWeek(week);
        // Render this week now, so the time it took counts against the idle period.
        flushSync();
        if (deadline && deadline.timeRemaining() < 4) break;
      }
      if (this.#pending) this.#scheduleCatchUp();
    };
    this.#idle = idle ? idle(run, { timeout: 100 }) : (setTimeout(run, 0) as unknown as number);
  }

  /** Slots for every day and week of the plan, made before the cells that read them. */
  ensurePlan(weeks: readonly GridWeek[]): void {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local index, never read reactively
    this.#weekOf = new Map(weeks.flatMap((w) => w.days.map((d) => [d, w.index] as const)));
    this.#daysOf = weeks.map((w) => w.days);
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
