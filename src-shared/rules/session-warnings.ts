/**
 * The session flags of recovery-rules.md ("Warnings"): `back-to-back-hard`,
 * `too-soon-after-race` and `run-spike`. Nothing is changed; the coach is told.
 *
 * How pairs are reported (the spec leaves it open):
 * - `back-to-back-hard`: one warning per pair of hard coach sessions on the same day or on
 *   consecutive days (three hard days in a row give two warnings). Neither session of a pair is
 *   "the" culprit, so both are listed in time order: earlier first, and on one day by id; `dates`
 *   holds the distinct dates, earlier first.
 * - `too-soon-after-race`: one warning per (hard session, race) pair: the hard session
 *   first, then the race, in `sessionIds` and in `dates`.
 * - `run-spike`: the flagged run first, then the longest earlier run it is compared with (the
 *   most recent one where several are equally long). Where that run is the athlete's
 *   `recentLongestRunKm`, there is no session to name: `sessionIds` holds the flagged run only
 *   and `dates` also gives the day before the plan, where the spec counts that run.
 *
 * Thresholds compare exact decimals (integer millionths), never floats; a figure that involves an
 * estimated distance (v2) is no finite decimal and is compared in double precision (isOverDouble).
 */
import * as dayNumbers from '../domain/day-number';
import { fromDayNumber, shortDateLabel, toDayNumber } from '../domain/dates';
import * as decimal from '../domain/decimal';
import * as kinds from '../domain/kinds';
import { isOverDouble } from '../domain/load';
import type { CoachSession, DerivedSession, PlanWarning, RulesInput, WarningRuleId } from '../domain/types';
import { indexCoachSessions, type CoachIndex, type DatedSession } from './derive-sessions';
import { distanceWords } from './distance-words';
import { describeRace, describeSession, weekdayName } from './recovery-session';
import { unavailableDay } from './unavailable-day';

// What the per-session loops call, read once (tsx's getters: see domain/load.ts).
const { dayNumberOrNull } = dayNumbers;
const { toMicro } = decimal;
const { isRunningKind } = kinds;

/** The order of the spec's warning table, used to sort warnings on the same first date. */
export const WARNING_ORDER: readonly WarningRuleId[] = [
  'back-to-back-hard',
  'too-soon-after-race',
  'run-spike',
  'distance-jump',
  'over-run-days',
  'unavailable-day',
  'taper-short',
  'load-spike',
  'high-monotony',
];

const RANK = new Map(WARNING_ORDER.map((id, i) => [id, i]));

