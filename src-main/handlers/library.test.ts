/**
 * The coach's workout library through the one dispatch wrapper, on a real SQLite file: saved,
 * listed, edited, deleted; steps kept; kept across a restart; a version-5 store upgraded.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryWorkout } from '../../src-shared/api/entities';
import { openPlanStore } from '../store/plan-store';
import { MIGRATIONS } from '../store/migrations';
import { dumpStore, tempStore } from '../test-support/temp-store';
import { createHandlers, dispatch } from '.';

let ctx: ReturnType<typeof tempStore>;
const call = (method: string, input: unknown) => dispatch(createHandlers(ctx.store), method, input);
async function ok<T>(method: string, input: unknown): Promise<T> {
  const r = await call(method, input);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.message}`);
  return r.value as T;
}

const cruise = {
  kind: 'tempo',
  title: '  Cruise 3 x 10 min  ',
  durationMin: 55,
  distanceKm: 11,
  rpe: 7,
  notes: '2 min jog between',
  steps: [
    { type: 'warmup', durationMin: 15 },
    { repeat: 3, steps: [{ type: 'run', durationMin: 10, target: 'T' }, { type: 'recover', durationMin: 2 }] },
    { type: 'cooldown', durationMin: 10 },
  ],
};

beforeEach(() => {
  ctx = tempStore();
});
afterEach(() => ctx.cleanup());

describe('library.*', () => {
  it('saves a workout with its steps (title trimmed) and lists it', async () => {
    expect(await ok('library.list', {})).toEqual([]);
    const saved = await ok<LibraryWorkout>('library.save', cruise);
    expect(saved).toEqual({ id: saved.id, ...cruise, title: 'Cruise 3 x 10 min' });
    expect(await ok('library.list', {})).toEqual([saved]);
  });

  it('saves with only a kind and a title; the rest is empty', async () => {
    const saved = await ok<LibraryWorkout>('library.save', { kind: 'easy', title: 'Shakeout' });
    expect(saved).toMatchObject({ durationMin: null, distanceKm: null, rpe: null, notes: null, steps: null });
  });

  it('lists by title, whatever the case', async () => {
    for (const title of ['hills 8 x 60 s', 'Broken tempo', 'Aerobic 60']) await ok('library.save', { kind: 'easy', title });
    expect((await ok<LibraryWorkout[]>('library.list', {})).map((w) => w.title)).toEqual(['Aerobic 60', 'Broken tempo', 'hills 8 x 60 s']);
  });

  it('renames and edits only the fields given; null clears one, an empty list clears the steps', async () => {
    const saved = await ok<LibraryWorkout>('library.save', cruise);
    const renamed = await ok<LibraryWorkout>('library.update', { id: saved.id, title: 'Cruise v2', rpe: null });
    expect(renamed).toEqual({ ...saved, title: 'Cruise v2', rpe: null });
    const noSteps = await ok<LibraryWorkout>('library.update', { id: saved.id, steps: [], kind: 'intervals' });
    expect(noSteps).toMatchObject({ kind: 'intervals', steps: null, durationMin: 55 });
    expect(await ok('library.list', {})).toEqual([noSteps]);
  });

  it('deletes a workout; a workout deleted elsewhere is refused in a sentence without its id', async () => {
    const saved = await ok<LibraryWorkout>('library.save', cruise);
    expect(await ok('library.delete', { id: saved.id })).toEqual({ deleted: 1 });
    expect(await ok('library.list', {})).toEqual([]);
    for (const [method, input] of [
      ['library.delete', { id: saved.id }],
      ['library.update', { id: saved.id, title: 'Again' }],
    ] as const) {
      const r = await call(method, input);
      expect(r).toMatchObject({ ok: false, error: { code: 'not-found' } });
      const message = (r as { error: { message: string } }).error.message;
      expect(message).toBe('This workout is no longer in your library (it was deleted elsewhere)');
    }
  });

  it('refuses a malformed workout naming the field, and writes nothing', async () => {
    await ok('library.save', cruise);
    const before = dumpStore(ctx.store);
    const r = await call('library.save', { ...cruise, steps: [{ type: 'run', durationMin: 10, distanceKm: 2 }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'steps[0]' } });
    const long = await call('library.update', { id: 1, title: 'x'.repeat(201) });
    expect(long).toMatchObject({ ok: false, error: { field: 'title' } });
    expect((long as { error: { message: string } }).error.message).toContain('at most 200 characters');
    expect(dumpStore(ctx.store)).toEqual(before);
  });

  it('keeps one workout per kind and title: a twin is refused on save and on rename, naming the title', async () => {
    const saved = await ok<LibraryWorkout>('library.save', cruise);
    const other = await ok<LibraryWorkout>('library.save', { kind: 'tempo', title: 'Broken tempo' });
    const before = dumpStore(ctx.store);
    const sentence = 'Your workouts already hold “Cruise 3 x 10 min” (tempo); give this one another title';
    for (const [method, input] of [
      ['library.save', { kind: 'tempo', title: 'CRUISE 3 x 10 min ' }],
      ['library.update', { id: other.id, title: 'cruise 3 X 10 MIN' }],
    ] as const) {
      expect(await call(method, input)).toEqual({ ok: false, error: { code: 'invalid-input', message: sentence, field: 'title' } });
    }
    expect(dumpStore(ctx.store)).toEqual(before);
    // Another kind is another workout; a workout keeps its own title when edited.
    await ok('library.save', { kind: 'intervals', title: 'Cruise 3 x 10 min' });
    await ok('library.update', { id: saved.id, title: 'Cruise 3 x 10 min', rpe: 8 });
  });

  it('keeps the library across a restart of the app (the same file reopened)', async () => {
    const saved = await ok<LibraryWorkout>('library.save', cruise);
    ctx.store.close();
    ctx.store = openPlanStore(ctx.file);
    expect(await ok('library.list', {})).toEqual([saved]);
  });
});

describe('plan files carry the library', () => {
  it('an exported plan carries the workouts its sessions came from; importing it adds only those the library lacks', async () => {
    const athlete = await ok<{ id: number }>('athletes.create', {
      name: 'Maya', level: 'intermediate', runDaysPerWeek: 5, easyPaceSecPerKm: 340, fatigued: false,
      recoveryStyle: 'runs', recentLongestRunKm: null, units: 'km',
    });
    const plan = await ok<{ id: number }>('plans.create', {
      athleteId: athlete.id, name: 'Spring 10K', startDate: '2027-03-01', weeks: 4, weekStartsOn: 'monday', units: 'km',
    });
    const saved = await ok<LibraryWorkout>('library.save', cruise);
    // plan-file.md: the library entries the plan's sessions came from (a dropped workout keeps its kind and title).
    await ok('library.save', { kind: 'hills', title: 'Hills 8 x 60 s', durationMin: 45 });
    await ok('sessions.add', { planId: plan.id, date: '2027-03-03', kind: 'tempo', title: 'Cruise 3 x 10 min', durationMin: 55 });
    const { text } = await ok<{ text: string }>('files.exportPlan', { planId: plan.id });
    expect(JSON.parse(text).library).toEqual([{ id: String(saved.id), ...cruise, title: 'Cruise 3 x 10 min', distanceKm: 11 }]);

    // The same store: the workout is there already, so nothing doubles.
    expect(await ok('files.importPlan', { text, athleteId: athlete.id })).toMatchObject({ notices: [] });
    expect((await ok<LibraryWorkout[]>('library.list', {})).length).toBe(2);
    // Another coach's store: the workout arrives, steps and all.
    const other = tempStore();
    try {
      const r = await dispatch(createHandlers(other.store), 'files.importPlan', { text });
      expect(r).toMatchObject({ ok: true, value: { notices: ['Added 1 workout to your library.'] } });
      expect(other.store.library.list()).toEqual([{ ...saved, id: expect.any(Number) }]);
    } finally {
      other.cleanup();
    }
  });
});

describe('migration 6 (library steps)', () => {
  it('upgrades a version-5 store: its workouts stay, without steps, and steps can then be kept', async () => {
    ctx.store.close();
    // A store as version 5 left it: the library table without steps.
    const raw = new Database(`${ctx.file}.v5`);
    raw.exec(MIGRATIONS.filter((m) => m.version <= 5).map((m) => m.up).join('\n'));
    raw.pragma('user_version = 5');
    raw.prepare("INSERT INTO library (kind, title, duration_min) VALUES ('long', 'Long run 90', 90)").run();
    raw.close();
    ctx.store = openPlanStore(`${ctx.file}.v5`);
    const [old] = await ok<LibraryWorkout[]>('library.list', {});
    expect(old).toMatchObject({ kind: 'long', title: 'Long run 90', durationMin: 90, steps: null });
    const edited = await ok<LibraryWorkout>('library.update', { id: old.id, steps: cruise.steps });
    expect(edited.steps).toEqual(cruise.steps);
  });
});
