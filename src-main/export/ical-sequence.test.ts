/**
 * A coach exports a plan, the athlete imports it, the coach changes one session and exports
 * again: only that session's event may come with a higher SEQUENCE. A calendar app re-processes
 * every event whose SEQUENCE rose, and Outlook and Apple Calendar show it as updated, so a
 * recovery run whose text did not change must keep its SEQUENCE however much the rest of the plan
 * changed. And no event's SEQUENCE may ever go below one the athlete's calendar already holds, or
 * the calendar keeps the old text. Everything here runs on a real SQLite file through main's
 * handlers, as the app's Export → iCal does, and every file is read back with ical.js.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan, PlanDocument } from '../../src-shared/api/entities';
import { parsePlanFile } from '../../src-shared/domain/plan-file';
import type { PlanEdit } from '../../src-shared/edits/plan-edit';
import { createHandlers } from '../handlers';
import { fileHandlers } from '../handlers/files';
import { loadPlanDocument } from '../handlers/plan-document';
import { importPlanData } from '../services/import-plan';
import { editPlan, redoPlan, undoPlan } from '../services/plan-edits';
import { openPlanStore } from '../store/plan-store';
import { handlerCalls } from '../test-support/handler-calls';
import { tempStore } from '../test-support/temp-store';
import { planToIcs } from './ical';

interface Event {
  id: string;
  sequence: number;
  summary: string;
  description: string;
}

/** The events of an export by session id (`rule-<date>` for the rules' days), in file order. */
function eventsOf(text: string): Map<string, Event> {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => ({
    id: String(v.getFirstPropertyValue('uid')).split('.')[0],
    sequence: Number(v.getFirstPropertyValue('sequence')),
    summary: String(v.getFirstPropertyValue('summary')),
    description: String(v.getFirstPropertyValue('description')),
  }));
  const byId = new Map(events.map((e) => [e.id, e]));
  expect(byId.size).toBe(events.length);
  return byId;
}

/** Each VEVENT's text without its DTSTAMP, by session id. */
function blocksOf(text: string): Map<string, string> {
  const blocks = stampless(text)
    .split('BEGIN:VEVENT\r\n')
    .slice(1)
    .map((e) => e.slice(0, e.indexOf('END:VEVENT\r\n')));
  return new Map(blocks.map((b) => [/^UID:([^.]+)\./.exec(b)![1], b]));
}

const stampless = (text: string) => text.replace(/^DTSTAMP:.*\r\n/gm, '');
const sequences = (events: Map<string, Event>) => Object.fromEntries([...events].map(([id, e]) => [id, e.sequence]));

/**
 * Six weeks from Monday 1 March 2027: intervals every Tuesday of the first four weeks and a
 * Thursday tempo in weeks 1 and 3 (each brings a recovery run the next day), easy runs, and a
 * long run every Sunday, the last one on the plan's last day (so no recovery run names it).
 */
function planFile(): string {
  const sessions: object[] = [];
  const day = (week: number, weekday: number) => {
    const d = new Date(Date.UTC(2027, 2, 1 + (week - 1) * 7 + weekday));
    return d.toISOString().slice(0, 10);
  };
  for (let w = 1; w <= 4; w++)
    sessions.push({ id: `iv${w}`, date: day(w, 1), kind: 'intervals', title: '6 x 800 m', durationMin: 55, rpe: 8 });
  for (const w of [1, 3])
    sessions.push({ id: `tp${w}`, date: day(w, 3), kind: 'tempo', title: '3 x 10 min', durationMin: 50, rpe: 7 });
  for (const w of [2, 4, 5]) sessions.push({ id: `ez${w}`, date: day(w, 3), kind: 'easy', durationMin: 40 });
  for (let w = 1; w <= 5; w++)
    sessions.push({ id: `lr${w}`, date: day(w, 6), kind: 'long', durationMin: 80 + w * 5, rpe: 6 });
  sessions.push({
    id: 'lr6',
    date: day(6, 6),
    kind: 'long',
    title: 'Last long one',
    durationMin: 90,
    distanceKm: 15,
    rpe: 6,
  });
  return JSON.stringify({
    format: 'stride-plan',
    version: 2,
    athlete: { name: 'Maya Ortiz', level: 'intermediate', runDaysPerWeek: 5, easyPaceSecPerKm: 340 },
    plan: { name: 'Spring 10K', startDate: '2027-03-01', weeks: 6, weekStartsOn: 'monday', units: 'km' },
    sessions,
  });
}

let t: ReturnType<typeof tempStore>;
beforeEach(() => {
  t = tempStore();
});
afterEach(() => t.cleanup());

