/**
 * Reading a plan file's `sessions` and `dismissed` (plan-file.md): each coach session checked field
 * by field (a date inside the plan, a kind, a duration unless the kind or its steps give one,
 * version 2's steps and estimated distances), ids unique, the rules' own sessions skipped (they are
 * derived afresh), and dismissals as sorted, unique (date, rule) pairs.
 */
import type { IsoDate } from './dates';
import { KIND_NOUN, type SessionKind } from './kinds';
import { SESSION_MAX_MIN } from './plan-file-format';
import {
  childPath,
  isJsonObject,
  noticeUnknownKeys,
  numberFrom,
  readDate,
  readOptional,
  readRequired,
  readRequiredText,
  readText,
  showValue,
  type FileReport,
  type JsonObject,
} from './plan-file-fields';
import type { PlanRead } from './plan-file-read-plan';
import { ID, NOTES, RULES, TITLE } from './plan-file-rules';
import { normaliseSteps, stepsProblems, type StepItem } from './steps';
import type { CoachSession, Dismissal } from './types';

// Known keys; those the writer adds with the rules applied (`origin`, `ruleId`, `reason`,
// `sourceId`) are known too, so a written-out plan reads back without notices.
const SESSION_KEYS = new Set([
  'id',
  'date',
  'kind',
  'title',
  'durationMin',
  'distanceKm',
  'rpe',
  'notes',
  'origin',
  'ruleId',
  'reason',
  'sourceId',
  'steps',
  'distanceEstimated',
]);
const DISMISSAL_KEYS = new Set(['date', 'ruleId']);

export function readSessions(root: JsonObject, plan: PlanRead, report: FileReport): CoachSession[] | undefined {
  const list = root.sessions;
  if (!Array.isArray(list)) {
    report.errors.push(
      list === undefined || list === null
        ? `sessions: ${list === null ? 'null' : 'missing'}, but required (a list of sessions, which may be empty: [])`
        : `sessions: ${showValue(list)} is not a list of sessions`,
    );
    return undefined;
  }
  const out: CoachSession[] = [];
  const firstIndexOfId = new Map<string, number>();
  let ok = true;
  list.forEach((item: unknown, index) => {
    const path = childPath('sessions', index);
    if (!isJsonObject(item)) {
      report.errors.push(`${path}: ${showValue(item)} is not a session (a JSON object)`);
      ok = false;
      return;
    }
    const origin = readOptional(item, 'origin', path, RULES.origin, report);
    // Rules derive their sessions afresh every time: one in the file is skipped unchecked.
    if (origin === 'rule') return;
    const { id, session } = readSession(item, path, plan, report);
    if (id !== undefined) {
      const earlier = firstIndexOfId.get(id);
      if (earlier !== undefined) {
        report.errors.push(
          `${childPath(path, 'id')}: ${showValue(id)} is used by ${childPath('sessions', earlier)} too`,
        );
        ok = false;
      } else firstIndexOfId.set(id, index);
    }
    if (origin === undefined || !session) ok = false;
    else out.push(session);
  });
  // Date order with the file's order kept within a day (the coach's order of a day's sessions),
  // so writing the data out and reading it back gives the very same list.
  return ok ? out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) : undefined;
}

/** One coach session, or undefined when any field is bad; the id apart, where readable, for the duplicate check. */
function readSession(
  obj: JsonObject,
  path: string,
  plan: PlanRead,
  report: FileReport,
): { id: string | undefined; session: CoachSession | undefined } {
  noticeUnknownKeys(obj, path, SESSION_KEYS, report);
  const before = report.errors.length;
  const id = readRequiredText(obj, 'id', path, ID, report);
  const date = readDate(obj, 'date', path, report, true) ?? undefined;
  if (date !== undefined && plan.range && (date < plan.range.first || date > plan.range.last)) {
    report.errors.push(
      `${childPath(path, 'date')}: ${showValue(date)} is outside the plan (${plan.range.first} to ${plan.range.last})`,
    );
  }
  const kind = readRequired(obj, 'kind', path, RULES.kind, report);
  const title = readText(obj, 'title', path, TITLE, report);
  const durationMin = readOptional(obj, 'durationMin', path, RULES.durationMin, report);
  // v2: steps as data, every problem with its path (sessions[4].steps[2].repeat).
  let steps: StepItem[] | null = null;
  if (obj.steps !== undefined && obj.steps !== null) {
    const problems = stepsProblems(obj.steps, childPath(path, 'steps'));
    if (problems.length > 0) report.errors.push(...problems);
    else if ((obj.steps as unknown[]).length > 0) steps = normaliseSteps(obj.steps as StepItem[]);
  }
  // Only a rest day may go without a duration; v2: also a session with steps (their total) and a
  // race (its predicted time). With an unreadable kind there is nothing to say.
  if (
    // Steps that are there but wrong are reported at their own path; they still stand for the duration.
    (durationMin === 0 ||
      (durationMin === null && kind !== 'race' && !steps && !(Array.isArray(obj.steps) && obj.steps.length > 0))) &&
    kind !== undefined &&
    kind !== 'rest'
  ) {
    report.errors.push(
      durationMin === 0
        ? `${childPath(path, 'durationMin')}: ${KIND_NOUN[kind]} needs a duration over 0 minutes`
        : `${childPath(path, 'durationMin')}: ${KIND_NOUN[kind]} needs a duration (minutes, ${numberFrom(0, SESSION_MAX_MIN)})`,
    );
  }
  // v2: `distanceEstimated: true` marks an estimate written out by Stride, not the coach's distance.
  const estimated = obj.distanceEstimated === true;
  const distanceKm = estimated ? null : readOptional(obj, 'distanceKm', path, RULES.distanceKm, report);
  if (distanceKm === null && kind === 'race') {
    report.errors.push(`${childPath(path, 'distanceKm')}: a race needs a distance`);
  }
  const rpe = readOptional(obj, 'rpe', path, RULES.rpe, report);
  const notes = readText(obj, 'notes', path, NOTES, report);

  if (report.errors.length > before) return { id, session: undefined };
  const session: CoachSession = {
    id: id as string,
    date: date as IsoDate,
    kind: kind as SessionKind,
    // Trimmed; an empty title means the kind's default (effectiveTitle), kept as null.
    title: title ?? null,
    durationMin: durationMin ?? null,
    distanceKm: distanceKm ?? null,
    rpe: rpe ?? null,
    notes: notes ?? null,
  };
  if (steps) session.steps = steps;
  return { id, session };
}

export function readDismissed(root: JsonObject, report: FileReport): Dismissal[] | undefined {
  const list = root.dismissed;
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    report.errors.push(`dismissed: ${showValue(list)} is not a list of {date, ruleId} pairs`);
    return undefined;
  }
  const byKey = new Map<string, Dismissal>();
  let ok = true;
  list.forEach((item: unknown, index) => {
    const path = childPath('dismissed', index);
    if (!isJsonObject(item)) {
      report.errors.push(`${path}: ${showValue(item)} is not a {date, ruleId} pair`);
      ok = false;
      return;
    }
    noticeUnknownKeys(item, path, DISMISSAL_KEYS, report);
    // Any calendar date: a dismissal outside the plan's days is harmless and simply never matches.
    const date = readDate(item, 'date', path, report, true);
    const ruleId = readRequired(item, 'ruleId', path, RULES.ruleId, report);
    if (!date || !ruleId) ok = false;
    // The same pair twice means the same thing once (the store keeps one of each too).
    else byKey.set(`${date} ${ruleId}`, { date, ruleId });
  });
  if (!ok) return undefined;
  return [...byKey.values()].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0,
  );
}
