/**
 * The coach's bigger operations (copy and paste weeks, repeat a week, insert and delete weeks,
 * shift the plan, change its frame, multi-session copy/paste/move/delete) as pure builders of
 * `PlanEdit` lists. `applyEdits` applies a list in one go and its inverse undoes it in one step.
 *
 * Order matters inside a list: moves run away from the direction of travel (latest first when
 * moving later) so that a session always lands on a day its own occupants have already left,
 * which keeps each day's order.
 */
import { StrideError } from '../api/errors';
import { addDays, dayLabel, daysBetween, startOfWeek, type IsoDate } from '../domain/dates';
import { planEndDate, weekIndexOf, weekStartOf } from '../domain/plan-frame';
import type { CoachSession, DerivedRuleId } from '../domain/types';
import { plural } from './edit-messages';
import type { PlanContent, PlanEdit, PlanSettings, SessionFields } from './plan-edit';

export const MAX_WEEKS = 104;

export type ClipSession = SessionFields & { dayOffset: number };

export interface WeekClipboard {
  kind: 'weeks';
  weeks: number;
  sessions: ClipSession[];
  dismissed: { dayOffset: number; ruleId: DerivedRuleId }[];
}

export interface SessionClipboard {
  kind: 'sessions';
  sessions: ClipSession[];
}

function fieldsOf(s: CoachSession): SessionFields {
  return {
    kind: s.kind,
    title: s.title,
    durationMin: s.durationMin,
    distanceKm: s.distanceKm,
    rpe: s.rpe,
    notes: s.notes,
  };
}

const weekOf = (content: PlanContent, date: IsoDate) => weekIndexOf(content.settings, date);

function inWeeks(content: PlanContent, weeks: ReadonlySet<number>) {
  return (x: { date: IsoDate }) => {
    const w = weekOf(content, x.date);
    return w !== null && weeks.has(w);
  };
}

function assertWeeks(content: PlanContent, weeks: number[]): number[] {
  const sorted = [...new Set(weeks)].sort((a, b) => a - b);
  if (sorted.length === 0) throw new StrideError('invalid-input', 'Select a week first');
  for (const w of sorted) {
    if (!Number.isInteger(w) || w < 1 || w > content.settings.weeks) {
      throw new StrideError(
        'invalid-input',
        `This plan has no week ${w}; it has ${plural(content.settings.weeks, 'week')}`,
      );
    }
  }
  return sorted;
}

/** Sessions and dismissals of the selected weeks, by their day offset from the first one's start. */
export function copyWeeks(content: PlanContent, weeks: number[]): WeekClipboard {
  const sorted = assertWeeks(content, weeks);
  const first = sorted[0];
  const origin = weekStartOf(content.settings, first);
  const chosen = new Set(sorted);
  const pick = inWeeks(content, chosen);
  return {
    kind: 'weeks',
    weeks: sorted[sorted.length - 1] - first + 1,
    sessions: content.sessions.filter(pick).map((s) => ({ ...fieldsOf(s), dayOffset: daysBetween(origin, s.date) })),
    dismissed: content.dismissed
      .filter(pick)
      .map((d) => ({ dayOffset: daysBetween(origin, d.date), ruleId: d.ruleId })),
  };
}

function pastMaximum(lastWeek: number, what: string): string | null {
  return lastWeek > MAX_WEEKS ? `${what} would need week ${lastWeek}, and a plan has at most ${MAX_WEEKS} weeks` : null;
}

function refusePastMaximum(lastWeek: number, what: string): void {
  const refused = pastMaximum(lastWeek, what);
  if (refused) throw new StrideError('invalid-input', refused);
}

/**
 * The sentence refusing a repeat whose copies would need a week past 104, or null when they fit
 * (the Repeat dialog says it as the coach types; the builder refuses with it).
 */
export function repeatPastMaximum(week: number, times: number, blockWeeks = 1): string | null {
  const what = blockWeeks === 1 ? `week ${week}` : `weeks ${week}–${week + blockWeeks - 1}`;
  return pastMaximum(
    week + blockWeeks * (times + 1) - 1,
    `Repeating ${what} ${times === 1 ? 'once' : `${times} times`}`,
  );
}

