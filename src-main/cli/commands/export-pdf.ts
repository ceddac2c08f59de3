/**
 * `stride export pdf <plan-id|file> -o <file> [--data-dir DIR] [--paper a4|letter] [--weeks | --week N]`:
 * the plan as a PDF (landscape overview and week grid), or with `--weeks` the athlete's weekly
 * schedules (one A4 page a week; `--week N` for one week). A whole number is a plan in the store;
 * anything else is a plan file, imported into a store in memory that is gone with the command.
 *
 * The PDF is printed by headless Chromium from the renderer's print page, the page the browser
 * preview and the app print. For one export, neither playwright-core nor a loopback host is worth
 * its start-up: Chromium is spawned as soon as the arguments are checked and the plan read while it
 * starts (../export-pdf-plan.ts); it is driven over its DevTools pipe (export/pdf-pipe.ts), and
 * the page's files and its one call (`plans.get`) are answered from memory.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CallResult } from '../../../src-shared/api/contract';
import { APP_CSP } from '../../../src-shared/api/csp';
import type { PlanDocument } from '../../../src-shared/api/entities';
import { longDateLabel } from '../../../src-shared/domain/dates';
import { weekStartOf } from '../../../src-shared/domain/plan-frame';
import { appRoot } from '../../export/app-root';
import { writeFileAtomic } from '../../export/atomic-write';
import { findChromium } from '../../export/find-chromium';
import { pdfPageCount } from '../../export/pdf-page-count';
import { markPdfStep, PRINT_ORIGIN, startPrinter, type PageRequest, type Served } from '../../export/pdf-pipe';
import { printPageUrl, type PrintRequest } from '../../export/print-page';
import { readStatic } from '../../host/static-files';
import { EXIT_OK, EXIT_USAGE, usageError, type CliCommand, type CommandContext } from '../cli-command';
import { parseOptions } from '../cli-options';
import { plural } from '../../../src-shared/edits/edit-messages';
import { planSpan, reportWritten, wholePlan } from '../wrote-line';

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

    markPdfStep('command');
    const target = path.resolve(ctx.io.cwd, output);
    // Everything that can be checked before Chromium starts is checked first: it saves the coach a wait.
    const found = setupProblem(target);
    if (!found.ok) return fail(ctx, found.problem);

    // Chromium starts now, and the plan is read while it does: the tab is made ready as soon as
    // Chromium answers, and the page's call for the plan waits for it if need be.
    const printer = startPrinter(found.chromium);
    try {
      let planRead: (doc: PlanDocument) => void = () => undefined;
      const plan = new Promise<PlanDocument>((resolve) => (planRead = resolve));
      const printing = printer.print({
        url: plan.then((doc) => printPageUrl(`${PRINT_ORIGIN}/`, { planId: doc.plan.id, ...request })),
        view: request.view,
        paper: request.paper,
        serve: async (asked) => servePrintPage(asked, await plan),
      });
      printing.catch(() => undefined); // a plan that cannot be read closes the printer (below)
      // Loaded here, not at the top: zod, the store and the rules are most of this command's
      // code (a bundle of its own: scripts/build-cli.mjs), and Chromium need not wait for them.
      const { readPlanForPdf } = require('../export-pdf-plan') as typeof import('../export-pdf-plan');
      const read = await readPlanForPdf(operands[0], dataDir, ctx);
      if (!read.ok) return read.exitCode;
      markPdfStep('plan-read');
      planRead(read.doc);
      const pdf = await printing;
      writeFileAtomic(target, pdf);
      markPdfStep('written');
      reportWritten(ctx, output, pdfContents(read.doc, request, pdfPageCount(pdf)));
      return EXIT_OK;
    } catch (e) {
      return fail(ctx, (e as Error).message);
    } finally {
      await printer.close();
      markPdfStep('chromium-closed');
    }
  },
};

/**
 * What the print page asks for: the built renderer's files, with the CSP the loopback host
 * sends, and its one call, `plans.get` of this plan, answered as the host would answer it.
 */
async function servePrintPage(asked: PageRequest, doc: PlanDocument): Promise<Served> {
  const { pathname } = asked.url;
  if (pathname.startsWith('/api/')) {
    let result: CallResult<PlanDocument>;
    let input: { id?: unknown } = {};
    try {
      input = JSON.parse(asked.postData ?? '{}') as { id?: unknown };
    } catch {
      /* answered as not found below */
    }
    if (asked.method === 'POST' && pathname === '/api/plans.get' && input.id === doc.plan.id) result = { ok: true, value: doc };
    else result = { ok: false, error: { code: 'not-found', message: `The print page asked for ${pathname}, which a PDF export does not answer.` } };
    return { type: 'application/json; charset=utf-8', body: JSON.stringify(result) };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const file = await readStatic(RENDERER_DIR, decoded);
  return file && { type: file.type, body: file.body, headers: { 'content-security-policy': APP_CSP } };
}

/**
 * "Zoë Ångström's week 2 of 8, from Mon 8 Mar 2027, 1 page, Letter", "the plan "Spring 10K" for Zoë
 * Ångström: 8 weeks from Mon 1 Mar 2027, 3 pages, A4": whose, which weeks, and how many pages (more
 * than the weeks where a busy week ran onto a second page).
 */
function pdfContents(doc: PlanDocument, request: Omit<PrintRequest, 'planId'>, pages: number | null): string {
  const { athlete, plan } = doc;
  let what: string;
  if (request.view === 'plan') what = wholePlan(doc);
  else if (typeof request.week !== 'number') what = `${athlete.name}'s weekly schedules: ${planSpan(plan)}`;
  else {
    what = `${athlete.name}'s week ${request.week} of ${plan.weeks}, from ${longDateLabel(weekStartOf(plan, request.week))}`;
  }
  return [what, pages === null ? '' : plural(pages, 'page'), request.paper === 'letter' ? 'Letter' : 'A4']
    .filter(Boolean)
    .join(', ');
}

function fail(ctx: CommandContext, message: string): number {
  ctx.io.stderr(`stride: ${message}\n`);
  return EXIT_USAGE;
}

/** The Chromium to print with, or why the export cannot even start: no print pages built, no Chromium, nowhere to write. */
function setupProblem(target: string): { ok: true; chromium: string } | { ok: false; problem: string } {
  if (!existsSync(path.join(RENDERER_DIR, 'print.html'))) {
    return { ok: false, problem: 'the print pages are not built: run `npx electron-vite build` first' };
  }
  let chromium: string;
  try {
    // playwright-core (≈0.5 s to load) only to ask where its own Chromium would be, when there is no other.
    const playwrightPath = () =>
      (require('playwright-core') as typeof import('playwright-core')).chromium.executablePath();
    chromium = findChromium({ playwrightPath, forPrinting: true });
  } catch (e) {
    return { ok: false, problem: (e as Error).message };
  }
  const problem = folderProblem(target);
  return problem ? { ok: false, problem } : { ok: true, chromium };
}

function folderProblem(target: string): string | null {
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
