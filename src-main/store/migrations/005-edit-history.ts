import type { Migration } from './migration';

/**
 * Version 5 (issue 9, one edit model): an explicit place for each session inside its day
 * (`position`; rowid order before, which re-inserting a session lost), a plan `version` that
 * rises with every change so a stale window's edit can be refused, a ledger of every session
 * id's highest revision (iCal SEQUENCE never goes backwards, even across delete and undo), the
 * per-plan undo history with its pointer (`history_at`: the seq of the last applied step), and
 * the coach's workout library.
 */
export const migration005EditHistory: Migration = {
  version: 5,
  name: 'edit-history',
  up: `
    ALTER TABLE sessions ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
    UPDATE sessions SET position = rowid;
    DROP INDEX sessions_by_day;
    CREATE INDEX sessions_by_day ON sessions(plan_id, date, position);

    ALTER TABLE plans ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE plans ADD COLUMN history_at INTEGER NOT NULL DEFAULT 0;

    CREATE TABLE session_revisions (
      plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      session_id TEXT NOT NULL,
      revision INTEGER NOT NULL,
      PRIMARY KEY (plan_id, session_id)
    ) STRICT;
    INSERT INTO session_revisions (plan_id, session_id, revision) SELECT plan_id, id, revision FROM sessions;

    CREATE TABLE plan_history (
      plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      label TEXT NOT NULL,
      edits TEXT NOT NULL,
      inverse TEXT NOT NULL,
      PRIMARY KEY (plan_id, seq)
    ) STRICT;

    CREATE TABLE library (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL,
      title TEXT NOT NULL,
      duration_min REAL,
      distance_km REAL,
      rpe INTEGER,
      notes TEXT
    ) STRICT;
  `,
};
