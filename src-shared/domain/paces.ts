/**
 * Training paces (paces.md): the athlete's VDOT (Daniels & Gilbert, "Oxygen Power", 1979) from a
 * recent race or the easy pace, the five training zones, race-time prediction and the paces used
 * to estimate a missing distance or time. Every surface asks this module and nothing else.
 *
 * Paces are seconds per km, times are seconds, distances are kilometres.
 */
import type { Level } from './types';
import { DEFAULT_EASY_PACE } from './types';
import { KM_PER_MILE } from './units';

export type Zone = 'E' | 'M' | 'T' | 'I' | 'R';
export const ZONES: readonly Zone[] = ['E', 'M', 'T', 'I', 'R'];
export const ZONE_NAME: Record<Zone, string> = {
  E: 'Easy',
  M: 'Marathon',
  T: 'Threshold',
  I: 'Interval',
  R: 'Repetition',
};

/** A race or time trial the athlete ran recently (paces.md: 1.5–42.195 km in 3 min to 6 h). */
export interface RecentRace {
  distanceKm: number;
  timeSec: number;
  date?: string | null;
}

export const RECENT_RACE_BOUNDS = { minKm: 1.5, maxKm: 42.195, minSec: 180, maxSec: 6 * 3600 } as const;

/** A pace band, seconds per km: [fast, slow] (fast is the smaller number). */
export type PaceRange = [number, number];

export interface ZonePaces {
  E: PaceRange;
  M: PaceRange;
  T: PaceRange;
  I: PaceRange;
  R: PaceRange;
}

/** Single paces (s/km) per zone, E being its 66.5 % midpoint. */
export type ZoneCentres = Record<Zone, number>;

export const RACE_DISTANCES_KM = { '5k': 5, '10k': 10, half: 21.0975, marathon: 42.195 } as const;
export type RaceName = keyof typeof RACE_DISTANCES_KM;

const A = 0.182258;
const B = 0.000104;
const C = -4.6;
/** ± band around M, T, I, R (paces.md: "their pace ± 3 s/km"). */
const BAND_SEC = 3;
/** The fraction of VDOT at the middle of the easy range. */
export const EASY_FRACTION = 0.665;
const EASY_FAST = 0.74;
const EASY_SLOW = 0.59;
const FRACTION: Record<'T' | 'I' | 'R', number> = { T: 0.88, I: 0.975, R: 1.05 };

/** Oxygen cost of running at `v` metres per minute. */
export function vo2(metresPerMin: number): number {
  return C + A * metresPerMin + B * metresPerMin * metresPerMin;
}

/** The fraction of VO2max a runner sustains for `t` minutes. */
export function pctMax(minutes: number): number {
  return 0.8 + 0.1894393 * Math.exp(-0.012778 * minutes) + 0.2989558 * Math.exp(-0.1932605 * minutes);
}

/** VDOT of a race of `distanceKm` run in `timeSec`. */
export function vdotFromRace(distanceKm: number, timeSec: number): number {
  const t = timeSec / 60;
  return vo2((distanceKm * 1000) / t) / pctMax(t);
}

/** The VDOT whose easy midpoint (66.5 %) is this pace. */
export function vdotFromEasyPace(easySecPerKm: number): number {
  return vo2(60000 / easySecPerKm) / EASY_FRACTION;
}

/** Pace (s/km) at a fraction of VDOT, inverting VO2. */
export function paceAtFraction(vdot: number, fraction: number): number {
  const target = fraction * vdot;
  const v = (-A + Math.sqrt(A * A + 4 * B * (target - C))) / (2 * B);
  return 60000 / v;
}

/** The predicted time (seconds) for `distanceKm` at this VDOT, by bisection (VDOT falls as t grows). */
export function predictRaceSec(vdot: number, distanceKm: number): number {
  let lo = 0.5; // minutes
  let hi = 2000;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (vdotFromRace(distanceKm, mid * 60) > vdot) lo = mid;
    else hi = mid;
  }
  return ((lo + hi) / 2) * 60;
}

/** Single training paces per zone (s/km), unrounded. */
export function zoneCentres(vdot: number): ZoneCentres {
  return {
    E: paceAtFraction(vdot, EASY_FRACTION),
    M: predictRaceSec(vdot, RACE_DISTANCES_KM.marathon) / RACE_DISTANCES_KM.marathon,
    T: paceAtFraction(vdot, FRACTION.T),
    I: paceAtFraction(vdot, FRACTION.I),
    R: paceAtFraction(vdot, FRACTION.R),
  };
}

/** The five zones as ranges a watch can follow (paces.md: E fast–slow; others ± 3 s/km). */
export function zonePaces(vdot: number): ZonePaces {
  const c = zoneCentres(vdot);
  const band = (p: number): PaceRange => [p - BAND_SEC, p + BAND_SEC];
  return {
    E: [paceAtFraction(vdot, EASY_FAST), paceAtFraction(vdot, EASY_SLOW)],
    M: band(c.M),
    T: band(c.T),
    I: band(c.I),
    R: band(c.R),
  };
}

