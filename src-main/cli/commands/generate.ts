/**
 * `stride generate --distance half|marathon|10k|5k|KM --race-date D [--start D] [--level L]
 * [--run-days N] [--days mon,tue,…] [--long-run-day sun] [--weekly-km N] [--longest-run-km N]
 * [--easy-pace m:ss] [--race-time 10k=45:00] [--name PLAN-NAME] [--athlete-name NAME] [--units km|mi] -o FILE`: a draft plan from a goal
 * (plan-generator.md), written as a plan file (format 2) with its rules applied. A refusal exits
 * 2 with its sentence; nothing is written.
 */
import path from 'node:path';
import {
  daysBetween,
  isIsoDate,
  longDateLabel,
  startOfWeek,
  todayLocal,
  type IsoDate,
  type WeekStart,
} from '../../../src-shared/domain/dates';
import { parseRaceDistance, parseRaceTime } from '../../../src-shared/domain/paces';
import { DAY_CODES, LEVELS, type DayCode, type Level } from '../../../src-shared/domain/types';
import { draftFileText, generatePlan } from '../../../src-shared/generate/generate-plan';
import type { GoalInput, RaceClass } from '../../../src-shared/generate/goal';
import { writeFileAtomic } from '../../export/atomic-write';
import { EXIT_OK, EXIT_USAGE, usageError, type CliCommand } from '../cli-command';
import { parseOptions } from '../cli-options';
import { raceProblem } from '../race-option';
import { planSpan } from '../wrote-line';

const VALUES = [
  '--distance',
  '--race-date',
  '--start',
  '--level',
  '--run-days',
  '--days',
  '--long-run-day',
  '--weekly-km',
  '--longest-run-km',
  '--easy-pace',
  '--race-time',
  '--name',
  '--athlete-name',
  '--units',
] as const;

const NAMED: Record<string, RaceClass> = { '5k': '5k', '10k': '10k', half: 'half', marathon: 'marathon' };

