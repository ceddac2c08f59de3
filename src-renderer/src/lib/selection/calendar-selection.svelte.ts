/**
 * The calendar's selection as reactive state: weeks (by label) or coach sessions, never both,
 * so Ctrl/Cmd+C, X, V and Delete act on whatever is selected. The pure rules are in selection.ts.
 */
import {
  NO_SESSIONS,
  NO_WEEKS,
  clampWeeks,
  clickSession,
  clickWeek,
  extendWeeks,
  keepExisting,
  type SessionSelection,
  type WeekSelection,
} from './selection';

export class CalendarSelection {
  weekSel = $state.raw<WeekSelection>(NO_WEEKS);
  sessionSel = $state.raw<SessionSelection>(NO_SESSIONS);

  weeks = $derived(this.weekSel.weeks);
  sessionIds = $derived(this.sessionSel.ids);
  /** What Ctrl/Cmd+C, X and Delete act on. */
  kind = $derived<'weeks' | 'sessions' | null>(
    this.weekSel.weeks.length ? 'weeks' : this.sessionSel.ids.length ? 'sessions' : null,
  );

  clickWeek(week: number, mods: { shift?: boolean; toggle?: boolean } = {}): void {
    this.sessionSel = NO_SESSIONS;
    this.weekSel = clickWeek(this.weekSel, week, mods);
  }

  extendWeeks(from: number, delta: number, planWeeks: number): void {
    this.sessionSel = NO_SESSIONS;
    this.weekSel = extendWeeks(this.weekSel, from, delta, planWeeks);
  }

  /** Select exactly these weeks (after an insert or a paste, the new weeks). */
  setWeeks(weeks: number[]): void {
    this.sessionSel = NO_SESSIONS;
    this.weekSel = weeks.length ? { weeks, anchor: weeks[0], head: weeks[weeks.length - 1] } : NO_WEEKS;
  }

  clickSession(id: string, mods: { shift?: boolean; toggle?: boolean }, order: readonly string[]): void {
    this.weekSel = NO_WEEKS;
    this.sessionSel = clickSession(this.sessionSel, id, mods, order);
  }

  setSessions(ids: string[]): void {
    this.weekSel = NO_WEEKS;
    this.sessionSel = ids.length ? { ids, anchor: ids[0] } : NO_SESSIONS;
  }

  clear(): void {
    this.weekSel = NO_WEEKS;
    this.sessionSel = NO_SESSIONS;
  }

  /** After every change of the plan: drop weeks past its end and sessions that are gone. */
  reconcile(planWeeks: number, exists: (id: string) => boolean): void {
    const weeks = clampWeeks(this.weekSel, planWeeks);
    if (weeks !== this.weekSel) this.weekSel = weeks;
    const sessions = keepExisting(this.sessionSel, exists);
    if (sessions !== this.sessionSel) this.sessionSel = sessions;
  }
}
