import type { Migration } from './migration';

/**
 * Version 3 (recovery-rules.md v2, plan-generator.md): the weekdays an athlete can run, their
 * preferred long-run day and a recent normal week's distance; and each plan week's phase
 * (`[{ week, phase }]` as JSON text, the plan file's `plan.phases`).
 */
export const migration003AvailabilityPhases: Migration = {
  version: 3,
  name: 'availability-phases',
  up: `
    ALTER TABLE athletes ADD COLUMN available_days TEXT NOT NULL DEFAULT 'mon,tue,wed,thu,fri,sat,sun';
    ALTER TABLE athletes ADD COLUMN long_run_day TEXT
      CHECK (long_run_day IS NULL OR long_run_day IN ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'));
    ALTER TABLE athletes ADD COLUMN recent_weekly_km REAL;
    ALTER TABLE plans ADD COLUMN phases TEXT NOT NULL DEFAULT '[]';
  `,
};