/** Edits that empty the given weeks (sessions and dismissals). */
function clearEdits(content: PlanContent, weeks: ReadonlySet<number>): PlanEdit[] {
  const pick = inWeeks(content, weeks);
  return [
    ...content.sessions.filter(pick).map((s): PlanEdit => ({ op: 'session.delete', id: s.id })),
    ...content.dismissed.filter(pick).map((d): PlanEdit => ({ op: 'dismissal.remove', dismissal: d })),
  ];
}

/** Replaces the target weeks' contents with the clipboard's; the plan grows up to 104 weeks. */
export function pasteWeeksEdits(
  content: PlanContent,
  clip: WeekClipboard,
  targetWeek: number,
  newId: () => string,
): PlanEdit[] {
  if (!Number.isInteger(targetWeek) || targetWeek < 1) {
    throw new StrideError('invalid-input', `Week ${targetWeek} is not a week of this plan`);
  }
  const lastWeek = targetWeek + clip.weeks - 1;
  refusePastMaximum(lastWeek, `Pasting ${plural(clip.weeks, 'week')} onto week ${targetWeek}`);
  const edits: PlanEdit[] = [];
  if (lastWeek > content.settings.weeks) edits.push({ op: 'plan.set', patch: { weeks: lastWeek } });
  const targets = new Set<number>();
  for (let w = targetWeek; w <= lastWeek; w++) targets.add(w);
  edits.push(...clearEdits(content, targets));
  const origin = weekStartOf(content.settings, targetWeek);
  for (const { dayOffset, ...fields } of clip.sessions) {
    edits.push({ op: 'session.add', session: { ...fields, id: newId(), date: addDays(origin, dayOffset) } });
  }
  for (const d of clip.dismissed) {
    edits.push({ op: 'dismissal.add', dismissal: { date: addDays(origin, d.dayOffset), ruleId: d.ruleId } });
  }
  return edits;
}

/**
 * The block of `blockWeeks` weeks from `week` on (1: that week alone) copied `times` times right
 * after it, block after block, replacing what is there: weeks 1–4 twice fill weeks 5–12. The plan
 * grows up to 104 weeks. One list of primitives, so main applies it in one transaction and its
 * inverse undoes it in one step; stored history needs nothing new.
 */
export function repeatWeekEdits(
  content: PlanContent,
  week: number,
  times: number,
  newId: () => string,
  blockWeeks = 1,
): PlanEdit[] {
  if (!Number.isInteger(times) || times < 1) throw new StrideError('invalid-input', 'Repeat a week at least once');
  if (!Number.isInteger(blockWeeks) || blockWeeks < 1) throw new StrideError('invalid-input', 'Select a week first');
  const one = copyWeeks(
    content,
    Array.from({ length: blockWeeks }, (_, i) => week + i),
  );
  // In the words of a repeat: the paste below would say "Pasting 1 week onto week 105 …".
  const refused = repeatPastMaximum(week, times, blockWeeks);
  if (refused) throw new StrideError('invalid-input', refused);
  const clip: WeekClipboard = { kind: 'weeks', weeks: times * blockWeeks, sessions: [], dismissed: [] };
  for (let i = 0; i < times; i++) {
    const shift = 7 * blockWeeks * i;
    clip.sessions.push(...one.sessions.map((s) => ({ ...s, dayOffset: s.dayOffset + shift })));
    clip.dismissed.push(...one.dismissed.map((d) => ({ ...d, dayOffset: d.dayOffset + shift })));
  }
  return pasteWeeksEdits(content, clip, week + blockWeeks, newId);
}

/** Moves every session and dismissal on or after `from` by `days`, keeping each day's order. */
function moveFrom(content: PlanContent, from: IsoDate, days: number): PlanEdit[] {
  if (days === 0) return [];
  const sessions = content.sessions.filter((s) => s.date >= from);
  const dismissed = content.dismissed.filter((d) => d.date >= from);
  return [...moveSessionList(sessions, days), ...moveDismissalList(dismissed, days)];
}

