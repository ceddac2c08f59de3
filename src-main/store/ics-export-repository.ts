/**
 * What each iCal event of a plan said when the plan was last exported (migration 8): its content
 * fingerprint and the SEQUENCE it went out with, by event UID. export/ical.ts decides; this only
 * keeps. Statements are prepared on first use: a store opened at an older version (tests, the
 * command line's upgrade path) has no such table until it is migrated.
 */
import type { Db } from './database';

/** One event of an export (export/ical.ts's ExportedEvent: the store imports none of its callers). */
export interface RememberedEvent {
  uid: string;
  fingerprint: string;
  sequence: number;
}

export function createIcsExportRepository(db: Db) {
  const make = () => ({
    recall: db.prepare<[number], RememberedEvent>('SELECT uid, fingerprint, sequence FROM ics_exports WHERE plan_id = ?'),
    upsert: db.prepare<[number, string, string, number]>(`
        INSERT INTO ics_exports (plan_id, uid, fingerprint, sequence) VALUES (?, ?, ?, ?)
        ON CONFLICT (plan_id, uid) DO UPDATE SET fingerprint = excluded.fingerprint, sequence = excluded.sequence`),
  });
  let statements: ReturnType<typeof make> | undefined;
  const prepared = () => (statements ??= make());
  return {
    /** The plan's last export, event by event (UID → what it said and its SEQUENCE). */
    recall(planId: number): Map<string, RememberedEvent> {
      const rows = prepared().recall.all(planId);
      return new Map(rows.map((r) => [r.uid, r]));
    },
    /** Keeps these events as the plan's last export; events not named keep what they had. */
    remember(planId: number, events: readonly RememberedEvent[]): void {
      const { upsert } = prepared();
      for (const e of events) upsert.run(planId, e.uid, e.fingerprint, e.sequence);
    },
  };
}

export type IcsExportRepository = ReturnType<typeof createIcsExportRepository>;
