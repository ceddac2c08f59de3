/**
 * A coach exports a plan as iCal, the athlete imports it (or subscribes), then the coach deletes
 * or moves sessions, or the rules take a recovery run away, and exports again. A calendar app
 * never removes an event because a later file lacks it: the new file must carry each event the
 * athlete's calendar may still hold, with its UID, STATUS:CANCELLED and a higher SEQUENCE
 * (RFC 5545 §3.8.1.11, §3.8.7.4). Everything here runs on a real SQLite file through main's
 * handlers, as the app's Export → iCal does, and every file is read back with ical.js.
 */
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan, PlanDocument } from '../../src-shared/api/entities';
import type { PlanEdit } from '../../src-shared/edits/plan-edit';
import { createHandlers } from '../handlers';
import { loadPlanDocument } from '../handlers/plan-document';
import { openPlanStore, type PlanStore } from '../store/plan-store';
import { handlerCalls } from '../test-support/handler-calls';
import { dumpStore, tempStore } from '../test-support/temp-store';
import { planIcs, type ExportedEvent } from './ical';

interface Event {
  id: string;
  uid: string;
  sequence: number;
  status: string | null;
  start: string;
  end: string;
  summary: string;
}

/** The events of an export by session id (`rule-<date>` for the rules' days), in file order. */
function eventsOf(text: string): Map<string, Event> {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const uid = String(v.getFirstPropertyValue('uid'));
    const status = v.getFirstPropertyValue('status');
    return {
      id: uid.split('.')[0],
      uid,
      sequence: Number(v.getFirstPropertyValue('sequence')),
      status: status == null ? null : String(status),
      start: String(v.getFirstPropertyValue('dtstart')),
      end: String(v.getFirstPropertyValue('dtend')),
      summary: String(v.getFirstPropertyValue('summary')),
    };
  });
  const byId = new Map(events.map((e) => [e.id, e]));
  expect(byId.size).toBe(events.length); // one event per UID
  return byId;
}

const stampless = (text: string) => text.replace(/^DTSTAMP:.*\r\n/gm, '');
const cancelled = (events: Map<string, Event>) => [...events.values()].filter((e) => e.status === 'CANCELLED').map((e) => e.id);

/** The 10K week: Tuesday intervals (a recovery run on Wednesday), a Thursday easy run, a Sunday long run (recovery Monday). */
function planFile(extra: { runDaysPerWeek?: number; sessions?: object[] } = {}) {
  return JSON.stringify({
    format: 'stride-plan',
    version: 2,
    athlete: { name: 'Maya Ortiz', level: 'intermediate', runDaysPerWeek: extra.runDaysPerWeek ?? 5, easyPaceSecPerKm: 340 },
    plan: { name: 'Spring 10K', startDate: '2027-03-01', weeks: 8, weekStartsOn: 'monday', units: 'km' },
    sessions: [
      { id: 'iv', date: '2027-03-02', kind: 'intervals', title: '6 x 800 m', durationMin: 55, rpe: 8 },
      { id: 'ez', date: '2027-03-04', kind: 'easy', durationMin: 40 },
      { id: 'lr', date: '2027-03-07', kind: 'long', durationMin: 90, distanceKm: 16, rpe: 6 },
      ...(extra.sessions ?? []),
    ],
  });
}

let t: ReturnType<typeof tempStore>;
beforeEach(() => {
  t = tempStore();
});
afterEach(() => t.cleanup());

async function seeded(text = planFile()) {
  const { ok } = handlerCalls(() => createHandlers(t.store));
  const { plan } = await ok<{ plan: Plan }>('files.importPlan', { text });
  const exportIcs = async (includeRest = true) => (await ok<{ text: string }>('files.exportIcs', { planId: plan.id, includeRest })).text;
  const edit = async (label: string, edits: PlanEdit[]) => {
    const { version } = await ok<PlanDocument>('plans.get', { id: plan.id });
    return ok<PlanDocument>('plans.edit', { planId: plan.id, baseVersion: version, label, edits });
  };
  const undo = async () => {
    const { version } = await ok<PlanDocument>('plans.get', { id: plan.id });
    return ok<PlanDocument>('plans.undo', { planId: plan.id, baseVersion: version });
  };
  return { plan, exportIcs, edit, undo, ok };
}

