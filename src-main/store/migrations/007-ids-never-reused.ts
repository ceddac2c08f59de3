import type { Migration } from './migration';

/**
 * Version 7: an athlete's, a plan's or a library workout's id is never given again once used.
 *
 * `INTEGER PRIMARY KEY` alone hands out max(id) + 1, so deleting the newest plan (or undoing a
 * template or a draft, which deletes it) freed its id for the next plan, possibly another
 * athlete's: a stale window, the remembered last-open plan, a template undo or a script naming
 * that id then reached the wrong plan (a stale window's `baseVersion` can even match, as both
 * plans count versions from 0). `AUTOINCREMENT` keeps the highest id ever used in
 * `sqlite_sequence` instead. Session ids are text made at random per plan, and their revisions
 * are kept in `session_revisions` already, so sessions are left alone.
 *
 * SQLite cannot add AUTOINCREMENT to a column, so each table is rebuilt the way
 * https://www.sqlite.org/lang_altertable.html ("Making Other Kinds Of Table Schema Changes")
 * says: create the new table, copy, drop the old, rename the new. The runner turns foreign keys
 * off around the transaction (with them on, dropping `plans` would cascade into every session,
 * dismissal and history step) and checks afterwards that no reference was broken. Each table
 * keeps its columns in order and every CHECK, UNIQUE, DEFAULT, REFERENCES and STRICT of
 * versions 1–6; the one index on these tables is made again. There are no views or triggers.
 *
 * The copy sets each sequence to the table's highest id. An id freed above it before this
 * version is forgotten (deleting a plan deleted every row naming it) unless a row still names it
 * without its parent (a store once written with foreign keys off): the sequence starts above
 * those too, so a new plan never adopts another plan's orphaned sessions.
 */
export const migration007IdsNeverReused: Migration = {
  version: 7,
  name: 'ids-never-reused',
  up: `
    CREATE TABLE athletes_v7 (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      name TEXT NOT NULL,
      level TEXT NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')),
      run_days_per_week INTEGER NOT NULL CHECK (run_days_per_week BETWEEN 1 AND 7),
      easy_pace_sec_per_km REAL,
      units TEXT NOT NULL CHECK (units IN ('km', 'mi')),
      fatigued INTEGER NOT NULL DEFAULT 0 CHECK (fatigued IN (0, 1)),
      recovery_style TEXT NOT NULL DEFAULT 'runs' CHECK (recovery_style IN ('runs', 'run-and-rest')),
      recent_longest_run_km REAL,
      available_days TEXT NOT NULL DEFAULT 'mon,tue,wed,thu,fri,sat,sun',
      long_run_day TEXT CHECK (long_run_day IS NULL OR long_run_day IN ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun')),
      recent_weekly_km REAL,
      recent_race_km REAL CHECK (recent_race_km IS NULL OR recent_race_km BETWEEN 1.5 AND 42.195),
      recent_race_sec REAL CHECK (recent_race_sec IS NULL OR recent_race_sec BETWEEN 180 AND 21600),
      recent_race_date TEXT
    ) STRICT;
    INSERT INTO athletes_v7 (id, name, level, run_days_per_week, easy_pace_sec_per_km, units, fatigued,
      recovery_style, recent_longest_run_km, available_days, long_run_day, recent_weekly_km,
      recent_race_km, recent_race_sec, recent_race_date)
    SELECT id, name, level, run_days_per_week, easy_pace_sec_per_km, units, fatigued,
      recovery_style, recent_longest_run_km, available_days, long_run_day, recent_weekly_km,
      recent_race_km, recent_race_sec, recent_race_date
    FROM athletes;
    DROP TABLE athletes;
    ALTER TABLE athletes_v7 RENAME TO athletes;

    CREATE TABLE plans_v7 (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      athlete_id INTEGER NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
      uid TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      start_date TEXT NOT NULL,
      weeks INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 104),
      week_starts_on TEXT NOT NULL CHECK (week_starts_on IN ('monday', 'sunday')),
      units TEXT NOT NULL CHECK (units IN ('km', 'mi')),
      goal TEXT,
      phases TEXT NOT NULL DEFAULT '[]',
      version INTEGER NOT NULL DEFAULT 0,
      history_at INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    INSERT INTO plans_v7 (id, athlete_id, uid, name, start_date, weeks, week_starts_on, units, goal, phases, version, history_at)
    SELECT id, athlete_id, uid, name, start_date, weeks, week_starts_on, units, goal, phases, version, history_at
    FROM plans;
    DROP TABLE plans;
    ALTER TABLE plans_v7 RENAME TO plans;
    CREATE INDEX plans_by_athlete ON plans(athlete_id);

    CREATE TABLE library_v7 (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL,
      title TEXT NOT NULL,
      duration_min REAL,
      distance_km REAL,
      rpe INTEGER,
      notes TEXT,
      steps TEXT CHECK (steps IS NULL OR json_valid(steps))
    ) STRICT;
    INSERT INTO library_v7 (id, kind, title, duration_min, distance_km, rpe, notes, steps)
    SELECT id, kind, title, duration_min, distance_km, rpe, notes, steps FROM library;
    DROP TABLE library;
    ALTER TABLE library_v7 RENAME TO library;

    -- Copying set each sequence to its table's highest id (a table with no rows has none yet);
    -- ids still named by a row whose parent is gone count as used too. sqlite_sequence has no
    -- key on name: delete, then insert, so each table has exactly one row.
    DELETE FROM sqlite_sequence WHERE name IN ('athletes', 'plans');
    INSERT INTO sqlite_sequence (name, seq) SELECT 'athletes', max(
      coalesce((SELECT max(id) FROM athletes), 0),
      coalesce((SELECT max(athlete_id) FROM plans), 0));
    INSERT INTO sqlite_sequence (name, seq) SELECT 'plans', max(
      coalesce((SELECT max(id) FROM plans), 0),
      coalesce((SELECT max(plan_id) FROM sessions), 0),
      coalesce((SELECT max(plan_id) FROM dismissals), 0),
      coalesce((SELECT max(plan_id) FROM session_revisions), 0),
      coalesce((SELECT max(plan_id) FROM plan_history), 0));
  `,
};
