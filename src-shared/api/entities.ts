/** What the store holds and what the contract returns. */
import type { WeekStart } from '../domain/dates';
import type { SessionKind } from '../domain/kinds';
import type { StepItem } from '../domain/steps';
import type { AthleteSettings, CoachSession, Dismissal, EvaluatedPlan, PlanPhase, Units } from '../domain/types';

export interface Athlete extends AthleteSettings {
  id: number;
  name: string;
  /** How this athlete's paces are entered and shown, and the default units of new plans. */
  units: Units;
}

export interface Plan {
  id: number;
  athleteId: number;
  /** Stable random identity, used for iCal UIDs so re-exports update events instead of duplicating them. */
  uid: string;
  name: string;
  goal: string | null;
  startDate: string;
  weeks: number;
  weekStartsOn: WeekStart;
  units: Units;
  /** Each week's phase where one is set (plan-generator.md constraint 9), in week order; the store always gives it. */
  phases?: PlanPhase[];
}

/** A coach session as stored: `revision` rises on every change (iCal SEQUENCE). */
export interface StoredSession extends CoachSession {
  revision: number;
}

/** A plan with everything needed to show, print or export it; `evaluated` is main's authoritative rules output. */
export interface PlanDocument {
  plan: Plan;
  athlete: Athlete;
  sessions: StoredSession[];
  dismissed: Dismissal[];
  evaluated: EvaluatedPlan;
  /** Rises with every change of the plan (any window, tab or the command line); edits name the one they saw. */
  version: number;
  /** The labels of the next undo and redo steps (null: nothing to undo/redo). */
  history: { undo: string | null; redo: string | null };
}

/** One of the coach's own workouts (the palette's "My workouts"), kept in the store across plans. */
export interface LibraryWorkout {
  id: number;
  kind: SessionKind;
  title: string;
  durationMin: number | null;
  distanceKm: number | null;
  rpe: number | null;
  notes: string | null;
  /** Structured steps (workouts.md); null for none. */
  steps: StepItem[] | null;
}

/** One athlete's copy of a template: its plan, its version as created (undo checks it) and its warnings. */
export interface AppliedTemplate {
  plan: Plan;
  athleteName: string;
  version: number;
  warnings: number;
}

export interface FileResult {
  fileName: string;
  /** The file's text, for the browser preview's download; absent when main wrote it through a save dialog. */
  text?: string;
  /** Binary files (PDF) for the browser preview's download, base64-encoded. */
  base64?: string;
  savedTo?: string;
  /** What the coach should know about the file (an iCal export that cancels deleted sessions). */
  notices?: string[];
}
