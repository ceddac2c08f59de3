/**
 * plans.edit / undo / redo on a real SQLite file: one transaction per batch with its history
 * step, stale versions refused with the conflict sentence, history that survives a restart,
 * and the single-session calls going through the same path.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallResult } from '../../src-shared/api/contract';
import type { Athlete, Plan, PlanDocument } from '../../src-shared/api/entities';
import { PLAN_CHANGED } from '../../src-shared/edits/edit-messages';
import type { PlanEdit } from '../../src-shared/edits/plan-edit';
import { sessionFromKind } from '../../src-shared/edits/session-defaults';
import { copyWeeks, pasteWeeksEdits } from '../../src-shared/edits/week-operations';
import { openPlanStore } from '../store/plan-store';
import { HISTORY_LIMIT } from '../store/history-repository';
import { dumpStore, tempStore } from '../test-support/temp-store';
import { createHandlers, dispatch, type Handlers } from '.';

let ctx: ReturnType<typeof tempStore>;
let handlers: Handlers;

const call = (method: string, input: unknown) => dispatch(handlers, method, input);
async function ok<T = PlanDocument>(method: string, input: unknown): Promise<T> {
  const r = await call(method, input);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.message}`);
  return r.value as T;
}
const failure = (r: CallResult<unknown>) => (r as Extract<CallResult<unknown>, { ok: false }>).error;

async function seed(): Promise<Plan> {
  const athlete = await ok<Athlete>('athletes.create', {
    name: 'Maya Ortiz', level: 'intermediate', runDaysPerWeek: 5, easyPaceSecPerKm: 340,
    fatigued: false, recoveryStyle: 'runs', recentLongestRunKm: null, units: 'km',
  });
  return ok<Plan>('plans.create', {
    athleteId: athlete.id, name: 'Spring 10K', startDate: '2027-03-01', weeks: 8, weekStartsOn: 'monday', units: 'km',
  });
}

const add = (id: string, date: string, kind: Parameters<typeof sessionFromKind>[2] = 'easy'): PlanEdit => ({
  op: 'session.add',
  session: sessionFromKind(id, date, kind),
});

beforeEach(() => {
  ctx = tempStore();
  handlers = createHandlers(ctx.store);
});
afterEach(() => ctx.cleanup());

describe('plans.edit', () => {
  it('applies a batch as one step; version rises; undo and redo name it', async () => {
    const plan = await seed();
    const start = await ok('plans.get', { id: plan.id });
    expect(start.version).toBe(0);
    expect(start.history).toEqual({ undo: null, redo: null });
    const doc = await ok('plans.edit', {
      planId: plan.id, baseVersion: 0, label: 'Build week 1',
      edits: [add('a', '2027-03-02', 'tempo'), add('b', '2027-03-04'), add('c', '2027-03-04', 'strength')],
    });
    expect(doc.version).toBe(1);
    expect(doc.sessions.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(doc.history).toEqual({ undo: 'Build week 1', redo: null });

    const undone = await ok('plans.undo', { planId: plan.id, baseVersion: 1 });
    expect(undone.sessions).toEqual([]);
    expect(undone.version).toBe(2);
    expect(undone.history).toEqual({ undo: null, redo: 'Build week 1' });
    const redone = await ok('plans.redo', { planId: plan.id, baseVersion: 2 });
    expect(redone.sessions.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(redone.history).toEqual({ undo: 'Build week 1', redo: null });
  });

  it('a batch with one invalid edit writes nothing', async () => {
    const plan = await seed();
    await ok('plans.edit', { planId: plan.id, baseVersion: 0, label: 'Add', edits: [add('a', '2027-03-02')] });
    const before = dumpStore(ctx.store);
    const r = await call('plans.edit', {
      planId: plan.id, baseVersion: 1, label: 'Paste',
      edits: [add('b', '2027-03-03'), { op: 'session.update', id: 'a', patch: { kind: 'race', distanceKm: null } }],
    });
    expect(failure(r)).toMatchObject({ code: 'invalid-input', message: 'A race needs a distance: enter how far it is under Distance', field: 'distanceKm' });
    expect(dumpStore(ctx.store)).toEqual(before);
  });

  it('refuses a stale version with the conflict sentence, writing nothing', async () => {
    const plan = await seed();
    await ok('plans.edit', { planId: plan.id, baseVersion: 0, label: 'Add', edits: [add('a', '2027-03-02')] });
    const before = dumpStore(ctx.store);
    for (const [method, input] of [
      ['plans.edit', { planId: plan.id, baseVersion: 0, label: 'Add', edits: [add('b', '2027-03-03')] }],
      ['plans.undo', { planId: plan.id, baseVersion: 0 }],
      ['plans.redo', { planId: plan.id, baseVersion: 0 }],
    ] as const) {
      expect(failure(await call(method, input))).toEqual({ code: 'conflict', message: PLAN_CHANGED, field: undefined });
    }
    expect(dumpStore(ctx.store)).toEqual(before);
  });

  it('two tabs: editing a session deleted in the other gives the sentence, never its id', async () => {
    const plan = await seed();
    await ok('sessions.add', { planId: plan.id, id: 's-e6a824f9-17bb', date: '2027-03-02', kind: 'easy' });
    await ok('sessions.delete', { planId: plan.id, id: 's-e6a824f9-17bb' }); // tab A
    const r = await call('sessions.update', { planId: plan.id, id: 's-e6a824f9-17bb', title: 'x' }); // tab B
    expect(failure(r)).toMatchObject({ code: 'conflict', message: PLAN_CHANGED });
    expect(failure(r).message).not.toContain('s-e6a824f9');
  });

  it('undo with nothing to undo changes nothing', async () => {
    const plan = await seed();
    const doc = await ok('plans.undo', { planId: plan.id, baseVersion: 0 });
    expect(doc.version).toBe(0);
  });

  it('keeps order inside a day and revisions that only grow, across delete, undo and a restart', async () => {
    const plan = await seed();
    await ok('plans.edit', { planId: plan.id, baseVersion: 0, label: 'Add', edits: [add('a', '2027-03-02'), add('b', '2027-03-02')] });
    await ok('plans.edit', { planId: plan.id, baseVersion: 1, label: 'Reorder', edits: [{ op: 'session.move', id: 'b', date: '2027-03-02', index: 0 }] });
    await ok('plans.edit', { planId: plan.id, baseVersion: 2, label: 'Edit', edits: [{ op: 'session.update', id: 'a', patch: { title: 'Shakeout' } }] });
    await ok('plans.edit', { planId: plan.id, baseVersion: 3, label: 'Delete Shakeout', edits: [{ op: 'session.delete', id: 'a' }] });
    const back = await ok('plans.undo', { planId: plan.id, baseVersion: 4 });
    expect(back.sessions.map((s) => [s.id, s.revision])).toEqual([['b', 0], ['a', 2]]);
    ctx.store.close();
    const reopened = openPlanStore(ctx.file);
    ctx.store = reopened as typeof ctx.store;
    handlers = createHandlers(reopened);
    const doc = await ok('plans.get', { id: plan.id });
    expect(doc.sessions.map((s) => s.id)).toEqual(['b', 'a']);
    expect(doc.history).toEqual({ undo: 'Edit', redo: 'Delete Shakeout' });
    const undone = await ok('plans.undo', { planId: plan.id, baseVersion: doc.version });
    expect(undone.sessions.find((s) => s.id === 'a')).toMatchObject({ title: null, revision: 3 });
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, async () => {
    const plan = await seed();
    let version = 0;
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) {
      version = (await ok('plans.edit', { planId: plan.id, baseVersion: version, label: `Rename ${i}`, edits: [{ op: 'plan.set', patch: { name: `P${i}` } }] })).version;
    }
    let undos = 0;
    for (;;) {
      const doc = await ok('plans.undo', { planId: plan.id, baseVersion: version });
      if (doc.version === version) break;
      version = doc.version;
      undos++;
    }
    expect(undos).toBe(HISTORY_LIMIT);
    expect((await ok('plans.get', { id: plan.id })).plan.name).toBe('P4');
  });

  it('pastes a week in one step, and undo brings back what it replaced', async () => {
    const plan = await seed();
    await ok('plans.edit', { planId: plan.id, baseVersion: 0, label: 'Build', edits: [add('a', '2027-03-02', 'tempo'), add('b', '2027-03-07', 'long'), add('x', '2027-03-16', 'hills')] });
    const { content, version } = ctx.store.content.load(plan.id)!;
    let n = 0;
    const edits = pasteWeeksEdits(content, copyWeeks(content, [1]), 3, () => `n${++n}`);
    const pasted = await ok('plans.edit', { planId: plan.id, baseVersion: version, label: 'Paste week 1 onto week 3', edits });
    expect(pasted.sessions.filter((s) => s.date >= '2027-03-15' && s.date < '2027-03-22').map((s) => s.kind)).toEqual(['tempo', 'long']);
    const undone = await ok('plans.undo', { planId: plan.id, baseVersion: pasted.version });
    expect(undone.sessions.map((s) => s.id)).toEqual(['a', 'b', 'x']);
  });
});

describe('plans.update goes through the edit path', () => {
  it('a new week start keeps every date (the Sunday race stays on Sunday) and can be undone', async () => {
    const plan = await seed();
    await ok('sessions.add', { planId: plan.id, id: 'race', date: '2027-04-25', kind: 'race' }); // last Sunday
    const changed = await ok<Plan>('plans.update', { id: plan.id, weekStartsOn: 'sunday' });
    expect(changed).toMatchObject({ weekStartsOn: 'sunday', startDate: '2027-02-28', weeks: 9 });
    const doc = await ok('plans.get', { id: plan.id });
    expect(doc.sessions[0].date).toBe('2027-04-25');
    expect(doc.history.undo).toBe('Change plan dates');
    const undone = await ok('plans.undo', { planId: plan.id, baseVersion: doc.version });
    expect(undone.plan).toMatchObject({ weekStartsOn: 'monday', startDate: '2027-03-01', weeks: 8 });
  });

  it('refuses shortening past sessions naming them with readable dates and the weeks field', async () => {
    const plan = await seed();
    await ok('sessions.add', { planId: plan.id, date: '2027-04-20', kind: 'long' });
    const r = await call('plans.update', { id: plan.id, weeks: 4 });
    expect(failure(r)).toEqual({
      code: 'invalid-input',
      field: 'weeks',
      message: 'Long run on Tue 20 Apr would fall outside the plan (Mon 1 Mar to Sun 28 Mar); move or delete it first',
    });
  });
});