describe('iCal re-export: sessions deleted since the last export are sent cancelled', () => {
  it('cancels a deleted coach session and the recovery run its hard session brought, then brings them back on undo', async () => {
    const { exportIcs, edit, undo } = await seeded();
    const first = eventsOf(await exportIcs());
    expect([...first.keys()]).toEqual(['iv', 'rule-2027-03-03', 'ez', 'lr', 'rule-2027-03-08']);
    expect(cancelled(first)).toEqual([]);
    // Every live event says it is confirmed, so one that comes back after a cancellation is
    // plainly not cancelled any more in a calendar that merges what it is sent.
    expect([...first.values()].every((e) => e.status === 'CONFIRMED')).toBe(true);

    await edit('Delete Easy run on Thu 4 Mar', [{ op: 'session.delete', id: 'ez' }]);
    await edit('Delete Intervals on Tue 2 Mar', [{ op: 'session.delete', id: 'iv' }]);
    const secondText = await exportIcs();
    const second = eventsOf(secondText);
    // The athlete's calendar holds all five: the three that went are sent cancelled, on their days.
    expect(cancelled(second).sort()).toEqual(['ez', 'iv', 'rule-2027-03-03']);
    for (const id of ['iv', 'rule-2027-03-03', 'ez']) {
      const was = first.get(id)!;
      const now = second.get(id)!;
      expect(now.uid).toBe(was.uid);
      expect(now.sequence, id).toBeGreaterThan(was.sequence);
      expect([now.start, now.end], id).toEqual([was.start, was.end]);
      expect(now.summary, id).toBe(`Cancelled: ${was.summary}`);
    }
    expect(second.get('ez')!.summary).toBe('Cancelled: Easy run');
    expect(second.get('iv')!.summary).toBe('Cancelled: Intervals — 6 x 800 m');
    expect(second.get('rule-2027-03-03')!.summary).toBe('Cancelled: Recovery run — easy, conversational, 30 min');
    // What stays is untouched, its SEQUENCE included (it follows what the event says: ical.ts's sequenceFor).
    expect(second.get('lr')).toEqual(first.get('lr'));
    expect(second.get('rule-2027-03-08')).toEqual(first.get('rule-2027-03-08'));
    // Cancelled events come after the plan's, in day order.
    expect([...second.keys()]).toEqual(['lr', 'rule-2027-03-08', 'iv', 'rule-2027-03-03', 'ez']);

    // Later exports keep sending the cancellations (the athlete may have skipped an import), and
    // with nothing changed the file is the same but for DTSTAMP.
    expect(stampless(await exportIcs())).toBe(stampless(secondText));

    // Undo brings the intervals back (and so their recovery run): sent as normal events, with a
    // SEQUENCE above the cancellation's; the easy run is still deleted and still cancelled.
    await undo();
    const third = eventsOf(await exportIcs());
    expect(cancelled(third)).toEqual(['ez']);
    for (const id of ['iv', 'rule-2027-03-03']) {
      expect(third.get(id)!.status, id).toBe('CONFIRMED');
      expect(third.get(id)!.summary, id).toBe(first.get(id)!.summary);
      expect(third.get(id)!.sequence, id).toBeGreaterThan(second.get(id)!.sequence);
    }
    expect(third.get('ez')).toEqual(second.get('ez'));
    expect([...third.keys()]).toEqual(['iv', 'rule-2027-03-03', 'lr', 'rule-2027-03-08', 'ez']);

    // Deleted again: cancelled again, higher still.
    await edit('Delete Intervals on Tue 2 Mar', [{ op: 'session.delete', id: 'iv' }]);
    const fourth = eventsOf(await exportIcs());
    expect(fourth.get('iv')!.status).toBe('CANCELLED');
    expect(fourth.get('iv')!.sequence).toBeGreaterThan(third.get('iv')!.sequence);
  });

  it('moves a session in place and cancels the recovery run left on the old day', async () => {
    const { exportIcs, edit } = await seeded();
    const first = eventsOf(await exportIcs());
    await edit('Move Long run to Sat 6 Mar', [{ op: 'session.move', id: 'lr', date: '2027-03-06' }]);
    const second = eventsOf(await exportIcs());
    // The long run is the same event, moved: a higher SEQUENCE and the new day.
    expect(second.get('lr')).toMatchObject({ uid: first.get('lr')!.uid, start: '2027-03-06', status: 'CONFIRMED' });
    expect(second.get('lr')!.sequence).toBeGreaterThan(first.get('lr')!.sequence);
    // Its recovery run is now Sunday's; Monday's is cancelled.
    expect(second.get('rule-2027-03-07')).toMatchObject({ status: 'CONFIRMED', start: '2027-03-07' });
    expect(cancelled(second)).toEqual(['rule-2027-03-08']);
    expect(second.get('rule-2027-03-08')!.start).toBe('2027-03-08');
    expect(second.get('rule-2027-03-08')!.sequence).toBeGreaterThan(first.get('rule-2027-03-08')!.sequence);
  });

  it('forgets the plan\'s cancellations with the plan', async () => {
    const { plan, exportIcs, edit, ok } = await seeded();
    await exportIcs();
    await edit('Delete Easy run on Thu 4 Mar', [{ op: 'session.delete', id: 'ez' }]);
    await exportIcs();
    expect(t.store.icsExports.recall(plan.id).get([...t.store.icsExports.recall(plan.id).keys()].find((u) => u.startsWith('ez.'))!)).toMatchObject({
      cancelled: true,
      date: '2027-03-04',
      kind: 'easy',
      summary: 'Easy run',
    });
    await ok('plans.delete', { id: plan.id });
    expect(t.store.icsExports.recall(plan.id).size).toBe(0);
  });

  it('a read-only store sends the cancellations it can work out and records nothing', async () => {
    const { plan, exportIcs, edit } = await seeded();
    const first = eventsOf(await exportIcs());
    await edit('Delete Easy run on Thu 4 Mar', [{ op: 'session.delete', id: 'ez' }]);
    t.store.close();
    const readOnly: PlanStore = openPlanStore(t.file, { readonly: true });
    try {
      const before = dumpStore(readOnly);
      const { ok } = handlerCalls(() => createHandlers(readOnly));
      const text = (await ok<{ text: string }>('files.exportIcs', { planId: plan.id, includeRest: true })).text;
      const events = eventsOf(text);
      expect(cancelled(events)).toEqual(['ez']);
      expect(events.get('ez')!.sequence).toBe(first.get('ez')!.sequence + 1);
      expect(dumpStore(readOnly)).toEqual(before);
    } finally {
      readOnly.close();
    }
  });
});

