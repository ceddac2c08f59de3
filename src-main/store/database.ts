/**
 * Opening the plan store: pragmas, integrity, and migrations.
 *
 * WAL with `synchronous = FULL`: the store writes rarely (one coach's edits), so durability
 * is worth the fsync. Every pending migration runs in one transaction after a backup copy,
 * and a database written by a newer Stride is refused untouched.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LATEST_VERSION, MIGRATIONS } from './migrations';

export type Db = Database.Database;

export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

export interface OpenOptions {
  /** Path to a better-sqlite3 build for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  /** Migrate up to this version only (tests build older databases this way). */
  targetVersion?: number;
}

export const DATABASE_FILE_NAME = 'stride.sqlite';

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE_NAME);
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const existed = file !== ':memory:' && existsSync(file);
  let db: Db;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw new StoreError(`Cannot open the plan store at ${file}: ${(error as Error).message}`);
  }
  try {
    // The first read fails on a file that is not SQLite; say so instead of "file is not a database".
    const version = db.pragma('user_version', { simple: true }) as number;
    if (existed) {
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`integrity check: ${String(check)}`);
    }
    if (version > LATEST_VERSION) {
      throw new StoreError(
        `The plan store at ${file} was written by a newer Stride (schema version ${version}; ` +
          `this Stride knows up to ${LATEST_VERSION}). It was left untouched: update Stride to open it.`,
      );
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, file, version, options.targetVersion ?? LATEST_VERSION);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError(
      `The plan store at ${file} is damaged or is not a Stride database (${(error as Error).message}). ` +
        `It was left untouched.`,
    );
  }
}

function migrate(db: Db, file: string, from: number, to: number): void {
  const pending = MIGRATIONS.filter((m) => m.version > from && m.version <= to);
  if (pending.length === 0) return;
  if (from > 0 && file !== ':memory:') backupBeforeMigrating(db, file, from);
  db.transaction(() => {
    for (const m of pending) db.exec(m.up);
    db.pragma(`user_version = ${pending[pending.length - 1].version}`);
  })();
}

/** A consistent copy (VACUUM INTO is a snapshot, WAL included) next to the store, named by version. */
function backupBeforeMigrating(db: Db, file: string, version: number): void {
  const target = `${file}.v${version}.backup`;
  if (existsSync(target)) return;
  db.prepare('VACUUM INTO ?').run(target);
}
