import type { Migration } from './migration';

/**
 * Version 9: enough of each exported iCal event to cancel it once it has left the plan.
 *
 * A calendar app never removes an event because a later file lacks it: a session deleted or
 * moved away, or a recovery run the rules no longer add, stays in the athlete's calendar until a
 * file sends its UID with STATUS:CANCELLED (export/ical.ts). That event needs the day it was on
 * (DTSTART) and a summary the athlete recognises ("Cancelled: Tempo run"), which the plan no
 * longer has; `kind` says whether it was a rest day (a file without rest days says nothing about
 * those), and `cancelled` whether the last export sent it cancelled.
 *
 * Rows remembered by version 8 are filled in where the store still knows: the day and kind of a
 * session still in the plan, and the day in a rules' UID (`rule-<date>.<plan uid>@stride`). The
 * rest are filled by the next export that still has them.
 */
export const migration009IcsCancellations: Migration = {
  version: 9,
  name: 'ics-cancellations',
  up: `
    ALTER TABLE ics_exports ADD COLUMN date TEXT;
    ALTER TABLE ics_exports ADD COLUMN kind TEXT;
    ALTER TABLE ics_exports ADD COLUMN summary TEXT;
    ALTER TABLE ics_exports ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1));

    UPDATE ics_exports SET (date, kind) = (
      SELECT s.date, s.kind FROM sessions s JOIN plans p ON p.id = s.plan_id
      WHERE s.plan_id = ics_exports.plan_id AND ics_exports.uid = s.id || '.' || p.uid || '@stride'
    );
    UPDATE ics_exports SET date = substr(uid, 6, 10)
      WHERE date IS NULL AND uid GLOB 'rule-[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].*';
  `,
};
