/**
 * plans.applyTemplate / plans.undoTemplate on a real SQLite file: one plan per athlete in one
 * transaction, checked with that athlete's settings; a refusal for one athlete writes nothing;
 * undo deletes exactly those plans and is refused once any of them changed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppliedTemplate, Athlete, Plan, PlanDocument } from '../../src-shared/api/entities';
import { sessionFromKind } from '../../src-shared/edits/session-defaults';
import { dumpStore, tempStore } from '../test-support/temp-store';
import { handlerCalls } from '../test-support/handler-calls';
import { createHandlers, type Handlers } from '.';

let ctx: ReturnType<typeof tempStore>;
let handlers: Handlers;
const { call, ok, failure } = handlerCalls(() => handlers);

const athlete = (name: string, more: Partial<Athlete> = {}) =>
  ok<Athlete>('athletes.create', {
    name, level: 'intermediate', runDaysPerWeek: 5, easyPaceSecPerKm: 340, fatigued: false,
    recoveryStyle: 'runs', recentLongestRunKm: null, units: 'km', ...more,
  });

/** Maya's 3-week plan: tempo Tue, long Sun, a dismissed recovery run, the race on Sun 21 Mar. */
async function seed(): Promise<{ source: Plan; maya: Athlete }> {
  const maya = await athlete('Maya Ortiz');
  const source = await ok<Plan>('plans.create', {
    athleteId: maya.id, name: 'Spring half', startDate: '2027-03-01', weeks: 3, weekStartsOn: 'monday', units: 'km',
  });
  await ok('plans.update', { id: source.id, phases: [{ week: 3, phase: 'race' }] });
  await ok('plans.edit', {
    planId: source.id, baseVersion: 1, label: 'Build',
    edits: [
      { op: 'session.add', session: sessionFromKind('t', '2027-03-02', 'tempo', { durationMin: 45, distanceKm: 9 }) },
      { op: 'session.add', session: sessionFromKind('l', '2027-03-14', 'long', { durationMin: 100, distanceKm: 18 }) },
      { op: 'session.add', session: sessionFromKind('r', '2027-03-21', 'race', { distanceKm: 21.1 }) },
      { op: 'dismissal.add', dismissal: { date: '2027-03-03', ruleId: 'recovery-after-hard' } },
    ],
  });
  return { source: (await ok<PlanDocument>('plans.get', { id: source.id })).plan, maya };
}

beforeEach(() => {
  ctx = tempStore();
  handlers = createHandlers(ctx.store);
});
afterEach(() => ctx.cleanup());

