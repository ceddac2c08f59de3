/**
 * The week's easy runs: what is left of the week's running after the long run, the quality session
 * and the recovery runs the rules will add, shared over the free days within the run-day budget
 * (constraint 2). Decides how many easy runs and which days (in the taper, days inside the taper
 * window first: constraint 6), none shorter than the draft's floor (30 minutes, or 25: a coach never
 * hands out a 19-minute easy run; race week's shake-outs 20) nor longer than the long run
 * (constraint 4), and a day off instead of one more where equal days would push the week's
 * monotony over the rules' 2.0 (load.md). The run-day budget is a maximum: a week whose running
 * does not fill it at the floor runs on fewer days, and the days left hold no run of the draft's.
 * The easy days are spread through the week (`bunching` below): easy days between the hard ones, an
 * easy run the day before the long run, rest days apart; where only the days after the hard sessions
 * give the easy runs their floor, one of those days may be held as the coach's rest day so the easy
 * runs can fall later in the week.
 */
import { floor1 } from './draft-grid';
import { beforeRace, canRest, easyMinutes, type Build, type Week } from './draft-week';
import {
  easyNote,
  movedRecoveryNote,
  restBeforeRaceNote,
  restForLaterRecoveryNote,
  restToSpreadNote,
  shakeOutNote,
} from './why-notes';

/** Weights of bunching's first three measures (the fourth weighs 1), each larger than the most the measures after it can add up to. */
const SPREAD_LONGEST = 64;
const SPREAD_PAIR = 8;
const SPREAD_HARD_THEN_OFF = 2;

/** Kinds after which the rules add a recovery run (recovery-rules.md rule 1, for the kinds a draft holds). */
const HARD_KINDS = new Set(['long', 'tempo', 'intervals', 'race']);

/** Race week's easy runs are shake-outs before the race: 20 minutes is worth running there. */
const SHAKE_OUT_MIN = 20;
/**
 * The day before the race holds rest or a short shake-out, never more than this (minutes): no coach
 * gives a long easy run the day before a race. Before, a Tuesday race's Monday took the taper
 * window's running: an intermediate half ran 85 minutes easy the day before it.
 */
export const DAY_BEFORE_RACE_MAX_MIN = 30;
/**
 * Two and three days before the race an easy run is this long at most (minutes), whatever the
 * race week's running left to share: the legs are to be fresh on race day. An advanced marathoner
 * running four days a week ran 78 minutes (15.5 km) easy on the Tuesday before a Friday race,
 * the race week's whole easy running on one day. What the cap leaves goes to the week's other
 * easy days, or is not run: the taper window's share of the peak (constraint 6) is checked after.
 */
export const NEAR_RACE_EASY_MAX_MIN = 45;

/** Mean ÷ standard deviation of a week's daily loads (load.md); Infinity when every day is the same. */
function monotonyOf(loads: readonly number[]): number {
  const mean = loads.reduce((x, y) => x + y, 0) / loads.length;
  const sd = Math.sqrt(loads.reduce((x, y) => x + (y - mean) ** 2, 0) / loads.length);
  return sd === 0 ? (mean > 0 ? Infinity : 0) : mean / sd;
}

