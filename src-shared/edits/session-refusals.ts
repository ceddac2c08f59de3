/**
 * The sentences a session (or a plan's settings) is refused with, written once: the shared edit
 * rules (apply-edits.ts, in main and in the renderer's preview) and the inspector's own checks
 * (session-form.ts, which catches the same mistakes before anything is sent) say the same words,
 * so the coach reads one refusal whoever catches it, beside the field or in the banner.
 *
 * Each names what is wrong and what would do, in a coach's words: never a field's contract name
 * ("distanceKm: "), which travels apart from the text (`StrideError.field`) to place it.
 */
import { KIND_NOUN, type SessionKind } from '../domain/kinds';

/** "an easy run" as a sentence starts: "An easy run". */
const startOfSentence = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);

/** A session of `kind` with neither minutes nor timed steps; an open step ("lap") alone gives no time. */
export function needsDurationText(kind: SessionKind): string {
  return `${startOfSentence(KIND_NOUN[kind])} needs a duration: give it minutes, or steps with a time or distance`;
}

/** A session of `kind` (not a rest day) given 0 minutes. */
export function durationOverZeroText(kind: SessionKind): string {
  return `${startOfSentence(KIND_NOUN[kind])} needs a duration over 0 minutes`;
}

/** A race without a distance (or 0): its race-week rules and predicted time depend on it. */
export const RACE_NEEDS_DISTANCE = 'A race needs a distance: enter how far it is under Distance';

/** A day that no calendar has ("2027-02-30"): only a request made outside the app can give one. */
export const NOT_A_DAY =
  'This change gives a day that does not exist (such as 30 February): pick a day on the calendar';

export const PLAN_NEEDS_NAME = 'A plan needs a name: type one under Name';

export const PLAN_WEEKS_RANGE = 'A plan runs 1 to 104 weeks: give it a number of weeks in that range';

export function weekOneStartText(weekStartsOn: 'monday' | 'sunday'): string {
  const day = weekStartsOn === 'monday' ? 'Monday' : 'Sunday';
  return `Week 1 starts on a ${day} in this plan: pick a ${day} as the start date`;
}

/** An edit of a kind this Stride does not know (a newer Stride, or a script): nothing was changed. */
export const UNKNOWN_CHANGE = 'Stride does not know this change (a newer Stride may have made it); nothing was changed';

/**
 * A problem `stepsProblems` found ("steps[2].durationMin: 700 is not 0.1–600 minutes"), said with
 * the step's number instead of its path. The contract refuses the same steps first wherever the
 * app sends them, so this is for what reaches the edit rules another way.
 */
export function stepsRefusalText(problem: string): string {
  const at = /^steps\[(\d+)\](?:\.steps\[(\d+)\])?/.exec(problem);
  const where = !at
    ? 'The steps'
    : at[2] === undefined
      ? `Step ${Number(at[1]) + 1}`
      : `Step ${Number(at[2]) + 1} of the repeat at step ${Number(at[1]) + 1}`;
  const colon = problem.indexOf(': ');
  const why = colon < 0 ? problem : problem.slice(colon + 2);
  return `${where} cannot be saved (${why}): change it in the steps line`;
}
