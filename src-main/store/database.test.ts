import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, StoreError } from './database';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { openPlanStore } from './plan-store';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
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
    // sqlite_sequence (SQLite's own, for AUTOINCREMENT since version 7) is not STRICT and not ours.
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name <> 'sqlite_sequence'").all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name).sort()).toEqual(['athletes', 'dismissals', 'ics_exports', 'library', 'plan_history', 'plans', 'session_revisions', 'sessions']);
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
    const before = sha256(file);
    expect(() => openDatabase(file)).toThrow(/is not a Stride plan store \(it is not an SQLite database at all\)\. It was left untouched/);
    expect(existsSync(`${file}.v0.backup`)).toBe(false);
    expect(sha256(file)).toBe(before);
  });

  it('refuses another program\'s SQLite file byte-for-byte untouched (no tables added, no WAL)', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('hello')");
    raw.close();
    const before = sha256(file);
    expect(() => openDatabase(file)).toThrow(/an SQLite database of another program, not a Stride plan store\. It was left untouched/);
    expect(sha256(file)).toBe(before);
    expect(readdirSync(dirname(file))).toEqual(['stride.sqlite']);
  });

  it('refuses another program\'s SQLite file with a clashing table and a user_version, untouched', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.exec('CREATE TABLE athletes (x INTEGER); CREATE TABLE dismissals (y TEXT)');
    raw.pragma('user_version = 1');
    raw.close();
    const before = sha256(file);
    expect(() => openDatabase(file)).toThrow(/another program/);
    expect(sha256(file)).toBe(before);
  });

  it('refuses a damaged Stride store untouched', () => {
    const file = tempFile();
    const db = openDatabase(file);
    const insert = db.prepare("INSERT INTO athletes (name, level, run_days_per_week, units) VALUES (?, 'beginner', 3, 'km')");
    for (let i = 0; i < 400; i++) insert.run(`Runner ${i} ${'x'.repeat(200)}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 4096 * 3, 4096 * 3 + 3000); // scribble over a table page
    writeFileSync(file, bytes);
    const before = sha256(file);
    expect(() => openDatabase(file)).toThrow(/damaged/);
    expect(sha256(file)).toBe(before);
  });

  it('opens a store read-only for reading, changing nothing', () => {
    const file = tempFile();
    openDatabase(file).close();
    const before = sha256(file);
    const db = openDatabase(file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM plans').get()).toEqual({ n: 0 });
    expect(() => db.prepare("INSERT INTO athletes (name, level, run_days_per_week, units) VALUES ('A', 'beginner', 3, 'km')").run()).toThrow(/readonly/);
    db.close();
    expect(sha256(file)).toBe(before);
  });

  it('reading a store that is not there is refused with a sentence, and creates nothing', () => {
    const file = tempFile();
    expect(() => openDatabase(file, { readonly: true })).toThrow(/There is no Stride plan store at/);
    expect(existsSync(file)).toBe(false);
  });

  it('rolls the whole upgrade back when a migration fails', () => {
    const file = tempFile();
    const v1 = openDatabase(file, { targetVersion: 1 });
    // A conflicting table makes migration 2 fail halfway (after its ALTERs).
    v1.exec('CREATE TABLE dismissals (x INTEGER) STRICT');
    v1.close();
    // The sentence says an upgrade failed and nothing changed, not that the store is damaged.
    expect(() => openDatabase(file)).toThrow(
      /^Stride could not upgrade the plan store at .+ from version 1 \(.*dismissals.*\)\. Nothing in it was changed, and a copy from before the upgrade is at .+\.v1\.backup: the Stride that wrote it still opens it\.$/,
    );
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(1);
    const cols = (after.prepare('PRAGMA table_info(athletes)').all() as { name: string }[]).map((c) => c.name);
    expect(cols).not.toContain('fatigued');
    after.close();
  });
});
