import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../../src-shared/edits/apply-edits';
import { sampleContent } from '../../../../src-shared/edits/edit-fixtures';
import type { PlanEdit } from '../../../../src-shared/edits/plan-edit';
import type { CoachSession, DerivedSession } from '../../../../src-shared/domain/types';
import {
  keptSession,
  newSessionId,
  sameSessions,
  sessionFromKind,
  withAdded,
  withCopied,
  withDeleted,
  withMoved,
  withUpdated,
} from './coach-edits';

const tempo: CoachSession = {
  id: 's1',
  date: '2027-03-02',
  kind: 'tempo',
  title: '3 × 10 min',
  durationMin: 50,
  distanceKm: 10,
  rpe: 7,
  notes: 'n',
};

describe('the coach’s edits on a local copy', () => {
  it('a palette drop gets the kind’s defaults, as main fills them', () => {
    expect(sessionFromKind('x', '2027-03-04', 'intervals')).toEqual({
      id: 'x',
      date: '2027-03-04',
      kind: 'intervals',
      title: null,
      durationMin: 60,
      distanceKm: null,
      rpe: null,
      notes: null,
    });
    expect(sessionFromKind('y', '2027-03-04', 'race')).toMatchObject({ durationMin: 60, distanceKm: 10 });
    expect(sessionFromKind('z', '2027-03-04', 'rest')).toMatchObject({ durationMin: null, distanceKm: null });
  });

  it('moves, copies with every field, updates and deletes without touching the others', () => {
    const other = { ...tempo, id: 's2', date: '2027-03-05' };
    const list = [tempo, other];
    expect(withMoved(list, 's1', '2027-03-03')).toEqual([{ ...tempo, date: '2027-03-03' }, other]);
    expect(withCopied(list, 's1', '2027-03-09', 'c1')).toEqual([
      tempo,
      other,
      { ...tempo, id: 'c1', date: '2027-03-09' },
    ]);
    expect(withUpdated(list, 's2', { rpe: 9 })).toEqual([tempo, { ...other, rpe: 9 }]);
    expect(withDeleted(list, 's1')).toEqual([other]);
    expect(list).toEqual([tempo, other]); // the originals are never changed
  });

  it('a kept derived rest day has no duration; a kept recovery run keeps its figures', () => {
    const recovery: DerivedSession = {
      id: 'rule-1',
      date: '2027-03-03',
      kind: 'recovery',
      title: 'Recovery run',
      durationMin: 30,
      distanceKm: 4.5,
      rpe: 3,
      notes: 'easy',
      ruleId: 'recovery-after-hard',
      reason: 'r',
      sourceId: 's1',
    };
    expect(keptSession(recovery, 'k')).toEqual({
      id: 'k',
      date: '2027-03-03',
      kind: 'recovery',
      title: 'Recovery run',
      durationMin: 30,
      distanceKm: 4.5,
      rpe: 3,
      notes: 'easy',
    });
    const rest = { ...recovery, kind: 'rest' as const, durationMin: 0, distanceKm: null, rpe: null };
    expect(keptSession(rest, 'k').durationMin).toBeNull();
  });

  it('makes ids that the contract accepts and that do not repeat', () => {
    const ids = new Set(Array.from({ length: 200 }, newSessionId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^s-[0-9a-f-]{13}$/);
  });
});

describe('telling whether two lists hold the same sessions', () => {
  it('sees a rebuilt list of equal sessions as the same, and any changed field as different', () => {
    const easy: CoachSession = { ...tempo, id: 's2', kind: 'easy', date: '2027-03-03', rpe: null };
    const list = [tempo, easy];
    expect(sameSessions(list, [{ ...tempo }, { ...easy }])).toBe(true);
    expect(sameSessions(list, [tempo, { ...easy, notes: 'legs heavy' }])).toBe(false);
    expect(sameSessions(list, [tempo, { ...easy, durationMin: 41 }])).toBe(false);
    expect(sameSessions(list, [tempo, { ...easy, id: 's3' }])).toBe(false);
    expect(sameSessions(list, [easy, tempo])).toBe(false);
    expect(sameSessions(list, [tempo])).toBe(false);
    // A field the other lacks is a difference, even when its value is empty.
    expect(sameSessions([tempo], [{ ...tempo, extra: undefined } as CoachSession])).toBe(false);
  });

  it('a drop and the drag preview over the same day make the same sessions when they share the new id', () => {
    const id = newSessionId();
    const preview = [tempo, sessionFromKind(id, '2027-03-09', 'intervals')];
    const drop = [tempo, sessionFromKind(id, '2027-03-09', 'intervals')];
    expect(sameSessions(preview, drop)).toBe(true);
    expect(sameSessions(preview, [tempo, sessionFromKind(newSessionId(), '2027-03-09', 'intervals')])).toBe(false);
  });
});

describe('the drop previews order sessions as the edit will', () => {
  // The drop reuses its preview's rules answer only when the preview asked about the same list.
  const content = sampleContent();
  const applied = (edit: PlanEdit) => applyEdits(content, [edit]).content.sessions;
  it('add, move and copy land last in their day, in date order', () => {
    const added = sessionFromKind('n', '2026-12-03', 'hills');
    expect(withAdded(content.sessions, added)).toEqual(applied({ op: 'session.add', session: added }));
    expect(withMoved(content.sessions, 'a', '2026-12-03')).toEqual(applied({ op: 'session.move', id: 'a', date: '2026-12-03' }));
    expect(withMoved(content.sessions, 'e', '2026-12-02')).toEqual(applied({ op: 'session.move', id: 'e', date: '2026-12-02' }));
    const copy = { ...content.sessions[3], id: 'k', date: '2026-11-30' };
    expect(withCopied(content.sessions, 'd', '2026-11-30', 'k')).toEqual(applied({ op: 'session.add', session: copy }));
  });
});
