/**
 * Migration 7 on a real SQLite file: a version-6 store full of a coach's work (athletes with
 * rule settings, plans with goals and phases, sessions with steps, dismissals, revisions, undo
 * history, library workouts) comes out with every row, every index, CHECK, UNIQUE and STRICT,
 * and with ids that are never given again. Rebuilding `plans` under foreign keys would have
 * cascaded into every session; a failure halfway leaves the store at version 6, whole.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src-shared/edits/apply-edits';
import type { PlanEdit } from '../../../src-shared/edits/plan-edit';
import { sessionFromKind } from '../../../src-shared/edits/session-defaults';
import { applyMigrations } from '../apply-migrations';
import { backupPath, openDatabase } from '../database';
import { openPlanStore, type PlanStore } from '../plan-store';
import { LATEST_VERSION } from '.';

let dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'stride-m7-'));
  dirs.push(dir);
  return join(dir, 'stride.sqlite');
};
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** An undo step as services/plan-edits.ts stores one (the store may not import its callers). */
function editPlan(store: PlanStore, planId: number, step: { label: string; edits: PlanEdit[] }): void {
  store.transaction(() => {
    const before = store.content.load(planId)!.content;
    const { content, inverse } = applyEdits(before, step.edits);
    store.content.write(planId, before, content);
    store.history.record(planId, { ...step, inverse });
  });
}
function undoPlan(store: PlanStore, planId: number): void {
  store.transaction(() => {
    const before = store.content.load(planId)!.content;
    const step = store.history.undoStep(planId)!;
    store.content.write(planId, before, applyEdits(before, step.inverse).content);
    store.history.movePointer(planId, step.seq - 1);
  });
}

/** A version-6 store as a coach leaves it; returns the ids it holds. */
function makeVersion6(file: string) {
  const store = openPlanStore(file, { targetVersion: 6 });
  const athlete = (name: string, more: object = {}) =>
    store.athletes.create({
      name, level: 'intermediate', runDaysPerWeek: 5, easyPaceSecPerKm: 330, fatigued: false, recoveryStyle: 'runs',
      recentLongestRunKm: 16, units: 'km', ...more,
    });
  const maya = athlete('Maya Ortiz', {
    fatigued: true, recoveryStyle: 'run-and-rest', availableDays: ['tue', 'thu', 'sat', 'sun'], longRunDay: 'sun',
    recentWeeklyKm: 42, recentRace: { distanceKm: 10, timeSec: 2700, date: '2026-10-04' },
  });
  const sam = athlete('Sam Lee', { units: 'mi' });
  const plan = (athleteId: number, uid: string, name: string, goal: string | null) =>
    store.plans.create({
      athleteId, uid, name, goal, startDate: '2027-03-01', weeks: 4, weekStartsOn: 'monday', units: 'km',
      phases: [{ week: 4, phase: 'race' }],
    });
  const half = plan(maya.id, 'u-half', 'Spring half', 'Sub-1:40 half marathon');
  const tenK = plan(sam.id, 'u-10k', 'Autumn 10K', null);
  const build = (planId: number, prefix: string) => {
    editPlan(store, planId, {
      label: 'Week 1',
      edits: [
        { op: 'session.add', session: sessionFromKind(`${prefix}1`, '2027-03-02', 'intervals', {
          title: '6 x 800 m', steps: [{ repeat: 6, steps: [{ type: 'run', distanceKm: 0.8, target: 'I' }, { type: 'recover', durationMin: 2 }] }],
        }) },
        { op: 'session.add', session: sessionFromKind(`${prefix}2`, '2027-03-07', 'long', { distanceKm: 18, notes: 'Easy start.\nLast 3 km at M.' }) },
        { op: 'dismissal.add', dismissal: { date: '2027-03-03', ruleId: 'recovery-after-hard' } },
      ],
    });
    editPlan(store, planId, { label: 'Tempo', edits: [{ op: 'session.add', session: sessionFromKind(`${prefix}3`, '2027-03-04', 'tempo', {}) }] });
    editPlan(store, planId, { label: 'Move', edits: [{ op: 'session.move', id: `${prefix}3`, date: '2027-03-05' }] });
    undoPlan(store, planId); // a redo step waits in the history
  };
  build(half.id, 'h');
  build(tenK.id, 't');
  // The newest plan and athlete deleted, and one in between: ids SQLite 6 would hand out again.
  const gone = athlete('Ada Park');
  store.plans.remove(plan(gone.id, 'u-gone', 'Gone', null).id);
  store.athletes.remove(gone.id);
  store.plans.remove(plan(sam.id, 'u-newest', 'Newest', null).id);
  store.library.create({ kind: 'tempo', title: 'Tempo 3 x 10', durationMin: 50, distanceKm: null, rpe: 7, notes: null,
    steps: [{ repeat: 3, steps: [{ type: 'run', durationMin: 10, target: 'T' }] }] });
  store.library.create({ kind: 'easy', title: 'Easy 40', durationMin: 40, distanceKm: null, rpe: 3, notes: 'Chat pace', steps: null });
  store.close();
  return { maya, sam, half, tenK };
}

