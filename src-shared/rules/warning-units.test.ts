/**
 * A plan in miles has its warnings' distances in miles: the calendar, the inspector and the plan
 * PDF show them beside week totals and cards that read "mi" (a miles coach read "Week 2 runs
 * 26.1 km" beside a week total of 16.2 mi). The checks themselves still compare kilometres.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/dates';
import type { SessionKind } from '../domain/kinds';
import { DEFAULT_ATHLETE_SETTINGS, type CoachSession, type RulesInput, type Units } from '../domain/types';
import { evaluatePlan } from './evaluate-plan';

const START = '2027-03-01'; // a Monday

function run(id: string, day: number, kind: SessionKind, distanceKm: number): CoachSession {
  return { id, date: addDays(START, day), kind, title: null, durationMin: 60, distanceKm, rpe: null, notes: null };
}

function messages(units: Units | undefined, sessions: CoachSession[], weeks = 3): Map<string, string> {
  const input: RulesInput = {
    athlete: { ...DEFAULT_ATHLETE_SETTINGS, runDaysPerWeek: 7, recoveryStyle: 'runs', recentLongestRunKm: 8 },
    plan: { startDate: START, weeks, weekStartsOn: 'monday', ...(units ? { units } : {}) },
    sessions,
    dismissed: [],
  };
  return new Map(evaluatePlan(input).warnings.map((w) => [w.ruleId, w.message]));
}

// Week 1: 20 km with a long run of 8 km (the athlete's recent longest run); week 2: 26.1 km with
// a long run of 8.9 km.
const JUMP_AND_SPIKE = [
  run('a', 0, 'easy', 6), run('b', 2, 'easy', 6), run('c', 6, 'long', 8),
  run('d', 7, 'easy', 5.8), run('e', 9, 'easy', 5.7), run('g', 11, 'easy', 5.7), run('f', 13, 'long', 8.9),
];

describe('warnings in the plan\'s units', () => {
  it('a plan in km reads km, as before', () => {
    const m = messages('km', JUMP_AND_SPIKE);
    expect(m.get('distance-jump')).toMatch(/^Week 2 runs 26\.1 km, 31 % more than the 20\.0 km of week 1;/);
    expect(m.get('run-spike')).toMatch(/covers 8\.9 km, 11 % longer than .* \(8 km, the long run on Sunday 7 Mar\)/);
    // A plan frame without units (older callers) is a km plan.
    expect(messages(undefined, JUMP_AND_SPIKE)).toEqual(m);
  });

  it('a plan in miles reads miles: the distance jump and the run spike', () => {
    const m = messages('mi', JUMP_AND_SPIKE);
    // 26.1 km = 16.2 mi, 20 km = 12.4 mi; the percent is the same comparison as in km.
    expect(m.get('distance-jump')).toMatch(/^Week 2 runs 16\.2 mi, 31 % more than the 12\.4 mi of week 1;/);
    // 8.9 km = 5.53 mi; 8 km = 4.97 mi, shown as 5.
    expect(m.get('run-spike')).toMatch(/covers 5\.5 mi, 11 % longer than .* \(5 mi, the long run on Sunday 7 Mar\)/);
    for (const text of m.values()) expect(text).not.toMatch(/\d km\b/);
  });

  it('a plan in miles reads miles: a short taper', () => {
    // Peak week 2 runs 50 km; a half marathon on the Sunday of week 4; weeks 3 and 4 run 36 + 36 km.
    const week = (w: number, km: number) => [0, 2, 4].map((d, i) => run(`w${w}-${i}`, 7 * (w - 1) + d, 'easy', km / 3));
    const sessions = [...week(1, 40), ...week(2, 50), ...week(3, 36), ...week(4, 36), run('race', 27, 'race', 21.0975)];
    const km = messages('km', sessions, 4).get('taper-short');
    const mi = messages('mi', sessions, 4).get('taper-short');
    expect(km).toMatch(/run 72\.0 km, 72 % of twice the peak week \(50\.0 km, week 2\)/);
    // 72 km = 44.7 mi, 50 km = 31.1 mi.
    expect(mi).toMatch(/run 44\.7 mi, 72 % of twice the peak week \(31\.1 mi, week 2\)/);
  });
});