async function seeded() {
  const { ok } = handlerCalls(() => createHandlers(t.store));
  const { plan } = await ok<{ plan: Plan }>('files.importPlan', { text: planFile() });
  const exportIcs = async (includeRest = true) =>
    (await ok<{ text: string }>('files.exportIcs', { planId: plan.id, includeRest })).text;
  const edit = async (label: string, edits: PlanEdit[]) => {
    const { version } = await ok<PlanDocument>('plans.get', { id: plan.id });
    return ok<PlanDocument>('plans.edit', { planId: plan.id, baseVersion: version, label, edits });
  };
  return { plan, exportIcs, edit, ok };
}

describe('iCal re-export: only the events that changed get a higher SEQUENCE', () => {
  it('retitling the last long run raises its SEQUENCE alone; every recovery run keeps its own', async () => {
    const { exportIcs, edit } = await seeded();
    // Some history first, so the plan's version is well above every session's revision.
    await edit('Change Easy run', [{ op: 'session.update', id: 'ez2', patch: { durationMin: 45 } }]);
    await edit('Change Easy run', [{ op: 'session.update', id: 'ez4', patch: { durationMin: 45 } }]);
    const firstText = await exportIcs();
    const first = eventsOf(firstText);
    const recoveryRuns = [...first.values()].filter((e) => e.summary.startsWith('Recovery run')).map((e) => e.id);
    expect(recoveryRuns.length).toBeGreaterThanOrEqual(6);

    await edit('Rename Long run on Sun 11 Apr', [
      { op: 'session.update', id: 'lr6', patch: { title: 'Dress rehearsal' } },
    ]);
    const secondText = await exportIcs();
    const second = eventsOf(secondText);
    expect(second.get('lr6')!.summary).toBe('Long run — Dress rehearsal');
    expect(second.get('lr6')!.sequence).toBe(first.get('lr6')!.sequence + 1);
    expect(sequences(second)).toEqual({ ...sequences(first), lr6: first.get('lr6')!.sequence + 1 });
    // The file differs in that event only (and every DTSTAMP).
    const [a, b] = [blocksOf(firstText), blocksOf(secondText)];
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect([...b.keys()].filter((id) => a.get(id) !== b.get(id))).toEqual(['lr6']);

    // More edits elsewhere, each exported: the recovery runs still keep theirs.
    await edit('Change Easy run', [{ op: 'session.update', id: 'ez5', patch: { notes: 'Flat route' } }]);
    await exportIcs();
    await edit('Change Long run', [{ op: 'session.update', id: 'lr6', patch: { title: 'Last long one' } }]);
    const third = eventsOf(await exportIcs());
    for (const id of recoveryRuns) expect(third.get(id)!.sequence, id).toBe(first.get(id)!.sequence);
    // The long run's text is back to the first export's, but the athlete's calendar holds the
    // second: its SEQUENCE rises again rather than going back.
    expect(third.get('lr6')!.summary).toBe(first.get('lr6')!.summary);
    expect(third.get('lr6')!.sequence).toBe(second.get('lr6')!.sequence + 1);
  });
});

