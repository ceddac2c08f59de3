/**
 * The one place that turns what the disk and SQLite report (disk full, read-only, locked,
 * missing folder, damaged) into a sentence a coach can act on. The command line prints it and
 * exits 2; the app shows it in its error banner; neither ever shows a stack trace for these.
 */
import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';

/** `older`: opened read-only, the store is of an older version and needs an upgrade (a write) first. */
export type StoreProblem = 'missing' | 'unavailable' | 'read-only' | 'older' | 'foreign' | 'damaged' | 'newer' | 'full' | 'busy';

export class StoreError extends Error {
  constructor(
    message: string,
    readonly problem: StoreProblem = 'unavailable',
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** A write the store refused because it is read-only (the file, its folder or the disk). */
export function isReadOnlyStoreError(error: unknown): boolean {
  if (error instanceof StoreError) return error.problem === 'read-only';
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  return code === 'EROFS' || code.startsWith('SQLITE_READONLY');
}

/**
 * The sentence for an error of the file system or of SQLite, or null when the error is neither
 * (a bug, to be reported as one). `file` names the store when known.
 */
export function storeErrorSentence(error: unknown, file?: string): string | null {
  if (error instanceof StoreError) return error.message;
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const where = file ? ` (${file})` : '';
  // SQLite cannot grow its shared-memory index (`-shm`) when the disk is full.
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_SHMSIZE' || (code.startsWith('SQLITE_IOERR') && diskIsFull(file)))
    return `The disk is full: Stride could not save${where}. Free some space and try again; nothing was half-written.`;
  if (code === 'EROFS' || code.startsWith('SQLITE_READONLY'))
    return `The plan store is read-only${where}: Stride can show and export its plans but not change them. Check the file's and its folder's permissions, or that the disk is not mounted read-only.`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH')
    return `Stride is not allowed to use the plan store${where}: check the permissions of the file and its folder.`;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return `The plan store is busy in another Stride window or command${where}: try again in a moment.`;
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return `The folder of the plan store does not exist${where}: check the folder name (--data-dir or STRIDE_DATA_DIR).`;
  if (code.startsWith('SQLITE_CANTOPEN'))
    return `Stride cannot open the plan store${where}: check that its folder exists and that Stride may write there.`;
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB')
    return `The plan store is damaged${where}: restore a backup or move it aside to start a new store.`;
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO')
    return `The disk reported an error while Stride used the plan store${where}: check the disk (is it full or removed?) and try again.`;
  return null;
}

function diskIsFull(file: string | undefined): boolean {
  if (!file) return false;
  try {
    return statfsSync(dirname(file)).bavail === 0;
  } catch {
    return false;
  }
}

/** True when `error` is a store condition the user can fix (a sentence exists for it). */
export function isStoreProblem(error: unknown): boolean {
  return storeErrorSentence(error) !== null;
}
