/**
 * The plan file's `library` (plan-file.md, version 2): the coach's workouts that travel with a
 * plan, `{ id, kind, title, durationMin?, distanceKm?, rpe?, notes?, steps? }`. Read like the
 * sessions (every problem with its JSON path, e.g. `library[2].steps[0].repeat`) and written
 * with nulls left out. The same reader serves `stride library import`'s library file.
 */
import { z } from 'zod';
import { SESSION_KINDS, type SessionKind } from './kinds';
import {
  childPath,
  isJsonObject,
  noticeUnknownKeys,
  numberFrom,
  readOptional,
  readRequired,
  readRequiredText,
  readText,
  showValue,
  wholeNumberFrom,
  type FieldRule,
  type FileReport,
  type JsonObject,
} from './plan-file-fields';
import { normaliseSteps, stepsProblems, type StepItem } from './steps';

/** A library workout as a file carries it: the id names it within the file only (the store gives its own). */
export interface FileWorkout {
  id: string;
  kind: SessionKind;
  title: string;
  durationMin: number | null;
  distanceKm: number | null;
  rpe: number | null;
  notes: string | null;
  steps: StepItem[] | null;
}

/** More is not a coach's library but a mistake (or an attack): refused before reading each entry. */
export const LIBRARY_FILE_MAX = 2000;

const WORKOUT_KEYS = new Set(['id', 'kind', 'title', 'durationMin', 'distanceKm', 'rpe', 'notes', 'steps']);

// The bounds of the contract's library.save (schemas.ts), so whatever a file brings can be edited.
const RULES = {
  kind: {
    schema: z.enum(SESSION_KINDS),
    expected: `one of the session kinds (${SESSION_KINDS.join(', ')})`,
  } satisfies FieldRule<SessionKind>,
  durationMin: { schema: z.number().min(0).max(1440), expected: numberFrom(0, 1440) } satisfies FieldRule<number>,
  distanceKm: { schema: z.number().min(0).max(300), expected: numberFrom(0, 300) } satisfies FieldRule<number>,
  rpe: { schema: z.number().int().min(1).max(10), expected: wholeNumberFrom(1, 10) } satisfies FieldRule<number>,
};
const ID = { noun: 'an id', max: 100, trim: false };
const TITLE = { noun: 'a title', max: 200, trim: true };
const NOTES = { noun: 'notes', max: 5000, trim: false };

/**
 * `root.library`: absent or null is an empty library; undefined (reported) when anything in it
 * is wrong, so a refused file is refused whole.
 */
export function readLibrary(root: JsonObject, report: FileReport): FileWorkout[] | undefined {
  const list = root.library;
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    report.errors.push(`library: ${showValue(list)} is not a list of workouts`);
    return undefined;
  }
  if (list.length > LIBRARY_FILE_MAX) {
    report.errors.push(`library: ${list.length} workouts; a file carries at most ${LIBRARY_FILE_MAX}`);
    return undefined;
  }
  const out: FileWorkout[] = [];
  const firstIndexOfId = new Map<string, number>();
  const before = report.errors.length;
  list.forEach((item: unknown, index) => {
    const path = childPath('library', index);
    if (!isJsonObject(item)) {
      report.errors.push(`${path}: ${showValue(item)} is not a workout (a JSON object)`);
      return;
    }
    const workout = readWorkout(item, path, report);
    if (!workout) return;
    const earlier = firstIndexOfId.get(workout.id);
    if (earlier !== undefined) {
      report.errors.push(`${childPath(path, 'id')}: ${showValue(workout.id)} is used by ${childPath('library', earlier)} too`);
    } else firstIndexOfId.set(workout.id, index);
    out.push(workout);
  });
  return report.errors.length > before ? undefined : out;
}

function readWorkout(obj: JsonObject, path: string, report: FileReport): FileWorkout | undefined {
  noticeUnknownKeys(obj, path, WORKOUT_KEYS, report);
  const before = report.errors.length;
  // Stride writes the store's number; a hand-written file may name its workouts ("w1").
  const id = typeof obj.id === 'number' && Number.isInteger(obj.id) && obj.id > 0 ? String(obj.id) : readRequiredText(obj, 'id', path, ID, report);
  const kind = readRequired(obj, 'kind', path, RULES.kind, report);
  const title = readRequiredText(obj, 'title', path, TITLE, report);
  const durationMin = readOptional(obj, 'durationMin', path, RULES.durationMin, report);
  const distanceKm = readOptional(obj, 'distanceKm', path, RULES.distanceKm, report);
  const rpe = readOptional(obj, 'rpe', path, RULES.rpe, report);
  const notes = readText(obj, 'notes', path, NOTES, report);
  let steps: StepItem[] | null = null;
  if (obj.steps !== undefined && obj.steps !== null) {
    const problems = stepsProblems(obj.steps, childPath(path, 'steps'));
    if (problems.length > 0) report.errors.push(...problems);
    else if ((obj.steps as unknown[]).length > 0) steps = normaliseSteps(obj.steps as StepItem[]);
  }
  if (report.errors.length > before) return undefined;
  return {
    id: id as string,
    kind: kind as SessionKind,
    title: title as string,
    durationMin: durationMin ?? null,
    distanceKm: distanceKm ?? null,
    rpe: rpe ?? null,
    notes: notes ?? null,
    steps,
  };
}

/** The library as the file writes it: fields in plan-file.md's order, empty ones left out. */
export function libraryJson(library: readonly FileWorkout[]): JsonObject[] {
  return library.map((w) => {
    const json: JsonObject = { id: w.id, kind: w.kind, title: w.title };
    if (w.durationMin !== null) json.durationMin = w.durationMin;
    if (w.distanceKm !== null) json.distanceKm = w.distanceKm;
    if (w.rpe !== null) json.rpe = w.rpe;
    if (w.notes !== null) json.notes = w.notes;
    if (w.steps && w.steps.length > 0) json.steps = w.steps;
    return json;
  });
}

/** The store's workouts as a file carries them (the id as text, like a session's). */
export function fileWorkoutsOf(library: readonly (Omit<FileWorkout, 'id'> & { id: number })[]): FileWorkout[] {
  return library.map((w) => ({ ...w, id: String(w.id) }));
}
