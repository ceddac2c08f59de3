/**
 * `stride paces --race 10k 42:30 | --easy-pace 5:40 [--units mi] [--json]`: the athlete's VDOT,
 * the five training paces and the predicted race times (paces.md).
 */
import {
  formatRaceTime,
  paceRows,
  pacesJson,
  parseRaceDistance,
  parseRaceTime,
  racePredictions,
  vdotFromEasyPace,
  vdotFromRace,
  zonePaces,
} from '../../../src-shared/domain/paces';
import { parsePace } from '../../../src-shared/domain/units';
import type { Units } from '../../../src-shared/domain/types';
import { raceProblem } from '../race-option';
import { EXIT_OK, usageError, type CliCommand, type CommandContext } from '../cli-command';

export interface PaceOptions {
  vdot: number;
  units: Units;
  json: boolean;
  /** For the heading: "10K in 42:30" / "easy pace 5:40 /km". */
  basis: string;
}

/**
 * Reads `--race DIST TIME`, `--easy-pace M:SS`, `--units km|mi` and `--json` out of `args`
 * (shared with `stride steps`); the rest are returned as operands.
 */
export function readPaceArgs(
  args: readonly string[],
  ctx: CommandContext,
  opts: { required: boolean },
): { ok: true; vdot: number | null; easySec: number | null; units: Units; json: boolean; basis: string; operands: string[] } | { ok: false; exit: number } {
  let units: Units = 'km';
  let json = false;
  let race: { km: number; sec: number; text: string } | null = null;
  let easy: string | null = null;
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--units' || a.startsWith('--units=')) {
      const v = a.includes('=') ? a.slice(8) : args[++i];
      if (v !== 'km' && v !== 'mi') return { ok: false, exit: usageError(ctx, '--units takes km or mi') };
      units = v;
    } else if (a === '--race') {
      const d = args[++i];
      const t = args[++i];
      if (d === undefined || t === undefined) return { ok: false, exit: usageError(ctx, '--race needs a distance and a time, e.g. --race 10k 42:30') };
      const km = parseRaceDistance(d);
      if (km == null) return { ok: false, exit: usageError(ctx, `--race: "${d}" is not a distance (5k, 10k, half, marathon, 1500m, 15km, 10mi)`) };
      const sec = parseRaceTime(t);
      if (sec == null) return { ok: false, exit: usageError(ctx, `--race: "${t}" is not a time (m:ss or h:mm:ss)`) };
      const problem = raceProblem('--race', d, t, km, sec);
      if (problem) return { ok: false, exit: usageError(ctx, problem) };
      race = { km, sec, text: `${d} in ${t}` };
    } else if (a === '--easy-pace' || a.startsWith('--easy-pace=')) {
      const v = a.includes('=') ? a.slice(12) : args[++i];
      if (v === undefined) return { ok: false, exit: usageError(ctx, '--easy-pace needs a pace, e.g. 5:40') };
      easy = v;
    } else if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') {
      return { ok: false, exit: usageError(ctx, `unknown option ${a}`) };
    } else operands.push(a);
  }
  if (race && easy != null) return { ok: false, exit: usageError(ctx, 'give --race or --easy-pace, not both') };
  if (race) return { ok: true, vdot: vdotFromRace(race.km, race.sec), easySec: null, units, json, basis: race.text, operands };
  if (easy != null) {
    // The easy pace is per the chosen units, like every pace the coach types, unless /km or /mi is written.
    const suffix = /\s*\/(km|mi)\s*$/i.exec(easy);
    const pace = suffix ? easy.slice(0, suffix.index) : easy;
    const per = suffix ? (suffix[1].toLowerCase() as Units) : units;
    const sec = parsePace(pace, per);
    if (sec == null || sec < 150 || sec > 900) {
      return { ok: false, exit: usageError(ctx, `--easy-pace: "${easy}" is not a pace between 2:30 and 15:00 /km (m:ss)`) };
    }
    return { ok: true, vdot: vdotFromEasyPace(sec), easySec: sec, units, json, basis: `easy pace ${pace.trim()} /${per}`, operands };
  }
  if (opts.required) return { ok: false, exit: usageError(ctx, 'paces needs --race DISTANCE TIME or --easy-pace M:SS') };
  return { ok: true, vdot: null, easySec: null, units, json, basis: '', operands };
}

export function pacesText(vdot: number, units: Units, basis: string): string {
  const zones = paceRows({ zones: zonePaces(vdot) }, units);
  const races = racePredictions(vdot);
  const lines = [
    `VDOT ${vdot.toFixed(1)} (${basis})`,
    '',
    ...zones.map((z) => `  ${z.zone}  ${z.name.padEnd(11)} ${z.text}`),
    '',
    'Predicted races:',
    `  5K        ${formatRaceTime(races['5k'])}`,
    `  10K       ${formatRaceTime(races['10k'])}`,
    `  Half      ${formatRaceTime(races.half)}`,
    `  Marathon  ${formatRaceTime(races.marathon)}`,
  ];
  return `${lines.join('\n')}\n`;
}

export const command: CliCommand = {
  args: '--race DIST TIME | --easy-pace M:SS [--units mi] [--json]',
  summary: "print an athlete's VDOT, training paces (E, M, T, I, R) and predicted race times",
  run(args, ctx) {
    const read = readPaceArgs(args, ctx, { required: true });
    if (!read.ok) return read.exit;
    if (read.operands.length) return usageError(ctx, `unexpected argument "${read.operands[0]}"`);
    const vdot = read.vdot as number;
    if (read.json) ctx.io.stdout(`${JSON.stringify(pacesJson(vdot), null, 2)}\n`);
    else ctx.io.stdout(pacesText(vdot, read.units, read.basis));
    return EXIT_OK;
  },
};
