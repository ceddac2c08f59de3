/**
 * `stride import` and `stride export plan` on a real store (plan-file.md): export then import gives
 * the same plan; `--athlete <id>` uses an existing athlete; a refusal, an unreadable file and a
 * wrong usage all exit 2 and leave the store as it was.
 */
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliWorkdir, springTenKPlan } from './cli-test-store';

const { dir, stride, file, seedStore } = cliWorkdir('stride-import-export-', 20000);

/** The spec's 10K plan, with format 2's fields: a goal, phases, steps, a recent race, a library. */
const plan = {
  ...springTenKPlan({ name: 'Maya Ortiz', runDaysPerWeek: 5 }),
  version: 2,
  dismissed: [{ date: '2027-03-03', ruleId: 'recovery-after-hard' }],
};
plan.athlete = { ...plan.athlete, recentRace: { distanceKm: 10, timeSec: 2550, date: '2027-01-17' } } as typeof plan.athlete;
const v2 = {
  ...plan,
  plan: { ...plan.plan, goal: 'Sub-42 10K', phases: [{ week: 1, phase: 'base' }] },
  sessions: [
    ...plan.sessions,
    {
      id: 't1',
      date: '2027-03-11',
      kind: 'tempo',
      title: 'Cruise 3 x 10 min',
      steps: [{ type: 'warmup', durationMin: 15 }, { type: 'run', durationMin: 20, target: 'T' }, { type: 'cooldown', durationMin: 10 }],
    },
  ],
  library: [{ id: 'w1', kind: 'tempo', title: 'Cruise 3 x 10 min', durationMin: 60 }],
};

function exported(store: string, planId: string): Record<string, unknown> {
  const out = `plan-${planId}-${path.basename(store)}.json`;
  const r = stride(['export', 'plan', planId, '-o', out, '--data-dir', store]);
  // One line on what it wrote, as the other exports say it (it said nothing).
  expect(r.stderr).toMatch(new RegExp(`^stride: wrote ${out.replace(/[.]/g, '\\.')} \\(the plan "Spring 10K" for Maya Ortiz( \\(2\\))?: 8 weeks from Mon 1 Mar 2027\\)\n$`));
  expect(r.status).toBe(0);
  return JSON.parse(readFileSync(path.join(dir, out), 'utf8')) as Record<string, unknown>;
}

describe('stride import and export plan', () => {
  it('export then import gives the same plan (format 2: goal, phases, steps, recent race, dismissals, library)', () => {
    const { store, imported } = seedStore(v2, 'round-trip');
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toBe('1\n');
    const first = exported(store, '1');
    expect(first.version).toBe(2);
    const again = stride(['import', file('first.json', JSON.stringify(first)), '--data-dir', store]);
    // Into the same store, with a new athlete: named apart from the first, and said so.
    expect(again.stderr).toBe(
      'The new athlete is named Maya Ortiz (2): Maya Ortiz is already in this store (--athlete ID adds the plan to an existing athlete).\n',
    );
    expect(again.stdout).toBe('2\n');
    const athlete = first.athlete as Record<string, unknown>;
    expect(exported(store, '2')).toEqual({ ...first, athlete: { ...athlete, name: 'Maya Ortiz (2)' } });
  });

  it("the file's library holds the workouts the plan's sessions came from (same kind and title), not the coach's whole library", () => {
    const cruise = { id: 'w1', kind: 'tempo', title: 'Cruise 3 x 10 min', durationMin: 60 };
    const hills = { id: 'w2', kind: 'hills', title: 'Hills 8 x 60 s', durationMin: 45 };
    const fromCruise = { id: 'c1', date: '2027-03-18', kind: 'tempo', title: 'cruise 3 x 10 min ', durationMin: 60 };
    const { store } = seedStore({ ...v2, sessions: [...v2.sessions, fromCruise], library: [cruise, hills] }, 'library');
    const out = exported(store, '1');
    expect((out.library as { title: string }[]).map((w) => w.title)).toEqual(['Cruise 3 x 10 min']);
    // A plan none of whose sessions came from the library carries none.
    const { store: none } = seedStore({ ...v2, library: [hills] }, 'no-library');
    expect(exported(none, '1')).not.toHaveProperty('library');
  });

  it("refuses to export a plan whose goal is longer than a plan file holds (stored by an older Stride), writing nothing", () => {
    const { store } = seedStore(v2, 'long-goal');
    const db = new Database(path.join(store, 'stride.sqlite'));
    db.prepare('UPDATE plans SET goal = ? WHERE id = 1').run('g'.repeat(420));
    db.close();
    const r = stride(['export', 'plan', '1', '-o', 'long-goal.json', '--data-dir', store]);
    expect([r.status, r.stderr]).toEqual([
      2,
      `stride: “${v2.plan.name}” cannot be saved as a plan file: its goal is 420 characters long, and a plan file holds at most 200. ` +
        "Shorten the goal in the plan's details, then export again.\n",
    ]);
    expect(existsSync(path.join(dir, 'long-goal.json'))).toBe(false);
  });

  it('--athlete <id> stores the plan for that athlete instead of a new one', () => {
    const { store } = seedStore(v2, 'athlete');
    const other = { ...v2, athlete: { name: 'Sam Lee', level: 'beginner' } };
    const r = stride(['import', file('other.json', JSON.stringify(other)), '--athlete', '1', '--data-dir', store]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('2\n');
    expect((exported(store, '2').athlete as { name: string }).name).toBe('Maya Ortiz');
    const missing = stride(['import', 'other.json', '--athlete', '9', '--data-dir', store]);
    expect([missing.status, missing.stderr]).toEqual([2, 'stride: there is no athlete 9 in this store\n']);
    const bad = stride(['import', 'other.json', '--athlete', 'sam', '--data-dir', store]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--athlete: "sam" is not an athlete id/);
  });

  it('a refused file, an unreadable one and a wrong usage exit 2, naming the path and value, and store nothing', () => {
    const { store } = seedStore(v2, 'refusals');
    const broken = { ...v2, sessions: [{ ...v2.sessions[0], date: '2027-02-30' }, { ...v2.sessions[1], durationMin: 1441 }] };
    const r = stride(['import', file('broken.json', JSON.stringify(broken)), '--data-dir', store]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'stride: broken.json was refused (2 problems):\n' +
        '  sessions[0].date: "2027-02-30" is not a calendar date\n' +
        '  sessions[1].durationMin: 1441 is not a number from 0 to 1,440\n',
    );
    const nowhere = stride(['import', 'nowhere.json', '--data-dir', store]);
    expect([nowhere.status, nowhere.stderr]).toEqual([2, 'stride: cannot read nowhere.json: there is no such file\n']);
    expect(stride(['import', '--data-dir', store]).status).toBe(2);
    expect(stride(['export', 'plan', '1', '--data-dir', store]).status).toBe(2); // no -o
    // Nothing was stored: the seeded plan is still the only one.
    const second = stride(['export', 'plan', '2', '-o', '-', '--data-dir', store]);
    expect([second.status, second.stderr]).toEqual([2, 'stride: there is no plan 2 in this store\n']);
  });
});
