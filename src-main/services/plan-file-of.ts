import type { PlanDocument } from '../../src-shared/api/entities';
import { plainSession } from '../../src-shared/domain/coach-session';
import type { PlanFileData } from '../../src-shared/domain/plan-file';

/** A stored plan in the plan file's shape (kilometres, local dates). */
export function planFileDataOf(doc: PlanDocument): PlanFileData {
  const { id: _id, units: _units, name, ...settings } = doc.athlete;
  return {
    athlete: { name, ...settings },
    plan: {
      name: doc.plan.name,
      startDate: doc.plan.startDate,
      weeks: doc.plan.weeks,
      weekStartsOn: doc.plan.weekStartsOn,
      units: doc.plan.units,
      ...(doc.plan.goal ? { goal: doc.plan.goal } : {}),
      ...(doc.plan.phases && doc.plan.phases.length > 0 ? { phases: doc.plan.phases } : {}),
    },
    sessions: doc.sessions.map(plainSession),
    dismissed: doc.dismissed,
  };
}

/** "Spring 10K" → "spring-10k": safe in every file system. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'plan';
}
