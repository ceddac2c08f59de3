/**
 * `stride steps "15min E, 6x(800m I, 2min jog), 10min E" [--easy-pace 5:40 | --race 10k 42:30]
 * [--units mi] [--json]`: parses a workout's one-line text (workouts.md), prints the canonical
 * line, the totals and each step with the athlete's pace range. Bad text exits 2 with the
 * position and the token.
 */
import { athletePaces, formatPaceRange, pacesForVdot, type AthletePaces } from '../../../src-shared/domain/paces';
import { describeSteps, stepTotals } from '../../../src-shared/domain/steps';
import { formatStepsText, parseStepsText } from '../../../src-shared/domain/steps-text';
import { formatDistance, formatDuration } from '../../../src-shared/domain/units';
import { EXIT_OK, EXIT_USAGE, usageError, type CliCommand } from '../cli-command';
import { readPaceArgs } from './paces';

/** The command line has no athlete: paces from --easy-pace, --race, or an intermediate's default easy pace. */
function pacesFor(vdot: number | null, easySec: number | null): AthletePaces {
  if (easySec != null) return athletePaces({ level: 'intermediate', easyPaceSecPerKm: easySec });
  if (vdot != null) return pacesForVdot(vdot);
  return athletePaces({ level: 'intermediate', easyPaceSecPerKm: null });
}

const r1 = (x: number): number => Math.round(x * 10) / 10;
const r2 = (x: number): number => Math.round(x * 100) / 100;

export const command: CliCommand = {
  args: '"<steps>" [--easy-pace M:SS | --race DIST TIME] [--units mi] [--json]',
  summary: 'parse a workout\'s steps ("15min E, 6x(800m I, 2min jog), 10min E"): canonical line, totals, paces',
  run(args, ctx) {
    const read = readPaceArgs(args, ctx, { required: false });
    if (!read.ok) return read.exit;
    if (read.operands.length !== 1) {
      return usageError(ctx, read.operands.length === 0 ? 'steps needs the workout text in quotes' : 'steps takes one workout text (put it in quotes)');
    }
    const text = read.operands[0];
    const parsed = parseStepsText(text, read.units);
    if (!parsed.ok) {
      const e = parsed.error;
      ctx.io.stderr(`stride: ${e.message}\n  ${text.replace(/\n/g, ' ')}\n  ${' '.repeat(e.position - 1)}^\n`);
      return EXIT_USAGE;
    }
    const paces = pacesFor(read.vdot, read.easySec);
    const totals = stepTotals(parsed.steps, paces);
    const canonical = formatStepsText(parsed.steps, read.units);
    if (read.json) {
      const out = {
        steps: parsed.steps,
        canonical,
        totals: { durationMin: r1(totals.durationMin), distanceKm: r2(totals.distanceKm), estimated: totals.estimated },
      };
      ctx.io.stdout(`${JSON.stringify(out, null, 2)}\n`);
      return EXIT_OK;
    }
    const mark = (b: boolean): string => (b ? '≈' : '');
    const lines = [
      canonical,
      `Total: ${mark(totals.durationEstimated)}${formatDuration(totals.durationMin)}, ${mark(totals.distanceEstimated)}${formatDistance(totals.distanceKm, read.units)}` +
        (totals.openSteps ? ` (+ ${totals.openSteps} open step${totals.openSteps > 1 ? 's' : ''} until the lap button)` : ''),
      `Paces: VDOT ${paces.vdot.toFixed(1)}${read.basis ? ` (${read.basis})` : ` (intermediate default easy pace ${formatPaceRange([paces.easySecPerKm, paces.easySecPerKm], read.units)}; give --easy-pace or --race)`}`,
      '',
      ...describeSteps(parsed.steps, paces, read.units).map((l) => `  ${l}`),
    ];
    ctx.io.stdout(`${lines.join('\n')}\n`);
    return EXIT_OK;
  },
};
