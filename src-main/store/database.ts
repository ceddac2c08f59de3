/**
 * Opening the plan store: pragmas, integrity, and migrations.
 *
 * WAL with `synchronous = FULL`: the store writes rarely (one coach's edits), so durability
 * is worth the fsync. Any number of processes may open the same store at once (the app, the
 * browser preview, several `stride` commands): the version is read again and every pending
 * migration applied inside one write transaction that waits for the others, so only one of
 * them upgrades and the rest see the result. Before an upgrade a backup is written to a
 * temporary name, checked and renamed only when whole. A file that is not a Stride store (not
 * SQLite, another program's SQLite, damaged, or from a newer Stride) is refused before anything
 * is written to it.
 */
import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, copyFileSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { applyMigrations } from './apply-migrations';
import { LATEST_VERSION } from './migrations';
import { StoreError, storeErrorSentence } from './store-errors';

export type Db = Database.Database;
export { StoreError };

export interface OpenOptions {
  /** Path to a better-sqlite3 build for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  /** Migrate up to this version only (tests build older databases this way). */
  targetVersion?: number;
  /** Open for reading only: nothing is created, migrated or written (exports, a read-only store). */
  readonly?: boolean;
  /** How long to wait for another process holding the store (default 10 s). */
  busyTimeoutMs?: number;
}