type Row = Record<string, unknown>;
/** Every row of every table but SQLite's own, in rowid order. */
function rows(file: string): Record<string, Row[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
    return Object.fromEntries(tables.map((t) => [t.name, db.prepare(`SELECT * FROM "${t.name}" ORDER BY rowid`).all() as Row[]]));
  } finally {
    db.close();
  }
}

/**
 * The schema as text, one line per table and index, with what a rebuild may change in spelling
 * only (whitespace, the quoted name RENAME writes) made alike, and AUTOINCREMENT shown apart.
 */
function schema(file: string, { ignoreAutoincrement = false } = {}): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_sequence' ORDER BY type, name").all() as Row[]).map((r) => {
      let sql = String(r.sql ?? '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([,()])\s*/g, '$1')
        .replace(/^CREATE TABLE "(\w+)"/, 'CREATE TABLE $1');
      if (ignoreAutoincrement) sql = sql.replace(' AUTOINCREMENT', '');
      return `${String(r.type)} ${String(r.name)} on ${String(r.tbl_name)}: ${sql}`;
    });
  } finally {
    db.close();
  }
}

const sequences = (db: Database.Database) =>
  Object.fromEntries((db.prepare('SELECT name, seq FROM sqlite_sequence ORDER BY name').all() as { name: string; seq: number }[]).map((r) => [r.name, r.seq]));

