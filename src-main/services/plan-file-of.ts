import type { LibraryWorkout, PlanDocument } from '../../src-shared/api/entities';
import { plainSession } from '../../src-shared/domain/coach-session';
import type { PlanFileData } from '../../src-shared/domain/plan-file';
import { fileWorkoutsOf } from '../../src-shared/domain/plan-file-library';
import { keyOf } from './merge-library';

/**
 * A stored plan in the plan file's shape (kilometres, local dates), with the library workouts its
 * sessions came from (plan-file.md `library`): a session dropped from a workout keeps its kind and
 * title, so those are the workouts of the same kind and title (as the import merges them), not the
 * coach's whole library (`stride library export` writes that).
 */
export function planFileDataOf(doc: PlanDocument, coachLibrary: readonly LibraryWorkout[] = []): PlanFileData {
  const used = new Set(doc.sessions.filter((s) => s.title).map((s) => keyOf({ kind: s.kind, title: s.title! })));
  const library = coachLibrary.filter((w) => used.has(keyOf(w)));
  const { id: _id, units: _units, name, ...settings } = doc.athlete;
  return {
    athlete: { name, ...settings },
    plan: {
      name: doc.plan.name,
      startDate: doc.plan.startDate,
      weeks: doc.plan.weeks,
      weekStartsOn: doc.plan.weekStartsOn,
      units: doc.plan.units,
      ...(doc.plan.goal ? { goal: doc.plan.goal } : {}),
      ...(doc.plan.phases && doc.plan.phases.length > 0 ? { phases: doc.plan.phases } : {}),
    },
    sessions: doc.sessions.map(plainSession),
    dismissed: doc.dismissed,
    ...(library.length > 0 ? { library: fileWorkoutsOf(library) } : {}),
  };
}

/** "Spring 10K" → "spring-10k": safe in every file system. */
export function fileSlug(name: string): string {
  return slugOf(name) || 'plan';
}

/**
 * "spring-10k-maya-ortiz": what the athlete receives (calendar, watch workouts) says whose it is,
 * since one plan goes to many athletes. A name with no Latin letters or digits adds nothing.
 */
export function athleteFileSlug(doc: { plan: { name: string }; athlete: { name: string } }): string {
  const athlete = slugOf(doc.athlete.name);
  return athlete ? `${fileSlug(doc.plan.name)}-${athlete}` : fileSlug(doc.plan.name);
}

function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
