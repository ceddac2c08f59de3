/**
 * After "Apply to athletes…": the notice's words and its Undo (a `TakeBack`), which deletes
 * exactly the plans made, in one call. Ctrl+Z runs it too while the plan in view is the source
 * or one of the copies as they were made: once the coach changed that plan, Ctrl+Z is that
 * plan's own undo again (the notice's button still offers the take-back; main refuses it if a
 * copy changed).
 */
import type { AppliedTemplate, PlanDocument } from '../../../../src-shared/api/entities';
import type { TakeBack } from '../edit/notices.svelte';
import { shownError } from '../state/errors';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const warningsText = (n: number) => (n === 0 ? 'no warnings' : plural(n, 'warning'));

function joined(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "Applied “Spring half” to Sam Lee (2 warnings) and Ada Park (no warnings)". */
export function appliedText(planName: string, applied: readonly AppliedTemplate[]): string {
  if (applied.length > 3) {
    const total = applied.reduce((n, a) => n + a.warnings, 0);
    return `Applied “${planName}” to ${applied.length} athletes (${warningsText(total)} in all)`;
  }
  return `Applied “${planName}” to ${joined(applied.map((a) => `${a.athleteName} (${warningsText(a.warnings)})`))}`;
}

export function undoneText(planName: string, applied: readonly AppliedTemplate[]): string {
  const who = applied.length > 3 ? `${applied.length} athletes` : joined(applied.map((a) => a.athleteName));
  return `Took back “${planName}” from ${who}`;
}

export interface TakeBackDeps {
  /** The plan in view (read when Ctrl+Z is pressed). */
  doc: () => PlanDocument | null;
  /**
   * An edit of the plan in view is on screen and on its way to main: the plan has moved on,
   * though its version has not yet (Ctrl+Z right after a title change must undo that change).
   */
  changing?: () => boolean;
  undo: (plans: { id: number; version: number }[]) => Promise<void>;
  ondone: (text: string) => void;
  onerror: (text: string) => void;
}

export function templateTakeBack(
  source: { id: number; version: number; name: string },
  applied: readonly AppliedTemplate[],
  deps: TakeBackDeps,
): TakeBack {
  const plans = applied.map((a) => ({ id: a.plan.id, version: a.version }));
  return {
    stillNext() {
      const doc = deps.doc();
      if (!doc || deps.changing?.()) return false;
      const made = doc.plan.id === source.id ? source : plans.find((p) => p.id === doc.plan.id);
      return !!made && made.version === doc.version;
    },
    async run() {
      try {
        await deps.undo(plans);
        deps.ondone(undoneText(source.name, applied));
      } catch (error) {
        deps.onerror(shownError(error).message);
      }
    },
  };
}
