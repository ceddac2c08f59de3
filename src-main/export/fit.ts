/**
 * FIT workouts a watch follows (workouts.md "FIT workouts"), written with Garmin's own FIT SDK.
 * One `.fit` per running session: its steps, or (without steps) one open step at its kind's
 * target. Pace ranges become speed targets in mm/s (slow end low); a repeat block becomes a
 * `repeatUntilStepsCmplt` step pointing back at its first step.
 *
 * `@garmin/fitsdk` is ESM only: it is loaded with `import()` (ENGINEERING.md), once.
 */
import { zipSync } from 'fflate';
import type { PlanDocument } from '../../src-shared/api/entities';
import { effectiveTitle, isRunningKind } from '../../src-shared/domain/kinds';
import { athletePaces, racePaceRange, type AthletePaces, type PaceRange } from '../../src-shared/domain/paces';
import { isRepeat, targetRange, type StepItem, type StepType, type WorkoutStep } from '../../src-shared/domain/steps';
import { easyPaceRangeOf } from '../../src-shared/domain/pace-bands';
import { weekIndexOf } from '../../src-shared/domain/plan-frame';
import type { PlanSession } from '../../src-shared/domain/types';

type FitSdk = typeof import('@garmin/fitsdk');
let sdkPromise: Promise<FitSdk> | null = null;

/** The SDK, loaded once. */
export function loadFitSdk(): Promise<FitSdk> {
  sdkPromise ??= import('@garmin/fitsdk');
  return sdkPromise;
}

export interface FitFile {
  fileName: string;
  bytes: Uint8Array;
}

/** Most watches show at most 15 characters of a workout's name. */
export const WKT_NAME_MAX = 15;

const INTENSITY: Record<StepType, string> = {
  warmup: 'warmup',
  run: 'active',
  recover: 'recovery',
  cooldown: 'cooldown',
  rest: 'rest',
};

/** Speed (mm/s) of a pace (s/km): 1 km in `pace` seconds. */
export function mmPerSecond(secPerKm: number): number {
  return Math.round(1_000_000 / secPerKm);
}

