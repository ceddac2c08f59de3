/**
 * The one line an export prints on standard error once its file is written, as `stride generate`
 * does: which file and what is in it ("stride: wrote sam.ics (38 events over 8 weeks from Mon 1 Mar
 * 2027)"), so a coach sees it worked and what went where. Standard error, so that an export piped
 * on (`-o -`, which prints no such line) or a script reading the FIT file list is not disturbed.
 */
import { longDateLabel, type IsoDate } from '../../src-shared/domain/dates';
import type { CommandContext } from './cli-command';

export function reportWritten(ctx: CommandContext, output: string, contents: string): void {
  ctx.io.stderr(`stride: wrote ${output} (${contents})\n`);
}

/** "1 event", "38 events". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "8 weeks from Mon 1 Mar 2027": a plan's span, as generate names a draft's. */
export function planSpan(plan: { weeks: number; startDate: IsoDate }): string {
  return `${count(plan.weeks, 'week')} from ${longDateLabel(plan.startDate)}`;
}
