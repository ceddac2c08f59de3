/**
 * Names, goals and titles are stored trimmed, as the plan file reads them (plan-file-fields.ts
 * `readText` with `trim`): "  Tempo  " is "Tempo", a title or goal of only spaces is none, and
 * limits count what is left. Notes are kept as typed, as the plan file keeps them. A plan whose
 * goal is longer than a plan file holds (stored before the limit) is not exported into a file its
 * own import refuses: the export says which plan and what limit.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Athlete, FileResult, LibraryWorkout, Plan, PlanDocument } from '../../src-shared/api/entities';
import { parsePlanFile } from '../../src-shared/domain/plan-file';
import { tempStore } from '../test-support/temp-store';
import { handlerCalls } from '../test-support/handler-calls';
import { createHandlers, type Handlers } from '.';

let ctx: ReturnType<typeof tempStore>;
let handlers: Handlers;
const { call, ok, failure } = handlerCalls(() => handlers);

const athleteInput = {
  level: 'intermediate', runDaysPerWeek: 5, easyPaceSecPerKm: 340, fatigued: false, recoveryStyle: 'runs',
  recentLongestRunKm: null, units: 'km',
};
const planInput = { name: 'Spring half', startDate: '2027-03-01', weeks: 4, weekStartsOn: 'monday', units: 'km' };

async function seed(): Promise<{ maya: Athlete; plan: Plan }> {
  const maya = await ok<Athlete>('athletes.create', { ...athleteInput, name: 'Maya Ortiz' });
  const plan = await ok<Plan>('plans.create', { ...planInput, athleteId: maya.id });
  return { maya, plan };
}

beforeEach(() => {
  ctx = tempStore();
  handlers = createHandlers(ctx.store);
});
afterEach(() => ctx.cleanup());

describe('text is stored trimmed, as the plan file reads it', () => {
  it("athletes' and plans' names, and plans' goals", async () => {
    const maya = await ok<Athlete>('athletes.create', { ...athleteInput, name: '  Maya Ortiz  ' });
    expect(ctx.store.athletes.get(maya.id)?.name).toBe('Maya Ortiz');
    await ok('athletes.update', { id: maya.id, name: '\tMaya O. ' });
    expect(ctx.store.athletes.get(maya.id)?.name).toBe('Maya O.');
    expect(failure(await call('athletes.create', { ...athleteInput, name: '   ' })).field).toBe('name');

    const plan = await ok<Plan>('plans.create', { ...planInput, athleteId: maya.id, name: ' Spring half ', goal: '  Sub-1:40  ' });
    expect(ctx.store.plans.get(plan.id)).toMatchObject({ name: 'Spring half', goal: 'Sub-1:40' });
    // A goal of only spaces is no goal, as an empty `plan.goal` in a file is.
    await ok('plans.update', { id: plan.id, goal: '   ' });
    expect(ctx.store.plans.get(plan.id)?.goal).toBeNull();
    // 200 characters is the limit; the spaces around them do not count.
    const long = 'g'.repeat(200);
    await ok('plans.update', { id: plan.id, goal: `  ${long}   ` });
    expect(ctx.store.plans.get(plan.id)?.goal).toBe(long);
    expect(failure(await call('plans.update', { id: plan.id, goal: `${long}g` })).field).toBe('goal');
  });

  it("an edit batch's plan.set and sessions' titles; the undo step holds the trimmed value", async () => {
    const { plan } = await seed();
    const doc = await ok<PlanDocument>('plans.edit', {
      planId: plan.id, baseVersion: 0, label: 'Details',
      edits: [
        { op: 'plan.set', patch: { name: '  Spring half 2 ', goal: ' Sub-1:40 ' } },
        { op: 'session.add', session: { id: 't', date: '2027-03-02', kind: 'tempo', title: '  Tempo  ', durationMin: 45, distanceKm: null, rpe: 7, notes: null } },
        { op: 'session.add', session: { id: 'e', date: '2027-03-03', kind: 'easy', title: '   ', durationMin: 40, distanceKm: null, rpe: 3, notes: null } },
      ],
    });
    expect(doc.plan).toMatchObject({ name: 'Spring half 2', goal: 'Sub-1:40' });
    expect(doc.sessions.map((s) => [s.id, s.title])).toEqual([['t', 'Tempo'], ['e', null]]);
    expect(ctx.store.sessions.get(plan.id, 't')?.title).toBe('Tempo');
    const after = await ok<PlanDocument>('plans.edit', {
      planId: plan.id, baseVersion: doc.version, label: 'Rename',
      edits: [{ op: 'session.update', id: 't', patch: { title: ` ${'t'.repeat(200)} ` } }],
    });
    expect(after.sessions[0].title).toBe('t'.repeat(200));
    const undone = await ok<PlanDocument>('plans.undo', { planId: plan.id, baseVersion: after.version });
    expect(undone.sessions[0].title).toBe('Tempo');
    const redone = await ok<PlanDocument>('plans.redo', { planId: plan.id, baseVersion: undone.version });
    expect(redone.sessions[0].title).toBe('t'.repeat(200));
  });

  it('sessions.add and sessions.update trim titles and keep notes as typed', async () => {
    const { plan } = await seed();
    const notes = '  Warm up 15 min.\n\n  4 x 1 km at T\n';
    await ok('sessions.add', { planId: plan.id, id: 'a', date: '2027-03-02', kind: 'intervals', title: '  4 x 1 km  ', notes });
    expect(ctx.store.sessions.get(plan.id, 'a')).toMatchObject({ title: '4 x 1 km', notes });
    await ok('sessions.update', { planId: plan.id, id: 'a', title: '\n' });
    expect(ctx.store.sessions.get(plan.id, 'a')?.title).toBeNull();
  });

  it("library workouts' titles", async () => {
    const w = await ok<LibraryWorkout>('library.save', { kind: 'tempo', title: '  Tempo 20  ', steps: null });
    expect(ctx.store.library.get(w.id)?.title).toBe('Tempo 20');
    await ok('library.update', { id: w.id, title: ' Tempo 25 ' });
    expect(ctx.store.library.get(w.id)?.title).toBe('Tempo 25');
    expect(failure(await call('library.save', { kind: 'easy', title: '  ', steps: null })).field).toBe('title');
  });
});

describe('names, titles and goals are one line', () => {
  // A line break in a one-line field (only a hand-edited file or another program can send one)
  // gave a card title on two lines and a two-line SUMMARY in the athlete's calendar: it reads as
  // the space it stands for.
  it('line breaks inside them read as one space, from the app and from a plan file', async () => {
    const maya = await ok<Athlete>('athletes.create', { ...athleteInput, name: 'Maya\r\nOrtiz' });
    expect(ctx.store.athletes.get(maya.id)?.name).toBe('Maya Ortiz');
    const plan = await ok<Plan>('plans.create', { ...planInput, athleteId: maya.id, name: 'Spring\nhalf', goal: 'Sub-1:40 \n at the City Half' });
    expect(ctx.store.plans.get(plan.id)).toMatchObject({ name: 'Spring half', goal: 'Sub-1:40 at the City Half' });
    await ok('sessions.add', { planId: plan.id, id: 'a', date: '2027-03-02', kind: 'long', title: 'Long run\nby the river', notes: 'Easy\nthen steady' });
    expect(ctx.store.sessions.get(plan.id, 'a')).toMatchObject({ title: 'Long run by the river', notes: 'Easy\nthen steady' });
    const w = await ok<LibraryWorkout>('library.save', { kind: 'tempo', title: 'Tempo\n20', steps: null });
    expect(ctx.store.library.get(w.id)?.title).toBe('Tempo 20');

    const file = JSON.stringify({
      format: 'stride-plan', version: 2,
      athlete: { name: 'Sam\nLee', level: 'intermediate', runDaysPerWeek: 5, easyPaceSecPerKm: 340, fatigued: false, recoveryStyle: 'runs', recentLongestRunKm: null },
      plan: { name: 'Autumn\n10K', startDate: '2027-03-01', weeks: 2, weekStartsOn: 'monday', units: 'km', goal: 'Sub\n45' },
      sessions: [{ id: 's1', date: '2027-03-03', kind: 'tempo', title: 'Tempo\r\n3 x 10 min', durationMin: 50, distanceKm: null, rpe: 7, notes: null }],
    });
    const read = parsePlanFile(file);
    if (!read.ok) throw new Error(read.errors.join('; '));
    expect(read.data.athlete.name).toBe('Sam Lee');
    expect(read.data.plan).toMatchObject({ name: 'Autumn 10K', goal: 'Sub 45' });
    expect(read.data.sessions[0].title).toBe('Tempo 3 x 10 min');
  });
});

describe('exporting a plan whose goal is longer than a plan file holds', () => {
  it('refuses with a sentence naming the plan and the limit; a 200-character goal exports and imports again', async () => {
    const { plan } = await seed();
    // Stored by a Stride that took up to 500 characters.
    ctx.store.db.prepare('UPDATE plans SET goal = ? WHERE id = ?').run('r'.repeat(342), plan.id);
    const refused = failure(await call('files.exportPlan', { planId: plan.id }));
    expect(refused.code).toBe('invalid-input');
    expect(refused.message).toBe(
      '“Spring half” cannot be saved as a plan file: its goal is 342 characters long, and a plan file holds at most 200. ' +
        "Shorten the goal in the plan's details, then export again.",
    );

    await ok('plans.update', { id: plan.id, goal: 'r'.repeat(200) });
    const file = await ok<FileResult>('files.exportPlan', { planId: plan.id });
    const back = parsePlanFile(file.text!);
    expect(back.ok && back.data.plan.goal).toBe('r'.repeat(200));
  });
});
