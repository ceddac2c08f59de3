/**
 * A change asked of a read-only store is refused with code `read-only` (not the `unavailable` of
 * a full or busy disk), so the app can say "That change was not saved" in its read-only banner
 * instead of a second banner repeating it. Nothing is written.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openPlanStore, type PlanStore } from '../store/plan-store';
import { dumpStore, tempStore } from '../test-support/temp-store';
import { handlerCalls } from '../test-support/handler-calls';
import { createHandlers } from '.';

let ctx: ReturnType<typeof tempStore>;
let readOnly: PlanStore;
let planId: number;
beforeEach(() => {
  ctx = tempStore();
  const athlete = ctx.store.athletes.create({
    name: 'Ada', level: 'intermediate', runDaysPerWeek: 5, easyPaceSecPerKm: 330,
    fatigued: false, recoveryStyle: 'runs', recentLongestRunKm: null, units: 'km',
  });
  planId = ctx.store.plans.create({
    athleteId: athlete.id, uid: 'ro', name: 'Spring 10K', goal: null,
    startDate: '2027-03-01', weeks: 4, weekStartsOn: 'monday', units: 'km',
  }).id;
  ctx.store.sessions.insert(planId, { id: 'lr', date: '2027-03-07', kind: 'long', title: null, durationMin: 90, distanceKm: 16, rpe: null, notes: null });
  ctx.store.close();
  readOnly = openPlanStore(ctx.file, { readonly: true });
});
afterEach(() => {
  readOnly.close();
  ctx.cleanup();
});

it('an edit of a read-only store is refused as read-only, with the sentence, and writes nothing', async () => {
  const { call, failure } = handlerCalls(() => createHandlers(readOnly));
  const before = dumpStore(readOnly);
  const r = await call('plans.edit', {
    planId, baseVersion: 0, label: 'Add Easy run on Tue 2 Mar',
    edits: [{ op: 'session.add', session: { id: 's-new', date: '2027-03-02', kind: 'easy', title: null, durationMin: 40, distanceKm: null, rpe: null, notes: null } }],
  });
  expect(r.ok).toBe(false);
  expect(failure(r).code).toBe('read-only');
  expect(failure(r).message).toMatch(/^The plan store is read-only/);
  expect(dumpStore(readOnly)).toEqual(before);
  // Reading still works.
  const status = await call('store.status', {});
  expect(status).toMatchObject({ ok: true, value: { readOnly: true } });
});

it('an iCal export of a read-only store works and remembers nothing (its SEQUENCE stays what the store knew)', async () => {
  const { call } = handlerCalls(() => createHandlers(readOnly));
  const before = dumpStore(readOnly);
  const r = await call('files.exportIcs', { planId, includeRest: true });
  expect(r).toMatchObject({ ok: true, value: { text: expect.stringContaining('BEGIN:VEVENT') } });
  expect(dumpStore(readOnly)).toEqual(before);
});
