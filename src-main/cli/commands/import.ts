/** `stride import <file> [--data-dir DIR]`: store a plan file; prints the new plan's id. */
import { importPlanData } from '../../services/import-plan';
import { EXIT_OK, EXIT_USAGE, usageError, type CliCommand } from '../cli-command';
import { parseOptions } from '../cli-options';
import { openCliStore } from '../cli-store';
import { readPlanFile } from '../read-plan-file';

export const command: CliCommand = {
  args: '<file> [--athlete ID] [--data-dir DIR]',
  summary: 'store a plan file (with a new athlete) and print the new plan id',
  run(args, ctx) {
    const parsed = parseOptions(args, { values: ['--athlete'] });
    if (!parsed.ok) return usageError(ctx, parsed.problem);
    const { operands, dataDir, values } = parsed.options;
    // plan-file.md v2: `--athlete <id>` stores the plan for an existing athlete instead of a new one.
    const athleteText = values.get('--athlete');
    const athleteId = athleteText === undefined ? undefined : Number(athleteText);
    if (athleteId !== undefined && (!Number.isInteger(athleteId) || athleteId < 1)) {
      return usageError(ctx, `--athlete: "${athleteText}" is not an athlete id`);
    }
    if (operands.length !== 1) return usageError(ctx, operands.length === 0 ? 'import needs a plan file' : 'import takes one plan file');
    // Parse before opening the store: a refused file never touches it.
    const read = readPlanFile(operands[0], ctx.io);
    if (!read.ok) return read.exitCode;
    for (const notice of read.notices) ctx.io.stderr(`${notice}\n`);
    const opened = openCliStore(dataDir, ctx.io);
    if (!opened.ok) return opened.exitCode;
    try {
      if (athleteId !== undefined && !opened.store.athletes.get(athleteId)) {
        ctx.io.stderr(`stride: there is no athlete ${athleteId} in this store\n`);
        return EXIT_USAGE;
      }
      const plan = importPlanData(opened.store, read.data, athleteId);
      ctx.io.stdout(`${plan.id}\n`);
      return EXIT_OK;
    } finally {
      opened.store.close();
    }
  },
};
