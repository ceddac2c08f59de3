/**
 * `stride export fit <plan-id|file> -o DIR [--week N] [--zip] [--data-dir DIR]`: one FIT workout
 * per running session (workouts.md), named `YYYY-MM-DD <title>.fit`, in the folder DIR (made if
 * missing); with `--zip`, DIR is the .zip file to write instead.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { PlanDocument } from '../../../src-shared/api/entities';
import { makeOutputFolder, writeFileAtomic } from '../../export/atomic-write';
import { planFitFiles, zipFitFiles } from '../../export/fit';
import { loadPlanDocument } from '../../handlers/plan-document';
import { EXIT_OK, EXIT_USAGE, usageError, type CliCommand } from '../cli-command';
import { parseOptions } from '../cli-options';
import { openCliStore, parsePlanId } from '../cli-store';
import { readPlanFile } from '../read-plan-file';
import { plural } from '../../../src-shared/edits/edit-messages';
import { planSpan, reportWritten } from '../wrote-line';
import { planDocumentOfFile } from './export-ics';

export const command: CliCommand = {
  args: '<plan-id|file> -o DIR [--week N] [--zip] [--data-dir DIR]',
  summary: "write a plan's running sessions as FIT workouts for a watch (one .fit each; --zip for one .zip)",
  async run(args, ctx) {
    const parsed = parseOptions(args, { flags: ['--zip'], values: ['--week'] });
    if (!parsed.ok) return usageError(ctx, parsed.problem);
    const { operands, dataDir, output, flags, values } = parsed.options;
    if (operands.length !== 1) {
      return usageError(ctx, operands.length === 0 ? 'export fit needs a plan id or a plan file' : 'export fit takes one plan');
    }
    if (!output) return usageError(ctx, 'export fit needs -o DIR (a folder, or with --zip a .zip file)');
    // `-o -` is standard output for the text exports; binary files there would only garble a
    // terminal, and a folder or file named "-" is never what was meant.
    if (output === '-') return usageError(ctx, 'export fit writes files: give -o a folder (or, with --zip, a .zip file name)');
    let week: number | undefined;
    if (values.has('--week')) {
      week = Number(values.get('--week'));
      if (!Number.isInteger(week) || week < 1 || week > 104) return usageError(ctx, `--week: "${values.get('--week')}" is not a week number`);
    }

    let doc: PlanDocument;
    const id = parsePlanId(operands[0]);
    if (id === null) {
      const read = readPlanFile(operands[0], ctx.io);
      if (!read.ok) return read.exitCode;
      for (const notice of read.notices) ctx.io.stderr(`${notice}\n`);
      doc = planDocumentOfFile(read.data);
    } else {
      const opened = openCliStore(dataDir, ctx.io, { mustExist: true, readonly: true });
      if (!opened.ok) return opened.exitCode;
      try {
        if (!opened.store.plans.get(id)) {
          ctx.io.stderr(`stride: there is no plan ${id} in this store\n`);
          return EXIT_USAGE;
        }
        doc = loadPlanDocument(opened.store, id);
      } finally {
        opened.store.close();
      }
    }
    if (week !== undefined && week > doc.plan.weeks) return usageError(ctx, `--week: the plan has ${doc.plan.weeks} weeks`);

    const files = await planFitFiles(doc, week);
    const target = path.resolve(ctx.io.cwd, output);
    // Without --zip, -o is a folder: a coach who named a file (workouts.fit, week3.zip) most
    // likely meant --zip, and that file must not be taken for a folder or replaced.
    if (!flags.has('--zip') && isFile(target)) {
      ctx.io.stderr(`stride: -o ${target} is a file: export fit writes a folder of .fit files there (or, with --zip, one .zip file)\n`);
      return EXIT_USAGE;
    }
    try {
      if (flags.has('--zip')) {
        writeFileAtomic(target, Buffer.from(zipFitFiles(files)));
        ctx.io.stdout(`${target}\n`);
      } else {
        makeOutputFolder(target);
        for (const f of files) {
          const where = path.join(target, f.fileName);
          writeFileAtomic(where, Buffer.from(f.bytes));
          ctx.io.stdout(`${where}\n`);
        }
      }
    } catch (e) {
      ctx.io.stderr(`stride: ${(e as Error).message}\n`);
      return EXIT_USAGE;
    }
    if (files.length === 0) ctx.io.stderr(`stride: no running sessions${week ? ` in week ${week}` : ''}; nothing written\n`);
    else {
      const what = `${plural(files.length, 'FIT workout')}: the running sessions of ${week ? `week ${week} of ${doc.plan.weeks}` : planSpan(doc.plan)}`;
      // A folder's name ends in "/" so it reads as one, whichever way the coach typed it.
      reportWritten(ctx, flags.has('--zip') ? output : `${output.replace(/[\\/]+$/, '')}/`, what);
    }
    return EXIT_OK;
  },
};

function isFile(target: string): boolean {
  try {
    return !statSync(target).isDirectory();
  } catch {
    return false;
  }
}
