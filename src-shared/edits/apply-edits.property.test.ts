/**
 * Property tests (issue 9): for random sequences of every edit kind and every builder, applying
 * then undoing restores the content exactly (ids, order, fields), revisions never go down, and
 * redo reapplies the same result. Invalid edits are part of the mix: they must change nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/dates';
import { SESSION_KINDS } from '../domain/kinds';
import { DERIVED_RULE_IDS } from '../domain/types';
import { applyEdits } from './apply-edits';
import { sampleContent, withoutRevisions } from './edit-fixtures';
import type { PlanContent, PlanEdit, SessionFields } from './plan-edit';
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

/** One random step: which operation, and numbers it picks its arguments with. */
const stepArb = fc.record({ op: fc.nat(19), a: fc.nat(1000), b: fc.nat(1000), c: fc.nat(1000) });
type Step = { op: number; a: number; b: number; c: number };

let idCounter = 0;
const newId = () => `p${++idCounter}`;

/** Builds the step's edits against the current content (some of them invalid on purpose). */
function editsFor(content: PlanContent, { op, a, b, c }: Step): PlanEdit[] {
  const s = content.sessions;
  const pick = (n: number) => (s.length ? s[n % s.length] : null);
  const day = (n: number) => addDays(content.settings.startDate, n % (content.settings.weeks * 7 + 3) - 1);
  const week = (n: number) => (n % content.settings.weeks) + 1;
  const kind = SESSION_KINDS[a % SESSION_KINDS.length];
  const rule = DERIVED_RULE_IDS[b % DERIVED_RULE_IDS.length];
  switch (op) {
    case 0:
    case 1:
      return [{ op: 'session.add', session: sessionFromKind(newId(), day(b), kind), index: c % 3 === 0 ? undefined : c % 4 }];
    case 2: {
      const t = pick(a);
      if (!t) return [];
      const stepped: Partial<SessionFields> = {
        steps: [{ repeat: (b % 5) + 2, steps: [{ type: 'run', distanceKm: 0.4, target: 'I' }, { type: 'recover', durationMin: 2 }] }],
      };
      const patch: Partial<SessionFields> = [
        { title: `T${b}` },
        { rpe: (b % 10) + 1 },
        { durationMin: b % 200 },
        { kind },
        { notes: null },
        stepped,
        { steps: null },
      ][c % 7];
      return [{ op: 'session.update', id: t.id, patch }];
    }
    case 3: {
      const t = pick(a);
      return t ? [{ op: 'session.move', id: t.id, date: day(b), index: c % 3 === 0 ? undefined : c % 3 }] : [];
    }
    case 4: {
      const t = pick(a);
      return t ? [{ op: 'session.delete', id: t.id }] : [];
    }
    case 5:
      return [{ op: 'dismissal.add', dismissal: { date: day(a), ruleId: rule } }];
    case 6: {
      const d = content.dismissed[a % Math.max(1, content.dismissed.length)];
      return d ? [{ op: 'dismissal.remove', dismissal: d }] : [];
    }
    case 7:
      return [{ op: 'plan.set', patch: [{ name: `Plan ${b}` }, { goal: `Goal ${b}` }, { weeks: (b % 10) + 1 }, { units: 'mi' as const }][c % 4] }];
    case 8:
      return pasteWeeksEdits(content, copyWeeks(content, [week(a)]), week(b), newId);
    case 9:
      // One week, or a block of two or three from it (refused where it runs past the plan or week 104).
      return repeatWeekEdits(content, week(a), (b % 3) + 1, newId, (c % 3) + 1);
    case 10:
      return insertWeeksEdits(content, (a % (content.settings.weeks + 1)) + 1, (b % 2) + 1);
    case 11:
      return deleteWeeksEdits(content, [week(a)]);
    case 12:
      return clearWeeksEdits(content, [week(a)]);
    case 13:
      return shiftPlanEdits(content, (a % 5) - 2);
    case 14:
      return changeFrameEdits(content, { weekStartsOn: a % 2 ? 'sunday' : 'monday' }, b % 2 ? 'keep-dates' : 'move-with-weeks');
    case 15:
      return changeFrameEdits(content, { startDate: addDays(content.settings.startDate, (a % 5) * 7 - 14) }, b % 2 ? 'keep-dates' : 'move-with-weeks');
    case 16: {
      const ids = [pick(a), pick(b)].filter((x) => x !== null).map((x) => x.id);
      return pasteSessionsEdits(content, copySessions(content, ids), day(c), newId);
    }
    case 17: {
      const ids = [pick(a), pick(b)].filter((x) => x !== null).map((x) => x.id);
      return moveSessionsEdits(content, ids, (c % 5) - 2);
    }
    case 18: {
      const ids = [pick(a), pick(b)].filter((x) => x !== null).map((x) => x.id);
      return deleteSessionsEdits(content, ids);
    }
    default: {
      // A batch of two: an update and a move, exercising multi-edit inverses.
      const t = pick(a);
      return t
        ? [
            { op: 'session.update', id: t.id, patch: { title: `B${b}` } },
            { op: 'session.move', id: t.id, date: day(c) },
          ]
        : [];
    }
  }
}

function expectRevisionsNotBelow(next: PlanContent, prev: PlanContent) {
  for (const [id, r] of prev.revisions) expect(next.revisions.get(id)).toBeGreaterThanOrEqual(r);
}

describe('apply then undo (property)', () => {
  it('restores the content exactly, revisions never decrease, and redo reapplies', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 25 }), (steps) => {
        const history: { edits: PlanEdit[]; inverse: PlanEdit[]; after: PlanContent }[] = [];
        const states: PlanContent[] = [sampleContent()];
        let current = states[0];
        for (const step of steps) {
          let edits: PlanEdit[];
          try {
            edits = editsFor(current, step);
          } catch {
            continue; // a builder refused (past 104 weeks, last week): nothing to apply
          }
          const snapshot = structuredClone(current);
          let result;
          try {
            result = applyEdits(current, edits);
          } catch {
            expect(current).toEqual(snapshot); // refused: nothing changed
            continue;
          }
          expectRevisionsNotBelow(result.content, current);
          history.push({ edits, inverse: result.inverse, after: result.content });
          current = result.content;
          states.push(current);
        }
        // Undo every step in turn: each restores the state before it.
        for (let i = history.length - 1; i >= 0; i--) {
          const undone = applyEdits(current, history[i].inverse).content;
          expect(withoutRevisions(undone)).toEqual(withoutRevisions(states[i]));
          expectRevisionsNotBelow(undone, current);
          current = undone;
        }
        // Redo every step: each gives the same content as the first time.
        for (const step of history) {
          const redone = applyEdits(current, step.edits).content;
          expect(withoutRevisions(redone)).toEqual(withoutRevisions(step.after));
          expectRevisionsNotBelow(redone, current);
          current = redone;
        }
      }),
      { numRuns: 300 },
    );
  });
});