// A file without rest days says nothing about rest days: a rest day left out by that option is
// still in the plan, and cancelling it would take it out of the calendar of an athlete who
// imported the file with rest days. But a run that became a rest day must not stay a run.
describe('iCal re-export without rest days', () => {
  // Three run days a week: the rules make the days after the hard sessions rest days.
  const withRest = () => planFile({ runDaysPerWeek: 3, sessions: [{ id: 'off', date: '2027-03-05', kind: 'rest', durationMin: null, notes: 'Travel day' }] });

  it('does not cancel rest days it leaves out, nor a deleted rest day, but cancels a run that became a rest day', async () => {
    const { exportIcs, edit } = await seeded(withRest());
    const all = eventsOf(await exportIcs(true));
    expect([...all.entries()].map(([id, e]) => [id, e.summary])).toEqual([
      ['iv', 'Intervals — 6 x 800 m'],
      ['rule-2027-03-03', 'Rest day'],
      ['ez', 'Easy run'],
      ['off', 'Rest day'],
      ['lr', 'Long run'],
      ['rule-2027-03-08', 'Rest day'],
    ]);
    const noRest = eventsOf(await exportIcs(false));
    expect([...noRest.keys()]).toEqual(['iv', 'ez', 'lr']);

    // The coach deletes the travel day and turns the easy run into a rest day.
    await edit('Delete Rest day on Fri 5 Mar', [{ op: 'session.delete', id: 'off' }]);
    await edit('Change Easy run to Rest', [{ op: 'session.update', id: 'ez', patch: { kind: 'rest', durationMin: null } }]);
    const later = eventsOf(await exportIcs(false));
    // The easy run would still say "run" in the athlete's calendar: cancelled. The travel day is
    // a rest day: a file without rest days leaves it alone.
    expect(cancelled(later)).toEqual(['ez']);
    expect(later.get('ez')).toMatchObject({ summary: 'Cancelled: Easy run', start: '2027-03-04' });
    expect(later.get('ez')!.sequence).toBeGreaterThan(all.get('ez')!.sequence);
    expect([...later.keys()]).toEqual(['iv', 'lr', 'ez']);

    // With rest days: the easy run's day comes back as a rest day (higher still), and the
    // deleted travel day is cancelled.
    const full = eventsOf(await exportIcs(true));
    expect(full.get('ez')).toMatchObject({ summary: 'Rest day', status: 'CONFIRMED' });
    expect(full.get('ez')!.sequence).toBeGreaterThan(later.get('ez')!.sequence);
    expect(cancelled(full)).toEqual(['off']);
    expect(full.get('off')).toMatchObject({ summary: 'Cancelled: Rest day', start: '2027-03-05' });
    expect(full.get('off')!.sequence).toBeGreaterThan(all.get('off')!.sequence);

    // And without rest days again: nothing about rest days, the rest day in the easy run's place included.
    const again = eventsOf(await exportIcs(false));
    expect([...again.keys()]).toEqual(['iv', 'lr']);
  });
});

