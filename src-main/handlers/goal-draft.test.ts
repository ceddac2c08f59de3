/**
 * "New plan from a goal" → Create: the figures the draft assumed for an athlete whose recent
 * running is unknown, and the new plan with its sessions, are one call that main applies in one
 * transaction (plans.createDraft). It was two calls (athletes.update, then files.importPlan): when
 * the import failed, the athlete kept figures for a plan that was never made.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Athlete, Plan, PlanDocument } from '../../src-shared/api/entities';
import { draftFileText, generatePlan } from '../../src-shared/generate/generate-plan';
import { handlerCalls } from '../test-support/handler-calls';
import { dumpStore, tempStore } from '../test-support/temp-store';
import { createHandlers } from '.';

let ctx: ReturnType<typeof tempStore>;
beforeEach(() => {
  ctx = tempStore();
});
afterEach(() => ctx.cleanup());

const { call, ok, failure } = handlerCalls(() => createHandlers(ctx.store));

const unknownPast = {
  name: 'Sam Lee',
  level: 'intermediate',
  runDaysPerWeek: 5,
  easyPaceSecPerKm: null,
  fatigued: false,
  recoveryStyle: 'runs',
  recentLongestRunKm: null,
  recentWeeklyKm: null,
  units: 'km',
} as const;

/** A half-marathon draft as the goal dialog makes it, and the figures it assumed (the level's usual). */
function halfDraft(a: Athlete): string {
  const r = generatePlan({
    distance: 'half',
    raceDate: '2027-05-16',
    name: 'Spring half',
    units: a.units,
    athlete: { ...a, recentWeeklyKm: a.recentWeeklyKm, recentLongestRunKm: a.recentLongestRunKm },
  });
  if (!r.ok) throw new Error(r.message);
  return draftFileText(r);
}
const assumed = { recentWeeklyKm: 30, recentLongestRunKm: 12 };

it('creates the plan with its sessions and keeps the assumed figures on the athlete, in one call', async () => {
  const athlete = await ok<Athlete>('athletes.create', unknownPast);
  const { plan } = await ok<{ plan: Plan }>('plans.createDraft', {
    athleteId: athlete.id,
    text: halfDraft(athlete),
    assumed,
  });
  expect(plan).toMatchObject({ athleteId: athlete.id, name: 'Spring half', weeks: 12 });
  const doc = await ok<PlanDocument>('plans.get', { id: plan.id });
  expect(doc.sessions.length).toBeGreaterThan(40);
  expect(doc.athlete).toMatchObject({ ...assumed, name: 'Sam Lee' });
  // The rules judge the plan as the draft was judged: no run-spike on its first week.
  expect(doc.evaluated.warnings.filter((w) => w.ruleId === 'run-spike')).toEqual([]);
});

it('when the store refuses the plan, nothing is written: the athlete keeps its unknown figures', async () => {
  const athlete = await ok<Athlete>('athletes.create', unknownPast);
  const text = halfDraft(athlete);
  // A real refusal from SQLite inside the plan part, after the athlete's figures and the plan row.
  ctx.store.db.exec(
    `CREATE TRIGGER refuse_sessions BEFORE INSERT ON sessions BEGIN SELECT RAISE(ABORT, 'sessions refused by the test'); END`,
  );
  const before = dumpStore(ctx.store);
  const r = await call('plans.createDraft', { athleteId: athlete.id, text, assumed });
  expect(r.ok).toBe(false);
  expect(dumpStore(ctx.store)).toEqual(before);
  const [stored] = await ok<Athlete[]>('athletes.list', {});
  expect(stored).toMatchObject({ recentWeeklyKm: null, recentLongestRunKm: null });
  expect(await ok<Plan[]>('plans.list', {})).toEqual([]);
});

it('a known figure is not replaced by an assumed one (another window set it meanwhile)', async () => {
  const athlete = await ok<Athlete>('athletes.create', unknownPast);
  const text = halfDraft(athlete);
  await ok('athletes.update', { id: athlete.id, recentLongestRunKm: 15 });
  await ok('plans.createDraft', { athleteId: athlete.id, text, assumed });
  const [stored] = await ok<Athlete[]>('athletes.list', {});
  expect(stored).toMatchObject({ recentWeeklyKm: 30, recentLongestRunKm: 15 });
});

it('a wrong payload is refused with a sentence naming what is wrong, and nothing is written', async () => {
  const athlete = await ok<Athlete>('athletes.create', unknownPast);
  const text = halfDraft(athlete);
  const before = dumpStore(ctx.store);
  const refusal = async (input: unknown) => {
    const r = await call('plans.createDraft', input);
    expect(r.ok).toBe(false);
    expect(dumpStore(ctx.store)).toEqual(before);
    return failure(r);
  };
  expect(await refusal({ athleteId: athlete.id, text, assumed: { recentWeeklyKm: -5 } })).toMatchObject({
    code: 'invalid-input',
    field: 'assumed.recentWeeklyKm',
    message: expect.stringContaining('assumed.recentWeeklyKm: -5'),
  });
  expect(await refusal({ athleteId: athlete.id, text, assumed: { level: 'advanced' } })).toMatchObject({
    code: 'invalid-input',
    message: 'assumed.level: not a field of this call',
  });
  expect(await refusal({ athleteId: athlete.id, text: '{"format":"stride-plan"}', assumed })).toMatchObject({
    code: 'invalid-input',
    message: expect.stringMatching(/version|plan/),
  });
  expect(await refusal({ athleteId: athlete.id + 1, text, assumed })).toMatchObject({ code: 'not-found' });
  expect(await refusal({ text, assumed })).toMatchObject({ code: 'invalid-input', field: 'athleteId' });
});

it('the two old calls still work for other callers', async () => {
  const athlete = await ok<Athlete>('athletes.create', unknownPast);
  await ok('athletes.update', { id: athlete.id, ...assumed });
  const { plan } = await ok<{ plan: Plan }>('files.importPlan', { text: halfDraft(athlete), athleteId: athlete.id });
  expect(plan.athleteId).toBe(athlete.id);
});
