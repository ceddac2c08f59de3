import type { LibraryWorkout } from '../../src-shared/api/entities';
import { StrideError } from '../../src-shared/api/errors';
import { KIND_LABEL } from '../../src-shared/domain/kinds';
import { keyOf } from '../services/merge-library';
import type { WorkoutFields } from '../store/library-repository';
import type { PlanStore } from '../store/plan-store';
import type { HandlerGroup } from './handler-types';

// Another window (or the command line) may have deleted it: said without the internal id.
const gone = () => new StrideError('not-found', 'This workout is no longer in your library (it was deleted elsewhere)');

/**
 * One workout per kind and title (the rule an import merges by): saving a session twice, or
 * renaming onto another workout's name, would leave two items the coach cannot tell apart.
 */
function refuseTwin(store: PlanStore, w: WorkoutFields, id?: number): void {
  const twin = store.library.list().find((other) => other.id !== id && keyOf(other) === keyOf(w));
  if (twin) {
    const kind = KIND_LABEL[twin.kind].toLowerCase();
    throw new StrideError('invalid-input', `Your workouts already hold “${twin.title}” (${kind}); give this one another title`, 'title');
  }
}

/** The coach's workout library: inputs already parsed by the contract (kind, a title, bounded fields, steps). */
export function libraryHandlers(store: PlanStore): HandlerGroup<'library.list' | 'library.save' | 'library.update' | 'library.delete'> {
  return {
    'library.list': () => store.library.list(),
    'library.save': (input) => {
      const fields: WorkoutFields = {
        kind: input.kind,
        title: input.title,
        durationMin: input.durationMin ?? null,
        distanceKm: input.distanceKm ?? null,
        rpe: input.rpe ?? null,
        notes: input.notes ?? null,
        steps: input.steps ?? null,
      };
      refuseTwin(store, fields);
      return store.library.create(fields);
    },
    'library.update': ({ id, ...patch }) => {
      const workout = store.library.get(id);
      if (!workout) throw gone();
      // Absent fields stay as they are; a null clears one (the contract allows null where a field may be empty).
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const next: LibraryWorkout = { ...workout, ...defined };
      refuseTwin(store, next, id);
      return store.library.update(next);
    },
    'library.delete': ({ id }) => {
      const deleted = store.library.remove(id);
      if (deleted === 0) throw gone();
      return { deleted };
    },
  };
}
