/** `stride rules <file>`: the plan with the recovery rules applied, as a plan file on stdout. */
import { planFileText } from '../../../src-shared/domain/plan-file';
import { evaluatePlan } from '../../../src-shared/rules/evaluate-plan';
import { EXIT_OK, operands, usageError, type CliCommand } from '../cli-command';
import { readPlanFile } from '../read-plan-file';

export const command: CliCommand = {
  args: '<file>',
  summary: 'print the plan with its recovery runs, rest days, warnings and week figures (- reads standard input)',
  run(args, ctx) {
    const parsed = operands(args);
    if (!parsed.ok) return usageError(ctx, `unknown option ${parsed.unknownOption}`);
    if (parsed.operands.length !== 1) {
      return usageError(ctx, parsed.operands.length === 0 ? 'rules needs a plan file' : 'rules takes one plan file');
    }
    const read = readPlanFile(parsed.operands[0], ctx.io);
    if (!read.ok) return read.exitCode;
    for (const notice of read.notices) ctx.io.stderr(`${notice}\n`);
    ctx.io.stdout(planFileText(read.data, evaluatePlan(read.data)));
    return EXIT_OK;
  },
};
