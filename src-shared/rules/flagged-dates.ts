/**
 * The days a warning marks (its triangle in the calendar, the PDF and the print): every day it
 * names, or only the flagged session's day where the warning compares that session with another
 * (the longest earlier run, the race before it). The sentence names the other one, which did
 * nothing wrong: a marker on it sent the coach to the wrong session. recovery-rules.md lists the
 * flagged session first in a warning's dates.
 */
import type { IsoDate } from '../domain/dates';
import type { PlanWarning } from '../domain/types';

const COMPARING_RULES: readonly PlanWarning['ruleId'][] = ['run-spike', 'too-soon-after-race'];

export function flaggedDates(w: PlanWarning): IsoDate[] {
  return COMPARING_RULES.includes(w.ruleId) ? w.dates.slice(0, 1) : [...new Set(w.dates)].sort();
}
