/**
 * What the coach does to weeks and selected sessions, and undo/redo: each command builds its
 * edits with the shared builders (src-shared/edits/week-operations.ts), applies them through the
 * plan store's one edit path as one undo step with the coach's label, then puts the selection
 * and the focus where the coach expects them and, when something was taken away, shows a notice
 * with Undo.
 *
 * Builders refuse bad input with a coach's sentence (a paste past week 104); that sentence goes
 * to the banner and nothing changes.
 */
import { tick } from 'svelte';
import { StrideError } from '../../../../src-shared/api/errors';
import { sessionFromWorkout, type LibraryWorkout } from '../library/library';
import { addDays, dayLabel, type IsoDate } from '../../../../src-shared/domain/dates';
import { weekIndexOf } from '../../../../src-shared/domain/plan-frame';
import type { CoachSession } from '../../../../src-shared/domain/types';
import { applyEdits } from '../../../../src-shared/edits/apply-edits';
import { fitStepLabel, titleInLabel } from '../../../../src-shared/edits/edit-labels';
import type { PlanContent, PlanEdit } from '../../../../src-shared/edits/plan-edit';
import {
  clearWeeksEdits,
  copySessions,
  copyWeeks,
  deleteSessionsEdits,
  deleteWeeksEdits,
  insertWeeksEdits,
  moveSessionsEdits,
  pasteSessionsEdits,
  pasteWeeksEdits,
  repeatWeekEdits,
  shiftPlanEdits,
} from '../../../../src-shared/edits/week-operations';
import type { CalendarSelection } from '../selection/calendar-selection.svelte';
import { weeksLabel } from '../selection/selection';
import type { CalendarUi } from '../state/calendar-ui.svelte';
import { newSessionId } from '../state/coach-edits';
import type { PlanStore } from '../state/plan-store.svelte';
import type { NamedClip } from './clipboard';
import type { EditPath } from './edit-path';
import { doneText } from './notice-text';
import { pasteSessionsLabel, sessionsName, sessionTitle } from './step-names';
import { repeatTitle } from './week-dialog-text';
import type { EditNotices } from './notices.svelte';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Also an EditPath: the toolbar's Undo and Redo go through these commands, as Ctrl+Z does, so a
 * notice about the step undone goes with it and a template's take-back is honoured the same way.
 */
export class EditCommands implements EditPath {
  /** The last copy or cut in this window (the system clipboard carries it to other windows). */
  clip = $state.raw<NamedClip | null>(null);

  constructor(
    /** Where edits go: the plan's content, labelled steps, undo and redo (edit-path.ts: the plan store). */
    readonly path: EditPath,
    private readonly store: PlanStore,
    private readonly selection: CalendarSelection,
    private readonly ui: CalendarUi,
    private readonly notices: EditNotices,
  ) {}

  get available(): boolean {
    return this.path.available;
  }

  get content(): PlanContent | null {
    return this.path.content;
  }

  /** The next undo step's label (a notice offers Undo while its own step is next). */
  get undoLabel(): string | null {
    return this.path.undoLabel;
  }

  get redoLabel(): string | null {
    return this.path.redoLabel;
  }

  apply(label: string, edits: PlanEdit[]): Promise<boolean> {
    return this.path.apply(label, edits);
  }

