/**
 * One easy run, three places an athlete reads its pace: the printed week (`easyPaceBand`, which
 * print-model.ts's `sessionTarget` prints for a run without steps, and the PDF read back with
 * pdftotext), the calendar event (ical.ts) and the watch workout (fit.ts, decoded back with
 * Garmin's own Decoder). They must give the same band, or the athlete runs to whichever they read
 * last: the printed week and the calendar gave an easy run the easy pace ± 15 s/km (5:30–6:00 /km
 * at 5:45) and the watch the Easy zone (5:17–6:19 /km). paces.md: a target shows "E from its fast
 * to its slow end".
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Decoder, Stream } from '@garmin/fitsdk';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src-shared/api/entities';
import { formatPaceRange } from '../../src-shared/domain/paces';
import { parsePlanFile } from '../../src-shared/domain/plan-file';
import type { PlanSession } from '../../src-shared/domain/types';
import { easyPaceBand } from '../../src-shared/domain/pace-bands';
import { cliWorkdir } from '../cli/cli-test-store';
import { planDocumentOfFile } from '../cli/commands/export-ics';
import { pageTexts } from '../test-support/pdf-reading';
import { ensureRendererBuilt } from './built-renderer';
import { fitSessions, planFitFiles } from './fit';
import { planToIcs } from './ical';

const { dir, stride } = cliWorkdir('stride-easy-pace-', 90_000);

function planFile(athlete: object, units: 'km' | 'mi') {
  return {
    format: 'stride-plan',
    version: 2,
    athlete: { name: 'Alex Rivera', runDaysPerWeek: 6, ...athlete },
    plan: { name: 'City Half', startDate: '2027-03-01', weeks: 1, units },
    sessions: [
      { id: 'ez', date: '2027-03-01', kind: 'easy', durationMin: 40, distanceKm: 7 },
      // The rules add a recovery run on Wednesday, after Tuesday's intervals.
      { id: 'iv', date: '2027-03-02', kind: 'intervals', title: '6 x 800 m', durationMin: 55, distanceKm: 10 },
      { id: 'rc', date: '2027-03-05', kind: 'recovery', durationMin: 30 },
      { id: 'lr', date: '2027-03-07', kind: 'long', durationMin: 110, distanceKm: 18 },
    ],
  };
}

function doc(athlete: object, units: 'km' | 'mi'): PlanDocument {
  const r = parsePlanFile(JSON.stringify(planFile(athlete, units)));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return planDocumentOfFile(r.data);
}

/** The band each surface gives each easy, long and recovery run, by its calendar UID's first part. */
async function bands(d: PlanDocument): Promise<Map<string, { print: string | null; calendar: string; watch: string }>> {
  const units = d.plan.units;
  const calendar = new ICAL.Component(ICAL.parse(planToIcs(d, { includeRest: true })));
  const paceLines = new Map(
    calendar.getAllSubcomponents('vevent').map((e) => {
      const description = String(e.getFirstPropertyValue('description'));
      return [String(e.getFirstPropertyValue('uid')).split('.')[0], /^Pace: (.+)$/m.exec(description)?.[1] ?? ''];
    }),
  );
  const files = await planFitFiles(d);
  const sessions = fitSessions(d);
  const out = new Map<string, { print: string | null; calendar: string; watch: string }>();
  sessions.forEach((s: PlanSession, i) => {
    if (s.kind !== 'easy' && s.kind !== 'long' && s.kind !== 'recovery') return;
    const key = s.origin === 'coach' ? s.id : `rule-${s.date}`;
    const decoded = new Decoder(Stream.fromByteArray(Array.from(files[i].bytes))).read();
    const [step] = decoded.messages.workoutStepMesgs as {
      customTargetValueLow: number;
      customTargetValueHigh: number;
    }[];
    // Speeds in mm/s back to s/km, the high speed being the fast end.
    const watch = formatPaceRange([1e6 / step.customTargetValueHigh, 1e6 / step.customTargetValueLow], units);
    out.set(key, { print: easyPaceBand(s.kind, d.athlete, units), calendar: paceLines.get(key) ?? '', watch });
  });
  return out;
}

describe('the pace band of an easy, long or recovery run', () => {
  for (const [name, athlete, units] of [
    ['a typed easy pace (5:45 /km)', { level: 'intermediate', easyPaceSecPerKm: 345 }, 'km'],
    [
      'a recent race and no easy pace, in miles',
      { level: 'advanced', recentRace: { distanceKm: 10, timeSec: 2550 } },
      'mi',
    ],
    ['the level default (beginner)', { level: 'beginner' }, 'km'],
  ] as const) {
    it(`is the same on the printed week, the calendar and the watch: ${name}`, async () => {
      const got = await bands(doc(athlete, units));
      expect([...got.keys()].sort()).toEqual(['ez', 'lr', 'rc', 'rule-2027-03-03']);
      for (const [key, b] of got) {
        expect(b.print, key).not.toBeNull();
        expect(b.calendar, key).toBe(b.print);
        expect(b.watch, key).toBe(b.print);
      }
    });
  }

  it('is the Easy zone from its fast to its slow end for easy and long runs (paces.md), the recovery pace ± 15 s for recovery runs', async () => {
    // Easy pace 5:45 /km: VDOT 45.5, E 5:17–6:19 /km; recovery 5:45 + 0:56 = 6:41, 6:26–6:56 /km.
    const got = await bands(doc({ level: 'intermediate', easyPaceSecPerKm: 345 }, 'km'));
    expect(got.get('ez')?.print).toBe('5:17–6:19 /km');
    expect(got.get('lr')?.print).toBe('5:17–6:19 /km');
    expect(got.get('rc')?.print).toBe('6:26–6:56 /km');
    expect(got.get('rule-2027-03-03')?.print).toBe('6:26–6:56 /km');
  });

  it('is what the printed week says, read back from the PDF', { timeout: 120_000 }, async () => {
    ensureRendererBuilt();
    const athlete = { level: 'intermediate', easyPaceSecPerKm: 345 };
    writeFileSync(path.join(dir, 'half.json'), JSON.stringify(planFile(athlete, 'km')));
    const r = stride(['export', 'pdf', 'half.json', '--week', '1', '-o', 'week-1.pdf']);
    expect(r.status, r.stderr).toBe(0);
    const [printed] = pageTexts(path.join(dir, 'week-1.pdf'));
    const got = await bands(doc(athlete, 'km'));
    // Monday's easy run, Sunday's long run; Wednesday's (the rules') and Friday's recovery runs.
    expect(printed.split('5:17–6:19 /km').length - 1).toBe(2);
    expect(printed.split('6:26–6:56 /km').length - 1).toBe(2);
    for (const b of got.values()) expect([b.calendar, b.watch]).toEqual([b.print, b.print]);
  });
});
