/**
 * What a derived session looks like (recovery-rules.md, "What a derived session looks like"):
 * the recovery run's shape per level, the rest day, and the one-sentence reasons that name the
 * hard session behind each of them.
 */
import { dayLabel, fromDayNumber, WEEKDAY_NAMES } from '../domain/dates';
import { toMicro } from '../domain/decimal';
import { DEFAULT_TITLE, type SessionKind } from '../domain/kinds';
import { HALF_MARATHON_KM, isMarathonOrLonger, MARATHON_KM } from '../domain/session-facts';
import { athleteEasyPace } from '../domain/paces';
import {
  DEFAULT_EASY_PACE,
  type AthleteSettings,
  type CoachSession,
  type DerivedRuleId,
  type DerivedSession,
  type Level,
} from '../domain/types';

// ---------------------------------------------------------------------------------------------
// Shape

/**
 * Both seeds: 20–40 min (never over 60), RPE 2–4, 3–8 km and 1–2 miles for beginners, so a
 * beginner's cap is 3.2 km (2 miles).
 */
export const RECOVERY_BY_LEVEL: Record<Level, { durationMin: number; rpe: number; capKm: number }> = {
  beginner: { durationMin: 20, rpe: 2, capKm: 3.2 },
  intermediate: { durationMin: 30, rpe: 3, capKm: 8 },
  advanced: { durationMin: 40, rpe: 3, capKm: 8 },
};

/** About 1:30 per mile slower than easy pace (the seeds say 1–2 min per mile). */
export const RECOVERY_PACE_OFFSET_SEC_PER_KM = 56;

export interface RecoveryShape {
  durationMin: number;
  rpe: number;
  distanceKm: number;
  paceSecPerKm: number;
  /** True where the level's distance cap set the distance (and the duration followed from it). */
  capped: boolean;
}

const MICRO = 1_000_000n;

/**
 * The recovery run of an athlete: `distanceKm = round1(durationMin × 60 / pace)`, or, where the
 * unrounded distance is over the level's cap, the cap and `durationMin = round(cap × pace / 60)`.
 * All of it in exact integers (BigInt millionths), so a pace such as 258.75 s/km rounds its
 * half minute up rather than wherever binary floating point happens to land.
 */
export function recoveryShape(athlete: Pick<AthleteSettings, 'level' | 'easyPaceSecPerKm' | 'recentRace'>): RecoveryShape {
  const spec = RECOVERY_BY_LEVEL[athlete.level] ?? RECOVERY_BY_LEVEL.intermediate;
  // v2: the typed easy pace, else the recent race's (66.5 % of its VDOT), else the level's.
  let easy = athleteEasyPace(athlete);
  // The plan file keeps the pace within 150–900 s/km; a nonsensical one falls back to the level's.
  if (!Number.isFinite(easy) || easy <= 0) easy = DEFAULT_EASY_PACE[athlete.level] ?? DEFAULT_EASY_PACE.intermediate;
  const pace = easy + RECOVERY_PACE_OFFSET_SEC_PER_KM;
  const paceMicro = BigInt(toMicro(pace));
  const capMicro = BigInt(toMicro(spec.capKm));
  const secondsMicro = BigInt(spec.durationMin * 60) * MICRO; // durationMin × 60, in millionths
  // Over the cap ⇔ durationMin × 60 / pace > cap ⇔ seconds × 10^6 > cap × pace (both in millionths).
  if (secondsMicro * MICRO > capMicro * paceMicro) {
    // round(cap × pace / 60), halves up: floor((2·cap·pace + 60) / 120) with the 10^12 scale.
    const scale = MICRO * MICRO;
    const minutes = (2n * capMicro * paceMicro + 60n * scale) / (120n * scale);
    return { durationMin: Number(minutes), rpe: spec.rpe, distanceKm: spec.capKm, paceSecPerKm: pace, capped: true };
  }
  // round1(seconds / pace), halves up: tenths = floor((2 × 10 × seconds + pace) / (2 × pace)).
  const tenths = (20n * secondsMicro + paceMicro) / (2n * paceMicro);
  return {
    durationMin: spec.durationMin,
    rpe: spec.rpe,
    distanceKm: Number(tenths) / 10,
    paceSecPerKm: pace,
    capped: false,
  };
}

export const RECOVERY_TITLE = 'Recovery run';
export const REST_TITLE = 'Rest day';

