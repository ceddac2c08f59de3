/**
 * The one-line notes that say why each drafted session is there (constraint 10: "Build, week 6:
 * long run 18 km, 1.5 km more than week 5"). Decides only wording: every figure comes from the
 * step that placed the session. Coaches read these, and tests match them, so a change here is a
 * change to what the draft says.
 */
import { formatRaceTime, predictRaceSec, type AthletePaces } from '../domain/paces';
import type { PhaseName, Units } from '../domain/types';
import { kmToUnits } from '../domain/units';
import { round1 } from './draft-grid';

/**
 * A distance of the notes in the plan's units: km as the draft chose it (already to 0.1), miles
 * to 0.1. A miles athlete's draft said "long run 13.2 km" beside paces per mile.
 */
function inUnits(km: number, units: Units): number {
  return units === 'mi' ? round1(kmToUnits(km, units)) : km;
}

const PHASE_WORD: Record<PhaseName, string> = {
  base: 'Base',
  build: 'Build',
  peak: 'Peak',
  taper: 'Taper',
  race: 'Race week',
  recovery: 'Recovery',
};

/**
 * The head of a drafted session's note ("Build, week 6: "), which names one plan's week: a session
 * saved to the library and placed elsewhere leaves it behind (library.ts).
 */
export const DRAFT_NOTE_HEAD = new RegExp(`^(?:${Object.values(PHASE_WORD).join('|')}), week \\d+: `);

/** How every note of week w starts: "Build, week 6". */
export function weekHead(phase: PhaseName, w: number): string {
  return `${PHASE_WORD[phase]}, week ${w}`;
}

export function raceNote(raceKm: number, paces: AthletePaces, units: Units = 'km'): string {
  return `Race day: ${round1(inUnits(raceKm, units))} ${units}, predicted ${formatRaceTime(predictRaceSec(paces.vdot, raceKm))} from the athlete's paces.`;
}

export function qualityNote(head: string, kind: 'tempo' | 'intervals'): string {
  return `${head}: ${kind === 'tempo' ? 'threshold' : 'interval'} work keeps speed while the week's running stays mostly easy.`;
}

export function restAfterQualityNote(head: string): string {
  return `${head}: rest the day after the quality session; the taper keeps the week's running down.`;
}

/** The long run and how it changed from the week before's (week 1: from the recent longest run). */
export function longRunNote(
  head: string,
  w: number,
  lrKm: number,
  prevKm: number,
  recentLongestRunKm: number,
  units: Units = 'km',
  /** The recent longest run is the level's usual, the athlete's own unknown (goal.ts defaults). */
  assumed = false,
): string {
  // The change is worked out from the figures as shown, so "0.1 mi more" never reads as "0 mi more".
  const lr = inUnits(lrKm, units);
  const diff = round1(lr - inUnits(prevKm, units));
  const u = units;
  const recent = round1(inUnits(recentLongestRunKm, units));
  // Week 1 can start below the recent longest run (a beginner's 5K peaks at 6–10 km): "from a recent
  // longest run of 8 km" beside 6 km read as growth.
  // An assumed figure is said to be one: an athlete left "unknown" read on the week sheet that they
  // had recently run 12 km, which nobody had said.
  const usual = assumed ? ' (the level’s usual)' : '';
  const fromRecent =
    lr < recent
      ? `${lr} ${u}, ${round1(recent - lr)} ${u} less than the ${assumed ? 'assumed ' : ''}recent longest run of ${recent} ${u}${usual}`
      : `${lr} ${u}, from ${assumed ? 'an assumed' : 'a'} recent longest run of ${recent} ${u}${usual}`;
  const change =
    w === 1
      ? fromRecent
      : diff > 0
        ? `${lr} ${u}, ${diff} ${u} more than week ${w - 1}`
        : diff < 0
          ? `${lr} ${u}, ${round1(-diff)} ${u} less than week ${w - 1}`
          : `${lr} ${u}, as in week ${w - 1}`;
  return `${head}: long run ${change}.`;
}

export function restAfterLongRunNote(head: string): string {
  return `${head}: rest the day after the long run; the week's growth has no room for more running.`;
}

export function restToSpreadNote(head: string): string {
  return `${head}: rest the day after the hard session, so the week's easy runs fall between its hard days.`;
}

export function easyNote(head: string, km: number, units: Units = 'km'): string {
  return `${head}: easy ${inUnits(km, units)} ${units} at conversational pace (aerobic base).`;
}

export function shakeOutNote(head: string, km: number, units: Units = 'km'): string {
  return `${head}: a short shake-out of ${inUnits(km, units)} ${units} the day before the race, legs fresh for tomorrow.`;
}

export function restBeforeRaceNote(head: string): string {
  return `${head}: rest the day before the race, legs fresh for tomorrow.`;
}

export function restForLaterRecoveryNote(head: string): string {
  return `${head}: rest the day after the hard session; its recovery run comes later in the week, so the runs spread out.`;
}

export function movedRecoveryNote(head: string): string {
  return `${head}: recovery run after the week's hard session, a day or more later so the week's runs spread out.`;
}
