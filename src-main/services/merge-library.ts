/**
 * Bringing workouts into the coach's library from a file (a plan file's `library`, or
 * `stride library import`). A workout is the same as one already kept when its kind and its title
 * match (the title ignoring case and surrounding spaces): the coach's own copy wins and is left as
 * it is (a file never overwrites what the coach edited here, and the library has no undo), so
 * importing the same file twice adds nothing the second time. Within one file, the first of
 * such twins is taken.
 */
import type { WorkoutFields } from '../store/library-repository';
import type { PlanStore } from '../store/plan-store';

export interface LibraryMerge {
  added: number;
  /** Workouts of the file that the library already had (same kind and title). */
  alreadyKept: number;
}

/** Two workouts are one when this matches; the handlers keep the library free of twins by it too. */
export const keyOf = (w: Pick<WorkoutFields, 'kind' | 'title'>): string => `${w.kind}\n${w.title.trim().toLocaleLowerCase()}`;

/** Adds the workouts the library lacks; call it inside the caller's transaction (it writes several rows). */
export function mergeLibrary(store: PlanStore, workouts: readonly WorkoutFields[]): LibraryMerge {
  const known = new Set(store.library.list().map(keyOf));
  let added = 0;
  for (const w of workouts) {
    const key = keyOf(w);
    if (known.has(key)) continue;
    store.library.create({ ...w, title: w.title.trim() });
    known.add(key);
    added++;
  }
  return { added, alreadyKept: workouts.length - added };
}

/** "Added 2 workouts to the library; 1 was there already (same title and kind)." */
export function mergeSentence(m: LibraryMerge): string {
  const n = (count: number) => `${count} workout${count === 1 ? '' : 's'}`;
  const first = `Added ${n(m.added)} to the library`;
  if (m.alreadyKept === 0) return `${first}.`;
  return `${first}; ${m.alreadyKept === 1 ? '1 was' : `${m.alreadyKept} were`} there already (same title and kind).`;
}
