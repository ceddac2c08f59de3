/**
 * What the app says about an iCal export that cancels sessions: a re-export after a session was
 * deleted carries it as a cancelled event (ical-cancel.test.ts), and the coach is told which ones
 * and why the athlete should import the new file. Real SQLite file, through main's handlers.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Plan, PlanDocument } from '../../src-shared/api/entities';
import { createHandlers } from '../handlers';
import { handlerCalls } from '../test-support/handler-calls';
import { tempStore } from '../test-support/temp-store';
import type { ExportedEvent } from '../export/ical';
import { cancelledEventsNotice } from './ics-cancel-notice';

let t: ReturnType<typeof tempStore>;
beforeEach(() => {
  t = tempStore();
});
afterEach(() => t.cleanup());

const file = JSON.stringify({
  format: 'stride-plan',
  version: 2,
  athlete: { name: 'Maya Ortiz', level: 'intermediate', runDaysPerWeek: 5, easyPaceSecPerKm: 340 },
  plan: { name: 'Spring 10K', startDate: '2027-03-01', weeks: 8, weekStartsOn: 'monday', units: 'km' },
  sessions: [
    { id: 'iv', date: '2027-03-02', kind: 'intervals', title: '6 x 800 m, with the "fast" group; then; home', durationMin: 55, rpe: 8 },
    { id: 'ez', date: '2027-03-04', kind: 'easy', durationMin: 40 },
    { id: 'lr', date: '2027-03-07', kind: 'long', durationMin: 90, distanceKm: 16, rpe: 6 },
  ],
});

interface Exported {
  fileName: string;
  text: string;
  notices?: string[];
}

it('an export that cancels sessions says which, by day and name; one that cancels nothing says nothing', async () => {
  const { ok } = handlerCalls(() => createHandlers(t.store));
  const { plan } = await ok<{ plan: Plan }>('files.importPlan', { text: file });
  const exportIcs = () => ok<Exported>('files.exportIcs', { planId: plan.id, includeRest: true });
  const first = await exportIcs();
  expect(first.notices ?? []).toEqual([]);

  const del = async (id: string) => {
    const { version } = await ok<PlanDocument>('plans.get', { id: plan.id });
    await ok('plans.edit', { planId: plan.id, baseVersion: version, label: 'Delete', edits: [{ op: 'session.delete', id }] });
  };
  await del('ez');
  const one = await exportIcs();
  expect(one.fileName).toBe(first.fileName);
  expect(one.notices).toEqual([
    'This calendar also cancels a session no longer in the plan: Easy run on Thu 4 Mar. Send it to the athlete: their calendar drops it (or strikes it through) when they import the file.',
  ]);

  // The intervals take their recovery run with them: three cancelled, in day order, names unescaped.
  await del('iv');
  const three = await exportIcs();
  expect(three.notices).toEqual([
    'This calendar also cancels 3 sessions no longer in the plan: Intervals — 6 x 800 m, with the "fast" group; then; home on Tue 2 Mar, Recovery run — easy, conversational, 30 min on Wed 3 Mar and Easy run on Thu 4 Mar. Send it to the athlete: their calendar drops them (or strikes them through) when they import the file.',
  ]);
});

it('names three and counts the rest, in day order; an event kept by a version-8 store is named by its kind', () => {
  const event = (date: string, summary: string | null, cancelled = true, kind: string | null = null): ExportedEvent => ({
    uid: `${date}@t`, fingerprint: 'f', sequence: 1, date, kind, summary, cancelled,
  });
  const events = [
    event('2027-03-10', 'Tempo'),
    event('2027-03-02', 'Hills; short reps'),
    event('2027-03-03', 'Easy run', false),
    event('2027-03-08', null, true, 'long'),
    event('2027-03-09', 'Easy run'),
    event('2027-03-11', 'Race'),
  ];
  expect(cancelledEventsNotice(events)).toBe(
    'This calendar also cancels 5 sessions no longer in the plan: Hills; short reps on Tue 2 Mar, Long run on Mon 8 Mar, Easy run on Tue 9 Mar and 2 more. Send it to the athlete: their calendar drops them (or strikes them through) when they import the file.',
  );
});
