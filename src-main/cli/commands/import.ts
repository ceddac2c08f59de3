/** `stride import <file> [--data-dir DIR]`: store a plan file; prints the new plan's id. */
import { importPlanData } from '../../services/import-plan';
import { EXIT_OK, usageError, type CliCommand } from '../cli-command';
import { parseOptions } from '../cli-options';
import { openCliStore } from '../cli-store';
import { readPlanFile } from '../read-plan-file';

export const command: CliCommand = {
  args: '<file> [--data-dir DIR]',
  summary: 'store a plan file (with a new athlete) and print the new plan id',
  run(args, ctx) {
    const parsed = parseOptions(args);
    if (!parsed.ok) return usageError(ctx, parsed.problem);
    const { operands, dataDir } = parsed.options;
    if (operands.length !== 1) return usageError(ctx, operands.length === 0 ? 'import needs a plan file' : 'import takes one plan file');
    // Parse before opening the store: a refused file never touches it.
    const read = readPlanFile(operands[0], ctx.io);
    if (!read.ok) return read.exitCode;
    for (const notice of read.notices) ctx.io.stderr(`${notice}\n`);
    const opened = openCliStore(dataDir, ctx.io);
    if (!opened.ok) return opened.exitCode;
    try {
      const plan = importPlanData(opened.store, read.data);
      ctx.io.stdout(`${plan.id}\n`);
      return EXIT_OK;
    } finally {
      opened.store.close();
    }
  },
};
