/**
 * Rules 1–8 of recovery-rules.md: from the coach's hard sessions to the recovery runs and rest
 * days that make a safe week. Derived sessions are recomputed from the coach sessions every time
 * and are never inputs, so applying the rules to their own output changes nothing.
 *
 * The same pure function runs in the renderer on every drag, so everything is indexed by day
 * number (integers) and each date is parsed once: linear in the number of sessions.
 */
import * as dayNumbers from '../domain/day-number';
import { toDayNumber } from '../domain/dates';
import { sessionLoadMicro } from '../domain/load';
import * as kindFactsModule from '../domain/kind-facts';
import * as sessionFacts from '../domain/session-facts';
import {
  availabilityMask,
  runDayBudget,
  type CoachSession,
  type DerivedRuleId,
  type DerivedSession,
  type RulesInput,
} from '../domain/types';
import * as recoverySession from './recovery-session';
import { recoveryShape, type Conversion, type Proposed } from './recovery-session';

// What the per-session and per-day loops call, read once (tsx's getters: see domain/load.ts).
const { dateOfDayNumber, dayNumberOrNull } = dayNumbers;
const { isHardWith, kindFacts } = kindFactsModule;
const { isLongRace, isMarathonOrLonger } = sessionFacts;
const { DERIVED_ID_PREFIX, derivedId, derivedReason, recoveryRun, restDay } = recoverySession;

/** "Date, then id": ids compared as text in code-unit order (not localeCompare). */
export function compareDateThenId(a: { date: string; id: string }, b: { date: string; id: string }): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/** A coach session with its day number. */
export interface DatedSession {
  session: CoachSession;
  day: number;
  /** Its position in the input's `sessions`. */
  at: number;
}

/**
 * The coach sessions of a plan, parsed once and shared by the rules and the warnings:
 * every session with a calendar date in date-then-id order (a session whose date is not a
 * calendar date cannot be inside the plan and is left out), and the hard ones among them.
 */
export interface CoachIndex {
  /** The plan's days as day numbers: `first` inclusive, `end` exclusive. */
  first: number;
  end: number;
  dated: DatedSession[];
  hard: DatedSession[];
  /** The running ones (isRunningKind), which rule 7 and several warnings walk. */
  running: DatedSession[];
}

export function indexCoachSessions(input: Pick<RulesInput, 'plan' | 'sessions'>): CoachIndex {
  const first = toDayNumber(input.plan.startDate);
  const end = first + 7 * Math.max(0, Math.floor(input.plan.weeks));
  const dated: DatedSession[] = [];
  const { sessions } = input;
  for (let at = 0; at < sessions.length; at++) {
    const day = dayNumberOrNull(sessions[at].date);
    if (day !== null) dated.push({ session: sessions[at], day, at });
  }
  // Sessions usually arrive in date order already (the store lists them so): then sorting,
  // with a comparison call per pair, would change nothing.
  if (!inDayThenIdOrder(dated)) dated.sort(compareDated);
  const hard: DatedSession[] = [];
  const running: DatedSession[] = [];
  for (const c of dated) {
    const facts = kindFacts(c.session.kind);
    if (isHardWith(c.session, facts)) hard.push(c); // isHardSession
    if (facts.running) running.push(c);
  }
  return { first, end, dated, hard, running };
}

function compareDated(a: DatedSession, b: DatedSession): number {
  return a.day - b.day || compareDateThenId(a.session, b.session);
}

function inDayThenIdOrder(dated: readonly DatedSession[]): boolean {
  for (let i = 1; i < dated.length; i++) {
    const a = dated[i - 1];
    const b = dated[i];
    if (a.day > b.day || (a.day === b.day && compareDateThenId(a.session, b.session) > 0)) return false;
  }
  return true;
}

interface Source {
  session: CoachSession;
  day: number;
  /** Position in date-then-id order: the "earliest source" of rule 5 has the smallest rank. */
  rank: number;
}

interface Proposal {
  day: number;
  kind: 'recovery' | 'rest';
  ruleId: DerivedRuleId;
  proposed: Proposed;
  conversion: Conversion | null;
  source: Source;
}

function toRest(p: Proposal, conversion: Conversion): void {
  p.kind = 'rest';
  p.ruleId = conversion.ruleId;
  p.conversion = conversion;
}

/**
 * The recovery runs and rest days the rules add to a plan, in date order (one per day at most).
 * `index` is the plan's parsed coach sessions, for a caller that already has it; `days`, where
 * given, receives the day number of each derived session in the same order (evaluatePlan merges
 * and totals by day number without reading the dates back).
 */
