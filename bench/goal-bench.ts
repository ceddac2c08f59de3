/**
 * Goal plans (issue 13): the rules with an athlete's availability on 104 weeks (budget 1 ms),
 * fitness/fatigue/form over a 104-week plan's days (budget 0.2 ms), a 16-week marathon draft (50 ms).
 */
import { dailyLoads, fitnessSeries, startingLoad } from '../src-shared/domain/fitness';
import { computeWeekTotals } from '../src-shared/domain/load';
import { generatePlan } from '../src-shared/generate/generate-plan';
import { evaluatePlan } from '../src-shared/rules/evaluate-plan';
import { benchRulesInput } from './fixtures';
import { medianMs, ms, report } from './measure';

export function runGoalBench(): void {
  const base = benchRulesInput(104);
  const in104 = {
    ...base,
    athlete: { ...base.athlete, availableDays: ['tue', 'wed', 'thu', 'sat', 'sun'] as const, recentWeeklyKm: 40 },
  };
  const t = medianMs(() => void evaluatePlan(in104), 500, 50);
  report('rules v2 (availability) on 104 weeks x 6 sessions (median)', ms(t), '1 ms', t <= 1);
  const totals = computeWeekTotals(in104.plan, evaluatePlan(in104).sessions);
  const loads = dailyLoads(totals);
  const start = startingLoad(in104.athlete);
  const f = medianMs(() => void fitnessSeries(loads, start), 2000, 200);
  report('fitness/fatigue/form over 104 weeks (728 days, median)', ms(f), '0.2 ms', f <= 0.2);
  // A 16-week marathon draft, its rule checks included (the generator runs checkDraft on every draft).
  const goal = {
    distance: 'marathon' as const,
    raceDate: '2027-05-16',
    athlete: { level: 'intermediate' as const, runDaysPerWeek: 5, easyPaceSecPerKm: 340 },
  };
  const g = medianMs(() => void generatePlan(goal), 30, 5);
  report('16-week marathon draft, rules checks included (median)', ms(g), '50 ms', g <= 50);
}
