/** zod schemas of `PlanEdit` lists as `plans.edit` receives them (plan-edit.ts is the type). */
import { z } from 'zod';
import type { PlanEdit } from '../edits/plan-edit';
import { derivedRuleId, isoDate, planFields, sessionFields, sessionId } from './schemas';

const coachSession = sessionFields.extend({ id: sessionId, date: isoDate }).strict();
const dismissal = z.object({ date: isoDate, ruleId: derivedRuleId }).strict();
const index = z.number().int().min(0).max(1000).optional();

export const planEdit = z.discriminatedUnion('op', [
  z.object({ op: z.literal('session.add'), session: coachSession, index }).strict(),
  z.object({ op: z.literal('session.update'), id: sessionId, patch: sessionFields.partial().strict() }).strict(),
  z.object({ op: z.literal('session.move'), id: sessionId, date: isoDate, index }).strict(),
  z.object({ op: z.literal('session.delete'), id: sessionId }).strict(),
  z.object({ op: z.literal('dismissal.add'), dismissal }).strict(),
  z.object({ op: z.literal('dismissal.remove'), dismissal }).strict(),
  z
    .object({
      op: z.literal('plan.set'),
      patch: planFields.pick({ name: true, goal: true, units: true, startDate: true, weeks: true, weekStartsOn: true }).partial().strict(),
    })
    .strict(),
]) as unknown as z.ZodType<PlanEdit>;

/** A whole week operation on a 104-week plan stays far below this. */
export const planEdits = z.array(planEdit).max(20_000);

export const stepLabel = z.string().trim().min(1).max(200);
