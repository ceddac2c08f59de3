/**
 * Migration 8 on a real SQLite file: a version-7 store gains the empty, STRICT `ics_exports`
 * table with every row it had, and a plan's remembered export goes with the plan.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ATHLETE_SETTINGS } from '../../../src-shared/domain/types';
import { openPlanStore } from '../plan-store';

let dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'stride-m8-'));
  dirs.push(dir);
  return join(dir, 'stride.sqlite');
};
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

describe('migration 8: what the last iCal export said', () => {
  it('adds an empty STRICT table to a version-7 store, keeps its plans, and forgets a deleted plan\'s export', () => {
    const file = tempFile();
    const old = openPlanStore(file, { targetVersion: 7 });
    const athlete = old.athletes.create({ name: 'Maya Ortiz', ...DEFAULT_ATHLETE_SETTINGS, units: 'km' });
    const plan = (uid: string) =>
      old.plans.create({ athleteId: athlete.id, uid, name: uid, goal: null, startDate: '2027-03-01', weeks: 8, weekStartsOn: 'monday', units: 'km' });
    const a = plan('a');
    const b = plan('b');
    old.close();

    // Exactly version 8: later versions add columns (009-ics-cancellations.test.ts).
    const store = openPlanStore(file, { targetVersion: 8 });
    expect(store.db.pragma('user_version', { simple: true })).toBe(8);
    const sql = store.db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'ics_exports'").get()?.sql;
    expect(sql).toMatch(/STRICT\s*$/);
    expect(store.plans.list().map((p) => p.uid)).toEqual(['a', 'b']);
    const rows = (planId: number) => store.db.prepare('SELECT uid, fingerprint, sequence FROM ics_exports WHERE plan_id = ?').all(planId);
    expect(rows(a.id)).toEqual([]);

    const upsert = store.db.prepare(`INSERT INTO ics_exports (plan_id, uid, fingerprint, sequence) VALUES (?, ?, ?, ?)
      ON CONFLICT (plan_id, uid) DO UPDATE SET fingerprint = excluded.fingerprint, sequence = excluded.sequence`);
    upsert.run(a.id, 's1.a@stride', 'f1', 3);
    upsert.run(b.id, 's1.b@stride', 'f2', 0);
    upsert.run(a.id, 's1.a@stride', 'f3', 4);
    expect(rows(a.id)).toEqual([{ uid: 's1.a@stride', fingerprint: 'f3', sequence: 4 }]);
    store.plans.remove(a.id);
    expect(rows(a.id)).toEqual([]);
    expect(rows(b.id)).toHaveLength(1);
    store.close();
  });
});
