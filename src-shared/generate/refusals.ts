/**
 * When a goal is refused, and the sentence that says why (plan-generator.md "Input", the refused
 * list): the checks that need no draft (distance, run-day budget, dates, too few weeks, the race or
 * long run on a day off, no day for a hard session, no recent long run), and the refusal when the
 * peak long run cannot be reached within constraints 3–5, which names the earliest safe race date
 * keeping the start and the shorter race that fits, each drafted in full before it is offered.
 */
import { addDays, longDateLabel, shortDateLabel, startOfWeek, type IsoDate } from '../domain/dates';
import { kmToUnits } from '../domain/units';
import { OPTIONS, targetsWith } from './build-targets';
import { round1 } from './draft-grid';
import {
  MIN_WEEKS,
  RACE_CLASSES,
  RACE_NAME,
  raceName,
  isoWeekday,
  resolveGoal,
  weekdayGap,
  type GoalInput,
  type RaceClass,
  type ResolvedGoal,
} from './goal';
import { frameOf } from './plan-frame';

/** A goal refused: the sentence, and what it offers instead where it offers something. */
export interface Refusal {
  ok: false;
  message: string;
  earliestDate?: IsoDate;
  shorter?: RaceClass;
  /** The constraints the search's first draft broke (a fallback: a failure of ours, not a reason). */
  unmet?: string[];
}

/** The refusal of a goal that fails a check needing no draft, with the earliest date where too few weeks; null otherwise. */
export function goalRefusal(g: ResolvedGoal): Refusal | null {
  const basic = basicRefusal(g);
  if (!basic) return null;
  const min = MIN_WEEKS[g.raceClass];
  // Too few weeks: the same weekday, enough weeks later, is the earliest safe date.
  const tooShort = g.raceDate >= g.startDate && g.weeks < min && g.budget >= 3;
  return tooShort
    ? { ok: false, message: basic, earliestDate: addDays(g.raceDate, 7 * (min - g.weeks)) }
    : { ok: false, message: basic };
}

/** The sentence of a refusal that is not about reaching the peak long run; null when the goal may go ahead. */
export function basicRefusal(g: ResolvedGoal): string | null {
  const a = g.input.athlete;
  if (!(g.raceKm >= 3 && g.raceKm <= 100))
    return `A race of ${round1(g.raceKm)} km is outside what Stride drafts (3 to 100 km).`;
  if (g.budget < 3)
    return `The athlete can run on ${g.budget === 1 ? '1 day' : `${g.budget} days`} a week; a draft needs at least 3 (running days a week and days available).`;
  if (g.raceDate < g.startDate)
    return `The race on ${longDateLabel(g.raceDate)} is before the plan's start, ${longDateLabel(g.startDate)}.`;
  if (g.weeks > 104)
    return `From ${longDateLabel(g.startDate)} to the race is ${g.weeks} weeks; a plan has at most 104.`;
  const min = MIN_WEEKS[g.raceClass];
  if (g.weeks < min)
    return `From ${longDateLabel(g.startDate)} to the race is ${g.weeks === 1 ? '1 week' : `${g.weeks} weeks`}; a ${raceName(g)} plan needs at least ${min}. The earliest race date with this start is ${longDateLabel(addDays(g.raceDate, 7 * (min - g.weeks)))}.`;
  const raceWd = isoWeekday(g.raceDate);
  if (!g.available[raceWd]) return `The race on ${longDateLabel(g.raceDate)} falls on a day the athlete cannot run.`;
  if (a.longRunDay && !g.available[g.longRunWeekday])
    return `The long-run day, ${longDateLabel(g.raceDate).slice(0, 0)}${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][g.longRunWeekday]}, is not one of the days the athlete can run.`;
  if (g.raceDate === startOfWeek(g.raceDate, g.weekStartsOn) && (raceWd + 6) % 7 === g.longRunWeekday)
    return `The race on ${longDateLabel(g.raceDate)} is the day after the long-run day: move the race or choose another long-run day.`;
  let away = false;
  for (let d = 0; d < 7; d++) if (g.available[d] && weekdayGap(d, g.longRunWeekday) >= 2) away = true;
  if (!away)
    return 'No day the athlete can run is at least two days from the long-run day, so a hard session cannot be placed safely.';
  if (!(g.recentLongestRunKm > 0))
    return 'With no recent long run (0 km), a long run cannot grow safely: enter the athlete’s longest run of the last 30 days.';
  return null;
}

/** Whether the peak long run can be reached with some choice of ours (the long run's share, peak, cutbacks). */
function attempt(g: ResolvedGoal): boolean {
  const f = frameOf(g);
  if (!f) return false;
  return OPTIONS.some((opt) => targetsWith(g, f, opt) !== null);
}

/**
 * The refusal when the peak long run cannot be reached: earliest safe date keeping the start, and
 * the shorter race that fits. `generate` is the whole generator (generatePlan), passed in rather
 * than imported so that this file does not import the one that imports it.
 */
export function unreachable(g: ResolvedGoal, generate: (input: GoalInput) => { ok: boolean }): Refusal {
  // What the sentence offers must really draft: a date or race whose long run can be reached is
  // drafted in full before it is named (a few full searches at most; they rarely fail).
  let checks = 6;
  const drafts = (input: GoalInput): boolean => {
    if (checks <= 0) return true;
    checks--;
    return generate(input).ok;
  };
  let earliest: IsoDate | undefined;
  let weeksNeeded = 0;
  for (let extra = 1; extra <= 104 - g.weeks; extra++) {
    const date = addDays(g.raceDate, 7 * extra);
    const input = { ...g.input, raceDate: date, startDate: g.startDate };
    const later = resolveGoal(input);
    if (basicRefusal(later) === null && attempt(later) && drafts(input)) {
      earliest = date;
      weeksNeeded = later.weeks;
      break;
    }
  }
  let shorter: RaceClass | undefined;
  for (let i = RACE_CLASSES.indexOf(g.raceClass) - 1; i >= 0; i--) {
    const c = RACE_CLASSES[i];
    const input = { ...g.input, distance: c, startDate: g.startDate };
    const alt = resolveGoal(input);
    if (basicRefusal(alt) === null && attempt(alt) && drafts(input)) {
      shorter = c;
      break;
    }
  }
  // Where the longest run already reaches the peak, it is the week's distance that holds the long
  // run back (a long run is part of its week, and a week grows 10 % at most): say so.
  // In the athlete's units, as the goal dialog shows the figure (a miles coach read "12 km" there
  // beside "a longest run of 7.5 mi").
  const units = g.input.units ?? 'km';
  const dist = (km: number) => `${round1(kmToUnits(km, units))} ${units}`;
  const from =
    g.recentLongestRunKm >= g.peakMin && g.recentWeeklyKm > 0
      ? `From a recent week of ${dist(g.recentWeeklyKm)}, a ${raceName(g)}`
      : `From a longest run of ${dist(g.recentLongestRunKm)}, a ${raceName(g)}`;
  const needs = earliest
    ? `${from} needs about ${weeksNeeded} weeks: the earliest safe date is ${longDateLabel(earliest)}`
    : `${from} cannot be reached safely within 104 weeks`;
  const alt = shorter
    ? `; a ${RACE_NAME[shorter] === 'half marathon' ? 'half' : RACE_NAME[shorter]} fits ${shortDateLabel(g.raceDate)}`
    : '';
  return { ok: false, message: `${needs}${alt}.`, earliestDate: earliest, shorter };
}
