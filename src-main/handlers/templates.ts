/** "Apply to athletes…" and its undo (services/apply-template.ts). */
import { applyTemplateToAthletes, undoTemplate } from '../services/apply-template';
import type { PlanStore } from '../store/plan-store';
import type { HandlerGroup } from './handler-types';

export function templateHandlers(store: PlanStore): HandlerGroup<'plans.applyTemplate' | 'plans.undoTemplate'> {
  return {
    'plans.applyTemplate': ({ planId, targets }) => ({ applied: applyTemplateToAthletes(store, planId, targets) }),
    'plans.undoTemplate': ({ plans }) => ({ deleted: undoTemplate(store, plans) }),
  };
}
