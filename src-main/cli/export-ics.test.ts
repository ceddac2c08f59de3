/**
 * `stride export ics`, run as a child process the way a coach runs it (`npx stride …` is
 * `node bin/stride.cjs …`), and every calendar it writes read back with ical.js.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src-shared/api/entities';
import { createHandlers } from '../handlers';
import { fileHandlers } from '../handlers/files';
import { handlerCalls } from '../test-support/handler-calls';
import { databasePath } from '../store/database';
import { openPlanStore } from '../store/plan-store';
import { cliWorkdir, springTenKPlan } from './cli-test-store';

const { dir, stride, file, seedStore } = cliWorkdir('stride-ics-', 20000);

interface Event {
  uid: string;
  sequence: number;
  start: string;
  end: string;
  summary: string;
  description: string;
  status: string | null;
}

function events(text: string): Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((e) => ({
    uid: String(e.getFirstPropertyValue('uid')),
    sequence: Number(e.getFirstPropertyValue('sequence')),
    start: String(e.getFirstPropertyValue('dtstart')),
    end: String(e.getFirstPropertyValue('dtend')),
    summary: String(e.getFirstPropertyValue('summary')),
    description: String(e.getFirstPropertyValue('description')),
    status: e.getFirstPropertyValue('status') == null ? null : String(e.getFirstPropertyValue('status')),
  }));
}

function exported(name: string): Event[] {
  return events(readFileSync(path.join(dir, name), 'utf8'));
}

/** The 10K week of plan-file.md, for an athlete who runs three days a week: recovery runs become rest. */
const plan = springTenKPlan(
  { name: 'Zoë Ångström', runDaysPerWeek: 3 },
  { intervalNotes: 'インターバル走のあとはゆっくりジョグ' },
);

