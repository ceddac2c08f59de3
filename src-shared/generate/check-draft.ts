/**
 * An independent check of a draft against plan-generator.md's eleven constraints: it re-reads the
 * page, runs the real rules (`evaluatePlan`) and measures, sharing nothing with the generator but
 * the goal's resolved inputs. Returns the broken constraints as sentences (empty: the draft is good).
 */
import { daysBetween, type IsoDate } from '../domain/dates';
import { planDays } from '../domain/fitness';
import { effectiveRpe, isRunningKind } from '../domain/kinds';
import { athletePaces, type AthletePaces } from '../domain/paces';
import { planFileText, type PlanFileData } from '../domain/plan-file';
import { stepTotals, isRepeat, type StepItem } from '../domain/steps';
import type { EvaluatedPlan, PhaseName } from '../domain/types';
import { evaluatePlan } from '../rules/evaluate-plan';
import { RACE_KM, type ResolvedGoal } from './goal';

const EPS = 1e-6;
const ORDER: Record<PhaseName, number> = { base: 0, build: 1, peak: 2, taper: 3, race: 4, recovery: -1 };

/** Minutes of steps at T, I or R (or RPE 7+), by time or, for a step given by distance, at its pace. */
function hardMinutes(items: readonly StepItem[], paces: AthletePaces): number {
  let m = 0;
  for (const item of items) {
    const list = isRepeat(item) ? item.steps : [item];
    const times = isRepeat(item) ? item.repeat : 1;
    for (const s of list) {
      const t = s.target;
      const fast = t === 'T' || t === 'I' || t === 'R' || (typeof t === 'object' && 'rpe' in t && t.rpe >= 7);
      if (fast) m += stepTotals([s], paces).durationMin * times;
    }
  }
  return m;
}