function number(text: string, min: number, max: number): number | null {
  const n = /^\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : NaN;
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

export const command: CliCommand = {
  args:
    '--distance half|marathon|10k|5k|KM --race-date D [--start D] [--level L] [--run-days N] [--days mon,tue,…] ' +
    '[--long-run-day sun] [--weekly-km N] [--longest-run-km N] [--easy-pace m:ss] [--race-time 10k=45:00] [--name PLAN-NAME] [--athlete-name NAME] [--units km|mi] -o FILE',
  summary:
    'draft a plan from a goal race that passes every rule, written as a plan file (a refusal exits 2 saying why)',
  run(args, ctx) {
    const parsed = parseOptions(args, { values: VALUES });
    if (!parsed.ok) return usageError(ctx, parsed.problem);
    const { operands, output, values } = parsed.options;
    if (operands.length > 0) return usageError(ctx, `generate takes no operands (got "${operands[0]}")`);
    if (!output) return usageError(ctx, 'generate needs -o <file> (- for standard output)');
    const get = (k: (typeof VALUES)[number]) => values.get(k);

    const distText = get('--distance');
    if (!distText) return usageError(ctx, 'generate needs --distance (5k, 10k, half, marathon or a distance in km)');
    const distance: RaceClass | number | null =
      NAMED[distText.toLowerCase()] ?? number(distText.replace(/km$/i, ''), 3, 100);
    if (distance === null)
      return usageError(ctx, `--distance: "${distText}" is not 5k, 10k, half, marathon or 3 to 100 km`);
    const raceDate = get('--race-date');
    if (!raceDate) return usageError(ctx, 'generate needs --race-date YYYY-MM-DD');
    if (!isIsoDate(raceDate)) return usageError(ctx, `--race-date: "${raceDate}" is not a calendar date (YYYY-MM-DD)`);
    const start = get('--start');
    if (start !== undefined && !isIsoDate(start))
      return usageError(ctx, `--start: "${start}" is not a calendar date (YYYY-MM-DD)`);

    const levelText = get('--level') ?? 'intermediate';
    if (!LEVELS.includes(levelText as Level))
      return usageError(ctx, `--level: "${levelText}" is not beginner, intermediate or advanced`);
    const runDays = get('--run-days') === undefined ? 5 : number(get('--run-days')!, 1, 7);
    if (runDays === null || !Number.isInteger(runDays))
      return usageError(ctx, `--run-days: "${get('--run-days')}" is not a whole number from 1 to 7`);
    let days: DayCode[] | null = null;
    if (get('--days') !== undefined) {
      const list = get('--days')!
        .toLowerCase()
        .split(',')
        .map((d) => d.trim().slice(0, 3));
      const bad = list.find((d) => !DAY_CODES.includes(d as DayCode));
      if (bad !== undefined || list.length === 0)
        return usageError(ctx, `--days: "${get('--days')}" is not a list like mon,wed,fri,sun`);
      days = DAY_CODES.filter((d) => list.includes(d));
    }
    let longRunDay: DayCode | null = null;
    if (get('--long-run-day') !== undefined) {
      const d = get('--long-run-day')!.toLowerCase().slice(0, 3) as DayCode;
      if (!DAY_CODES.includes(d))
        return usageError(ctx, `--long-run-day: "${get('--long-run-day')}" is not a day (mon … sun)`);
      longRunDay = d;
    }
    const weekly = get('--weekly-km') === undefined ? null : number(get('--weekly-km')!, 0, 500);
    if (get('--weekly-km') !== undefined && weekly === null)
      return usageError(ctx, `--weekly-km: "${get('--weekly-km')}" is not a distance from 0 to 500 km`);
    const longest = get('--longest-run-km') === undefined ? null : number(get('--longest-run-km')!, 0, 300);
    if (get('--longest-run-km') !== undefined && longest === null)
      return usageError(ctx, `--longest-run-km: "${get('--longest-run-km')}" is not a distance from 0 to 300 km`);
    let easy: number | null = null;
    if (get('--easy-pace') !== undefined) {
      easy = parseRaceTime(get('--easy-pace')!);
      if (easy === null || easy < 150 || easy > 900)
        return usageError(ctx, `--easy-pace: "${get('--easy-pace')}" is not a pace from 2:30 to 15:00 per km`);
    }
    let recentRace: GoalInput['athlete']['recentRace'] = null;
    if (get('--race-time') !== undefined) {
      const [d, t] = get('--race-time')!.split('=');
      const km = d ? parseRaceDistance(d) : null;
      const sec = t ? parseRaceTime(t) : null;
      if (km == null || sec == null)
        return usageError(ctx, `--race-time: "${get('--race-time')}" is not like 10k=45:00`);
      const problem = raceProblem('--race-time', d, t, km, sec);
      if (problem) return usageError(ctx, problem);
      recentRace = { distanceKm: km, timeSec: sec };
    }

    // plan-file.md: a plan's name is 1–100 characters; a longer one would write a file that does not import.
    const name = get('--name')?.trim();
    if (name !== undefined && name.length > 100)
      return usageError(
        ctx,
        `--name: "${name.slice(0, 40)}"… is ${name.length} characters long, over the 100 allowed for a plan's name`,
      );
    // The athlete's name heads the PDF and names the athlete an import creates; "Athlete" unless given.
    const athleteName = get('--athlete-name')?.trim();
    if (athleteName !== undefined && athleteName.length > 100)
      return usageError(
        ctx,
        `--athlete-name: "${athleteName.slice(0, 40)}"… is ${athleteName.length} characters long, over the 100 allowed for a name`,
      );

    // The plan's display units, as the app drafts in the athlete's (the figures stay in km).
    const units = get('--units') ?? 'km';
    if (units !== 'km' && units !== 'mi') return usageError(ctx, `--units: "${units}" is not km or mi`);

    const result = generatePlan({
      distance,
      raceDate,
      startDate: start ?? null,
      name: name || null,
      units,
      athlete: {
        name: athleteName || undefined,
        level: levelText as Level,
        runDaysPerWeek: runDays,
        availableDays: days,
        longRunDay,
        easyPaceSecPerKm: easy,
        recentRace,
        recentWeeklyKm: weekly,
        recentLongestRunKm: longest,
      },
    });
    if (!result.ok) {
      ctx.io.stderr(`stride: ${result.message}\n`);
      return EXIT_USAGE;
    }
    const text = draftFileText(result);
    if (output === '-') ctx.io.stdout(text);
    else writeFileAtomic(path.resolve(ctx.io.cwd, output), text);
    if (start === undefined) {
      const late = pastStartNotice(result.data.plan.startDate, result.data.plan.weekStartsOn);
      if (late) ctx.io.stderr(`stride: ${late}\n`);
    }
    // A coach running it for the first time sees that it worked and what comes next. Not with
    // -o -: standard output is then the draft itself, piped on elsewhere.
    if (output !== '-') {
      const { weeks, startDate } = result.data.plan;
      ctx.io.stderr(
        `stride: wrote ${output} (${planSpan({ weeks, startDate })}). ` +
          `Add it to your plans with: npx stride import ${shellWord(output)}\n`,
      );
    }
    return EXIT_OK;
  },
};

/**
 * A draft left to its usual length can begin weeks before today (a race three weeks away): say so
 * and how to start it this week, as the app's goal dialog does. Nothing for a draft that starts
 * this week or later.
 */
function pastStartNotice(startDate: IsoDate, weekStartsOn: WeekStart): string | null {
  const thisWeek = startOfWeek(todayLocal(new Date()), weekStartsOn);
  if (startDate >= thisWeek) return null;
  const past = daysBetween(startDate, thisWeek) / 7;
  const weeks = past === 1 ? 'week is' : `${past} weeks are`;
  return `the draft starts ${longDateLabel(startDate)}: its first ${weeks} already past; --start ${thisWeek} starts it this week`;
}

/** A file name as a shell reads it back: as it is where it is plain, else in single quotes. */
function shellWord(name: string): string {
  return /^[\w./+,:@%=-]+$/.test(name) ? name : `'${name.replace(/'/g, `'\\''`)}'`;
}
