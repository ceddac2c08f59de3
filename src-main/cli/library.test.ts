/**
 * `stride library export|import` and the plan file's `library`, through the real command line
 * (a child process, as a coach runs it) on real SQLite stores.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliWorkdir, springTenKPlan } from './cli-test-store';

const { dir, stride, file, seedStore } = cliWorkdir('stride-library-', 30000);

const cruise = {
  id: 'w1',
  kind: 'tempo',
  title: 'Cruise 3 x 10 min',
  durationMin: 55,
  rpe: 7,
  steps: [{ type: 'warmup', durationMin: 15 }, { repeat: 3, steps: [{ type: 'run', durationMin: 10, target: 'T' }] }, { type: 'cooldown', durationMin: 10 }],
};
const hills = { id: 'w2', kind: 'hills', title: 'Hills 8 x 60 s', durationMin: 45, notes: 'jog down' };
const tenK = springTenKPlan({ name: 'Maya Ortiz', runDaysPerWeek: 5 });
// A plan file's library holds the workouts its sessions came from (plan-file.md): one session from each.
const planWithLibrary = {
  ...tenK,
  version: 2,
  sessions: [
    ...tenK.sessions,
    { id: 'c', date: '2027-03-10', kind: 'tempo', title: cruise.title, durationMin: cruise.durationMin },
    { id: 'h', date: '2027-03-17', kind: 'hills', title: hills.title, durationMin: hills.durationMin },
  ],
  library: [cruise, hills],
};

const exported = (name: string) => JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
const titles = (libraryFile: { library: { title: string }[] }) => libraryFile.library.map((w) => w.title);

describe('stride library export|import', () => {
  // About ten runs of the command line: generous for a loaded 2-core machine.
  it("a plan file's library goes into the store with the plan; export writes it; another store imports it without duplicates", { timeout: 90_000 }, () => {
    const { store, imported } = seedStore(planWithLibrary, 'coach-a');
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);

    const out = stride(['library', 'export', 'a.library.json', '--data-dir', store]);
    expect(out.stdout).toBe('');
    expect(out.status).toBe(0);
    // On standard error, as every export says what it wrote (it was on standard output).
    expect(out.stderr).toBe('stride: wrote a.library.json (2 workouts)\n');
    const a = exported('a.library.json');
    expect(a).toMatchObject({ format: 'stride-library', version: 1 });
    expect(a.library.map(({ id: _id, ...w }: { id: string }) => w)).toEqual([
      { kind: 'tempo', title: 'Cruise 3 x 10 min', durationMin: 55, rpe: 7, steps: cruise.steps },
      { kind: 'hills', title: 'Hills 8 x 60 s', durationMin: 45, notes: 'jog down' },
    ]);

    const other = path.join(dir, 'coach-b');
    const first = stride(['library', 'import', 'a.library.json', '--data-dir', other]);
    expect(first.stderr).toBe('');
    expect([first.status, first.stdout]).toEqual([0, 'Added 2 workouts to the library.\n']);
    const again = stride(['library', 'import', 'a.library.json', '--data-dir', other]);
    expect([again.status, again.stdout]).toEqual([0, 'Added 0 workouts to the library; 2 were there already (same title and kind).\n']);

    // Same title in other letters and kind: the coach's own stays; same title, other kind: a new workout.
    const twins = file(
      'twins.json',
      JSON.stringify({
        format: 'stride-library',
        version: 1,
        library: [
          { id: 'x', kind: 'tempo', title: '  cruise 3 X 10 MIN ', durationMin: 99 },
          { id: 'y', kind: 'intervals', title: 'Cruise 3 x 10 min', durationMin: 50 },
        ],
      }),
    );
    const merged = stride(['library', 'import', twins, '--data-dir', other]);
    expect(merged.stdout).toBe('Added 1 workout to the library; 1 was there already (same title and kind).\n');
    const b = JSON.parse(stride(['library', 'export', '-', '--data-dir', other]).stdout);
    expect(b.library.map((w: { kind: string; title: string; durationMin: number }) => [w.kind, w.title, w.durationMin])).toEqual([
      ['tempo', 'Cruise 3 x 10 min', 55],
      ['intervals', 'Cruise 3 x 10 min', 50],
      ['hills', 'Hills 8 x 60 s', 45],
    ]);

    // A plan export carries the workouts its sessions came from, and importing that plan file brings them along.
    const plan = stride(['export', 'plan', imported.stdout.trim(), '-o', '-', '--data-dir', store]);
    expect(plan.stderr).toBe(''); // standard output is the file itself: nothing said about it
    expect(plan.status).toBe(0);
    const planFile = JSON.parse(plan.stdout);
    expect(planFile.version).toBe(2);
    expect(titles(planFile)).toEqual(['Cruise 3 x 10 min', 'Hills 8 x 60 s']);
    const fromPlan = stride(['library', 'import', file('plan.json', plan.stdout), '--data-dir', path.join(dir, 'coach-c')]);
    expect(fromPlan.stdout).toBe('Added 2 workouts to the library.\n');
  });

  it('refuses a bad file with exit 2, naming every problem with its path, and writes nothing', { timeout: 60_000 }, () => {
    const { store } = seedStore(planWithLibrary, 'coach-d');
    const before = stride(['library', 'export', '-', '--data-dir', store]).stdout;
    const bad = file(
      'bad.json',
      JSON.stringify({
        format: 'stride-library',
        version: 1,
        library: [{ id: 'ok', kind: 'easy', title: 'Fine' }, { id: 'b', kind: 'swim', title: 'Laps' }, { id: 'c', kind: 'intervals', title: '', steps: [{ repeat: 60, steps: [{ type: 'run' }] }] }],
      }),
    );
    const r = stride(['library', 'import', bad, '--data-dir', store]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('stride: bad.json was refused (3 problems):');
    expect(r.stderr).toContain('library[1].kind: "swim" is not one of the session kinds');
    expect(r.stderr).toContain('library[2].title: "" is empty, but required');
    expect(r.stderr).toContain('library[2].steps[0].repeat: 60 is not a whole number from 2 to 50');
    expect(stride(['library', 'export', '-', '--data-dir', store]).stdout).toBe(before);

    const notOurs = stride(['library', 'import', file('other.json', '{"format":"tcx"}'), '--data-dir', store]);
    expect([notOurs.status, notOurs.stderr]).toEqual([2, 'stride: other.json was refused (1 problem):\n  format: "tcx" is neither "stride-library" nor "stride-plan"\n']);
    const missing = stride(['library', 'import', 'nowhere.json', '--data-dir', store]);
    expect([missing.status, missing.stderr]).toEqual([2, 'stride: cannot read nowhere.json: there is no such file\n']);
    const usage = stride(['library', 'export', '--data-dir', store]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: stride library export <file> [--data-dir DIR]');
  });

  // A plan file without a library (most plans) said "Added 0 workouts to the library.", as if the
  // workouts had been there and all skipped.
  it('a file with no workouts says so, and the store is not created for it', () => {
    const store = path.join(dir, 'no-workouts-store');
    const r = stride(['library', 'import', file('no-library.strideplan.json', JSON.stringify(tenK)), '--data-dir', store]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('stride: no-library.strideplan.json holds no workouts (its library is empty); nothing was added\n');
    expect(r.status).toBe(0);
    expect(existsSync(store)).toBe(false);
  });
});
