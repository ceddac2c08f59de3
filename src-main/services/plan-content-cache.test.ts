/**
 * The content repository keeps each plan's last content in memory (issue 9's 2 ms edit budget).
 * What must never happen: an edit built on a stale copy. Another process's change, a write
 * around the repository, a rolled-back transaction and a deleted plan whose id comes back are
 * each seen on the next load.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionFromKind } from '../../src-shared/edits/session-defaults';
import { editPlan } from './plan-edits';
import { tempStore } from '../test-support/temp-store';
import { openPlanStore, type PlanStore } from '../store/plan-store';

let ctx: ReturnType<typeof tempStore>;
let store: PlanStore;

function seedPlan(s: PlanStore, uid: string): number {
  const athlete = s.athletes.create({
    name: 'Maya Ortiz', level: 'intermediate', runDaysPerWeek: 5, easyPaceSecPerKm: 340,
    fatigued: false, recoveryStyle: 'runs', recentLongestRunKm: null, units: 'km',
  });
  return s.plans.create({
    athleteId: athlete.id, uid, name: 'Spring 10K', goal: null, startDate: '2027-03-01', weeks: 4,
    weekStartsOn: 'monday', units: 'km',
  }).id;
}

const add = (id: string, date: string) => ({ op: 'session.add' as const, session: sessionFromKind(id, date, 'easy') });
const ids = (s: PlanStore, planId: number) => s.content.load(planId)!.content.sessions.map((x) => x.id);

beforeEach(() => {
  ctx = tempStore();
  store = ctx.store;
});
afterEach(() => ctx.cleanup());

describe('the content kept in memory', () => {
  it('is the same value while nothing changes, and the new one after an edit', () => {
    const planId = seedPlan(store, 'a');
    editPlan(store, planId, { label: 'Add', edits: [add('s1', '2027-03-02')] });
    const first = store.content.load(planId)!;
    expect(store.content.load(planId)!.content).toBe(first.content);
    editPlan(store, planId, { label: 'Add', edits: [add('s2', '2027-03-03')] });
    expect(ids(store, planId)).toEqual(['s1', 's2']);
    // What was read from disk by a fresh connection is the same.
    const other = openPlanStore(ctx.file);
    try {
      expect(other.content.load(planId)).toEqual(store.content.load(planId));
    } finally {
      other.close();
    }
  });

  it("sees another process's edit (another connection to the same file)", () => {
    const planId = seedPlan(store, 'a');
    editPlan(store, planId, { label: 'Add', edits: [add('s1', '2027-03-02')] });
    expect(ids(store, planId)).toEqual(['s1']);
    const other = openPlanStore(ctx.file);
    try {
      editPlan(other, planId, { label: 'Add', edits: [add('cli', '2027-03-04')] });
    } finally {
      other.close();
    }
    expect(ids(store, planId)).toEqual(['s1', 'cli']);
    // And an edit here builds on it rather than writing over it.
    editPlan(store, planId, { label: 'Add', edits: [add('s2', '2027-03-05')] });
    expect(ids(store, planId)).toEqual(['s1', 'cli', 's2']);
  });

  it('sees writes that go around it (direct session and plan writes)', () => {
    const planId = seedPlan(store, 'a');
    editPlan(store, planId, { label: 'Add', edits: [add('s1', '2027-03-02')] });
    store.sessions.insert(planId, sessionFromKind('direct', '2027-03-06', 'tempo'));
    expect(ids(store, planId)).toEqual(['s1', 'direct']);
    store.plans.update({ ...store.plans.get(planId)!, name: 'Renamed' });
    expect(store.content.load(planId)!.content.settings.name).toBe('Renamed');
  });

  it('forgets a write whose transaction was rolled back', () => {
    const planId = seedPlan(store, 'a');
    editPlan(store, planId, { label: 'Add', edits: [add('s1', '2027-03-02')] });
    expect(() =>
      store.transaction(() => {
        editPlan(store, planId, { label: 'Add', edits: [add('gone', '2027-03-03')] });
        throw new Error('something later in the same transaction failed');
      }),
    ).toThrow('something later');
    expect(ids(store, planId)).toEqual(['s1']);
    // Another connection then writes the version the rolled-back write had reached.
    const other = openPlanStore(ctx.file);
    try {
      editPlan(other, planId, { label: 'Add', edits: [add('cli', '2027-03-04')] });
    } finally {
      other.close();
    }
    expect(ids(store, planId)).toEqual(['s1', 'cli']);
  });

  it('does not take a new plan under a deleted plan’s id for the old one', () => {
    const planId = seedPlan(store, 'old');
    store.sessions.insert(planId, sessionFromKind('s1', '2027-03-02', 'easy'));
    expect(store.content.load(planId)!.version).toBe(0);
    expect(ids(store, planId)).toEqual(['s1']);
    // Deleted behind the repository's back. The store never hands an id out twice (migration 7),
    // but a row written with its id (a script, a copy put back) can still bring one back, and it
    // too starts at version 0: only the uid tells them apart.
    store.db.prepare('DELETE FROM plans WHERE id = ?').run(planId);
    expect(seedPlan(store, 'next')).toBeGreaterThan(planId);
    store.db
      .prepare("INSERT INTO plans (id, athlete_id, uid, name, start_date, weeks, week_starts_on, units) SELECT ?, athlete_id, 'new', 'Back', start_date, weeks, week_starts_on, units FROM plans WHERE uid = 'next'")
      .run(planId);
    const again = planId;
    expect(store.content.load(again)!.version).toBe(0);
    expect(ids(store, again)).toEqual([]);
  });
});
