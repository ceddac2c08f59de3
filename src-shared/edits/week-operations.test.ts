import { describe, expect, it } from 'vitest';
import { applyEdits } from './apply-edits';
import { contentWith, sampleContent, withoutRevisions } from './edit-fixtures';
import type { PlanContent, PlanEdit } from './plan-edit';
import { sessionFromKind } from './session-defaults';
import {
  changeFrameEdits,
  clearWeeksEdits,
  copySessions,
  copyWeeks,
  deleteSessionsEdits,
  deleteWeeksEdits,
  insertWeeksEdits,
  moveSessionsEdits,
  pasteSessionsEdits,
  pasteWeeksEdits,
  repeatWeekEdits,
  shiftPlanEdits,
} from './week-operations';

const days = (c: PlanContent) => c.sessions.map((s) => `${s.date}:${s.kind}`);

function counter() {
  let n = 0;
  return () => `n${++n}`;
}

/** Applies, checks that the inverse restores the content exactly, returns the result. */
function run(before: PlanContent, edits: PlanEdit[]): PlanContent {
  const { content, inverse } = applyEdits(before, edits);
  expect(withoutRevisions(applyEdits(content, inverse).content)).toEqual(withoutRevisions(before));
  return content;
}

describe('week operations', () => {
  it('copy week 1 and paste onto week 3 replaces what is there', () => {
    const before = sampleContent();
    const withWeek3 = run(before, [{ op: 'session.add', session: sessionFromKind('z', '2026-12-15', 'hills') }]);
    const clip = copyWeeks(withWeek3, [1]);
    expect(clip).toMatchObject({ kind: 'weeks', weeks: 1 });
    expect(clip.sessions.map((s) => s.dayOffset)).toEqual([1, 3, 3, 6]);
    const after = run(withWeek3, pasteWeeksEdits(withWeek3, clip, 3, counter()));
    expect(days(after).filter((d) => d >= '2026-12-14' && d < '2026-12-21')).toEqual([
      '2026-12-15:tempo',
      '2026-12-17:easy',
      '2026-12-17:strength',
      '2026-12-20:long',
    ]);
    expect(after.sessions.find((s) => s.date === '2026-12-20')).toMatchObject({ title: 'Long run', notes: 'hilly' });
  });

  it('paste grows the plan up to 104 weeks and refuses past it with a sentence', () => {
    const before = sampleContent();
    const clip = copyWeeks(before, [1, 2]);
    const grown = run(before, pasteWeeksEdits(before, clip, 4, counter()));
    expect(grown.settings.weeks).toBe(5);
    expect(() => pasteWeeksEdits(before, clip, 104, counter())).toThrow(
      'Pasting 2 weeks onto week 104 would need week 105, and a plan has at most 104 weeks',
    );
  });

  it('a repeat past week 104 is refused in the words of a repeat', () => {
    const before = contentWith(sampleContent().sessions, { weeks: 104 });
    // It said "Pasting 1 week onto week 105 …": the coach had asked for a repeat, not a paste.
    expect(() => repeatWeekEdits(before, 104, 1, counter())).toThrow(
      'Repeating week 104 once would need week 105, and a plan has at most 104 weeks',
    );
    expect(() => repeatWeekEdits(before, 100, 6, counter())).toThrow(
      'Repeating week 100 6 times would need week 106, and a plan has at most 104 weeks',
    );
  });

  it('repeats a week N times after it in one batch', () => {
    const before = sampleContent();
    const after = run(before, repeatWeekEdits(before, 1, 5, counter()));
    expect(after.settings.weeks).toBe(6);
    for (let w = 0; w < 6; w++)
      expect(after.sessions.filter((s) => s.kind === 'long')[w].date).toBe(
        ['2026-12-06', '2026-12-13', '2026-12-20', '2026-12-27', '2027-01-03', '2027-01-10'][w],
      );
    expect(after.sessions.some((s) => s.kind === 'race')).toBe(false); // week 2 was replaced
  });

  it('repeats a block of weeks N times after it, block after block, in one batch', () => {
    // Weeks 1–2 (week 1's four sessions and a dismissal, week 2's Sunday race) repeated twice:
    // weeks 3–4 and 5–6 hold copies on the same weekdays; what week 4 held is replaced.
    const before = run(sampleContent(), [
      { op: 'session.add', session: sessionFromKind('z', '2026-12-23', 'hills') },
      { op: 'dismissal.add', dismissal: { date: '2026-12-02', ruleId: 'recovery-after-hard' } },
    ]);
    const edits = repeatWeekEdits(before, 1, 2, counter(), 2);
    const { content: after, inverse } = applyEdits(before, edits);
    expect(after.settings.weeks).toBe(6);
    const weekOne = ['tempo', 'easy', 'strength', 'long'];
    // Tue, Thu, Thu, Sun of weeks 1, 3 and 5; the Sunday race of weeks 2, 4 and 6.
    expect(days(after)).toEqual([
      ...['2026-12-01', '2026-12-03', '2026-12-03', '2026-12-06'].map((d, i) => `${d}:${weekOne[i]}`),
      '2026-12-13:race',
      ...['2026-12-15', '2026-12-17', '2026-12-17', '2026-12-20'].map((d, i) => `${d}:${weekOne[i]}`),
      '2026-12-27:race', // week 4's hills session was replaced
      ...['2026-12-29', '2026-12-31', '2026-12-31', '2027-01-03'].map((d, i) => `${d}:${weekOne[i]}`),
      '2027-01-10:race',
    ]);
    expect(after.sessions.find((s) => s.date === '2027-01-03')).toMatchObject({ title: 'Long run', notes: 'hilly' });
    expect(after.dismissed.map((d) => d.date)).toEqual(['2026-12-02', '2026-12-16', '2026-12-30']);
    // Undo restores exactly (ids, order, fields); revisions never go down, the replaced one's included.
    const undone = applyEdits(after, inverse).content;
    expect(withoutRevisions(undone)).toEqual(withoutRevisions(before));
    for (const [id, r] of before.revisions) expect(after.revisions.get(id)).toBeGreaterThanOrEqual(r);
    for (const [id, r] of after.revisions) expect(undone.revisions.get(id)).toBeGreaterThanOrEqual(r);
    expect(undone.revisions.get('z')).toBeGreaterThan(before.revisions.get('z')!);
    // Redo (the same edits again) gives the same weeks.
    expect(withoutRevisions(applyEdits(undone, edits).content)).toEqual(withoutRevisions(after));
  });

  it('a block of one week is the single-week repeat, edit for edit', () => {
    const before = sampleContent();
    expect(repeatWeekEdits(before, 1, 3, counter(), 1)).toEqual(repeatWeekEdits(before, 1, 3, counter()));
  });

  it('a block repeat past week 104 is refused in the words of a repeat, and writes nothing', () => {
    const before = contentWith(sampleContent().sessions, { weeks: 100 });
    const snapshot = structuredClone(before);
    expect(() => repeatWeekEdits(before, 97, 2, counter(), 4)).toThrow(
      'Repeating weeks 97–100 2 times would need week 108, and a plan has at most 104 weeks',
    );
    expect(before).toEqual(snapshot);
    // Exactly up to week 104 is allowed: weeks 97–100 once fill 101–104, weeks 93–96 twice 97–104.
    expect(run(before, repeatWeekEdits(before, 97, 1, counter(), 4)).settings.weeks).toBe(104);
    expect(run(before, repeatWeekEdits(before, 93, 2, counter(), 4)).settings.weeks).toBe(104);
    // A block past the plan's end is not a block of this plan.
    expect(() => repeatWeekEdits(before, 99, 1, counter(), 4)).toThrow('This plan has no week 101; it has 100 weeks');
  });

  it('inserting weeks shifts later sessions and grows the plan', () => {
    const before = sampleContent();
    const after = run(before, insertWeeksEdits(before, 2, 2));
    expect(after.settings.weeks).toBe(6);
    expect(days(after)).toEqual([
      '2026-12-01:tempo',
      '2026-12-03:easy',
      '2026-12-03:strength',
      '2026-12-06:long',
      '2026-12-27:race',
    ]);
    expect(() => insertWeeksEdits(before, 2, 101)).toThrow('Inserting 101 weeks would need week 105');
  });

  it('deleting weeks moves later sessions up', () => {
    const before = sampleContent();
    const after = run(before, deleteWeeksEdits(before, [1]));
    expect(after.settings.weeks).toBe(3);
    expect(days(after)).toEqual(['2026-12-06:race']);
    expect(() => deleteWeeksEdits(before, [1, 2, 3, 4])).toThrow('A plan keeps at least one week');
  });

  it('clearing weeks empties them, dismissals included', () => {
    const before = run(sampleContent(), [
      { op: 'dismissal.add', dismissal: { date: '2026-12-02', ruleId: 'recovery-after-hard' } },
    ]);
    const after = run(before, clearWeeksEdits(before, [1]));
    expect(days(after)).toEqual(['2026-12-13:race']);
    expect(after.dismissed).toEqual([]);
  });

  it('shifts the whole plan by weeks, keeping each day order', () => {
    const before = sampleContent();
    const after = run(before, shiftPlanEdits(before, 1));
    expect(after.settings.startDate).toBe('2026-12-07');
    expect(after.sessions.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(after.sessions[0].date).toBe('2026-12-08');
    expect(run(before, shiftPlanEdits(before, -2)).sessions[4].date).toBe('2026-11-29');
  });

  it('a new week start keeps dates by default, growing to keep the last Sunday', () => {
    const before = contentWith([sessionFromKind('r', '2026-12-27', 'race')]); // last day of week 4
    const after = run(before, changeFrameEdits(before, { weekStartsOn: 'sunday' }, 'keep-dates'));
    expect(after.settings).toMatchObject({ startDate: '2026-11-29', weekStartsOn: 'sunday', weeks: 5 });
    expect(after.sessions[0].date).toBe('2026-12-27');
  });

  it('move-with-weeks moves every session with its week', () => {
    const before = sampleContent();
    const after = run(before, changeFrameEdits(before, { startDate: '2026-12-14' }, 'move-with-weeks'));
    expect(after.sessions.map((s) => s.date)).toEqual([
      '2026-12-15',
      '2026-12-17',
      '2026-12-17',
      '2026-12-20',
      '2026-12-27',
    ]);
    expect(after.sessions.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keep-dates refuses a later start that leaves sessions outside, with readable dates and plurals', () => {
    const before = sampleContent();
    const edits = changeFrameEdits(before, { startDate: '2026-12-08' }, 'keep-dates');
    expect(() => applyEdits(before, edits)).toThrow(
      '4 sessions (Tempo run on Tue 1 Dec, Easy run on Thu 3 Dec, Strength on Thu 3 Dec and Long run on Sun 6 Dec) would fall outside the plan (Mon 7 Dec to Sun 3 Jan); move or delete them first',
    );
  });

  it('copies and pastes several sessions keeping their day offsets', () => {
    const before = sampleContent();
    const clip = copySessions(before, ['d', 'b']);
    expect(clip.sessions.map((s) => [s.kind, s.dayOffset])).toEqual([
      ['easy', 0],
      ['long', 3],
    ]);
    const after = run(before, pasteSessionsEdits(before, clip, '2026-12-15', counter()));
    expect(days(after)).toContain('2026-12-18:long');
    expect(() => pasteSessionsEdits(before, clip, '2026-12-26', counter())).toThrow(
      "Pasting on Sat 26 Dec would put 1 session after the plan's last day (Sun 27 Dec)",
    );
  });

  it('moves and deletes a selection', () => {
    const before = sampleContent();
    const moved = run(before, moveSessionsEdits(before, ['b', 'c'], 1));
    expect(days(moved).slice(0, 3)).toEqual(['2026-12-01:tempo', '2026-12-04:easy', '2026-12-04:strength']);
    expect(run(before, deleteSessionsEdits(before, ['a', 'e'])).sessions.map((s) => s.id)).toEqual(['b', 'c', 'd']);
  });
});
