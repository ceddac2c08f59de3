/**
 * The copies evaluatePlan makes: each coach session with `origin: 'coach'` and its estimates,
 * each derived session with `origin: 'rule'`, and (v2) the copy the rules read of a session with
 * an estimate. They are what `Object.assign({}, s, { origin }, e)` and `resolvedSession` make,
 * but for the usual shape of a session written as an object literal: on a 104-week plan the
 * generic copies took a quarter of the whole rules pass (V8 sets each property one by one),
 * the literals a tenth of that.
 */
import type { AthletePaces } from '../domain/paces';
import * as estimating from '../domain/session-estimates';
import type { StepItem } from '../domain/steps';
import type { CoachSession, DerivedSession, PlanSession, SessionEstimates } from '../domain/types';

// Read once (tsx's getters: see domain/load.ts).
const { sessionEstimates } = estimating;

/** A coach session's own keys in the order plainSession, the store and the plan file build them. */
const PLAIN_KEYS = ['id', 'date', 'kind', 'title', 'durationMin', 'distanceKm', 'rpe', 'notes'] as const;

/**
 * 8 or 9 when `s` has exactly the plain keys in that order (9: then `steps`, its own), else 0.
 * `for…in` reads V8's cached key list without building an array. It lists inherited enumerable
 * keys too, which only ever makes a session fail the test and take the generic copy.
 */
function plainKeyCount(s: object): number {
  let n = 0;
  for (const key in s) {
    if (n < 8 ? key !== PLAIN_KEYS[n] : n > 8 || key !== 'steps') return 0;
    n++;
  }
  if (n === 9 && !Object.prototype.hasOwnProperty.call(s, 'steps')) return 0;
  return n >= 8 ? n : 0;
}

/**
 * `Object.assign({}, s, { origin: 'coach' }, e)`, property for property and in the same order.
 * (Object.assign would also copy own symbol-keyed properties; no session has any, and neither
 * JSON, the store nor IPC could carry one.)
 */
export function coachCopy(s: CoachSession, e: SessionEstimates | null): PlanSession {
  const n = plainKeyCount(s);
  if (n === 0) return Object.assign({}, s, COACH, e);
  const out =
    n === 8
      ? {
          id: s.id,
          date: s.date,
          kind: s.kind,
          title: s.title,
          durationMin: s.durationMin,
          distanceKm: s.distanceKm,
          rpe: s.rpe,
          notes: s.notes,
          origin: 'coach' as const,
        }
      : {
          id: s.id,
          date: s.date,
          kind: s.kind,
          title: s.title,
          durationMin: s.durationMin,
          distanceKm: s.distanceKm,
          rpe: s.rpe,
          notes: s.notes,
          steps: s.steps,
          origin: 'coach' as const,
        };
  return e ? Object.assign(out, e) : out;
}

/**
 * `Object.assign({}, d, { origin: 'rule' })` for a derived session, which the rules build
 * themselves (recovery-session.ts: recoveryRun and restDay), so its keys are known.
 */
export function ruleCopy(d: DerivedSession): PlanSession {
  return {
    id: d.id,
    date: d.date,
    kind: d.kind,
    title: d.title,
    durationMin: d.durationMin,
    distanceKm: d.distanceKm,
    rpe: d.rpe,
    notes: d.notes,
    ruleId: d.ruleId,
    reason: d.reason,
    sourceId: d.sourceId,
    origin: 'rule',
  };
}

const COACH = { origin: 'coach' } as const;

// ---------- every coach session of a plan at once (evaluatePlan) ----------

/** What evaluatePlan makes of the coach's sessions, each list in the order of the input's. */
export interface CoachCopies {
  /**
   * The sessions as the rules read them (v2, `resolvedSession`): a session with an estimate as a
   * copy carrying it, any other the coach's own object. The input's own list when none has one.
   */
  rules: CoachSession[];
  /** Each session's copy for the evaluated plan: `coachCopy(s, sessionEstimates(s, paces))`. */
  plan: PlanSession[];
}

/**
 * The estimates (sessionEstimates) of every coach session, the copies the rules read and the
 * copies the evaluated plan gives back, reading each session once.
 *
 * A session of the usual shape is read in the `for…in` that checks its keys: V8 reads those
 * values by the position its key cache gives, whatever the object's hidden class, where named
 * reads go through a cache that a plan of many shapes overflows (sessions made with `{ ...s,
 * steps }` get a hidden class each, and reading them by name cost more than the rest of the
 * pass). The copies and the estimates are then made from what was read.
 */
export function coachCopies(sessions: readonly CoachSession[], paces: AthletePaces): CoachCopies {
  const plan: PlanSession[] = new Array(sessions.length);
  let rules: CoachSession[] | null = null;
  for (let i = 0; i < sessions.length; i++) {
    const s = sessions[i];
    let e: SessionEstimates | null;
    let resolved: CoachSession | null = null;
    if (readPlain(s)) {
      const r = READ;
      // A session with both figures typed needs no estimate (sessionEstimates gives null): most
      // sessions of a plan, so they skip the call.
      e = r.durationMin != null && r.distanceKm != null ? null : sessionEstimates(r, paces);
      plan[i] = plainCoachCopy(r, e);
      if (e !== null) resolved = plainResolved(r, e);
    } else {
      e = s.durationMin != null && s.distanceKm != null ? null : sessionEstimates(s, paces);
      plan[i] = Object.assign({}, s, COACH, e);
      if (e !== null) resolved = resolvedSession(s, e);
    }
    if (resolved !== null) {
      rules ??= sessions.slice(0, i);
      rules.push(resolved);
    } else if (rules !== null) rules.push(s);
  }
  return { rules: rules ?? (sessions as CoachSession[]), plan };
}

