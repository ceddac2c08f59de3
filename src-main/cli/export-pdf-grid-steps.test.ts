/**
 * The plan PDF's week grid showed a structured workout as its title, figures and notes only
 * ("Ladder · INTERVALS · ≈1 h 15 min · ≈14.8 km · RPE 8"): the workout itself, which the week
 * sheets and the calendar print, was nowhere in the coach's plan PDF (workouts.md: "Print, PDF,
 * iCal: the canonical line…"). Run as a coach runs it (`npx stride export pdf`), read back with
 * pdftotext. Needs the built renderer, Chromium and poppler-utils, like export-pdf.test.ts.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureRendererBuilt } from '../export/built-renderer';
import { pageTexts } from '../test-support/pdf-reading';
import { cliWorkdir } from './cli-test-store';

const { dir, stride, file } = cliWorkdir('stride-pdf-grid-steps-', 90_000);
beforeAll(() => {
  ensureRendererBuilt();
}, 300_000);

const plan = {
  format: 'stride-plan',
  version: 2,
  athlete: { name: 'Alex Rivera', level: 'intermediate', runDaysPerWeek: 4, easyPaceSecPerKm: 345 },
  plan: { name: 'City 10K', startDate: '2027-03-01', weeks: 2, weekStartsOn: 'monday', units: 'km' },
  sessions: [
    {
      id: 'ladder',
      date: '2027-03-02',
      kind: 'intervals',
      title: 'Ladder',
      steps: [
        { type: 'warmup', durationMin: 15, target: 'E' },
        {
          repeat: 6,
          steps: [
            { type: 'run', distanceKm: 0.8, target: 'I' },
            { type: 'recover', durationMin: 2 },
          ],
        },
        { type: 'cooldown', durationMin: 10, target: 'E' },
      ],
    },
    { id: 'easy', date: '2027-03-04', kind: 'easy', durationMin: 40, distanceKm: 7 },
  ],
};

describe('the plan PDF week grid', { timeout: 120_000 }, () => {
  it("shows a structured workout's steps as the coach wrote them, on its card", () => {
    const name = file('steps.strideplan.json', JSON.stringify(plan));
    const r = stride(['export', 'pdf', name, '-o', 'steps.pdf']);
    expect(r.status).toBe(0);
    const grid = pageTexts(path.join(dir, 'steps.pdf'))[1];
    expect(grid).toMatch(/Ladder .*15min E, 6x\(800m I, 2min jog\), 10min E/);
  });
});
