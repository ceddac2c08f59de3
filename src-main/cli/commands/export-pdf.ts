/**
 * `stride export pdf <plan-id|file> -o <file> [--data-dir DIR] [--paper a4|letter] [--weeks | --week N]`:
 * the plan as a PDF (landscape overview and week grid), or with `--weeks` the athlete's weekly
 * schedules (one A4 page a week; `--week N` for one week). A whole number is a plan in the store;
 * anything else is a plan file, imported into a temporary store that is thrown away afterwards.
 *
 * The PDF is printed by headless Chromium from the renderer's print page, served by a loopback
 * host on a free port for the length of the command (the same path as the browser preview).
 */
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { appRoot } from '../../export/app-root';
import { writeFileAtomic } from '../../export/atomic-write';
import { findChromium } from '../../export/find-chromium';
import type { PrintRequest } from '../../export/print-page';
import { createHandlers } from '../../handlers';
import { startLoopbackHost } from '../../host/loopback-host';
import { importPlanData } from '../../services/import-plan';
import { databasePath } from '../../store/database';
import { openPlanStore, type PlanStore } from '../../store/plan-store';
import { EXIT_OK, EXIT_USAGE, usageError, type CliCommand, type CommandContext } from '../cli-command';
import { parseOptions } from '../cli-options';
import { openCliStore, parsePlanId } from '../cli-store';
import { readPlanFile } from '../read-plan-file';

const WEEKS = '--weeks';
const WEEK = '--week';
const PAPER = '--paper';

/** The built renderer (`npx electron-vite build`), whose print.html lays out the pages. */
const RENDERER_DIR = path.join(appRoot(), 'out', 'renderer');

export const command: CliCommand = {
  args: `<plan-id|file> -o <file> [--data-dir DIR] [${PAPER} a4|letter] [${WEEKS} | ${WEEK} N]`,
  summary: "write a stored plan or a plan file as a PDF (--weeks: the athlete's weekly schedules, a page a week)",
  async run(args, ctx) {
    const parsed = parseOptions(args, { flags: [WEEKS], values: [PAPER, WEEK] });
    if (!parsed.ok) return usageError(ctx, parsed.problem);
    const { operands, dataDir, output, flags, values } = parsed.options;
    if (operands.length !== 1) {
      return usageError(
        ctx,
        operands.length === 0 ? 'export pdf needs a plan id or a plan file' : 'export pdf takes one plan',
      );
    }
    if (!output) return usageError(ctx, 'export pdf needs -o <file>');
    if (output === '-') return usageError(ctx, 'export pdf writes a file: give -o a file name');
    const paper = (values.get(PAPER) ?? 'a4').toLowerCase();
    if (paper !== 'a4' && paper !== 'letter')
      return usageError(ctx, `${PAPER} is a4 or letter, not "${values.get(PAPER)}"`);
    const weekText = values.get(WEEK);
    if (weekText !== undefined && !/^[1-9]\d{0,3}$/.test(weekText))
      return usageError(ctx, `${WEEK} needs a week number, not "${weekText}"`);
    const request: Omit<PrintRequest, 'planId'> =
      weekText !== undefined
        ? { view: 'weeks', week: Number(weekText), paper }
        : { view: flags.has(WEEKS) ? 'weeks' : 'plan', week: 'all', paper };

    const target = path.resolve(ctx.io.cwd, output);
    // Everything that can be checked before Chromium starts is checked first: it saves the coach a wait.
    // Loaded here, not at the top: playwright-core takes ≈0.65 s to load, which every other
    // command of the CLI would otherwise pay too. `require`, as stride.ts loads the commands:
    // the CLI runs as CommonJS through tsx's hooks, which `import()` would bypass.
    const { renderPlanPdf, playwrightChromiumPath } = require('../../export/pdf') as typeof import('../../export/pdf');
    const problem = setupProblem(target, playwrightChromiumPath);
    if (problem) return fail(ctx, problem);

    const id = parsePlanId(operands[0]);
    let store: PlanStore;
    let planId: number;
    let scratch: string | null = null;
    if (id === null) {
      const read = readPlanFile(operands[0], ctx.io);
      if (!read.ok) return read.exitCode;
      for (const notice of read.notices) ctx.io.stderr(`${notice}\n`);
      scratch = mkdtempSync(path.join(tmpdir(), 'stride-pdf-'));
      try {
        store = openPlanStore(databasePath(scratch));
        planId = importPlanData(store, read.data).id;
      } catch (e) {
        rmSync(scratch, { recursive: true, force: true });
        return fail(ctx, (e as Error).message);
      }
    } else {
      const opened = openCliStore(dataDir, ctx.io, { mustExist: true, readonly: true });
      if (!opened.ok) return opened.exitCode;
      store = opened.store;
      planId = id;
      if (!store.plans.get(id)) {
        store.close();
        return fail(ctx, `there is no plan ${id} in this store`);
      }
    }

    try {
      const token = randomBytes(18).toString('base64url');
      const host = await startLoopbackHost({
        handlers: createHandlers(store),
        rendererDir: RENDERER_DIR,
        token,
        port: 0,
      });
      let pdf: Buffer;
      try {
        pdf = await renderPlanPdf({ baseUrl: `${host.url}?token=${token}`, planId, ...request });
      } finally {
        await host.close();
      }
      writeFileAtomic(target, pdf);
      return EXIT_OK;
    } catch (e) {
      return fail(ctx, (e as Error).message);
    } finally {
      store.close();
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    }
  },
};

function fail(ctx: CommandContext, message: string): number {
  ctx.io.stderr(`stride: ${message}\n`);
  return EXIT_USAGE;
}

/** Why the export cannot even start, or null: no print pages built, no Chromium, nowhere to write. */
function setupProblem(target: string, playwrightPath: () => string): string | null {
  if (!existsSync(path.join(RENDERER_DIR, 'print.html'))) {
    return 'the print pages are not built: run `npx electron-vite build` first';
  }
  try {
    findChromium({ playwrightPath, forPrinting: true });
  } catch (e) {
    return (e as Error).message;
  }
  const folder = path.dirname(target);
  try {
    if (!statSync(folder).isDirectory()) return `cannot write ${target}: ${folder} is not a folder`;
    accessSync(folder, constants.W_OK);
  } catch {
    return `cannot write ${target}: the folder ${folder} does not exist or is not writable`;
  }
  if (existsSync(target) && statSync(target).isDirectory()) return `cannot write ${target}: it is a folder, not a file`;
  return null;
}