// Each run starts Node and tsx (about a second, more on a busy machine).
describe('stride export ics <file>', { timeout: 60000 }, () => {
  it('writes the plan with its derived rest days, and the same UIDs on every export', () => {
    const name = file('spring.strideplan.json', JSON.stringify(plan));
    const r = stride(['export', 'ics', name, '-o', 'spring.ics']);
    // One line on what it wrote, as generate says it (it said nothing).
    expect(r.stderr).toBe('stride: wrote spring.ics (4 events over 8 weeks from Mon 1 Mar 2027)\n');
    expect(r.status).toBe(0);
    const first = exported('spring.ics');
    expect(first.map((e) => [e.start, e.end, e.summary])).toEqual([
      ['2027-03-02', '2027-03-03', 'Intervals — 6 x 800 m'],
      ['2027-03-03', '2027-03-04', 'Rest day'],
      ['2027-03-07', '2027-03-08', 'Long run'],
      ['2027-03-08', '2027-03-09', 'Rest day'],
    ]);
    expect(first[0].description.endsWith('\n\nインターバル走のあとはゆっくりジョグ')).toBe(true);
    // In the athlete's words (issue 12): what the day is for, not how the rules decided it.
    expect(first[1].description).toContain(
      "Rest day instead of a recovery run the day after Tuesday's 6 x 800 m intervals.",
    );
    expect(first[1].description).not.toMatch(/\bauto\b|\brules?\b/i);
    expect(first.map((e) => e.sequence)).toEqual([0, 0, 0, 0]);

    // The coach edits the file and exports again: the same events, updated in place.
    const edited = { ...plan, sessions: [{ ...plan.sessions[0], title: '5 x 1000 m' }, plan.sessions[1]] };
    file('spring.strideplan.json', JSON.stringify(edited));
    expect(stride(['export', 'ics', name, '-o', 'spring-2.ics']).status).toBe(0);
    const again = exported('spring-2.ics');
    expect(again[0].summary).toBe('Intervals — 5 x 1000 m');
    expect(again.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    expect(first[0].uid).toMatch(/^s1\.[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}@stride$/);

    // Another athlete's copy of the plan is another calendar.
    const other = file('other.json', JSON.stringify({ ...plan, athlete: { ...plan.athlete, name: 'Sam Lee' } }));
    expect(stride(['export', 'ics', other, '-o', 'other.ics']).status).toBe(0);
    expect(exported('other.ics')[0].uid).not.toBe(first[0].uid);
    // A plan file is exported in memory: no store was opened or created.
    expect(existsSync(path.join(dir, 'no-store-here'))).toBe(false);
  });

  it('leaves out rest days with --no-rest, and writes to standard output for -o -', () => {
    const name = file('rest.json', JSON.stringify(plan));
    const r = stride(['export', 'ics', name, '--no-rest', '-o', '-']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(events(r.stdout).map((e) => e.start)).toEqual(['2027-03-02', '2027-03-07']);
    // Standard output is the calendar itself, piped on: nothing is said about it.
    expect(r.stderr).toBe('');
    const toFile = stride(['export', 'ics', name, '--no-rest', '-o', 'no-rest.ics']);
    expect(toFile.stderr).toBe('stride: wrote no-rest.ics (2 events over 8 weeks from Mon 1 Mar 2027, no rest days)\n');
  });

  it('refuses a bad plan file with exit 2 and writes nothing', () => {
    const name = file('bad.json', JSON.stringify({ ...plan, sessions: [{ ...plan.sessions[0], date: '2027-02-30' }] }));
    const r = stride(['export', 'ics', name, '-o', 'bad.ics']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('sessions[0].date: "2027-02-30" is not a calendar date');
    expect(existsSync(path.join(dir, 'bad.ics'))).toBe(false);
  });

  it('refuses a target folder that does not exist with exit 2, naming it', () => {
    const name = file('ok.json', JSON.stringify(plan));
    const r = stride(['export', 'ics', name, '-o', 'nope/plan.ics']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `stride: Cannot write ${path.join(dir, 'nope', 'plan.ics')}: the folder ${path.join(dir, 'nope')} does not exist or is not writable\n`,
    );
  });

  it('needs -o and exactly one plan (exit 2 with the usage)', () => {
    for (const args of [
      ['export', 'ics', 'ok.json'],
      ['export', 'ics', '-o', 'x.ics'],
      ['export', 'ics', 'a', 'b', '-o', 'x.ics'],
      ['export', 'ics', 'ok.json', '--rest', '-o', 'x.ics'],
    ]) {
      const r = stride(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain('usage: stride export ics <plan-id|file> -o <file>');
    }
    expect(existsSync(path.join(dir, 'x.ics'))).toBe(false);
  });
});

describe('stride export ics <plan-id>', { timeout: 60000 }, () => {
  it('exports a stored plan from --data-dir or STRIDE_DATA_DIR, and refuses a plan that is not there', () => {
    const { store, imported } = seedStore(plan);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    const id = imported.stdout.trim();
    expect(id).toMatch(/^\d+$/);

    const r = stride(['export', 'ics', id, '-o', 'stored.ics', '--data-dir', store]);
    expect(r.stderr).toBe('stride: wrote stored.ics (4 events over 8 weeks from Mon 1 Mar 2027)\n');
    expect(r.status).toBe(0);
    const first = exported('stored.ics');
    expect(first.map((e) => [e.start, e.summary])).toEqual([
      ['2027-03-02', 'Intervals — 6 x 800 m'],
      ['2027-03-03', 'Rest day'],
      ['2027-03-07', 'Long run'],
      ['2027-03-08', 'Rest day'],
    ]);
    // A stored plan has its own random uid: the same on every export of it.
    expect(first[0].uid).toMatch(/^s1\..+@stride$/);
    const env = stride(['export', 'ics', id, '-o', 'stored-2.ics', '--no-rest'], { STRIDE_DATA_DIR: store });
    expect(env.status).toBe(0);
    const again = exported('stored-2.ics');
    expect(again.map((e) => e.uid)).toEqual([first[0].uid, first[2].uid]);

    const missing = stride(['export', 'ics', '999', '-o', 'missing.ics', '--data-dir', store]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('stride: there is no plan 999 in this store\n');
    expect(readdirSync(dir)).not.toContain('missing.ics');
  });
});

// The coach changes the athlete's recent race in the app, then exports from the command line (or
// the other way round): the events whose paces changed come with a higher SEQUENCE, so the
// athlete's calendar takes the new text; the command line and the app give the same calendar.
describe("stride export ics <plan-id> after the athlete's paces change", { timeout: 60000 }, () => {
  it("raises the SEQUENCE of the changed events only, and agrees with the app's export", async () => {
    const paced = {
      format: 'stride-plan',
      version: 2,
      athlete: {
        name: 'Maya Ortiz',
        level: 'intermediate',
        runDaysPerWeek: 5,
        recentRace: { distanceKm: 10, timeSec: 2700, date: '2027-02-01' },
      },
      plan: { name: 'Spring 10K', startDate: '2027-03-01', weeks: 8, weekStartsOn: 'monday', units: 'mi' },
      sessions: [
        {
          id: 'iv',
          date: '2027-03-02',
          kind: 'intervals',
          title: '5 x 1 km',
          rpe: 8,
          steps: [
            { type: 'warmup', distanceKm: 3.218688 },
            {
              repeat: 5,
              steps: [
                { type: 'run', distanceKm: 1, target: 'I' },
                { type: 'recover', distanceKm: 0.4 },
              ],
            },
            { type: 'cooldown', distanceKm: 3.218688 },
          ],
        },
        { id: 'ez', date: '2027-03-04', kind: 'easy', durationMin: 40 },
        { id: 'xt', date: '2027-03-05', kind: 'cross', title: 'Bike', durationMin: 60 },
        { id: 'lr', date: '2027-03-07', kind: 'long', durationMin: 90, distanceKm: 16, rpe: 6 },
      ],
    };
    const { store, imported } = seedStore(paced, 'paced');
    expect(imported.stderr).toBe('');
    const id = imported.stdout.trim();
    const cli = (name: string) => {
      const r = stride(['export', 'ics', id, '-o', name, '--data-dir', store]);
      expect(r.stderr).toMatch(/^stride: wrote \S+ \(.+\)\n$/);
      expect(r.status).toBe(0);
      return readFileSync(path.join(dir, name), 'utf8');
    };
    const seqs = (text: string) => Object.fromEntries(events(text).map((e) => [e.uid.split('.')[0], e.sequence]));
    const first = cli('paced-1.ics');
    // Nothing remembered yet: recovery runs start at the plan's version (1 after the import).
    const before = seqs(first);
    expect(before).toEqual({ iv: 0, 'rule-2027-03-03': 1, ez: 0, xt: 0, lr: 0, 'rule-2027-03-08': 1 });
    expect(events(first)[0].description).toContain('- 5 × 1 km at ');

    const opened = openPlanStore(databasePath(store));
    try {
      const athlete = opened.athletes.list()[0];
      opened.athletes.update({ ...athlete, recentRace: { distanceKm: 10, timeSec: 2400, date: '2027-02-20' } });
    } finally {
      opened.close();
    }
    const second = cli('paced-2.ics');
    // Every event that prints a pace rose by one (the long run's easy band too); the bike ride did not.
    expect(seqs(second)).toEqual({ iv: 1, 'rule-2027-03-03': 2, ez: 1, xt: 0, lr: 1, 'rule-2027-03-08': 2 });
    // Again from the command line, and from the app: the same calendar but for DTSTAMP.
    const stampless = (text: string) => text.replace(/^DTSTAMP:.*\r\n/gm, '');
    expect(stampless(cli('paced-3.ics'))).toBe(stampless(second));
    const app = openPlanStore(databasePath(store));
    try {
      const out = await fileHandlers(app)['files.exportIcs']({ planId: Number(id), includeRest: true });
      expect(stampless(out.text ?? '')).toBe(stampless(second));
    } finally {
      app.close();
    }
  });
});

// The coach exports from the command line, the athlete imports the file, then the coach deletes
// the Thursday easy run and the Tuesday intervals in the app (the intervals took their Wednesday
// recovery run with them) and exports again: the athlete's calendar holds all three, so the new
// file must carry them cancelled, or the calendar keeps them for ever. Undo brings the
// intervals back, and the next file sends them as normal events again.
describe('stride export ics <plan-id> after sessions are deleted', { timeout: 60000 }, () => {
  it('sends the deleted sessions and the recovery run they brought as cancelled, and brings them back on undo', async () => {
    const week = {
      format: 'stride-plan',
      version: 2,
      athlete: { name: 'Maya Ortiz', level: 'intermediate', runDaysPerWeek: 5, easyPaceSecPerKm: 340 },
      plan: { name: 'Spring 10K', startDate: '2027-03-01', weeks: 8, weekStartsOn: 'monday', units: 'km' },
      sessions: [
        { id: 'iv', date: '2027-03-02', kind: 'intervals', title: '6 x 800 m', durationMin: 55, rpe: 8 },
        { id: 'ez', date: '2027-03-04', kind: 'tempo', title: 'Tempo run', durationMin: 40, rpe: 6 },
        { id: 'lr', date: '2027-03-07', kind: 'long', durationMin: 90, distanceKm: 16, rpe: 6 },
      ],
    };
    const { store, imported } = seedStore(week, 'deleted');
    expect(imported.stderr).toBe('');
    const id = Number(imported.stdout.trim());
    const cli = (name: string) => {
      const r = stride(['export', 'ics', String(id), '-o', name, '--data-dir', store]);
      expect(r.stderr).toMatch(/^stride: wrote \S+ \(.+\)\n$/);
      expect(r.status).toBe(0);
      return readFileSync(path.join(dir, name), 'utf8');
    };
    const inApp = async (fn: (ok: ReturnType<typeof handlerCalls>['ok']) => Promise<unknown>) => {
      const app = openPlanStore(databasePath(store));
      try {
        await fn(handlerCalls(() => createHandlers(app)).ok);
      } finally {
        app.close();
      }
    };
    const byId = (text: string) => new Map(events(text).map((e) => [e.uid.split('.')[0], e]));

    const first = byId(cli('deleted-1.ics'));
    expect([...first.keys()]).toEqual(['iv', 'rule-2027-03-03', 'ez', 'rule-2027-03-05', 'lr', 'rule-2027-03-08']);

    await inApp(async (ok) => {
      const doc = await ok<PlanDocument>('plans.get', { id });
      await ok('plans.edit', {
        planId: id,
        baseVersion: doc.version,
        label: 'Delete 2 sessions',
        edits: [
          { op: 'session.delete', id: 'ez' },
          { op: 'session.delete', id: 'iv' },
        ],
      });
    });
    const secondText = cli('deleted-2.ics');
    const second = byId(secondText);
    expect(
      [...second.entries()].filter(([, e]) => e.status === 'CANCELLED').map(([k, e]) => [k, e.start, e.summary]),
    ).toEqual([
      ['iv', '2027-03-02', 'Cancelled: Intervals — 6 x 800 m'],
      ['rule-2027-03-03', '2027-03-03', 'Cancelled: Recovery run — easy, conversational, 30 min'],
      ['ez', '2027-03-04', 'Cancelled: Tempo run'],
      ['rule-2027-03-05', '2027-03-05', 'Cancelled: Recovery run — easy, conversational, 30 min'],
    ]);
    for (const k of ['iv', 'rule-2027-03-03', 'ez', 'rule-2027-03-05']) {
      expect(second.get(k)!.uid).toBe(first.get(k)!.uid);
      expect(second.get(k)!.sequence, k).toBeGreaterThan(first.get(k)!.sequence);
    }
    expect(second.get('lr')).toEqual(first.get('lr'));
    // Exported again, from the command line or the app: the same file but for DTSTAMP.
    const stampless = (text: string) => text.replace(/^DTSTAMP:.*\r\n/gm, '');
    expect(stampless(cli('deleted-3.ics'))).toBe(stampless(secondText));
    await inApp(async (ok) => {
      const out = await ok<{ text: string }>('files.exportIcs', { planId: id, includeRest: true });
      expect(stampless(out.text)).toBe(stampless(secondText));
    });

    await inApp(async (ok) => {
      const doc = await ok<PlanDocument>('plans.get', { id });
      await ok('plans.undo', { planId: id, baseVersion: doc.version });
    });
    const third = byId(cli('deleted-4.ics'));
    expect([...third.keys()]).toEqual([...first.keys()]);
    for (const [k, e] of third) {
      expect(e.status, k).toBe('CONFIRMED');
      expect(e.summary, k).toBe(first.get(k)!.summary);
      // The four that came back rise above their cancellation; the long run and its recovery
      // run, never touched, keep the SEQUENCE of the first export.
      if (k === 'lr' || k === 'rule-2027-03-08') expect(e.sequence, k).toBe(first.get(k)!.sequence);
      else expect(e.sequence, k).toBeGreaterThan(second.get(k)!.sequence);
    }
  });
});
