/** `stride generate`: a draft from a goal, written as a plan file; a refusal exits 2 with its sentence. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, longDateLabel, startOfWeek, todayLocal } from '../../src-shared/domain/dates';
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
    // It said nothing on success, and a new coach could not tell it had worked: one line on stderr
    // (stdout stays empty, as it is the draft itself with -o -) names the file and the next step.
    expect(r.stderr).toBe(
      'stride: wrote half.strideplan.json (12 weeks from Mon 22 Feb 2027). ' +
        'Add it to your plans with: npx stride import half.strideplan.json\n',
    );
    expect(r.stdout).toBe('');
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

  it('names a file with spaces in the next step the way a shell reads it back', () => {
    const r = stride(['generate', '--distance', '10k', '--race-date', '2027-05-16', '-o', "Sam's 10K.json"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/Add it to your plans with: npx stride import 'Sam'\\''s 10K\.json'\n$/);
  });

  it('drafts in miles with --units mi (the plan, its why-notes), and names a unit it does not know', () => {
    const out = file('half-mi.strideplan.json', '');
    const args = [
      'generate',
      '--distance',
      'half',
      '--race-date',
      '2027-05-16',
      '--weekly-km',
      '30',
      '--longest-run-km',
      '14',
      '-o',
      out,
    ];
    const r = stride([...args, '--units', 'mi']);
    expect(r.stderr).toMatch(
      /^stride: wrote half-mi\.strideplan\.json \(\d+ weeks from .*\)\. Add it to your plans with: npx stride import half-mi\.strideplan\.json\n$/,
    );
    expect(r.status).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, out), 'utf8'));
    expect(json.plan.units).toBe('mi');
    const notes = (json.sessions as { notes: string | null }[]).map((s) => s.notes ?? '').join('\n');
    expect(notes).toMatch(/\d mi\b/);
    expect(notes).not.toMatch(/\d km\b/);
    // Without --units: km, as before.
    expect(stride(args).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, out), 'utf8')).plan.units).toBe('km');
    const bad = stride([...args, '--units', 'yards']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--units: "yards" is not km or mi');
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
      expect(stride(['generate', '--distance', km, '--race-date', 'soon', '-o', '-']).stderr).toMatch(
        /^stride: --race-date:/,
      );
    for (const km of ['2.99', '100.01'])
      expect(stride(['generate', '--distance', km, '--race-date', '2027-05-16', '-o', '-']).stderr).toMatch(
        new RegExp(`--distance: "${km}" is not 5k, 10k, half, marathon or 3 to 100 km`),
      );
  });

  it('names the offending value of every option it refuses', () => {
    const run = (...extra: string[]) =>
      stride(['generate', '--distance', '10k', '--race-date', '2027-05-16', ...extra, '-o', '-']);
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
    const r = stride([
      'generate',
      '--distance',
      '10k',
      '--race-date',
      '2027-05-16',
      '--name',
      'n'.repeat(101),
      '-o',
      out,
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--name: .* 101 characters long, over the 100 allowed for a plan's name/);
    expect(readFileSync(join(dir, out), 'utf8')).toBe('');
  });

  // A race a few weeks away with no --start: the draft keeps its usual length and so begins weeks
  // ago. The command wrote it and said nothing; the app's goal dialog says it and offers this week.
  it('says when the draft starts in the past, and how to start it this week', () => {
    const today = todayLocal(new Date());
    const race = addDays(startOfWeek(today, 'monday'), 3 * 7 + 6); // a Sunday three weeks on
    const r = stride(['generate', '--distance', '10k', '--race-date', race, '-o', 'late.json']);
    expect(r.status).toBe(0);
    const draft = JSON.parse(readFileSync(join(dir, 'late.json'), 'utf8'));
    const start: string = draft.plan.startDate;
    const thisWeek = startOfWeek(today, 'monday');
    const past = daysBetween(start, thisWeek) / 7;
    expect(past).toBeGreaterThan(1);
    expect(r.stderr).toBe(
      `stride: the draft starts ${longDateLabel(start)}: its first ${past} weeks are already past; ` +
        `--start ${thisWeek} starts it this week\n` +
        `stride: wrote late.json (${draft.plan.weeks} weeks from ${longDateLabel(start)}). ` +
        'Add it to your plans with: npx stride import late.json\n',
    );
    // A draft that starts this week or later says nothing.
    const later = stride(['generate', '--distance', '10k', '--race-date', addDays(race, 26 * 7), '-o', '-']);
    expect(later.stderr).toBe('');
  });

  // --race-time marathon=3:30 drafted with paces of seconds per km and was refused for a 292 %
  // distance jump, a sentence about the draft rather than the typo.
  it('refuses a --race-time no one could have run, saying how it was read', () => {
    const r = stride([
      'generate',
      '--distance',
      '10k',
      '--race-date',
      '2027-06-13',
      '--race-time',
      'marathon=3:30',
      '-o',
      '-',
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      'stride: --race-time: marathon in "3:30" reads as 3 min 30 s, faster than anyone has run it; for hours write 3:30:00',
    );
  });

  it("names the athlete with --athlete-name (the PDF's heading and the imported athlete); without it, 'Athlete'", () => {
    const out = file('named.strideplan.json', '');
    const args = ['generate', '--distance', '10k', '--race-date', '2027-05-16', '--name', 'Spring 10K', '-o', out];
    const r = stride([...args, '--athlete-name', '  Sam Lee ']);
    expect(r.stderr).toMatch(/^stride: wrote named\.strideplan\.json .*\n$/);
    expect(r.status).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, out), 'utf8'));
    expect(json.athlete.name).toBe('Sam Lee');
    expect(json.plan.name).toBe('Spring 10K');
    expect(stride(args).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, out), 'utf8')).athlete.name).toBe('Athlete');
    const long = stride([...args, '--athlete-name', 'a'.repeat(101)]);
    expect(long.status).toBe(2);
    expect(long.stderr).toMatch(/--athlete-name: .* 101 characters long, over the 100 allowed for a name/);
    expect(stride(['generate', '--help']).stdout + stride(['help']).stdout).toMatch(
      /--name PLAN-NAME.*--athlete-name NAME/s,
    );
  });
});
