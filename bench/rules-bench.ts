/**
 * Rules and load figures (issues #3, #4, #11): the whole rules pass on 52 and 104 weeks of 6
 * sessions (budget 1 ms for each: issue 11 asks that the rules on 104 weeks stay within it; the
 * 104/52 ratio shows growth, about 2 is linear) and the week figures of a 104-week plan
 * (budget 1 ms). The machine's load average is printed beside them: other processes on a
 * 2-core machine inflate every figure.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { computeWeekFigures } from '../src-shared/domain/load';
import { evaluatePlan } from '../src-shared/rules/evaluate-plan';
import { benchRulesInput } from './fixtures';
import { median, medianMs, ms, report } from './measure';

/**
 * Medians of the 52- and 104-week passes, run alternately: measured one after the other, a
 * change in the machine's load between the two skewed their ratio (2.95 one run, 1.9 the next).
 */
function alternateMedians(runs: number, warmup: number): [number, number] {
  const in52 = benchRulesInput(52);
  const in104 = benchRulesInput(104);
  const t52: number[] = [];
  const t104: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = performance.now();
    evaluatePlan(in52);
    const t1 = performance.now();
    evaluatePlan(in104);
    const t2 = performance.now();
    // The warm-up runs let V8 optimise the whole pass before anything is counted.
    if (i >= warmup) {
      t52.push(t1 - t0);
      t104.push(t2 - t1);
    }
  }
  return [median(t52), median(t104)];
}

export function runRulesBench(): void {
  const [t52, t104] = alternateMedians(1000, 200);
  report('rules (evaluatePlan) on 52 weeks x 6 sessions (median)', ms(t52), '1 ms', t52 <= 1);
  report('rules (evaluatePlan) on 104 weeks x 6 sessions (median)', ms(t104), '1 ms', t104 <= 1);
  report('growth 104 / 52 weeks (about 2 = linear)', (t104 / t52).toFixed(2));
  const in104 = benchRulesInput(104);
  const sessions104 = evaluatePlan(in104).sessions;
  const w104 = medianMs(() => void computeWeekFigures(in104.plan, sessions104), 500, 50);
  report('week figures (computeWeekFigures) on 104 weeks (median)', ms(w104), '1 ms', w104 <= 1);
  report('  (load average while measuring the rules, 1 min)', loadavg()[0].toFixed(2));
}