  /** Applies one step; a builder's refusal is shown as the store shows main's. */
  async #apply(label: string, build: (content: PlanContent) => PlanEdit[]): Promise<boolean> {
    const content = this.content;
    if (!content) return false;
    let edits: PlanEdit[];
    try {
      edits = build(content);
    } catch (error) {
      if (error instanceof StrideError) {
        this.store.error = { message: error.message };
        return false;
      }
      throw error;
    }
    if (edits.length === 0) return true;
    return this.path.apply(label, edits);
  }

  /** The weeks a week command acts on: the selected ones, else the focused day's week. */
  #targetWeeks(): number[] {
    if (this.selection.weeks.length) return this.selection.weeks;
    const content = this.content;
    if (!content) return [];
    const w = weekIndexOf(content.settings, this.ui.focusDateIn(content.settings));
    return w ? [w] : [];
  }

  /** The sessions a session command acts on: the given ones, else the selected ones, else the focused or inspected coach card. */
  #targetSessions(given?: readonly string[]): CoachSession[] {
    const content = this.content;
    if (!content) return [];
    let ids = given ?? this.selection.sessionIds;
    if (!ids.length) {
      const one = this.ui.focusedSessionId ?? this.store.selectedId;
      ids = one ? [one] : [];
    }
    return content.sessions.filter((s) => ids.includes(s.id));
  }

  // ---- undo / redo ----

  async undo(): Promise<boolean> {
    // Right after "Apply to athletes…" Ctrl+Z takes that back, unless the plan in view moved on;
    // then it is that plan's undo, and the notice keeps offering the take-back.
    const takeBack = this.notices.current?.takeBack;
    if (takeBack?.stillNext()) {
      this.notices.dismiss();
      await takeBack.run();
      return true;
    }
    if (!takeBack) this.notices.dismiss();
    return this.#keepingFocus(() => this.path.undo());
  }

  async redo(): Promise<boolean> {
    this.notices.dismiss();
    return this.#keepingFocus(() => this.path.redo());
  }

  /**
   * Undo and redo can take away the focused card or week label (a paste or an insert undone):
   * the focus then goes to the calendar's focused day instead of falling to the page. A focused
   * card the step only moved (a move undone or redone) keeps the focus at its new day, so the
   * coach's next Alt+arrow or Delete acts on it (it was left on the day the card had left); so
   * does a card brought back onto the focused day (Delete, then Ctrl+Z).
   */
  async #keepingFocus(step: () => Promise<boolean>): Promise<boolean> {
    const inCalendar = !!document.activeElement?.closest('.calendar');
    const cardId = inCalendar ? this.ui.focusedSessionId : null;
    const before = this.content?.sessions.map((s) => s.id) ?? [];
    const dayBefore = this.content ? this.ui.focusDateIn(this.content.settings) : null;
    const done = await step();
    if (!inCalendar) return done;
    await tick();
    const content = this.content;
    // A card the step brings back onto the focused day (a delete undone) takes the focus too.
    const card = cardId
      ? content?.sessions.find((s) => s.id === cardId)
      : content?.sessions.find((s) => s.date === dayBefore && !before.includes(s.id));
    if (card) {
      await this.ui.focusSession(card.id, card.date);
      return done;
    }
    if (content && (!document.activeElement || document.activeElement === document.body)) {
      void this.ui.focusDay(this.ui.focusDateIn(content.settings));
    }
    return done;
  }

  // ---- copy, cut, paste: whatever is selected ----

  /** What Ctrl/Cmd+C copies now (selected weeks, else selected or focused sessions), or null. */
  copy(): NamedClip | null {
    const content = this.content;
    if (!content) return null;
    if (this.selection.kind === 'weeks') {
      const weeks = this.selection.weeks;
      this.clip = { clip: copyWeeks(content, weeks), from: weeksLabel(weeks) };
      this.notices.show(`Copied ${weeksLabel(weeks)}`);
      return this.clip;
    }
    const sessions = this.#targetSessions();
    if (!sessions.length) return null;
    this.clip = {
      clip: copySessions(
        content,
        sessions.map((s) => s.id),
      ),
      from: sessionsName(sessions),
    };
    this.notices.show(`Copied ${sessionsName(sessions)}`);
    return this.clip;
  }

  async cut(): Promise<NamedClip | null> {
    const kind = this.selection.kind === 'weeks' ? 'weeks' : 'sessions';
    const named = this.copy();
    if (!named) return null;
    if (kind === 'weeks') {
      const weeks = this.selection.weeks;
      const label = `Cut ${weeksLabel(weeks)}`;
      if (await this.#apply(label, (c) => clearWeeksEdits(c, weeks))) this.notices.show(doneText(label), label);
    } else {
      const sessions = this.#targetSessions();
      const label = `Cut ${sessionsName(sessions)}`;
      const focusDate = sessions[0]?.date;
      this.selection.clear();
      this.store.select(null);
      const done = this.#apply(label, (c) =>
        deleteSessionsEdits(
          c,
          sessions.map((s) => s.id),
        ),
      );
      // The day at once, as for Delete.
      if (focusDate) void this.ui.focusDay(focusDate);
      if (await done) this.notices.show(doneText(label), label);
    }
    return named;
  }

  /** Paste `named` (this window's last copy when not given): weeks onto the selected or focused week, sessions onto the focused day. */
  async paste(named: NamedClip | null = this.clip): Promise<void> {
    const content = this.content;
    if (!content) return;
    if (!named) {
      // "Paste here" in the week menu, or Ctrl+V, before anything was copied: say why nothing came.
      this.notices.show('Nothing to paste yet: copy a week or sessions first');
      return;
    }
    if (named.clip.kind === 'weeks') await this.#pasteWeeks(named);
    else await this.#pasteSessions(named, content);
  }

  async #pasteWeeks(named: NamedClip): Promise<void> {
    const clip = named.clip;
    if (clip.kind !== 'weeks') return;
    const targets = this.#targetWeeks();
    if (!targets.length) return;
    // One copied week onto several selected weeks fills each; a block pastes at the first.
    const starts = clip.weeks === 1 && targets.length > 1 ? targets : [targets[0]];
    const covered = starts.flatMap((w) => Array.from({ length: clip.weeks }, (_, i) => w + i));
    const what = named.from ?? plural(clip.weeks, 'copied week');
    const label = `Paste ${what} onto ${weeksLabel(covered)}`;
    const ok = await this.#apply(label, (c) => {
      // Each paste is built on the content the previous one left (the plan may grow).
      const edits: PlanEdit[] = [];
      let current = c;
      for (const start of starts) {
        const next = pasteWeeksEdits(current, clip, start, newSessionId);
        edits.push(...next);
        if (starts.length > 1) current = applyEdits(current, next).content;
      }
      return edits;
    });
    if (!ok) return;
    this.selection.setWeeks(covered.filter((w, i) => covered.indexOf(w) === i).sort((a, b) => a - b));
    // It replaced what those weeks held: said, with Undo (the copy's notice stayed, "Copied week 1").
    this.notices.show(doneText(label), label);
  }

  async #pasteSessions(named: NamedClip, content: PlanContent): Promise<void> {
    const clip = named.clip;
    if (clip.kind !== 'sessions' || !clip.sessions.length) return;
    const date = this.ui.focusDateIn(content.settings);
    const ids: string[] = [];
    const newId = () => {
      const id = newSessionId();
      ids.push(id);
      return id;
    };
    const label = pasteSessionsLabel(named.from ?? undefined, clip.sessions.length, date);
    const done = this.#apply(label, (c) => pasteSessionsEdits(c, clip, date, newId));
    // Selected and focused as soon as the calendar shows them, not when main has answered: on a
    // pasted card, Delete and Alt+arrows act on the pasted selection at once (on the day they
    // did nothing, though the pasted cards showed selected; before main's answer, on nothing).
    if (ids.length && this.#shows(ids[0])) {
      this.selection.setSessions(ids);
      this.store.select(ids.length === 1 ? ids[0] : null);
      void this.ui.focusSession(ids[0], date);
    }
    // Refused by main: the cards go, and the selection with them (Calendar reconciles it).
    if (!(await done)) {
      void this.ui.focusDay(date);
      return;
    }
    // Said, with Undo, as a paste of weeks is: the copy's "Copied 2 sessions" stayed up, so
    // the coach could not tell the paste had happened, nor take it back from the notice.
    this.notices.show(doneText(label), fitStepLabel(label));
  }

  /** The session `id` is in the plan as shown now (an edit's preview included). */
  #shows(id: string, date?: IsoDate): boolean {
    const session = this.content?.sessions.find((s) => s.id === id);
    return !!session && (date === undefined || session.date === date);
  }

  // ---- weeks ----

  /** Week `week` (or the block of `blockWeeks` weeks from it) repeated `times` times right after it. */
  async repeatWeek(week: number, times: number, blockWeeks = 1): Promise<void> {
    const copied = Array.from({ length: times * blockWeeks }, (_, i) => week + blockWeeks + i);
    const copies = blockWeeks > 1 && times > 1 ? ` (${times} copies)` : '';
    const label = `${repeatTitle(week, blockWeeks)} onto ${weeksLabel(copied)}${copies}`;
    if (await this.#apply(label, (c) => repeatWeekEdits(c, week, times, newSessionId, blockWeeks))) {
      // The repeated weeks stay selected, not their copies: a block selected with its copies made
      // the next Repeat… offer the source and every copy as one bigger block.
      this.selection.setWeeks(Array.from({ length: blockWeeks }, (_, i) => week + i));
    }
  }

  async insertWeeks(beforeWeek: number, count: number, where: 'before' | 'after', ofWeek: number): Promise<void> {
    const label = `Insert ${count === 1 ? 'an empty week' : `${count} empty weeks`} ${where} week ${ofWeek}`;
    if (await this.#apply(label, (c) => insertWeeksEdits(c, beforeWeek, count))) {
      this.selection.setWeeks(Array.from({ length: count }, (_, i) => beforeWeek + i));
    }
  }

  async deleteWeeks(weeks: number[] = this.#targetWeeks()): Promise<void> {
    if (!weeks.length) return;
    const label = `Delete ${weeksLabel(weeks)}`;
    this.selection.clear();
    if (await this.#apply(label, (c) => deleteWeeksEdits(c, weeks))) this.notices.show(doneText(label), label);
    // Refused (a plan keeps at least one week): nothing changed, so the weeks stay selected.
    else this.selection.setWeeks(weeks);
  }

  async clearWeeks(weeks: number[] = this.#targetWeeks()): Promise<void> {
    if (!weeks.length) return;
    const label = `Clear ${weeksLabel(weeks)}`;
    if (await this.#apply(label, (c) => clearWeeksEdits(c, weeks))) this.notices.show(doneText(label), label);
  }

  async shiftPlan(weeks: number): Promise<void> {
    if (!weeks) return;
    const label = `Move the plan ${plural(Math.abs(weeks), 'week')} ${weeks > 0 ? 'later' : 'earlier'}`;
    if (await this.#apply(label, (c) => shiftPlanEdits(c, weeks))) this.selection.clear();
  }

  /**
   * The focus back on a week's label once a week dialog (Repeat…, Move whole plan…) closes: the
   * menu item it was opened from is gone, so the dialog had nowhere to give the focus back.
   */
  focusWeek(week: number): void {
    const content = this.content;
    if (content) void this.ui.focusWeekLabel(content.settings, week);
  }

  // ---- selected sessions ----

  async deleteSessions(ids?: readonly string[]): Promise<void> {
    const sessions = this.#targetSessions(ids);
    if (!sessions.length) return;
    const label = `Delete ${sessionsName(sessions)}`;
    const date = sessions[0].date;
    this.selection.clear();
    this.store.select(null);
    const done = this.#apply(label, (c) =>
      deleteSessionsEdits(
        c,
        sessions.map((s) => s.id),
      ),
    );
    // The day at once: the focused card is gone from the calendar before main answers.
    void this.ui.focusDay(date);
    if (await done) this.notices.show(doneText(label), label);
  }

  /** Alt+arrows on a multi-selection: all of them by `days`, refused (nothing moves) when one would leave the plan. */
  async moveSessions(days: number, ids?: readonly string[]): Promise<void> {
    const content = this.content;
    const sessions = this.#targetSessions(ids);
    if (!content || !sessions.length) return;
    const what = sessions.length === 1 ? sessionTitle(sessions[0]) : sessionsName(sessions);
    const span = Math.abs(days) % 7 === 0 ? plural(Math.abs(days) / 7, 'week') : plural(Math.abs(days), 'day');
    const label = `Move ${what} ${span} ${days > 0 ? 'later' : 'earlier'}`;
    const first = sessions[0];
    const to = addDays(first.date, days);
    const done = this.#apply(label, (c) =>
      moveSessionsEdits(
        c,
        sessions.map((s) => s.id),
        days,
      ),
    );
    // The card keeps the focus at its new day as soon as the calendar shows it there: a key
    // pressed before main answers (Delete, another Alt+arrow) acts on the moved selection.
    if (this.#shows(first.id, to)) void this.ui.focusSession(first.id, to);
    // Refused by main: the cards are back where they were, and so is the focus.
    if (!(await done)) void this.ui.focusSession(first.id, first.date);
  }

  /**
   * A library workout onto a day (dropped or clicked), as one session with the workout's fields
   * and steps. It goes through the store's one edit path, as a kind dropped from the palette
   * does: shown at once, one undo step.
   */
  async addWorkout(workout: LibraryWorkout, date: IsoDate, id = newSessionId(), dropped = false): Promise<boolean> {
    const session = sessionFromWorkout(workout, id, date);
    this.selection.setSessions([id]);
    this.store.select(id);
    const done = this.store.apply(
      `Add ${titleInLabel(workout.title)} on ${dayLabel(date)}`,
      [{ op: 'session.add', session }],
      id,
    );
    // Focused as soon as the calendar shows it (see moveSessions); a dropped one by the calendar,
    // where it was dropped, without scrolling.
    if (!dropped && this.#shows(id)) void this.ui.focusSession(id, date);
    return done;
  }

  /** A notice after a dismiss made elsewhere (the inspector), with Undo. */
  dismissed(label: string): void {
    this.notices.show(doneText(capital(label)), label);
  }
}
