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
import { easyNote, restToSpreadNote } from './why-notes';

/** Weights of bunching's first three measures (the fourth weighs 1), each larger than the most the measures after it can add up to. */
const SPREAD_LONGEST = 64;
const SPREAD_PAIR = 8;
const SPREAD_HARD_THEN_OFF = 2;

/** Kinds after which the rules add a recovery run (recovery-rules.md rule 1, for the kinds a draft holds). */
const HARD_KINDS = new Set(['long', 'tempo', 'intervals', 'race']);

/** Race week's easy runs are shake-outs before the race: 20 minutes is worth running there. */
const SHAKE_OUT_MIN = 20;

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
  if (tp.windowFirst && inTaper) {
    const qd = weekStartDay + f.qOffset;
    if (qOff !== f.qOffset && before(f.qOffset) && kindAt[qd] === undefined && qd !== f.raceDay) free.push(f.qOffset);
    // Race week has no long run: its long-run day may hold an easy run.
    const ld = weekStartDay + f.lrOffset;
    if (w === f.n && before(f.lrOffset) && kindAt[ld] === undefined && ld !== f.raceDay) free.push(f.lrOffset);
    const inWindow = (off: number) => weekStartDay + off >= f.windowStart;
    free.sort((x, y) => Number(inWindow(y)) - Number(inWindow(x)) || x - y);
  }
  const { easyFloorMin, firstDaysOnly } = b.ctx.shape;
  const floorMin = w === f.n ? Math.min(SHAKE_OUT_MIN, easyFloorMin) : easyFloorMin;
  const cap = w === f.n ? Math.max(b.minEasy, qKm, floor1(0.75 * t.peak)) : lrKm;
  // As many easy runs as the week holds at the floor's length or more, on whichever of the free days
  // (taken in their order) lets them: an easy run on the day after a hard session leaves the rules
  // no recovery run to add there, so the same week may hold fewer, longer runs. The days not taken
  // hold no run of the draft's.
  const pickDays = (floor: number, firstOnly: boolean): { chosen: number[]; each: number } => {
    const most = Math.max(0, Math.min(runDaysLeft, free.length));
    for (let count = most; count >= 1; count--) {
      let best: { chosen: number[]; each: number; score: number } | null = null;
      for (const pick of firstOnly ? [free.slice(0, count)] : combinations(free, count)) {
        const dKm = days.recoveryKm(
          w,
          pick.map((off) => weekStartDay + off),
        );
        const left = vol - lrKm - qKm - dKm;
        const km = Math.min(cap, floor1(left / count));
        if (left / count < b.minEasy || km < 1 || easyMinutes(g, km) < floor) continue;
        // Not the same load day after day (monotony over 2.0 is a notice): a day off instead.
        const loads = new Array<number>(7).fill(0);
        for (let d = 0; d < 7; d++) loads[d] = loadAt[weekStartDay + d] ?? 0;
        for (const off of pick) loads[off] = easyMinutes(g, km) * 3;
        for (const d of days.recoveryAt) loads[d - weekStartDay] += shape.durationMin * shape.rpe;
        if (monotonyOf(loads) > 1.9) continue;
        const score = bunching(pick);
        if (!best || score < best.score) best = { chosen: pick, each: km, score };
      }
      if (best) return { chosen: best.chosen, each: best.each };
    }
    return { chosen: [], each: 0 };
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
  const accidentalCutback = (chosen: number[], each: number): boolean => {
    if (w < 2 || w >= f.n || lrKm <= prevLr + 1e-9) return false;
    const dKm = days.recoveryKm(
      w,
      chosen.map((off) => weekStartDay + off),
    );
    return lrKm + qKm + dKm + each * chosen.length <= 0.85 * b.actual[w - 1] + 1e-6;
  };
  let { chosen, each } = pickDays(floorMin, firstDaysOnly);
  // Where the week's volume only reaches the floor with easy runs on the days the rules' recovery runs
  // would take (the days after the long run and the quality session), those easy runs bunch up beside
  // the hard days (Mon easy, Wed tempo, Thu easy, then Fri and Sat empty before Sunday's long run).
  // A coach rests the day after a hard session instead and runs the easy days later: Mon easy, Wed
  // tempo, Thu rest, Fri easy, Sun long. So, where the week is bunched, one such day is held as the
  // coach's rest day (the rules then add no recovery run there) when that spreads the week's runs
  // better; the first such day in the week wins a tie.
  let restDay = -1;
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
            ({ chosen, each } = tried);
          }
        }
        kindAt[d] = undefined;
      }
    }
    if (restDay >= 0) kindAt[restDay] = 'rest';
  }
  for (const lower of [25, 0]) {
    if (lower >= floorMin || !accidentalCutback(chosen, each)) break;
    ({ chosen, each } = pickDays(lower, firstDaysOnly || lower === 0));
  }
  // The recovery runs the rules will add beside the chosen days (recoveryAt is read when the week closes).
  const dKm = days.recoveryKm(
    w,
    chosen.map((off) => weekStartDay + off),
  );
  if (restDay >= 0)
    days.place(
      {
        id: `g${w}-rest-spread`,
        date: days.dateOf(restDay),
        kind: 'rest',
        durationMin: 0,
        distanceKm: null,
        notes: restToSpreadNote(wk.head),
      },
      restDay,
    );
  chosen.forEach((off, i) => {
    days.place(
      {
        id: `g${w}-easy${i + 1}`,
        date: days.dateOf(weekStartDay + off),
        kind: 'easy',
        durationMin: easyMinutes(g, each),
        distanceKm: each,
        notes: easyNote(wk.head, each, g.input.units),
      },
      weekStartDay + off,
    );
  });
  return dKm;
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
