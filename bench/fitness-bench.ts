/**
 * Fitness, fatigue and form (issue 13) as the load chart and the PDF overview work them out on a
 * 104-week plan: the series alone (budget 0.2 ms; goal-bench.ts measures it too) and the chart's
 * whole path, week totals to the rounded `days` and race-day forms, which runs on every edit
 * while the lines are on (no budget of its own: it shares the edit's frame, see edit-bench).
 */
import { dailyLoads, fitnessSeries, startingLoad } from '../src-shared/domain/fitness';
import { computeWeekTotals } from '../src-shared/domain/load';
import { evaluatePlan } from '../src-shared/rules/evaluate-plan';
import { fitnessOverlay } from '../src-renderer/src/lib/chart/fitness-figures';
import { benchRulesInput } from './fixtures';
import { medianMs, ms, report } from './measure';

export function runFitnessBench(): void {
  const base = benchRulesInput(104);
  const input = { ...base, athlete: { ...base.athlete, recentWeeklyKm: 40 } };
  const sessions = evaluatePlan(input).sessions;
  const loads = dailyLoads(computeWeekTotals(input.plan, sessions));
  const start = startingLoad(input.athlete);
  const series = medianMs(() => void fitnessSeries(loads, start), 2000, 200);
  report('fitness/fatigue/form series, 104 weeks (728 days, median)', ms(series), '0.2 ms', series <= 0.2);
  const chart = medianMs(() => void fitnessOverlay({ athlete: input.athlete, plan: input.plan }, sessions), 500, 50);
  report("  the chart's path: totals, series, rounded days, races", ms(chart));
}

if (require.main === module) runFitnessBench();
