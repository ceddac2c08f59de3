/**
 * Properties of the recovery rules over random plans, and a plain, slow re-reading of the spec
 * (the "oracle" below: quadratic scans, no indexes, no shared code with the rules beyond the
 * session facts and calendar arithmetic) that the fast implementation must agree with.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber, weekdayOf } from '../domain/dates';
import { toMicro } from '../domain/decimal';
import { effectiveRpe, isRunningKind, SESSION_KINDS, type SessionKind } from '../domain/kinds';
import { predictRaceSec } from '../domain/paces';
import { isHardSession } from '../domain/session-facts';
import type {
  AthleteSettings,
  CoachSession,
  DerivedRuleId,
  DerivedSession,
  Dismissal,
  PlanWarning,
  RulesInput,
} from '../domain/types';
import { DAY_CODES, DERIVED_RULE_IDS } from '../domain/types';
import { deriveSessions } from './derive-sessions';
import { evaluatePlan, withEstimates } from './evaluate-plan';
import { RECOVERY_BY_LEVEL } from './recovery-session';
import { compareWarnings, sessionWarnings } from './session-warnings';

// ---------------------------------------------------------------------------------------------
// Random plans

const athleteArb: fc.Arbitrary<AthleteSettings> = fc.record({
  level: fc.constantFrom('beginner', 'intermediate', 'advanced'),
  runDaysPerWeek: fc.integer({ min: 1, max: 7 }),
  easyPaceSecPerKm: fc.option(
    fc.oneof(
      fc.integer({ min: 150, max: 900 }),
      fc.integer({ min: 15000, max: 90000 }).map((x) => x / 100),
    ),
    { nil: null },
  ),
  fatigued: fc.boolean(),
  recoveryStyle: fc.constantFrom('runs', 'run-and-rest'),
  recentLongestRunKm: fc.option(
    fc.integer({ min: 0, max: 400 }).map((x) => x / 10),
    { nil: null },
  ),
  // v2: every day (null), or 1–7 of them in any order.
  availableDays: fc.option(fc.shuffledSubarray([...DAY_CODES], { minLength: 1 }), { nil: null }),
});

/** v2: the athlete can run on this day number's weekday. */
function canRunOn(athlete: AthleteSettings, dayNumber: number): boolean {
  return !athlete.availableDays || athlete.availableDays.includes(DAY_CODES[weekdayOf(fromDayNumber(dayNumber))]);
}

/** v2: min(runDaysPerWeek, available days). */
function budgetOf(athlete: AthleteSettings): number {
  return Math.min(athlete.runDaysPerWeek, athlete.availableDays ? athlete.availableDays.length : 7);
}

const raceKm = fc.oneof(
  fc.constantFrom(5, 10, 21, 21.0975, 21.1, 30, 42.19, 42.195, 50, 100),
  fc.integer({ min: 1, max: 1000 }).map((x) => x / 10),
);

interface RawSession {
  offset: number;
  kind: SessionKind;
  durationMin: number | null;
  distanceKm: number | null;
  rpe: number | null;
  idStyle: number;
}

const rawSessionArb: fc.Arbitrary<RawSession> = fc
  .record({
    offset: fc.nat({ max: 10_000 }),
    kind: fc.constantFrom(...SESSION_KINDS),
    // Mostly a coach's round numbers, so equal loads (rule 6's ties) come up often.
    durationMin: fc.option(
      fc.oneof(
        { arbitrary: fc.constantFrom(30, 40, 45, 60, 80, 90), weight: 4 },
        { arbitrary: fc.integer({ min: 0, max: 240 }), weight: 1 },
        { arbitrary: fc.integer({ min: 0, max: 2400 }).map((x) => x / 10), weight: 1 },
      ),
      { nil: null },
    ),
    distanceKm: fc.option(
      fc.integer({ min: 0, max: 400 }).map((x) => x / 10),
      { nil: null },
    ),
    rpe: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null, freq: 2 }), // often the kind's default
    idStyle: fc.nat({ max: 9 }),
    raceKm,
  })
  .map(({ raceKm: km, ...s }) => (s.kind === 'race' ? { ...s, distanceKm: km } : s));

