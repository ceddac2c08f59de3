import { StrideError } from '../../src-shared/api/errors';
import { parsePlanFile, planFileText } from '../../src-shared/domain/plan-file';
import { planToIcs } from '../export/ical';
import { importPlanData } from '../services/import-plan';
import { fileSlug, planFileDataOf } from '../services/plan-file-of';
import type { PlanStore } from '../store/plan-store';
import type { HandlerGroup } from './handler-types';
import { loadPlanDocument } from './plan-document';

export function fileHandlers(store: PlanStore): HandlerGroup<'files.importPlan' | 'files.exportPlan' | 'files.exportIcs'> {
  return {
    'files.importPlan': ({ text, athleteId }) => {
      const parsed = parsePlanFile(text);
      // A refused file is refused whole, every problem named; nothing is written.
      if (!parsed.ok) throw new StrideError('invalid-input', parsed.errors.join('\n'));
      return { plan: importPlanData(store, parsed.data, athleteId), notices: parsed.notices };
    },
    'files.exportPlan': ({ planId }) => {
      const doc = loadPlanDocument(store, planId);
      return {
        fileName: `${fileSlug(doc.plan.name)}.strideplan.json`,
        text: planFileText(planFileDataOf(doc), doc.evaluated),
      };
    },
    'files.exportIcs': ({ planId, includeRest }) => {
      const doc = loadPlanDocument(store, planId);
      const withRest = includeRest ?? true;
      // Two different calendars: two names, so one download does not replace the other.
      const fileName = `${fileSlug(doc.plan.name)}${withRest ? '' : '-no-rest-days'}.ics`;
      return { fileName, text: planToIcs(doc, { includeRest: withRest }) };
    },
  };
}