export function racePredictions(vdot: number): Record<RaceName, number> {
  return {
    '5k': predictRaceSec(vdot, 5),
    '10k': predictRaceSec(vdot, 10),
    half: predictRaceSec(vdot, RACE_DISTANCES_KM.half),
    marathon: predictRaceSec(vdot, RACE_DISTANCES_KM.marathon),
  };
}

/** What the paces are computed from. */
export interface PaceSource {
  level: Level;
  easyPaceSecPerKm: number | null;
  recentRace?: RecentRace | null;
}

/** Everything a surface needs about an athlete's paces. */
export interface AthletePaces {
  vdot: number;
  /** Where the VDOT came from. */
  basis: 'race' | 'easy-pace' | 'level-default';
  /** The athlete's easy pace (paces.md): typed, else 66.5 % of the race VDOT, else the level's. */
  easySecPerKm: number;
  /** Recovery pace: easy + 56 s/km (recovery-rules.md). */
  recoverySecPerKm: number;
  centres: ZoneCentres;
  zones: ZonePaces;
}

export const RECOVERY_EXTRA_SEC = 56;

const cache = new Map<string, AthletePaces>();

/** The athlete's VDOT and paces (memoised: the rules ask for them often). */
export function athletePaces(src: PaceSource): AthletePaces {
  const race = src.recentRace && validRecentRace(src.recentRace) ? src.recentRace : null;
  const key = `${src.level}|${src.easyPaceSecPerKm ?? ''}|${race ? `${race.distanceKm}/${race.timeSec}` : ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let vdot: number;
  let basis: AthletePaces['basis'];
  if (race) {
    vdot = vdotFromRace(race.distanceKm, race.timeSec);
    basis = 'race';
  } else {
    vdot = vdotFromEasyPace(src.easyPaceSecPerKm ?? DEFAULT_EASY_PACE[src.level]);
    basis = src.easyPaceSecPerKm != null ? 'easy-pace' : 'level-default';
  }
  const easy = src.easyPaceSecPerKm ?? (race ? null : DEFAULT_EASY_PACE[src.level]);
  const out = pacesForVdot(vdot, easy, basis);
  if (cache.size > 500) cache.clear();
  cache.set(key, out);
  return out;
}

/** Paces for a VDOT alone (the command line's `--race`): the easy pace is its 66.5 % unless given. */
export function pacesForVdot(vdot: number, easySecPerKm: number | null = null, basis: AthletePaces['basis'] = 'race'): AthletePaces {
  const centres = zoneCentres(vdot);
  const easy = easySecPerKm ?? Math.round(centres.E);
  return {
    vdot,
    basis,
    easySecPerKm: easy,
    recoverySecPerKm: easy + RECOVERY_EXTRA_SEC,
    centres,
    zones: zonePaces(vdot),
  };
}

/** The athlete's easy pace (paces.md): typed, else from the recent race, else the level's default. */
export function athleteEasyPace(src: PaceSource): number {
  if (src.easyPaceSecPerKm != null) return src.easyPaceSecPerKm;
  if (src.recentRace && validRecentRace(src.recentRace)) return athletePaces(src).easySecPerKm;
  return DEFAULT_EASY_PACE[src.level];
}

/** Problems with a recent race, each naming the field; empty when it is fine. */
export function recentRaceProblems(race: RecentRace, path = 'recentRace'): string[] {
  const out: string[] = [];
  const { minKm, maxKm, minSec, maxSec } = RECENT_RACE_BOUNDS;
  if (!Number.isFinite(race.distanceKm) || race.distanceKm < minKm || race.distanceKm > maxKm) {
    out.push(`${path}.distanceKm: ${race.distanceKm} is outside 1.5–42.195 km`);
  }
  if (!Number.isFinite(race.timeSec) || race.timeSec < minSec || race.timeSec > maxSec) {
    out.push(`${path}.timeSec: ${race.timeSec} is outside 3 min to 6 h (180–21600 s)`);
  }
  return out;
}

export function validRecentRace(race: RecentRace): boolean {
  return recentRaceProblems(race).length === 0;
}

/**
 * Whether anyone could have raced it: no race of 1.5 km or more has been run faster than
 * 2:00 /km (the 1500 m record is 2:17 /km, the marathon's 2:51). paces.md's bounds (3 min to 6 h)
 * let a marathon in "3:30" through as 3 min 30 s, the usual slip for 3 h 30 typed as m:ss, and its
 * VDOT gives paces of seconds per km; the athlete form refuses such a time and says how to write hours.
 */
export function humanlyPossibleRace(race: RecentRace): boolean {
  return race.timeSec / race.distanceKm >= 120;
}

/**
 * How a race time typed with one colon was read, for the sentence refusing it: "3:30" → "3 min
 * 30 s" (the coach meant 3:30:00). Null for a time typed another way.
 */
export function minutesReading(text: string, sec: number): string | null {
  if (!/^\d+:\d+(\.\d+)?$/.test(text)) return null;
  const s = Math.round((sec % 60) * 10) / 10;
  return `${Math.floor(sec / 60)} min${s > 0 ? ` ${s} s` : ''}`;
}

// ---------- text ----------

/** "4:54" for seconds (per km or per mile), rounded to the second. */
export function formatPaceSec(secPerKm: number, units: 'km' | 'mi' = 'km'): string {
  const sec = Math.round(units === 'mi' ? secPerKm * KM_PER_MILE : secPerKm);
  return `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
}

