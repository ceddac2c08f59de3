/**
 * How the taper and race week may be laid out, in the order the search tries them. Decides where
 * the quality session 2–10 days before the race may go (constraint 6: race week first, then the
 * taper's weeks, last the week before the taper in a short plan; never next to a long run, so no
 * two hard days touch: constraint 2), and the other layouts tried before a refusal: easy runs
 * inside the taper window first, rest days after the taper's hard sessions, a shorter taper long
 * run, short warm-ups, fewer repetitions, no load-spiking first quality session, a second pass.
 */
import type { Frame } from './plan-frame';
import { isoWeekday, type ResolvedGoal } from './goal';

/**
 * How the taper and race week are laid out (our choices, searched in draftWith before a refusal):
 * where the quality session 2–10 days before the race goes, whether the taper weeks' easy runs sit
 * inside the taper window first, whether every recovery run of the taper gets a rest day instead,
 * and how far the taper's long runs shrink with the rest of its running.
 */
export interface TaperLayout {
  /** Day (offset from the plan's start) of the quality session 2–10 days out; -1: none. */
  raceQ: number;
  windowFirst: boolean;
  blockAll: boolean;
  /** The taper long run's scale relative to the rest of the taper's running. */
  lrScale: number;
  /** The taper's quality sessions with 3-minute warm-ups and cool-downs (a tiny week's last resort). */
  shortQ: boolean;
  /** Quality repetitions rounded down, never up (a week whose 20 % of hard minutes is tight). */
  fewerReps?: boolean;
  /** No quality session before the taper where it would spike the week's load (tiny weeks). */
  acwrGuard?: boolean;
  /** Built twice, the long run sized the second time beside the recovery runs the first ended with. */
  twoPass?: boolean;
}

/**
 * Days 2–10 before the race where its quality session may go, in a coach's order: race week first
 * (4, 3, 5, 2, 6 days out), then the taper's weeks, their usual quality day first (so a week before
 * a Wednesday race keeps Wed tempo, Fri easy, Sun long rather than Fri tempo, Sat easy, Sun long
 * after an empty Wednesday and Thursday), then by the same nearness; never next to a long run.
 */
function raceQualityDays(g: ResolvedGoal, f: Frame): number[] {
  const startWd = isoWeekday(g.startDate);
  const lrDays: number[] = [];
  for (let w = 1; w < f.n; w++) lrDays.push(7 * (w - 1) + f.lrOffset);
  const ok = (d: number) => g.available[(startWd + d) % 7] && lrDays.every((l) => Math.abs(d - l) >= 2);
  const raceWeekStart = 7 * (f.n - 1);
  const out: number[] = [];
  for (const back of [4, 3, 5, 2, 6]) {
    const d = f.raceDay - back;
    if (d >= raceWeekStart && ok(d)) out.push(d);
  }
  const taperDays: number[] = [];
  for (const back of [4, 3, 5, 2, 6, 7, 8, 9, 10]) {
    const d = f.raceDay - back;
    if (d < raceWeekStart && d >= 7 * f.k && ok(d)) taperDays.push(d);
  }
  out.push(...taperDays.filter((d) => d % 7 === f.qOffset), ...taperDays.filter((d) => d % 7 !== f.qOffset));
  return out;
}

/** Days 2–10 before the race in the last week before the taper (short plans), never next to a long run. */
function preTaperQualityDays(g: ResolvedGoal, f: Frame): number[] {
  const startWd = isoWeekday(g.startDate);
  const out: number[] = [];
  for (const back of [7, 8, 9, 10]) {
    const d = f.raceDay - back;
    if (d < 7 * (f.k - 1) || d >= 7 * f.k || !g.available[(startWd + d) % 7]) continue;
    let clear = true;
    for (let w = 1; w < f.n; w++) if (Math.abs(d - (7 * (w - 1) + f.lrOffset)) < 2) clear = false;
    if (clear) out.push(d);
  }
  return out;
}

/** The taper layouts searched, in order: the usual one first. */
export function taperLayouts(g: ResolvedGoal, f: Frame): TaperLayout[] {
  const days = raceQualityDays(g, f);
  if (days.length === 0) days.push(-1);
  const out: TaperLayout[] = [];
  for (const raceQ of days) {
    out.push({ raceQ, windowFirst: false, blockAll: false, lrScale: 1, shortQ: false });
    out.push({ raceQ, windowFirst: true, blockAll: false, lrScale: 1, shortQ: false });
    out.push({ raceQ, windowFirst: true, blockAll: true, lrScale: 1, shortQ: false });
    out.push({ raceQ, windowFirst: true, blockAll: true, lrScale: 0.5, shortQ: false });
  }
  for (const raceQ of days) out.push({ raceQ, windowFirst: true, blockAll: true, lrScale: 1, shortQ: true });
  out.push({ raceQ: days[0], windowFirst: false, blockAll: false, lrScale: 1, shortQ: false, fewerReps: true });
  out.push({ raceQ: days[0], windowFirst: true, blockAll: true, lrScale: 1, shortQ: false, fewerReps: true });
  for (const raceQ of days) {
    const guard = { raceQ, lrScale: 1, fewerReps: true, acwrGuard: true };
    out.push({ ...guard, windowFirst: false, blockAll: false, shortQ: false, twoPass: true });
    out.push({ ...guard, windowFirst: false, blockAll: false, shortQ: false });
    out.push({ ...guard, windowFirst: true, blockAll: true, shortQ: false });
    out.push({ ...guard, windowFirst: true, blockAll: true, shortQ: true });
  }
  // Last, the race's quality session in the week before the taper.
  for (const raceQ of preTaperQualityDays(g, f)) {
    const base = { raceQ, lrScale: 1, fewerReps: true, acwrGuard: true, windowFirst: true, blockAll: true };
    out.push({ ...base, shortQ: false }, { ...base, shortQ: true });
  }
  return out;
}
