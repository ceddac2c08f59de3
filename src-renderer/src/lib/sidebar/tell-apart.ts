/**
 * Two athletes saved under one name (a coach may coach two people called Sam Lee) looked the same
 * in the sidebar. Each athlete whose name another shares gets a faint detail beside it: the first
 * thing that differs within that group of names, so the detail stays short — level and run days,
 * else the number of plans, else the latest plan's name, else the order they were added in. Names
 * nobody else has get nothing.
 */
import type { Athlete, Plan } from '../../../../src-shared/api/entities';
import { athleteNameKey } from '../../../../src-shared/domain/athlete-names';
import { LEVEL_LABEL } from '../../../../src-shared/domain/types';

const plansLabel = (n: number): string => (n === 0 ? 'no plans' : n === 1 ? '1 plan' : `${n} plans`);
const ORDINAL = ['1st', '2nd', '3rd'];
const ordinal = (n: number): string => ORDINAL[n - 1] ?? `${n}th`;

/** "Intermediate · 5 days/wk": the open athlete's line under its name, and the first detail tried. */
export const levelAndDays = (a: Pick<Athlete, 'level' | 'runDaysPerWeek'>): string =>
  `${LEVEL_LABEL[a.level]} · ${a.runDaysPerWeek} days/wk`;

/** Athlete id → its detail, only for athletes whose name is shared. */
export function tellApart(athletes: readonly Athlete[], plansOf: (athleteId: number) => readonly Plan[]): Map<number, string> {
  const groups = new Map<string, Athlete[]>();
  for (const a of athletes) {
    const key = athleteNameKey(a.name);
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const details = new Map<number, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const candidates: ((a: Athlete) => string)[] = [
      levelAndDays,
      (a) => plansLabel(plansOf(a.id).length),
      (a) => {
        const plans = plansOf(a.id);
        const latest = [...plans].sort((x, y) => y.startDate.localeCompare(x.startDate))[0];
        return latest ? latest.name : 'no plans';
      },
    ];
    // The first kind of detail that gives every athlete of the group its own; failing that, the
    // order they were added in (ids only grow), which always differs.
    const pick = candidates.find((c) => new Set(group.map(c)).size === group.length);
    const byAge = [...group].sort((x, y) => x.id - y.id);
    for (const a of group) details.set(a.id, pick ? pick(a) : `added ${ordinal(byAge.indexOf(a) + 1)}`);
  }
  return details;
}

/**
 * "Sam Lee (3)" split so the sidebar can cut the name and keep its number: a long name imported
 * twice showed "Alexandra Montgo…" twice, the "(2)" that tells them apart cut off.
 */
export function numberedName(name: string): { base: string; number: string } {
  const m = /^(.*\S)( \(\d+\))$/.exec(name);
  return m ? { base: m[1], number: m[2] } : { base: name, number: '' };
}
