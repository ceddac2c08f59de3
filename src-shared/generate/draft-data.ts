/**
 * A draft as plan file data (format 2, plan-file.md): the athlete's settings as the goal resolved
 * them (so `stride rules` on the file judges the draft with the same defaults the generator used:
 * constraint 2), the plan's name ("Marathon on 16 May" unless the coach named it), its start,
 * length and the phase of every week (constraint 9).
 */
import { shortDateLabel } from '../domain/dates';
import type { PlanFileData } from '../domain/plan-file';
import { DAY_CODES, type CoachSession, type PhaseName, type PlanPhase } from '../domain/types';
import { raceName, type ResolvedGoal } from './goal';

/** The plan file data around the sessions: the athlete as the goal resolved it, the plan's name, dates and phases. */
export function draftData(g: ResolvedGoal, sessions: CoachSession[], phases: PhaseName[]): PlanFileData {
  const a = g.input.athlete;
  const planPhases: PlanPhase[] = [];
  for (let w = 1; w <= g.weeks; w++) planPhases.push({ week: w, phase: phases[w] });
  return {
    athlete: {
      name: a.name?.trim() || 'Athlete',
      level: a.level,
      runDaysPerWeek: a.runDaysPerWeek,
      easyPaceSecPerKm: a.easyPaceSecPerKm,
      fatigued: a.fatigued ?? false,
      recoveryStyle: a.recoveryStyle ?? 'runs',
      recentLongestRunKm: g.recentLongestRunKm,
      ...(a.availableDays && a.availableDays.length < 7
        ? { availableDays: DAY_CODES.filter((d) => a.availableDays?.includes(d)) }
        : {}),
      ...(a.longRunDay ? { longRunDay: a.longRunDay } : {}),
      recentWeeklyKm: g.recentWeeklyKm,
      ...(a.recentRace ? { recentRace: a.recentRace } : {}),
    },
    plan: {
      name:
        g.input.name?.trim() ||
        `${raceName(g).replace(/^./, (c) => c.toUpperCase())} on ${shortDateLabel(g.raceDate)}`,
      startDate: g.startDate,
      weeks: g.weeks,
      weekStartsOn: g.weekStartsOn,
      units: g.input.units ?? 'km',
      phases: planPhases,
    },
    sessions,
    dismissed: [],
  };
}