const planArb = fc.record({
  weekOffset: fc.integer({ min: 0, max: 300 }),
  weeks: fc.integer({ min: 1, max: 12 }),
  sunday: fc.boolean(),
  athlete: athleteArb,
  raw: fc.array(rawSessionArb, { maxLength: 30 }),
  randomDismissals: fc.array(
    fc.record({ offset: fc.nat({ max: 10_000 }), ruleId: fc.constantFrom(...DERIVED_RULE_IDS) }),
    { maxLength: 4 },
  ),
});

/** A valid plan: sessions inside it, unique ids (some in odd case, some that look like derived ids). */
type RandomPlan = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

function buildInput(p: RandomPlan): RulesInput {
  const startDate = addDays(p.sunday ? '2026-01-04' : '2026-01-05', 7 * p.weekOffset);
  const days = 7 * p.weeks;
  const seen = new Set<string>();
  const sessions: CoachSession[] = p.raw.map((r, i) => {
    const date = addDays(startDate, r.offset % days);
    let id =
      r.idStyle === 0
        ? `rule-${addDays(startDate, (r.offset >> 3) % days)}` // may collide with a derived id
        : r.idStyle < 3
          ? `S${i}`
          : r.idStyle < 5
            ? `a${(r.offset >> 4) % 20}`
            : `s${i}`;
    while (seen.has(id)) id += '+';
    seen.add(id);
    return {
      id,
      date,
      kind: r.kind,
      title: r.idStyle === 7 ? 'Club session' : null,
      durationMin: r.kind === 'rest' ? null : (r.durationMin ?? 30),
      distanceKm: r.distanceKm,
      rpe: r.rpe,
      notes: null,
    };
  });
  const dismissed: Dismissal[] = p.randomDismissals.map((d) => ({
    date: addDays(startDate, d.offset % days),
    ruleId: d.ruleId,
  }));
  return {
    athlete: p.athlete,
    plan: { startDate, weeks: p.weeks, weekStartsOn: p.sunday ? 'sunday' : 'monday' },
    sessions,
    dismissed,
  };
}

/**
 * Plans laid out like a coach's weeks: a few sessions a week from a short menu with the same
 * durations, so equal loads, hard days side by side and full weeks come up all the time.
 */
const weekLikeArb: fc.Arbitrary<RulesInput> = fc
  .record({
    athlete: athleteArb,
    weeks: fc.array(
      fc.array(
        fc.option(
          fc.record({
            kind: fc.constantFrom<SessionKind>('easy', 'easy', 'intervals', 'tempo', 'long', 'race', 'cross', 'rest'),
            durationMin: fc.constantFrom(40, 60),
            rpe: fc.constantFrom(null, null, 7),
            twice: fc.boolean(),
            raceKm: fc.constantFrom(10, 21.0975, 42.195),
          }),
          { nil: null, freq: 2 },
        ),
        { minLength: 7, maxLength: 7 },
      ),
      { minLength: 1, maxLength: 6 },
    ),
    dismissEvery: fc.integer({ min: 0, max: 5 }),
  })
  .map(({ athlete, weeks, dismissEvery }) => {
    const startDate = '2027-03-01';
    const sessions: CoachSession[] = [];
    weeks.forEach((days, w) =>
      days.forEach((spec, d) => {
        if (!spec) return;
        const date = addDays(startDate, 7 * w + d);
        const copies = spec.twice && spec.kind !== 'race' ? 2 : 1;
        for (let c = 0; c < copies; c++) {
          sessions.push({
            id: `w${w + 1}d${d}${c ? 'b' : 'a'}`,
            date,
            kind: spec.kind,
            title: null,
            durationMin: spec.kind === 'rest' ? null : spec.durationMin,
            distanceKm: spec.kind === 'race' ? spec.raceKm : spec.kind === 'rest' ? null : spec.durationMin / 6,
            rpe: spec.rpe,
            notes: null,
          });
        }
      }),
    );
    const input: RulesInput = {
      athlete,
      plan: { startDate, weeks: weeks.length, weekStartsOn: 'monday' },
      sessions,
      dismissed: [],
    };
    // Dismiss every n-th derived session, as a coach might.
    if (dismissEvery > 0) {
      input.dismissed = deriveSessions(input)
        .filter((_, i) => i % dismissEvery === 0)
        .map((d) => ({ date: d.date, ruleId: d.ruleId }));
    }
    return input;
  });

