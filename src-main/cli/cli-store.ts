/** Opening the plan store for a command, with messages a coach can act on (exit 2 on failure). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { databasePath } from '../store/database';
import { reportStoreFailure } from './store-failure';
import { defaultDataDir } from '../store/data-dir';
import { openPlanStore, type PlanStore } from '../store/plan-store';
import { StoreError } from '../store/store-errors';
import { EXIT_USAGE, type CliIo } from './cli-command';

export function openCliStore(
  dataDir: string | undefined,
  io: CliIo,
  /** `readonly`: the command only reads (exports), so a read-only store or folder is fine. */
  options: { mustExist?: boolean; readonly?: boolean } = {},
): { ok: true; store: PlanStore } | { ok: false; exitCode: number } {
  const dir = dataDir ? path.resolve(io.cwd, dataDir) : defaultDataDir();
  // Exports only read: a missing store is a mistyped folder, not a reason to create an empty one.
  if (options.mustExist && !existsSync(databasePath(dir))) {
    io.stderr(`stride: there is no Stride plan store in ${dir}\n`);
    return { ok: false, exitCode: EXIT_USAGE };
  }
  const file = databasePath(dir);
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


/** How long a command waits for a store another process holds (STRIDE_BUSY_TIMEOUT_MS; tests shorten it). */
function busyTimeoutMs(): number | undefined {
  const ms = Number(process.env.STRIDE_BUSY_TIMEOUT_MS);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/** A plan id as the command line gives it: a positive whole number, or null. */
export function parsePlanId(text: string): number | null {
  return /^[1-9]\d{0,15}$/.test(text) ? Number(text) : null;
}
