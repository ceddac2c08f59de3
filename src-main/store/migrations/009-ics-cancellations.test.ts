/**
 * Migration 9 on a real SQLite file: a version-8 store's remembered iCal export gains each
 * event's day, kind, summary and cancelled flag (to cancel an event once it has left the plan),
 * dated where the store still knows the day, and the rows still go with their plan.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ATHLETE_SETTINGS } from '../../../src-shared/domain/types';
import { openPlanStore } from '../plan-store';

let dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'stride-m9-'));
  dirs.push(dir);
  return join(dir, 'stride.sqlite');
};
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

describe('migration 9: what an iCal event needs to be cancelled', () => {
  it('dates the rows of a version-8 store where it can, and keeps them with their plan', () => {
    const file = tempFile();
    const old = openPlanStore(file, { targetVersion: 8 });
    const athlete = old.athletes.create({ name: 'Maya Ortiz', ...DEFAULT_ATHLETE_SETTINGS, units: 'km' });
    const plan = old.plans.create({
      athleteId: athlete.id, uid: 'p-1', name: 'Spring 10K', goal: null,
      startDate: '2027-03-01', weeks: 8, weekStartsOn: 'monday', units: 'km',
    });
    old.db.prepare("INSERT INTO sessions (plan_id, id, date, kind, title, duration_min, distance_km, rpe, notes, position) VALUES (?, 'iv', '2027-03-02', 'intervals', '6 x 800 m', 55, NULL, 8, NULL, 0)").run(plan.id);
    const insert = old.db.prepare('INSERT INTO ics_exports (plan_id, uid, fingerprint, sequence) VALUES (?, ?, ?, ?)');
    insert.run(plan.id, 'iv.p-1@stride', 'f-iv', 2); // still in the plan
    insert.run(plan.id, 'rule-2027-03-03.p-1@stride', 'f-rule', 1); // the rules' day is in its UID
    insert.run(plan.id, 'gone.p-1@stride', 'f-gone', 0); // deleted before the upgrade: no day known
    old.close();

    const store = openPlanStore(file);
    expect(store.db.pragma('user_version', { simple: true })).toBe(9);
    const sql = store.db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'ics_exports'").get()?.sql;
    expect(sql).toMatch(/STRICT\s*$/);
    const byUid = Object.fromEntries([...store.icsExports.recall(plan.id)].map(([uid, e]) => [uid.split('.')[0], e]));
    expect(byUid).toEqual({
      iv: { uid: 'iv.p-1@stride', fingerprint: 'f-iv', sequence: 2, date: '2027-03-02', kind: 'intervals', summary: null, cancelled: false },
      'rule-2027-03-03': { uid: 'rule-2027-03-03.p-1@stride', fingerprint: 'f-rule', sequence: 1, date: '2027-03-03', kind: null, summary: null, cancelled: false },
      gone: { uid: 'gone.p-1@stride', fingerprint: 'f-gone', sequence: 0, date: null, kind: null, summary: null, cancelled: false },
    });

    store.icsExports.remember(plan.id, [{ ...byUid.iv, fingerprint: 'f-x', sequence: 3, summary: 'Intervals — 6 x 800 m', cancelled: true }]);
    expect(store.icsExports.recall(plan.id).get('iv.p-1@stride')).toEqual({
      uid: 'iv.p-1@stride', fingerprint: 'f-x', sequence: 3, date: '2027-03-02', kind: 'intervals', summary: 'Intervals — 6 x 800 m', cancelled: true,
    });
    expect(() => store.db.prepare('UPDATE ics_exports SET cancelled = 2').run()).toThrow(/CHECK/);
    store.plans.remove(plan.id);
    expect(store.icsExports.recall(plan.id).size).toBe(0);
    store.close();
  });
});
