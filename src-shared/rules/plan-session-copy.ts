/**
 * The copies evaluatePlan gives back: each coach session with `origin: 'coach'` and its estimates,
 * each derived session with `origin: 'rule'`. They are what `Object.assign({}, s, { origin }, e)`
 * makes, but for the usual shape of a session written as an object literal: on a 104-week plan
 * the generic copy took a quarter of the whole rules pass (V8 sets each property one by one),
 * the literal a tenth of that.
 */
import type { CoachSession, DerivedSession, PlanSession, SessionEstimates } from '../domain/types';

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
