/** "New plan from a goal" → Create, in one transaction (services/create-draft.ts). */
import { StrideError } from '../../src-shared/api/errors';
import { parsePlanFile } from '../../src-shared/domain/plan-file';
import { createDraftPlan } from '../services/create-draft';
import type { PlanStore } from '../store/plan-store';
import type { HandlerGroup } from './handler-types';

export function draftHandlers(store: PlanStore): HandlerGroup<'plans.createDraft'> {
  return {
    'plans.createDraft': ({ athleteId, text, assumed }) => {
      const parsed = parsePlanFile(text);
      // Validated before anything is written: a refused draft is refused whole, every problem named.
      if (!parsed.ok) throw new StrideError('invalid-input', parsed.errors.join('\n'), 'text');
      return createDraftPlan(store, athleteId, parsed.data, assumed);
    },
  };
}
