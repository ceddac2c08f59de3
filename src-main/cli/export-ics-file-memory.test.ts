/**
 * `stride export ics plan.json -o sam.ics` again after editing the plan file: the coach sends the
 * athlete the new file, and the athlete's calendar must show the new text of what changed and drop
 * what was deleted. A plan file has no store to remember the last export, so the earlier export
 * itself is the memory: the calendar being written over (or the one `--since` names).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { cliWorkdir, springTenKPlan } from './cli-test-store';

const { dir, stride, file, seedStore } = cliWorkdir('stride-ics-memory-', 20000);

interface Event {
  id: string;
  sequence: number;
  start: string;
  summary: string;
  status: string | null;
}

function events(text: string): Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((e) => ({
    id: String(e.getFirstPropertyValue('uid')).split('.')[0],
    sequence: Number(e.getFirstPropertyValue('sequence')),
    start: String(e.getFirstPropertyValue('dtstart')),
    summary: String(e.getFirstPropertyValue('summary')),
    status: e.getFirstPropertyValue('status') == null ? null : String(e.getFirstPropertyValue('status')),
  }));
}

const exported = (name: string) => events(readFileSync(path.join(dir, name), 'utf8'));
const byId = (list: Event[]) => new Map(list.map((e) => [e.id, e]));

/** Intervals on Tuesday 2 March and a long run on Sunday 7 March, each followed by a rest day (3 run days a week). */
const plan = springTenKPlan(
  { name: 'Sam Lee', runDaysPerWeek: 3 },
  // Commas, a semicolon, a backslash and characters of two and three bytes, folded over several lines.
  { intervalNotes: 'Jog 400 m between; keep it smooth, not hard \\ Zoë says: インターバル走のあとはゆっくりジョグ' },
);
/** The coach retitles the intervals and deletes the long run (and with it the rest day after it). */
const edited = { ...plan, sessions: [{ ...plan.sessions[0], title: '5 x 1000 m' }] };

