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

    const store = openPlanStore(file);
    expect(store.db.pragma('user_version', { simple: true })).toBe(8);
    const sql = store.db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'ics_exports'").get()?.sql;
    expect(sql).toMatch(/STRICT\s*$/);
    expect(store.plans.list().map((p) => p.uid)).toEqual(['a', 'b']);
    expect(store.icsExports.recall(a.id).size).toBe(0);

    store.icsExports.remember(a.id, [{ uid: 's1.a@stride', fingerprint: 'f1', sequence: 3 }]);
    store.icsExports.remember(b.id, [{ uid: 's1.b@stride', fingerprint: 'f2', sequence: 0 }]);
    store.icsExports.remember(a.id, [{ uid: 's1.a@stride', fingerprint: 'f3', sequence: 4 }]);
    expect([...store.icsExports.recall(a.id).values()]).toEqual([{ uid: 's1.a@stride', fingerprint: 'f3', sequence: 4 }]);
    store.plans.remove(a.id);
    expect(store.icsExports.recall(a.id).size).toBe(0);
    expect(store.icsExports.recall(b.id).size).toBe(1);
    store.close();
  });
});
