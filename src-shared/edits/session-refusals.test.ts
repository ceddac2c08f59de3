/**
 * Every refusal of the shared edit rules is a coach's sentence: it names what is wrong and what
 * would do, and never starts with a field's contract name ("distanceKm: a race needs a
 * distance", "weeks: a plan has between 1 and 104 weeks" were shown so in the banner). The field
 * still travels apart from the text, for the inspector or a form to place it.
 */
import { describe, expect, it } from 'vitest';
import { StrideError } from '../api/errors';
import type { StepItem } from '../domain/steps';
import { applyEdits } from './apply-edits';
import { sampleContent } from './edit-fixtures';
import type { PlanEdit } from './plan-edit';
import { sessionFromKind } from './session-defaults';

function refusal(edits: PlanEdit[]): StrideError {
  try {
    applyEdits(sampleContent(), edits);
  } catch (error) {
    return error as StrideError;
  }
  throw new Error('not refused');
}

/** A contract name or path before a colon: "distanceKm: ", "steps[0].durationMin: ". */
const FIELD_CODE = /^[a-z]\w*(\[\d+\]|\.\w+)*: /;

const cases: { name: string; edits: PlanEdit[]; message: string; field?: string }[] = [
  {
    name: 'a race without a distance',
    edits: [{ op: 'session.update', id: 'e', patch: { distanceKm: null } }],
    message: 'A race needs a distance: enter how far it is under Distance',
    field: 'distanceKm',
  },
  {
    name: 'a session without a duration',
    edits: [{ op: 'session.update', id: 'a', patch: { durationMin: null } }],
    message: 'A tempo run needs a duration: give it minutes, or steps with a time or distance',
    field: 'durationMin',
  },
  {
    name: 'a session of 0 minutes',
    edits: [{ op: 'session.update', id: 'b', patch: { durationMin: 0 } }],
    message: 'An easy run needs a duration over 0 minutes',
    field: 'durationMin',
  },
  {
    name: 'a step outside the limits (past the contract)',
    edits: [
      {
        op: 'session.update',
        id: 'a',
        patch: {
          steps: [
            { type: 'run', durationMin: 10 },
            { type: 'run', durationMin: 700 },
          ] as StepItem[],
        },
      },
    ],
    message: 'Step 2 cannot be saved (700 is not 0.1–600 minutes): change it in the steps line',
    field: 'steps',
  },
  {
    name: 'a step of a repeat outside the limits',
    edits: [
      {
        op: 'session.update',
        id: 'a',
        patch: { steps: [{ repeat: 3, steps: [{ type: 'run', distanceKm: 0.01 }] }] as StepItem[] },
      },
    ],
    message: 'Step 1 of the repeat at step 1 cannot be saved (0.01 is not 0.05–300 km): change it in the steps line',
    field: 'steps',
  },
  {
    name: 'a day no calendar has',
    edits: [{ op: 'session.add', session: sessionFromKind('z', '2026-12-32', 'easy') }],
    message: 'This change gives a day that does not exist (such as 30 February): pick a day on the calendar',
    field: 'date',
  },
  {
    name: 'a plan without a name',
    edits: [{ op: 'plan.set', patch: { name: ' ' } }],
    message: 'A plan needs a name: type one under Name',
    field: 'name',
  },
  {
    name: 'a plan of 105 weeks',
    edits: [{ op: 'plan.set', patch: { weeks: 105 } }],
    message: 'A plan runs 1 to 104 weeks: give it a number of weeks in that range',
    field: 'weeks',
  },
  {
    name: 'a Sunday-week plan starting on a Monday',
    edits: [{ op: 'plan.set', patch: { weekStartsOn: 'sunday' } }],
    message: 'Week 1 starts on a Sunday in this plan: pick a Sunday as the start date',
    field: 'startDate',
  },
  {
    name: 'an edit this Stride does not know',
    edits: [{ op: 'session.frobnicate' } as unknown as PlanEdit],
    message: 'Stride does not know this change (a newer Stride may have made it); nothing was changed',
  },
];

describe('the shared edit rules refuse in sentences', () => {
  for (const c of cases) {
    it(c.name, () => {
      const error = refusal(c.edits);
      expect(error).toBeInstanceOf(StrideError);
      expect(error.message).not.toMatch(FIELD_CODE);
      expect(error.message).toBe(c.message);
      expect(error.code).toBe('invalid-input');
      expect(error.field).toBe(c.field);
    });
  }
});
