/**
 * The one-line notes that say why each drafted session is there (constraint 10: "Build, week 6:
 * long run 18 km, 1.5 km more than week 5"). Decides only wording: every figure comes from the
 * step that placed the session. Coaches read these, and tests match them, so a change here is a
 * change to what the draft says.
 */
import { formatRaceTime, predictRaceSec, type AthletePaces } from '../domain/paces';
import type { PhaseName } from '../domain/types';
import { round1 } from './draft-grid';

const PHASE_WORD: Record<PhaseName, string> = {
  base: 'Base',
  build: 'Build',
  peak: 'Peak',
  taper: 'Taper',
  race: 'Race week',
  recovery: 'Recovery',
};

/** How every note of week w starts: "Build, week 6". */
export function weekHead(phase: PhaseName, w: number): string {
  return `${PHASE_WORD[phase]}, week ${w}`;
}

export function raceNote(raceKm: number, paces: AthletePaces): string {
  return `Race day: ${round1(raceKm)} km, predicted ${formatRaceTime(predictRaceSec(paces.vdot, raceKm))} from the athlete's paces.`;
}

export function qualityNote(head: string, kind: 'tempo' | 'intervals'): string {
  return `${head}: ${kind === 'tempo' ? 'threshold' : 'interval'} work keeps speed while the week's running stays mostly easy.`;
}

export function restAfterQualityNote(head: string): string {
  return `${head}: rest the day after the quality session; the taper keeps the week's running down.`;
}

/** The long run and how it changed from the week before's (week 1: from the recent longest run). */
export function longRunNote(head: string, w: number, lrKm: number, prevKm: number, recentLongestRunKm: number): string {
  const diff = round1(lrKm - prevKm);
  const change =
    w === 1
      ? `${lrKm} km, from a recent longest run of ${round1(recentLongestRunKm)} km`
      : diff > 0
        ? `${lrKm} km, ${diff} km more than week ${w - 1}`
        : diff < 0
          ? `${lrKm} km, ${round1(-diff)} km less than week ${w - 1}`
          : `${lrKm} km, as in week ${w - 1}`;
  return `${head}: long run ${change}.`;
}

export function restAfterLongRunNote(head: string): string {
  return `${head}: rest the day after the long run; the week's growth has no room for more running.`;
}

export function easyNote(head: string, km: number): string {
  return `${head}: easy ${km} km at conversational pace (aerobic base).`;
}
