/**
 * Every contract method through the one dispatch wrapper, against a real SQLite file:
 * valid payloads do what a coach expects; malformed ones are refused with the field named,
 * and nothing in the database changes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallResult, Method } from '../../src-shared/api/contract';
import { METHODS } from '../../src-shared/api/contract';
import type { Athlete, Plan, PlanDocument } from '../../src-shared/api/entities';
import { dumpStore, tempStore } from '../test-support/temp-store';
import { createHandlers, dispatch, type Handlers } from '.';
import type { PlanStore } from '../store/plan-store';

let ctx: ReturnType<typeof tempStore>;
let store: PlanStore;
let handlers: Handlers;

const call = (method: string, input: unknown) => dispatch(handlers, method, input);
async function ok<T>(method: Method, input: unknown): Promise<T> {
  const r = await call(method, input);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.message}`);
  return r.value as T;
}

const athleteInput = {
  name: 'Maya Ortiz',
  level: 'intermediate',
  runDaysPerWeek: 5,
  easyPaceSecPerKm: 340,
  fatigued: false,
  recoveryStyle: 'runs',
  recentLongestRunKm: null,
  units: 'km',
};

async function seed(): Promise<{ athlete: Athlete; plan: Plan }> {
  const athlete = await ok<Athlete>('athletes.create', athleteInput);
  const plan = await ok<Plan>('plans.create', {
    athleteId: athlete.id,
    name: 'Spring 10K',
    startDate: '2027-03-03', // a Wednesday: snaps back to Monday 1 March
    weeks: 8,
    weekStartsOn: 'monday',
    units: 'km',
  });
  return { athlete, plan };
}

beforeEach(() => {
  ctx = tempStore();
  store = ctx.store;
  handlers = createHandlers(store);
});
afterEach(() => ctx.cleanup());

describe('athletes', () => {
  it('are created, listed, renamed and deleted with their plans', async () => {
    const { athlete, plan } = await seed();
    expect(await ok('athletes.list', {})).toEqual([athlete]);
    const renamed = await ok<Athlete>('athletes.update', { id: athlete.id, name: 'Maya O.', runDaysPerWeek: 4 });
    expect(renamed).toMatchObject({ name: 'Maya O.', runDaysPerWeek: 4, level: 'intermediate' });
    expect(store.athletes.get(athlete.id)?.name).toBe('Maya O.');
    await ok('sessions.add', { planId: plan.id, date: '2027-03-02', kind: 'intervals' });
    expect(await ok('athletes.delete', { id: athlete.id })).toEqual({ deleted: 1 });
    expect(store.plans.list()).toEqual([]);
    expect(store.db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 });
  });
});

describe('plans', () => {
  it('snap the start to the first day of the week and can be renamed, listed, fetched and deleted', async () => {
    const { athlete, plan } = await seed();
    expect(plan.startDate).toBe('2027-03-01');
    const sunday = await ok<Plan>('plans.create', {
      athleteId: athlete.id, name: 'Autumn HM', startDate: '2027-09-08', weeks: 12, weekStartsOn: 'sunday', units: 'mi',
    });
    expect(sunday.startDate).toBe('2027-09-05');
    expect((await ok<Plan[]>('plans.list', { athleteId: athlete.id })).map((p) => p.name).sort()).toEqual(['Autumn HM', 'Spring 10K']);
    const renamed = await ok<Plan>('plans.update', { id: plan.id, name: 'Spring 10K (v2)' });
    expect(renamed.name).toBe('Spring 10K (v2)');
    const doc = await ok<PlanDocument>('plans.get', { id: plan.id });
    expect(doc.plan.name).toBe('Spring 10K (v2)');
    expect(doc.evaluated.weeks).toHaveLength(8);
    expect(await ok('plans.delete', { id: sunday.id })).toEqual({ deleted: 1 });
  });

  it('moving the start moves every session with it; shortening past sessions is refused', async () => {
    const { plan } = await seed();
    await ok('sessions.add', { planId: plan.id, id: 'late', date: '2027-04-20', kind: 'long' });
    const moved = await ok<Plan>('plans.update', { id: plan.id, startDate: '2027-03-08' });
    expect(moved.startDate).toBe('2027-03-08');
    expect(store.sessions.get(plan.id, 'late')?.date).toBe('2027-04-27');
    const before = dumpStore(store);
    const refused = await call('plans.update', { id: plan.id, weeks: 4 });
    expect(refused).toMatchObject({ ok: false, error: { field: 'weeks' } });
    // Readable dates and a proper plural: no ISO date, no "session(s)".
    const message = (refused as { error: { message: string } }).error.message;
    expect(message).toContain('Long run on Tue 27 Apr would fall outside the plan (Mon 8 Mar to Sun 4 Apr)');
    expect(message).not.toMatch(/\d{4}-\d\d-\d\d|\(s\)/);
    expect(dumpStore(store)).toEqual(before);
  });
});

describe('sessions', () => {
  it('dropped from the palette get the kind defaults; several fit one day', async () => {
    const { plan } = await seed();
    const doc = await ok<PlanDocument>('sessions.add', { planId: plan.id, date: '2027-03-09', kind: 'intervals' });
    expect(doc.sessions).toEqual([
      expect.objectContaining({ date: '2027-03-09', kind: 'intervals', durationMin: 60, rpe: null, title: null }),
    ]);
    const two = await ok<PlanDocument>('sessions.add', { planId: plan.id, date: '2027-03-09', kind: 'strength' });
    expect(two.sessions.filter((s) => s.date === '2027-03-09')).toHaveLength(2);
  });

  it('are edited, moved, copied and deleted, raising the revision on each change', async () => {
    const { plan } = await seed();
    await ok('sessions.add', { planId: plan.id, id: 'int', date: '2027-03-09', kind: 'intervals' });
    await ok('sessions.update', { planId: plan.id, id: 'int', durationMin: 55, title: '6 x 800 m', rpe: 8 });
    expect(store.sessions.get(plan.id, 'int')).toMatchObject({ durationMin: 55, title: '6 x 800 m', revision: 1 });
    await ok('sessions.move', { planId: plan.id, id: 'int', date: '2027-03-10' });
    expect(store.sessions.get(plan.id, 'int')).toMatchObject({ date: '2027-03-10', revision: 2 });
    const copied = await ok<PlanDocument>('sessions.move', { planId: plan.id, id: 'int', date: '2027-03-12', copy: true, copyId: 'int-copy' });
    expect(copied.sessions.map((s) => [s.id, s.date, s.title])).toEqual([
      ['int', '2027-03-10', '6 x 800 m'],
      ['int-copy', '2027-03-12', '6 x 800 m'],
    ]);
    const afterDelete = await ok<PlanDocument>('sessions.delete', { planId: plan.id, id: 'int-copy' });
    expect(afterDelete.sessions.map((s) => s.id)).toEqual(['int']);
  });

  it('a race needs a distance', async () => {
    const { plan } = await seed();
    const r = await call('sessions.add', { planId: plan.id, date: '2027-03-14', kind: 'race', distanceKm: null });
    expect(r).toMatchObject({ ok: false, error: { field: 'distanceKm' } });
  });
});

describe('derived sessions', () => {
  it('a hard session gets a recovery run the next day, which can be dismissed, restored and kept', async () => {
    const { plan } = await seed();
    const doc = await ok<PlanDocument>('sessions.add', { planId: plan.id, id: 'int', date: '2027-03-09', kind: 'intervals' });
    const rec = doc.evaluated.sessions.find((s) => s.origin === 'rule');
    expect(rec).toMatchObject({ date: '2027-03-10', kind: 'recovery', ruleId: 'recovery-after-hard', sourceId: 'int' });
    const dismissed = await ok<PlanDocument>('derived.dismiss', { planId: plan.id, date: '2027-03-10', ruleId: 'recovery-after-hard' });
    expect(dismissed.evaluated.derived).toEqual([]);
    expect(store.dismissals.list(plan.id)).toEqual([{ date: '2027-03-10', ruleId: 'recovery-after-hard' }]);
    await ok('derived.restore', { planId: plan.id, date: '2027-03-10', ruleId: 'recovery-after-hard' });
    const kept = await ok<PlanDocument>('derived.keep', { planId: plan.id, date: '2027-03-10', ruleId: 'recovery-after-hard' });
    expect(kept.sessions.find((s) => s.date === '2027-03-10')).toMatchObject({ kind: 'recovery', durationMin: 30 });
    expect(kept.evaluated.derived).toEqual([]);
  });
});

describe('files', () => {
  it('export a plan file that imports back as a new plan with the same sessions', async () => {
    const { plan } = await seed();
    await ok('sessions.add', { planId: plan.id, id: 'int', date: '2027-03-09', kind: 'intervals', title: '6 x 800 m' });
    const out = await ok<{ fileName: string; text: string }>('files.exportPlan', { planId: plan.id });
    expect(out.fileName).toBe('spring-10k.strideplan.json');
    const imported = await ok<{ plan: Plan; notices: string[] }>('files.importPlan', { text: out.text });
    expect(imported.plan.id).not.toBe(plan.id);
    expect(store.sessions.list(imported.plan.id).map((s) => [s.id, s.date, s.title])).toEqual([['int', '2027-03-09', '6 x 800 m']]);
  });

  it("a file's unknown fields are named in the app's notice without the command line's \"notice:\" prefix", async () => {
    const text = JSON.stringify({
      format: 'stride-plan', version: 2, colour: 'red',
      athlete: { name: 'Maya Ortiz' },
      plan: { name: 'Spring 10K', startDate: '2027-03-01', weeks: 8 },
      sessions: [{ id: 's1', date: '2027-03-02', kind: 'tempo', durationMin: 50, heartRate: 160 }],
    });
    const imported = await ok<{ notices: string[] }>('files.importPlan', { text });
    expect(imported.notices).toEqual([
      'colour is not a Stride field and was ignored',
      'sessions[0].heartRate is not a Stride field and was ignored',
    ]);
  });

  it('a 24-hour race (1,440 minutes, plan-file.md) imports from a file, and the app takes the same duration', async () => {
    const { plan } = await seed();
    const text = JSON.stringify({
      format: 'stride-plan', version: 2,
      athlete: { name: 'Ultra' },
      plan: { name: '24 h', startDate: '2027-03-01', weeks: 2 },
      sessions: [{ id: 'r', date: '2027-03-13', kind: 'race', durationMin: 1440, distanceKm: 180 }],
    });
    const imported = await ok<{ plan: Plan }>('files.importPlan', { text });
    expect(store.sessions.list(imported.plan.id).map((s) => s.durationMin)).toEqual([1440]);
    await ok('sessions.add', { planId: plan.id, date: '2027-03-13', kind: 'race', durationMin: 1440, distanceKm: 180 });
  });

  it("names the athlete's calendar with and without rest days differently, and after the athlete", async () => {
    // A coach sending "Spring 10K" to five athletes got five spring-10k.ics, told apart only by
    // the browser's "(1)", "(2)": the calendar is the athlete's, so its name says whose.
    const { plan } = await seed();
    const all = await ok<{ fileName: string }>('files.exportIcs', { planId: plan.id, includeRest: true });
    const noRest = await ok<{ fileName: string }>('files.exportIcs', { planId: plan.id, includeRest: false });
    expect(all.fileName).toBe('spring-10k-maya-ortiz.ics');
    expect(noRest.fileName).toBe('spring-10k-maya-ortiz-no-rest-days.ics');
  });

  it('a refused plan file writes nothing and names the path', async () => {
    await seed();
    const before = dumpStore(store);
    const bad = JSON.stringify({
      format: 'stride-plan', version: 1,
      athlete: { name: 'Sam' },
      plan: { name: 'Bad', startDate: '2027-03-01', weeks: 4 },
      sessions: [{ id: 'a', date: '2027-02-30', kind: 'easy', durationMin: 30 }],
    });
    const r = await call('files.importPlan', { text: bad });
    expect(r.ok).toBe(false);
    expect((r as Extract<CallResult<unknown>, { ok: false }>).error.message).toContain('sessions[0].date');
    expect(dumpStore(store)).toEqual(before);
  });
});

/** A malformed payload for each method: the wrapper names the field and nothing is written. */
/** The optional fourth item: what the message says instead of the field's name (a coach's sentence). */
const malformed: Record<Method, Array<[label: string, input: unknown, field: string, says?: string]>> = {
  'athletes.list': [['unknown field', { surprise: 1 }, 'surprise']],
  'athletes.create': [
    ['missing name', { ...athleteInput, name: undefined }, 'name'],
    ['run days out of range', { ...athleteInput, runDaysPerWeek: 8 }, 'runDaysPerWeek'],
    ['wrong type', { ...athleteInput, fatigued: 'yes' }, 'fatigued'],
    ['pace out of range', { ...athleteInput, easyPaceSecPerKm: 60 }, 'easyPaceSecPerKm'],
  ],
  'athletes.update': [['id as text', { id: '1', name: 'X' }, 'id'], ['empty name', { id: 1, name: '  ' }, 'name']],
  'athletes.delete': [['missing id', {}, 'id']],
  'plans.list': [['athleteId as text', { athleteId: 'x' }, 'athleteId']],
  'plans.create': [
    ['impossible date', { athleteId: 1, name: 'P', startDate: '2027-02-30', weeks: 8, weekStartsOn: 'monday', units: 'km' }, 'startDate'],
    ['too many weeks', { athleteId: 1, name: 'P', startDate: '2027-03-01', weeks: 105, weekStartsOn: 'monday', units: 'km' }, 'weeks'],
    ['bad week start', { athleteId: 1, name: 'P', startDate: '2027-03-01', weeks: 8, weekStartsOn: 'friday', units: 'km' }, 'weekStartsOn'],
  ],
  'plans.update': [['fractional weeks', { id: 1, weeks: 2.5 }, 'weeks']],
  'plans.delete': [['negative id', { id: -1 }, 'id']],
  'plans.get': [['missing id', {}, 'id']],
  'plans.edit': [
    ['missing version', { planId: 1, label: 'Edit', edits: [] }, 'baseVersion'],
    ['unknown edit', { planId: 1, baseVersion: 0, label: 'Edit', edits: [{ op: 'session.explode', id: 'x' }] }, 'edits[0].op'],
  ],
  'plans.undo': [['missing version', { planId: 1 }, 'baseVersion']],
  'plans.redo': [['version as text', { planId: 1, baseVersion: '3' }, 'baseVersion']],
  'plans.applyTemplate': [
    ['no athletes', { planId: 1, targets: [] }, 'targets'],
    ['scale 40', { planId: 1, targets: [{ athleteId: 1, scalePercent: 40 }] }, 'targets[0].scalePercent', 'The scale must be a whole percent from 50 to 150'],
  ],
  'plans.undoTemplate': [['version as text', { plans: [{ id: 1, version: 'one' }] }, 'plans[0].version']],
  'plans.createDraft': [
    ['missing athlete', { text: '{}' }, 'athleteId'],
    ['assumed week negative', { athleteId: 1, text: '{}', assumed: { recentWeeklyKm: -1 } }, 'assumed.recentWeeklyKm'],
    ['not a plan file', { athleteId: 1, text: 'hello' }, 'text', 'not JSON'],
  ],
  'sessions.add': [
    ['impossible date', { planId: 1, date: '2027-02-30', kind: 'easy' }, 'date'],
    ['unknown kind', { planId: 1, date: '2027-03-02', kind: 'swim' }, 'kind'],
    ['rpe out of range', { planId: 1, date: '2027-03-02', kind: 'easy', rpe: 11 }, 'rpe'],
    ['negative duration', { planId: 1, date: '2027-03-02', kind: 'easy', durationMin: -5 }, 'durationMin'],
    ['date outside the plan', { planId: 1, date: '2027-06-01', kind: 'easy' }, 'date', 'Easy run on Tue 1 Jun would fall outside the plan'],
    ['missing date', { planId: 1, kind: 'easy' }, 'date'],
  ],
  'sessions.update': [
    ['rpe as text', { planId: 1, id: 'keep', rpe: 'hard' }, 'rpe'],
    ['duration too long', { planId: 1, id: 'keep', durationMin: 1440.1 }, 'durationMin'],
  ],
  'sessions.move': [
    ['impossible date', { planId: 1, id: 'keep', date: '2027-13-01' }, 'date'],
    ['outside the plan', { planId: 1, id: 'keep', date: '2027-02-28' }, 'date', 'Intervals on Sun 28 Feb would fall outside'],
  ],
  'sessions.delete': [['missing id', { planId: 1 }, 'id']],
  'derived.keep': [['unknown rule', { planId: 1, date: '2027-03-03', ruleId: 'nap' }, 'ruleId']],
  'derived.dismiss': [['impossible date', { planId: 1, date: '2027-04-31', ruleId: 'recovery-after-hard' }, 'date']],
  'derived.restore': [['missing rule', { planId: 1, date: '2027-03-03' }, 'ruleId']],
  'library.list': [['unknown field', { kind: 'tempo' }, 'kind']],
  'library.save': [
    ['missing title', { kind: 'tempo' }, 'title'],
    ['blank title', { kind: 'tempo', title: '   ' }, 'title'],
    ['unknown kind', { kind: 'swim', title: 'Laps' }, 'kind'],
    ['rpe out of range', { kind: 'tempo', title: 'Cruise', rpe: 0 }, 'rpe'],
    ['a repeat of 60', { kind: 'intervals', title: '60 x 400', steps: [{ repeat: 60, steps: [{ type: 'run', distanceKm: 0.4 }] }] }, 'steps[0].repeat'],
  ],
  'library.update': [
    ['missing id', { title: 'Cruise' }, 'id'],
    ['notes too long', { id: 1, notes: 'x'.repeat(5001) }, 'notes'],
  ],
  'library.delete': [['id as text', { id: 'one' }, 'id']],
  'files.importPlan': [['text as number', { text: 42 }, 'text']],
  'files.exportPlan': [['planId as text', { planId: 'one' }, 'planId']],
  'files.exportIcs': [['includeRest as text', { planId: 1, includeRest: 'no' }, 'includeRest']],
  'files.exportPdf': [
    ['unknown view', { planId: 1, view: 'poster' }, 'view'],
    ['week 0', { planId: 1, week: 0 }, 'week'],
  ],
  'files.exportFit': [
    ['week 0', { planId: 1, week: 0 }, 'week'],
    ['unknown field', { planId: 1, format: 'tcx' }, 'format'],
  ],
  'print.weeks': [['paper A3', { planId: 1, paper: 'a3' }, 'paper']],
  'store.status': [['unknown field', { path: '/etc' }, 'path']],
};