const inputArb = fc.oneof(planArb.map(buildInput), weekLikeArb);

const RUNS = { numRuns: 400 };

// ---------------------------------------------------------------------------------------------
// The oracle: the spec read line by line

function byDateThenId(a: CoachSession, b: CoachSession): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

interface OracleProposal {
  day: number;
  kind: 'recovery' | 'rest';
  ruleId: DerivedRuleId;
  source: CoachSession;
  sourceOrder: number;
}

function oracleDerive(input: RulesInput): Array<[string, string, string, string]> {
  const day = (date: string) => toDayNumber(date);
  const first = day(input.plan.startDate);
  const last = first + 7 * input.plan.weeks - 1;
  const weekOf = (d: number) => Math.floor((d - first) / 7);
  const hard = input.sessions.filter((s) => isHardSession(s)).sort(byDateThenId);

  // 1. Propose.
  let props: OracleProposal[] = [];
  hard.forEach((s, order) => {
    const d = day(s.date);
    const km = toMicro(s.distanceKm ?? 0);
    if (s.kind === 'race' && km >= toMicro(21.0975)) {
      const rests = km >= toMicro(42.195) ? 2 : 1;
      for (let k = 1; k <= rests; k++) {
        props.push({ day: d + k, kind: 'rest', ruleId: 'rest-after-long-race', source: s, sourceOrder: order });
      }
      props.push({
        day: d + rests + 1,
        kind: 'recovery',
        ruleId: 'recovery-after-long-race',
        source: s,
        sourceOrder: order,
      });
    } else {
      props.push({ day: d + 1, kind: 'recovery', ruleId: 'recovery-after-hard', source: s, sourceOrder: order });
    }
  });
  // 2. Drop.
  props = props.filter((p) => p.day >= first && p.day <= last && !input.sessions.some((s) => day(s.date) === p.day));
  props = props.filter((p) => p.kind === 'rest' || canRunOn(input.athlete, p.day));
  // 3 and 4.
  const blanket: DerivedRuleId | null =
    budgetOf(input.athlete) <= 3 ? 'rest-low-frequency' : input.athlete.fatigued ? 'rest-fatigued' : null;
  if (blanket) props = props.map((p) => (p.kind === 'recovery' ? { ...p, kind: 'rest', ruleId: blanket } : p));
  // 5. One per day.
  const days = [...new Set(props.map((p) => p.day))].sort((a, b) => a - b);
  props = days.map((d) => {
    const here = props.filter((p) => p.day === d);
    const rests = here.filter((p) => p.kind === 'rest');
    const pool = rests.length > 0 ? rests : here;
    return [...pool].sort((a, b) => a.sourceOrder - b.sourceOrder)[0];
  });
  // 6. Two hard sessions in a week.
  if (input.athlete.recoveryStyle === 'run-and-rest') {
    for (let w = 0; w < input.plan.weeks; w++) {
      const inWeek = hard.filter((s) => day(s.date) >= first && weekOf(day(s.date)) === w);
      if (inWeek.length < 2) continue;
      const load = (s: CoachSession) => BigInt(toMicro(s.durationMin ?? 0)) * BigInt(effectiveRpe(s) ?? 0);
      let heaviest = inWeek[0];
      for (const s of inWeek) if (load(s) >= load(heaviest)) heaviest = s; // a tie goes to the later one
      const i = props.findIndex((p) => p.kind === 'recovery' && p.source === heaviest);
      if (i >= 0) props[i] = { ...props[i], kind: 'rest', ruleId: 'rest-two-hard-week' };
    }
  }
  // 7. Run-day budget.
  for (let w = 0; w < input.plan.weeks; w++) {
    const runDays = new Set(
      input.sessions
        .filter((s) => isRunningKind(s.kind) && weekOf(day(s.date)) === w && day(s.date) >= first)
        .map((s) => s.date),
    );
    let count = runDays.size;
    props = props.map((p) => {
      if (p.kind !== 'recovery' || weekOf(p.day) !== w) return p;
      if (count + 1 > budgetOf(input.athlete)) return { ...p, kind: 'rest', ruleId: 'rest-run-day-budget' };
      count++;
      return p;
    });
  }
  // 8. Dismissals.
  props = props.filter((p) => !input.dismissed.some((d) => d.date === fromDayNumber(p.day) && d.ruleId === p.ruleId));
  return props.map((p) => [fromDayNumber(p.day), p.kind, p.ruleId, p.source.id]);
}

