/**
 * Any plan is a template (plan-generator.md "Templates"): its coach sessions, dismissals and
 * phases copied for another athlete, moved by whole weeks so every session keeps its weekday,
 * either to a new start or so that the plan's race lands on a given race date, and scaled.
 *
 * Pure and shared: the "Apply to athletes…" dialog previews with it, main stores what it gives,
 * and `stride import --start/--race-date/--scale` runs it on a file. Dates are calendar dates
 * moved with day numbers (dates.ts), never `Date`, so no time zone can shift a day.
 *
 * Choices where the spec is silent:
 * - A start date that is not the plan's first weekday means its week: it snaps back to the
 *   week's start (as a new plan does), so the shift stays whole weeks.
 * - "The plan's race" is its last race (the goal; earlier ones are tune-ups).
 * - A race date on another weekday than that race is refused, offering the nearest right day:
 *   moving by a part of a week would move every session off the weekday the coach chose.
 * - Neither date: the plan keeps its dates (a scaled copy).
 * - Kept derived sessions are coach sessions already and travel as such; session ids are kept
 *   (they are unique within a plan only, and the new plan has its own iCal identity).
 */
import {
  addDays,
  DATE_RANGE_TEXT,
  daysBetween,
  isDateInRange,
  longDateLabel,
  startOfWeek,
  WEEKDAY_NAMES,
  weekdayOf,
  type IsoDate,
} from '../domain/dates';
import { planEndDate } from '../domain/plan-frame';
import type { CoachSession, Dismissal, PlanPhase } from '../domain/types';
import type { PlanSettings } from '../edits/plan-edit';
import { SCALE_MAX, SCALE_MIN, scaleSession } from './scale-session';

/** A plan as a template reads it and as the copy comes out. */
export interface TemplatePlan {
  settings: PlanSettings;
  phases: readonly PlanPhase[];
  sessions: readonly CoachSession[];
  dismissed: readonly Dismissal[];
}

/** Where and how big the copy is: at most one of `startDate` and `raceDate`. */
export interface TemplateTarget {
  startDate?: IsoDate | null;
  raceDate?: IsoDate | null;
  /** Whole percent, 50–150; default 100. */
  scalePercent?: number | null;
}

export type TemplateField = 'startDate' | 'raceDate' | 'scalePercent';

export type TemplateResult =
  | { ok: true; plan: TemplatePlan; shiftDays: number }
  | { ok: false; message: string; field: TemplateField };

const refuse = (field: TemplateField, message: string): TemplateResult => ({ ok: false, message, field });

/** The plan's race: the last race session (the goal). */
export function templateRace(sessions: readonly CoachSession[]): CoachSession | null {
  let race: CoachSession | null = null;
  for (const s of sessions) if (s.kind === 'race' && (!race || s.date >= race.date)) race = s;
  return race;
}

function shiftFor(source: TemplatePlan, target: TemplateTarget): TemplateResult | number {
  const { startDate, raceDate } = target;
  if (startDate && raceDate) return refuse('raceDate', 'Give a start date or a race date, not both.');
  if (startDate) {
    if (!isDateInRange(startDate)) return refuse('startDate', `The start date must be a calendar date ${DATE_RANGE_TEXT}.`);
    return daysBetween(source.settings.startDate, startOfWeek(startDate, source.settings.weekStartsOn));
  }
  if (raceDate) {
    if (!isDateInRange(raceDate)) return refuse('raceDate', `The race date must be a calendar date ${DATE_RANGE_TEXT}.`);
    const race = templateRace(source.sessions);
    if (!race) return refuse('raceDate', 'This plan has no race to land on that date: give a start date instead, or add the race to the plan first.');
    const days = daysBetween(race.date, raceDate);
    if (days % 7 !== 0) {
      const weekday = WEEKDAY_NAMES[weekdayOf(race.date)];
      const back = ((days % 7) + 7) % 7;
      const nearest = addDays(raceDate, back <= 3 ? -back : 7 - back);
      return refuse(
        'raceDate',
        `The plan's race is on a ${weekday}, and ${longDateLabel(raceDate)} is a ${WEEKDAY_NAMES[weekdayOf(raceDate)]}: pick a ${weekday} (the nearest is ${longDateLabel(nearest)}) so every session keeps its weekday.`,
      );
    }
    return days;
  }
  return 0;
}

export function applyTemplate(source: TemplatePlan, target: TemplateTarget): TemplateResult {
  const percent = target.scalePercent ?? 100;
  if (!Number.isInteger(percent) || percent < SCALE_MIN || percent > SCALE_MAX) {
    return refuse('scalePercent', `The scale must be a whole percent from ${SCALE_MIN} to ${SCALE_MAX} (${percent} % is not).`);
  }
  const shift = shiftFor(source, target);
  if (typeof shift !== 'number') return shift;
  const settings = { ...source.settings, startDate: addDays(source.settings.startDate, shift) };
  if (!isDateInRange(settings.startDate) || !isDateInRange(planEndDate(settings))) {
    const field = target.raceDate ? 'raceDate' : 'startDate';
    return refuse(field, `The copy would run from ${longDateLabel(settings.startDate)} to ${longDateLabel(planEndDate(settings))}; plans stay ${DATE_RANGE_TEXT}.`);
  }
  const sessions: CoachSession[] = [];
  for (const s of source.sessions) {
    const result = scaleSession(s, percent);
    if (!result.ok) return refuse('scalePercent', result.message);
    sessions.push(shift === 0 ? result.session : { ...result.session, date: addDays(s.date, shift) });
  }
  const dismissed = source.dismissed.map((d) => ({ ...d, date: addDays(d.date, shift) }));
  return { ok: true, shiftDays: shift, plan: { settings, phases: source.phases.map((p) => ({ ...p })), sessions, dismissed } };
}
