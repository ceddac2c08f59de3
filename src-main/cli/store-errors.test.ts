/**
 * Store problems a coach can fix reach the command line as one sentence and exit status 2, never
 * a stack trace: disk full (a small tmpfs), a read-only store (a read-only mount; exports still
 * work), a locked store, a missing folder. Mounting needs root: where the machine does not allow
 * it, those tests skip and say so.
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliWorkdir, springTenKPlan, type CliRun } from './cli-test-store';

const { dir, stride, file, seedStore } = cliWorkdir('stride-store-errors-', 30000);
const plan = springTenKPlan({ name: 'Maya Ortiz', runDaysPerWeek: 5 });
const mounted: string[] = [];

function tryMount(args: string[]): boolean {
  try {
    execFileSync('mount', args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const canMount = (() => {
  const probe = path.join(require('node:os').tmpdir(), `stride-mount-probe-${process.pid}`);
  mkdirSync(probe, { recursive: true });
  const ok = tryMount(['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]);
  if (ok) execFileSync('umount', [probe]);
  return ok;
})();
const NO_MOUNT = 'skipped: this machine does not allow mounting a tmpfs (needs root), so disk full and a read-only disk cannot be made here';

afterAll(() => {
  for (const m of mounted.reverse()) {
    try {
      execFileSync('umount', [m]);
    } catch {
      /* already gone */
    }
  }
});

/** One sentence on stderr, exit 2, no stack trace and no internal error. */
function expectSentence(r: CliRun, pattern: RegExp): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/SqliteError|internal error|\n\s+at /);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
}

describe('store problems on the command line', () => {
  it.skipIf(!canMount)(`disk full: "The disk is full" and exit 2 (${canMount ? 'tmpfs' : NO_MOUNT})`, () => {
    const mount = path.join(dir, 'small-disk');
    mkdirSync(mount);
    expect(tryMount(['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', mount])).toBe(true);
    mounted.push(mount);
    const store = path.join(mount, 'store');
    expect(stride(['import', file('a.json', JSON.stringify(plan)), '--data-dir', store]).status).toBe(0);
    // Fill the disk to the last block.
    try {
      writeFileSync(path.join(mount, 'filler'), Buffer.alloc(1024 * 1024));
    } catch {
      /* ENOSPC: full, as wanted */
    }
    const big = { ...plan, sessions: plan.sessions.map((s) => ({ ...s, notes: 'n'.repeat(4000) })) };
    expectSentence(stride(['import', file('big.json', JSON.stringify(big)), '--data-dir', store]), /^stride: The disk is full/);
  });

  it.skipIf(!canMount)(`a read-only store: exports work, an import is refused with a sentence (${canMount ? 'read-only tmpfs' : NO_MOUNT})`, () => {
    const mount = path.join(dir, 'ro-disk');
    mkdirSync(mount);
    expect(tryMount(['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mount])).toBe(true);
    mounted.push(mount);
    const store = path.join(mount, 'store');
    expect(stride(['import', file('b.json', JSON.stringify(plan)), '--data-dir', store]).status).toBe(0);
    expect(tryMount(['-o', 'remount,ro', mount])).toBe(true);
    const exported = stride(['export', 'plan', '1', '-o', '-', '--data-dir', store]);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect(JSON.parse(exported.stdout).plan.name).toBe('Spring 10K');
    const ics = stride(['export', 'ics', '1', '-o', path.join(dir, 'out.ics'), '--data-dir', store]);
    expect(ics.stderr).toMatch(/^stride: wrote \S+ \(.+\)\n$/);
    expect(ics.status).toBe(0);
    expectSentence(stride(['import', file('c.json', JSON.stringify(plan)), '--data-dir', store]), /read-only/);
  });

  it('a locked store: "busy in another Stride window or command" and exit 2', () => {
    const { store } = seedStore(plan, 'locked');
    const db = new Database(path.join(store, 'stride.sqlite'));
    db.pragma('journal_mode = WAL');
    db.exec('BEGIN IMMEDIATE');
    try {
      const r = stride(['import', file('d.json', JSON.stringify(plan)), '--data-dir', store], { STRIDE_BUSY_TIMEOUT_MS: '300' });
      expectSentence(r, /busy in another Stride window or command/);
    } finally {
      db.exec('ROLLBACK');
      db.close();
    }
  });

  it('a folder that cannot exist (a file in its path): a sentence and exit 2', () => {
    file('not-a-folder', 'x');
    expectSentence(
      stride(['import', file('e.json', JSON.stringify(plan)), '--data-dir', 'not-a-folder/store']),
      /^stride: The folder of the plan store does not exist|^stride: Stride cannot open the plan store/,
    );
  });

  it('another program\'s database in the data folder: refused with a sentence, exit 2', () => {
    const other = path.join(dir, 'other');
    mkdirSync(other);
    const db = new Database(path.join(other, 'stride.sqlite'));
    db.exec('CREATE TABLE photos (id INTEGER)');
    db.close();
    expectSentence(
      stride(['export', 'plan', '1', '-o', '-', '--data-dir', other]),
      /an SQLite database of another program, not a Stride plan store/,
    );
  });
});
