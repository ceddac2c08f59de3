/** recovery-rules.md v2, `unavailable-day`: a running coach session on a weekday the athlete cannot run. */
import { shortDateLabel } from '../domain/dates';
import { availabilityMask, DAY_CODES, type PlanWarning, type RulesInput } from '../domain/types';
import type { CoachIndex } from './derive-sessions';
import { describeSession, weekdayName } from './recovery-session';

const DAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function unavailableDay(input: RulesInput, index: CoachIndex): PlanWarning[] {
  const available = availabilityMask(input.athlete);
  if (available.every(Boolean)) return [];
  const days = DAY_CODES.map((_, i) => i)
    .filter((i) => available[i])
    .map((i) => DAY_SHORT[i])
    .join(', ');
  const out: PlanWarning[] = [];
  for (const c of index.running) {
    if (c.day < index.first || c.day >= index.end) continue;
    if (available[(((c.day + 3) % 7) + 7) % 7]) continue;
    const weekday = weekdayName(c.day);
    out.push({
      ruleId: 'unavailable-day',
      severity: 'warning',
      dates: [c.session.date],
      sessionIds: [c.session.id],
      message:
        `The ${describeSession(c.session)} on ${weekday} ${shortDateLabel(c.session.date)} falls on a ${weekday}, ` +
        `a day the athlete cannot run (they can run on ${days}); move it to one of those days.`,
    });
  }
  return out;
}