describe('migration 7: ids never reused', () => {
  it('keeps every row, index, CHECK, UNIQUE and STRICT; the sessions of every plan survive the rebuild', () => {
    const file = tempFile();
    const { half, tenK } = makeVersion6(file);
    const before = rows(file);
    const schemaBefore = schema(file);
    expect(before.sessions.length).toBe(6);
    expect(before.plan_history.length).toBe(6);

    // Version 7 exactly: later versions add tables of their own.
    const store = openPlanStore(file, { targetVersion: 7 });
    expect(store.db.pragma('user_version', { simple: true })).toBe(7);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    expect(rows(file)).toEqual(before);
    const schemaAfter = schema(file);
    expect(schema(file, { ignoreAutoincrement: true })).toEqual(schemaBefore);
    // Exactly the three tables changed, each only by AUTOINCREMENT.
    expect(schemaAfter.filter((s) => s.includes('AUTOINCREMENT')).map((s) => s.split(' ')[1])).toEqual(['athletes', 'library', 'plans']);
    // The highest ids in use, whatever was deleted below them.
    expect(sequences(store.db)).toEqual({ athletes: 2, library: 2, plans: 2 });

    // The plans still read whole, history included (the redo step is still there).
    expect(store.content.load(half.id)?.content.sessions.map((s) => s.id)).toEqual(['h1', 'h3', 'h2']);
    expect(store.history.labels(tenK.id)).toEqual({ undo: 'Tempo', redo: 'Move' });
    expect(store.plans.get(half.id)).toMatchObject({ goal: 'Sub-1:40 half marathon', phases: [{ week: 4, phase: 'race' }] });
    store.close();
    expect(existsSync(backupPath(file, 6))).toBe(true);
  });

  it('after the upgrade, a deleted or undone plan, athlete or workout keeps its id to itself', () => {
    const file = tempFile();
    const { maya, sam } = makeVersion6(file);
    const store = openPlanStore(file);
    const fields = { uid: 'x', name: 'Draft', goal: null, startDate: '2027-05-03', weeks: 8, weekStartsOn: 'monday' as const, units: 'km' as const };
    const draft = store.plans.create({ ...fields, athleteId: maya.id });
    store.plans.remove(draft.id); // a goal draft undone
    const next = store.plans.create({ ...fields, uid: 'y', athleteId: sam.id });
    expect(next.id).toBe(draft.id + 1);
    store.athletes.remove(sam.id); // his plans go with him, the newest included
    const ada = store.athletes.create({ ...store.athletes.get(maya.id)!, name: 'Ada Park' });
    expect(ada.id).toBe(3);
    expect(store.plans.create({ ...fields, uid: 'z', athleteId: ada.id }).id).toBe(next.id + 1);
    store.close();
  });

  it('a failure halfway leaves the store at version 6 with nothing lost, and the next start upgrades', () => {
    const file = tempFile();
    makeVersion6(file);
    // A table in the way of the library's rebuild: athletes and plans are already rebuilt when it fails.
    const raw = new Database(file);
    raw.exec('CREATE TABLE library_v7 (x INTEGER) STRICT');
    raw.close();
    const before = rows(file);
    const schemaBefore = schema(file);

    expect(() => openPlanStore(file)).toThrow(/library_v7 already exists/);
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(6);
    expect(after.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'sqlite_sequence'").get()).toEqual({ n: 0 });
    after.close();
    expect(rows(file)).toEqual(before);
    expect(schema(file)).toEqual(schemaBefore);

    const fix = new Database(file);
    fix.exec('DROP TABLE library_v7');
    fix.close();
    const store = openPlanStore(file);
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sessions.list(1).length + store.sessions.list(2).length).toBe(6);
    store.close();
  });

  it("starts the plans' sequence above a plan id that orphaned rows still name", () => {
    const file = tempFile();
    makeVersion6(file);
    // A store once written with foreign keys off: sessions of a plan 40 that is gone.
    const raw = new Database(file);
    raw.pragma('foreign_keys = OFF');
    raw.prepare("INSERT INTO sessions (plan_id, id, date, kind) VALUES (40, 'lost', '2027-03-02', 'easy')").run();
    raw.close();
    const store = openPlanStore(file);
    expect(sequences(store.db).plans).toBe(40);
    const plan = store.plans.create({ athleteId: 1, uid: 'n', name: 'New', goal: null, startDate: '2027-03-01', weeks: 2, weekStartsOn: 'monday', units: 'km' });
    expect(plan.id).toBe(41);
    expect(store.sessions.list(plan.id)).toEqual([]); // it does not adopt the lost session
    store.close();
  });
});

describe('running migrations with foreign keys off', () => {
  it('refuses a migration that breaks a reference: rolled back, foreign keys on again', () => {
    const db = openDatabase(':memory:');
    db.prepare("INSERT INTO athletes (name, level, run_days_per_week, units) VALUES ('Maya', 'beginner', 3, 'km')").run();
    db.prepare("INSERT INTO plans (athlete_id, uid, name, start_date, weeks, week_starts_on, units) VALUES (1, 'u', 'P', '2027-03-01', 2, 'monday', 'km')").run();
    db.prepare("INSERT INTO sessions (plan_id, id, date, kind) VALUES (1, 's', '2027-03-02', 'easy')").run();
    const careless = { version: LATEST_VERSION + 1, name: 'careless', up: 'DELETE FROM plans' };
    expect(() => applyMigrations(db, careless.version, (run) => db.transaction(run).immediate(), [careless])).toThrow(
      /would break 1 reference/,
    );
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT count(*) AS n FROM plans').get()).toEqual({ n: 1 });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});
