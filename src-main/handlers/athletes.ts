import { athleteGone } from '../../src-shared/api/errors';
import type { PlanStore } from '../store/plan-store';
import type { HandlerGroup } from './handler-types';

export function athleteHandlers(store: PlanStore): HandlerGroup<'athletes.list' | 'athletes.create' | 'athletes.update' | 'athletes.delete'> {
  return {
    'athletes.list': () => store.athletes.list(),
    'athletes.create': (input) => store.athletes.create(input),
    'athletes.update': ({ id, ...patch }) => {
      const athlete = store.athletes.get(id);
      if (!athlete) throw athleteGone();
      const next = { ...athlete, ...patch };
      store.athletes.update(next);
      return next;
    },
    'athletes.delete': ({ id }) => {
      if (!store.athletes.get(id)) throw athleteGone();
      return { deleted: store.athletes.remove(id) };
    },
  };
}
