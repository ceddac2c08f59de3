/**
 * The week's long run on its day (constraint 4: one a week on the long-run day, every week but
 * race week). Decides how the long run makes room for the recovery runs the rules will add after
 * it and for the race's quality session where that falls in the week, when the day after it is
 * held as a rest day instead (a week with no room for that recovery run: constraints 3 and 6), and
 * places the long run with its note.
 */
import { floor1 } from './draft-grid';
import { canRest, easyMinutes, type Build, type Week } from './draft-week';
import { quality } from './quality-steps';
import { longRunNote, restAfterLongRunNote } from './why-notes';

/**
 * Holds the long run's day (and, where asked, the day after it) while the week's recovery running
 * is foreseen, then sizes the long run beside it.
 */
export function sizeLongRunBesideRecovery(b: Build, wk: Week): void {
  const { f, t, tp, ctx, days } = b;
  const { kindAt } = days;
  const w = wk.w;
  wk.lrDay = wk.weekStartDay + f.lrOffset;
  if (wk.lrKm > 0) kindAt[wk.lrDay] = 'long';
  // When the long run takes the whole week, the day after it is a rest day of the coach's, so the
  // rules add no recovery run that the week's growth has no room for.
  wk.next = wk.lrDay + 1;
  wk.blockNext = wk.lrKm > 0 && t.share >= 1 && w <= f.k && canRest(b, wk.next);
  if (wk.blockNext) kindAt[wk.next] = 'rest';
  wk.dLong = days.recoveryKm(w, []);
  // In the taper too, where the recovery run would not fit the week.
  // (With blockAll, every taper long run: its recovery run may fall in the next week.)
  if (
    !wk.blockNext &&
    wk.lrKm > 0 &&
    w > f.k &&
    (tp.blockAll || (wk.dLong > 0 && wk.lrKm + wk.dLong > wk.vol)) &&
    canRest(b, wk.next)
  ) {
    wk.blockNext = true;
    kindAt[wk.next] = 'rest';
    wk.dLong = days.recoveryKm(w, []);
  }
  // The long run leaves room for the recovery runs foreseen so far (or, on a second pass, for those
  // the first pass ended with: easy runs placed later may take the day a recovery run would have had).
  if (w <= f.k) wk.lrKm = Math.min(wk.lrKm, floor1(wk.vol - (ctx.assumeRecovery?.[w] ?? wk.dLong)));
  // The race's quality session in the last week before the taper (a short plan whose taper has no
  // room for it): the long run makes room for it and stays at least as long.
  wk.preTaperQ = tp.raceQ >= wk.weekStartDay && tp.raceQ < wk.weekStartDay + 7 && w <= f.k;
  if (wk.preTaperQ) {
    const qMin = quality(ctx, 'intervals', 4, 0, tp.shortQ ? 3 : 5).km;
    wk.lrKm = Math.max(Math.min(wk.lrKm, floor1(wk.vol - wk.dLong - qMin)), qMin);
  }
  if (w > f.k && w < f.n) wk.lrKm = Math.min(Math.max(wk.lrKm, 2), wk.taperLrCap);
}

/** Places the long run (and the rest day held after it), releasing the days held while the week was sized. */
export function placeLongRun(b: Build, wk: Week): void {
  const { g, days } = b;
  const { kindAt } = days;
  const w = wk.w;
  if (kindAt[wk.lrDay] === 'long') kindAt[wk.lrDay] = undefined; // race week: the race may be on that day
  if (wk.blockNext) kindAt[wk.next] = undefined;
  if (wk.lrKm <= 0) return;
  const prev = b.lastLr[b.lastLr.length - 1];
  days.place(
    {
      id: `g${w}-long`,
      date: days.dateOf(wk.lrDay),
      kind: 'long',
      durationMin: easyMinutes(g, wk.lrKm),
      distanceKm: wk.lrKm,
      notes: longRunNote(
        wk.head,
        w,
        wk.lrKm,
        prev,
        g.recentLongestRunKm,
        g.input.units,
        g.input.athlete.recentLongestRunKm == null,
      ),
    },
    wk.lrDay,
  );
  b.lastLr.push(wk.lrKm);
  if (wk.blockNext) {
    days.placeRest(`g${w}-rest`, wk.next, restAfterLongRunNote(wk.head));
  }
}