/**
 * Without a figure: the same notes go on plans in km and in miles ("56 s per km" sat on sheets per
 * mile), and every place that shows them gives the pace itself in the plan's units (the printed
 * target, the iCal "Pace:" line, the card's distance at that pace).
 */
export const RECOVERY_NOTES =
  'Conversational pace, slower than your easy runs, ' +
  'heart-rate Zone 1 (30–50 % of maximum effort). Pick a short, flat route; walking is fine. ' +
  'Stop if you feel sharp pain.';

export const REST_NOTES = 'A full day off running: a gentle walk is fine, with good sleep, food and drink.';

interface Placement {
  id: string;
  date: string;
  ruleId: DerivedRuleId;
  reason: string;
  sourceId: string;
}

export function recoveryRun(shape: RecoveryShape, at: Placement): DerivedSession {
  return {
    id: at.id,
    date: at.date,
    kind: 'recovery',
    title: RECOVERY_TITLE,
    durationMin: shape.durationMin,
    distanceKm: shape.distanceKm,
    rpe: shape.rpe,
    notes: RECOVERY_NOTES,
    ruleId: at.ruleId,
    reason: at.reason,
    sourceId: at.sourceId,
  };
}

export function restDay(at: Placement): DerivedSession {
  return {
    id: at.id,
    date: at.date,
    kind: 'rest',
    title: REST_TITLE,
    durationMin: 0,
    distanceKm: null,
    rpe: null,
    notes: REST_NOTES,
    ruleId: at.ruleId,
    reason: at.reason,
    sourceId: at.sourceId,
  };
}

/** How every derived id starts: only a coach id with this start can collide with one. */
export const DERIVED_ID_PREFIX = 'rule-';

/**
 * A derived session's id: `rule-<date>` (a day holds at most one derived session), with a
 * suffix in the rare case a coach session already uses that id. Stable for a given plan.
 */
