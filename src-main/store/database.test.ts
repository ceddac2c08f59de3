import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, StoreError } from './database';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { openPlanStore } from './plan-store';

let dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'stride-db-'));
  dirs.push(dir);
  return join(dir, 'stride.sqlite');
};
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

describe('opening the plan store', () => {
  it('creates every table from an empty file, with the durable pragmas', () => {
    const db = openDatabase(tempFile());
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name).sort()).toEqual(['athletes', 'dismissals', 'library', 'plan_history', 'plans', 'session_revisions', 'sessions']);
    for (const t of tables) expect(t.sql).toMatch(/STRICT\s*$/);
    db.close();
  });

  it('versions rise one by one', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('migrates a version-1 database with its data, keeping a backup copy first', () => {
    const file = tempFile();
    const v1 = openDatabase(file, { targetVersion: 1 });
    v1.prepare("INSERT INTO athletes (name, level, run_days_per_week, easy_pace_sec_per_km, units) VALUES ('Maya', 'intermediate', 5, 340, 'km')").run();
    v1.prepare("INSERT INTO plans (athlete_id, uid, name, start_date, weeks, week_starts_on, units) VALUES (1, 'u1', 'Spring 10K', '2027-03-01', 8, 'monday', 'km')").run();
    v1.prepare("INSERT INTO sessions (plan_id, id, date, kind, title, duration_min, distance_km, rpe) VALUES (1, 's1', '2027-03-02', 'intervals', '6 x 800 m', 55, 10, 8)").run();
    v1.close();

    const store = openPlanStore(file);
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(store.athletes.get(1)).toMatchObject({ name: 'Maya', fatigued: false, recoveryStyle: 'runs', easyPaceSecPerKm: 340 });
    expect(store.sessions.list(1)).toEqual([
      expect.objectContaining({ id: 's1', date: '2027-03-02', kind: 'intervals', revision: 0 }),
    ]);
    expect(store.dismissals.list(1)).toEqual([]);
    // Version 3: every day available, no long-run day or recent week, no phases.
    expect(store.athletes.get(1)).toMatchObject({
      availableDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      longRunDay: null,
      recentWeeklyKm: null,
    });
    expect(store.plans.get(1)?.phases).toEqual([]);
    store.close();
    expect(existsSync(`${file}.v1.backup`)).toBe(true);
    const backup = new Database(`${file}.v1.backup`, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 1 });
    backup.close();
  });

  it('refuses a database from a newer Stride and leaves it untouched', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x INTEGER) STRICT');
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(StoreError);
    expect(() => openDatabase(file)).toThrow(
      new RegExp(`newer Stride \\(schema version ${LATEST_VERSION + 1}; this Stride knows up to ${LATEST_VERSION}\\)`),
    );
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    expect(after.prepare("SELECT name FROM sqlite_master WHERE type='table'").all()).toEqual([{ name: 'future' }]);
    after.close();
  });

  it("keeps an athlete's available days, long-run day and recent week, and a plan's phases", () => {
    const store = openPlanStore(tempFile());
    const a = store.athletes.create({
      name: 'Maya',
      level: 'intermediate',
      runDaysPerWeek: 4,
      easyPaceSecPerKm: null,
      fatigued: false,
      recoveryStyle: 'runs',
      recentLongestRunKm: 12,
      units: 'km',
      availableDays: ['sun', 'tue', 'thu', 'sat'],
      longRunDay: 'sat',
      recentWeeklyKm: 32.5,
    });
    expect(store.athletes.get(a.id)).toMatchObject({ availableDays: ['tue', 'thu', 'sat', 'sun'], longRunDay: 'sat', recentWeeklyKm: 32.5 });
    const plan = store.plans.create({
      athleteId: a.id,
      uid: 'u',
      name: 'Half',
      goal: null,
      startDate: '2027-03-01',
      weeks: 2,
      weekStartsOn: 'monday',
      units: 'km',
      phases: [
        { week: 2, phase: 'race' },
        { week: 1, phase: 'taper' },
      ],
    });
    expect(store.plans.get(plan.id)?.phases).toEqual([
      { week: 1, phase: 'taper' },
      { week: 2, phase: 'race' },
    ]);
    store.close();
  });

  it('names a damaged file instead of failing obscurely, and does not overwrite it', () => {
    const file = tempFile();
    writeFileSync(file, 'this is not a database, it is a coach note'.repeat(200));
    expect(() => openDatabase(file)).toThrow(/damaged or is not a Stride database/);
    expect(existsSync(`${file}.v0.backup`)).toBe(false);
  });

  it('rolls the whole upgrade back when a migration fails', () => {
    const file = tempFile();
    const v1 = openDatabase(file, { targetVersion: 1 });
    // A conflicting table makes migration 2 fail halfway (after its ALTERs).
    v1.exec('CREATE TABLE dismissals (x INTEGER) STRICT');
    v1.close();
    expect(() => openDatabase(file)).toThrow();
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(1);
    const cols = (after.prepare('PRAGMA table_info(athletes)').all() as { name: string }[]).map((c) => c.name);
    expect(cols).not.toContain('fatigued');
    after.close();
  });
});
