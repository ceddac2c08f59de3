import { describe, expect, it } from 'vitest';
import { isHardWith, kindFacts, rpeWith } from './kind-facts';
import { effectiveRpe, isRunningKind, SESSION_KINDS, type SessionKind } from './kinds';
import { isHardSession } from './session-facts';

describe('kind facts give the answers of kinds.ts and session-facts.ts', () => {
  const kinds = [...SESSION_KINDS, 'swim' as SessionKind, 'toString' as SessionKind];
  const rpes = [undefined, null, 0, 1, 4, 5, 6, 6.5, 7, 8, 10];
  for (const kind of kinds) {
    it(kind, () => {
      const facts = kindFacts(kind);
      expect(facts.running).toBe(isRunningKind(kind));
      for (const rpe of rpes) {
        const s = { kind, rpe };
        expect(rpeWith(s, facts)).toBe(effectiveRpe(s) ?? 0);
        expect(isHardWith(s, facts)).toBe(isHardSession(s));
      }
    });
  }
});
