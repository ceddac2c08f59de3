/**
 * The first frame of a one-card edit: the card is drawn on its new day at once, and the edit
 * itself runs in the task after that frame, so what it causes (the rules' recovery runs and
 * warnings, the week's totals, the load chart) shows one frame later.
 *
 * Why (issue 9: key or drop -> painted within 16 ms on a 104-week plan): the edit path previews
 * the whole plan (the shared edit, the rules over 104 weeks, the calendar regrouping 700 sessions
 * by day) before its frame, 6-8 ms here, and that frame renders all the edit touched: 20-30 ms
 * from key to painted. Drawing the card alone takes one day's list written into the calendar's
 * cells (`run`: a drop, a copy). A keyboard move does less still: it carries the card's own
 * element, focus and all (`carry`, carried-card.ts), a frame as cheap as moving it by hand.
 *
 * The edit still goes through the one edit path (the store's `apply`), unchanged: this only
 * draws its most visible part a frame early (and any change that comes before that frame runs
 * the waiting edit first: edit-queue.ts). Once the last edit drawn ahead has run, the days it
 * drew show what the edit path made of them, which is also how a refused edit puts the card back.
 */
import type { IsoDate } from '../../../../src-shared/domain/dates';
import type { PlanSession } from '../../../../src-shared/domain/types';
import { tick } from 'svelte';
import { queueAfterFrame } from '../state/edit-queue';
import { CarriedCard } from './carried-card';
import { NONE, type CalendarCells } from './calendar-cells.svelte';

/** Where the calendar's own values for a day come from, to put the days drawn ahead back. */
export interface DayTruth {
  sessions(date: IsoDate): readonly PlanSession[];
  /** Writes the whole selection again (CalendarCells.select). */
  reselect(): void;
  /** The plan (as the edit path left it) has a session with this id. */
  has(id: string): boolean;
}

export class PaintAhead {
  /** True from an edit drawn ahead until it has run (the grid's `data-ahead`: a hook for the bench). */
  showing = $state(false);
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never read reactively
  readonly #dates = new Set<IsoDate>();
  /** Card elements carried ahead, by session id (a held Alt+→ carries the same one again). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never read reactively
  readonly #carried = new Map<string, CarriedCard>();
  #queued = 0;

  constructor(
    private readonly cells: CalendarCells,
    private readonly truth: DayTruth,
  ) {}

  /**
   * Draws `card` on `to` now (taken off `from` for a move; `from` null for a new card or a copy),
   * then runs `edit` after the frame that shows it. `settled` runs after `edit` (to put back a
   * focus a refused edit took away: the days show the edit path's answer once no edit waits).
   */
  run(card: PlanSession, from: IsoDate | null, to: IsoDate, edit: () => void, settled?: () => void): void {
    const { sessions, selected } = this.cells;
    if (from) {
      sessions.set(
        from,
        sessions.get(from).filter((s) => s.id !== card.id),
      );
      const wasSelected = selected.get(from);
      if (wasSelected.includes(card.id)) {
        selected.set(
          from,
          wasSelected.filter((id) => id !== card.id),
        );
        selected.set(to, [...selected.get(to), card.id]);
      }
      this.#dates.add(from);
    }
    sessions.set(to, dayWith(sessions.get(to), { ...card, date: to }));
    this.#dates.add(to);
    this.#queue(edit, settled);
  }

  /**
   * A keyboard move: carries the card's own element `el` to `day` now, with its focus
   * (carried-card.ts: cheaper than drawing it from state), then runs `edit` after the frame that
   * shows it; `settled` runs once the carried element has given way to what the edit path drew.
   * False where the element cannot be carried: draw the move with `run` instead.
   */
  carry(el: HTMLElement, day: HTMLElement, edit: () => void, settled?: () => void): boolean {
    const carried = this.#carried.get(el.dataset.sessionId ?? '') ?? CarriedCard.of(el);
    if (!carried || carried.el !== el || !carried.carryTo(day)) return false;
    this.#carried.set(carried.id, carried);
    this.#queue(edit, settled);
    return true;
  }

  #queue(edit: () => void, settled?: () => void): void {
    this.showing = true;
    this.#queued++;
    queueAfterFrame(() => {
      try {
        edit();
      } finally {
        if (--this.#queued === 0) this.#settle();
        // After the carried cards have settled, which waits for Svelte to draw the edit's answer.
        if (settled) void tick().then(settled);
      }
    });
  }

  #settle(): void {
    for (const date of this.#dates) {
      this.cells.sessions.set(date, this.truth.sessions(date));
      if (this.cells.selected.get(date).length) this.cells.selected.set(date, NONE);
    }
    this.truth.reselect();
    this.#dates.clear();
    this.showing = false;
    if (this.#carried.size === 0) return;
    const carried = [...this.#carried.values()];
    this.#carried.clear();
    // Once Svelte has drawn what the edits made (a microtask, before the next frame).
    void tick().then(() => {
      for (const card of carried) card.settle(this.truth.has(card.id));
    });
  }
}

/**
 * A day's cards with `card` among them, as the rules will give the day back (evaluate-plan.ts):
 * ordered by id, in code units (the id half of `compareDateThenId`); and without suggestions, which the rules only put on a day the
 * coach left empty (a recovery run drawn beside the dropped card grew the row for one frame).
 */
export function dayWith(day: readonly PlanSession[], card: PlanSession): PlanSession[] {
  return [...day.filter((s) => s.origin === 'coach' && s.id !== card.id), card].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}
