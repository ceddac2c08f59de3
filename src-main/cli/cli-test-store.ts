/**
 * Shared set-up of the command-line tests: a temporary working folder (made before the file's
 * tests, removed after them), `stride …` run in it as a child process the way a coach runs it
 * (`npx stride …` is `node bin/stride.cjs …`), plan files written there, and a plan store seeded
 * from a plan file with `stride import` (its athlete, plan and sessions). Tests only.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

const STRIDE = path.resolve(__dirname, '../../bin/stride.cjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliWorkdir {
  /** The working folder: `stride` runs here and relative names start here. */
  dir: string;
  /**
   * Runs `stride args…` in `dir`. Its default store is `dir/no-store-here`, so a command that
   * should not open a store can be seen not to (and the coach's own store is never touched).
   */
  stride(args: string[], env?: Record<string, string>, input?: string): CliRun;
  /** Writes `text` to a file in the working folder and gives its (relative) name. */
  file(name: string, text: string): string;
  /**
   * Seeds the store in `dir/<storeName>` with `plan` (a plan file's object) by `stride import`,
   * giving the store's folder and the import's run (its stdout is the new plan's id).
   */
  seedStore(plan: object, storeName?: string): { store: string; imported: CliRun };
}

/** A working folder `<tmp>/<prefix>…` for this test file; each `stride` run may take `timeoutMs`. */
export function cliWorkdir(prefix: string, timeoutMs: number): CliWorkdir {
  const dir = path.join(tmpdir(), `${prefix}${randomUUID()}`);
  beforeAll(() => {
    mkdirSync(dir);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function stride(args: string[], env: Record<string, string> = {}, input?: string): CliRun {
    const r = spawnSync(process.execPath, [STRIDE, ...args], {
      cwd: dir,
      encoding: 'utf8',
      input,
      timeout: timeoutMs,
      env: { ...process.env, STRIDE_DATA_DIR: path.join(dir, 'no-store-here'), ...env },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  function file(name: string, text: string): string {
    writeFileSync(path.join(dir, name), text);
    return name;
  }

  function seedStore(plan: object, storeName = 'store') {
    const store = path.join(dir, storeName);
    const imported = stride([
      'import',
      file(`${storeName}.strideplan.json`, JSON.stringify(plan)),
      '--data-dir',
      store,
    ]);
    return { store, imported };
  }

  return { dir, stride, file, seedStore };
}

/**
 * The 10K plan of plan-file.md for `athlete` (an intermediate at 340 s/km): 8 weeks from Monday
 * 1 March 2027, Tuesday intervals (6 x 800 m) in week 1 and a long run on `longRun.date`.
 */
export function springTenKPlan(
  athlete: { name: string; runDaysPerWeek: number },
  options: { intervalNotes?: string; longRun?: { date: string; title: string } } = {},
) {
  const { intervalNotes, longRun = { date: '2027-03-07', title: 'Long run' } } = options;
  return {
    format: 'stride-plan',
    version: 1,
    athlete: {
      name: athlete.name,
      level: 'intermediate',
      runDaysPerWeek: athlete.runDaysPerWeek,
      easyPaceSecPerKm: 340,
    },
    plan: { name: 'Spring 10K', startDate: '2027-03-01', weeks: 8, weekStartsOn: 'monday', units: 'km' },
    sessions: [
      {
        id: 's1',
        date: '2027-03-02',
        kind: 'intervals',
        title: '6 x 800 m',
        durationMin: 55,
        distanceKm: 10,
        rpe: 8,
        ...(intervalNotes === undefined ? {} : { notes: intervalNotes }),
      },
      { id: 's2', date: longRun.date, kind: 'long', title: longRun.title, durationMin: 90, distanceKm: 16, rpe: 6 },
    ],
  };
}
