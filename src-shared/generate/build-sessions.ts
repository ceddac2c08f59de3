/**
 * Every coach session of a draft, week by week, for chosen targets and a taper layout. Decides the
 * order in which a week is settled: its running and long run (weekly-distance.ts,
 * long-run-progression.ts), the long run's room beside the recovery runs (long-run-session.ts), the
 * race on its date with its distance (constraint 1), the quality session (week-quality.ts), the
 * long run, the easy runs (easy-runs.ts); then what the week ran and its load, which the next
 * weeks' growth limits read. The recovery runs the rules will add are foreseen as the sessions are
 * placed (day-ledger.ts), so every week is measured as `stride rules` will show it.
 */
import { predictRaceSec } from '../domain/paces';
import type { PhaseName } from '../domain/types';
import type { Targets } from './build-targets';
import { DayLedger, DEFAULT_RPE } from './day-ledger';
import type { Build, DraftContext, TaperPlan, Week } from './draft-week';
import { placeEasyRuns } from './easy-runs';
import { isoWeekday, raceName } from './goal';
import { taperLongRunCap, weekLongRun } from './long-run-progression';
import { placeLongRun, sizeLongRunBesideRecovery } from './long-run-session';
import { placeQuality } from './week-quality';
import { windowShareOf } from './plan-frame';
import { weekDistance } from './weekly-distance';
import { raceNote, weekHead } from './why-notes';

/** Builds the draft's coach sessions into `ctx.sessions`, sorted by date, and records each week's recovery running. */
export function buildSessions(ctx: DraftContext, t: Targets, phases: PhaseName[], tp: TaperPlan): void {
  ctx.fewerReps = tp.fewerReps;
  const recoveryByWeek: number[] = [];
  ctx.recoveryByWeek = recoveryByWeek;
  const { g, f } = ctx;
  ctx.sessions = [];
  const startWd = isoWeekday(g.startDate);
  const qWd = (startWd + f.qOffset) % 7;
  const easyOffsets: number[] = [];
  for (let off = 0; off < 7; off++) {
    const wd = (startWd + off) % 7;
    if (g.available[wd] && wd !== g.longRunWeekday && wd !== qWd) easyOffsets.push(off);
  }
  const b: Build = {
    ctx,
    g,
    f,
    t,
    tp,
    days: new DayLedger(g, f, ctx.sessions),
    easyOffsets,
    minEasy: g.level === 'beginner' ? 2 : 3,
    lastLr: [g.recentLongestRunKm, g.recentLongestRunKm, g.recentLongestRunKm, g.recentLongestRunKm],
    actual: [0],
    weekLoad: [0],
    maxActual: 0,
  };
  for (let w = 1; w <= f.n; w++) {
    const wk = sizeWeek(b, w, phases[w]);
    sizeLongRunBesideRecovery(b, wk);
    // Race week: the race, a short quality session 2–10 days out, a few easy runs before it.
    if (w === f.n) placeRace(b);
    placeQuality(b, wk);
    placeLongRun(b, wk);
    const dKm = placeEasyRuns(b, wk);
    closeWeek(b, w, dKm);
    recoveryByWeek[w] = dKm;
  }
  ctx.sessions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}

/** Week w's running and first long run, before any of its sessions is placed. */
function sizeWeek(b: Build, w: number, phase: PhaseName): Week {
  const { g, f, t, tp } = b;
  const inTaper = w > f.k;
  // The taper's scale reaches only the days in its window (plan-frame.ts windowShareOf): the week's
  // running in proportion to them, its long run where it falls on one of them. It is progressive
  // (Mujika and Padilla 2003: a progressive taper rather than a step): the weeks before race week
  // keep more of their running than race week (scale^0.6 and scale^1.4; the window's total is still
  // what draftWith's bisection asks). With one scale for both, a half-marathoner ran race week as
  // much as the week before it, 50 minutes easy two days before the race.
  const share = inTaper ? windowShareOf(f, w) : 0;
  const windowScale = w === f.n ? tp.scale ** 1.4 : tp.scale ** 0.6;
  const scale = inTaper ? 1 - share + share * windowScale : 1;
  const lrInWindow = 7 * (w - 1) + f.lrOffset >= f.windowStart;
  const taperLrCap = taperLongRunCap(g, t);
  return {
    w,
    head: weekHead(phase, w),
    inTaper,
    scale,
    weekStartDay: 7 * (w - 1),
    vol: weekDistance(g, f, t, w, scale, b.actual, b.maxActual),
    lrKm: weekLongRun(f, t, w, inTaper && lrInWindow ? windowScale : 1, tp.lrScale, taperLrCap, b.lastLr),
    taperLrCap,
    lrDay: -1,
    next: -1,
    blockNext: false,
    dLong: 0,
    preTaperQ: false,
    qOff: -1,
    qKm: 0,
  };
}

/** The race on its date, with its distance and the time the athlete's paces predict. */
function placeRace(b: Build): void {
  const { g, f, ctx } = b;
  const paceRace = Math.round(predictRaceSec(ctx.paces.vdot, g.raceKm) / 60);
  b.days.place(
    {
      id: `g${f.n}-race`,
      date: g.raceDate,
      kind: 'race',
      title: g.input.name?.trim() || `${raceName(g).replace(/^./, (c) => c.toUpperCase())}`,
      durationMin: Math.max(1, paceRace),
      distanceKm: g.raceKm,
      notes: raceNote(g.raceKm, ctx.paces, g.input.units),
    },
    f.raceDay,
  );
}

/** What week w ran (with `dKm` of recovery runs, races left out) and its estimated load, for the weeks after it. */
function closeWeek(b: Build, w: number, dKm: number): void {
  const { ctx, days } = b;
  const { shape } = days;
  let sum = dKm;
  for (const s of ctx.sessions) if (s.id.startsWith(`g${w}-`) && s.kind !== 'race') sum += s.distanceKm ?? 0;
  b.actual.push(sum);
  b.maxActual = Math.max(b.maxActual, sum);
  let load = days.recoveryAt.length * shape.durationMin * shape.rpe;
  for (const s of ctx.sessions)
    if (s.id.startsWith(`g${w}-`)) load += (s.durationMin ?? 0) * (s.kind === 'easy' ? 3 : (DEFAULT_RPE[s.kind] ?? 0));
  b.weekLoad.push(load);
}
