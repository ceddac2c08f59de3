/**
 * `stride import <file> [--start D | --race-date D] [--scale N] [--athlete ID] [--data-dir DIR]`:
 * store a plan file; prints the new plan's id. With a date or a scale the file is a template
 * (plan-generator.md "Templates"): the copy starts on that week or lands its race on that date,
 * scaled, exactly as "Apply to athletes…" does in the app.
 */
import { plainSession } from '../../../src-shared/domain/coach-session';
import { isIsoDate, longDateLabel } from '../../../src-shared/domain/dates';
import type { PlanFileData } from '../../../src-shared/domain/plan-file';
import { evaluatePlan } from '../../../src-shared/rules/evaluate-plan';
import type { TemplateTarget } from '../../../src-shared/templates/apply-template';
import { applyTemplateToFile } from '../../../src-shared/templates/template-file';
import { importPlanData } from '../../services/import-plan';
import { EXIT_OK, EXIT_USAGE, usageError, type CliCommand, type CommandContext } from '../cli-command';
import { parseOptions } from '../cli-options';
import { openCliStore } from '../cli-store';
import { readPlanFile } from '../read-plan-file';

const TEMPLATE_OPTIONS = ['--start', '--race-date', '--scale'] as const;

/** The template options, or a usage problem; null when none was given (a plain import). */
function templateTarget(values: Map<string, string>): TemplateTarget | string | null {
  if (!TEMPLATE_OPTIONS.some((o) => values.has(o))) return null;
  if (values.has('--start') && values.has('--race-date')) return 'give --start or --race-date, not both';
  const scaleText = values.get('--scale');
  const scale = scaleText === undefined ? undefined : Number(scaleText.replace(/%$/, ''));
  if (scaleText !== undefined && (scaleText.trim() === '' || !Number.isFinite(scale))) return `--scale: "${scaleText}" is not a percent`;
  // Named as `stride generate` names its dates; the template's own range check follows.
  for (const option of ['--start', '--race-date'] as const) {
    const date = values.get(option);
    if (date !== undefined && !isIsoDate(date)) return `${option}: "${date}" is not a calendar date (YYYY-MM-DD)`;
  }
  return { startDate: values.get('--start'), raceDate: values.get('--race-date'), scalePercent: scale };
}

/** A template's copy: applied to the file's data, or the refusal's sentence on stderr (exit 2). */
function templated(data: PlanFileData, target: TemplateTarget | null, ctx: CommandContext): PlanFileData | null {
  if (!target) return data;
  const result = applyTemplateToFile(data, target);
  if (result.ok) return result.data;
  ctx.io.stderr(`stride: ${result.message}\n`);
  return null;
}

export const command: CliCommand = {
  args: '<file> [--start DATE | --race-date DATE] [--scale PERCENT] [--athlete ID] [--data-dir DIR]',
  summary: 'store a plan file (with a new athlete, or --athlete) and print the new plan id; --start, --race-date and --scale copy it as a template',
  run(args, ctx) {
    const parsed = parseOptions(args, { values: ['--athlete', ...TEMPLATE_OPTIONS] });
    if (!parsed.ok) return usageError(ctx, parsed.problem);
    const { operands, dataDir, values } = parsed.options;
    // plan-file.md v2: `--athlete <id>` stores the plan for an existing athlete instead of a new one.
    const athleteText = values.get('--athlete');
    const athleteId = athleteText === undefined ? undefined : Number(athleteText);
    if (athleteId !== undefined && (!Number.isInteger(athleteId) || athleteId < 1)) {
      return usageError(ctx, `--athlete: "${athleteText}" is not an athlete id`);
    }
    const target = templateTarget(values);
    if (typeof target === 'string') return usageError(ctx, target);
    if (operands.length !== 1) return usageError(ctx, operands.length === 0 ? 'import needs a plan file' : 'import takes one plan file');
    // Parse (and copy) before opening the store: a refused file never touches it.
    const read = readPlanFile(operands[0], ctx.io);
    if (!read.ok) return read.exitCode;
    for (const notice of read.notices) ctx.io.stderr(`${notice}\n`);
    const data = templated(read.data, target, ctx);
    if (!data) return EXIT_USAGE;
    const opened = openCliStore(dataDir, ctx.io);
    if (!opened.ok) return opened.exitCode;
    try {
      const store = opened.store;
      if (athleteId !== undefined && !store.athletes.get(athleteId)) {
        ctx.io.stderr(`stride: there is no athlete ${athleteId} in this store\n`);
        return EXIT_USAGE;
      }
      const plan = importPlanData(store, data, athleteId);
      // A new athlete named apart from one already stored ("Maya Ortiz (2)"): say so, and how to use that one.
      const named = store.athletes.get(plan.athleteId)!.name;
      if (athleteId === undefined && named !== data.athlete.name) {
        ctx.io.stderr(`The new athlete is named ${named}: ${data.athlete.name} is already in this store (--athlete ID adds the plan to an existing athlete).\n`);
      }
      if (target) {
        // A template is checked with the settings of the athlete it went to: say how it fared.
        const athlete = store.athletes.get(plan.athleteId)!;
        const warnings = evaluatePlan({
          athlete,
          plan,
          sessions: store.sessions.list(plan.id).map(plainSession),
          dismissed: store.dismissals.list(plan.id),
        }).warnings.length;
        ctx.io.stderr(`${plan.name} for ${athlete.name} from ${longDateLabel(plan.startDate)}: ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
      }
      ctx.io.stdout(`${plan.id}\n`);
      return EXIT_OK;
    } finally {
      opened.store.close();
    }
  },
};
