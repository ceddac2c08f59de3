/**
 * What each iCal event of a plan said when the plan was last exported (migrations 8 and 9): its
 * content fingerprint, the SEQUENCE it went out with, its day, kind and summary (to cancel it
 * once it has left the plan) and whether it went out cancelled, by event UID. export/ical.ts
 * decides; this only keeps. Rows go with their plan (ON DELETE CASCADE). Statements are
 * prepared on first use: a store opened at an older version (tests, the command line's upgrade
 * path) has no such table until it is migrated.
 */
import type { Db } from './database';

/** One event of an export (export/ical.ts's ExportedEvent: the store imports none of its callers). */
export interface RememberedEvent {
  uid: string;
  fingerprint: string;
  sequence: number;
  /** The event's day (YYYY-MM-DD); null only for a row version 8 kept that version 9 could not date. */
  date: string | null;
  /** The session's kind ('rest' matters: see export/ical.ts); null where version 8 did not say. */
  kind: string | null;
  /** The SUMMARY it had while in the plan, unescaped; null where version 8 did not say. */
  summary: string | null;
  /** True when the last export sent it with STATUS:CANCELLED. */
  cancelled: boolean;
}

interface Row extends Omit<RememberedEvent, 'cancelled'> {
  cancelled: number;
}

export function createIcsExportRepository(db: Db) {
  const make = () => ({
    recall: db.prepare<[number], Row>(
      'SELECT uid, fingerprint, sequence, date, kind, summary, cancelled FROM ics_exports WHERE plan_id = ?',
    ),
    upsert: db.prepare<[number, string, string, number, string | null, string | null, string | null, number]>(`
        INSERT INTO ics_exports (plan_id, uid, fingerprint, sequence, date, kind, summary, cancelled)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (plan_id, uid) DO UPDATE SET fingerprint = excluded.fingerprint, sequence = excluded.sequence,
          date = excluded.date, kind = excluded.kind, summary = excluded.summary, cancelled = excluded.cancelled`),
  });
  let statements: ReturnType<typeof make> | undefined;
  const prepared = () => (statements ??= make());
  return {
    /** The plan's last export, event by event (UID → what it said and its SEQUENCE). */
    recall(planId: number): Map<string, RememberedEvent> {
      const rows = prepared().recall.all(planId);
      return new Map(rows.map((r) => [r.uid, { ...r, cancelled: r.cancelled === 1 }]));
    },
    /** Keeps these events as the plan's last export; events not named keep what they had. */
    remember(planId: number, events: readonly RememberedEvent[]): void {
      const { upsert } = prepared();
      for (const e of events) upsert.run(planId, e.uid, e.fingerprint, e.sequence, e.date, e.kind, e.summary, e.cancelled ? 1 : 0);
    },
  };
}

export type IcsExportRepository = ReturnType<typeof createIcsExportRepository>;