/** "4:54–5:52 /km" */
export function formatPaceRange(range: PaceRange, units: 'km' | 'mi' = 'km'): string {
  const a = formatPaceSec(range[0], units);
  const b = formatPaceSec(range[1], units);
  return `${a === b ? a : `${a}–${b}`} /${units}`;
}

/** "19:56", "3:10:40" */
export function formatRaceTime(sec: number): string {
  const s = Math.round(sec);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** "42:30", "1:35:20", "2550" (seconds) → seconds; null when not a time. */
export function parseRaceTime(text: string): number | null {
  const t = text.trim();
  let m = /^(\d+):([0-5]\d):([0-5]\d(?:\.\d+)?)$/.exec(t);
  if (m) return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  m = /^(\d+):([0-5]\d(?:\.\d+)?)$/.exec(t);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  return null;
}

/** "5k", "10K", "half", "marathon", "mile", "1500m", "15km", "21.1" (km), "13.1mi" → km. */
export function parseRaceDistance(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, '');
  const named: Record<string, number> = {
    '5k': 5,
    '10k': 10,
    half: RACE_DISTANCES_KM.half,
    'half-marathon': RACE_DISTANCES_KM.half,
    halfmarathon: RACE_DISTANCES_KM.half,
    hm: RACE_DISTANCES_KM.half,
    marathon: RACE_DISTANCES_KM.marathon,
    mara: RACE_DISTANCES_KM.marathon,
    mile: KM_PER_MILE,
  };
  if (t in named) return named[t];
  const m = /^(\d+(?:\.\d+)?)(k|km|m|mi)?$/.exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  switch (m[2]) {
    case 'm':
      return n / 1000;
    case 'mi':
      return n * KM_PER_MILE;
    default:
      return n;
  }
}

/** The paces table as rows a panel or the command line prints. */
export interface PaceRow {
  zone: Zone;
  name: string;
  range: PaceRange;
  text: string;
}

export function paceRows(p: Pick<AthletePaces, 'zones'>, units: 'km' | 'mi' = 'km'): PaceRow[] {
  return ZONES.map((zone) => ({ zone, name: ZONE_NAME[zone], range: p.zones[zone], text: formatPaceRange(p.zones[zone], units) }));
}

/** `stride paces --json` shape: whole seconds per km and whole seconds; VDOT to 0.1. */
export function pacesJson(vdot: number): {
  vdot: number;
  paces: Record<Zone, PaceRange>;
  races: Record<RaceName, number>;
} {
  const z = zonePaces(vdot);
  const r = Math.round;
  const rr = (p: PaceRange): PaceRange => [r(p[0]), r(p[1])];
  const races = racePredictions(vdot);
  return {
    vdot: Math.round(vdot * 10) / 10,
    paces: { E: rr(z.E), M: rr(z.M), T: rr(z.T), I: rr(z.I), R: rr(z.R) },
    races: { '5k': r(races['5k']), '10k': r(races['10k']), half: r(races.half), marathon: r(races.marathon) },
  };
}

// ---------- the paces used to estimate a missing distance or time (paces.md) ----------

/**
 * The pace (s/km) at which a running session of this kind without steps is estimated:
 * easy, long, fartlek, hills at the easy pace; recovery at easy + 56; tempo and intervals at M.
 * A race is estimated from its predicted time instead (`raceEstimateSec`); null for kinds
 * that cover no distance.
 */
export function kindEstimatePace(kind: string, p: AthletePaces): number | null {
  switch (kind) {
    case 'easy':
    case 'long':
    case 'fartlek':
    case 'hills':
      return p.easySecPerKm;
    case 'recovery':
      return p.recoverySecPerKm;
    case 'tempo':
    case 'intervals':
      return p.centres.M;
    case 'race':
      // A race with a time but no distance (the file format forbids it; the app may hold one):
      // the easy pace would be absurd, M is the coach's expectation for an unknown race.
      return p.centres.M;
    default:
      return null;
  }
}

/** A race's time (seconds) where the coach gave none: the predicted time for its distance. */
export function raceEstimateSec(distanceKm: number, p: Pick<AthletePaces, 'vdot'>): number {
  return predictRaceSec(p.vdot, distanceKm);
}

/** A race's target band: its predicted pace for the distance ± 3 s/km, like M (a marathon's is M). */
export function racePaceRange(distanceKm: number, p: Pick<AthletePaces, 'vdot'>): PaceRange {
  const pace = predictRaceSec(p.vdot, distanceKm) / distanceKm;
  return [pace - BAND_SEC, pace + BAND_SEC];
}

/** Walk and rest steps given by distance take 10:00/km (paces.md). */
export const WALK_SEC_PER_KM = 600;
