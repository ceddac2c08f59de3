/**
 * The one line an export prints on standard error once its file is written, as `stride generate`
 * does: which file and what is in it ("stride: wrote sam.ics (38 events over 8 weeks from Mon 1 Mar
 * 2027)"), so a coach sees it worked and what went where. Standard error, so that an export piped
 * on (`-o -`, which prints no such line) or a script reading the FIT file list is not disturbed.
 */
import { longDateLabel, type IsoDate } from '../../src-shared/domain/dates';
import { plural } from '../../src-shared/edits/edit-messages';
import type { CommandContext } from './cli-command';

export function reportWritten(ctx: CommandContext, output: string, contents: string): void {
  ctx.io.stderr(`stride: wrote ${output} (${contents})\n`);
}

/** "8 weeks from Mon 1 Mar 2027": a plan's span, as generate names a draft's. */
export function planSpan(plan: { weeks: number; startDate: IsoDate }): string {
  return `${plural(plan.weeks, 'week')} from ${longDateLabel(plan.startDate)}`;
}

/** 'the plan "Spring 10K" for Maya Ortiz: 8 weeks from Mon 1 Mar 2027': a whole plan's export. */
export function wholePlan(doc: {
  plan: { name: string; weeks: number; startDate: IsoDate };
  athlete: { name: string };
}): string {
  return `the plan "${doc.plan.name}" for ${doc.athlete.name}: ${planSpan(doc.plan)}`;
}
