/**
 * The renderer's preview equals main's result for every edit kind: the plan store (with its api
 * client wired straight to main's handlers on a real temp SQLite store) shows `applyEdits`'s
 * content at once; main's document after `plans.edit` must hold exactly that content.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../../../src-shared/api/client';
import type { Plan } from '../../../../src-shared/api/entities';
import { PLAN_CHANGED } from '../../../../src-shared/edits/edit-messages';
import type { PlanContent, PlanEdit } from '../../../../src-shared/edits/plan-edit';
import { sessionFromKind } from '../../../../src-shared/edits/session-defaults';
import {
  changeFrameEdits,
  copyWeeks,
  deleteWeeksEdits,
  insertWeeksEdits,
  pasteWeeksEdits,
  repeatWeekEdits,
  shiftPlanEdits,
} from '../../../../src-shared/edits/week-operations';
// This test compares the renderer with main itself, so (only here) it reaches main's handlers.
// eslint-disable-next-line no-restricted-imports
import { createHandlers, dispatch } from '../../../../src-main/handlers';
// eslint-disable-next-line no-restricted-imports
import { tempStore } from '../../../../src-main/test-support/temp-store';
import { contentOfDocument, PlanStore } from './plan-store.svelte';

let ctx: ReturnType<typeof tempStore>;
let store: PlanStore;
let plan: Plan;
const handlers = () => createHandlers(ctx.store);
const api = () => createClient((method, input) => dispatch(handlers(), method, input));

const withoutRevisions = (c: PlanContent | null) => c && { settings: c.settings, sessions: c.sessions, dismissed: c.dismissed };

beforeEach(async () => {
  ctx = tempStore();
  const client = api();
  const athlete = await client.call('athletes.create', {
    name: 'Maya', level: 'intermediate', runDaysPerWeek: 5, easyPaceSecPerKm: null, fatigued: false,
    recoveryStyle: 'runs', recentLongestRunKm: null, units: 'km',
  });
  plan = await client.call('plans.create', {
    athleteId: athlete.id, name: 'Spring 10K', startDate: '2027-03-01', weeks: 6, weekStartsOn: 'monday', units: 'km',
  });
  store = new PlanStore(client, () => Promise.resolve());
  await store.load(plan.id);
  await store.apply('Build week 1', [
    { op: 'session.add', session: sessionFromKind('a', '2027-03-02', 'tempo') },
    { op: 'session.add', session: sessionFromKind('b', '2027-03-04', 'easy') },
    { op: 'session.add', session: sessionFromKind('c', '2027-03-04', 'strength') },
    { op: 'session.add', session: sessionFromKind('d', '2027-03-07', 'long') },
    { op: 'session.add', session: sessionFromKind('e', '2027-03-14', 'race', { distanceKm: 5 }) },
  ]);
});
afterEach(() => ctx.cleanup());

let n = 0;
const newId = () => `n${++n}`;

const kinds: [string, (c: PlanContent) => PlanEdit[]][] = [
  ['session.add at a place', () => [{ op: 'session.add', session: sessionFromKind('x', '2027-03-04', 'hills'), index: 1 }]],
  ['session.update', () => [{ op: 'session.update', id: 'a', patch: { title: 'Threshold', rpe: 8 } }]],
  // Main stores titles and goals trimmed, as a plan file reads them: the preview shows them so too.
  ['session.update with spaces around the title', () => [{ op: 'session.update', id: 'a', patch: { title: '  Threshold  ' } }]],
  ['session.move', () => [{ op: 'session.move', id: 'c', date: '2027-03-04', index: 0 }]],
  ['session.delete', () => [{ op: 'session.delete', id: 'b' }]],
  ['dismissal.add', () => [{ op: 'dismissal.add', dismissal: { date: '2027-03-03', ruleId: 'recovery-after-hard' } }]],
  ['plan.set', () => [{ op: 'plan.set', patch: { name: 'Spring 10K v2', goal: 'Sub 45' } }]],
  ['plan.set with spaces around the name and goal', () => [{ op: 'plan.set', patch: { name: ' Spring 10K v2 ', goal: '  Sub 45 ' } }]],
  ['paste weeks', (c) => pasteWeeksEdits(c, copyWeeks(c, [1]), 3, newId)],
  ['repeat week', (c) => repeatWeekEdits(c, 1, 5, newId)],
  ['repeat a block of weeks', (c) => repeatWeekEdits(c, 1, 2, newId, 2)],
  ['insert weeks', (c) => insertWeeksEdits(c, 2, 1)],
  ['delete weeks', (c) => deleteWeeksEdits(c, [1])],
  ['shift plan', (c) => shiftPlanEdits(c, 1)],
  ['week start, keeping dates', (c) => changeFrameEdits(c, { weekStartsOn: 'sunday' }, 'keep-dates')],
];

describe("the plan store's preview equals main's result", () => {
  for (const [name, build] of kinds) {
    it(name, async () => {
      const edits = build(store.content!);
      const done = store.apply(name, edits);
      const preview = withoutRevisions(store.content);
      expect(await done).toBe(true);
      expect(store.saving).toBe(false);
      expect(withoutRevisions(contentOfDocument(store.doc!))).toEqual(preview);
      expect(store.undoLabel).toBe(name);
      // Undo returns to what was there before, through main's history.
      expect(await store.undo()).toBe(true);
      expect(store.redoLabel).toBe(name);
      expect(await store.redo()).toBe(true);
      expect(withoutRevisions(store.content)).toEqual(preview);
    });
  }

  it('a stale window gets the sentence and the reloaded plan', async () => {
    const other = new PlanStore(api(), () => Promise.resolve());
    await other.load(plan.id);
    expect(await other.deleteSession('b')).toBe(true);
    expect(await store.updateSession('b', { title: 'Gone elsewhere' })).toBe(false);
    expect(store.error?.message).toBe(PLAN_CHANGED);
    expect(store.coachSessions.map((s) => s.id)).toEqual(['a', 'c', 'd', 'e']);
  });

  it('a session with the longest title allowed can be moved, edited and deleted (its step name is shortened)', async () => {
    const title = `Progression run ${'with a long description of every segment '.repeat(5)}`.slice(0, 200);
    expect(await store.updateSession('a', { title })).toBe(true);
    expect(store.error).toBeNull();
    expect(await store.moveSession('a', '2027-03-03')).toBe(true);
    expect(store.error).toBeNull();
    expect(store.undoLabel).toMatch(/^Move Progression run with a long description .*… to Wed 3 Mar$/);
    expect(store.undoLabel!.length).toBeLessThanOrEqual(100);
    expect(await store.updateSession('a', { rpe: 6 })).toBe(true);
    expect(await store.deleteSession('a')).toBe(true);
    expect(store.coachSessions.map((s) => s.id)).not.toContain('a');
  });

  it('named operations are undo steps with the coach’s words', async () => {
    await store.moveSession('a', '2027-03-03');
    expect(store.undoLabel).toBe('Move Tempo run to Wed 3 Mar');
    await store.deleteSession('d');
    expect(store.undoLabel).toBe('Delete Long run on Sun 7 Mar');
    await store.undo();
    expect(store.coachSessions.map((s) => s.id)).toContain('d');
  });

  it('a step on one session names its day: "Undo add Easy run" was one of five', async () => {
    await store.addSession('2027-03-09', 'easy').done;
    expect(store.undoLabel).toBe('Add Easy run on Tue 9 Mar');
    await store.updateSession('b', { durationMin: 50 });
    expect(store.undoLabel).toBe('Edit Easy run on Thu 4 Mar');
    await store.deleteSession('b');
    expect(store.undoLabel).toBe('Delete Easy run on Thu 4 Mar');
    // The tempo on Tuesday brings a recovery run on Wednesday; kept, it is the coach's.
    const derived = store.evaluated!.derived.find((d) => d.date === '2027-03-03')!;
    await store.keepDerived(derived.date, derived.ruleId);
    expect(store.undoLabel).toBe(`Keep ${derived.title} on Wed 3 Mar`);
  });
});

describe('unchanged sessions keep their objects from edit to edit', () => {
  it("consecutive previews hand the calendar the same objects for untouched sessions, across main's answer", async () => {
    const first = store.moveSession('a', '2027-03-03');
    const preview1 = new Map(store.evaluated!.sessions.map((s) => [s.id, s]));
    expect(await first).toBe(true);
    // Main's answer is new data (a new document); the next preview finds the earlier objects again.
    const second = store.moveSession('b', '2027-03-05');
    const coach = store.evaluated!.sessions.filter((s) => s.origin === 'coach');
    expect(coach.map((s) => s.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    for (const s of coach) expect(s === preview1.get(s.id), s.id).toBe(s.id !== 'b');
    expect(coach.find((s) => s.id === 'b')!.date).toBe('2027-03-05');
    expect(await second).toBe(true);
  });

  it('derived sessions the edit did not touch are the same objects too; one that moved is new', async () => {
    const first = store.moveSession('b', '2027-03-05');
    const before = new Map(store.evaluated!.sessions.filter((s) => s.origin === 'rule').map((s) => [s.id, s]));
    const preview = store.evaluated!.sessions;
    expect(await first).toBe(true);
    // Main's answer (new data, equal to the preview) shows the preview's very objects.
    expect(store.evaluated!.sessions).not.toBe(preview);
    expect(store.evaluated!.sessions.length).toBe(preview.length);
    store.evaluated!.sessions.forEach((s, i) => expect(s === preview[i], s.id).toBe(true));
    // The tempo moves a day earlier: its recovery run follows it; the long run's and the race's stay.
    const second = store.moveSession('a', '2027-03-01');
    const derived = store.evaluated!.sessions.filter((s) => s.origin === 'rule');
    const untouched = derived.filter((s) => s.origin === 'rule' && s.sourceId !== 'a');
    expect(untouched.length).toBeGreaterThan(0);
    for (const s of untouched) expect(s === before.get(s.id), s.id).toBe(true);
    const followed = derived.filter((s) => s.origin === 'rule' && s.sourceId === 'a');
    expect(followed.map((s) => s.date)).toEqual(['2027-03-02']);
    expect(before.get(followed[0].id)).not.toBe(followed[0]);
    expect(await second).toBe(true);
  });

  it('a changed athlete makes new copies (their estimates follow the paces)', async () => {
    const first = store.moveSession('a', '2027-03-03');
    const before = store.evaluated!.sessions.find((s) => s.id === 'd')!;
    expect(await first).toBe(true);
    await api().call('athletes.update', { id: store.doc!.athlete.id, easyPaceSecPerKm: 300 });
    await store.load(plan.id);
    const second = store.moveSession('b', '2027-03-05');
    const d = store.evaluated!.sessions.find((s) => s.id === 'd')!;
    expect(d).not.toBe(before);
    expect(d).not.toEqual(before);
    expect(await second).toBe(true);
  });
});
