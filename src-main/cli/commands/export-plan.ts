/** `stride export plan <id> -o <file> [--data-dir DIR]`: write a stored plan as a plan file, rules applied. */
import path from 'node:path';
import { StrideError } from '../../../src-shared/api/errors';
import { writeFileAtomic } from '../../export/atomic-write';
import { loadPlanDocument } from '../../handlers/plan-document';
import { exportPlanFileText } from '../../services/plan-file-export';
import { EXIT_OK, EXIT_USAGE, usageError, type CliCommand } from '../cli-command';
import { parseOptions } from '../cli-options';
import { openCliStore, parsePlanId } from '../cli-store';
import { reportWritten, wholePlan } from '../wrote-line';

export const command: CliCommand = {
  args: '<plan-id> -o <file> [--data-dir DIR]',
  summary: 'write a stored plan as a plan file with its rules applied (-o - writes to standard output)',
  run(args, ctx) {
    const parsed = parseOptions(args);
    if (!parsed.ok) return usageError(ctx, parsed.problem);
    const { operands, dataDir, output } = parsed.options;
    if (operands.length !== 1) return usageError(ctx, 'export plan takes one plan id');
    if (!output) return usageError(ctx, 'export plan needs -o <file>');
    const id = parsePlanId(operands[0]);
    if (id === null) return usageError(ctx, `"${operands[0]}" is not a plan id (a whole number)`);
    const opened = openCliStore(dataDir, ctx.io, { mustExist: true, readonly: true });
    if (!opened.ok) return opened.exitCode;
    try {
      if (!opened.store.plans.get(id)) {
        ctx.io.stderr(`stride: there is no plan ${id} in this store\n`);
        return EXIT_USAGE;
      }
      const doc = loadPlanDocument(opened.store, id);
      let text: string;
      try {
        text = exportPlanFileText(doc, opened.store.library.list());
      } catch (error) {
        // A plan that would not import again (an older plan's long goal): said, nothing written.
        if (!(error instanceof StrideError)) throw error;
        ctx.io.stderr(`stride: ${error.message}\n`);
        return EXIT_USAGE;
      }
      if (output === '-') ctx.io.stdout(text);
      else {
        writeFileAtomic(path.resolve(ctx.io.cwd, output), text);
        reportWritten(ctx, output, wholePlan(doc));
      }
      return EXIT_OK;
    } finally {
      opened.store.close();
    }
  },
};
