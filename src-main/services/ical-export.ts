/**
 * A stored plan as iCal, the one path the app's Export and `stride export ics <plan-id>` share:
 * each event's SEQUENCE is measured against what the plan's last export said (export/ical.ts),
 * and this export is remembered in the same transaction, so two exports at once cannot both
 * take the same SEQUENCE for different text. Events the last export sent that have left the
 * plan are sent cancelled (export/ical.ts) and remembered as such. A read-only store is exported
 * against what it remembers (its cancellations included) and remembers nothing.
 */
import type { PlanDocument } from '../../src-shared/api/entities';
import type { PlanStore } from '../store/plan-store';
import { planIcs, type ExportedEvent, type IcsOptions } from '../export/ical';

/**
 * `doc` is the plan as loaded from `store` (loadPlanDocument). Gives the file's text and its
 * events, the cancelled ones included (what the app tells the coach the file cancels).
 */
export function exportStoredPlanIcs(
  store: PlanStore,
  doc: PlanDocument,
  options: Omit<IcsOptions, 'lastExport'>,
): { text: string; events: readonly ExportedEvent[] } {
  const planId = doc.plan.id;
  const exportOnce = () => {
    const lastExport = store.icsExports.recall(planId);
    const { text, events } = planIcs(doc, { ...options, lastExport });
    if (!store.db.readonly) store.icsExports.remember(planId, events.filter((e) => !same(lastExport.get(e.uid), e)));
    return { text, events };
  };
  if (store.db.readonly) return exportOnce();
  // IMMEDIATE: the write lock from the start, so the read of the last export is never stale.
  return store.db.transaction(exportOnce).immediate();
}

/** Unchanged since the last export: nothing to write (a version-8 row gets its day, kind and summary). */
function same(a: ExportedEvent | undefined, b: ExportedEvent): boolean {
  return (
    !!a &&
    a.fingerprint === b.fingerprint &&
    a.sequence === b.sequence &&
    a.date === b.date &&
    a.kind === b.kind &&
    a.summary === b.summary &&
    a.cancelled === b.cancelled
  );
}
