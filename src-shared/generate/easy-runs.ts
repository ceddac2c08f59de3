/**
 * The week's easy runs: what is left of the week's running after the long run, the quality session
 * and the recovery runs the rules will add, shared over the free days within the run-day budget
 * (constraint 2). Decides how many easy runs and which days (in the taper, days inside the taper
 * window first: constraint 6), none shorter than the level's shortest nor longer than the long run
 * (constraint 4), and a day off instead of one more where equal days would push the week's
 * monotony over the rules' 2.0 (load.md).
 */
import { floor1 } from './draft-grid';
import { beforeRace, easyMinutes, type Build, type Week } from './draft-week';
import { easyNote } from './why-notes';

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
  const cap = w === f.n ? Math.max(b.minEasy, qKm, floor1(0.75 * t.peak)) : lrKm;
  let count = Math.max(0, Math.min(runDaysLeft, free.length));
  let dKm = 0;
  let left = 0;
  for (; count >= 0; count--) {
    dKm = days.recoveryKm(
      w,
      free.slice(0, count).map((off) => weekStartDay + off),
    );
    left = vol - lrKm - qKm - dKm;
    if (count === 0) break;
    const each = Math.min(cap, floor1(left / count));
    if (left / count < b.minEasy || each < 1) continue;
    // Not the same load day after day (monotony over 2.0 is a notice): a day off instead.
    const loads = new Array<number>(7).fill(0);
    for (let d = 0; d < 7; d++) loads[d] = loadAt[weekStartDay + d] ?? 0;
    for (let i = 0; i < count; i++) loads[free[i]] = easyMinutes(g, each) * 3;
    for (const d of days.recoveryAt) loads[d - weekStartDay] += shape.durationMin * shape.rpe;
    if (monotonyOf(loads) <= 1.9) break;
  }
  if (count < 0) count = 0;
  const each = count > 0 ? Math.min(cap, floor1(left / count)) : 0;
  for (let i = 0; i < count; i++) {
    days.place(
      {
        id: `g${w}-easy${i + 1}`,
        date: days.dateOf(weekStartDay + free[i]),
        kind: 'easy',
        durationMin: easyMinutes(g, each),
        distanceKm: each,
        notes: easyNote(wk.head, each, g.input.units),
      },
      weekStartDay + free[i],
    );
  }
  return dKm;
}