/** Places the week's easy runs; returns the recovery running the rules will add beside them (km). */
export function placeEasyRuns(b: Build, wk: Week): number {
  const { g, f, t, tp, days } = b;
  const { kindAt, loadAt, shape } = days;
  const { w, inTaper, weekStartDay, vol, lrKm, qKm, qOff } = wk;
  const before = (off: number) => beforeRace(b, wk, off);
  // Easy runs share what is left of the week, with the recovery runs the rules will add.
  const runDaysLeft = g.budget - (lrKm > 0 ? 1 : 0) - (qKm > 0 ? 1 : 0) - (w === f.n ? 1 : 0);
  const free = b.easyOffsets.filter(
    (off) =>
      before(off) &&
      off !== qOff &&
      kindAt[weekStartDay + off] === undefined &&
      !(w === f.n && weekStartDay + off === f.raceDay),
  );
  // The taper's easy runs inside the taper window first, where it needs more running (and on the
  // usual quality day where this week's quality session is elsewhere).
  // Race week has no long run: its long-run day, where it falls before the race (a week starting on
  // Sunday, the long-run day), may hold an easy run. Left empty, it made two empty days in a row
  // with a Monday off: Sun and Mon empty, then Tue, Wed and Thu running before a Friday race.
  const ld = weekStartDay + f.lrOffset;
  if (w === f.n && before(f.lrOffset) && kindAt[ld] === undefined && ld !== f.raceDay) {
    free.push(f.lrOffset);
    free.sort((x, y) => x - y);
  }
  if (tp.windowFirst && inTaper) {
    const qd = weekStartDay + f.qOffset;
    if (qOff !== f.qOffset && before(f.qOffset) && kindAt[qd] === undefined && qd !== f.raceDay) free.push(f.qOffset);
    const inWindow = (off: number) => weekStartDay + off >= f.windowStart;
    free.sort((x, y) => Number(inWindow(y)) - Number(inWindow(x)) || x - y);
  }
  const { easyFloorMin, firstDaysOnly } = b.ctx.shape;
  const floorMin = w === f.n ? Math.min(SHAKE_OUT_MIN, easyFloorMin) : easyFloorMin;
  const cap = w === f.n ? Math.max(b.minEasy, qKm, floor1(0.75 * t.peak)) : lrKm;
  // The day before the race (in race week, or the week before it for a race on a week's first day):
  // an easy run there is a shake-out of 30 minutes at most (20 minutes is worth running), and the
  // week's other easy runs share the rest. Where the rules would put a longer recovery run there
  // (an advanced athlete's 40 minutes after a quality session two days out), it is held as rest.
  const shakeOff = f.raceDay - 1 - weekStartDay;
  const hasShakeDay = shakeOff >= 0 && shakeOff < 7;
  const shakeCap = floor1((DAY_BEFORE_RACE_MAX_MIN * 60) / g.easyPace);
  const shakeFloor = Math.min(SHAKE_OUT_MIN, floorMin);
  const nearCap = floor1((NEAR_RACE_EASY_MAX_MIN * 60) / g.easyPace);
  const nearRace = (off: number) => {
    const daysOut = f.raceDay - (weekStartDay + off);
    return daysOut === 2 || daysOut === 3;
  };
  let restBeforeRace = -1;
  if (hasShakeDay && canRest(b, f.raceDay - 1) && shape.durationMin > DAY_BEFORE_RACE_MAX_MIN) {
    days.recoveryKm(w, []);
    if (days.recoveryAt.includes(f.raceDay - 1)) {
      restBeforeRace = f.raceDay - 1;
      kindAt[restBeforeRace] = 'rest';
      const i = free.indexOf(shakeOff);
      if (i >= 0) free.splice(i, 1);
    }
  }
  // As many easy runs as the week holds at the floor's length or more, on whichever of the free days
  // (taken in their order) lets them: an easy run on the day after a hard session leaves the rules
  // no recovery run to add there, so the same week may hold fewer, longer runs. The days not taken
  // hold no run of the draft's.
  const pickDays = (floor: number, firstOnly: boolean, skipTaken = false): { chosen: number[]; kms: number[] } => {
    const open = skipTaken ? free.filter((off) => kindAt[weekStartDay + off] === undefined) : free;
    const most = Math.max(0, Math.min(runDaysLeft - (skipTaken ? 1 : 0), open.length));
    for (let count = most; count >= 1; count--) {
      let best: { chosen: number[]; kms: number[]; score: number } | null = null;
      for (const pick of firstOnly ? [open.slice(0, count)] : combinations(open, count)) {
        const dKm = days.recoveryKm(
          w,
          pick.map((off) => weekStartDay + off),
        );
        // (A recovery run the coach moved, `skipTaken`, is the week's running too.)
        const left = vol - lrKm - qKm - dKm - (skipTaken ? shape.distanceKm : 0);
        if (left / count < b.minEasy) continue;
        // The shake-out the day before the race takes its equal share up to its cap; the others share the rest.
        const shake = hasShakeDay && pick.includes(shakeOff) ? Math.min(shakeCap, cap, floor1(left / count)) : 0;
        if (shake > 0 && (shake < 1 || easyMinutes(g, shake) < shakeFloor)) continue;
        const others = shake > 0 ? count - 1 : count;
        // Two and three days out, an equal share up to its cap; the days further out share the rest.
        const near = pick.filter((off) => nearRace(off) && !(shake > 0 && off === shakeOff)).length;
        const nearKm = near > 0 ? Math.min(nearCap, cap, floor1((left - shake) / others)) : 0;
        const rest = others - near;
        const km = rest > 0 ? Math.min(cap, floor1((left - shake - near * nearKm) / rest)) : 0;
        if (rest > 0 && (km < 1 || easyMinutes(g, km) < floor)) continue;
        if (near > 0 && (nearKm < 1 || easyMinutes(g, nearKm) < floor)) continue;
        const kms = pick.map((off) => (shake > 0 && off === shakeOff ? shake : nearRace(off) ? nearKm : km));
        // Not the same load day after day (monotony over 2.0 is a notice): a day off instead.
        const loads = new Array<number>(7).fill(0);
        for (let d = 0; d < 7; d++) loads[d] = loadAt[weekStartDay + d] ?? 0;
        pick.forEach((off, i) => (loads[off] = easyMinutes(g, kms[i]) * 3));
        for (const d of days.recoveryAt) loads[d - weekStartDay] += shape.durationMin * shape.rpe;
        if (monotonyOf(loads) > 1.9) continue;
        const score = bunching(pick);
        if (!best || score < best.score) best = { chosen: pick, kms, score };
      }
      if (best) return { chosen: best.chosen, kms: best.kms };
    }
    return { chosen: [], kms: [] };
  };
  // The placement rule: of the choices of days that hold the most easy runs at the floor, the least
  // bunched week wins. A coach spreads a week's running (hard, easy, hard, with rest days apart), so
  // "bunched" is measured, lower being better and each measure deciding before the next:
  //  1. the longest stretch of days without a run (no two rest days in a row where a layout of the
  //     same easy runs avoids it);
  //  2. the number of days without a run that follow one without a run;
  //  3. the number of hard sessions whose next day holds no run (a coach runs easy the day after a
  //     hard day, as the rules' recovery runs do: Mon easy, Wed tempo, Thu easy, Sat easy, Sun long
  //     rather than Mon and Tue easy, Wed tempo, Thu empty, Fri easy);
  //  4. an easy run the day before the long run rather than two days before it (Thu easy, Fri rest,
  //     Sat easy, Sun long: the rest days fall apart, and the legs are loose for the long run).
  // The runs counted are the coach's (long run, quality session, race, easy runs) and the recovery
  // runs the rules will add beside them (days.recoveryAt, just foreseen for this pick). Among equally
  // spread picks the first in day order wins (deterministic).
  const bunching = (pick: readonly number[]): number => {
    let longest = 0;
    let pairs = 0;
    let stretch = 0;
    let hardThenOff = 0;
    let offBeforeLong = 0;
    for (let off = 0; off < 7; off++) {
      const d = weekStartDay + off;
      const k = kindAt[d];
      const run = pick.includes(off) || days.recoveryAt.includes(d) || (k !== undefined && k !== 'rest');
      stretch = run ? 0 : stretch + 1;
      if (stretch >= 2) pairs++;
      longest = Math.max(longest, stretch);
      const prev = d > 0 ? kindAt[d - 1] : undefined;
      if (!run && prev !== undefined && HARD_KINDS.has(prev)) hardThenOff++;
      if (!run && kindAt[d + 1] === 'long') offBeforeLong = 1;
    }
    return longest * SPREAD_LONGEST + pairs * SPREAD_PAIR + hardThenOff * SPREAD_HARD_THEN_OFF + offBeforeLong;
  };
  // What the floor leaves unrun must not turn a week whose long run grew into a cutback (15 % under
  // the week before: constraint 4 keeps a cutback's long run no longer than the week before's). Such
  // a week takes the next floor down (25 minutes, then none), and only that week.
  const prevLr = b.lastLr[b.lastLr.length - (lrKm > 0 ? 2 : 1)];
  const accidentalCutback = (chosen: number[], kms: number[]): boolean => {
    if (w < 2 || w >= f.n || lrKm <= prevLr + 1e-9) return false;
    const dKm = days.recoveryKm(
      w,
      chosen.map((off) => weekStartDay + off),
    );
    return lrKm + qKm + dKm + kms.reduce((x, y) => x + y, 0) <= 0.85 * b.actual[w - 1] + 1e-6;
  };
  let { chosen, kms } = pickDays(floorMin, firstDaysOnly);
  // Where the week's volume only reaches the floor with easy runs on the days the rules' recovery runs
  // would take (the days after the long run and the quality session), those easy runs bunch up beside
  // the hard days (Mon easy, Wed tempo, Thu easy, then Fri and Sat empty before Sunday's long run).
  // A coach rests the day after a hard session instead and runs the easy days later: Mon easy, Wed
  // tempo, Thu rest, Fri easy, Sun long. So, where the week is bunched, one such day is held as the
  // coach's rest day (the rules then add no recovery run there) when that spreads the week's runs
  // better; the first such day in the week wins a tie.
  let restDay = -1;
  const eased = !firstDaysOnly && (inTaper || t.cutback.has(w));
  if (!firstDaysOnly && chosen.length > 0) {
    days.recoveryKm(
      w,
      chosen.map((off) => weekStartDay + off),
    );
    let bestScore = bunching(chosen);
    if (bestScore >= 2 * SPREAD_LONGEST) {
      for (const off of free) {
        const d = weekStartDay + off;
        const prev = kindAt[d - 1];
        if (!prev || !HARD_KINDS.has(prev) || !canRest(b, d)) continue;
        kindAt[d] = 'rest';
        const tried = pickDays(floorMin, false);
        if (tried.chosen.length > 0) {
          days.recoveryKm(
            w,
            tried.chosen.map((o) => weekStartDay + o),
          );
          const score = bunching(tried.chosen);
          if (score < bestScore) {
            bestScore = score;
            restDay = d;
            ({ chosen, kms } = tried);
          }
        }
        kindAt[d] = undefined;
      }
    }
    if (restDay >= 0) kindAt[restDay] = 'rest';
  }
  for (const lower of [25, 0]) {
    if (lower >= floorMin || !accidentalCutback(chosen, kms)) break;
    ({ chosen, kms } = pickDays(lower, firstDaysOnly || lower === 0));
  }
  // A cutback or taper week often has too little running for easy runs of 30 minutes beside the rules'
  // recovery runs, which sit the day after each hard session: Mon recovery, Wed tempo, Thu recovery,
  // then Fri and Sat empty before Sunday's long run. A coach rests the day after the tempo and runs
  // that recovery run later, where the week has a gap: Thu rest, Fri recovery. So, where such a week is
  // bunched, one recovery run is moved (the coach's rest day where the rules would put it, the same
  // run as a coach session on a free day) when that spreads the week's runs; the week's running, run
  // days and load stay as they were. The first such move in day order wins a tie.
  let moved: { from: number; to: number } | null = null;
  if (eased && restDay < 0) {
    const found = moveRecoveryRun(b, wk, free, chosen, bunching, () => pickDays(floorMin, false, true));
    if (found) ({ moved, chosen, kms } = found);
  }
  // The recovery runs the rules will add beside the chosen days (recoveryAt is read when the week closes).
  const dKm = days.recoveryKm(
    w,
    chosen.map((off) => weekStartDay + off),
  );
  if (moved) {
    days.placeRest(`g${w}-rest-spread`, moved.from, restForLaterRecoveryNote(wk.head));
    days.place(
      {
        id: `g${w}-recovery`,
        date: days.dateOf(moved.to),
        kind: 'recovery',
        durationMin: shape.durationMin,
        distanceKm: shape.distanceKm,
        rpe: shape.rpe,
        notes: movedRecoveryNote(wk.head),
      },
      moved.to,
    );
  }
  if (restDay >= 0) days.placeRest(`g${w}-rest-spread`, restDay, restToSpreadNote(wk.head));
  if (restBeforeRace >= 0) days.placeRest(`g${w}-rest-race`, restBeforeRace, restBeforeRaceNote(wk.head));
  chosen.forEach((off, i) => {
    const km = kms[i];
    const shake = hasShakeDay && off === shakeOff;
    days.place(
      {
        id: `g${w}-easy${i + 1}`,
        date: days.dateOf(weekStartDay + off),
        kind: 'easy',
        durationMin: easyMinutes(g, km),
        distanceKm: km,
        notes: shake ? shakeOutNote(wk.head, km, g.input.units) : easyNote(wk.head, km, g.input.units),
      },
      weekStartDay + off,
    );
  });
  return dKm;
}

