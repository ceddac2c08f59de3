/**
 * Step notes in the inspector (workouts.md: "notes are edited in the step list"). The one line of
 * text carries no notes, so a line the coach re-types must not wipe them: `carryNotes` gives the
 * parsed steps the notes of the steps they replace.
 */
import { isRepeat, STEP_LIMITS, type StepItem, type WorkoutStep } from '../../../../src-shared/domain/steps';

/** Where a step is: a top-level item, or step `inner` of the repeat block at `item`. */
export interface StepPath {
  item: number;
  inner?: number;
}

/** The steps in reading order (repeat blocks opened), each with where it is. */
export function flatSteps(items: readonly StepItem[]): { path: StepPath; step: WorkoutStep }[] {
  const out: { path: StepPath; step: WorkoutStep }[] = [];
  items.forEach((item, i) => {
    if (isRepeat(item)) item.steps.forEach((step, j) => out.push({ path: { item: i, inner: j }, step }));
    else out.push({ path: { item: i }, step: item });
  });
  return out;
}

function withNote(step: WorkoutStep, note: string | undefined): WorkoutStep {
  const { notes: _old, ...rest } = step;
  const text = note?.trim().slice(0, STEP_LIMITS.notes);
  return text ? { ...rest, notes: text } : rest;
}

/** The step without its note: what the list shows beside the note field. */
export function withoutNote<T extends StepItem>(item: T): T {
  if (isRepeat(item)) return { ...item, steps: item.steps.map((s) => withNote(s, undefined)) };
  return withNote(item as WorkoutStep, undefined) as T;
}

/** Sets (or, when blank, removes) the note of the step at `path`; notes are cut at 200 characters. */
export function setNote(items: readonly StepItem[], path: StepPath, note: string): StepItem[] {
  return items.map((item, i) => {
    if (i !== path.item) return item;
    if (isRepeat(item)) {
      if (path.inner === undefined) return item;
      return { ...item, steps: item.steps.map((s, j) => (j === path.inner ? withNote(s, note) : s)) };
    }
    return path.inner === undefined ? withNote(item, note) : item;
  });
}

const shape = (s: WorkoutStep): string => JSON.stringify(withNote(s, undefined));

/**
 * The notes of `before` carried onto `after` (the text's parse, which has none). With as many
 * steps as before (a distance, a pace or a count changed) each keeps its note in place; otherwise
 * (steps added or removed) a note goes with an unchanged step, matched in reading order, so
 * typing a warm-up in front does not hand its note to another step.
 */
export function carryNotes(before: readonly StepItem[], after: readonly StepItem[]): StepItem[] {
  const old = flatSteps(before);
  if (!old.some((o) => o.step.notes)) return [...after];
  const next = flatSteps(after);
  const notes: (string | undefined)[] = next.map(() => undefined);
  if (old.length === next.length) {
    old.forEach((o, k) => (notes[k] = o.step.notes));
  } else {
    let from = 0;
    next.forEach((n, k) => {
      const at = old.findIndex((o, m) => m >= from && shape(o.step) === shape(n.step));
      if (at < 0) return;
      notes[k] = old[at].step.notes;
      from = at + 1;
    });
  }
  let out = [...after];
  next.forEach((n, k) => {
    if (notes[k]) out = setNote(out, n.path, notes[k]!);
  });
  return out;
}
