/**
 * Where the coach is in the calendar: the focused day (the one day in the Tab order), the day
 * whose "Add session" menu is open, and today. Moving DOM focus is done here, after Svelte has
 * rendered, so keyboard moves, palette adds and warning links all land the same way.
 */
import { tick } from 'svelte';
import { addDays, type IsoDate } from '../../../../src-shared/domain/dates';
import { isInsidePlan, weekIndexOf } from '../../../../src-shared/domain/plan-frame';
import { afterThisFrame } from './after-paint';
import { today } from './clock';

function cssEscape(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');
}

/** Focuses `el` without the browser's own jump, then scrolls it just into view (the calendar's edge, not its centre). */
export function focusInView(el: HTMLElement | null | undefined): void {
  el?.focus({ preventScroll: true });
  el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

export class CalendarUi {
  focusDate = $state<IsoDate | null>(null);
  menuDate = $state<IsoDate | null>(null);
  today = $state<IsoDate>(today());
  /** The focused card (coach or derived), for the status line under the calendar. */
  focusedSessionId = $state<string | null>(null);
  /** The first and last week rows in the calendar's viewport (set by the calendar as it scrolls). */
  visibleWeeks = $state<[number, number] | null>(null);
  /** Counts the times a session was opened from the keyboard (the app then shows the inspector). */
  inspectorRequests = $state(0);

  requestInspector(): void {
    this.inspectorRequests++;
  }

  /** A sentence about one session, shown by the inspector while that session is selected. */
  explanation = $state<{ sessionId: string; text: string } | null>(null);

  explain(sessionId: string, text: string): void {
    this.explanation = { sessionId, text };
  }

  /** The focused day inside this plan: the one set by the coach, else today, else the plan's first day. */
  focusDateIn(plan: { startDate: IsoDate; weeks: number }): IsoDate {
    const inside = (d: IsoDate | null): d is IsoDate => d != null && isInsidePlan(plan, d);
    if (inside(this.focusDate)) return this.focusDate;
    return inside(this.today) ? this.today : plan.startDate;
  }

  /**
   * The week the coach is at, for the load chart's highlight: the focused day's week while it is
   * on screen, else the top week on screen.
   */
  weekInViewIn(plan: { startDate: IsoDate; weeks: number }): number | null {
    const visible = this.visibleWeeks;
    if (!visible) return null;
    const focusWeek = weekIndexOf(plan, this.focusDateIn(plan)) ?? 0;
    return focusWeek >= visible[0] && focusWeek <= visible[1] ? focusWeek : visible[0];
  }

  /** Bring a week into view (a click on the load chart) and put the focused day on its first day. */
  async showWeek(plan: { startDate: IsoDate; weeks: number }, index: number): Promise<void> {
    const week = Math.min(Math.max(1, index), plan.weeks);
    this.focusDate = addDays(plan.startDate, (week - 1) * 7);
    await tick();
    document.querySelector(`.calendar [data-week="${week}"]`)?.scrollIntoView({ block: 'start' });
  }

  /** Put the focus on a week's label, which becomes the one label in the Tab order. */
  async focusWeekLabel(plan: { startDate: IsoDate; weeks: number }, index: number): Promise<void> {
    const week = Math.min(Math.max(1, index), plan.weeks);
    this.focusDate = addDays(plan.startDate, (week - 1) * 7);
    await tick();
    focusInView(document.querySelector<HTMLElement>(`.calendar [data-week-label="${week}"]`));
  }

  /** Keeps `today` right when the app stays open past midnight. */
  watchToday(): () => void {
    const timer = setInterval(() => {
      const now = today();
      if (now !== this.today) this.today = now;
    }, 60_000);
    return () => clearInterval(timer);
  }

  // By id (DayCell's `day-…`, SessionCard's `card-…`): a selector on a data attribute would
  // walk every element of a 104-week calendar on each key.
  dayElement(date: IsoDate): HTMLElement | null {
    return document.getElementById(`day-${date}`) ?? document.querySelector<HTMLElement>(`.calendar [data-date="${cssEscape(date)}"]`);
  }

  sessionElement(id: string): HTMLElement | null {
    return document.getElementById(`card-${id}`) ?? document.querySelector<HTMLElement>(`.calendar [data-session-id="${cssEscape(id)}"]`);
  }

  async focusDay(date: IsoDate): Promise<void> {
    this.focusDate = date;
    await tick();
    focusInView(this.dayElement(date));
  }

  async focusSession(id: string, date?: IsoDate): Promise<void> {
    if (date) this.focusDate = date;
    await tick();
    focusInView(this.sessionElement(id));
  }

  #pendingFocus: (() => void) | null = null;

  /**
   * Focuses card `id` (on `date`) in the task after the frame being prepared, not now: for a card
   * drawn ahead of its edit (calendar/paint-ahead.svelte.ts), whose frame must show it on its new
   * day within 16 ms (issue 9). Focusing it at once made Chromium style and lay out the page
   * inside the key's handler, about 4 ms; the focus ring comes one frame after the card. The
   * focus waits on the day (the caller put it there), and a key pressed before it lands takes it
   * first (`takePendingFocus`): a held Alt+→ moves the card again, not the day.
   */
  focusSessionAfterFrame(id: string, date: IsoDate): void {
    this.focusDate = date;
    const waitingOn = document.activeElement;
    const focus = () => {
      if (this.#pendingFocus !== focus) return;
      this.#pendingFocus = null;
      const el = this.sessionElement(id);
      if (!el) return;
      // Not if the coach went elsewhere meanwhile (a click): only from where the focus waited.
      const active = document.activeElement;
      if (active && active !== document.body && active !== waitingOn && active.isConnected) return;
      focusInView(el);
    };
    this.#pendingFocus = focus;
    afterThisFrame(focus);
  }

  /** Runs a focus still waiting for its frame now (a key came first); true if there was one. */
  takePendingFocus(): boolean {
    const focus = this.#pendingFocus;
    if (!focus) return false;
    focus();
    return true;
  }

  /** Scroll a week into view (from the warnings list) and put the focus on the given day. */
  async showDate(date: IsoDate): Promise<void> {
    this.focusDate = date;
    await tick();
    const el = this.dayElement(date);
    el?.closest('[data-week]')?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }
}
