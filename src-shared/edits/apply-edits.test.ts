import { describe, expect, it } from 'vitest';
import { StrideError } from '../api/errors';
import { applyEdits } from './apply-edits';
import { PLAN_CHANGED } from './edit-messages';
import { sampleContent, withoutRevisions } from './edit-fixtures';
import type { PlanContent, PlanEdit } from './plan-edit';
import { sessionFromKind } from './session-defaults';

const ids = (c: PlanContent) => c.sessions.map((s) => `${s.date.slice(8)}:${s.id}`);

function undoRestores(edits: PlanEdit[]) {
  const before = sampleContent();
  const { content, inverse } = applyEdits(before, edits);
  const undone = applyEdits(content, inverse).content;
  expect(withoutRevisions(undone)).toEqual(withoutRevisions(before));
  return { content, undone };
}

describe('applyEdits', () => {
  it('adds a session at a place in its day, and undo removes it', () => {
    const { content } = undoRestores([{ op: 'session.add', session: sessionFromKind('x', '2026-12-03', 'easy'), index: 1 }]);
    expect(ids(content)).toEqual(['01:a', '03:b', '03:x', '03:c', '06:d', '13:e']);
    expect(content.revisions.get('x')).toBe(0);
  });

  it('moves a session to another day and back to its old place', () => {
    const { content, undone } = undoRestores([{ op: 'session.move', id: 'b', date: '2026-12-06', index: 0 }]);
    expect(ids(content)).toEqual(['01:a', '03:c', '06:b', '06:d', '13:e']);
    expect(ids(undone)).toEqual(['01:a', '03:b', '03:c', '06:d', '13:e']);
  });

  it('reorders inside a day', () => {
    const { content } = undoRestores([{ op: 'session.move', id: 'c', date: '2026-12-03', index: 0 }]);
    expect(ids(content)).toEqual(['01:a', '03:c', '03:b', '06:d', '13:e']);
  });

  it('updates fields and undo brings the old values back', () => {
    const { content } = undoRestores([{ op: 'session.update', id: 'a', patch: { title: 'Threshold', rpe: 8 } }]);
    expect(content.sessions[0]).toMatchObject({ title: 'Threshold', rpe: 8 });
    expect(content.revisions.get('a')).toBe(1);
  });

  it('deleting and undoing puts a session back in its place with a higher revision', () => {
    const before = sampleContent();
    const deleted = applyEdits(before, [{ op: 'session.delete', id: 'b' }]);
    expect(deleted.content.revisions.get('b')).toBe(0);
    const undone = applyEdits(deleted.content, deleted.inverse).content;
    expect(ids(undone)).toEqual(ids(before));
    expect(undone.revisions.get('b')).toBe(1);
  });

  it('dismissals: add, remove and their inverses; repeats change nothing', () => {
    const d = { date: '2026-12-02', ruleId: 'recovery-after-hard' as const };
    const { content } = undoRestores([{ op: 'dismissal.add', dismissal: d }]);
    expect(content.dismissed).toEqual([d]);
    expect(applyEdits(content, [{ op: 'dismissal.add', dismissal: d }]).inverse).toEqual([]);
    expect(applyEdits(sampleContent(), [{ op: 'dismissal.remove', dismissal: d }]).inverse).toEqual([]);
  });

  it('plan settings change and undo', () => {
    const { content } = undoRestores([{ op: 'plan.set', patch: { name: 'Spring HM', weeks: 6 } }]);
    expect(content.settings).toMatchObject({ name: 'Spring HM', weeks: 6 });
  });

  it('a batch with one invalid edit changes nothing and says why', () => {
    const before = sampleContent();
    const snapshot = structuredClone(before);
    expect(() =>
      applyEdits(before, [
        { op: 'session.update', id: 'a', patch: { title: 'x' } },
        { op: 'session.update', id: 'e', patch: { distanceKm: null } },
      ]),
    ).toThrow('A race needs a distance: enter how far it is under Distance');
    expect(before).toEqual(snapshot);
  });

  it('an edit of a session deleted elsewhere gives the conflict sentence, never its id', () => {
    let error: unknown;
    try {
      applyEdits(sampleContent(), [{ op: 'session.update', id: 's-e6a824f9-17bb', patch: { title: 'x' } }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StrideError);
    expect((error as StrideError).code).toBe('conflict');
    expect((error as StrideError).message).toBe(PLAN_CHANGED);
  });

  it('refuses a frame that leaves sessions outside, naming them with readable dates', () => {
    expect(() => applyEdits(sampleContent(), [{ op: 'plan.set', patch: { weeks: 1 } }])).toThrow(
      'Parkrun on Sun 13 Dec would fall outside the plan (Mon 30 Nov to Sun 6 Dec); move or delete it first',
    );
    expect(() =>
      applyEdits(sampleContent(), [{ op: 'plan.set', patch: { startDate: '2026-12-07' } }]),
    ).toThrow(/^4 sessions \(Tempo run on Tue 1 Dec, Easy run on Thu 3 Dec, Strength on Thu 3 Dec and Long run on Sun 6 Dec\) would fall outside/);
  });

  it('refuses a start that is not the first day of a week', () => {
    expect(() => applyEdits(sampleContent(), [{ op: 'plan.set', patch: { startDate: '2026-12-01' } }])).toThrow(
      'Week 1 starts on a Monday in this plan: pick a Monday as the start date',
    );
  });

  it('refuses an id that is already in the plan', () => {
    expect(() =>
      applyEdits(sampleContent(), [{ op: 'session.add', session: sessionFromKind('a', '2026-12-02', 'easy') }]),
    ).toThrow(PLAN_CHANGED);
  });
});