export function deriveSessions(
  input: RulesInput,
  index: CoachIndex = indexCoachSessions(input),
  days?: number[],
): DerivedSession[] {
  const { athlete } = input;
  const { first, end, dated: coach } = index;

  // Plan days holding a coach session, by offset from the first day.
  const occupied = new Uint8Array(end - first);
  for (const c of coach) if (c.day >= first && c.day < end) occupied[c.day - first] = 1;
  const isOpenDay = (day: number): boolean => day >= first && day < end && occupied[day - first] === 0;

  const sources: Source[] = index.hard.map((c, rank) => ({ session: c.session, day: c.day, rank }));

  // Rules 1 and 2: propose, and drop what is not on an open day inside the plan, and (v2) every
  // recovery run on a weekday the athlete cannot run (a proposed rest stays: the day is off anyway).
  const available = availabilityMask(athlete);
  const budget = runDayBudget(athlete);
  const proposals: Proposal[] = [];
  const propose = (day: number, kind: Proposal['kind'], ruleId: DerivedRuleId, proposed: Proposed, source: Source) => {
    if (!isOpenDay(day)) return;
    if (kind === 'recovery' && !available[(((day + 3) % 7) + 7) % 7]) return; // ISO weekday: day 0 was a Thursday
    proposals.push({ day, kind, ruleId, proposed, conversion: null, source });
  };
  for (const src of sources) {
    if (isLongRace(src.session)) {
      const restDays = isMarathonOrLonger(src.session) ? 2 : 1;
      propose(src.day + 1, 'rest', 'rest-after-long-race', 'first-rest', src);
      if (restDays === 2) propose(src.day + 2, 'rest', 'rest-after-long-race', 'second-rest', src);
      // On the day after the last rest day, whether or not the rest days survived rule 2.
      propose(src.day + restDays + 1, 'recovery', 'recovery-after-long-race', 'recovery-after-long-race', src);
    } else {
      propose(src.day + 1, 'recovery', 'recovery-after-hard', 'recovery-after-hard', src);
    }
  }

  // Rules 3 and 4: low frequency (v2: the run-day budget), else fatigue, turn every proposed recovery run into rest.
  const blanket: Conversion | null =
    budget <= 3
      ? { ruleId: 'rest-low-frequency', runDaysPerWeek: budget }
      : athlete.fatigued
        ? { ruleId: 'rest-fatigued' }
        : null;
  if (blanket) for (const p of proposals) if (p.kind === 'recovery') toRest(p, blanket);

  // Rule 5: one per day; rest beats recovery, then the earliest source wins.
  const byDay = new Map<number, Proposal>();
  for (const p of proposals) {
    const held = byDay.get(p.day);
    if (!held) byDay.set(p.day, p);
    else if (p.kind === held.kind ? p.source.rank < held.source.rank : p.kind === 'rest') byDay.set(p.day, p);
  }
  const kept = [...byDay.values()].sort((a, b) => a.day - b.day);

  // Rule 6: run-and-rest turns the recovery run of each two-hard week's heaviest session into rest.
  if (athlete.recoveryStyle === 'run-and-rest') {
    const recoveryOf = new Map<number, Proposal>(); // source rank -> its remaining recovery run
    for (const p of kept) if (p.kind === 'recovery') recoveryOf.set(p.source.rank, p);
    const weekHard = new Map<number, { count: number; heaviest: Source; load: number }>();
    for (const src of sources) {
      if (src.day < first || src.day >= end) continue; // not in any plan week
      const week = Math.floor((src.day - first) / 7);
      const load = sessionLoadMicro(src.session);
      const w = weekHard.get(week);
      // Sources come in date-then-id order, so ">=" hands a tie to the later one.
      if (!w) weekHard.set(week, { count: 1, heaviest: src, load });
      else {
        w.count++;
        if (load >= w.load) {
          w.heaviest = src;
          w.load = load;
        }
      }
    }
    for (const [week, w] of weekHard) {
      if (w.count < 2) continue;
      const p = recoveryOf.get(w.heaviest.rank);
      if (p) toRest(p, { ruleId: 'rest-two-hard-week', week: week + 1, hardSessions: w.count });
    }
  }

  // Rule 7: run-day budget (v2: min(runDaysPerWeek, available days)) per plan week, counting days with a coach running session.
  const weekCount = (end - first) / 7;
  const runDays = new Array<number>(weekCount).fill(0);
  let lastRunDay = Number.NaN;
  for (const c of index.running) {
    if (c.day < first || c.day >= end || c.day === lastRunDay) continue;
    runDays[Math.floor((c.day - first) / 7)]++;
    lastRunDay = c.day; // coach sessions are in day order, so a day is counted once
  }
  for (const p of kept) {
    if (p.kind !== 'recovery') continue;
    const week = Math.floor((p.day - first) / 7);
    if (runDays[week] + 1 > budget) {
      toRest(p, {
        ruleId: 'rest-run-day-budget',
        week: week + 1,
        runDays: runDays[week],
        runDaysPerWeek: budget,
      });
    } else runDays[week]++;
  }

  // Rule 8: dismissals, by the (date, ruleId) the coach saw; nothing above is recounted.
  const dismissed = new Set<string>();
  for (const d of input.dismissed) dismissed.add(`${d.date} ${d.ruleId}`);

  // Only a coach id starting "rule-" can collide with a derived id; hashing every id of a long
  // plan into a set cost more than the rest of this function.
  const taken = new Set<string>();
  for (const s of input.sessions) if (s.id.startsWith(DERIVED_ID_PREFIX)) taken.add(s.id);
  const shape = recoveryShape(athlete);
  const out: DerivedSession[] = [];
  for (const p of kept) {
    const date = dateOfDayNumber(p.day);
    if (dismissed.size > 0 && dismissed.has(`${date} ${p.ruleId}`)) continue; // most plans dismiss nothing
    const placement = {
      id: derivedId(date, taken),
      date,
      ruleId: p.ruleId,
      reason: derivedReason(p.proposed, p.source, p.conversion),
      sourceId: p.source.session.id,
    };
    out.push(p.kind === 'recovery' ? recoveryRun(shape, placement) : restDay(placement));
    days?.push(p.day);
  }
  return out;
}