/**
 * v2 (recovery-rules.md "distance", paces.md): the typed distance, or the duration at the kind's
 * pace, in millionths of a km — read straight from the tables, independently of the rules' code.
 */
function oracleKm(s: CoachSession, a: AthleteSettings): number {
  return toMicro(oracleDistance(s, a));
}

/** The same unrounded: an estimate is no finite decimal, and thresholds on it compare doubles. */
function oracleDistance(s: CoachSession, a: AthleteSettings): number {
  if (s.distanceKm != null) return s.distanceKm;
  if (!isRunningKind(s.kind) || !s.durationMin) return 0;
  const easy = a.easyPaceSecPerKm ?? { beginner: 420, intermediate: 360, advanced: 300 }[a.level];
  const v = 60000 / easy;
  const vdot = (-4.6 + 0.182258 * v + 0.000104 * v * v) / 0.665;
  const pace =
    s.kind === 'recovery' ? easy + 56 : s.kind === 'tempo' || s.kind === 'intervals' ? predictRaceSec(vdot, 42.195) / 42.195 : easy;
  return (s.durationMin * 60) / pace;
}

/** `a` over `percent` % of `b` (km): exact decimals, or doubles within a relative 1e-9 where either was estimated. */
function oracleOver(a: OracleRun, b: OracleRun, percent: number): boolean {
  if (!a.estimated && !b.estimated) return a.km * 100 > b.km * percent;
  const x = a.exact * 100;
  const y = b.exact * percent;
  return x > y && (x - y) / y >= 1e-9;
}

interface OracleRun {
  day: number;
  km: number; // micro
  exact: number; // km, unrounded
  estimated: boolean;
  id: string | null;
}

