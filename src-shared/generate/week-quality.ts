/**
 * The week's tempo or interval session. Decides its day (the usual quality day, at least two days
 * from the long run, or the race's quality session 2–10 days out where that falls in the week:
 * constraints 2 and 6), its kind and minutes of work (at most 15 % of the week's running minutes
 * and the level's cap: constraint 7; before the taper, at most a quarter of the week's running,
 * warm-up and cool-down included, so the easy runs keep 30 minutes or more: a 12.9 km interval
 * session in a 36 km week had left them 20), whether the week has room for it at all (it stays shorter
 * than the long run: constraint 4; race week always has one), an optional guard against a first
 * quality session spiking a small week's load (the rules' acute:chronic notice), and, in the taper,
 * a rest day after it where its recovery run would not fit the week.
 */
import { DEFAULT_RPE } from './day-ledger';
import { floor1 } from './draft-grid';
import { beforeRace, canRest, easyMinutes, type Build, type Week } from './draft-week';
import { quality, WORK_CAP } from './quality-steps';
import { qualityNote, restAfterQualityNote } from './why-notes';

/** Chooses, sizes and places the week's quality session (none where it does not fit); sets `qOff` and `qKm`. */
export function placeQuality(b: Build, wk: Week): void {
  const { g, f, tp, ctx, days } = b;
  const { kindAt } = days;
  const { w, inTaper, weekStartDay, vol } = wk;
  const before = (off: number) => beforeRace(b, wk, off);
  // Quality session: the week's own, or the one 2–10 days before the race where it falls in this week.
  let qOff = f.qOffset;
  const raceQHere = tp.raceQ >= weekStartDay && tp.raceQ < weekStartDay + 7;
  if (raceQHere) qOff = tp.raceQ - weekStartDay;
  else if (w === f.n) qOff = -1;
  // Where the race's session lies before the taper, the taper's weeks keep their running easy.
  else if (inTaper && tp.raceQ >= 0 && tp.raceQ < 7 * f.k) qOff = -1;
  // The week's own session never sits next to the race's quality session or the race.
  else if (Math.abs(weekStartDay + qOff - tp.raceQ) < 2 || Math.abs(weekStartDay + qOff - f.raceDay) < 2) qOff = -1;
  wk.qOff = qOff;
  wk.qKm = 0;
  // The race's quality session in a taper week: short intervals where the week's minutes are few
  // (3 minutes of work rather than 5 stays within 20 %), and a long run at least as long.
  const taperQ = raceQHere && inTaper && w < f.n;
  const taperWork = Math.min(WORK_CAP[g.level], Math.floor((0.15 * vol * g.easyPace) / 60), 12);
  let kind: 'tempo' | 'intervals' =
    (taperQ && taperWork < 5) || wk.preTaperQ ? 'intervals' : w % 2 === 0 ? 'intervals' : 'tempo';
  if (taperQ)
    wk.lrKm = Math.min(wk.taperLrCap, Math.max(wk.lrKm, quality(ctx, kind, taperWork, 0, tp.shortQ ? 3 : 5).km));
  if (qOff < 0 || !before(qOff)) return;
  const lrKm = wk.lrKm;
  const qDay = weekStartDay + qOff;
  kindAt[qDay] = kind;
  const dWithQ = days.recoveryKm(w, []);
  const room = vol - lrKm - dWithQ;
  // Before the taper a quality session only goes where the week has room for it and it stays
  // shorter than the long run; in the taper week it stays shorter than the long run; race week
  // always has one (constraint 6).
  // (With fewerReps, the easy running counted is only what the week's free days can hold.)
  let easyRoom = Math.max(0, room) / 2;
  if (tp.fewerReps) {
    const slots = b.easyOffsets.filter(
      (off) => before(off) && off !== qOff && kindAt[weekStartDay + off] === undefined,
    ).length;
    easyRoom = Math.min(easyRoom, Math.max(0, Math.min(slots, g.budget - 2)) * lrKm);
  }
  const weekMin = ((inTaper ? vol : lrKm + dWithQ + easyRoom) * g.easyPace) / 60;
  // The taper keeps intensity (Bosquet et al. 2007): up to 20 minutes of work in its weeks before
  // race week (12 had left a marathoner's last full week 2 x 5 min at T), 12 in race week.
  const work = Math.min(WORK_CAP[g.level], Math.floor(0.15 * weekMin), w === f.n ? 12 : inTaper ? 20 : 99);
  const maxKm =
    w === f.n
      ? Math.max(3, 0.35 * vol)
      : taperQ
        ? Math.min(lrKm, Math.max(2, room))
        : inTaper
          ? Math.min(Math.max(3, lrKm * 0.9), Math.max(2, room))
          : Math.min(lrKm, room, wk.preTaperQ ? Infinity : floor1(ctx.shape.qualityShare * vol));
  const minWarm = (inTaper || wk.preTaperQ) && tp.shortQ ? 3 : 5;
  let q = quality(ctx, kind, work, maxKm, minWarm);
  let fits = raceQHere || (q.km <= (inTaper ? lrKm : maxKm) && (inTaper || work >= 4));
  // Before the taper, a week whose long run grew but whose long run and recovery runs alone fall 15 %
  // under the week before (a cutback by accident, which constraint 4 forbids with a longer long run:
  // easy-runs.ts) takes the shorter interval session (3-minute repetitions) where its tempo session is
  // too long for its room. Without it, a tiny week (a beginner's 10 km a week on 3 days) filled the
  // gap with a 15-minute easy run, under the draft's 30-minute floor.
  const prevLr = b.lastLr[b.lastLr.length - 1];
  const byAccident = w >= 2 && lrKm > prevLr + 1e-9 && lrKm + dWithQ <= 0.85 * b.actual[w - 1] + 1e-6;
  if (!fits && !inTaper && byAccident && kind === 'tempo' && work >= 4) {
    const shorter = quality(ctx, 'intervals', work, maxKm, minWarm);
    if (shorter.km <= maxKm) {
      kind = 'intervals';
      q = shorter;
      fits = true;
    }
  }
  // Where asked, no quality session that would lift the week's load over 1.4 times the mean of
  // it and the three weeks before (the rules' load-spike notice is at 1.5; this is an estimate).
  if (fits && tp.acwrGuard && !inTaper && w >= 2) {
    const { shape } = days;
    const shapeKm = shape.distanceKm;
    const easyLeft = Math.max(0, vol - lrKm - q.km - dWithQ);
    const est =
      easyMinutes(g, lrKm) * 5 +
      q.min * (DEFAULT_RPE[kind] ?? 7) +
      easyMinutes(g, easyLeft) * 3 +
      (shapeKm > 0 ? dWithQ / shapeKm : 0) * shape.durationMin * shape.rpe;
    const prev = b.weekLoad.slice(Math.max(1, w - 3), w);
    const mean = (prev.reduce((x, y) => x + y, 0) + est) / (prev.length + 1);
    if (mean > 0 && est / mean > 1.4) fits = false;
  }
  // In the taper, a rest day after the quality session where its recovery run would not fit.
  const afterQ = qDay + 1;
  const blockQ =
    fits && inTaper && dWithQ > wk.dLong && (tp.blockAll || lrKm + q.km + dWithQ > vol) && canRest(b, afterQ);
  kindAt[qDay] = undefined;
  if (blockQ) {
    days.placeRest(`g${w}-rest-q`, afterQ, restAfterQualityNote(wk.head));
  }
  if (fits) {
    wk.qKm = q.km;
    days.place(
      {
        id: `g${w}-quality`,
        date: days.dateOf(qDay),
        kind,
        title: q.title,
        durationMin: q.min,
        distanceKm: q.km,
        steps: q.steps,
        notes: qualityNote(wk.head, kind),
      },
      qDay,
    );
  } else wk.qOff = -1;
}
