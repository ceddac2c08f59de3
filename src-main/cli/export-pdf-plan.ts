/**
 * The plan `stride export pdf` prints, as the document the print page asks for (`plans.get`):
 * from a plan file (read, checked and imported into a store in memory that is gone with the
 * command, so no coach's store is touched) or from the store by its id (opened read-only).
 * Its own module so that the command can start Chromium before loading all this (zod, the
 * store, the rules) and read the plan while Chromium starts.
 */
import type { PlanDocument } from '../../src-shared/api/entities';
import { loadPlanDocument } from '../handlers/plan-document';
import { importPlanData } from '../services/import-plan';
import { openPlanStore, type PlanStore } from '../store/plan-store';
import { EXIT_USAGE, type CommandContext } from './cli-command';
import { openCliStore, parsePlanId } from './cli-store';
import { readPlanFile } from './read-plan-file';

export type PlanForPdf = { ok: true; doc: PlanDocument } | { ok: false; exitCode: number };

/**
 * Lets Chromium's messages through between the steps of reading a plan, so the print tab is made
 * ready while the plan is read (Node answers nothing while it runs synchronous code).
 */
const letChromiumIn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `planOrFile` as the command line gives it; problems go to stderr as sentences (exit 2). */
export async function readPlanForPdf(planOrFile: string, dataDir: string | undefined, ctx: CommandContext): Promise<PlanForPdf> {
  await letChromiumIn();
  const id = parsePlanId(planOrFile);
  let store: PlanStore;
  let planId: number;
  if (id === null) {
    const read = readPlanFile(planOrFile, ctx.io);
    if (!read.ok) return read;
    for (const notice of read.notices) ctx.io.stderr(`${notice}\n`);
    await letChromiumIn();
    try {
      store = openPlanStore(':memory:');
      await letChromiumIn();
      planId = importPlanData(store, read.data).id;
    } catch (e) {
      return fail(ctx, (e as Error).message);
    }
  } else {
    const opened = openCliStore(dataDir, ctx.io, { mustExist: true, readonly: true });
    if (!opened.ok) return opened;
    store = opened.store;
    planId = id;
  }
  try {
    if (!store.plans.get(planId)) return fail(ctx, `there is no plan ${planId} in this store`);
    await letChromiumIn();
    return { ok: true, doc: loadPlanDocument(store, planId) };
  } catch (e) {
    return fail(ctx, (e as Error).message);
  } finally {
    store.close();
  }
}

function fail(ctx: CommandContext, message: string): PlanForPdf {
  ctx.io.stderr(`stride: ${message}\n`);
  return { ok: false, exitCode: EXIT_USAGE };
}
