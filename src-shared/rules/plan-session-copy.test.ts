import { describe, expect, it } from 'vitest';
import { planPaces, sessionEstimates } from '../domain/session-estimates';
import type { CoachSession, DerivedSession, SessionEstimates } from '../domain/types';
import { coachCopies, coachCopy, resolvedSession, ruleCopy } from './plan-session-copy';
import { recoveryRun, recoveryShape, restDay } from './recovery-session';
import { athlete } from './test-plans';

/** Own keys and values in order, so a copy that reorders or drops a key fails. */
function entries(o: object): unknown[] {
  return Reflect.ownKeys(o).map((k) => [k, (o as Record<PropertyKey, unknown>)[k]]);
}

const plain: CoachSession = {
  id: 's1',
  date: '2027-03-02',
  kind: 'intervals',
  title: '6 x 800 m',
  durationMin: 55,
  distanceKm: null,
  rpe: 8,
  notes: null,
};
const estimates: SessionEstimates = { estimatedDistanceKm: 11.2 };

describe('coachCopy is Object.assign({}, s, { origin: "coach" }, e)', () => {
  const shapes: Array<[string, CoachSession]> = [
    ['plain', plain],
    ['with steps', { ...plain, steps: [{ type: 'run', durationMin: 10 }] }],
    ['with steps: null', { ...plain, steps: null }],
    ['a store session (revision)', { ...plain, revision: 3 } as CoachSession],
    ['keys in another order', { ...(({ id, ...rest }) => ({ ...rest, id }))(plain) }],
    ['a key missing', (({ notes: _n, ...rest }) => rest)(plain) as CoachSession],
    ['an origin already', { ...plain, origin: 'rule' } as CoachSession],
    ['steps then more', { ...plain, steps: [], extra: 1 } as CoachSession],
    ['an inherited steps', Object.assign(Object.create({ steps: [] }), plain) as CoachSession],
  ];
  for (const [name, s] of shapes) {
    it(name, () => {
      for (const e of [null, estimates]) {
        const copy = coachCopy(s, e);
        expect(entries(copy)).toEqual(entries(Object.assign({}, s, { origin: 'coach' }, e)));
        expect(copy).not.toBe(s);
      }
    });
  }

  it('reads a getter once, as Object.assign does', () => {
    let reads = 0;
    const s = { ...plain };
    Object.defineProperty(s, 'notes', { enumerable: true, get: () => `read ${++reads}` });
    expect(coachCopy(s, null).notes).toBe('read 1');
    expect(reads).toBe(1);
  });
});

describe('coachCopies: each session read once for its estimates and both copies', () => {
  const steps = [{ type: 'run' as const, durationMin: 10, target: 'T' as const }];
  const kinds: CoachSession[] = [
    plain, // a distance to estimate
    { ...plain, durationMin: null, steps }, // both from the steps
    { ...plain, distanceKm: 12 }, // both typed: no estimate
    { ...plain, kind: 'race', durationMin: null, distanceKm: 10 }, // the predicted time
    { ...plain, kind: 'strength', distanceKm: null }, // not a run: nothing to estimate
    { ...plain, kind: 'rest', durationMin: null }, // rest: never estimated
  ];
  const shapes: Array<[string, (s: CoachSession) => CoachSession]> = [
    ['plain', (s) => s],
    ['a store session (revision)', (s) => ({ ...s, revision: 3 }) as CoachSession],
    ['keys in another order', ({ id, ...rest }) => ({ ...rest, id })],
    ['a key missing', ({ notes: _n, ...rest }) => rest as CoachSession],
    ['steps: null', (s) => ({ ...s, steps: s.steps ?? null })],
    ['steps first', (s) => Object.assign({ steps: s.steps ?? null }, s)],
    ['steps then more', (s) => ({ ...s, steps: s.steps ?? [], extra: 1 }) as CoachSession],
    ['an inherited steps', (s) => Object.assign(Object.create({ steps }), s) as CoachSession],
    ['estimates of an earlier pass', (s) => ({ ...s, origin: 'coach', estimatedDistanceKm: 99 }) as CoachSession],
  ];
  const paces = planPaces({
    level: 'intermediate',
    easyPaceSecPerKm: 330,
    recentRace: { distanceKm: 10, timeSec: 2550 },
  });
  for (const [name, shape] of shapes) {
    it(name, () => {
      const sessions = kinds.map(shape);
      const { rules, plan } = coachCopies(sessions, paces);
      sessions.forEach((s, i) => {
        const e = s.durationMin != null && s.distanceKm != null ? null : sessionEstimates(s, paces);
        expect(entries(plan[i])).toEqual(entries(coachCopy(s, e)));
        if (e) expect(entries(rules[i])).toEqual(entries(resolvedSession(s, e)));
        else expect(rules[i]).toBe(s);
      });
    });
  }

  it('gives back the input list itself when no session has an estimate', () => {
    const typed = [{ ...plain, distanceKm: 12 }];
    expect(coachCopies(typed, paces).rules).toBe(typed);
  });

  it('reads a getter once', () => {
    let reads = 0;
    const s = { ...plain };
    Object.defineProperty(s, 'notes', { enumerable: true, get: () => `read ${++reads}` });
    expect(coachCopies([s], paces).plan[0].notes).toBe('read 1');
    expect(reads).toBe(1);
  });
});

describe('ruleCopy is Object.assign({}, d, { origin: "rule" })', () => {
  const at = {
    id: 'rule-2027-03-03',
    date: '2027-03-03',
    ruleId: 'recovery-after-hard',
    reason: 'r',
    sourceId: 's1',
  } as const;
  const derived: DerivedSession[] = [
    recoveryRun(recoveryShape(athlete()), at),
    restDay({ ...at, ruleId: 'rest-fatigued' }),
  ];
  for (const d of derived) {
    it(d.kind, () => expect(entries(ruleCopy(d))).toEqual(entries(Object.assign({}, d, { origin: 'rule' }))));
  }
});