// A store from before migration 8 remembered nothing: its exports gave a recovery run the plan's
// version as SEQUENCE (and a coach session its revision). The athlete's calendar holds those, so
// the first export the store remembers must not send less.
describe('iCal re-export of a store upgraded from before migration 8', () => {
  it('starts every event at least where the old exports left it, then raises only what changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stride-seq-'));
    try {
      const file = join(dir, 'stride.sqlite');
      const old = openPlanStore(file, { targetVersion: 7 });
      const parsed = parsePlanFile(planFile());
      if (!parsed.ok) throw new Error(parsed.errors.join('; '));
      const plan = importPlanData(old, parsed.data);
      editPlan(old, plan.id, {
        label: 'Change Long run',
        edits: [{ op: 'session.update', id: 'lr2', patch: { durationMin: 100 } }],
      });
      // A coach's long history: the plan is at version 37.
      old.db.prepare('UPDATE plans SET version = 37 WHERE id = ?').run(plan.id);
      // What the Stride of version 7 sent: no memory, so the revisions alone.
      const sentBefore = eventsOf(planToIcs(loadPlanDocument(old, plan.id), { includeRest: true }));
      expect(sentBefore.get('rule-2027-03-03')!.sequence).toBe(37);
      expect(sentBefore.get('lr2')!.sequence).toBe(1);
      old.close();

      const store = openPlanStore(file);
      try {
        const exportIcs = () =>
          fileHandlers(store)['files.exportIcs']({ planId: plan.id, includeRest: true }) as { text: string };
        const first = eventsOf(exportIcs().text);
        // The same SEQUENCEs as the old export: nothing changed for the athlete but STATUS:CONFIRMED,
        // which says nothing new.
        expect(sequences(first)).toEqual(sequences(sentBefore));
        editPlan(store, plan.id, {
          label: 'Rename Long run',
          edits: [{ op: 'session.update', id: 'lr6', patch: { title: 'Dress rehearsal' } }],
        });
        const second = eventsOf(exportIcs().text);
        expect(sequences(second)).toEqual({ ...sequences(first), lr6: first.get('lr6')!.sequence + 1 });
        expect(second.get('rule-2027-03-03')!.sequence).toBe(37);
      } finally {
        store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

type Action =
  | { t: 'edit'; id: string; what: 'title' | 'duration' | 'move' | 'delete' | 'kind' | 'rest'; pick: number }
  | { t: 'athlete'; easyPace: number; runDays: number }
  | { t: 'undo' }
  | { t: 'redo' }
  | { t: 'export'; via: 'app' | 'cli' | 'read-only'; rest: boolean };

const IDS = ['iv1', 'tp1', 'lr1', 'iv2', 'lr2', 'ez3', 'lr3'];
const DATES = ['2027-03-02', '2027-03-05', '2027-03-10', '2027-03-13', '2027-03-20'];

const editAction = fc.record({
  t: fc.constant('edit' as const),
  id: fc.constantFrom(...IDS),
  what: fc.constantFrom(
    'title' as const,
    'duration' as const,
    'move' as const,
    'delete' as const,
    'kind' as const,
    'rest' as const,
  ),
  pick: fc.nat(4),
});
const changeAction = fc.oneof(
  { weight: 5, arbitrary: editAction },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('athlete' as const),
      easyPace: fc.constantFrom(320, 340),
      runDays: fc.constantFrom(3, 5),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ t: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ t: 'redo' as const }) },
);
const exportAction = fc.record({
  t: fc.constant('export' as const),
  via: fc.constantFrom('app' as const, 'cli' as const, 'read-only' as const),
  rest: fc.boolean(),
});

function editOf(a: Extract<Action, { t: 'edit' }>): PlanEdit {
  switch (a.what) {
    case 'title':
      return { op: 'session.update', id: a.id, patch: { title: ['A', 'B', null][a.pick % 3] } };
    case 'duration':
      return { op: 'session.update', id: a.id, patch: { durationMin: [40, 60][a.pick % 2] } };
    case 'move':
      return { op: 'session.move', id: a.id, date: DATES[a.pick % DATES.length] };
    case 'delete':
      return { op: 'session.delete', id: a.id };
    case 'kind':
      return { op: 'session.update', id: a.id, patch: { kind: (['easy', 'tempo', 'intervals'] as const)[a.pick % 3] } };
    case 'rest':
      return { op: 'session.update', id: a.id, patch: { kind: 'rest', durationMin: null } };
  }
}

/** Each VEVENT's text without its DTSTAMP and SEQUENCE (what it says), with its SEQUENCE, by UID. */
function sentOf(text: string): Map<string, { says: string; sequence: number }> {
  const out = new Map<string, { says: string; sequence: number }>();
  for (const event of text.split('BEGIN:VEVENT\r\n').slice(1)) {
    const block = event.slice(0, event.indexOf('END:VEVENT\r\n'));
    const uid = /^UID:(.*)\r\n/m.exec(block)![1];
    const sequence = Number(/^SEQUENCE:(\d+)\r\n/m.exec(block)![1]);
    out.set(uid, { says: block.replace(/^(DTSTAMP|SEQUENCE):.*\r\n/gm, ''), sequence });
  }
  return out;
}

