/** What the app says about its store: read-only (it opened read-only: look and export, no changes). */
import type { PlanStore } from '../store/plan-store';
import type { HandlerGroup } from './handler-types';

export function storeStatusHandlers(store: PlanStore): HandlerGroup<'store.status'> {
  return {
    'store.status': () => ({ readOnly: store.db.readonly, location: store.db.name }),
  };
}
