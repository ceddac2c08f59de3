import { describe, expect, it } from 'vitest';
import type { CoachSession, DerivedSession, SessionEstimates } from '../domain/types';
import { coachCopy, ruleCopy } from './plan-session-copy';
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
