import type { Migration } from './migration';

/** Version 1: athletes, their plans, and the coach's sessions. */
export const migration001Initial: Migration = {
  version: 1,
  name: 'initial',
  up: `
    CREATE TABLE athletes (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      level TEXT NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')),
      run_days_per_week INTEGER NOT NULL CHECK (run_days_per_week BETWEEN 1 AND 7),
      easy_pace_sec_per_km REAL,
      units TEXT NOT NULL CHECK (units IN ('km', 'mi'))
    ) STRICT;

    CREATE TABLE plans (
      id INTEGER PRIMARY KEY,
      athlete_id INTEGER NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
      uid TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      start_date TEXT NOT NULL,
      weeks INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 104),
      week_starts_on TEXT NOT NULL CHECK (week_starts_on IN ('monday', 'sunday')),
      units TEXT NOT NULL CHECK (units IN ('km', 'mi'))
    ) STRICT;
    CREATE INDEX plans_by_athlete ON plans(athlete_id);

    CREATE TABLE sessions (
      plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      date TEXT NOT NULL,
      kind TEXT NOT NULL,
      title TEXT,
      duration_min REAL,
      distance_km REAL,
      rpe INTEGER,
      notes TEXT,
      PRIMARY KEY (plan_id, id)
    ) STRICT;
    CREATE INDEX sessions_by_day ON sessions(plan_id, date);
  `,
};
