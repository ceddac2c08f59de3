/**
 * What an athlete reads (the printed week, the weekly-schedule PDF, the .ics): what to do, in
 * plain words. No "auto", no "rules": the athlete follows the plan, whoever placed a session.
 * The coach's own views (calendar, inspector, the plan PDF) keep marking what the rules added.
 */
import { DEFAULT_TITLE, KIND_LABEL, effectiveTitle } from './kinds';
import type { PlanSession } from './types';
import { formatDuration } from './units';

/**
 * "Recovery run — easy, conversational, 30 min", "Intervals — 6 x 800 m", "Rest day": the
 * session as an instruction. `withDuration: false` where the duration is printed beside it.
 */
export function athleteSummary(session: PlanSession, options: { withDuration?: boolean } = {}): string {
  const title = effectiveTitle(session);
  const isDefault = title.toLowerCase() === DEFAULT_TITLE[session.kind].toLowerCase();
  if (session.kind === 'recovery' && isDefault) {
    const how = ['easy', 'conversational'];
    if (session.durationMin && options.withDuration !== false) how.push(formatDuration(session.durationMin));
    return `${title} — ${how.join(', ')}`;
  }
  return isDefault || startsWithKind(title, KIND_LABEL[session.kind]) ? title : `${KIND_LABEL[session.kind]} — ${title}`;
}

/** "Long run by the river" already says "Long run": the kind as a whole word, any case. */
function startsWithKind(title: string, label: string): boolean {
  if (title.slice(0, label.length).toLowerCase() !== label.toLowerCase()) return false;
  return !/^[\p{L}\p{N}]/u.test(title.slice(label.length));
}

/**
 * Why a session the rules added is there, as the athlete should hear it: the reason's first
 * clause ("Recovery run the day after Tuesday's 6 x 800 m intervals."), without the coach's
 * explanation after the colon (which talks about "the athlete" and the plan's settings).
 * Null for the coach's own sessions.
 */
export function athleteWhy(session: PlanSession): string | null {
  if (session.origin !== 'rule') return null;
  const first = session.reason.split(':')[0].trim();
  if (!first) return null;
  return /[.!?]$/.test(first) ? first : `${first}.`;
}
