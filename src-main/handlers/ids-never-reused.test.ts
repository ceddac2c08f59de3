/**
 * An id, once given, is never given again (store migration 7): whatever still names a deleted or
 * undone plan, athlete or library workout (a stale window, the remembered last-open plan, a
 * template's undo, a script) is told it is gone instead of reaching the next one made.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppliedTemplate, Athlete, LibraryWorkout, Plan } from '../../src-shared/api/entities';
import { sessionFromKind } from '../../src-shared/edits/session-defaults';
import { tempStore } from '../test-support/temp-store';
import { handlerCalls } from '../test-support/handler-calls';
import { createHandlers, type Handlers } from '.';

let ctx: ReturnType<typeof tempStore>;
let handlers: Handlers;
const { call, ok, failure } = handlerCalls(() => handlers);

const athlete = (name: string) =>
  ok<Athlete>('athletes.create', {
    name, level: 'intermediate', runDaysPerWeek: 5, easyPaceSecPerKm: 340, fatigued: false,
    recoveryStyle: 'runs', recentLongestRunKm: null, units: 'km',
  });
const plan = (athleteId: number, name: string) =>
  ok<Plan>('plans.create', { athleteId, name, startDate: '2027-03-01', weeks: 3, weekStartsOn: 'monday', units: 'km' });

beforeEach(() => {
  ctx = tempStore();
  handlers = createHandlers(ctx.store);
});
afterEach(() => ctx.cleanup());

describe('ids are never given twice', () => {
  it("an undone template's plan id is not Ada's next plan: a stale window and the undo find it gone", async () => {
    const maya = await athlete('Maya Ortiz');
    const sam = await athlete('Sam Lee');
    const ada = await athlete('Ada Park');
    const source = await plan(maya.id, 'Spring half');
    await ok('plans.edit', {
      planId: source.id, baseVersion: 0, label: 'Build',
      edits: [{ op: 'session.add', session: sessionFromKind('t', '2027-03-02', 'tempo', { durationMin: 45 }) }],
    });
    const { applied } = await ok<{ applied: AppliedTemplate[] }>('plans.applyTemplate', {
      planId: source.id, targets: [{ athleteId: sam.id }],
    });
    const undone = applied[0].plan;
    const undo = [{ id: undone.id, version: applied[0].version }];
    await ok('plans.undoTemplate', { plans: undo });

    const adas = await plan(ada.id, 'Ada 10K');
    expect(adas.id).toBeGreaterThan(undone.id);
    // Bring Ada's plan to the undone plan's version, as a busy coach would.
    for (let v = 0; v < applied[0].version; v++) {
      await ok('plans.edit', {
        planId: adas.id, baseVersion: v, label: 'Add',
        edits: [{ op: 'session.add', session: sessionFromKind(`a${v}`, '2027-03-03', 'easy', {}) }],
      });
    }
    // A window still showing Sam's undone plan renames it, with the version it last saw.
    const stale = await call('plans.edit', {
      planId: undone.id, baseVersion: applied[0].version, label: 'Rename',
      edits: [{ op: 'plan.set', patch: { name: "Sam's half" } }],
    });
    expect(failure(stale).code).toBe('not-found');
    // Taking the template back twice (a second window) cannot delete Ada's plan.
    expect(failure(await call('plans.undoTemplate', { plans: undo })).code).toBe('conflict');
    expect((await ok<Plan[]>('plans.list', { athleteId: ada.id })).map((p) => p.name)).toEqual(['Ada 10K']);
    expect(failure(await call('plans.get', { id: undone.id })).code).toBe('not-found');
  });

  it('a deleted newest plan, athlete or library workout leaves its id unused', async () => {
    const maya = await athlete('Maya Ortiz');
    const first = await plan(maya.id, 'A');
    await ok('plans.delete', { id: first.id });
    expect((await plan(maya.id, 'B')).id).toBeGreaterThan(first.id);

    const gone = await athlete('Sam Lee');
    await ok('athletes.delete', { id: gone.id });
    expect((await athlete('Ada Park')).id).toBeGreaterThan(gone.id);

    const workout = await ok<LibraryWorkout>('library.save', { kind: 'tempo', title: 'Tempo 20', steps: null });
    await ok('library.delete', { id: workout.id });
    const next = await ok<LibraryWorkout>('library.save', { kind: 'easy', title: 'Easy 40', steps: null });
    expect(next.id).toBeGreaterThan(workout.id);
    // A palette still listing the deleted workout renames it: refused, the new one untouched.
    const stale = await call('library.update', { id: workout.id, title: 'Renamed' });
    expect(failure(stale).message).toMatch(/no longer in your library/);
    expect((await ok<LibraryWorkout[]>('library.list', {})).map((w) => w.title)).toEqual(['Easy 40']);
  });
});
