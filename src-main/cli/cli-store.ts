/** Opening the plan store for a command, with messages a coach can act on (exit 2 on failure). */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE_NAME, databasePath } from '../store/database';
import { reportStoreFailure } from './store-failure';
import { defaultDataDir } from '../store/data-dir';
import { openPlanStore, type PlanStore } from '../store/plan-store';
import { StoreError } from '../store/store-errors';
import { EXIT_USAGE, type CliIo } from './cli-command';

export function openCliStore(
  dataDir: string | undefined,
  io: CliIo,
  /**
   * `readonly`: the command only reads (exports), so a read-only store or folder is fine.
   * `writeIfPossible` (with `readonly`): open it for writing where it can be written, for an
   * export that keeps a note of what it wrote (iCal's SEQUENCE); read-only where it cannot.
   */
  options: { mustExist?: boolean; readonly?: boolean; writeIfPossible?: boolean } = {},
): { ok: true; store: PlanStore } | { ok: false; exitCode: number } {
  const dir = dataDir ? path.resolve(io.cwd, dataDir) : defaultDataDir();
  const notAFolder = fileInPlaceOfFolder(dir, dataDir ? '--data-dir' : process.env.STRIDE_DATA_DIR ? 'STRIDE_DATA_DIR' : 'the data folder');
  if (notAFolder) {
    io.stderr(`stride: ${notAFolder}\n`);
    return { ok: false, exitCode: EXIT_USAGE };
  }
  // Exports only read: a missing store is a mistyped folder, not a reason to create an empty one.
  if (options.mustExist && !existsSync(databasePath(dir))) {
    io.stderr(`stride: there is no Stride plan store in ${dir}\n`);
    return { ok: false, exitCode: EXIT_USAGE };
  }
  const file = databasePath(dir);
  // A 0-byte file (a crash while it was created, a sync placeholder) is no store to read: opening
  // it would make it a new empty store, and an export must not write.
  if (options.readonly && isEmptyFile(file)) {
    io.stderr(`stride: the plan store ${file} is empty (0 bytes): it holds no plans\n`);
    return { ok: false, exitCode: EXIT_USAGE };
  }
  if (options.readonly && options.writeIfPossible) {
    try {
      return { ok: true, store: openPlanStore(file, { busyTimeoutMs: busyTimeoutMs() }) };
    } catch (e) {
      // A read-only disk or file: read it as any export does; every other failure is named.
      if (!(e instanceof StoreError && e.problem === 'read-only')) return { ok: false, exitCode: reportStoreFailure(io, e) };
    }
  }
  try {
    return { ok: true, store: openPlanStore(file, { readonly: options.readonly, busyTimeoutMs: busyTimeoutMs() }) };
  } catch (e) {
    // A store an older Stride wrote (Stride was upgraded, the app not opened since) cannot be
    // read as it is, and a read-only open cannot upgrade it: upgrade it as the app does on
    // launch (a backup of the old version is kept), then read. Only where it can be written:
    // otherwise the read-only open's sentence stands.
    if (e instanceof StoreError && e.problem === 'older') {
      try {
        return { ok: true, store: openPlanStore(file, { busyTimeoutMs: busyTimeoutMs() }) };
      } catch (upgrade) {
        return { ok: false, exitCode: reportStoreFailure(io, upgrade instanceof StoreError && upgrade.problem === 'read-only' ? e : upgrade) };
      }
    }
    return { ok: false, exitCode: reportStoreFailure(io, e) };
  }
}

/**
 * A coach who points `--data-dir` at the store itself (…/Stride/stride.sqlite) would otherwise
 * read "there is no Stride plan store in …/stride.sqlite" about the very store: say it is a file
 * and, when it is the store, which folder to give instead.
 */
function fileInPlaceOfFolder(dir: string, named: string): string | null {
  try {
    if (statSync(dir).isDirectory()) return null;
  } catch {
    return null; // missing: the caller says so, or creates it
  }
  const instead = path.basename(dir) === DATABASE_FILE_NAME ? ` (--data-dir ${path.dirname(dir)})` : '';
  return `${named} ${dir} is a file: give the folder that holds stride.sqlite${instead}`;
}

/** How long a command waits for a store another process holds (STRIDE_BUSY_TIMEOUT_MS; tests shorten it). */
function busyTimeoutMs(): number | undefined {
  const ms = Number(process.env.STRIDE_BUSY_TIMEOUT_MS);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/** A plan id as the command line gives it: a positive whole number, or null. */
export function parsePlanId(text: string): number | null {
  return /^[1-9]\d{0,15}$/.test(text) ? Number(text) : null;
}

function isEmptyFile(file: string): boolean {
  try {
    const stat = statSync(file);
    return stat.isFile() && stat.size === 0;
  } catch {
    return false;
  }
}
