/**
 * Opening the store from several processes at once, and killed halfway through an upgrade:
 * real processes (plain node running the bundled store code), real files.
 */
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStoreWorker } from '../test-support/store-worker-build';
import { backupPath, openDatabase } from './database';
import { LATEST_VERSION } from './migrations';

let worker: string;
const dirs: string[] = [];
const env = { ...process.env, NODE_PATH: resolve(__dirname, '../../node_modules') };

beforeAll(() => {
  worker = buildStoreWorker();
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  rmSync(dirname(worker), { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stride-procs-'));
  dirs.push(dir);
  return join(dir, 'stride.sqlite');
}

function start(file: string, action = 'add-athlete'): { child: ChildProcess; done: Promise<{ code: number | null; out: string }> } {
  const child = spawn(process.execPath, [worker, file, action], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const done = new Promise<{ code: number | null; out: string }>((r) => child.on('close', (code) => r({ code, out })));
  return { child, done };
}

function makeVersion1(file: string, sessions = 1): void {
  const v1 = openDatabase(file, { targetVersion: 1 });
  v1.prepare("INSERT INTO athletes (name, level, run_days_per_week, easy_pace_sec_per_km, units) VALUES ('Maya', 'intermediate', 5, 340, 'km')").run();
  v1.prepare("INSERT INTO plans (athlete_id, uid, name, start_date, weeks, week_starts_on, units) VALUES (1, 'u1', 'Spring 10K', '2027-03-01', 8, 'monday', 'km')").run();
  const insert = v1.prepare("INSERT INTO sessions (plan_id, id, date, kind, title, duration_min, distance_km, rpe, notes) VALUES (1, ?, '2027-03-02', 'easy', 'Easy', 40, 8, 3, ?)");
  const notes = 'x'.repeat(900);
  v1.transaction(() => {
    for (let i = 0; i < sessions; i++) insert.run(`s${i}`, notes);
  })();
  v1.close();
}

function athleteCount(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM athletes').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('several processes opening one store at once', () => {
  it('a new store: 20 rounds of 4 openers, every one succeeds and every write is kept', async () => {
    for (let round = 0; round < 20; round++) {
      const file = tempFile();
      const results = await Promise.all([1, 2, 3, 4].map(() => start(file).done));
      for (const r of results) expect(r.out.trim(), `round ${round}`).toBe(`ok ${LATEST_VERSION}`);
      expect(athleteCount(file)).toBe(4);
    }
  }, 120_000);

  it('a version-1 store: 20 rounds of 4 openers, one upgrade, one whole backup, every write kept', async () => {
    for (let round = 0; round < 20; round++) {
      const file = tempFile();
      makeVersion1(file);
      const results = await Promise.all([1, 2, 3, 4].map(() => start(file).done));
      for (const r of results) expect(r.out.trim(), `round ${round}`).toBe(`ok ${LATEST_VERSION}`);
      expect(athleteCount(file)).toBe(5);
      expectWholeBackup(file, 1);
      expect(readdirSync(dirname(file)).filter((f) => f.endsWith('.partial'))).toEqual([]);
    }
  }, 120_000);
});

function expectWholeBackup(file: string, version: number): void {
  const backup = new Database(backupPath(file, version), { readonly: true, fileMustExist: true });
  try {
    expect(backup.pragma('user_version', { simple: true })).toBe(version);
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    backup.close();
  }
}

describe('an upgrade killed halfway (kill -9)', () => {
  it('never leaves a backup that is not whole, and the next start upgrades with a whole one', async () => {
    const template = tempFile();
    makeVersion1(template, 12_000); // ≈ 12 MB: the backup takes a while to write
    const size = statSync(template).size;
    expect(size).toBeGreaterThan(8_000_000);
    const { copyFileSync } = await import('node:fs');
    let killedBeforeDone = 0;
    for (let round = 0; round < 12; round++) {
      const file = tempFile();
      copyFileSync(template, file);
      const run = start(file, 'open');
      await new Promise((r) => setTimeout(r, 40 + round * 15));
      run.child.kill('SIGKILL');
      const { code } = await run.done;
      if (code !== 0) killedBeforeDone++;
      // Whatever was left is either no backup or a whole one; a partial file never has the name.
      if (existsSync(backupPath(file, 1))) expectWholeBackup(file, 1);
      const again = await start(file, 'open').done;
      expect(again.out.trim()).toBe(`ok ${LATEST_VERSION}`);
      expectWholeBackup(file, 1);
    }
    expect(killedBeforeDone).toBeGreaterThan(0);
  }, 180_000);

  it('an empty backup left by an older Stride is not taken for one: it is replaced by a whole copy', () => {
    const file = tempFile();
    makeVersion1(file, 3);
    writeFileSync(backupPath(file, 1), '');
    const db = openDatabase(file);
    db.close();
    expectWholeBackup(file, 1);
  });
});