/** The session warnings as [ruleId, sessionIds joined] strings, plus run-spike references checked apart. */
function oracleWarnings(input: RulesInput, derived: DerivedSession[]): string[] {
  const day = (date: string) => toDayNumber(date);
  const hard = input.sessions.filter((s) => isHardSession(s)).sort(byDateThenId);
  const out: string[] = [];
  for (let i = 0; i < hard.length; i++) {
    for (let j = i + 1; j < hard.length; j++) {
      if (Math.abs(day(hard[j].date) - day(hard[i].date)) <= 1)
        out.push(`back-to-back-hard ${hard[i].id} ${hard[j].id}`);
    }
  }
  for (const race of hard) {
    const km = oracleKm(race, input.athlete);
    if (race.kind !== 'race') continue; // v2: every race
    const easyDays = Number((BigInt(km) + 2_999_999n) / 3_000_000n); // ceil(km / 3)
    for (const h of hard) {
      const gap = day(h.date) - day(race.date);
      if (gap >= 1 && gap <= easyDays) out.push(`too-soon-after-race ${h.id} ${race.id}`);
    }
  }
  const runs: OracleRun[] = [
    ...input.sessions
      .filter((s) => isRunningKind(s.kind))
      .map((s) => ({
        day: day(s.date),
        km: oracleKm(s, input.athlete),
        exact: oracleDistance(s, input.athlete),
        estimated: s.distanceKm == null,
        id: s.id,
      })),
    ...derived
      .filter((d) => d.kind === 'recovery')
      .map((d) => ({ day: day(d.date), km: toMicro(d.distanceKm ?? 0), exact: d.distanceKm ?? 0, estimated: false, id: d.id })),
  ];
  if (input.athlete.recentLongestRunKm != null) {
    const recent = input.athlete.recentLongestRunKm;
    runs.push({ day: day(input.plan.startDate) - 1, km: toMicro(recent), exact: recent, estimated: false, id: null });
  }
  for (const s of input.sessions) {
    if (!isRunningKind(s.kind) || s.kind === 'race') continue;
    const d = day(s.date);
    const self: OracleRun = {
      day: d,
      km: oracleKm(s, input.athlete),
      exact: oracleDistance(s, input.athlete),
      estimated: s.distanceKm == null,
      id: s.id,
    };
    const earlier = runs.filter((r) => r.km > 0 && r.day >= d - 30 && r.day <= d - 1);
    if (earlier.length === 0) continue;
    // The longest (the most recent of equally long ones), then v2's comparison.
    const longest = earlier.reduce((a, b) => (b.km > a.km || (b.km === a.km && b.day > a.day) ? b : a));
    if (oracleOver(self, longest, 110)) out.push(`run-spike ${s.id}`);
  }
  const first = day(input.plan.startDate);
  for (const s of input.sessions) {
    const d = day(s.date);
    if (isRunningKind(s.kind) && d >= first && d < first + 7 * input.plan.weeks && !canRunOn(input.athlete, d))
      out.push(`unavailable-day ${s.id}`);
  }
  return out.sort();
}

// ---------------------------------------------------------------------------------------------

/** A coach session's typed fields, without the estimates the rules add beside them (v2). */
function typedOnly<T extends object>(s: T): T {
  const { estimatedDistanceKm: _d, estimatedDurationMin: _m, ...rest } = s as T & { estimatedDistanceKm?: number; estimatedDurationMin?: number };
  return rest as T;
}

function withoutOrigin<T extends { origin?: string }>(s: T): Omit<T, 'origin'> {
  const { origin: _origin, ...rest } = s;
  return rest;
}