describe('stride export ics <file> over its earlier export', { timeout: 60000 }, () => {
  it('raises the SEQUENCE of what changed and cancels what was deleted, so the athlete’s calendar follows', () => {
    const name = file('sam.strideplan.json', JSON.stringify(plan));
    expect(stride(['export', 'ics', name, '-o', 'sam.ics']).status).toBe(0);
    const first = byId(exported('sam.ics'));
    expect([...first.keys()]).toEqual(['s1', 'rule-2027-03-03', 's2', 'rule-2027-03-08']);

    file('sam.strideplan.json', JSON.stringify(edited));
    const r = stride(['export', 'ics', name, '-o', 'sam.ics']);
    expect(r.status).toBe(0);
    // The coach is told what the athlete's calendar will do with the new file.
    expect(r.stderr).toMatch(/sam\.ics: 2 changed events, 2 cancelled/);
    const second = byId(exported('sam.ics'));
    // The retitled intervals: a higher SEQUENCE, so Apple Calendar and Outlook take the new title.
    expect(second.get('s1')).toMatchObject({ summary: 'Intervals — 5 x 1000 m', sequence: 1, status: 'CONFIRMED' });
    // The rest day after it names it ("the day after Tuesday's 5 x 1000 m intervals"): changed too.
    expect(second.get('rule-2027-03-03')).toMatchObject({ sequence: 1, status: 'CONFIRMED' });
    // The deleted long run and its rest day come cancelled, on the day the calendar has them.
    expect(second.get('s2')).toMatchObject({
      start: '2027-03-07',
      summary: 'Cancelled: Long run',
      status: 'CANCELLED',
      sequence: 1,
    });
    expect(second.get('rule-2027-03-08')).toMatchObject({ start: '2027-03-08', status: 'CANCELLED', sequence: 1 });

    // Exported again unchanged (the athlete may have skipped an import): the same file, cancellations included.
    const again = stride(['export', 'ics', name, '-o', 'sam.ics']);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/^stride: wrote sam\.ics \(\d+ events over \d+ weeks? from .+, 2 cancelled\)\n$/);
    // Untouched since: the same SEQUENCE, so the calendar does not show them as updated.
    const third = exported('sam.ics');
    expect(third.map((e) => [e.id, e.sequence, e.status])).toEqual(
      [...second.values()].map((e) => [e.id, e.sequence, e.status]),
    );
  });

  // A cancelled event in the file has no CATEGORIES, so its kind was lost when read back: a
  // --no-rest export over it sent the deleted rest day cancelled again, which the store-backed
  // export (it remembers the kind) leaves alone, as README's "--no-rest leaves rest days alone" says.
  it('leaves a cancelled rest day out of a --no-rest export, as the app’s export does, and still cancels the run', () => {
    const name = file('norest.strideplan.json', JSON.stringify(plan));
    expect(stride(['export', 'ics', name, '-o', 'norest.ics']).status).toBe(0);
    file('norest.strideplan.json', JSON.stringify(edited));
    expect(stride(['export', 'ics', name, '-o', 'norest.ics']).status).toBe(0);
    expect(byId(exported('norest.ics')).get('rule-2027-03-08')?.status).toBe('CANCELLED');

    const r = stride(['export', 'ics', name, '--no-rest', '-o', 'norest.ics']);
    expect(r.status).toBe(0);
    const out = exported('norest.ics');
    // No rest day at all, live or cancelled; the deleted long run is still sent cancelled.
    expect(out.map((e) => [e.id, e.status])).toEqual([
      ['s1', 'CONFIRMED'],
      ['s2', 'CANCELLED'],
    ]);
  });

  it('takes the earlier export from --since when writing elsewhere or to standard output', () => {
    const name = file('since.strideplan.json', JSON.stringify(plan));
    expect(stride(['export', 'ics', name, '-o', 'week-1.ics']).status).toBe(0);
    file('since.strideplan.json', JSON.stringify(edited));
    const r = stride(['export', 'ics', name, '--since', 'week-1.ics', '-o', '-']);
    expect(r.status).toBe(0);
    const out = byId(events(r.stdout));
    expect(out.get('s1')?.sequence).toBe(1);
    expect(out.get('s2')?.status).toBe('CANCELLED');
    // --since names a file that must be there: a typo must not silently lose the memory.
    const missing = stride(['export', 'ics', name, '--since', 'week-0.ics', '-o', '-']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('week-0.ics');
  });

  it('never cancels the events of another plan’s calendar it writes over, and says it replaced it', () => {
    const other = file(
      'other.strideplan.json',
      JSON.stringify({ ...plan, athlete: { ...plan.athlete, name: 'Maya Ortiz' } }),
    );
    expect(stride(['export', 'ics', other, '-o', 'shared.ics']).status).toBe(0);
    const name = file('mine.strideplan.json', JSON.stringify(edited));
    const r = stride(['export', 'ics', name, '-o', 'shared.ics']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(
      'shared.ics held the calendar "Spring 10K — Maya Ortiz", not this plan\'s ("Spring 10K — Sam Lee")',
    );
    const out = exported('shared.ics');
    expect(out.map((e) => [e.id, e.sequence, e.status])).toEqual([
      ['s1', 0, 'CONFIRMED'],
      ['rule-2027-03-03', 0, 'CONFIRMED'],
    ]);
  });

  // plan-file.md gives a plan file no identifier of its own: its events' ids come from the plan's
  // and the athlete's names, so a renamed plan is a new calendar. The command said "another plan
  // (or of this one under another plan or athlete name)", which did not tell the coach which
  // names, nor that the athlete would see every session twice.
  it('tells the coach, naming both names, that a renamed plan is a new calendar and what the athlete will see', () => {
    const name = file('rename.strideplan.json', JSON.stringify(plan));
    expect(stride(['export', 'ics', name, '-o', 'rename.ics']).status).toBe(0);
    file('rename.strideplan.json', JSON.stringify({ ...plan, plan: { ...plan.plan, name: 'Spring 10K (sub-45)' } }));
    const r = stride(['export', 'ics', name, '-o', 'rename.ics']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      'stride: rename.ics held the calendar "Spring 10K — Sam Lee", not this plan\'s ("Spring 10K (sub-45) — Sam Lee"). ' +
        "A plan file's calendar events are named after its plan and athlete, so if this is that plan renamed, its " +
        'events are new ones: rename.ics is replaced, but an athlete who imported it keeps its events and will see ' +
        'each session twice unless they delete the old ones. To update their calendar instead, export under the old names.\n' +
        'stride: wrote rename.ics (4 events over 8 weeks from Mon 1 Mar 2027)\n',
    );
    // The new file starts afresh: nothing in it is cancelled or raised.
    expect(exported('rename.ics').map((e) => [e.id, e.sequence, e.status])).toEqual([
      ['s1', 0, 'CONFIRMED'],
      ['rule-2027-03-03', 0, 'CONFIRMED'],
      ['s2', 0, 'CONFIRMED'],
      ['rule-2027-03-08', 0, 'CONFIRMED'],
    ]);
    // Named with --since: nothing in it is updated, and the coach is told so in the same words.
    const since = stride(['export', 'ics', name, '--since', 'rename-old.ics', '-o', '-']);
    expect(since.status).toBe(2);
    file('rename-old.ics', readFileSync(path.join(dir, 'rename.ics'), 'utf8'));
    file('rename.strideplan.json', JSON.stringify(plan));
    const back = stride(['export', 'ics', name, '--since', 'rename-old.ics', '-o', '-']);
    expect(back.status).toBe(0);
    expect(back.stderr).toMatch(
      /^stride: rename-old\.ics held the calendar "Spring 10K \(sub-45\) — Sam Lee", not this plan's \("Spring 10K — Sam Lee"\)\. .* nothing in rename-old\.ics is updated/,
    );
  });

  it('says so when the file it writes over is a calendar the app exported for a plan of the same names', () => {
    const { store, imported } = seedStore(plan, 'app-store');
    expect(imported.status).toBe(0);
    const id = imported.stdout.trim();
    expect(stride(['export', 'ics', id, '-o', 'from-app.ics', '--data-dir', store]).status).toBe(0);
    const name = file('same-names.strideplan.json', JSON.stringify(plan));
    const r = stride(['export', 'ics', name, '-o', 'from-app.ics']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      /^stride: from-app\.ics held another calendar named "Spring 10K — Sam Lee" \(exported from a plan kept in Stride, or from another plan file\), so this file's events are new ones: from-app\.ics is replaced/,
    );
    expect(r.stderr).toContain('will see each session twice unless they delete the old ones');
  });
});
