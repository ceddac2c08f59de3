/**
 * `stride import FILE --start D | --race-date D --scale N --athlete ID` on a real store file: the
 * file as a template, the same copy as the app's "Apply to athletes…"; refusals exit 2 with the
 * sentence and leave the store untouched.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliWorkdir, springTenKPlan } from './cli-test-store';

const { dir, stride, file, seedStore } = cliWorkdir('stride-import-template-', 20000);

/** The 10K plan with its race on Sun 25 Apr 2027 (week 8) and a dismissed recovery run. */
const template = {
  ...springTenKPlan({ name: 'Maya Ortiz', runDaysPerWeek: 5 }),
  sessions: [
    ...springTenKPlan({ name: 'Maya Ortiz', runDaysPerWeek: 5 }).sessions,
    { id: 'race', date: '2027-04-25', kind: 'race', title: 'Spring 10K', distanceKm: 10, durationMin: 50 },
  ],
  dismissed: [{ date: '2027-03-03', ruleId: 'recovery-after-hard' }],
};

function exported(store: string, planId: string) {
  const out = `plan-${planId}-${path.basename(store)}.json`;
  const r = stride(['export', 'plan', planId, '-o', out, '--data-dir', store]);
  expect(r.status).toBe(0);
  return JSON.parse(readFileSync(path.join(dir, out), 'utf8'));
}

describe('stride import FILE as a template', () => {
  it('--race-date lands the race on that date, --scale 90 scales, dismissals travel; for an existing athlete', () => {
    const { store, imported } = seedStore({ ...template, athlete: { name: 'Sam Lee', level: 'beginner' } }, 'race-date');
    expect(imported.status).toBe(0);
    const name = file('template.json', JSON.stringify(template));
    const r = stride(['import', name, '--race-date', '2027-06-13', '--scale', '90', '--athlete', '1', '--data-dir', store]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('2\n');
    // A readable date, as the refusals beside it give theirs (was "from 2027-04-19").
    expect(r.stderr).toMatch(/^Spring 10K for Sam Lee from Mon 19 Apr 2027: \d+ warnings?\n$/);
    const out = exported(store, '2');
    expect(out.athlete.name).toBe('Sam Lee');
    expect(out.plan.startDate).toBe('2027-04-19');
    expect(out.sessions.filter((s: { origin: string }) => s.origin === 'coach').map((s: Record<string, unknown>) => [s.id, s.date, s.durationMin, s.distanceKm])).toEqual([
      ['s1', '2027-04-20', 50, 9], // 49.5 → 50 min, 9 km
      ['s2', '2027-04-25', 81, 14.4],
      ['race', '2027-06-13', 50, 10], // a race keeps its distance and time
    ]);
    expect(out.dismissed).toEqual([{ date: '2027-04-21', ruleId: 'recovery-after-hard' }]);
  });

  it('--start moves the plan to that week (a mid-week date means its week), with the file’s athlete', () => {
    const { store } = seedStore(springTenKPlan({ name: 'Ada Park', runDaysPerWeek: 4 }), 'start');
    const r = stride(['import', file('t2.json', JSON.stringify(template)), '--start', '2027-09-08', '--data-dir', store]);
    expect(r.status).toBe(0);
    // The Wednesday given meant its week: the line says on which day the copy starts.
    expect(r.stderr).toMatch(/^Spring 10K for Maya Ortiz from Mon 6 Sep 2027: \d+ warnings?\n$/);
    const out = exported(store, r.stdout.trim());
    expect(out.athlete.name).toBe('Maya Ortiz');
    expect(out.plan.startDate).toBe('2027-09-06');
    expect(out.sessions.find((s: { id: string }) => s.id === 'race').date).toBe('2027-10-31');
  });

  const IMPORT_USAGE = 'stride import <file> [--start DATE | --race-date DATE] [--scale PERCENT] [--athlete ID] [--data-dir DIR]';
  const refusals: [string, string[], string][] = [
    ['scale 40', ['--scale', '40'], 'stride: The scale must be a whole percent from 50 to 150 (40 % is not).\n'],
    [
      'a race date on another weekday',
      ['--race-date', '2027-06-12'],
      "stride: The plan's race is on a Sunday, and Sat 12 Jun 2027 is a Saturday: pick a Sunday (the nearest is Sun 13 Jun 2027) so every session keeps its weekday.\n",
    ],
    // The option and the value named, as `stride generate` names them (was "The start date must be
    // a calendar date between 1900 and 2200.", which named neither).
    ['an impossible date', ['--start', '2027-02-30'], `stride: --start: "2027-02-30" is not a calendar date (YYYY-MM-DD)\nusage: ${IMPORT_USAGE}\n`],
    ['a date in another form', ['--race-date', '13/06/2027'], `stride: --race-date: "13/06/2027" is not a calendar date (YYYY-MM-DD)\nusage: ${IMPORT_USAGE}\n`],
    ['a date past 2200', ['--start', '2201-01-05'], 'stride: The start date must be a calendar date between 1900 and 2200.\n'],
  ];
  for (const [label, options, sentence] of refusals) {
    it(`refuses ${label} with the sentence, exit 2, and no store`, () => {
      const store = path.join(dir, `refused-${label.replace(/\W+/g, '-')}`);
      const r = stride(['import', file('t3.json', JSON.stringify(template)), ...options, '--data-dir', store]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(sentence);
      expect(existsSync(store)).toBe(false);
    });
  }

  it('refuses --race-date for a plan without a race, and --start with --race-date', () => {
    const noRace = file('no-race.json', JSON.stringify(springTenKPlan({ name: 'Maya Ortiz', runDaysPerWeek: 5 })));
    const r = stride(['import', noRace, '--race-date', '2027-06-13']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'stride: This plan has no race to land on that date: give a start date instead, or add the race to the plan first.\n',
    );
    const both = stride(['import', noRace, '--start', '2027-06-07', '--race-date', '2027-06-13']);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/^stride: give --start or --race-date, not both\nusage: stride import/);
    const notPercent = stride(['import', noRace, '--scale', 'big']);
    expect(notPercent.stderr).toMatch(/^stride: --scale: "big" is not a percent/);
  });
});
