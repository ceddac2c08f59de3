/** Steps on sessions and the recent race on athletes, through the contract and the store (v4). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Athlete, Plan, PlanDocument } from '../../src-shared/api/entities';
import { parsePlanFile, planFileText } from '../../src-shared/domain/plan-file';
import { planFileDataOf } from '../services/plan-file-of';
import { importPlanData } from '../services/import-plan';
import { tempStore } from '../test-support/temp-store';
import { createHandlers, dispatch, type Handlers } from '.';

let ctx: ReturnType<typeof tempStore>;
let handlers: Handlers;

async function ok<T>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(handlers, method, input);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.message}`);
  return r.value as T;
}
async function refused(method: string, input: unknown): Promise<string> {
  const r = await dispatch(handlers, method, input);
  if (r.ok) throw new Error(`${method} accepted`);
  return r.error.message;
}

const STEPS = [
  { type: 'warmup', durationMin: 15, target: 'E' },
  { repeat: 6, steps: [{ type: 'run', distanceKm: 0.8, target: 'I' }, { type: 'recover', durationMin: 2 }] },
  { type: 'cooldown', durationMin: 10, target: 'E' },
];

beforeEach(() => {
  ctx = tempStore();
  handlers = createHandlers(ctx.store);
});
afterEach(() => ctx.cleanup());

async function seed(): Promise<{ athlete: Athlete; plan: Plan }> {
  const athlete = await ok<Athlete>('athletes.create', {
    name: 'Maya Ortiz',
    level: 'intermediate',
    runDaysPerWeek: 5,
    easyPaceSecPerKm: null,
    fatigued: false,
    recoveryStyle: 'runs',
    recentLongestRunKm: null,
    units: 'km',
    recentRace: { distanceKm: 10, timeSec: 2550, date: '2027-01-17' },
  });
  const plan = await ok<Plan>('plans.create', {
    athleteId: athlete.id,
    name: 'Spring 10K',
    goal: 'Sub-42',
    startDate: '2027-03-01',
    weeks: 2,
    weekStartsOn: 'monday',
    units: 'km',
  });
  return { athlete, plan };
}

describe('FIT exports through the contract', () => {
  it('gives a session’s .fit and a week’s .zip, as base64', async () => {
    const { plan } = await seed();
    const doc = await ok<PlanDocument>('sessions.add', { planId: plan.id, date: '2027-03-02', kind: 'intervals', title: '6 x 800 m', steps: STEPS });
    const one = await ok<{ fileName: string; base64: string }>('files.exportFit', { planId: plan.id, sessionId: doc.sessions[0].id });
    expect(one.fileName).toBe('2027-03-02 6 x 800 m.fit');
    expect(Buffer.from(one.base64, 'base64').subarray(8, 12).toString()).toBe('.FIT');
    const week = await ok<{ fileName: string; base64: string }>('files.exportFit', { planId: plan.id, week: 1 });
    // The athlete's watch workouts, named after the athlete as the calendar is.
    expect(week.fileName).toBe('spring-10k-maya-ortiz-week-1-workouts.zip');
    expect(await refused('files.exportFit', { planId: plan.id, week: 2 })).toMatch(/No running sessions in week 2/);
  });
});

describe('workouts in the store', () => {
  it('keeps an athlete’s recent race and a session’s steps, and the rules total them', async () => {
    const { athlete, plan } = await seed();
    expect(athlete.recentRace).toEqual({ distanceKm: 10, timeSec: 2550, date: '2027-01-17' });
    const doc = await ok<PlanDocument>('sessions.add', { planId: plan.id, date: '2027-03-02', kind: 'intervals', steps: STEPS });
    const s = doc.sessions[0];
    expect(s.steps).toEqual(STEPS);
    expect(s.durationMin).toBeNull();
    const evaluated = doc.evaluated.sessions.find((x) => x.id === s.id)!;
    expect(evaluated.origin === 'coach' && evaluated.estimatedDurationMin).toBeGreaterThan(40);
    expect(evaluated.origin === 'coach' && evaluated.estimatedDistanceKm).toBeGreaterThan(8);
    expect(doc.evaluated.weeks[0].estimatedKm).toBeGreaterThan(8);
    const cleared = await ok<PlanDocument>('sessions.update', { planId: plan.id, id: s.id, steps: null, durationMin: 50 });
    expect(cleared.sessions[0].steps).toBeUndefined();
  });

  it('refuses impossible steps and races, nothing saved', async () => {
    const { plan } = await seed();
    expect(await refused('sessions.add', { planId: plan.id, date: '2027-03-02', kind: 'intervals', steps: [{ repeat: 60, steps: [{ type: 'run' }] }] })).toMatch(/steps/);
    expect(
      await refused('sessions.add', {
        planId: plan.id,
        date: '2027-03-02',
        kind: 'intervals',
        steps: [{ repeat: 3, steps: [{ repeat: 2, steps: [{ type: 'run' }] }] }],
      }),
    ).toMatch(/steps/);
    expect(await refused('athletes.update', { id: 1, recentRace: { distanceKm: 1, timeSec: 600 } })).toMatch(/recentRace\.distanceKm/);
    expect(await refused('athletes.update', { id: 1, recentRace: { distanceKm: 10, timeSec: 21601 } })).toMatch(/recentRace\.timeSec/);
    // As the athlete form and the plan file refuse it: a marathon in 3 min 30 s (hours as minutes).
    expect(await refused('athletes.update', { id: 1, recentRace: { distanceKm: 42.195, timeSec: 210 } })).toMatch(
      /recentRace\.timeSec: .* faster than anyone has run it/,
    );
    expect(ctx.store.sessions.list(plan.id)).toEqual([]);
  });

  it('a plan file round trip keeps goal, steps and the recent race', async () => {
    const { plan } = await seed();
    await ok('sessions.add', { planId: plan.id, date: '2027-03-02', kind: 'intervals', steps: STEPS });
    const doc = await ok<PlanDocument>('plans.get', { id: plan.id });
    const text = planFileText(planFileDataOf(doc), doc.evaluated);
    const parsed = parsePlanFile(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const again = importPlanData(ctx.store, parsed.data);
    const doc2 = await ok<PlanDocument>('plans.get', { id: again.id });
    expect(doc2.plan.goal).toBe('Sub-42');
    expect(doc2.athlete.recentRace).toEqual({ distanceKm: 10, timeSec: 2550, date: '2027-01-17' });
    expect(doc2.sessions[0].steps).toEqual(STEPS);
  });

  it('a goal as long as the plan file allows (200 characters) round trips; the app refuses a longer one, naming the goal', async () => {
    const { plan } = await seed();
    await ok('plans.update', { id: plan.id, goal: 'g'.repeat(200) });
    const doc = await ok<PlanDocument>('plans.get', { id: plan.id });
    const parsed = parsePlanFile(planFileText(planFileDataOf(doc), doc.evaluated));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.data.plan.goal).toBe('g'.repeat(200));
    // Before, the app kept up to 500 characters and its own export then failed to import.
    expect(await refused('plans.update', { id: plan.id, goal: 'g'.repeat(201) })).toMatch(/goal/);
    expect((await ok<PlanDocument>('plans.get', { id: plan.id })).plan.goal).toBe('g'.repeat(200));
  });
});
