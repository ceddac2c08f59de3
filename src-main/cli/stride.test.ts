/**
 * The real command line, run as a child process the way a coach runs it (`npx stride …` is
 * `node bin/stride.cjs …`), from a directory other than the project's.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../src-shared/domain/plan-file';
import { cliWorkdir, springTenKPlan } from './cli-test-store';

const { stride, file, dir } = cliWorkdir('stride-cli-', 15000);

/** A 10K week: Tuesday intervals and a Sunday long run, nothing dismissed. */
const plan = springTenKPlan({ name: 'Maya Ortiz', runDaysPerWeek: 5 });

describe('stride rules <file>', () => {
  it('prints the plan with its recovery runs, warnings and weeks, and exits 0', () => {
    const name = file('good.strideplan.json', JSON.stringify(plan));
    const r = stride(['rules', name]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.sessions.map((s: { date: string; origin: string }) => [s.date, s.origin])).toEqual([
      ['2027-03-02', 'coach'],
      ['2027-03-03', 'rule'],
      ['2027-03-07', 'coach'],
      ['2027-03-08', 'rule'],
    ]);
    // The day after the intervals: an intermediate's 30 min recovery run at 340 + 56 = 396 s/km,
    // 1800 / 396 = 4.545… → 4.5 km.
    const wednesday = out.sessions[1];
    expect(wednesday).toMatchObject({
      kind: 'recovery',
      durationMin: 30,
      distanceKm: 4.5,
      origin: 'rule',
      ruleId: 'recovery-after-hard',
      sourceId: 's1',
    });
    expect(wednesday.reason).toMatch(/6 x 800 m/);
    expect(Array.isArray(out.warnings)).toBe(true);
    expect(out.weeks).toHaveLength(8);
    expect(out.weeks[0]).toMatchObject({ index: 1, start: '2027-03-01' });
    // What it prints is itself a plan file that reads back to the coach's sessions.
    const back = parsePlanFile(r.stdout);
    expect(back.ok && back.data.sessions.map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('reports unknown fields on stderr and still exits 0', () => {
    const name = file('colour.json', JSON.stringify({ ...plan, sessions: [{ ...plan.sessions[0], colour: 'red' }] }));
    const r = stride(['rules', name]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('notice: sessions[0].colour is not a Stride field and was ignored\n');
    expect(JSON.parse(r.stdout).sessions[0]).not.toHaveProperty('colour');
  });

  it('refuses a bad date, naming the path and the value, with exit 2 and nothing on stdout', () => {
    const name = file(
      'bad-date.json',
      JSON.stringify({ ...plan, sessions: [{ ...plan.sessions[0], date: '2027-02-30' }] }),
    );
    const r = stride(['rules', name]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('sessions[0].date: "2027-02-30" is not a calendar date');
  });

  it('refuses a file that is not JSON', () => {
    const r = stride(['rules', file('notes.txt', 'Tuesday: 6 x 800 m\n')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/not JSON/);
  });

  it('says so when the file cannot be read', () => {
    const r = stride(['rules', 'missing.strideplan.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('stride: cannot read missing.strideplan.json: there is no such file\n');
  });

  it('reads standard input for -', () => {
    const r = stride(['rules', '-'], {}, JSON.stringify({ ...plan, version: 3 }));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('version: 3 is not supported');
  });
});

describe('usage', () => {
  it('with no arguments: usage on stderr, exit 2', () => {
    const r = stride([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('usage: stride <command>');
    expect(r.stderr).toContain('stride rules <file>');
  });

  it('rules without a file, with two, or with an unknown option: exit 2', () => {
    for (const args of [['rules'], ['rules', 'a.json', 'b.json'], ['rules', '--fast', 'a.json']]) {
      const r = stride(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain('usage: stride rules <file>');
    }
  });

  it('an unknown command: exit 2; help: usage on stdout, exit 0', () => {
    const unknown = stride(['plan-it']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "plan-it"');
    const help = stride(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('stride rules <file>');
  });

  it('`stride export` alone prints the usage of the export commands', () => {
    const out = stride(['export']);
    expect(out.status).toBe(2);
    expect(out.stderr).not.toContain('unknown command');
    expect(out.stderr).toContain('stride export ics');
    expect(out.stderr).toContain('stride export pdf');
  });
});

describe('a plan file saved as UTF-16 (Notepad\'s "Unicode")', () => {
  // It was refused as 'the file is not JSON: Unexpected token \'�\', "��{ …'.
  it('is read like its UTF-8 copy, by rules and import alike', () => {
    const utf8 = JSON.stringify(plan, null, 2);
    const name = file('notepad.strideplan.json', '');
    writeFileSync(path.join(dir, name), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, 'utf16le')]));
    const r = stride(['rules', name]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).athlete.name).toBe('Maya Ortiz');
    const imported = stride(['import', name, '--data-dir', path.join(dir, 'utf16-store')]);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toBe('1\n');
  });
});