describe('the recovery rules on random plans', () => {
  it('agree with a plain reading of rules 1–8', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const derived = deriveSessions(input).map((d) => [d.date, d.kind, d.ruleId, d.sourceId]);
        expect(derived).toEqual(oracleDerive(input));
      }),
      RUNS,
    );
  });

  it('agree with a plain reading of the session warnings', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const derived = deriveSessions(input);
        const warnings = sessionWarnings(withEstimates(input), derived);
        const got = warnings
          .map((w) =>
            w.ruleId === 'run-spike' ? `run-spike ${w.sessionIds[0]}` : `${w.ruleId} ${w.sessionIds.join(' ')}`,
          )
          .sort();
        expect(got).toEqual(oracleWarnings(input, derived));
      }),
      RUNS,
    );
  });

  it('compare a run spike with the most recent of the longest runs of the 30 days before it', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { warnings, sessions } = evaluatePlan(input);
        const byId = new Map(sessions.map((s) => [s.id, s]));
        for (const w of warnings.filter((x) => x.ruleId === 'run-spike')) {
          const flagged = byId.get(w.sessionIds[0])!;
          const d = toDayNumber(flagged.date);
          const candidates = [
            ...sessions
              .map((s) => ({ ...s, distanceKm: s.distanceKm ?? (s.origin === 'coach' ? s.estimatedDistanceKm : null) ?? null }))
              .filter((s) => isRunningKind(s.kind) && (s.distanceKm ?? 0) > 0),
            ...(input.athlete.recentLongestRunKm
              ? [{ id: null, date: addDays(input.plan.startDate, -1), distanceKm: input.athlete.recentLongestRunKm }]
              : []),
          ].filter((s) => toDayNumber(s.date) >= d - 30 && toDayNumber(s.date) < d);
          const longest = Math.max(...candidates.map((s) => toMicro(s.distanceKm!)));
          const latest = candidates
            .filter((s) => toMicro(s.distanceKm!) === longest)
            .map((s) => s.date)
            .sort()
            .at(-1);
          expect(w.dates).toEqual([flagged.date, latest]);
          const ref = w.sessionIds.length === 2 ? byId.get(w.sessionIds[1])! : null;
          if (ref) expect(toMicro(ref.distanceKm ?? (ref.origin === 'coach' ? ref.estimatedDistanceKm! : 0))).toBe(longest);
          else expect(toMicro(input.athlete.recentLongestRunKm!)).toBe(longest);
        }
      }),
      RUNS,
    );
  });

  it('count estimated distances in the week figures where the coach typed none (v2)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { sessions, weeks } = evaluatePlan(input);
        const first = toDayNumber(input.plan.startDate);
        for (const w of weeks) {
          let total = 0;
          let estimated = 0;
          for (const s of sessions) {
            const d = toDayNumber(s.date) - first;
            if (d < 7 * (w.index - 1) || d >= 7 * w.index || !isRunningKind(s.kind)) continue;
            if (s.distanceKm != null) total += toMicro(s.distanceKm);
            else if (s.origin === 'coach') {
              const km = oracleKm(s, input.athlete);
              total += km;
              estimated += km;
              expect(toMicro(s.estimatedDistanceKm ?? 0)).toBe(km);
            }
          }
          expect(Math.abs(w.distanceKm - total / 1e6)).toBeLessThanOrEqual(0.05 + 1e-9);
          expect(Math.abs((w.estimatedKm ?? 0) - estimated / 1e6)).toBeLessThanOrEqual(0.05 + 1e-9);
        }
      }),
      RUNS,
    );
  });

  it('never change, move or remove a coach session', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const before = structuredClone(input);
        const out = evaluatePlan(input);
        expect(input).toEqual(before);
        const coach = out.sessions.filter((s) => s.origin === 'coach').map(withoutOrigin).map(typedOnly);
        expect(coach).toEqual([...before.sessions].sort(byDateThenId));
      }),
      RUNS,
    );
  });

  it('derive at most one session a day, inside the plan, on days without a coach session, with unique ids', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { derived, sessions } = evaluatePlan(input);
        const first = input.plan.startDate;
        const last = addDays(first, 7 * input.plan.weeks - 1);
        const coachDays = new Set(input.sessions.map((s) => s.date));
        expect(new Set(derived.map((d) => d.date)).size).toBe(derived.length);
        for (const d of derived) {
          expect(d.date >= first && d.date <= last).toBe(true);
          expect(coachDays.has(d.date)).toBe(false);
        }
        expect(new Set(sessions.map((s) => s.id)).size).toBe(sessions.length);
        expect(derived.map((d) => d.date)).toEqual(derived.map((d) => d.date).sort());
      }),
      RUNS,
    );
  });

  it('change nothing when applied to their own output', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const out = evaluatePlan(input);
        const again = evaluatePlan({
          ...input,
          sessions: out.sessions.filter((s) => s.origin === 'coach').map((s) => typedOnly(withoutOrigin(s)) as CoachSession),
        });
        expect(again).toEqual(out);
      }),
      RUNS,
    );
  });

  it('do not depend on the order sessions and dismissals come in', () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray(input.sessions, { minLength: input.sessions.length }),
            fc.shuffledSubarray(input.dismissed, { minLength: input.dismissed.length }),
          ),
        ),
        ([input, sessions, dismissed]) => {
          expect(evaluatePlan({ ...input, sessions, dismissed })).toEqual(evaluatePlan(input));
        },
      ),
      RUNS,
    );
  });

  it('shape every recovery run within the seeds: at most 60 min, RPE at most 4, within the level cap', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const d of deriveSessions(input)) {
          if (d.kind === 'recovery') {
            expect(d.durationMin).toBeGreaterThan(0);
            expect(d.durationMin).toBeLessThanOrEqual(60);
            expect(d.rpe).toBeLessThanOrEqual(4);
            expect(d.distanceKm).toBeGreaterThan(0);
            expect(d.distanceKm!).toBeLessThanOrEqual(RECOVERY_BY_LEVEL[input.athlete.level].capKm);
            expect(d.title).toBe('Recovery run');
          } else {
            expect(d).toMatchObject({ title: 'Rest day', durationMin: 0, distanceKm: null, rpe: null });
          }
          expect(d.reason.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('name a hard coach session as the source of every derived session, a day to three before it', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const byId = new Map(input.sessions.map((s) => [s.id, s]));
        for (const d of deriveSessions(input)) {
          const source = byId.get(d.sourceId);
          expect(source).toBeDefined();
          expect(isHardSession(source!)).toBe(true);
          const gap = toDayNumber(d.date) - toDayNumber(source!.date);
          expect(gap).toBeGreaterThanOrEqual(1);
          expect(gap).toBeLessThanOrEqual(3);
          if (d.ruleId === 'recovery-after-hard') expect(gap).toBe(1);
        }
      }),
      RUNS,
    );
  });

  it('remove exactly the dismissed sessions and recount nothing', () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) => {
          const all = deriveSessions({ ...input, dismissed: [] });
          return fc.tuple(fc.constant(input), fc.constant(all), fc.subarray(all));
        }),
        ([input, all, chosen]) => {
          const dismissed = chosen.map((d) => ({ date: d.date, ruleId: d.ruleId }));
          const left = deriveSessions({ ...input, dismissed });
          expect(left).toEqual(all.filter((d) => !chosen.includes(d)));
        },
      ),
      RUNS,
    );
  });

  it('give warnings in order, about sessions of the plan', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { warnings, sessions } = evaluatePlan(input);
        const ids = new Set(sessions.map((s) => s.id));
        expect([...warnings].sort(compareWarnings)).toEqual(warnings);
        for (const w of warnings as PlanWarning[]) {
          expect(w.dates.length).toBeGreaterThan(0);
          for (const id of w.sessionIds) expect(ids.has(id)).toBe(true);
          expect(w.message.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });
});

describe('the v2 flags on random plans', () => {
  it('give no load-spike on a week holding a race, taper-short only for a half or longer, never a recovery run on a day off', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const evaluated = evaluatePlan(input);
        const first = toDayNumber(input.plan.startDate);
        const raceWeeks = new Set(
          input.sessions
            .filter((s) => s.kind === 'race' && toDayNumber(s.date) >= first)
            .map((s) => fromDayNumber(first + 7 * Math.floor((toDayNumber(s.date) - first) / 7))),
        );
        for (const w of evaluated.warnings) {
          if (w.ruleId === 'load-spike') expect(raceWeeks.has(w.dates[0])).toBe(false);
          if (w.ruleId === 'taper-short') {
            const race = input.sessions.find((s) => s.id === w.sessionIds[0]);
            expect(race?.kind).toBe('race');
            expect(toMicro(race?.distanceKm ?? 0)).toBeGreaterThanOrEqual(toMicro(21.0975));
          }
        }
        for (const d of evaluated.derived) {
          if (d.kind === 'recovery') expect(canRunOn(input.athlete, toDayNumber(d.date))).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
