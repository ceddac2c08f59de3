/** iCal export of a 52-week plan, 6 sessions a week plus what the rules add (budget 20 ms). */
import type { PlanDocument } from '../src-shared/api/entities';
import { evaluatePlan } from '../src-shared/rules/evaluate-plan';
import { planToIcs } from '../src-main/export/ical';
import { benchRulesInput } from './fixtures';
import { medianMs, ms, report } from './measure';

export function runIcalBench(): void {
  const input = benchRulesInput(52);
  const doc: PlanDocument = {
    plan: { id: 1, athleteId: 1, uid: 'bench-uid', name: 'Bench 52', goal: null, ...input.plan, units: 'km' },
    athlete: { id: 1, name: 'Bench Athlete', units: 'km', ...input.athlete },
    sessions: input.sessions.map((s) => ({ ...s, revision: 0 })),
    dismissed: [],
    version: 0,
    history: { undo: null, redo: null },
    evaluated: evaluatePlan(input),
  };
  const events = doc.evaluated.sessions.length;
  const t = medianMs(() => void planToIcs(doc, { includeRest: true }), 100, 10);
  report(`iCal export, 52 weeks (${events} events) (median)`, ms(t), '20 ms', t <= 20);
}