/** Groups by day; days run away from the direction of travel, each day's sessions in order. */
function moveSessionList(sessions: readonly CoachSession[], days: number): PlanEdit[] {
  const byDay = new Map<IsoDate, CoachSession[]>();
  for (const s of sessions) {
    const list = byDay.get(s.date);
    if (list) list.push(s);
    else byDay.set(s.date, [s]);
  }
  const order = [...byDay.keys()].sort();
  if (days > 0) order.reverse();
  const edits: PlanEdit[] = [];
  for (const day of order) {
    for (const s of byDay.get(day)!) edits.push({ op: 'session.move', id: s.id, date: addDays(day, days) });
  }
  return edits;
}

function moveDismissalList(dismissed: readonly { date: IsoDate; ruleId: DerivedRuleId }[], days: number): PlanEdit[] {
  const order = [...dismissed].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (days > 0) order.reverse();
  const edits: PlanEdit[] = [];
  for (const d of order) {
    edits.push({ op: 'dismissal.remove', dismissal: d });
    edits.push({ op: 'dismissal.add', dismissal: { date: addDays(d.date, days), ruleId: d.ruleId } });
  }
  return edits;
}

/** Empty weeks before `beforeWeek` (weeks + 1 appends); later sessions shift by as many weeks. */
export function insertWeeksEdits(content: PlanContent, beforeWeek: number, count: number): PlanEdit[] {
  const { weeks } = content.settings;
  if (!Number.isInteger(beforeWeek) || beforeWeek < 1 || beforeWeek > weeks + 1) {
    throw new StrideError('invalid-input', `This plan has no week ${beforeWeek}; it has ${plural(weeks, 'week')}`);
  }
  if (!Number.isInteger(count) || count < 1) throw new StrideError('invalid-input', 'Insert at least one week');
  refusePastMaximum(weeks + count, `Inserting ${plural(count, 'week')}`);
  return [
    { op: 'plan.set', patch: { weeks: weeks + count } },
    ...moveFrom(content, weekStartOf(content.settings, beforeWeek), 7 * count),
  ];
}

/** Deletes the weeks with their sessions; later sessions move up; the plan shrinks. */
export function deleteWeeksEdits(content: PlanContent, weeks: number[]): PlanEdit[] {
  const sorted = assertWeeks(content, weeks);
  if (sorted.length >= content.settings.weeks) {
    throw new StrideError('invalid-input', 'A plan keeps at least one week; delete the plan instead');
  }
  const chosen = new Set(sorted);
  const edits = clearEdits(content, chosen);
  // Each remaining item moves up by the number of deleted weeks before its own week.
  const earlier = (w: number) => sorted.filter((d) => d < w).length;
  const keep = (x: { date: IsoDate }) => !chosen.has(weekOf(content, x.date) ?? 0);
  const shifts = new Map<number, CoachSession[]>();
  for (const s of content.sessions.filter(keep)) {
    const k = earlier(weekOf(content, s.date) ?? 0);
    if (k > 0) shifts.set(k, [...(shifts.get(k) ?? []), s]);
  }
  // Moving earlier: earliest days first, so a day is empty (deleted or moved) when sessions land on it.
  const moved = [...shifts.entries()].sort((a, b) => a[0] - b[0]);
  for (const [k, list] of moved) edits.push(...moveSessionList(list, -7 * k));
  for (const d of content.dismissed.filter(keep)) {
    const k = earlier(weekOf(content, d.date) ?? 0);
    if (k > 0) edits.push(...moveDismissalList([d], -7 * k));
  }
  edits.push({ op: 'plan.set', patch: { weeks: content.settings.weeks - sorted.length } });
  return edits;
}

/** Empties the weeks (sessions and dismissals); the weeks stay. */
export function clearWeeksEdits(content: PlanContent, weeks: number[]): PlanEdit[] {
  return clearEdits(content, new Set(assertWeeks(content, weeks)));
}

/** The whole plan (frame, sessions, dismissals) moves by whole weeks. */
export function shiftPlanEdits(content: PlanContent, weeks: number): PlanEdit[] {
  if (!Number.isInteger(weeks) || weeks === 0) return [];
  const days = 7 * weeks;
  return [
    { op: 'plan.set', patch: { startDate: addDays(content.settings.startDate, days) } },
    ...moveSessionList(content.sessions, days),
    ...moveDismissalList(content.dismissed, days),
  ];
}