describe('malformed payloads', () => {
  it('covers every method of the contract', () => {
    expect(Object.keys(malformed).sort()).toEqual([...METHODS].sort());
  });

  for (const method of METHODS) {
    for (const [label, input, field, says] of malformed[method]) {
      it(`${method}: ${label} is refused naming ${field}, nothing changes`, async () => {
        const { plan } = await seed();
        expect(plan.id).toBe(1);
        await ok('sessions.add', { planId: 1, id: 'keep', date: '2027-03-02', kind: 'intervals' });
        const before = dumpStore(store);
        const r = await call(method, input);
        expect(r.ok).toBe(false);
        const error = (r as Extract<CallResult<unknown>, { ok: false }>).error;
        expect(error.field).toBe(field);
        expect(error.message).toContain(says ?? field);
        expect(dumpStore(store)).toEqual(before);
      });
    }
  }

  it('PDF export and printing say so when this host has no browser engine', async () => {
    const { plan } = await seed();
    expect(await call('files.exportPdf', { planId: plan.id })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(await call('print.weeks', { planId: plan.id })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('an unknown method is refused by name', async () => {
    expect(await call('sessions.explode', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });
});

describe('bounds every call passes', () => {
  const planInput = { athleteId: 1, name: 'P', weeks: 8, units: 'km' };

  it('refuses dates outside 1900–2200: 0001-01-01 with Sunday weeks, 9999-12-27, naming the field', async () => {
    await ok('athletes.create', athleteInput);
    const before = dumpStore(store);
    for (const [startDate, weekStartsOn] of [['0001-01-01', 'sunday'], ['9999-12-27', 'monday'], ['1899-12-31', 'monday'], ['2201-01-01', 'monday']]) {
      const r = await call('plans.create', { ...planInput, startDate, weekStartsOn });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'startDate', message: expect.stringMatching(/between 1900 and 2200/) } });
    }
    expect(dumpStore(store)).toEqual(before);
    expect(await call('plans.create', { ...planInput, startDate: '1900-01-01', weekStartsOn: 'sunday' })).toMatchObject({ ok: true });
    expect(await call('plans.create', { ...planInput, startDate: '2200-12-31', weekStartsOn: 'monday' })).toMatchObject({ ok: true });
    expect(await call('sessions.add', { planId: 1, date: '0001-01-01', kind: 'rest' })).toMatchObject({ ok: false, error: { field: 'date' } });
  });

  it('echoes at most about 80 characters of a refused value: a 10 MB name gives a message under 200', async () => {
    const r = await call('athletes.create', { ...athleteInput, name: 'x'.repeat(10 * 1024 * 1024) });
    expect(r.ok).toBe(false);
    const message = (r as Extract<CallResult<unknown>, { ok: false }>).error.message;
    expect(message.length).toBeLessThan(200);
    expect(message).toMatch(/^name: "x{80}"… — must be at most 100 characters$/);
    const keys = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`${'k'.repeat(1000)}${i}`, 1]));
    const many = await call('athletes.list', keys);
    expect((many as Extract<CallResult<unknown>, { ok: false }>).error.message.length).toBeLessThan(400);
    const method = await call('x'.repeat(1_000_000), {});
    expect((method as Extract<CallResult<unknown>, { ok: false }>).error.message.length).toBeLessThan(200);
  });

  it('refuses a 100,000-deep payload cleanly, whichever method', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    for (const method of ['athletes.create', 'plans.create', 'files.importPlan']) {
      const r = await call(method, { name: deep });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/nested more than 32 levels/) } });
    }
    expect(await call('athletes.create', { ...athleteInput, name: [[[['x']]]] })).toMatchObject({ ok: false, error: { field: 'name' } });
  });

  it('every session but a rest needs a duration over 0', async () => {
    await seed();
    expect(await call('sessions.add', { planId: 1, date: '2027-03-02', kind: 'tempo', durationMin: 0 })).toMatchObject({
      ok: false,
      error: { field: 'durationMin', message: expect.stringMatching(/over 0 minutes/) },
    });
    expect(await call('sessions.add', { planId: 1, date: '2027-03-02', kind: 'rest', durationMin: 0 })).toMatchObject({ ok: true });
  });
});
