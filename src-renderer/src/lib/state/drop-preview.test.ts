import { describe, expect, it } from 'vitest';
import { DEFAULT_ATHLETE_SETTINGS, type CoachSession } from '../../../../src-shared/domain/types';
import { evaluatePlan } from '../../../../src-shared/rules/evaluate-plan';
import { dropPreview, newlyDerived, sessionsAfterDrop } from './drop-preview';

const plan = { startDate: '2027-03-01', weeks: 4, weekStartsOn: 'monday' as const };
const evaluate = (sessions: CoachSession[]) =>
  evaluatePlan({ athlete: DEFAULT_ATHLETE_SETTINGS, plan, sessions, dismissed: [] });

const intervals: CoachSession = {
  id: 's1',
  date: '2027-03-02',
  kind: 'intervals',
  title: null,
  durationMin: 60,
  distanceKm: null,
  rpe: null,
  notes: null,
};

describe('what a drop would cause', () => {
  it('intervals dragged over Tuesday would bring a recovery run on Wednesday', () => {
    const { ghosts } = dropPreview(
      [],
      evaluate([]).derived,
      { type: 'kind', kind: 'intervals' },
      '2027-03-09',
      false,
      evaluate,
    );
    expect([...ghosts.keys()]).toEqual(['2027-03-10']);
    expect(ghosts.get('2027-03-10')).toEqual([
      expect.objectContaining({ kind: 'recovery', ruleId: 'recovery-after-hard' }),
    ]);
  });

  it('an easy run causes nothing, so nothing is previewed', () => {
    expect(dropPreview([], [], { type: 'kind', kind: 'easy' }, '2027-03-09', false, evaluate).ghosts.size).toBe(0);
  });

  it('moving a hard session previews only what is new, not what it already causes', () => {
    const now = evaluate([intervals]).derived; // recovery on 2027-03-03
    const { ghosts } = dropPreview([intervals], now, { type: 'session', id: 's1' }, '2027-03-04', false, evaluate);
    expect([...ghosts.keys()]).toEqual(['2027-03-05']);
    // Over its own day, a move changes nothing.
    expect(
      dropPreview([intervals], now, { type: 'session', id: 's1' }, '2027-03-02', false, evaluate).ghosts.size,
    ).toBe(0);
  });

  it('a copy keeps the original in place and adds the copy', () => {
    const after = sessionsAfterDrop([intervals], { type: 'session', id: 's1' }, '2027-03-04', true)!;
    expect(after.sessions.map((s) => s.date)).toEqual(['2027-03-02', '2027-03-04']);
  });

  it('names the session a palette drop or a copy makes with the id the drop will use', () => {
    const added = sessionsAfterDrop([], { type: 'kind', kind: 'intervals' }, '2027-03-09', false, 's-drop')!;
    expect(added.dropped).toMatchObject({ id: 's-drop', date: '2027-03-09', kind: 'intervals' });
    const copied = sessionsAfterDrop([intervals], { type: 'session', id: 's1' }, '2027-03-04', true, 's-copy')!;
    expect(copied.sessions.map((s) => s.id)).toEqual(['s1', 's-copy']);
    // The ghosted recovery run names the session it follows: the one the drop will add.
    const { ghosts } = dropPreview(
      [],
      evaluate([]).derived,
      { type: 'kind', kind: 'intervals' },
      '2027-03-09',
      false,
      evaluate,
      's-drop',
    );
    expect(ghosts.get('2027-03-10')).toEqual([
      expect.objectContaining({ kind: 'recovery', ruleId: 'recovery-after-hard', sourceId: 's-drop' }),
    ]);
  });

  it('compares derived sessions by day, rule and kind', () => {
    const a = evaluate([intervals]).derived;
    expect(newlyDerived(a, a)).toEqual([]);
    expect(newlyDerived([], a)).toEqual(a);
  });
});