/** A coach session as the rules read it (v2): the estimate in place of an empty figure, marked. */
export function resolvedSession(s: CoachSession, e: SessionEstimates): CoachSession {
  return Object.assign({}, s, {
    distanceKm: s.distanceKm ?? e.estimatedDistanceKm ?? null,
    durationMin: s.durationMin ?? e.estimatedDurationMin ?? null,
    distanceEstimated: s.distanceKm == null && e.estimatedDistanceKm !== undefined,
  });
}

/** The fields of the last session `readPlain` accepted; `steps` undefined when it has none of its own. */
interface PlainRead {
  id: string;
  date: string;
  kind: CoachSession['kind'];
  title: string | null;
  durationMin: number | null;
  distanceKm: number | null;
  rpe: number | null;
  notes: string | null;
  steps: StepItem[] | null | undefined;
  /** 8 or 9: the number of keys (9: with its own `steps`). */
  keys: number;
}

const READ: PlainRead = {
  id: '',
  date: '',
  kind: 'easy',
  title: null,
  durationMin: null,
  distanceKm: null,
  rpe: null,
  notes: null,
  steps: undefined,
  keys: 0,
};

/**
 * True, with its fields in READ, when `s` has exactly the plain keys in that order, optionally
 * then its own `steps` (plainKeyCount); false for any other shape. Each value is read once.
 */
function readPlain(s: CoachSession): boolean {
  const r = READ;
  const o = s as unknown as Record<string, unknown>;
  let n = 0;
  for (const key in o) {
    const v = o[key];
    switch (n) {
      case 0:
        if (key !== 'id') return false;
        r.id = v as string;
        break;
      case 1:
        if (key !== 'date') return false;
        r.date = v as string;
        break;
      case 2:
        if (key !== 'kind') return false;
        r.kind = v as PlainRead['kind'];
        break;
      case 3:
        if (key !== 'title') return false;
        r.title = v as string | null;
        break;
      case 4:
        if (key !== 'durationMin') return false;
        r.durationMin = v as number | null;
        break;
      case 5:
        if (key !== 'distanceKm') return false;
        r.distanceKm = v as number | null;
        break;
      case 6:
        if (key !== 'rpe') return false;
        r.rpe = v as number | null;
        break;
      case 7:
        if (key !== 'notes') return false;
        r.notes = v as string | null;
        break;
      case 8:
        if (key !== 'steps') return false;
        r.steps = v as StepItem[] | null;
        break;
      default:
        return false;
    }
    n++;
  }
  if (n < 8) return false;
  if (n === 8) r.steps = undefined;
  else if (!Object.prototype.hasOwnProperty.call(o, 'steps')) return false;
  r.keys = n;
  return true;
}

/** `coachCopy(s, e)` from what readPlain read of `s`. */
function plainCoachCopy(r: PlainRead, e: SessionEstimates | null): PlanSession {
  const out: PlanSession & SessionEstimates =
    r.keys === 8
      ? {
          id: r.id,
          date: r.date,
          kind: r.kind,
          title: r.title,
          durationMin: r.durationMin,
          distanceKm: r.distanceKm,
          rpe: r.rpe,
          notes: r.notes,
          origin: 'coach' as const,
        }
      : {
          id: r.id,
          date: r.date,
          kind: r.kind,
          title: r.title,
          durationMin: r.durationMin,
          distanceKm: r.distanceKm,
          rpe: r.rpe,
          notes: r.notes,
          steps: r.steps,
          origin: 'coach' as const,
        };
  if (e !== null) {
    // Object.assign(out, e) for what sessionEstimates makes: own figures, duration first, never
    // undefined. (Object.assign on an object with properties sets each through the runtime.)
    if (e.estimatedDurationMin !== undefined) out.estimatedDurationMin = e.estimatedDurationMin;
    if (e.estimatedDistanceKm !== undefined) out.estimatedDistanceKm = e.estimatedDistanceKm;
  }
  return out;
}

/** `resolvedSession(s, e)` from what readPlain read of `s`. */
function plainResolved(r: PlainRead, e: SessionEstimates): CoachSession {
  const distanceKm = r.distanceKm ?? e.estimatedDistanceKm ?? null;
  const durationMin = r.durationMin ?? e.estimatedDurationMin ?? null;
  const distanceEstimated = r.distanceKm == null && e.estimatedDistanceKm !== undefined;
  const out =
    r.keys === 8
      ? {
          id: r.id,
          date: r.date,
          kind: r.kind,
          title: r.title,
          durationMin,
          distanceKm,
          rpe: r.rpe,
          notes: r.notes,
          distanceEstimated,
        }
      : {
          id: r.id,
          date: r.date,
          kind: r.kind,
          title: r.title,
          durationMin,
          distanceKm,
          rpe: r.rpe,
          notes: r.notes,
          steps: r.steps,
          distanceEstimated,
        };
  return out;
}
