import { sessionGone, StrideError } from '../../src-shared/api/errors';
import { athletePaces } from '../../src-shared/domain/paces';
import { isRunningKind } from '../../src-shared/domain/kinds';
import { fitFileName, planFitFiles, sessionFit, zipFitFiles } from '../export/fit';
import { athleteFileSlug } from '../services/plan-file-of';
import type { PlanStore } from '../store/plan-store';
import type { HandlerGroup } from './handler-types';
import { loadPlanDocument } from './plan-document';

/** FIT workouts: a session's `.fit` (the inspector), a week's or the plan's `.zip` (the Export menu). */
export function fitHandlers(store: PlanStore): HandlerGroup<'files.exportFit'> {
  return {
    'files.exportFit': async ({ planId, sessionId, week }) => {
      const doc = loadPlanDocument(store, planId);
      if (sessionId !== undefined) {
        const s = doc.evaluated.sessions.find((x) => x.id === sessionId);
        if (!s) throw sessionGone();
        if (!isRunningKind(s.kind)) throw new StrideError('invalid-input', 'Only running sessions go to a watch as a FIT workout');
        const bytes = await sessionFit(s, athletePaces(doc.athlete));
        return { fileName: fitFileName(s), base64: Buffer.from(bytes).toString('base64') };
      }
      if (week !== undefined && week > doc.plan.weeks) throw new StrideError('invalid-input', `week: the plan has ${doc.plan.weeks} weeks`, 'week');
      const files = await planFitFiles(doc, week);
      if (files.length === 0) throw new StrideError('invalid-input', `No running sessions${week ? ` in week ${week}` : ''} to send to a watch`);
      const fileName = `${athleteFileSlug(doc)}${week ? `-week-${week}` : ''}-workouts.zip`;
      return { fileName, base64: Buffer.from(zipFitFiles(files)).toString('base64') };
    },
  };
}
