/**
 * The plan PDF's overview page names each race day's form under the fitness chart. With a tune-up
 * race before the goal race (the sample plan's parkrun before its half marathon) the coach read
 * "Sat 9 Jan — Race: form −74 (−74.0).Sun 21 Feb — Race: form +29 (+28.7).": the sentences ran
 * together, neither race was named, and each form was given twice. Run as a coach runs it
 * (`npx stride export pdf`), read back with pdftotext. Needs the built renderer, Chromium and
 * poppler-utils, like export-pdf.test.ts.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureRendererBuilt } from '../export/built-renderer';
import { pageTexts } from '../test-support/pdf-reading';
import { cliWorkdir } from './cli-test-store';

const { dir, stride, file } = cliWorkdir('stride-pdf-races-', 90_000);
beforeAll(() => {
  ensureRendererBuilt();
}, 300_000);

const easy = (date: string) => ({ id: `e-${date}`, date, kind: 'easy', durationMin: 40, distanceKm: 7 });
const plan = {
  format: 'stride-plan',
  version: 2,
  athlete: { name: 'Alex Rivera', level: 'intermediate', runDaysPerWeek: 4, easyPaceSecPerKm: 345 },
  plan: { name: 'City 10K', startDate: '2027-03-01', weeks: 6, weekStartsOn: 'monday', units: 'km' },
  sessions: [
    ...['2027-03-02', '2027-03-09', '2027-03-16', '2027-03-23', '2027-03-30', '2027-04-06'].map(easy),
    { id: 'tune-up', date: '2027-03-20', kind: 'race', title: 'parkrun 5K', durationMin: 24, distanceKm: 5 },
    { id: 'goal', date: '2027-04-11', kind: 'race', title: 'City 10K', durationMin: 50, distanceKm: 10 },
  ],
};

describe('the plan PDF overview', { timeout: 120_000 }, () => {
  it('gives each race day its own sentence, naming the race, with its form once', () => {
    const name = file('races.strideplan.json', JSON.stringify(plan));
    const r = stride(['export', 'pdf', name, '-o', 'races.pdf']);
    expect(r.stderr).toMatch(/^stride: wrote \S+ \(.+\)\n$/);
    expect(r.status).toBe(0);
    const overview = pageTexts(path.join(dir, 'races.pdf'))[0];
    expect(overview).toMatch(/Sat 20 Mar — parkrun 5K: form [+−]?\d+\.\d\. Sun 11 Apr — City 10K: form [+−]?\d+\.\d\./);
  });

  // The athlete's week printed the race's time and distance with no pace (print-race-pace.test.ts).
  it("prints each race's pace on the athlete's week: its time over its distance", () => {
    const name = file('race-weeks.strideplan.json', JSON.stringify(plan));
    const r = stride(['export', 'pdf', name, '-o', 'race-weeks.pdf', '--weeks']);
    expect(r.status).toBe(0);
    const pages = pageTexts(path.join(dir, 'race-weeks.pdf'));
    // 24 min over 5 km: 4:48 /km; 50 min over 10 km: 5:00 /km.
    expect(pages[2]).toMatch(/parkrun 5K RACE (20 Mar )?24 min 5\.0 km 4:48 \/km/);
    expect(pages[5]).toMatch(/City 10K RACE (11 Apr )?50 min 10\.0 km 5:00 \/km/);
  });
});