/** "Intervals 6x800" → at most 15 characters, cut at a word where possible. */
export function shortWorkoutName(title: string): string {
  // Characters, not UTF-16 units: an emoji cut in half would show as "�" on the watch.
  const chars = [...title.trim().replace(/\s+/g, ' ')];
  if (chars.length <= WKT_NAME_MAX) return chars.join('');
  // One character more than fits: a space there means the 15th ends a whole word, which stays.
  const space = chars.slice(0, WKT_NAME_MAX + 1).lastIndexOf(' ');
  const cut = space >= 8 ? chars.slice(0, space) : chars.slice(0, WKT_NAME_MAX);
  // A name cut after "6 x 800 m," or "Recovery jog -" would show the separator on the watch, and
  // one cut after "4 × 400 m @" or "Shake-out with" a phrase that stops mid-way: both are dropped.
  const plain = cut.join('').replace(/[\s,;:/(–—-]+$/, '');
  return plain.replace(DANGLING, '') || plain;
}

/** What a cut name may end on that leads into the words cut off: separators, "@", "+", "at", "with", "x"… */
const DANGLING = /(?:\s+(?:at|with|and|to|of|in|on|for|the|a|an|then|into|from|x|×|@|\+|&)|[\s,;:/(–—+&@-])+$/iu;

/** One FIT workout step as the SDK takes it. */
type StepMesg = Record<string, unknown>;

function stepMesg(step: WorkoutStep, index: number, p: AthletePaces): StepMesg {
  const m: StepMesg = { messageIndex: index, intensity: INTENSITY[step.type] };
  if (step.durationMin != null) {
    m.durationType = 'time';
    m.durationValue = Math.round(step.durationMin * 60_000); // ms
  } else if (step.distanceKm != null) {
    m.durationType = 'distance';
    m.durationValue = Math.round(step.distanceKm * 100_000); // cm
  } else m.durationType = 'open';
  // A recovery jog without a target runs at recovery pace; other steps without one are open.
  const range =
    targetRange(step.target, p) ??
    (step.type === 'recover' && step.target === undefined
      ? ([p.recoverySecPerKm - 15, p.recoverySecPerKm + 15] as PaceRange)
      : null);
  Object.assign(m, speedTarget(range));
  if (step.notes) m.notes = step.notes;
  return m;
}

function speedTarget(range: PaceRange | null): StepMesg {
  if (!range) return { targetType: 'open' };
  return {
    targetType: 'speed',
    targetValue: 0,
    customTargetValueLow: mmPerSecond(range[1]), // the slow end is the low speed
    customTargetValueHigh: mmPerSecond(range[0]),
  };
}

/** The FIT steps of a list of items: repeats unrolled into their steps and a repeat step. */
export function fitSteps(items: readonly StepItem[], p: AthletePaces): StepMesg[] {
  const out: StepMesg[] = [];
  for (const item of items) {
    if (isRepeat(item)) {
      const first = out.length;
      for (const s of item.steps) out.push(stepMesg(s, out.length, p));
      out.push({
        messageIndex: out.length,
        durationType: 'repeatUntilStepsCmplt',
        durationValue: first,
        targetValue: item.repeat,
      });
    } else out.push(stepMesg(item, out.length, p));
  }
  return out;
}

/** Half a race pace band's width: `M`, `T`, `I`, `R` and a race's predicted pace are ± 3 s/km (paces.md). */
const RACE_BAND_SEC_PER_KM = 3;

/** Without steps: one open step at the kind's target (workouts.md). */
function kindRange(s: PlanSession, p: AthletePaces): PaceRange | null {
  switch (s.kind) {
    case 'easy':
    case 'long':
    case 'recovery':
      // The band the printed week and the calendar event give the same run (pace-bands.ts).
      return easyPaceRangeOf(s.kind, p);
    case 'tempo':
      return p.zones.T;
    case 'intervals':
      return p.zones.I;
    case 'race': {
      // The pace of the time the coach set, as the printed week and the calendar give it; else its
      // predicted pace for its distance (paces.md); M only for a race of unknown distance.
      if (s.distanceKm == null || s.distanceKm <= 0) return p.zones.M;
      if (s.durationMin == null || s.durationMin <= 0) return racePaceRange(s.distanceKm, p);
      const pace = (s.durationMin * 60) / s.distanceKm;
      return [pace - RACE_BAND_SEC_PER_KM, pace + RACE_BAND_SEC_PER_KM];
    }
    default:
      return null;
  }
}

function sessionStepMesgs(s: PlanSession, p: AthletePaces): StepMesg[] {
  if (s.origin === 'coach' && s.steps && s.steps.length > 0) return fitSteps(s.steps, p);
  const intensity = s.kind === 'recovery' ? 'recovery' : 'active';
  return [{ messageIndex: 0, durationType: 'open', intensity, ...speedTarget(kindRange(s, p)) }];
}

/** A session's FIT workout. */
export async function sessionFit(s: PlanSession, p: AthletePaces): Promise<Uint8Array> {
  const { Encoder, Profile } = await loadFitSdk();
  return encodeSession(Encoder, Profile, s, p);
}

function encodeSession(
  Encoder: FitSdk['Encoder'],
  Profile: FitSdk['Profile'],
  s: PlanSession,
  p: AthletePaces,
): Uint8Array {
  const steps = sessionStepMesgs(s, p);
  const encoder = new Encoder();
  // The SDK types its messages loosely (`Mesg`): the fields are the profile's, camelCase.
  type Mesg = Parameters<InstanceType<FitSdk['Encoder']>['onMesg']>[1];
  const put = (num: number, m: StepMesg): void =>
    void encoder.onMesg(num, enumsAsNumbers(Profile, num, m) as unknown as Mesg);
  put(Profile.MesgNum.FILE_ID, {
    type: 'workout',
    manufacturer: 'development',
    product: 0,
    serialNumber: 1,
    // The session's day: the same plan gives the same bytes on every export.
    timeCreated: new Date(`${s.date}T00:00:00Z`),
  });
  put(Profile.MesgNum.WORKOUT, {
    wktName: shortWorkoutName(effectiveTitle(s)),
    sport: 'running',
    subSport: 'generic',
    numValidSteps: steps.length,
  });
  for (const m of steps) put(Profile.MesgNum.WORKOUT_STEP, m);
  return encoder.close();
}

/** Per message number: per enum field, its value names to their numbers. */
const enumTables = new Map<number, Map<string, Map<string, number>>>();

/**
 * The message with enum names ('warmup', 'time', 'development') as their numbers. The SDK turns a
 * name into its number by scanning the type's whole table (`Object.entries(...).find`) for every
 * field of every message, which was about half of a plan's FIT export; a number it writes as
 * is. The bytes are the same.
 */
function enumsAsNumbers(Profile: FitSdk['Profile'], mesgNum: number, m: StepMesg): StepMesg {
  let table = enumTables.get(mesgNum);
  if (!table) {
    table = new Map();
    const profile = Profile as unknown as {
      messages: Record<number, { fields: Record<string, { name: string; type: string }> }>;
      types: Record<string, Record<string, string> | undefined>;
    };
    for (const f of Object.values(profile.messages[mesgNum].fields)) {
      const type = f.type === 'string' ? undefined : profile.types[f.type];
      if (!type) continue;
      const names = new Map<string, number>();
      for (const [num, name] of Object.entries(type)) if (!names.has(name)) names.set(name, Number(num));
      table.set(f.name, names);
    }
    enumTables.set(mesgNum, table);
  }
  const out: StepMesg = {};
  for (const key of Object.keys(m)) {
    const v = m[key];
    out[key] = typeof v === 'string' ? (table.get(key)?.get(v) ?? v) : v;
  }
  return out;
}

/** "2027-03-02 6 x 800 m.fit": the full title, made safe for every file system. */
export function fitFileName(s: Pick<PlanSession, 'date' | 'kind' | 'title'>): string {
  const title = [...effectiveTitle(s)]
    .map((c) => (c.charCodeAt(0) < 32 ? ' ' : c))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${s.date} ${[...title].slice(0, 80).join('').trim() || 'Workout'}.fit`;
}

/** The running sessions of a plan (or of week `week`), coach and derived, in date order. */
export function fitSessions(doc: PlanDocument, week?: number): PlanSession[] {
  return doc.evaluated.sessions.filter(
    (s) => isRunningKind(s.kind) && (week === undefined || weekIndexOf(doc.plan, s.date) === week),
  );
}

/** One `.fit` per running session of the plan (or of one week), names unique. */
export async function planFitFiles(doc: PlanDocument, week?: number): Promise<FitFile[]> {
  const { Encoder, Profile } = await loadFitSdk();
  const p = athletePaces(doc.athlete);
  const used = new Set<string>();
  const out: FitFile[] = [];
  for (const s of fitSessions(doc, week)) {
    let name = fitFileName(s);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = fitFileName(s).replace(/\.fit$/, ` (${n}).fit`);
    used.add(name.toLowerCase());
    out.push({ fileName: name, bytes: encodeSession(Encoder, Profile, s, p) });
  }
  return out;
}

/** Files in one .zip (a week's or a plan's workouts for the Export menu). */
export function zipFitFiles(files: readonly FitFile[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) entries[f.fileName] = f.bytes;
  return zipSync(entries, { level: 6 });
}
