/**
 * What is being dragged over the calendar, which day it is over, and what dropping it there
 * would cause: derived sessions the drop would add, shown ghosted on the following days.
 *
 * HTML5 drag events only reveal their data on drop, so the payload is kept here from dragstart.
 * The rules run once per change of day (not on every dragover, which fires continuously).
 */
import type { IsoDate } from '../../../../src-shared/domain/dates';
import type { DerivedSession, PlanSession } from '../../../../src-shared/domain/types';
import { newSessionId } from './coach-edits';
import { NO_GHOSTS, dropPreview, type DragPayload } from './drop-preview';
import type { PlanStore } from './plan-store.svelte';

export type { DragPayload } from './drop-preview';

/** The MIME type of Stride's own drags (other drops, such as files, are not taken). */
export const DRAG_MIME = 'application/x-stride';

export class DragPreview {
  payload = $state.raw<DragPayload | null>(null);
  overDate = $state<IsoDate | null>(null);
  copying = $state(false);
  /** Ghosts by date: what the drop on `overDate` would derive. */
  ghosts = $state.raw<ReadonlyMap<IsoDate, DerivedSession[]>>(NO_GHOSTS);
  /**
   * The id the session this drag makes will have (a palette kind, or a copy): named at the
   * start so the preview and the drop evaluate the same sessions, and the drop can reuse the
   * preview's evaluation of the day it lands on instead of running the rules again.
   */
  newId = newSessionId();
  /** The card a drop on `overDate` makes or moves, as the rules give it back (not reactive). */
  landing: PlanSession | null = null;

  constructor(private readonly store: PlanStore) {}

  start(payload: DragPayload): void {
    this.newId = newSessionId();
    this.payload = payload;
    this.overDate = null;
    this.copying = false;
    this.ghosts = NO_GHOSTS;
  }

  /** Called on dragover; recomputes the ghosts only when the day (or copy/move) changes. */
  over(date: IsoDate | null, copying: boolean): void {
    if (date === this.overDate && copying === this.copying) return;
    this.overDate = date;
    this.copying = copying;
    const current = this.store.evaluated;
    this.landing = null;
    if (!date || !this.payload || !current) {
      this.ghosts = NO_GHOSTS;
      return;
    }
    try {
      ({ ghosts: this.ghosts, landing: this.landing } = dropPreview(
        this.store.coachSessions,
        current.derived,
        this.payload,
        date,
        copying,
        (s) => this.store.evaluateWith(s),
        this.newId,
      ));
    } catch {
      // A preview is a courtesy: without it the drop still works.
      this.ghosts = NO_GHOSTS;
    }
  }

  /**
   * The drag is over. `keepGhosts`: a drop drawn ahead of its edit keeps them until the edit has
   * run (`clearGhosts`), so what it derives does not vanish for a frame and come back.
   */
  end(keepGhosts = false): void {
    this.payload = null;
    this.overDate = null;
    this.landing = null;
    if (!keepGhosts) this.ghosts = NO_GHOSTS;
  }

  clearGhosts(): void {
    this.ghosts = NO_GHOSTS;
  }
}
