/**
 * Rules and load figures (issues #3, #4, #11): the whole rules pass on 52 and 104 weeks of 6
 * sessions (budget 1 ms for each: issue 11 asks that the rules on 104 weeks stay within it; the
 * 104/52 ratio shows growth, about 2 is linear) and the week figures of a 104-week plan
 * (budget 1 ms). The machine's load average is printed beside them: other processes on a
 * 2-core machine inflate every figure.
 */
import { loadavg } from 'node:os';
import { computeWeekFigures } from '../src-shared/domain/load';
import { evaluatePlan } from '../src-shared/rules/evaluate-plan';
import { benchRulesInput } from './fixtures';
import { medianMs, ms, report } from './measure';

export function runRulesBench(): void {
  const in52 = benchRulesInput(52);
  const in104 = benchRulesInput(104);
  // Enough unmeasured runs for V8 to optimise the whole pass before the clock starts.
  const t52 = medianMs(() => void evaluatePlan(in52), 1000, 200);
  const t104 = medianMs(() => void evaluatePlan(in104), 1000, 200);
  report('rules (evaluatePlan) on 52 weeks x 6 sessions (median)', ms(t52), '1 ms', t52 <= 1);
  report('rules (evaluatePlan) on 104 weeks x 6 sessions (median)', ms(t104), '1 ms', t104 <= 1);
  report('growth 104 / 52 weeks (about 2 = linear)', (t104 / t52).toFixed(2));
  const sessions104 = evaluatePlan(in104).sessions;
  const w104 = medianMs(() => void computeWeekFigures(in104.plan, sessions104), 500, 50);
  report('week figures (computeWeekFigures) on 104 weeks (median)', ms(w104), '1 ms', w104 <= 1);
  report('  (load average while measuring the rules, 1 min)', loadavg()[0].toFixed(2));
}
