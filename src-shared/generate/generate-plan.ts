/**
 * From a goal to a draft plan (plan-generator.md): pure and deterministic. The algorithm is ours;
 * the constraints are the page's, and `checkDraft` (check-draft.ts) verifies them by running the
 * real rules on the result.
 *
 * Shape of a draft: every week the same run days (the long run on the long-run day, one quality
 * session at least two days from it, easy runs up to the run-day budget); the long run grows at
 * most 10 % over the longest of the four weeks before, the week at most 10 % over the largest
 * before; a cutback every fourth week; the peak long run 21 (14) days or more before the race;
 * then a taper that scales the window's easy and long running to half of twice the peak week
 * (5K/10K: 62.5 % of the peak week), keeping a short quality session 2–10 days out.
 *
 * Before anything is refused, the search (generatePlan) tries every target (OPTIONS) with the usual
 * taper, then the other taper layouts (taperLayouts: where the race's quality session goes, easy
 * runs inside the window, rest days after the taper's hard sessions, a shorter taper long run, a
 * short sharpener, and for the weeks before the taper fewer repetitions, no load-spiking first
 * quality session and long runs sized on a second pass); checkDraft has the last word on each.
 */
import { addDays, daysBetween, type IsoDate } from '../domain/dates';
import { athletePaces, formatRaceTime, predictRaceSec, type AthletePaces } from '../domain/paces';
import { planFileText, type PlanFileData } from '../domain/plan-file';
import type { CoachSession, DerivedSession, EvaluatedPlan, PhaseName } from '../domain/types';
import { deriveSessions } from '../rules/derive-sessions';
import { recoveryShape } from '../rules/recovery-session';
import { evaluatePlan } from '../rules/evaluate-plan';
import { checkDraft } from './check-draft';
import { OPTIONS, targetsWith, type Options, type Targets } from './build-targets';
import { floor1, round1, withGrid } from './draft-grid';
import { basicRefusal, goalRefusal, unreachable, type Refusal } from './refusals';
import { frameOf, isLongRace, type Frame } from './plan-frame';
import { taperLayouts, type TaperLayout } from './taper-layouts';
import { draftData } from './draft-data';
import { phasesOf } from './phases';
import { quality, WORK_CAP } from './quality-steps';
import { RACE_KM, RACE_NAME, resolveGoal, usualWeeks, isoWeekday, type GoalInput, type ResolvedGoal } from './goal';

export type GenerateResult = { ok: true; data: PlanFileData; evaluated: EvaluatedPlan; goal: ResolvedGoal } | Refusal;

// ---------------------------------------------------------------------------------------------
// Sessions

interface Ctx {
  g: ResolvedGoal;
  f: Frame;
  paces: AthletePaces;
  sessions: CoachSession[];
  fewerReps?: boolean;
  /** Per week, the recovery running the week ended with (recorded by every pass). */
  recoveryByWeek?: number[];
  /** Per week, the recovery running to leave room for beside the long run (a second pass's). */
  assumeRecovery?: number[];
}

function easyMinutes(g: ResolvedGoal, km: number): number {
  return Math.max(1, Math.round((km * g.easyPace) / 60));
}

function add(ctx: Ctx, s: Omit<CoachSession, 'title' | 'rpe'> & { title?: string | null; rpe?: number | null }): void {
  ctx.sessions.push({ title: null, rpe: null, ...s });
}

const PHASE_WORD: Record<PhaseName, string> = {
  base: 'Base',
  build: 'Build',
  peak: 'Peak',
  taper: 'Taper',
  race: 'Race week',
  recovery: 'Recovery',
};

/** Mean ÷ standard deviation of a week's daily loads (load.md); Infinity when every day is the same. */
function monotonyOf(loads: readonly number[]): number {
  const mean = loads.reduce((x, y) => x + y, 0) / loads.length;
  const sd = Math.sqrt(loads.reduce((x, y) => x + (y - mean) ** 2, 0) / loads.length);
  return sd === 0 ? (mean > 0 ? Infinity : 0) : mean / sd;
}

