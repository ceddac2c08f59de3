import type { Migration } from './migration';

/**
 * Version 8: what each calendar event of a plan said when the plan was last exported as iCal
 * (export/ical.ts). A calendar app takes an updated event only when its SEQUENCE is higher than
 * the one it holds, and an event's text can change with no session edited (the athlete's recent
 * race changes every pace it prints; a plan's units; a newer Stride's wording): so the export
 * keeps, per plan and event UID, a fingerprint of the event's content and the SEQUENCE it was
 * given, and gives a changed event the next SEQUENCE. Rows go with their plan.
 */
export const migration008IcsExports: Migration = {
  version: 8,
  name: 'ics-exports',
  up: `
    CREATE TABLE ics_exports (
      plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      uid TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      sequence INTEGER NOT NULL CHECK (sequence >= 0),
      PRIMARY KEY (plan_id, uid)
    ) STRICT;
  `,
};
