import type { PlanStore } from '../store/plan-store';
import { athleteHandlers } from './athletes';
import { derivedHandlers } from './derived';
import { draftHandlers } from './drafts';
import { fileHandlers } from './files';
import { fitHandlers } from './fit';
import type { Handlers } from './handler-types';
import { libraryHandlers } from './library';
import { planHandlers } from './plans';
import { printHandlers, type PrintServices } from './print';
import { sessionHandlers } from './sessions';
import { storeStatusHandlers } from './store-status';
import { templateHandlers } from './templates';

/** Every contract method's handler over one store; the same map serves IPC, HTTP and tests. */
export function createHandlers(store: PlanStore, print: PrintServices = {}): Handlers {
  return {
    ...printHandlers(store, print),
    ...fitHandlers(store),
    ...athleteHandlers(store),
    ...planHandlers(store),
    ...sessionHandlers(store),
    ...derivedHandlers(store),
    ...fileHandlers(store),
    ...libraryHandlers(store),
    ...storeStatusHandlers(store),
    ...templateHandlers(store),
    ...draftHandlers(store),
  };
}

export { dispatch } from './dispatch';
export type { Handlers, PrintServices };
