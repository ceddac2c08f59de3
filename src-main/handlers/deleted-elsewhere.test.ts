/**
 * A plan or session deleted in another window (or by a command) while this window still shows it:
 * its exports and prints say so in words, never with the store's ids ("Plan 3 does not exist",
 * `Session "s-1a2b3c4d" does not exist`), which a coach has never seen.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Plan } from '../../src-shared/api/entities';
import { tempStore } from '../test-support/temp-store';
import { createHandlers, dispatch } from '.';

let ctx: ReturnType<typeof tempStore>;
beforeEach(() => {
  ctx = tempStore();
});
afterEach(() => ctx.cleanup());

async function importedPlan(): Promise<Plan> {
  const text = JSON.stringify({
    format: 'stride-plan',
    version: 2,
    athlete: { name: 'Maya Ortiz' },
    plan: { name: 'Spring 10K', startDate: '2027-03-01', weeks: 8 },
    sessions: [{ id: 's-1a2b3c4d', date: '2027-03-02', kind: 'tempo', durationMin: 50 }],
  });
  const r = await dispatch(createHandlers(ctx.store), 'files.importPlan', { text });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { plan: Plan }).plan;
}

const GONE_PLAN = 'This plan is no longer in the plan store: it was deleted, in another window or by a command';

it('exports of a plan deleted elsewhere say so, without its id', async () => {
  const plan = await importedPlan();
  const handlers = createHandlers(ctx.store);
  expect((await dispatch(handlers, 'plans.delete', { id: plan.id })).ok).toBe(true);
  for (const [method, input] of [
    ['files.exportPlan', { planId: plan.id }],
    ['files.exportIcs', { planId: plan.id }],
    ['files.exportFit', { planId: plan.id }],
    ['files.exportPdf', { planId: plan.id }],
  ] as const) {
    expect(await dispatch(handlers, method, input), method).toEqual({ ok: false, error: { code: 'not-found', message: GONE_PLAN } });
  }
});

it("a session's watch workout, the session deleted elsewhere, says so without its id", async () => {
  const plan = await importedPlan();
  const handlers = createHandlers(ctx.store);
  const version = ctx.store.content.version(plan.id)!;
  const deleted = await dispatch(handlers, 'plans.edit', {
    planId: plan.id,
    baseVersion: version,
    label: 'Delete',
    edits: [{ op: 'session.delete', id: 's-1a2b3c4d' }],
  });
  expect(deleted.ok).toBe(true);
  expect(await dispatch(handlers, 'files.exportFit', { planId: plan.id, sessionId: 's-1a2b3c4d' })).toEqual({
    ok: false,
    error: { code: 'not-found', message: 'This session is no longer in the plan: it was deleted, in another window or by a command' },
  });
});

it('opening, changing or undoing in a plan deleted elsewhere says so too, without its id', async () => {
  const plan = await importedPlan();
  const handlers = createHandlers(ctx.store);
  const version = ctx.store.content.version(plan.id)!;
  expect((await dispatch(handlers, 'plans.delete', { id: plan.id })).ok).toBe(true);
  for (const [method, input] of [
    ['plans.get', { id: plan.id }],
    ['plans.update', { id: plan.id, name: 'Autumn 10K' }],
    ['plans.delete', { id: plan.id }],
    ['plans.edit', { planId: plan.id, baseVersion: version, label: 'Delete', edits: [{ op: 'session.delete', id: 's-1a2b3c4d' }] }],
    ['plans.undo', { planId: plan.id, baseVersion: version }],
    ['sessions.add', { planId: plan.id, date: '2027-03-03', kind: 'easy', durationMin: 30 }],
  ] as const) {
    expect(await dispatch(handlers, method, input), method).toEqual({ ok: false, error: { code: 'not-found', message: GONE_PLAN } });
  }
});

it('an athlete deleted elsewhere: importing for them, a new plan, an edit of their profile say so, without the id', async () => {
  const plan = await importedPlan();
  const handlers = createHandlers(ctx.store);
  expect((await dispatch(handlers, 'athletes.delete', { id: plan.athleteId })).ok).toBe(true);
  const gone = { ok: false, error: { code: 'not-found', message: 'This athlete is no longer in the plan store: they were deleted, in another window or by a command' } };
  const text = JSON.stringify({
    format: 'stride-plan',
    version: 2,
    athlete: { name: 'Maya Ortiz' },
    plan: { name: 'Spring 10K', startDate: '2027-03-01', weeks: 8 },
    sessions: [],
  });
  // "Use existing profile" in the import dialog, after the profile was deleted in another window.
  expect(await dispatch(handlers, 'files.importPlan', { text, athleteId: plan.athleteId })).toEqual(gone);
  expect(
    await dispatch(handlers, 'plans.create', { athleteId: plan.athleteId, name: 'Base', startDate: '2027-03-01', weeks: 4, weekStartsOn: 'monday', units: 'km' }),
  ).toEqual(gone);
  expect(await dispatch(handlers, 'athletes.update', { id: plan.athleteId, name: 'Maya O.' })).toEqual(gone);
  expect(await dispatch(handlers, 'athletes.delete', { id: plan.athleteId })).toEqual(gone);
});
