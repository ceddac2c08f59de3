import { StrideError } from '../../src-shared/api/errors';
import { parsePlanFile } from '../../src-shared/domain/plan-file';
import { exportStoredPlanIcs } from '../services/ical-export';
import { importPlanData } from '../services/import-plan';
import { exportPlanFileText } from '../services/plan-file-export';
import { athleteFileSlug, fileSlug } from '../services/plan-file-of';
import type { PlanStore } from '../store/plan-store';
import type { HandlerGroup } from './handler-types';
import { cancelledEventsNotice } from './ics-cancel-notice';
import { loadPlanDocument } from './plan-document';

export function fileHandlers(store: PlanStore): HandlerGroup<'files.importPlan' | 'files.exportPlan' | 'files.exportIcs'> {
  return {
    'files.importPlan': ({ text, athleteId }) => {
      const parsed = parsePlanFile(text);
      // A refused file is refused whole, every problem named; nothing is written.
      if (!parsed.ok) throw new StrideError('invalid-input', parsed.errors.join('\n'));
      const before = store.library.list().length;
      const plan = importPlanData(store, parsed.data, athleteId);
      // The file's workouts the library lacked were added with the plan (merge-library.ts): say so.
      const added = store.library.list().length - before;
      // The reader's "notice: " tells a notice from an error on the command line's stderr; the
      // app shows these in a notice already.
      const read = parsed.notices.map((n) => n.replace(/^notice: /, ''));
      const notices = added > 0 ? [...read, `Added ${added} workout${added === 1 ? '' : 's'} to your library.`] : read;
      // A new athlete named apart from one already stored (import-plan.ts): say which name it got.
      const named = store.athletes.get(plan.athleteId)?.name;
      if (athleteId === undefined && named !== undefined && named !== parsed.data.athlete.name) {
        notices.push(`The new athlete is named ${named}: ${parsed.data.athlete.name} is already one of your athletes.`);
      }
      return { plan, notices };
    },
    'files.exportPlan': ({ planId }) => {
      const doc = loadPlanDocument(store, planId);
      return {
        fileName: `${fileSlug(doc.plan.name)}.strideplan.json`,
        // Refused with a sentence when the file would not import again (an older plan's long goal).
        text: exportPlanFileText(doc, store.library.list()),
      };
    },
    'files.exportIcs': ({ planId, includeRest }) => {
      const doc = loadPlanDocument(store, planId);
      const withRest = includeRest ?? true;
      // The athlete's calendar, named after plan and athlete (one plan goes to many athletes); with
      // and without rest days are two calendars: two names, so one download does not replace the other.
      const fileName = `${athleteFileSlug(doc)}${withRest ? '' : '-no-rest-days'}.ics`;
      const { text, events } = exportStoredPlanIcs(store, doc, { includeRest: withRest });
      // Sessions deleted since an earlier export go out cancelled: the coach is told which.
      const cancelled = cancelledEventsNotice(events);
      return { fileName, text, ...(cancelled ? { notices: [cancelled] } : {}) };
    },
  };
}