export const DATABASE_FILE_NAME = 'stride.sqlite';
/** Tables every Stride store has from version 1 on: a file without them is some other program's. */
const STRIDE_TABLES = ['athletes', 'plans', 'sessions'];
const SQLITE_HEADER = 'SQLite format 3\0';

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE_NAME);
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const memory = file === ':memory:';
  const readonly = !!options.readonly && !memory;
  if (!memory) {
    if (readonly) {
      if (!existsSync(file)) throw new StoreError(`There is no Stride plan store at ${file}.`, 'missing');
    } else {
      try {
        mkdirSync(dirname(file), { recursive: true });
      } catch (error) {
        throw new StoreError(storeErrorSentence(error, file) ?? `Cannot create the folder of ${file}.`, 'unavailable');
      }
    }
    refuseForeignFile(file);
  }
  let db: Db;
  try {
    db = new Database(file, {
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      ...(readonly ? { readonly: true, fileMustExist: true } : {}),
    });
  } catch (error) {
    throw new StoreError(storeErrorSentence(error, file) ?? `Cannot open the plan store at ${file}.`, 'unavailable');
  }
  try {
    // Wait for a store another process is upgrading or writing instead of failing at once.
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 10_000}`);
    // Inspect before writing anything: a refused file stays byte-for-byte as it was.
    // One read transaction: another process may be creating the tables at this very moment.
    const found = db.transaction(() => inspect(db, file, !memory && statSync(file).size > 0))();
    const target = options.targetVersion ?? LATEST_VERSION;
    if (readonly) {
      if (found.version < LATEST_VERSION) {
        throw new StoreError(
          `The plan store at ${file} was made by an older Stride and is read-only, so it cannot be upgraded: ` +
            `open it once with write access.`,
          'older',
        );
      }
      db.pragma('foreign_keys = ON');
      return db;
    }
    // journal_mode is set outside any transaction; another process may hold the store: retry.
    withBusyRetry(() => db.pragma('journal_mode = WAL'));
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (found.version < target) migrate(db, file, found.version, target, memory);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    if (readonly && String((error as { code?: string }).code).startsWith('SQLITE_CANTOPEN') && !existsSync(`${file}-wal`)) {
      return openSnapshot(file, options);
    }
    if (!readonly && !memory && /^SQLITE_(CANTOPEN|READONLY)/.test(String((error as { code?: string }).code)) && !canWrite(file)) {
      throw new StoreError(storeErrorSentence({ code: 'EROFS' }, file)!, 'read-only');
    }
    const sentence = storeErrorSentence(error, file);
    if (sentence) throw new StoreError(sentence, 'unavailable');
    throw new StoreError(
      `The plan store at ${file} is damaged (${(error as Error).message}). It was left untouched: ` +
        `restore a backup or move it aside to start a new store.`,
      'damaged',
    );
  }
}

/**
 * A WAL store closed cleanly on a read-only disk cannot be opened in place (SQLite needs to
 * create its `-shm` file beside it): read a copy instead, removed again on close. Without a
 * `-wal` file the main file holds every committed change, so the copy is the whole store.
 */
function openSnapshot(file: string, options: OpenOptions): Db {
  const folder = mkdtempSync(join(tmpdir(), 'stride-readonly-'));
  const copy = join(folder, DATABASE_FILE_NAME);
  try {
    copyFileSync(file, copy);
    const db = openDatabase(copy, options);
    const close = db.close.bind(db);
    db.close = () => {
      try {
        return close();
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    };
    return db;
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    if (error instanceof StoreError) throw new StoreError(error.message.split(copy).join(file), error.problem);
    throw error;
  }
}

/** Whether this process may write the store and create files beside it (`-wal`, `-shm`). */
function canWrite(file: string): boolean {
  try {
    accessSync(dirname(file), constants.W_OK);
    if (existsSync(file)) accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** A file that is there but is not SQLite at all is refused without SQLite ever opening it. */
function refuseForeignFile(file: string): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return; // a new store
  }
  if (size === 0) return;
  const head = Buffer.alloc(16);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new StoreError(storeErrorSentence(error, file) ?? `Cannot read ${file}.`, 'unavailable');
  }
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (size < 100 || head.toString('latin1') !== SQLITE_HEADER) {
    throw new StoreError(
      `${file} is not a Stride plan store (it is not an SQLite database at all). It was left untouched: ` +
        `move it aside, or point Stride at another folder (--data-dir or STRIDE_DATA_DIR).`,
      'foreign',
    );
  }
}

/** The store's version, after checking that it is Stride's, whole, and not from a newer Stride. */
function inspect(db: Db, file: string, existed: boolean): { version: number } {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (!existed) return { version };
  const tables = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name),
  );
  if (version > LATEST_VERSION) {
    throw new StoreError(
      `The plan store at ${file} was written by a newer Stride (schema version ${version}; ` +
        `this Stride knows up to ${LATEST_VERSION}). It was left untouched: update Stride to open it.`,
      'newer',
    );
  }
  const ours = version === 0 ? tables.size === 0 : STRIDE_TABLES.every((t) => tables.has(t));
  if (!ours) {
    throw new StoreError(
      `${file} is an SQLite database of another program, not a Stride plan store. It was left untouched: ` +
        `move it aside, or point Stride at another folder (--data-dir or STRIDE_DATA_DIR).`,
      'foreign',
    );
  }
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') {
    throw new StoreError(
      `The plan store at ${file} is damaged (integrity check: ${String(check).slice(0, 80)}). It was left untouched: ` +
        `restore a backup or move it aside to start a new store.`,
      'damaged',
    );
  }
  return { version };
}

/**
 * Every pending migration in one write transaction. The version is read again inside it: when
 * several processes open an old store at once, the first upgrades and the others find it done.
 * Foreign keys are off while it runs (apply-migrations.ts says why).
 */
function migrate(db: Db, file: string, seen: number, to: number, memory: boolean): void {
  const backedUp = seen > 0 && !memory;
  if (backedUp) backupBeforeMigrating(db, file, seen);
  try {
    // `immediate`: take the write lock before reading the version, waiting on busy_timeout.
    applyMigrations(db, to, (run) => withBusyRetry(() => db.transaction(run).immediate()));
  } catch (error) {
    // A full disk or a busy store has its own sentence. Anything else is an upgrade that failed:
    // its transaction rolled back, so the store is whole at its old version (not "damaged").
    if (error instanceof StoreError || storeErrorSentence(error, file)) throw error;
    throw new StoreError(
      `Stride could not upgrade the plan store at ${file} from version ${seen} (${(error as Error).message}). ` +
        `Nothing in it was changed` +
        (backedUp ? `, and a copy from before the upgrade is at ${backupPath(file, seen)}: the Stride that wrote it still opens it.` : '.'),
      'unavailable',
    );
  }
}

/** The name of the backup kept before upgrading from `version`. */
export function backupPath(file: string, version: number): string {
  return `${file}.v${version}.backup`;
}

/**
 * A consistent copy (VACUUM INTO is a snapshot, WAL included) next to the store, named by
 * version. It is written under a temporary name, synced, checked, and only then renamed, so a
 * kill at any moment leaves either no backup or a whole one. An existing backup that is not a
 * whole copy of that version (an empty or partial file from an older Stride) is replaced.
 */
function backupBeforeMigrating(db: Db, file: string, version: number): void {
  const target = backupPath(file, version);
  if (isWholeBackup(target, version)) return;
  const temporary = `${target}.${process.pid}.${Date.now()}.partial`;
  try {
    db.prepare('VACUUM INTO ?').run(temporary);
    const fd = openSync(temporary, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (!isWholeBackup(temporary, version)) {
      throw new StoreError(`The backup of ${file} before upgrading it did not check out; the store was not upgraded.`, 'unavailable');
    }
    renameSync(temporary, target);
    syncFolder(dirname(target));
  } finally {
    rmSync(temporary, { force: true });
  }
}

function isWholeBackup(path: string, version: number): boolean {
  if (!existsSync(path) || statSync(path).size === 0) return false;
  let copy: Db | undefined;
  try {
    copy = new Database(path, { readonly: true, fileMustExist: true });
    return (
      copy.pragma('user_version', { simple: true }) === version &&
      copy.pragma('integrity_check', { simple: true }) === 'ok'
    );
  } catch {
    return false;
  } finally {
    copy?.close();
  }
}

function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* not every platform syncs folders (Windows); the rename itself is still atomic */
  }
}

/** busy_timeout covers most waits; a few SQLite paths (journal mode, lock upgrade) return BUSY at once. */
function withBusyRetry<T>(fn: () => T, timeoutMs = 15_000): T {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return fn();
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (!code.startsWith('SQLITE_BUSY') && !code.startsWith('SQLITE_LOCKED')) throw error;
      if (Date.now() > deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 + Math.random() * 30);
    }
  }
}
