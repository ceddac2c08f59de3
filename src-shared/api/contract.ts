/**
 * The one contract between renderer and main: every method's input schema, declared once.
 * Main registers each handler through one wrapper that parses the input with these schemas;
 * the renderer's client is typed by them. Transports (Electron IPC, loopback HTTP) carry
 * `{ method, input }` and return a `CallResult`.
 */
import { z } from 'zod';
import { planEdits, stepLabel } from './edit-schemas';
import type { AppliedTemplate, Athlete, FileResult, LibraryWorkout, Plan, PlanDocument } from './entities';
import {
  athleteFields,
  derivedRuleId,
  entityId,
  isoDate,
  libraryWorkoutFields,
  planFields,
  sessionFields,
  sessionId,
} from './schemas';

const planRef = { planId: entityId };
const weekChoice = z.union([z.number().int().min(1).max(104), z.literal('all')]);

export const contract = {
  'athletes.list': z.object({}).strict(),
  'athletes.create': athleteFields.strict(),
  'athletes.update': athleteFields.partial().extend({ id: entityId }).strict(),
  'athletes.delete': z.object({ id: entityId }).strict(),

  'plans.list': z.object({ athleteId: entityId.optional() }).strict(),
  /** startDate is snapped back to the first day of its week. */
  'plans.create': planFields.partial({ goal: true }).strict(),
  /** A new start or week start: `frame` says whether sessions keep their dates or move with their weeks. */
  'plans.update': planFields
    .omit({ athleteId: true })
    .partial()
    .extend({ id: entityId, frame: z.enum(['keep-dates', 'move-with-weeks']).optional() })
    .strict(),
  'plans.delete': z.object({ id: entityId }).strict(),
  'plans.get': z.object({ id: entityId }).strict(),
  /** A batch of edits, one undo step; refused (code `conflict`) when `baseVersion` is stale. */
  'plans.edit': z.object({ ...planRef, baseVersion: z.number().int().min(0), label: stepLabel, edits: planEdits }).strict(),
  'plans.undo': z.object({ ...planRef, baseVersion: z.number().int().min(0) }).strict(),
  'plans.redo': z.object({ ...planRef, baseVersion: z.number().int().min(0) }).strict(),
  /**
   * "Apply to athletes…" (plan-generator.md "Templates"): a copy of the plan for each athlete, at
   * a start or race date and a scale, all in one transaction. The scale is checked by the shared
   * template function, so a bad one is refused with its sentence.
   */
  'plans.applyTemplate': z
    .object({
      ...planRef,
      targets: z
        .array(
          z
            .object({ athleteId: entityId, startDate: isoDate.optional(), raceDate: isoDate.optional(), scalePercent: z.number().optional() })
            .strict(),
        )
        .min(1)
        .max(50),
    })
    .strict(),
  /**
   * "New plan from a goal" → Create: the draft's plan file for the athlete, and the recent figures
   * the draft assumed (each kept only where the athlete's is unknown), in one transaction.
   */
  'plans.createDraft': z
    .object({
      athleteId: entityId,
      text: z.string(),
      assumed: z
        .object({
          recentWeeklyKm: athleteFields.shape.recentWeeklyKm.unwrap().unwrap().optional(),
          recentLongestRunKm: athleteFields.shape.recentLongestRunKm.unwrap().optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
  /** Takes an application back: deletes exactly those plans at once; refused if any changed since. */
  'plans.undoTemplate': z
    .object({ plans: z.array(z.object({ id: entityId, version: z.number().int().min(0) }).strict()).min(1).max(50) })
    .strict(),

  /** `id` may be given by the renderer (optimistic updates); main makes one otherwise. */
  'sessions.add': sessionFields
    .partial({ title: true, durationMin: true, distanceKm: true, rpe: true, notes: true })
    .extend({ ...planRef, id: sessionId.optional(), date: isoDate })
    .strict(),
  'sessions.update': sessionFields.partial().extend({ ...planRef, id: sessionId }).strict(),
  /** Move to another day, or copy there (`copy: true`, Alt-drop), optionally with the copy's id. */
  'sessions.move': z
    .object({ ...planRef, id: sessionId, date: isoDate, copy: z.boolean().optional(), copyId: sessionId.optional() })
    .strict(),
  'sessions.delete': z.object({ ...planRef, id: sessionId }).strict(),

  /** Keep a derived session: it becomes an ordinary coach session. */
  'derived.keep': z.object({ ...planRef, date: isoDate, ruleId: derivedRuleId }).strict(),
  /** Dismiss a derived session: that day stays open for that rule. */
  'derived.dismiss': z.object({ ...planRef, date: isoDate, ruleId: derivedRuleId }).strict(),
  'derived.restore': z.object({ ...planRef, date: isoDate, ruleId: derivedRuleId }).strict(),

  /** The coach's workout library (issue 9 §4); `save` needs a kind and a title, the rest may follow. */
  'library.list': z.object({}).strict(),
  'library.save': libraryWorkoutFields
    .partial({ durationMin: true, distanceKm: true, rpe: true, notes: true, steps: true })
    .strict(),
  'library.update': libraryWorkoutFields.partial().extend({ id: entityId }).strict(),
  'library.delete': z.object({ id: entityId }).strict(),

  // The text's size is the plan file reader's to refuse (PLAN_FILE_MAX_CHARS): one sentence with
  // the file's size, as on the command line, instead of this schema's words about a string.
  'files.importPlan': z.object({ text: z.string(), athleteId: entityId.optional() }).strict(),
  'files.exportPlan': z.object({ planId: entityId }).strict(),
  'files.exportIcs': z.object({ planId: entityId, includeRest: z.boolean().optional() }).strict(),
  /** The plan (A4/Letter landscape) or weekly schedules (a page per week) as a PDF of the print view. */
  'files.exportPdf': z
    .object({
      planId: entityId,
      view: z.enum(['plan', 'weeks']).optional(),
      week: weekChoice.optional(),
      paper: z.enum(['a4', 'letter']).optional(),
    })
    .strict(),
  /**
   * FIT workouts for a watch (workouts.md): one session's `.fit`, or a week's or the whole plan's
   * running sessions as a `.zip` of them.
   */
  'files.exportFit': z
    .object({ planId: entityId, sessionId: sessionId.optional(), week: z.number().int().min(1).max(104).optional() })
    .strict(),
  /** Print weekly schedules for the athlete through the system print dialog (desktop app). */
  /** Whether the store opened read-only (a read-only file, folder or disk): the app then says so. */
  'store.status': z.object({}).strict(),
  'print.weeks': z.object({ planId: entityId, week: weekChoice.optional(), paper: z.enum(['a4', 'letter']).optional() }).strict(),
} as const;

export interface ContractOutputs {
  'athletes.list': Athlete[];
  'athletes.create': Athlete;
  'athletes.update': Athlete;
  'athletes.delete': { deleted: number };
  'plans.list': Plan[];
  'plans.create': Plan;
  'plans.update': Plan;
  'plans.delete': { deleted: number };
  'plans.get': PlanDocument;
  'plans.edit': PlanDocument;
  'plans.undo': PlanDocument;
  'plans.redo': PlanDocument;
  'plans.applyTemplate': { applied: AppliedTemplate[] };
  'plans.undoTemplate': { deleted: number };
  'plans.createDraft': { plan: Plan; athlete: Athlete };
  'sessions.add': PlanDocument;
  'sessions.update': PlanDocument;
  'sessions.move': PlanDocument;
  'sessions.delete': PlanDocument;
  'derived.keep': PlanDocument;
  'derived.dismiss': PlanDocument;
  'derived.restore': PlanDocument;
  'library.list': LibraryWorkout[];
  'library.save': LibraryWorkout;
  'library.update': LibraryWorkout;
  'library.delete': { deleted: number };
  'files.importPlan': { plan: Plan; notices: string[] };
  'files.exportPlan': FileResult;
  'files.exportIcs': FileResult;
  'files.exportPdf': FileResult;
  'files.exportFit': FileResult;
  'print.weeks': { printed: boolean };
  'store.status': { readOnly: boolean; location: string };
}

export type Method = keyof typeof contract;
export type MethodInput<M extends Method> = z.input<(typeof contract)[M]>;
export type ParsedInput<M extends Method> = z.output<(typeof contract)[M]>;
export type MethodOutput<M extends Method> = ContractOutputs[M];

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(value: unknown): value is Method {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}

/** A failure that names what is wrong; `field` is the input path when one field is to blame. */
export interface CallError {
  /**
   * `unavailable`: the store cannot do it now (disk full, busy); `read-only`: the store cannot be
   * written at all (the app already says so). The message says what to do.
   */
  code: 'invalid-input' | 'not-found' | 'conflict' | 'forbidden' | 'unknown-method' | 'unsupported' | 'unavailable' | 'read-only' | 'internal';
  message: string;
  field?: string;
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError };
