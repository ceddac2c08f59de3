/**
 * Writing a plan file (plan-file.md): pretty JSON in the order of the page's example, null optional
 * fields left out, so that it reads back to the same data; with the rules applied, the derived
 * sessions, warnings, week figures and version 2's per-day load, fitness, fatigue and form too.
 */
import type { IsoDate } from './dates';
import { plainSession } from './coach-session';
import { planDays } from './fitness';
import type { JsonObject } from './plan-file-fields';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION, type PlanFileData } from './plan-file-format';
import { libraryJson } from './plan-file-library';
import {
  DAY_CODES,
  type CoachSession,
  type DerivedSession,
  type EvaluatedPlan,
  type PhaseName,
  type PlanWarning,
  type WeekFigures,
} from './types';

/**
 * The plan as file text: pretty JSON, fields in the order of plan-file.md's example, null
 * optional fields left out. With `evaluated` (the rules applied), every session carries its
 * `origin`, derived ones their `ruleId`, `reason` and `sourceId`, and `warnings` and `weeks` follow.
 */
export function planFileText(data: PlanFileData, evaluated: EvaluatedPlan | null): string {
  const { athlete, plan } = data;
  const file: Record<string, unknown> = {
    format: PLAN_FILE_FORMAT,
    version: PLAN_FILE_VERSION,
    athlete: withoutNulls({
      name: athlete.name,
      level: athlete.level,
      runDaysPerWeek: athlete.runDaysPerWeek,
      easyPaceSecPerKm: athlete.easyPaceSecPerKm,
      fatigued: athlete.fatigued,
      recoveryStyle: athlete.recoveryStyle,
      recentLongestRunKm: athlete.recentLongestRunKm,
      // v2; all seven days is the default and left out.
      availableDays:
        athlete.availableDays && athlete.availableDays.length > 0 && athlete.availableDays.length < 7
          ? DAY_CODES.filter((d) => athlete.availableDays?.includes(d))
          : null,
      longRunDay: athlete.longRunDay ?? null,
      recentWeeklyKm: athlete.recentWeeklyKm ?? null,
      recentRace: athlete.recentRace
        ? withoutNulls({
            distanceKm: athlete.recentRace.distanceKm,
            timeSec: athlete.recentRace.timeSec,
            date: athlete.recentRace.date ?? null,
          })
        : null,
    }),
    plan: withoutNulls({
      name: plan.name,
      startDate: plan.startDate,
      weeks: plan.weeks,
      weekStartsOn: plan.weekStartsOn,
      units: plan.units,
      goal: plan.goal ?? null,
      phases: plan.phases && plan.phases.length > 0 ? plan.phases.map((p) => ({ week: p.week, phase: p.phase })) : null,
    }),
    sessions: evaluated
      ? sessionsWithRules(data.sessions, evaluated.derived, estimatesById(evaluated))
      : data.sessions.map((s) => sessionJson(s)),
    dismissed: data.dismissed.map((d) => ({ date: d.date, ruleId: d.ruleId })),
  };
  if (data.library && data.library.length > 0) file.library = libraryJson(data.library);
  if (evaluated) {
    file.warnings = evaluated.warnings.map(warningJson);
    const phaseOf = new Map((plan.phases ?? []).map((p) => [p.week, p.phase]));
    file.weeks = evaluated.weeks.map((w) => weekJson(w, phaseOf.get(w.index)));
    // v2 (load.md): every plan day's load, fitness, fatigue and form.
    file.days = planDays({ athlete, plan }, evaluated.sessions);
  }
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Coach and derived sessions by date; a day's coach sessions keep their order (a stable sort). */
function sessionsWithRules(
  coach: readonly CoachSession[],
  derived: readonly DerivedSession[],
  estimated: ReadonlyMap<string, number>,
): JsonObject[] {
  const all: Array<{ date: IsoDate; json: JsonObject }> = [
    ...coach.map((s) => ({ date: s.date, json: { ...sessionJson(s, estimated.get(s.id)), origin: 'coach' } })),
    ...derived.map((s) => ({
      date: s.date,
      json: { ...sessionJson(s), origin: 'rule', ruleId: s.ruleId, reason: s.reason, sourceId: s.sourceId },
    })),
  ];
  return all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((x) => x.json);
}

/** A session's own fields as the file writes them (a derived one's rule fields are added by the caller). */
function sessionJson(s: CoachSession | DerivedSession, estimatedKm?: number): JsonObject {
  const json = withoutNulls({ ...plainSession(s) });
  // v2: an estimated distance is written (to 0.01 km) and marked, so reading it back ignores it.
  if (s.distanceKm == null && estimatedKm !== undefined) {
    const ordered: JsonObject = {};
    for (const [k, v] of Object.entries(json)) {
      ordered[k] = v;
      if (k === 'durationMin' || (k === 'title' && json.durationMin === undefined)) {
        ordered.distanceKm = Math.round(estimatedKm * 100) / 100;
        ordered.distanceEstimated = true;
      }
    }
    if (!('distanceKm' in ordered))
      Object.assign(ordered, { distanceKm: Math.round(estimatedKm * 100) / 100, distanceEstimated: true });
    return ordered;
  }
  return json;
}

/** Coach sessions' estimated distances by id (v2). */
function estimatesById(evaluated: EvaluatedPlan): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of evaluated.sessions) {
    if (s.origin === 'coach' && s.distanceKm == null && s.estimatedDistanceKm !== undefined)
      out.set(s.id, s.estimatedDistanceKm);
  }
  return out;
}

function warningJson(w: PlanWarning): JsonObject {
  return {
    ruleId: w.ruleId,
    severity: w.severity,
    dates: [...w.dates],
    sessionIds: [...w.sessionIds],
    message: w.message,
  };
}

function weekJson(w: WeekFigures, phase: PhaseName | undefined): JsonObject {
  const json: JsonObject = {
    index: w.index,
    start: w.start,
    loadAU: w.loadAU,
    minutes: w.minutes,
    distanceKm: w.distanceKm,
    estimatedKm: w.estimatedKm ?? 0,
    hardSessions: w.hardSessions,
    runDays: w.runDays,
    monotony: w.monotony,
    strain: w.strain,
    acwr: w.acwr,
    zones: { low: w.zones.low, moderate: w.zones.moderate, high: w.zones.high },
  };
  if (phase) json.phase = phase;
  return json;
}

function withoutNulls(obj: Record<string, unknown>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(obj)) if (value !== null && value !== undefined) out[key] = value;
  return out;
}
