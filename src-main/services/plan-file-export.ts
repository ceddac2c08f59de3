/**
 * A stored plan as the plan file its own import takes back, or a sentence saying why it cannot be.
 *
 * The app took goals of up to 500 characters before it kept to the plan file's 200, so an older
 * plan's goal may not fit. Such a plan is refused rather than cut: the coach chooses what of the
 * goal to keep (the plan's details now hold at most 200), and no file leaves with words silently
 * missing. Any other value stored under older limits is caught by reading the file back before it
 * is handed out, so an export never writes a file that Stride's import refuses.
 */
import type { LibraryWorkout, PlanDocument } from '../../src-shared/api/entities';
import { StrideError } from '../../src-shared/api/errors';
import { GOAL_MAX } from '../../src-shared/api/schemas';
import { parsePlanFile, planFileText } from '../../src-shared/domain/plan-file';
import { planFileDataOf } from './plan-file-of';

export function exportPlanFileText(doc: PlanDocument, library: readonly LibraryWorkout[]): string {
  const plan = `“${doc.plan.name}”`;
  // Counted as the import counts it: after trimming, in UTF-16 code units.
  const goal = doc.plan.goal?.trim() ?? '';
  if (goal.length > GOAL_MAX) {
    throw new StrideError(
      'invalid-input',
      `${plan} cannot be saved as a plan file: its goal is ${goal.length} characters long, and a plan file holds at most ${GOAL_MAX}. ` +
        `Shorten the goal in the plan's details, then export again.`,
      'goal',
    );
  }
  const text = planFileText(planFileDataOf(doc, library), doc.evaluated);
  const back = parsePlanFile(text);
  if (!back.ok) {
    throw new StrideError(
      'invalid-input',
      `${plan} cannot be saved as a plan file that Stride would import again: ${back.errors.slice(0, 3).join('; ')}.`,
    );
  }
  return text;
}