/**
 * The move of one of the week's recovery runs that spreads its runs best (its use in placeEasyRuns
 * says why): from the day after a hard session, where the rules would put it and the coach can rest,
 * to a free day of the week, the week's easy runs picked again around it (`repick`); null where no
 * move lowers `bunching`. Leaves the ledger holding the move ('rest' on `from`, 'recovery' on `to`).
 */
function moveRecoveryRun(
  b: Build,
  wk: Week,
  free: readonly number[],
  chosen: number[],
  bunching: (pick: readonly number[]) => number,
  repick: () => { chosen: number[]; kms: number[] },
): { moved: { from: number; to: number }; chosen: number[]; kms: number[] } | null {
  const { days, f } = b;
  const { kindAt, shape } = days;
  const { w, weekStartDay } = wk;
  const at = (pick: readonly number[]) => pick.map((off) => weekStartDay + off);
  days.recoveryKm(w, at(chosen));
  const rulesDays = [...days.recoveryAt];
  let bestScore = bunching(chosen);
  if (bestScore < 2 * SPREAD_LONGEST) return null;
  let best: { moved: { from: number; to: number }; chosen: number[]; kms: number[] } | null = null;
  for (const from of rulesDays) {
    if (!canRest(b, from)) continue;
    kindAt[from] = 'rest';
    for (const off of free) {
      const to = weekStartDay + off;
      if (!canRest(b, to)) continue;
      if (to === f.raceDay - 1 && shape.durationMin > DAY_BEFORE_RACE_MAX_MIN) continue;
      kindAt[to] = 'recovery';
      const tried = repick();
      // The same number of easy runs (the week's running and run days as they were).
      if (tried.chosen.length === chosen.length) {
        days.recoveryKm(w, at(tried.chosen));
        const score = bunching(tried.chosen);
        if (score < bestScore) {
          bestScore = score;
          best = { moved: { from, to }, ...tried };
        }
      }
      kindAt[to] = undefined;
    }
    kindAt[from] = undefined;
  }
  if (best) {
    kindAt[best.moved.from] = 'rest';
    kindAt[best.moved.to] = 'recovery';
  }
  return best;
}

/** The ways of choosing `k` of `items`, keeping their order, the earliest first (items[0..k-1] first). */
function* combinations<T>(items: readonly T[], k: number, from = 0): Generator<T[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= items.length - k; i++)
    for (const rest of combinations(items, k - 1, i + 1)) yield [items[i], ...rest];
}