export function derivedId(date: string, taken: ReadonlySet<string>): string {
  const base = `${DERIVED_ID_PREFIX}${date}`;
  if (taken.size === 0 || !taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

// ---------------------------------------------------------------------------------------------
// Words

const NOUN: Record<SessionKind, string> = {
  easy: 'easy run',
  recovery: 'recovery run',
  long: 'long run',
  tempo: 'tempo run',
  intervals: 'intervals',
  hills: 'hill repeats',
  fartlek: 'fartlek',
  race: 'race',
  cross: 'cross-training',
  strength: 'strength session',
  rest: 'rest day',
};

/** Word starts that already say the kind, so "Sunday long" is not called "Sunday long long run". */
const KIND_WORDS: Record<SessionKind, string[]> = {
  easy: ['easy'],
  recovery: ['recovery'],
  long: ['long'],
  tempo: ['tempo', 'threshold'],
  intervals: ['interval', 'rep'],
  hills: ['hill'],
  fartlek: ['fartlek'],
  race: ['race'], // races are named by describeRace
  cross: ['cross', 'bike', 'cycl', 'swim', 'row', 'elliptical'],
  strength: ['strength', 'gym', 'weights', 'core'],
  rest: ['rest'],
};

type Describable = Pick<CoachSession, 'kind' | 'title' | 'distanceKm'>;

/** "6 x 800 m intervals", "long run", "Track tempo run": the coach's title with its kind. */
export function describeSession(s: Describable): string {
  if (s.kind === 'race') return describeRace(s);
  const title = s.title?.trim();
  if (!title || title.toLowerCase() === DEFAULT_TITLE[s.kind].toLowerCase()) return NOUN[s.kind];
  // Word starts only: "reps" says intervals, "prep" does not.
  const lower = ` ${title.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  if (KIND_WORDS[s.kind].some((w) => lower.includes(` ${w}`))) return title;
  return `${title} ${NOUN[s.kind]}`;
}

/** A distance held in millionths of a km, as text to 0.1 km, halves up: "8.8", "16". */
export function kmText(micro: number): string {
  return String(Math.floor((micro + 50_000) / 100_000) / 10);
}

/** "half marathon", "marathon", "50 km race", with the coach's own name where there is one. */
export function describeRace(s: Describable): string {
  const micro = toMicro(s.distanceKm ?? 0);
  let noun: string;
  // A race entered as 21.1 or 42.2 km is still a half marathon or a marathon to a coach.
  if (micro >= toMicro(MARATHON_KM) && micro < toMicro(42.25)) noun = 'marathon';
  else if (micro >= toMicro(HALF_MARATHON_KM) && micro < toMicro(21.15)) noun = 'half marathon';
  else noun = `${kmText(micro)} km race`;
  const title = s.title?.trim();
  if (title && title.toLowerCase() !== DEFAULT_TITLE.race.toLowerCase() && title.toLowerCase() !== noun) {
    return `${noun} (${title})`;
  }
  return noun;
}

export function weekdayName(day: number): string {
  return WEEKDAY_NAMES[(((day + 3) % 7) + 7) % 7];
}

/** What rule 1 proposed: the start of every reason. */
export type Proposed = 'recovery-after-hard' | 'first-rest' | 'second-rest' | 'recovery-after-long-race';

/** Why a proposed recovery run ended up a rest day (rules 3, 4, 6 and 7). */
export type Conversion =
  | { ruleId: 'rest-low-frequency'; runDaysPerWeek: number }
  | { ruleId: 'rest-fatigued' }
  | { ruleId: 'rest-two-hard-week'; week: number; hardSessions: number }
  | { ruleId: 'rest-run-day-budget'; week: number; runDays: number; runDaysPerWeek: number };

export interface SourceRef {
  session: Describable;
  /** Day number of the source. */
  day: number;
}

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

/** "the day after Tuesday's 6 x 800 m intervals", "three days after the marathon on Sun 18 Apr". */
function recoveryPhrase(proposed: Proposed, source: SourceRef): string {
  if (proposed === 'recovery-after-hard')
    return `the day after ${weekdayName(source.day)}'s ${describeSession(source.session)}`;
  const race = `the ${describeRace(source.session)} on ${dayLabel(fromDayNumber(source.day))}`;
  return `${restCountBefore(source.session) === 2 ? 'three' : 'two'} days after ${race}`;
}

function restCountBefore(s: Describable): 1 | 2 {
  return isMarathonOrLonger(s) ? 2 : 1;
}

/**
 * The one-sentence reason of a derived session. The wording of the spec's examples is kept
 * ("Recovery run the day after Tuesday's 6 x 800 m intervals", "Second rest day after the
 * marathon on Sun 18 Apr"), but the race's day reads as a coach writes it: the spec's example has
 * "on 2027-04-18", which the inspector and the athlete's printed week showed as it stands. A
 * converted recovery run says which rule turned it into rest and why.
 */
export function derivedReason(proposed: Proposed, source: SourceRef, conversion: Conversion | null): string {
  if (proposed === 'first-rest' || proposed === 'second-rest') {
    const race = `the ${describeRace(source.session)} on ${dayLabel(fromDayNumber(source.day))}`;
    return proposed === 'first-rest' ? `Rest day after ${race}` : `Second rest day after ${race}`;
  }
  const when = recoveryPhrase(proposed, source);
  if (!conversion) {
    if (proposed === 'recovery-after-hard') return `Recovery run ${when}`;
    const rests = restCountBefore(source.session) === 2 ? 'two rest days' : 'a rest day';
    return `Recovery run ${when}, since a race this long calls for ${rests} before the first easy run`;
  }
  const instead = `Rest day instead of a recovery run ${when}`;
  switch (conversion.ruleId) {
    case 'rest-low-frequency':
      return `${instead}: the athlete runs ${days(conversion.runDaysPerWeek)} a week, which already leaves plenty of rest days`;
    case 'rest-fatigued':
      return `${instead}: the athlete is marked as fatigued, and a very sore or overtrained body needs rest, or at most a walk`;
    case 'rest-two-hard-week':
      return (
        `${instead}: it follows the heaviest of week ${conversion.week}'s ${conversion.hardSessions} hard sessions, ` +
        'and run-and-rest recovery answers two hard sessions in a week with one recovery run and one full rest day'
      );
    case 'rest-run-day-budget': {
      const limit = `the athlete's ${days(conversion.runDaysPerWeek)} a week`;
      const already = conversion.runDays > conversion.runDaysPerWeek ? `more than ${limit}` : `as many as ${limit}`;
      return `${instead}: week ${conversion.week} already has runs on ${days(conversion.runDays)}, ${already}`;
    }
  }
}
