/**
 * The template function on a plan file's data (`stride import FILE --start/--race-date/--scale`):
 * the same copy the app makes, with the file's athlete and everything else in it kept.
 */
import type { PlanFileData } from '../domain/plan-file';
import { applyTemplate, type TemplateField, type TemplateTarget } from './apply-template';

export type TemplateFileResult = { ok: true; data: PlanFileData } | { ok: false; message: string; field: TemplateField };

export function applyTemplateToFile(data: PlanFileData, target: TemplateTarget): TemplateFileResult {
  const { phases, ...plan } = data.plan;
  const result = applyTemplate(
    {
      settings: { name: plan.name, goal: plan.goal ?? null, units: plan.units, startDate: plan.startDate, weeks: plan.weeks, weekStartsOn: plan.weekStartsOn },
      phases: phases ?? [],
      sessions: data.sessions,
      dismissed: data.dismissed,
    },
    target,
  );
  if (!result.ok) return result;
  const copy = result.plan;
  return {
    ok: true,
    data: {
      ...data,
      plan: { ...data.plan, startDate: copy.settings.startDate },
      sessions: [...copy.sessions],
      dismissed: [...copy.dismissed],
    },
  };
}