function compareText(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** By first date, then the spec's table order, then the session ids (as text, element by element). */
export function compareWarnings(a: PlanWarning, b: PlanWarning): number {
  const byDate = compareText(a.dates[0] ?? '', b.dates[0] ?? '');
  if (byDate) return byDate;
  const byRule = (RANK.get(a.ruleId) ?? 99) - (RANK.get(b.ruleId) ?? 99);
  if (byRule) return byRule;
  const n = Math.min(a.sessionIds.length, b.sessionIds.length);
  for (let i = 0; i < n; i++) {
    const c = compareText(a.sessionIds[i], b.sessionIds[i]);
    if (c) return c;
  }
  return a.sessionIds.length - b.sessionIds.length;
}

/** Spike limit: a single run over 110 % of the longest of the 30 days before it. */
const RUN_SPIKE_PERCENT = 110;
const RUN_SPIKE_WINDOW_DAYS = 30;

function dayLabel(day: number): string {
  return `${weekdayName(day)} ${shortDateLabel(fromDayNumber(day))}`;
}

function sessionLabel(s: Pick<CoachSession, 'kind' | 'title' | 'distanceKm'>, day: number): string {
  return `the ${describeSession(s)} on ${dayLabel(day)}`;
}

/** Whether the distance the rules read was estimated (v2: from the time at the athlete's paces). */
function isEstimated(s: object): boolean {
  return (s as { distanceEstimated?: boolean }).distanceEstimated === true;
}

/** "≈" before a distance the coach did not type. */
function estimatedMark(s: object): string {
  return isEstimated(s) ? '≈' : '';
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function uniqueDates(days: number[]): string[] {
  const out: string[] = [];
  for (const d of days) {
    const date = fromDayNumber(d);
    if (!out.includes(date)) out.push(date);
  }
  return out;
}

function backToBackHard(hard: readonly DatedSession[]): PlanWarning[] {
  const out: PlanWarning[] = [];
  // `hard` is in day-then-id order: every later session of the same day or the next follows it.
  for (let i = 0; i < hard.length; i++) {
    const a = hard[i];
    for (let j = i + 1; j < hard.length && hard[j].day <= a.day + 1; j++) {
      const b = hard[j];
      const message =
        a.day === b.day
          ? `${dayLabel(a.day)} holds two hard sessions, the ${describeSession(a.session)} and the ` +
            `${describeSession(b.session)}; stringing hard efforts together weakens rather than builds, so spread them out`
          : `${capitalised(sessionLabel(a.session, a.day))} and ${sessionLabel(b.session, b.day)} are hard sessions on ` +
            'consecutive days; stringing hard efforts together weakens rather than builds, so put an easy day between them';
      out.push({
        ruleId: 'back-to-back-hard',
        severity: 'warning',
        dates: uniqueDates([a.day, b.day]),
        sessionIds: [a.session.id, b.session.id],
        message,
      });
    }
  }
  return out;
}

function tooSoonAfterRace(hard: readonly DatedSession[]): PlanWarning[] {
  const out: PlanWarning[] = [];
  // v2: every race (v1 had long races only); a race is always hard.
  const races = hard.filter((h) => h.session.kind === 'race');
  if (races.length === 0) return out; // most plans: no map of the hard days needed
  const hardByDay = new Map<number, DatedSession[]>();
  for (const h of hard) {
    const list = hardByDay.get(h.day);
    if (list) list.push(h);
    else hardByDay.set(h.day, [h]);
  }
  for (const race of races) {
    // One easy day per 3 km raced: ceil(distanceKm / 3), from the exact decimal.
    const easyDays = Math.ceil(toMicro(race.session.distanceKm ?? 0) / 3_000_000);
    for (let k = 1; k <= easyDays; k++) {
      for (const h of hardByDay.get(race.day + k) ?? []) {
        out.push({
          ruleId: 'too-soon-after-race',
          severity: 'warning',
          dates: [fromDayNumber(h.day), fromDayNumber(race.day)],
          sessionIds: [h.session.id, race.session.id],
          message:
            `${capitalised(sessionLabel(h.session, h.day))} comes ${k === 1 ? '1 day' : `${k} days`} after the ` +
            `${describeRace(race.session)} on ${dayLabel(race.day)}; allow about ${easyDays === 1 ? '1 easy day' : `${easyDays} easy days`} ` +
            '(one per 3 km raced) before the next hard session',
        });
      }
    }
  }
  return out;
}

/** An earlier run that `run-spike` compares with. */
interface Run {
  day: number;
  micro: number;
  /** The distance as read, and whether it was estimated (then thresholds compare doubles). */
  km: number;
  estimated: boolean;
  /** null for the athlete's `recentLongestRunKm`, which is no session. */
  session: Pick<CoachSession, 'id' | 'kind' | 'title' | 'distanceKm'> | null;
}

/**
 * The runs `run-spike` compares with, by day; on one day coach sessions (by id), then derived,
 * then the recent-run figure. Only runs with a distance over 0 count. The coach sessions come in
 * day order from the index and the others by day, so the two lists are merged, not sorted.
 */
function runsByDay(input: RulesInput, index: CoachIndex, derived: readonly DerivedSession[]): Run[] {
  // The recent-run figure counts on the day before the plan, and every derived session lies
  // inside the plan, so the figure comes first among the others.
  const others: Run[] = [];
  const recent = input.athlete.recentLongestRunKm;
  const recentMicro = recent == null ? 0 : toMicro(recent);
  if (recentMicro > 0)
    others.push({ day: index.first - 1, micro: recentMicro, km: recent ?? 0, estimated: false, session: null });
  for (const d of derived) {
    const micro = toMicro(d.distanceKm ?? 0);
    if (isRunningKind(d.kind) && micro > 0)
      others.push({
        day: dayNumberOrNull(d.date) ?? toDayNumber(d.date),
        micro,
        km: d.distanceKm ?? 0,
        estimated: false,
        session: d,
      });
  }
  const runs: Run[] = [];
  let next = 0;
  for (const c of index.running) {
    const micro = toMicro(c.session.distanceKm ?? 0);
    if (micro <= 0) continue;
    while (next < others.length && others[next].day < c.day) runs.push(others[next++]); // a tie: coach first
    runs.push({
      day: c.day,
      micro,
      km: c.session.distanceKm ?? 0,
      estimated: isEstimated(c.session),
      session: c.session,
    });
  }
  while (next < others.length) runs.push(others[next++]);
  return runs;
}

/**
 * Each running coach session other than a race against the longest run of D−30 to D−1, in one
 * pass: a sliding window whose deque holds the runs that could still be the longest (lengths
 * never rising from front to back), so the front is the longest. A run replaces equally long runs
 * of earlier days, so the one named is the most recent of them; on one day the first pushed
 * stays (coach sessions by id, then derived, then the recent-run figure).
 */
function runSpike(input: RulesInput, index: CoachIndex, derived: readonly DerivedSession[]): PlanWarning[] {
  const runs = runsByDay(input, index, derived);
  const out: PlanWarning[] = [];
  // Without the athlete's recent longest run, a run whose 30 days reach back before the plan is
  // compared with the plan's runs alone: the coach is told, so week 1's flags read as what they are.
  const unknownBefore = input.athlete.recentLongestRunKm == null ? toDayNumber(input.plan.startDate) : null;
  const window: Run[] = [];
  let head = 0; // window[head..] is the deque
  let next = 0; // next run to enter the window
  for (const c of index.running) {
    const s = c.session;
    if (s.kind === 'race') continue;
    const micro = toMicro(s.distanceKm ?? 0);
    if (micro <= 0) continue;
    for (; next < runs.length && runs[next].day < c.day; next++) {
      const run = runs[next];
      while (window.length > head) {
        const back = window[window.length - 1];
        if (back.micro < run.micro || (back.micro === run.micro && back.day < run.day)) window.pop();
        else break;
      }
      window.push(run);
    }
    while (head < window.length && window[head].day < c.day - RUN_SPIKE_WINDOW_DAYS) head++;
    if (head === window.length) continue; // no earlier run: nothing to compare with
    const ref = window[head];
    const refDay = ref.day;
    // Exact decimals, or (v2) doubles where an estimated distance is involved.
    const over =
      ref.estimated || isEstimated(s)
        ? isOverDouble((s.distanceKm ?? 0) * 100, ref.km * RUN_SPIKE_PERCENT)
        : micro * 100 > ref.micro * RUN_SPIKE_PERCENT;
    if (!over) continue;
    // Percent longer, rounded half up from the exact values.
    const percent = Math.floor((200 * (micro - ref.micro) + ref.micro) / (2 * ref.micro));
    const longer = percent <= RUN_SPIKE_PERCENT - 100 ? `just over ${RUN_SPIKE_PERCENT - 100} %` : `${percent} %`;
    const units = input.plan.units;
    const compared = ref.session
      ? `${estimatedMark(ref.session)}${distanceWords(ref.micro, units)}, ${sessionLabel(ref.session, refDay)}`
      : `${distanceWords(ref.micro, units)}, the athlete's longest run of the 30 days before the plan`;
    out.push({
      ruleId: 'run-spike',
      severity: 'warning',
      dates: [fromDayNumber(c.day), fromDayNumber(refDay)],
      sessionIds: ref.session ? [s.id, ref.session.id] : [s.id],
      message:
        `${capitalised(sessionLabel(s, c.day))} covers ${estimatedMark(s)}${distanceWords(micro, units)}, ${longer} longer than the longest run of the ` +
        `30 days before it (${compared}); single runs over 110 % of that have been linked to running injuries` +
        (unknownBefore !== null && c.day - RUN_SPIKE_WINDOW_DAYS < unknownBefore
          ? `; Stride does not know the athlete's running before the plan (set "Longest run in the last 30 days" in the athlete's settings to count it)`
          : ''),
    });
  }
  return out;
}

/**
 * The session flags of a plan, from its coach sessions and the derived sessions left after
 * dismissals; `index` is the plan's parsed coach sessions, for a caller that already has it.
 */
export function sessionWarnings(
  input: RulesInput,
  derived: DerivedSession[],
  index: CoachIndex = indexCoachSessions(input),
): PlanWarning[] {
  const out = [...backToBackHard(index.hard), ...tooSoonAfterRace(index.hard), ...runSpike(input, index, derived)];
  out.push(...unavailableDay(input, index));
  return out.sort(compareWarnings);
}