export type FramePatch = Partial<Pick<PlanSettings, 'startDate' | 'weekStartsOn' | 'weeks'>>;

/**
 * A new start date, week start or length. `keep-dates` (the default a coach is offered): every
 * session stays on its day; a new week start grows the plan just enough to keep the last
 * sessions in. `move-with-weeks`: sessions keep their place in their week and move with it.
 * Either way a session that would fall outside the plan refuses the change, naming it.
 */
export function changeFrameEdits(
  content: PlanContent,
  patch: FramePatch,
  mode: 'keep-dates' | 'move-with-weeks',
): PlanEdit[] {
  const before = content.settings;
  const weekStartsOn = patch.weekStartsOn ?? before.weekStartsOn;
  const startDate = startOfWeek(patch.startDate ?? before.startDate, weekStartsOn);
  let weeks = patch.weeks ?? before.weeks;
  const shift = daysBetween(before.startDate, startDate);
  if (mode === 'keep-dates' && patch.weeks === undefined) {
    // A week start moved earlier would cut off the last days (a Sunday race): cover them.
    const lastSession = content.sessions.length ? content.sessions[content.sessions.length - 1].date : null;
    const lastDay = lastSession && lastSession > planEndDate(before) ? lastSession : planEndDate(before);
    if (patch.startDate === undefined && lastDay > planEndDate({ startDate, weeks })) {
      weeks = Math.min(MAX_WEEKS, Math.floor(daysBetween(startDate, lastDay) / 7) + 1);
    }
  }
  const settings: Partial<PlanSettings> = {};
  if (startDate !== before.startDate) settings.startDate = startDate;
  if (weekStartsOn !== before.weekStartsOn) settings.weekStartsOn = weekStartsOn;
  if (weeks !== before.weeks) settings.weeks = weeks;
  const edits: PlanEdit[] = [];
  if (Object.keys(settings).length > 0) edits.push({ op: 'plan.set', patch: settings });
  if (mode === 'move-with-weeks' && shift !== 0) {
    edits.push(...moveSessionList(content.sessions, shift), ...moveDismissalList(content.dismissed, shift));
  }
  return edits;
}

/** The selected sessions by their day offset from the earliest one (in display order). */
export function copySessions(content: PlanContent, ids: string[]): SessionClipboard {
  const chosen = new Set(ids);
  const picked = content.sessions.filter((s) => chosen.has(s.id));
  if (picked.length === 0) return { kind: 'sessions', sessions: [] };
  const origin = picked[0].date;
  return {
    kind: 'sessions',
    sessions: picked.map((s) => ({ ...fieldsOf(s), dayOffset: daysBetween(origin, s.date) })),
  };
}

/** The copied sessions from `date` on, each keeping its offset from the first. */
export function pasteSessionsEdits(
  content: PlanContent,
  clip: SessionClipboard,
  date: IsoDate,
  newId: () => string,
): PlanEdit[] {
  const end = planEndDate(content.settings);
  const beyond = clip.sessions.filter((s) => addDays(date, s.dayOffset) > end);
  if (beyond.length > 0) {
    throw new StrideError(
      'invalid-input',
      `Pasting on ${dayLabel(date)} would put ${plural(beyond.length, 'session')} after the plan's last day (${dayLabel(end)})`,
    );
  }
  return clip.sessions.map(({ dayOffset, ...fields }) => ({
    op: 'session.add',
    session: { ...fields, id: newId(), date: addDays(date, dayOffset) },
  }));
}

/** The selected sessions move by `days` (Alt+arrows), each day's order kept. */
export function moveSessionsEdits(content: PlanContent, ids: string[], days: number): PlanEdit[] {
  if (days === 0) return [];
  const chosen = new Set(ids);
  return moveSessionList(
    content.sessions.filter((s) => chosen.has(s.id)),
    days,
  );
}

export function deleteSessionsEdits(content: PlanContent, ids: string[]): PlanEdit[] {
  const chosen = new Set(ids);
  return content.sessions.filter((s) => chosen.has(s.id)).map((s) => ({ op: 'session.delete', id: s.id }));
}
