/**
 * What the rules and the week totals read of a session's kind (kinds.ts, session-facts.ts), in one
 * record looked up once per session. The rules pass reads every session of a plan several times
 * on each frame of a drag; asking three sets and a table each time cost more than the sums
 * themselves. kind-facts.test.ts checks these answers against isRunningKind, effectiveRpe and
 * isHardSession for every kind.
 */
import { DEFAULT_RPE, HARD_KINDS, isRunningKind, SESSION_KINDS, type SessionKind } from './kinds';

export interface KindFacts {
  /** isRunningKind. */
  running: boolean;
  /** Hard whatever its RPE (HARD_KINDS). */
  hardKind: boolean;
  /** The RPE of a session of this kind that has none (effectiveRpe); undefined for rest. */
  defaultRpe: number | undefined;
}

function factsOf(kind: SessionKind): KindFacts {
  return {
    running: isRunningKind(kind),
    hardKind: HARD_KINDS.has(kind),
    defaultRpe: kind === 'rest' ? undefined : (DEFAULT_RPE as Partial<Record<string, number>>)[kind],
  };
}

const TABLE = new Map<string, KindFacts>(SESSION_KINDS.map((kind) => [kind, factsOf(kind)]));

/** The facts of a kind; a kind outside SESSION_KINDS (never valid) is worked out each time. */
export function kindFacts(kind: SessionKind): KindFacts {
  return TABLE.get(kind) ?? factsOf(kind);
}

/** `effectiveRpe(s) ?? 0`, given the facts of `s.kind`. */
export function rpeWith(s: { kind: SessionKind; rpe?: number | null }, facts: KindFacts): number {
  return s.kind === 'rest' ? 0 : (s.rpe ?? facts.defaultRpe ?? 0);
}

/** `isHardSession(s)`, given the facts of `s.kind`. */
export function isHardWith(s: { kind: SessionKind; rpe?: number | null }, facts: KindFacts): boolean {
  return s.kind !== 'rest' && (facts.hardKind || (s.rpe ?? facts.defaultRpe ?? 0) >= 7);
}
