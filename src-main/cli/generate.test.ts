/** `stride generate`: a draft from a goal, written as a plan file; a refusal exits 2 with its sentence. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../src-shared/domain/plan-file';
import { cliWorkdir } from './cli-test-store';

const { stride, file, dir } = cliWorkdir('stride-generate-', 20000);

describe('stride generate', () => {
  it('writes a half-marathon draft that reads back and that `stride rules` finds nothing to say about', () => {
    const out = file('half.strideplan.json', '');
    const r = stride([
      'generate',
      '--distance',
      'half',
      '--race-date',
      '2027-05-16',
      '--days',
      'tue,thu,sat,sun',
      '--run-days',
      '4',
      '--weekly-km',
      '30',
      '--longest-run-km',
      '14',
      '--easy-pace',
      '5:40',
      '--name',
      'Spring half',
      '-o',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const text = readFileSync(join(dir, out), 'utf8');
    const parsed = parsePlanFile(text);
    expect(parsed.ok).toBe(true);
    const json = JSON.parse(text);
    expect(json.version).toBe(2);
    expect(json.athlete).toMatchObject({ availableDays: ['tue', 'thu', 'sat', 'sun'], recentWeeklyKm: 30 });
    expect(json.plan).toMatchObject({ name: 'Spring half', startDate: '2027-02-22', weeks: 12 });
    expect(json.plan.phases).toHaveLength(12);
    expect(json.warnings).toEqual([]);
    expect(json.days.at(-1)).toMatchObject({ date: '2027-05-16' });
    expect(json.days.at(-1).form).toBeGreaterThan(0);
    const rules = stride(['rules', out]);
    expect(JSON.parse(rules.stdout).warnings).toEqual([]);
  });

  it('refuses a goal out of reach with exit 2 and the sentence, writing nothing', () => {
    const out = file('never.strideplan.json', '');
    const r = stride([
      'generate',
      '--distance',
      'marathon',
      '--race-date',
      '2027-03-14',
      '--start',
      '2026-12-07',
      '--level',
      'beginner',
      '-o',
      out,
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'stride: From a longest run of 6 km, a marathon needs about 24 weeks: the earliest safe date is Sun 23 May 2027; a 10K fits 14 Mar.\n',
    );
    expect(readFileSync(join(dir, out), 'utf8')).toBe('');
  });

  it('names a bad option value', () => {
    const r = stride(['generate', '--distance', 'ultra', '--race-date', '2027-05-16', '-o', '-']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--distance: "ultra" is not 5k, 10k, half, marathon or 3 to 100 km/);
  });

  it('takes a distance of 3 to 100 km, exactly at the bounds (plan-generator.md "Input")', () => {
    // A bad race date after a good distance: the race date is what the refusal names.
    for (const km of ['3', '100', '42.195km'])
      expect(stride(['generate', '--distance', km, '--race-date', 'soon', '-o', '-']).stderr).toMatch(/^stride: --race-date:/);
    for (const km of ['2.99', '100.01'])
      expect(stride(['generate', '--distance', km, '--race-date', '2027-05-16', '-o', '-']).stderr).toMatch(
        new RegExp(`--distance: "${km}" is not 5k, 10k, half, marathon or 3 to 100 km`),
      );
  });

  it('names the offending value of every option it refuses', () => {
    const run = (...extra: string[]) => stride(['generate', '--distance', '10k', '--race-date', '2027-05-16', ...extra, '-o', '-']);
    for (const [option, value, says] of [
      ['--weekly-km', '500.5', '--weekly-km: "500.5" is not a distance from 0 to 500 km'],
      ['--longest-run-km', '-1', '--longest-run-km: "-1" is not a distance from 0 to 300 km'],
      ['--run-days', '8', '--run-days: "8" is not a whole number from 1 to 7'],
      ['--level', 'elite', '--level: "elite" is not beginner, intermediate or advanced'],
    ]) {
      const r = run(option, value);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(says);
    }
  });

  it("refuses a --name longer than a plan's 100 characters, writing nothing (the file would not import)", () => {
    const out = file('long-name.strideplan.json', '');
    const r = stride(['generate', '--distance', '10k', '--race-date', '2027-05-16', '--name', 'n'.repeat(101), '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--name: .* 101 characters long, over the 100 allowed for a plan's name/);
    expect(readFileSync(join(dir, out), 'utf8')).toBe('');
  });
});