const HARD_KINDS = new Set(['long', 'tempo', 'intervals', 'race']);
const RUN_KINDS = new Set(['easy', 'long', 'tempo', 'intervals', 'race']);
const DEFAULT_RPE: Record<string, number> = { long: 5, tempo: 7, intervals: 8, race: 9 };

/** The taper's layout with the scale of its running (draftWith's bisection). */
interface TaperPlan extends TaperLayout {
  scale: number;
}

/**
 * Builds every coach session. The recovery runs the rules will add (recovery-rules.md rules 1–7,
 * for the kinds of session a draft holds) are worked out week by week as the sessions are placed,
 * so every week's distance, growth and cutback is measured as `stride rules` will show it.
 */
function buildSessions(ctx: Ctx, t: Targets, phases: PhaseName[], tp: TaperPlan): void {
  const taperScale = tp.scale;
  ctx.fewerReps = tp.fewerReps;
  const recoveryByWeek: number[] = [];
  ctx.recoveryByWeek = recoveryByWeek;
  const { g, f } = ctx;
  ctx.sessions = [];
  const startWd = isoWeekday(g.startDate);
  const lrWd = g.longRunWeekday;
  const qWd = (startWd + f.qOffset) % 7;
  const easyOffsets: number[] = [];
  for (let off = 0; off < 7; off++) {
    const wd = (startWd + off) % 7;
    if (g.available[wd] && wd !== lrWd && wd !== qWd) easyOffsets.push(off);
  }
  const minEasy = g.level === 'beginner' ? 2 : 3;
  const dayOf = (w: number, off: number): IsoDate => addDays(g.startDate, 7 * (w - 1) + off);
  const lastLr: number[] = [g.recentLongestRunKm, g.recentLongestRunKm, g.recentLongestRunKm, g.recentLongestRunKm];
  // Actual running per week (coach + the rules' recovery runs, races left out), for growth and cutbacks.
  const actual: number[] = [0];
  const weekLoad: number[] = [0];
  let maxActual = 0;
  const a = g.input.athlete;
  const planDays = 7 * f.n;
  const kindAt: (string | undefined)[] = new Array<string | undefined>(planDays);
  const loadAt = new Float64Array(planDays);
  const shape = recoveryShape({ level: g.level, easyPaceSecPerKm: a.easyPaceSecPerKm, recentRace: a.recentRace });
  const shapeKm = shape.distanceKm;
  let recoveryAt: number[] = [];
  const noRecovery = g.budget <= 3 || a.fatigued === true;
  const place = (
    s: Omit<CoachSession, 'title' | 'rpe'> & { title?: string | null; rpe?: number | null },
    day: number,
  ) => {
    add(ctx, s);
    kindAt[day] = s.kind;
    loadAt[day] = (s.durationMin ?? 0) * (DEFAULT_RPE[s.kind] ?? 0);
  };
  const weekdayAt = (day: number) => (startWd + day) % 7;
  /** The recovery running the rules add in week w, with `extra` days also taken by easy runs. */
  const recoveryKm = (w: number, extra: readonly number[]): number => {
    recoveryAt = [];
    if (noRecovery) return 0;
    const first = 7 * (w - 1);
    const end = first + 7;
    const taken = (d: number) => kindAt[d] !== undefined || extra.includes(d);
    let runDays = extra.length;
    for (let d = first; d < end; d++) if (kindAt[d] !== undefined && RUN_KINDS.has(kindAt[d]!)) runDays++;
    let km = 0;
    for (let d = Math.max(0, first - 3); d < end; d++) {
      const k = kindAt[d];
      if (!k || !HARD_KINDS.has(k)) continue;
      let target = d + 1;
      if (k === 'race' && g.raceKm >= RACE_KM.half - 1e-9) target = d + (g.raceKm >= RACE_KM.marathon - 1e-9 ? 3 : 2);
      if (target < first || target >= end || target >= planDays || taken(target) || !g.available[weekdayAt(target)])
        continue;
      if (a.recoveryStyle === 'run-and-rest') {
        // Rule 6: in a week with two or more hard sessions, the heaviest one's recovery run is rest.
        const sw = Math.floor(d / 7);
        let count = 0;
        let heaviest = -1;
        for (let e = 7 * sw; e < 7 * sw + 7 && e < planDays; e++) {
          if (!kindAt[e] || !HARD_KINDS.has(kindAt[e]!)) continue;
          count++;
          if (heaviest < 0 || loadAt[e] >= loadAt[heaviest]) heaviest = e;
        }
        if (count >= 2 && heaviest === d) continue;
      }
      // Rule 7: within the run-day budget.
      if (runDays + 1 > g.budget) continue;
      runDays++;
      km += shapeKm;
      recoveryAt.push(target);
    }
    return km;
  };
  const rest = new Set<number>();
  for (let w = 1; w <= f.n; w++) {
    const phase = phases[w];
    const head = `${PHASE_WORD[phase]}, week ${w}`;
    const inTaper = w > f.k;
    const scale = inTaper ? taperScale : 1;
    const weekStartDay = 7 * (w - 1);
    // The taper's long runs stay under 75 % of the peak before a half or longer (constraint 4), and
    // under the peak itself before a 5K or 10K (the peak long run comes 14 days out or more).
    const taperLrCap = floor1((isLongRace(g) ? 0.75 : 0.95) * t.peak);
    let lrKm = inTaper
      ? w === f.n
        ? 0
        : round1(Math.min(taperLrCap, t.lr[f.k] ?? t.peak) * Math.min(1, scale * tp.lrScale))
      : t.lr[w];
    let vol = inTaper ? (t.vol[f.k] ?? 0) * 0.9 * scale : t.vol[w];
    // Never over 110 % of the largest week so far (week 1: of the recent week), nor a cutback over 80 % of the week before.
    const growthCap = w === 1 ? (g.recentWeeklyKm > 0 ? 1.1 * g.recentWeeklyKm : Infinity) : 1.1 * maxActual;
    vol = Math.min(vol, floor1(growthCap));
    // Nor over 130 % of the larger of the two weeks before (the rules' distance-jump).
    if (w >= 2) vol = Math.min(vol, floor1(1.3 * Math.max(actual[w - 1], w >= 3 ? actual[w - 2] : 0)));
    const cutback = t.cutback.has(w);
    if (cutback) vol = Math.min(vol, floor1(0.8 * actual[w - 1]));
    // The long run never grows over 10 % of the longest of the four weeks before, and fits its week.
    const ref = Math.max(...lastLr.slice(-4));
    if (w < f.n) lrKm = Math.min(lrKm, floor1(1.1 * ref));
    else lrKm = 0;
    const lrDay = weekStartDay + f.lrOffset;
    if (lrKm > 0) kindAt[lrDay] = 'long';
    // When the long run takes the whole week, the day after it is a rest day of the coach's, so the
    // rules add no recovery run that the week's growth has no room for.
    const next = lrDay + 1;
    const canBlock = (d: number) => d < f.raceDay && kindAt[d] === undefined && g.available[weekdayAt(d)];
    let blockNext = lrKm > 0 && t.share >= 1 && w <= f.k && canBlock(next);
    if (blockNext) kindAt[next] = 'rest';
    let dLong = recoveryKm(w, []);
    // In the taper too, where the recovery run would not fit the week.
    // (With blockAll, every taper long run: its recovery run may fall in the next week.)
    if (!blockNext && lrKm > 0 && w > f.k && (tp.blockAll || (dLong > 0 && lrKm + dLong > vol)) && canBlock(next)) {
      blockNext = true;
      kindAt[next] = 'rest';
      dLong = recoveryKm(w, []);
    }
    // The long run leaves room for the recovery runs foreseen so far (or, on a second pass, for those
    // the first pass ended with: easy runs placed later may take the day a recovery run would have had).
    if (w <= f.k) lrKm = Math.min(lrKm, floor1(vol - (ctx.assumeRecovery?.[w] ?? dLong)));
    // The race's quality session in the last week before the taper (a short plan whose taper has no
    // room for it): the long run makes room for it and stays at least as long.
    const preTaperQ = tp.raceQ >= weekStartDay && tp.raceQ < weekStartDay + 7 && w <= f.k;
    if (preTaperQ) {
      const qMin = quality(ctx, 'intervals', 4, 0, tp.shortQ ? 3 : 5).km;
      lrKm = Math.max(Math.min(lrKm, floor1(vol - dLong - qMin)), qMin);
    }
    if (w > f.k && w < f.n) lrKm = Math.min(Math.max(lrKm, 2), taperLrCap);
    // Race week: the race, a short quality session 2–10 days out, a few easy runs before it.
    if (w === f.n) {
      const paceRace = Math.round(predictRaceSec(ctx.paces.vdot, g.raceKm) / 60);
      place(
        {
          id: `g${w}-race`,
          date: g.raceDate,
          kind: 'race',
          title: g.input.name?.trim() || `${RACE_NAME[g.raceClass].replace(/^./, (c) => c.toUpperCase())}`,
          durationMin: Math.max(1, paceRace),
          distanceKm: g.raceKm,
          notes: `Race day: ${round1(g.raceKm)} km, predicted ${formatRaceTime(predictRaceSec(ctx.paces.vdot, g.raceKm))} from the athlete's paces.`,
        },
        f.raceDay,
      );
    }
    const before = (off: number) => w < f.n || weekStartDay + off < f.raceDay;
    // Quality session: the week's own, or the one 2–10 days before the race where it falls in this week.
    let qOff = f.qOffset;
    const raceQHere = tp.raceQ >= weekStartDay && tp.raceQ < weekStartDay + 7;
    if (raceQHere) qOff = tp.raceQ - weekStartDay;
    else if (w === f.n) qOff = -1;
    // Where the race's session lies before the taper, the taper's weeks keep their running easy.
    else if (inTaper && tp.raceQ >= 0 && tp.raceQ < 7 * f.k) qOff = -1;
    // The week's own session never sits next to the race's quality session or the race.
    else if (Math.abs(weekStartDay + qOff - tp.raceQ) < 2 || Math.abs(weekStartDay + qOff - f.raceDay) < 2) qOff = -1;
    let qKm = 0;
    // The race's quality session in a taper week: short intervals where the week's minutes are few
    // (3 minutes of work rather than 5 stays within 20 %), and a long run at least as long.
    const taperQ = raceQHere && inTaper && w < f.n;
    const taperWork = Math.min(WORK_CAP[g.level], Math.floor((0.15 * vol * g.easyPace) / 60), 12);
    const kind = (taperQ && taperWork < 5) || preTaperQ ? 'intervals' : w % 2 === 0 ? 'intervals' : 'tempo';
    if (taperQ) lrKm = Math.min(taperLrCap, Math.max(lrKm, quality(ctx, kind, taperWork, 0, tp.shortQ ? 3 : 5).km));
    if (qOff >= 0 && before(qOff)) {
      const qDay = weekStartDay + qOff;
      kindAt[qDay] = kind;
      const dWithQ = recoveryKm(w, []);
      const room = vol - lrKm - dWithQ;
      // Before the taper a quality session only goes where the week has room for it and it stays
      // shorter than the long run; in the taper week it stays shorter than the long run; race week
      // always has one (constraint 6).
      // (With fewerReps, the easy running counted is only what the week's free days can hold.)
      let easyRoom = Math.max(0, room) / 2;
      if (tp.fewerReps) {
        const slots = easyOffsets.filter(
          (off) => before(off) && off !== qOff && kindAt[weekStartDay + off] === undefined,
        ).length;
        easyRoom = Math.min(easyRoom, Math.max(0, Math.min(slots, g.budget - 2)) * lrKm);
      }
      const weekMin = ((inTaper ? vol : lrKm + dWithQ + easyRoom) * g.easyPace) / 60;
      const work = Math.min(WORK_CAP[g.level], Math.floor(0.15 * weekMin), inTaper ? 12 : 99);
      const maxKm =
        w === f.n
          ? Math.max(3, 0.35 * vol)
          : taperQ
            ? Math.min(lrKm, Math.max(2, room))
            : inTaper
              ? Math.min(Math.max(3, lrKm * 0.9), Math.max(2, room))
              : Math.min(lrKm, room);
      const q = quality(ctx, kind, work, maxKm, (inTaper || preTaperQ) && tp.shortQ ? 3 : 5);
      let fits = raceQHere || (q.km <= (inTaper ? lrKm : maxKm) && (inTaper || work >= 4));
      // Where asked, no quality session that would lift the week's load over 1.4 times the mean of
      // it and the three weeks before (the rules' load-spike notice is at 1.5; this is an estimate).
      if (fits && tp.acwrGuard && !inTaper && w >= 2) {
        const easyLeft = Math.max(0, vol - lrKm - q.km - dWithQ);
        const est =
          easyMinutes(g, lrKm) * 5 +
          q.min * (DEFAULT_RPE[kind] ?? 7) +
          easyMinutes(g, easyLeft) * 3 +
          (shapeKm > 0 ? dWithQ / shapeKm : 0) * shape.durationMin * shape.rpe;
        const prev = weekLoad.slice(Math.max(1, w - 3), w);
        const mean = (prev.reduce((x, y) => x + y, 0) + est) / (prev.length + 1);
        if (mean > 0 && est / mean > 1.4) fits = false;
      }
      // In the taper, a rest day after the quality session where its recovery run would not fit.
      const afterQ = qDay + 1;
      const blockQ =
        fits && inTaper && dWithQ > dLong && (tp.blockAll || lrKm + q.km + dWithQ > vol) && canBlock(afterQ);
      kindAt[qDay] = undefined;
      if (blockQ) {
        place(
          {
            id: `g${w}-rest-q`,
            date: addDays(g.startDate, afterQ),
            kind: 'rest',
            durationMin: 0,
            distanceKm: null,
            notes: `${head}: rest the day after the quality session; the taper keeps the week's running down.`,
          },
          afterQ,
        );
      }
      if (fits) {
        qKm = q.km;
        place(
          {
            id: `g${w}-quality`,
            date: dayOf(w, qOff),
            kind,
            title: q.title,
            durationMin: q.min,
            distanceKm: q.km,
            steps: q.steps,
            notes: `${head}: ${kind === 'tempo' ? 'threshold' : 'interval'} work keeps speed while the week's running stays mostly easy.`,
          },
          qDay,
        );
      } else qOff = -1;
    }
    // Long run.
    if (kindAt[lrDay] === 'long') kindAt[lrDay] = undefined; // race week: the race may be on that day
    if (blockNext) kindAt[next] = undefined;
    if (lrKm > 0) {
      const prev = lastLr[lastLr.length - 1];
      const diff = round1(lrKm - prev);
      const change =
        w === 1
          ? `${lrKm} km, from a recent longest run of ${round1(g.recentLongestRunKm)} km`
          : diff > 0
            ? `${lrKm} km, ${diff} km more than week ${w - 1}`
            : diff < 0
              ? `${lrKm} km, ${round1(-diff)} km less than week ${w - 1}`
              : `${lrKm} km, as in week ${w - 1}`;
      place(
        {
          id: `g${w}-long`,
          date: dayOf(w, f.lrOffset),
          kind: 'long',
          durationMin: easyMinutes(g, lrKm),
          distanceKm: lrKm,
          notes: `${head}: long run ${change}.`,
        },
        lrDay,
      );
      lastLr.push(lrKm);
      if (blockNext) {
        rest.add(next);
        place(
          {
            id: `g${w}-rest`,
            date: addDays(g.startDate, next),
            kind: 'rest',
            durationMin: 0,
            distanceKm: null,
            notes: `${head}: rest the day after the long run; the week's growth has no room for more running.`,
          },
          next,
        );
      }
    }
    // Easy runs share what is left of the week, with the recovery runs the rules will add.
    const runDaysLeft = g.budget - (lrKm > 0 ? 1 : 0) - (qKm > 0 ? 1 : 0) - (w === f.n ? 1 : 0);
    const free = easyOffsets.filter(
      (off) =>
        before(off) &&
        off !== qOff &&
        kindAt[weekStartDay + off] === undefined &&
        !(w === f.n && weekStartDay + off === f.raceDay),
    );
    // The taper's easy runs inside the taper window first, where it needs more running (and on the
    // usual quality day where this week's quality session is elsewhere).
    if (tp.windowFirst && inTaper) {
      const qd = weekStartDay + f.qOffset;
      if (qOff !== f.qOffset && before(f.qOffset) && kindAt[qd] === undefined && qd !== f.raceDay) free.push(f.qOffset);
      // Race week has no long run: its long-run day may hold an easy run.
      const ld = weekStartDay + f.lrOffset;
      if (w === f.n && before(f.lrOffset) && kindAt[ld] === undefined && ld !== f.raceDay) free.push(f.lrOffset);
      const inWindow = (off: number) => weekStartDay + off >= f.windowStart;
      free.sort((x, y) => Number(inWindow(y)) - Number(inWindow(x)) || x - y);
    }
    const cap = w === f.n ? Math.max(minEasy, qKm, floor1(0.75 * t.peak)) : lrKm;
    let count = Math.max(0, Math.min(runDaysLeft, free.length));
    let dKm = 0;
    let left = 0;
    for (; count >= 0; count--) {
      dKm = recoveryKm(
        w,
        free.slice(0, count).map((off) => weekStartDay + off),
      );
      left = vol - lrKm - qKm - dKm;
      if (count === 0) break;
      const each = Math.min(cap, floor1(left / count));
      if (left / count < minEasy || each < 1) continue;
      // Not the same load day after day (monotony over 2.0 is a notice): a day off instead.
      const loads = new Array<number>(7).fill(0);
      for (let d = 0; d < 7; d++) loads[d] = loadAt[weekStartDay + d] ?? 0;
      for (let i = 0; i < count; i++) loads[free[i]] = easyMinutes(g, each) * 3;
      for (const d of recoveryAt) loads[d - weekStartDay] += shape.durationMin * shape.rpe;
      if (monotonyOf(loads) <= 1.9) break;
    }
    if (count < 0) count = 0;
    const each = count > 0 ? Math.min(cap, floor1(left / count)) : 0;
    for (let i = 0; i < count; i++) {
      place(
        {
          id: `g${w}-easy${i + 1}`,
          date: dayOf(w, free[i]),
          kind: 'easy',
          durationMin: easyMinutes(g, each),
          distanceKm: each,
          notes: `${head}: easy ${each} km at conversational pace (aerobic base).`,
        },
        weekStartDay + free[i],
      );
    }
    let sum = dKm;
    for (const s of ctx.sessions) if (s.id.startsWith(`g${w}-`) && s.kind !== 'race') sum += s.distanceKm ?? 0;
    actual.push(sum);
    maxActual = Math.max(maxActual, sum);
    recoveryByWeek[w] = dKm;
    let load = recoveryAt.length * shape.durationMin * shape.rpe;
    for (const s of ctx.sessions)
      if (s.id.startsWith(`g${w}-`))
        load += (s.durationMin ?? 0) * (s.kind === 'easy' ? 3 : (DEFAULT_RPE[s.kind] ?? 0));
    weekLoad.push(load);
  }
  ctx.sessions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * A diagnostic probe: when set (by a script studying one goal, never by the app), it sees every
 * draft the search tries, with the choices that made it and the constraints it breaks.
 */
export const draftProbe: {
  onDraft?: (choices: object, depth: number, data: PlanFileData, e: EvaluatedPlan, problems: string[]) => void;
} = {};

export function generatePlan(input: GoalInput): GenerateResult {
  const g = resolveGoal(input);
  const refused = goalRefusal(g);
  if (refused) return refused;
  const f = frameOf(g);
  if (!f) return unreachable(g, generatePlan);
  const paces = athletePaces({
    level: g.level,
    easyPaceSecPerKm: g.input.athlete.easyPaceSecPerKm,
    recentRace: g.input.athlete.recentRace,
  });
  // Our own choices are searched before anything is refused: the first draft that meets every
  // constraint wins (the order of OPTIONS is a coach's order of preference). First every option
  // with the usual taper, then every option with the other taper layouts.
  let firstProblems: string[] | null = null;
  let reachable = false;
  const seen = new Set<string>();
  const targets: { opt: Options; t: Targets }[] = [];
  for (const opt of OPTIONS) {
    const t = targetsWith(g, f, opt);
    if (!t) continue;
    reachable = true;
    const key = JSON.stringify([t.lr, t.vol, [...t.cutback]]);
    if (seen.has(key)) continue;
    seen.add(key);
    targets.push({ opt, t });
  }
  const layouts = taperLayouts(g, f);
  // A target whose drafts only break constraints before the taper gains nothing from another
  // taper layout; only the layouts that also change the weeks before it are tried for it.
  const preTaperOnly = targets.map(() => false);
  const seenByTarget = targets.map(() => new Set<string>());
  for (let li = 0; li < layouts.length; li++) {
    const changesBuild =
      layouts[li].fewerReps === true || layouts[li].acwrGuard === true || layouts[li].twoPass === true;
    for (let ti = 0; ti < targets.length; ti++) {
      const { opt, t } = targets[ti];
      if (li > 0 && preTaperOnly[ti] && !changesBuild) continue;
      // The taper's depth is ours too: the middle of the page's band first, then its deeper and its
      // shallower end (a deeper taper lifts race-day form; a shallower one holds more running).
      for (const depth of [0, -1, 1] as const) {
        const drafted = withGrid(opt.grid ?? 10, () => draftWith(g, f, t, paces, depth, layouts[li], seenByTarget[ti]));
        if (!drafted) break; // the same draft as an earlier layout's
        const problems = checkDraft(drafted.data, g, drafted.evaluated);
        draftProbe.onDraft?.({ ...opt, ...layouts[li] }, depth, drafted.data, drafted.evaluated, problems);
        if (problems.length === 0) return { ok: true, data: drafted.data, evaluated: drafted.evaluated, goal: g };
        firstProblems ??= problems;
        const taperish = problems.some((p) => taperRelated(p, f));
        if (li === 0 && depth === 0) preTaperOnly[ti] = !taperish;
        // Another depth only moves the taper's volume: worth it for the window's share, race-day
        // form, or growth and jumps in the taper's weeks.
        const depthHelps = problems.some(
          (p) => /^(6: the taper window|8: )/.test(p) || (/^(3: |2: distance-jump)/.test(p) && taperRelated(p, f)),
        );
        if (!depthHelps || drafted.stuck) break;
      }
    }
  }
  if (!reachable || !firstProblems) return unreachable(g, generatePlan);
  // Never hand over a draft that breaks a constraint: say which one instead.
  return {
    ok: false,
    message: `Stride could not draft this goal within every rule (${firstProblems[0].replace(/^\d+: /, '')}); try a later race date, more running days or a shorter race.`,
    unmet: firstProblems,
  };
}

/**
 * Whether a broken constraint (checkDraft's sentence) may involve the taper or race week, so that
 * another taper depth or layout could mend it; anything that names no week counts as such.
 */
function taperRelated(problem: string, f: Frame): boolean {
  if (/^[5]: /.test(problem) || /^4: peak long run /.test(problem)) return false;
  const week = /[Ww]eek (\d+)/.exec(problem) ?? /\bg(\d+)-/.exec(problem);
  return week ? Number(week[1]) > f.k : true;
}

/** One draft for the chosen targets: the rules' recovery runs settled, then the taper sized. */
function draftWith(
  g: ResolvedGoal,
  f: Frame,
  t: Targets,
  paces: AthletePaces,
  depth: -1 | 0 | 1,
  layout: TaperLayout,
  /** Drafts already tried (first builds): a layout that changes nothing here is not tried again. */
  seen?: Set<string>,
): { data: PlanFileData; evaluated: EvaluatedPlan; stuck: boolean } | null {
  const phases = phasesOf(f, t);
  const ctx: Ctx = { g, f, paces, sessions: [] };
  const build = (scale: number) => {
    ctx.assumeRecovery = undefined;
    buildSessions(ctx, t, phases, { ...layout, scale });
    if (layout.twoPass) {
      ctx.assumeRecovery = ctx.recoveryByWeek;
      buildSessions(ctx, t, phases, { ...layout, scale });
      ctx.assumeRecovery = undefined;
    }
    const data = draftData(g, ctx.sessions, phases);
    return { data, derived: deriveSessions(data) };
  };
  // Taper: bisect the scale of the window's easy and long running towards half of twice the peak
  // week (62.5 % of it for a 5K or 10K); more scale, more running in the window. Any share well
  // inside the page's band (40–60 %, 50–75 %) ends the search.
  const aims = isLongRace(g) ? [0.43, 0.5, 0.57] : [0.54, 0.625, 0.71];
  const aimShare = aims[depth + 1];
  const [bandLo, bandHi] = [aimShare - 0.025, aimShare + 0.025];
  let lo = 0.05;
  let hi = 1.6;
  let best = 0.55;
  let bestGap = Infinity;
  let last: { scale: number; data: PlanFileData } | null = null;
  // Whether every scale tried left the window's share on the same side of the page's band: then no
  // other depth can bring it inside either.
  const [pageLo, pageHi] = isLongRace(g) ? [0.4, 0.6] : [0.5, 0.75];
  let minShare = Infinity;
  let maxShare = -Infinity;
  for (let i = 0, mid = 0.55; i < 9; i++, mid = (lo + hi) / 2) {
    const b = build(mid);
    if (i === 0 && seen) {
      const key = `${depth} ${JSON.stringify(b.data.sessions)}`;
      if (seen.has(key)) return null;
      seen.add(key);
    }
    last = { scale: mid, data: b.data };
    const share = taperShare(g, f, b.data.sessions, b.derived);
    if (share === null) break;
    minShare = Math.min(minShare, share);
    maxShare = Math.max(maxShare, share);
    if (Math.abs(share - aimShare) < bestGap) {
      bestGap = Math.abs(share - aimShare);
      best = mid;
    }
    if (share >= bandLo && share <= bandHi) break;
    if (share < aimShare) lo = mid;
    else hi = mid;
  }
  const data = last && last.scale === best ? last.data : build(best).data;
  const stuck = minShare > pageHi + 0.01 || maxShare < pageLo - 0.01;
  return { data, evaluated: evaluatePlan(data), stuck };
}

/** The taper window's running as a share of twice the peak week (of the peak week for a 5K or 10K). */
function taperShare(
  g: ResolvedGoal,
  f: Frame,
  sessions: readonly CoachSession[],
  derived: readonly DerivedSession[],
): number | null {
  let windowKm = 0;
  const weekKm = new Array<number>(g.weeks + 1).fill(0);
  for (const s of [...sessions, ...derived]) {
    if (!RUNNING.has(s.kind)) continue;
    const day = daysBetween(g.startDate, s.date);
    const km = s.distanceKm ?? 0;
    const w = Math.floor(day / 7) + 1;
    if (w >= 1 && w <= g.weeks) weekKm[w] += km;
    if (day >= f.windowStart && day < f.raceDay) windowKm += km;
  }
  let peakWeekKm = 0;
  for (let w = 1; w <= g.weeks; w++) if (7 * (w - 1) + 6 < f.windowStart) peakWeekKm = Math.max(peakWeekKm, weekKm[w]);
  if (peakWeekKm <= 0) return null;
  return isLongRace(g) ? windowKm / (2 * peakWeekKm) : windowKm / peakWeekKm;
}
const RUNNING = new Set(['easy', 'recovery', 'long', 'tempo', 'intervals', 'hills', 'fartlek']);

/** The draft as plan file text (format 2), with the rules applied. */
export function draftFileText(r: Extract<GenerateResult, { ok: true }>): string {
  return planFileText(r.data, r.evaluated);
}

export { basicRefusal, usualWeeks };
