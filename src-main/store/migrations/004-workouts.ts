import type { Migration } from './migration';

/**
 * Version 4 (workouts.md, paces.md): a session's structured steps (the plan file's
 * `sessions[].steps`, as JSON text; NULL for none) and the athlete's recent race for their paces
 * (`athlete.recentRace`: distance, time and the optional date).
 */
export const migration004Workouts: Migration = {
  version: 4,
  name: 'workouts',
  up: `
    ALTER TABLE sessions ADD COLUMN steps TEXT CHECK (steps IS NULL OR json_valid(steps));
    ALTER TABLE athletes ADD COLUMN recent_race_km REAL CHECK (recent_race_km IS NULL OR recent_race_km BETWEEN 1.5 AND 42.195);
    ALTER TABLE athletes ADD COLUMN recent_race_sec REAL CHECK (recent_race_sec IS NULL OR recent_race_sec BETWEEN 180 AND 21600);
    ALTER TABLE athletes ADD COLUMN recent_race_date TEXT;
  `,
};
