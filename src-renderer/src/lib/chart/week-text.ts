/**
 * What the load chart says in words about a week: its flags, tooltip lines, axis title and the
 * canvas' accessible name. Shared by the chart, its table view and the print chart, so the same
 * week reads the same everywhere.
 */
import { shortDateLabel, addDays } from '../../../../src-shared/domain/dates';
import { roundHalfUp } from '../../../../src-shared/domain/decimal';
import type { PlanWarning, Units, WarningRuleId, WeekFigures } from '../../../../src-shared/domain/types';
import { formatDuration, kmToUnits } from '../../../../src-shared/domain/units';
import type { LoadChartMode } from './chart-types';

/** load.md: the week flags the chart marks. `over-run-days` stays in the week cell and the list. */
export const CHART_FLAG_RULES: readonly WarningRuleId[] = ['load-spike', 'distance-jump', 'high-monotony'];
/** Short names drawn beside a marker. */
export const CHART_FLAG_SHORT: Record<string, string> = {
  'load-spike': 'Load spike',
  'distance-jump': 'Distance jump',
  'high-monotony': 'Monotony',
};
export const CHART_FLAG_LABEL: Record<string, string> = {
  'load-spike': 'Load spike (ratio over 1.5)',
  'distance-jump': 'Distance jump',
  'high-monotony': 'High monotony',
};
/** The chart's week flags, by 1-based week: a week flag names that week's first date. */
export function weekFlags(weeks: readonly WeekFigures[], warnings: readonly PlanWarning[]): Map<number, PlanWarning[]> {
  const byStart = new Map(weeks.map((w) => [w.start, w.index]));
  const out = new Map<number, PlanWarning[]>();
  for (const warning of warnings) {
    if (!CHART_FLAG_RULES.includes(warning.ruleId)) continue;
    const index = byStart.get(warning.dates[0]);
    if (index === undefined) continue;
    const list = out.get(index);
    if (list) list.push(warning);
    else out.set(index, [warning]);
  }
  return out;
}

/** The week's distance in the plan's units, rounded to 0.1 as the week cell and exports show it. */
export function weekDistance(week: WeekFigures, units: Units): number {
  return roundHalfUp(kmToUnits(week.distanceKm, units), 1);
}

/** Whole AU, halves up (the week cell's "585 AU"). */
export function formatAU(value: number): string {
  return `${roundHalfUp(value, 0)} AU`;
}

export function yAxisTitle(mode: LoadChartMode, units: Units): string {
  if (mode === 'distance') return `Distance (${units})`;
  if (mode === 'minutes') return 'Time (min)';
  return 'Load (AU)';
}

export function weekTitle(week: WeekFigures): string {
  const end = addDays(week.start, 6);
  return `Week ${week.index} · ${shortDateLabel(week.start)} – ${shortDateLabel(end)}`;
}

const fixed2 = (n: number | null): string => (n === null ? '—' : n.toFixed(2));

/** Every figure of a week, one line each: the tooltip of its column. */
export function weekFigureLines(week: WeekFigures, units: Units, flags: readonly PlanWarning[] = []): string[] {
  const z = week.zones;
  const lines = [
    `Load ${formatAU(week.loadAU)} (low ${roundHalfUp(z.low, 0)} · moderate ${roundHalfUp(z.moderate, 0)} · high ${roundHalfUp(z.high, 0)})`,
    `Time ${week.minutes > 0 ? formatDuration(week.minutes) : '0 min'} (${roundHalfUp(week.minutes, 0)} min)`,
    `Distance ${(week.estimatedKm ?? 0) > 0 ? '≈' : ''}${weekDistance(week, units).toFixed(1)} ${units}` +
      ((week.estimatedKm ?? 0) > 0
        ? ` (${roundHalfUp(kmToUnits(week.estimatedKm ?? 0, units), 1).toFixed(1)} ${units} estimated)`
        : ''),
    `Hard sessions ${week.hardSessions} · run days ${week.runDays}`,
    `Monotony ${fixed2(week.monotony)} · strain ${week.strain === null ? '—' : week.strain}`,
    `Acute:chronic ratio ${fixed2(week.acwr)}`,
  ];
  for (const f of flags) lines.push(`⚠ ${CHART_FLAG_LABEL[f.ruleId] ?? f.ruleId}`);
  return lines;
}

/** The canvas' accessible name: what a sighted coach takes in at a glance, and where the detail is. */
export function describeLoadChart(
  weeks: readonly WeekFigures[],
  warnings: readonly PlanWarning[],
  units: Units,
): string {
  if (weeks.length === 0) return 'Weekly load chart: the plan has no weeks.';
  let top = weeks[0];
  for (const w of weeks) if (w.loadAU > top.loadAU) top = w;
  const parts = [`Weekly load chart, ${weeks.length} week${weeks.length === 1 ? '' : 's'}.`];
  if (top.loadAU > 0) {
    parts.push(`Highest load ${formatAU(top.loadAU)} in week ${top.index}.`);
    let longest = weeks[0];
    for (const w of weeks) if (w.distanceKm > longest.distanceKm) longest = w;
    if (longest.distanceKm > 0)
      parts.push(`Most distance ${weekDistance(longest, units).toFixed(1)} ${units} in week ${longest.index}.`);
  } else {
    parts.push('No load planned yet.');
  }
  const flags = weekFlags(weeks, warnings);
  if (flags.size === 0) parts.push('No weeks flagged.');
  else {
    const named = [...flags.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([i, list]) => `week ${i}: ${list.map((f) => CHART_FLAG_LABEL[f.ruleId] ?? f.ruleId).join(', ')}`);
    parts.push(`Flagged: ${named.join('; ')}.`);
  }
  parts.push('The table view lists every figure.');
  return parts.join(' ');
}
