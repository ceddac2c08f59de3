import { StrideError } from '../../src-shared/api/errors';
import type { PlanStore } from '../store/plan-store';
import type { HandlerGroup } from './handler-types';

// Another window (or the command line) may have deleted it: said without the internal id.
const gone = () => new StrideError('not-found', 'This workout is no longer in your library (it was deleted elsewhere)');

/** The coach's workout library: inputs already parsed by the contract (kind, a title, bounded fields, steps). */
export function libraryHandlers(store: PlanStore): HandlerGroup<'library.list' | 'library.save' | 'library.update' | 'library.delete'> {
  return {
    'library.list': () => store.library.list(),
    'library.save': (input) =>
      store.library.create({
        kind: input.kind,
        title: input.title,
        durationMin: input.durationMin ?? null,
        distanceKm: input.distanceKm ?? null,
        rpe: input.rpe ?? null,
        notes: input.notes ?? null,
        steps: input.steps ?? null,
      }),
    'library.update': ({ id, ...patch }) => {
      const workout = store.library.get(id);
      if (!workout) throw gone();
      // Absent fields stay as they are; a null clears one (the contract allows null where a field may be empty).
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      return store.library.update({ ...workout, ...defined });
    },
    'library.delete': ({ id }) => {
      const deleted = store.library.remove(id);
      if (deleted === 0) throw gone();
      return { deleted };
    },
  };
}
