/**
 * Writing an export so that a reader (a calendar app watching the file, a coach opening it)
 * never sees half of it: the bytes go to a temp file in the same folder, are flushed to disk,
 * and the temp file is renamed over the target in one step. Same folder, because a rename is
 * only atomic within one file system. On any failure the temp file is removed and the target
 * is left as it was.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, statSync, chmodSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * A place the coach named that cannot be written (a missing or read-only folder, a folder where a
 * file was meant, a full disk): the coach's to fix, so the command line says it as wrong usage
 * (exit 2) and the app as a sentence, never as an internal error.
 */
export class OutputError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OutputError';
  }
}

/**
 * Told by name, not `instanceof`: the built command line bundles each command apart from the
 * dispatcher (scripts/build-cli.mjs), so each has its own copy of the class.
 */
export function isOutputError(error: unknown): error is OutputError {
  return error instanceof Error && error.name === 'OutputError';
}

/** Codes that mean the folder is missing, not a folder, or refuses us. */
const FOLDER_PROBLEMS = new Set(['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EROFS']);

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const folder = path.dirname(file);
  const temp = path.join(folder, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const existingMode = modeOf(file);
  let fd: number | null = null;
  try {
    // 'wx': never reuse a stray file of the same name (or follow a link someone left there).
    fd = openSync(temp, 'wx', existingMode ?? 0o666);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.byteLength) written += writeSync(fd, bytes, written, bytes.byteLength - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    // Keep the permissions of a file being replaced (the umask may have narrowed them).
    if (existingMode !== null) chmodSync(temp, existingMode);
    renameSync(temp, file);
  } catch (error) {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        /* already failing; the original error is the one to report */
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      /* never created, or already gone */
    }
    throw new OutputError(writeProblem(file, folder, error), { cause: error });
  }
  syncFolder(folder);
}

/**
 * Makes the folder `folder` (and its parents) for files to be written into, or throws an
 * `OutputError` naming what is in the way: a file where the folder or one of its parents should be.
 */
export function makeOutputFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
    const blocker = code === 'EEXIST' || code === 'ENOTDIR' ? fileOnTheWay(folder) : null;
    if (blocker) throw new OutputError(`Cannot make the folder ${folder}: ${blocker} is a file, not a folder`, { cause: error });
    if (code === 'ENOSPC' || code === 'EDQUOT') throw new OutputError(`Cannot make the folder ${folder}: the disk is full`, { cause: error });
    if (FOLDER_PROBLEMS.has(code)) throw new OutputError(`Cannot make the folder ${folder}: its parent folder is not writable`, { cause: error });
    throw new OutputError(`Cannot make the folder ${folder}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** The nearest of `folder` and its parents that exists as a file, or null. */
function fileOnTheWay(folder: string): string | null {
  for (let at = folder; ; at = path.dirname(at)) {
    try {
      if (!statSync(at).isDirectory()) return at;
    } catch {
      /* not there: look further up */
    }
    if (path.dirname(at) === at) return null;
  }
}

function modeOf(file: string): number | null {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.mode & 0o7777 : null;
  } catch {
    return null;
  }
}

function writeProblem(file: string, folder: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  if (code === 'EISDIR' || (code === 'EPERM' && isFolder(file)))
    return `Cannot write ${file}: it is a folder, not a file`;
  if (FOLDER_PROBLEMS.has(code)) return `Cannot write ${file}: the folder ${folder} does not exist or is not writable`;
  if (code === 'ENOSPC' || code === 'EDQUOT') return `Cannot write ${file}: the disk is full`;
  return `Cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`;
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** Makes the rename itself durable; folders cannot be opened for this on Windows, so best effort. */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  let fd: number | null = null;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    /* the file is written; a folder that cannot be synced is not worth failing the export */
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