// A store upgraded from version 8 remembers events without their summary, and without their day
// when the session was deleted before the upgrade (migration 9 dates what it can).
describe('iCal re-export of what a version-8 store remembered', () => {
  it("names a cancelled event by its kind when its summary is unknown, and leaves out one with no day", async () => {
    const { plan } = await seeded();
    const doc = loadPlanDocument(t.store, plan.id);
    const row = (uid: string, e: Partial<ExportedEvent>): [string, ExportedEvent] => [
      `${uid}.${plan.uid}@stride`,
      { uid: `${uid}.${plan.uid}@stride`, fingerprint: 'v8', sequence: 4, date: null, kind: null, summary: null, cancelled: false, ...e },
    ];
    const lastExport = new Map([
      row('tempo', { date: '2027-03-05', kind: 'tempo' }),
      row('rule-2027-03-10', { date: '2027-03-10' }),
      row('undated', { kind: 'easy' }),
    ]);
    const { text, events } = planIcs(doc, { includeRest: true, lastExport, now: new Date('2027-02-15T08:30:00Z') });
    const sent = eventsOf(text);
    expect(cancelled(sent)).toEqual(['tempo', 'rule-2027-03-10']);
    expect(sent.get('tempo')).toMatchObject({ summary: 'Cancelled: Tempo', start: '2027-03-05', end: '2027-03-06', sequence: 5 });
    expect(sent.get('rule-2027-03-10')).toMatchObject({ summary: 'Cancelled: Training session', sequence: 5 });
    expect(sent.has('undated')).toBe(false);
    expect(events.filter((e) => e.cancelled).map((e) => e.uid.split('.')[0])).toEqual(['tempo', 'rule-2027-03-10']);
  });
});