describe('plans.applyTemplate', () => {
  it('gives each athlete a plan of their own at their date and scale, checked with their settings', async () => {
    const { source } = await seed();
    const sam = await athlete('Sam Lee');
    const ada = await athlete('Ada Park', { level: 'beginner', runDaysPerWeek: 3, availableDays: ['tue', 'thu', 'sun'] });
    const { applied } = await ok<{ applied: AppliedTemplate[] }>('plans.applyTemplate', {
      planId: source.id,
      targets: [
        { athleteId: sam.id, raceDate: '2027-05-16', scalePercent: 90 },
        { athleteId: ada.id, startDate: '2027-05-03' },
      ],
    });
    expect(applied.map((a) => [a.athleteName, a.plan.athleteId, a.plan.startDate, a.plan.name])).toEqual([
      ['Sam Lee', sam.id, '2027-04-26', 'Spring half'],
      ['Ada Park', ada.id, '2027-05-03', 'Spring half'],
    ]);
    const samDoc = await ok<PlanDocument>('plans.get', { id: applied[0].plan.id });
    expect(samDoc.version).toBe(applied[0].version);
    expect(samDoc.history).toEqual({ undo: null, redo: null });
    expect(samDoc.plan.phases).toEqual([{ week: 3, phase: 'race' }]);
    expect(samDoc.sessions.map((s) => [s.id, s.date, s.durationMin, s.distanceKm])).toEqual([
      ['t', '2027-04-27', 41, 8.1],
      ['l', '2027-05-09', 90, 16.2],
      ['r', '2027-05-16', 60, 21.1], // a race keeps its distance and time
    ]);
    expect(samDoc.dismissed).toEqual([{ date: '2027-04-28', ruleId: 'recovery-after-hard' }]);
    expect(applied[0].warnings).toBe(samDoc.evaluated.warnings.length);
    // Ada runs Tue, Thu and Sun only: the same plan is checked against her days.
    const adaDoc = await ok<PlanDocument>('plans.get', { id: applied[1].plan.id });
    expect(applied[1].warnings).toBe(adaDoc.evaluated.warnings.length);
    expect(adaDoc.evaluated.warnings.some((w) => w.ruleId === 'unavailable-day' || w.ruleId === 'over-run-days')).toBe(false);
    // The source is untouched.
    const src = await ok<PlanDocument>('plans.get', { id: source.id });
    expect(src.sessions.map((s) => s.date)).toEqual(['2027-03-02', '2027-03-14', '2027-03-21']);
  });

  it('writes nothing when one athlete’s date is refused, naming that athlete', async () => {
    const { source } = await seed();
    const sam = await athlete('Sam Lee');
    const before = dumpStore(ctx.store);
    const r = await call('plans.applyTemplate', {
      planId: source.id,
      targets: [
        { athleteId: source.athleteId, startDate: '2027-06-07' },
        { athleteId: sam.id, raceDate: '2027-05-15' },
      ],
    });
    expect(failure(r)).toMatchObject({ code: 'invalid-input', field: 'targets[1].raceDate' });
    expect(failure(r).message).toBe(
      "Sam Lee: The plan's race is on a Sunday, and Sat 15 May 2027 is a Saturday: pick a Sunday (the nearest is Sun 16 May 2027) so every session keeps its weekday.",
    );
    expect(dumpStore(ctx.store)).toEqual(before);
  });

  it('refuses an athlete that does not exist, writing nothing', async () => {
    const { source } = await seed();
    const before = dumpStore(ctx.store);
    const r = await call('plans.applyTemplate', { planId: source.id, targets: [{ athleteId: 99, startDate: '2027-06-07' }] });
    expect(failure(r).code).toBe('not-found');
    expect(dumpStore(ctx.store)).toEqual(before);
  });
});

describe('plans.undoTemplate', () => {
  async function applyTwo() {
    const { source } = await seed();
    const sam = await athlete('Sam Lee');
    const { applied } = await ok<{ applied: AppliedTemplate[] }>('plans.applyTemplate', {
      planId: source.id,
      targets: [
        { athleteId: sam.id, raceDate: '2027-05-16' },
        { athleteId: sam.id, raceDate: '2027-05-23' },
      ],
    });
    return { source, applied, plans: applied.map((a) => ({ id: a.plan.id, version: a.version })) };
  }

  it('deletes exactly the plans it made, in one step; the original stays', async () => {
    const { source, plans } = await applyTwo();
    const srcBefore = await ok<PlanDocument>('plans.get', { id: source.id });
    expect(await ok('plans.undoTemplate', { plans })).toEqual({ deleted: 2 });
    const left = await ok<Plan[]>('plans.list', {});
    expect(left.map((p) => p.id)).toEqual([source.id]);
    expect(await ok<PlanDocument>('plans.get', { id: source.id })).toEqual(srcBefore);
  });

  it('is refused with a sentence once a copy was changed, and then deletes nothing', async () => {
    const { applied, plans } = await applyTwo();
    await ok('plans.edit', {
      planId: applied[1].plan.id, baseVersion: applied[1].version, label: 'Delete',
      edits: [{ op: 'session.delete', id: 't' }],
    });
    const before = dumpStore(ctx.store);
    const r = await call('plans.undoTemplate', { plans });
    expect(failure(r)).toMatchObject({ code: 'conflict' });
    expect(failure(r).message).toBe(
      'Sam Lee\'s “Spring half” changed since it was made; nothing was undone (delete the plans you do not want instead).',
    );
    expect(dumpStore(ctx.store)).toEqual(before);
  });

  it('is refused when a copy was deleted since', async () => {
    const { plans } = await applyTwo();
    await ok('plans.delete', { id: plans[0].id });
    const r = await call('plans.undoTemplate', { plans });
    expect(failure(r).message).toBe('One of the plans this would take back was deleted since; nothing was undone.');
    expect((await ok<Plan[]>('plans.list', {})).some((p) => p.id === plans[1].id)).toBe(true);
  });
});