// Any order of edits, athlete changes, undo and redo, and exports from the app, from the command
// line (its own connection, as another process) and from a read-only store, after exports by a
// Stride from before migration 8: an event's SEQUENCE never goes below one sent before, rises
// exactly when what a remembering export sends differs from what it last sent, and exporting
// again at once gives the same file apart from DTSTAMP.
describe('iCal SEQUENCE in any order of exports', () => {
  it('never goes backwards, and rises exactly when what the event says changed', () => {
    const three = {
      format: 'stride-plan',
      version: 2,
      athlete: { name: 'Maya Ortiz', level: 'intermediate', runDaysPerWeek: 5, easyPaceSecPerKm: 340 },
      plan: { name: 'Spring 10K', startDate: '2027-03-01', weeks: 3, weekStartsOn: 'monday', units: 'km' },
      sessions: [
        { id: 'iv1', date: '2027-03-02', kind: 'intervals', title: '6 x 800 m', durationMin: 55, rpe: 8 },
        { id: 'tp1', date: '2027-03-04', kind: 'tempo', durationMin: 45, rpe: 7 },
        { id: 'lr1', date: '2027-03-07', kind: 'long', durationMin: 90, rpe: 6 },
        { id: 'iv2', date: '2027-03-09', kind: 'intervals', title: '5 x 1 km', durationMin: 55, rpe: 8 },
        { id: 'lr2', date: '2027-03-14', kind: 'long', durationMin: 100, rpe: 6 },
        { id: 'ez3', date: '2027-03-17', kind: 'easy', durationMin: 40 },
        { id: 'lr3', date: '2027-03-21', kind: 'long', durationMin: 80, rpe: 6 },
      ],
    };
    const parsed = parsePlanFile(JSON.stringify(three));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const olderAction = fc.oneof(
      { weight: 3, arbitrary: changeAction },
      { weight: 2, arbitrary: fc.record({ t: fc.constant('old-export' as const), rest: fc.boolean() }) },
    );
    fc.assert(
      fc.property(
        fc.nat(40),
        fc.array(olderAction, { maxLength: 5 }),
        fc.array(fc.oneof({ weight: 3, arbitrary: changeAction }, { weight: 3, arbitrary: exportAction }), {
          minLength: 1,
          maxLength: 14,
        }),
        (startVersion, older, actions) => {
          const dir = mkdtempSync(join(tmpdir(), 'stride-seq-'));
          const file = join(dir, 'stride.sqlite');
          let store = openPlanStore(file, { targetVersion: 7 });
          try {
            const plan = importPlanData(store, parsed.data);
            store.db.prepare('UPDATE plans SET version = ? WHERE id = ?').run(startVersion, plan.id);
            // The most each UID was sent with: what the athlete's calendar may hold.
            const most = new Map<string, number>();
            // What a remembering export last sent for each UID (what the store remembers).
            const remembered = new Map<string, { says: string; sequence: number }>();
            const change = (a: Exclude<Action, { t: 'export' }>) => {
              try {
                if (a.t === 'edit') editPlan(store, plan.id, { label: 'Edit', edits: [editOf(a)] });
                else if (a.t === 'undo') undoPlan(store, plan.id);
                else if (a.t === 'redo') redoPlan(store, plan.id);
                else {
                  const athlete = store.athletes.list()[0];
                  store.athletes.update({ ...athlete, easyPaceSecPerKm: a.easyPace, runDaysPerWeek: a.runDays });
                }
              } catch {
                // An edit the plan refuses (a move onto a taken day, a deleted session): nothing changed.
              }
            };
            const check = (
              sent: Map<string, { says: string; sequence: number }>,
              remembers: boolean,
              memory: Map<string, unknown>,
            ) => {
              for (const [uid, e] of sent) {
                expect(e.sequence, uid).toBeGreaterThanOrEqual(most.get(uid) ?? 0);
                const last = remembered.get(uid);
                if (last) {
                  expect(e.sequence, uid).toBe(last.says === e.says ? last.sequence : last.sequence + 1);
                  if (last.says !== e.says) expect(e.sequence, uid).toBeGreaterThan(most.get(uid) ?? -1);
                }
              }
              for (const [uid, e] of sent) {
                // A read-only store cannot remember a SEQUENCE it raised: the gap ical.ts's sequenceFor names.
                if (remembers || !memory.has(uid) || remembered.get(uid)?.says === e.says)
                  most.set(uid, Math.max(most.get(uid) ?? 0, e.sequence));
                if (remembers) remembered.set(uid, e);
              }
            };

            for (const a of older) {
              if (a.t === 'old-export')
                check(sentOf(planToIcs(loadPlanDocument(store, plan.id), { includeRest: a.rest })), false, new Map());
              else change(a);
            }
            store.close();
            store = openPlanStore(file);

            for (const a of actions) {
              if (a.t !== 'export') {
                change(a);
                continue;
              }
              const via = a.via === 'app' ? store : openPlanStore(file, { readonly: a.via === 'read-only' });
              try {
                const memory = via.icsExports.recall(plan.id);
                const exportIcs = () =>
                  fileHandlers(via)['files.exportIcs']({ planId: plan.id, includeRest: a.rest }) as { text: string };
                const text = exportIcs().text;
                check(sentOf(text), a.via !== 'read-only', memory);
                expect(stampless(exportIcs().text)).toBe(stampless(text));
              } finally {
                if (via !== store) via.close();
              }
            }
          } finally {
            store.close();
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
