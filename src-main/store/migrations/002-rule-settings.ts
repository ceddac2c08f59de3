import type { Migration } from './migration';

/**
 * Version 2: what the recovery rules read and remember — the athlete's rule settings, the
 * coach's dismissals of derived sessions — plus a plan goal and a per-session revision that
 * iCal exports use as SEQUENCE, so calendars update events instead of duplicating them.
 */
export const migration002RuleSettings: Migration = {
  version: 2,
  name: 'rule-settings',
  up: `
    ALTER TABLE athletes ADD COLUMN fatigued INTEGER NOT NULL DEFAULT 0 CHECK (fatigued IN (0, 1));
    ALTER TABLE athletes ADD COLUMN recovery_style TEXT NOT NULL DEFAULT 'runs'
      CHECK (recovery_style IN ('runs', 'run-and-rest'));
    ALTER TABLE athletes ADD COLUMN recent_longest_run_km REAL;
    ALTER TABLE plans ADD COLUMN goal TEXT;
    ALTER TABLE sessions ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

    CREATE TABLE dismissals (
      plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      rule_id TEXT NOT NULL,
      PRIMARY KEY (plan_id, date, rule_id)
    ) STRICT;
  `,
};