export function checkDraft(data: PlanFileData, g: ResolvedGoal, e: EvaluatedPlan = evaluatePlan(data)): string[] {
  const out: string[] = [];
  const longRace = g.raceKm >= RACE_KM.half - EPS;
  const dayOf = (d: IsoDate) => daysBetween(data.plan.startDate, d);
  const weekOf = (d: IsoDate) => Math.floor(dayOf(d) / 7) + 1;
  const D = dayOf(g.raceDate);
  const n = data.plan.weeks;

  // 1. Race.
  const races = data.sessions.filter((s) => s.kind === 'race');
  if (races.length !== 1 || races[0].date !== g.raceDate || Math.abs((races[0].distanceKm ?? 0) - g.raceKm) > EPS)
    out.push('1: one race on the race date with its distance');
  if (data.sessions.some((s) => s.date > g.raceDate)) out.push('1: nothing after the race');

  // 2. Rules: no warning, no notice.
  for (const w of e.warnings) out.push(`2: ${w.ruleId}: ${w.message}`);

  // Week running distance, races left out (what `stride rules` shows, minus races): distances typed
  // or estimated, minutes given or those of the steps.
  const paces = athletePaces({ level: data.athlete.level, easyPaceSecPerKm: data.athlete.easyPaceSecPerKm, recentRace: data.athlete.recentRace });
  const km = (s: { distanceKm: number | null; estimatedDistanceKm?: number }) => s.distanceKm ?? s.estimatedDistanceKm ?? 0;
  const minutes = (s: { durationMin: number | null; steps?: StepItem[] | null }) =>
    s.durationMin ?? (s.steps && s.steps.length > 0 ? stepTotals(s.steps, paces).durationMin : 0);
  const coachKm = new Map(e.sessions.filter((s) => s.origin === 'coach').map((s) => [s.id, km(s)]));
  const kmOf = (s: { id: string; distanceKm: number | null }) => s.distanceKm ?? coachKm.get(s.id) ?? 0;
  const runKm = new Array<number>(n + 1).fill(0);
  const runMin = new Array<number>(n + 1).fill(0);
  for (const s of e.sessions) {
    if (!isRunningKind(s.kind)) continue;
    const w = weekOf(s.date);
    if (w < 1 || w > n) continue;
    if (s.kind !== 'race') runKm[w] += km(s);
    runMin[w] += minutes(s);
  }
  // 3. Start and growth.
  if (g.recentWeeklyKm > 0 && runKm[1] > 1.1 * g.recentWeeklyKm + EPS) out.push(`3: week 1 runs ${runKm[1]} km`);
  let maxBefore = runKm[1];
  for (let w = 2; w <= n; w++) {
    if (runKm[w] > 1.1 * maxBefore + EPS) out.push(`3: week ${w} grows over 110 % (${runKm[w]} vs ${maxBefore})`);
    maxBefore = Math.max(maxBefore, runKm[w]);
  }

  // 4. Long run.
  const longs = data.sessions.filter((s) => s.kind === 'long');
  const raceWeek = weekOf(g.raceDate);
  const lrOf = new Map<number, number>();
  for (const l of longs) {
    const w = weekOf(l.date);
    if (lrOf.has(w)) out.push(`4: two long runs in week ${w}`);
    lrOf.set(w, kmOf(l));
    if ((dayOf(l.date) + daysFromMonday(data.plan.startDate)) % 7 !== g.longRunWeekday)
      out.push(`4: long run of week ${w} not on the long-run day`);
  }
  for (let w = 1; w < raceWeek; w++) if (!lrOf.has(w)) out.push(`4: no long run in week ${w}`);
  if (lrOf.has(raceWeek)) out.push('4: a long run in race week');
  const peak = Math.max(0, ...lrOf.values());
  if (peak + EPS < g.peakMin || peak > g.peakMax + EPS)
    out.push(`4: peak long run ${peak} outside ${g.peakMin}–${g.peakMax}`);
  const hist = [g.recentLongestRunKm, g.recentLongestRunKm, g.recentLongestRunKm, g.recentLongestRunKm];
  for (let w = 1; w < raceWeek; w++) {
    const l = lrOf.get(w) ?? 0;
    const ref = Math.max(...hist.slice(-4));
    if (l > 1.1 * ref + EPS) out.push(`4: long run of week ${w} grows over 10 % (${l} vs ${ref})`);
    hist.push(l);
  }
  for (const s of data.sessions) {
    if (!isRunningKind(s.kind) || s.kind === 'long' || s.kind === 'race') continue;
    const l = lrOf.get(weekOf(s.date));
    if (l !== undefined && kmOf(s) > l + EPS) out.push(`4: ${s.id} longer than the week's long run`);
  }
  // A cutback week (one running at least 15 % less than the week before) keeps its long run no longer than the week before's.
  for (let w = 2; w < raceWeek; w++) {
    const [l, prev] = [lrOf.get(w), lrOf.get(w - 1)];
    if (l !== undefined && prev !== undefined && runKm[w] <= 0.85 * runKm[w - 1] + EPS && l > prev + EPS)
      out.push(`4: the long run of cutback week ${w} is longer than week ${w - 1}'s`);
  }
  const peakDays = longs.filter((l) => Math.abs(kmOf(l) - peak) < EPS).map((l) => dayOf(l.date));
  if (peakDays.some((d) => d > D - (longRace ? 21 : 14))) out.push('4: the peak long run is too close to the race');
  if (longRace)
    for (const l of longs)
      if (dayOf(l.date) >= D - 13 && kmOf(l) > 0.75 * peak + EPS)
        out.push(`4: ${l.id} over 75 % of the peak in the last 13 days`);

  // 9. Phases (read before 5, which needs "before the taper").
  const phases = new Map((data.plan.phases ?? []).map((p) => [p.week, p.phase]));
  for (let w = 1; w <= n; w++) if (!phases.has(w)) out.push(`9: week ${w} has no phase`);
  let last = -1;
  for (let w = 1; w <= n; w++) {
    const p = phases.get(w);
    if (!p || p === 'recovery') continue;
    if (ORDER[p] < last) out.push(`9: phase ${p} in week ${w} out of order`);
    last = Math.max(last, ORDER[p]);
  }
  if (phases.get(raceWeek) !== 'race') out.push('9: race week is not "race"');
  if (longRace && raceWeek > 1 && phases.get(raceWeek - 1) !== 'taper')
    out.push('9: the week before race week is not "taper"');
  for (const [w, p] of phases)
    if (p === 'recovery' && w > 1 && !(runKm[w] <= 0.85 * runKm[w - 1] + EPS))
      out.push(`9: recovery week ${w} is no cutback`);

  // 5. Cutbacks before the taper.
  const pre: number[] = [];
  for (let w = 1; w <= n; w++) {
    const p = phases.get(w);
    if (p === 'taper' || p === 'race') break;
    pre.push(w);
  }
  const isCut = (w: number) => w >= 2 && runKm[w] <= 0.85 * runKm[w - 1] + EPS;
  for (let i = 0; i + 3 < pre.length; i++) {
    if (![pre[i], pre[i + 1], pre[i + 2], pre[i + 3]].some(isCut))
      out.push(`5: no cutback in weeks ${pre[i]}–${pre[i + 3]}`);
  }

  // 6. Taper.
  const windowDays = longRace ? 13 : 7;
  let windowKm = 0;
  for (const s of e.sessions) {
    const d = dayOf(s.date);
    if (isRunningKind(s.kind) && s.kind !== 'race' && d >= D - windowDays && d < D) windowKm += km(s);
  }
  let peakWeek = 0;
  for (let w = 1; w <= n; w++) if (7 * (w - 1) + 6 < D - windowDays) peakWeek = Math.max(peakWeek, runKm[w]);
  const share = longRace ? windowKm / (2 * peakWeek) : windowKm / peakWeek;
  const [lo, hi] = longRace ? [0.4, 0.6] : [0.5, 0.75];
  if (!(share >= lo - EPS && share <= hi + EPS)) out.push(`6: the taper window holds ${(100 * share).toFixed(1)} %`);
  if (
    !data.sessions.some(
      (s) => (s.kind === 'tempo' || s.kind === 'intervals') && D - dayOf(s.date) >= 2 && D - dayOf(s.date) <= 10,
    )
  )
    out.push('6: no tempo or interval session 2–10 days before the race');

  // 7. Intensity.
  for (let w = 1; w < raceWeek; w++) {
    let hardMin = 0;
    let hard = 0;
    for (const s of data.sessions) {
      if (weekOf(s.date) !== w) continue;
      const rpe = effectiveRpe(s) ?? 0;
      if (s.steps && s.steps.length > 0) hardMin += hardMinutes(s.steps, paces);
      else if (rpe >= 7) hardMin += minutes(s);
      if (['tempo', 'intervals', 'hills', 'fartlek'].includes(s.kind) || (s.kind !== 'long' && rpe >= 7))
        hard++;
    }
    if (hardMin > 0.2 * runMin[w] + EPS) out.push(`7: week ${w} has ${hardMin} of ${runMin[w]} min hard`);
    if (hard > (g.level === 'beginner' ? 1 : 2)) out.push(`7: week ${w} has ${hard} hard sessions`);
  }

  // 8. Form on race day.
  if (longRace) {
    const days = planDays({ athlete: data.athlete, plan: data.plan }, e.sessions);
    const race = days.find((d) => d.date === g.raceDate);
    if (!race || !(race.form > 0)) out.push(`8: form on race day is ${race?.form}`);
  }

  // 10. Said, not hidden.
  for (const s of data.sessions) {
    if (!s.notes || s.notes.includes('\n')) out.push(`10: ${s.id} has no one-line note`);
    if (s.kind === 'tempo' || s.kind === 'intervals') {
      if (!s.steps || s.steps.length === 0) out.push(`10: ${s.id} has no steps`);
      else {
        const total = stepTotals(s.steps, paces).durationMin;
        if (Math.abs((s.durationMin ?? 0) - total) > 0.1 * total + EPS) out.push(`10: ${s.id} duration off its steps`);
      }
    }
  }
  void planFileText;
  return out;
}

/** ISO weekday of the plan's start (0 = Monday). */
function daysFromMonday(start: IsoDate): number {
  return ((daysBetween('1970-01-05', start) % 7) + 7) % 7; // 1970-01-05 was a Monday
}
