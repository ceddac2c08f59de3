/**
 * Every change a coach makes to a plan, as a value (issue 9, ENGINEERING.md "One edit model").
 *
 * A `PlanEdit` is a small primitive; bigger operations (paste a week, repeat a block, insert
 * weeks, apply a template, a goal draft) are *lists* of primitives made by pure builders in
 * `week-operations.ts`. One pure function, `applyEdits` (apply-edits.ts), applies a list to a
 * `PlanContent`: the renderer's instant preview and main's store both call it, so they cannot
 * disagree. It returns the new content and the inverse list, which undoes the whole batch
 * (applied in order). Main applies a batch in one SQLite transaction, all or nothing, and keeps
 * `{ label, edits, inverse }` as one history step.
 *
 * The shapes here are the contract between the shared code, main and the renderer: extend the
 * union with new primitives, do not change the meaning of existing ones.
 */
import type { IsoDate, WeekStart } from '../domain/dates';
import type { CoachSession, DerivedRuleId, Dismissal, Units } from '../domain/types';

/** A session's own fields, without its identity and its day. */
export type SessionFields = Omit<CoachSession, 'id' | 'date'>;

/** What of a plan an edit can change besides its sessions and dismissals. */
export interface PlanSettings {
  name: string;
  goal: string | null;
  units: Units;
  /** The frame: week 1 starts on `startDate`, which falls on `weekStartsOn`. */
  startDate: IsoDate;
  weeks: number;
  weekStartsOn: WeekStart;
}

/**
 * What the edits act on: the plan's settings, its coach sessions in display order (by date;
 * inside one day in the coach's order, which the store keeps explicitly), its dismissals, and
 * the highest revision each session id has ever had (so `revision` only grows for an id, across
 * delete and undo: iCal SEQUENCE must never go backwards).
 */
export interface PlanContent {
  settings: PlanSettings;
  sessions: CoachSession[];
  dismissed: Dismissal[];
  /**
   * id -> current revision for live sessions, last revision for deleted ones. A Map, not an
   * object: a 104-week plan has ~700 ids, and copying a Map per edit costs a tenth of spreading
   * an object of that size (which alone took half a millisecond of each edit).
   */
  revisions: ReadonlyMap<string, number>;
}

export type PlanEdit =
  /** Add a coach session; `index` is its place among that day's sessions (default: last). */
  | { op: 'session.add'; session: CoachSession; index?: number }
  /** Change some of a session's fields (not its id or day). */
  | { op: 'session.update'; id: string; patch: Partial<SessionFields> }
  /** Move a session to a day (and a place in that day's order; default: last). */
  | { op: 'session.move'; id: string; date: IsoDate; index?: number }
  | { op: 'session.delete'; id: string }
  /** Remember that the coach dismissed a derived session (recovery-rules.md rule 8). */
  | { op: 'dismissal.add'; dismissal: Dismissal }
  | { op: 'dismissal.remove'; dismissal: Dismissal }
  /**
   * Change plan settings. Sessions are never moved by this edit: moving sessions with the
   * weeks is a separate list of `session.move` edits made by the builder, and a frame that would
   * leave a session outside the plan is refused, naming the sessions with readable dates.
   */
  | { op: 'plan.set'; patch: Partial<PlanSettings> };

export type PlanEditOp = PlanEdit['op'];

/** One undoable step as the history keeps it and the toolbar names it. */
export interface EditStep {
  /** The coach's words: "Paste week 1 onto weeks 3–5", "Delete Tempo run". */
  label: string;
  edits: PlanEdit[];
  inverse: PlanEdit[];
}

/** Keeping a derived session is an add of `keptSession(derived, id)`; this names the rule for labels. */
export type DerivedRef = { date: IsoDate; ruleId: DerivedRuleId };
