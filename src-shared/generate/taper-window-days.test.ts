/**
 * The taper scales the running of the days in its window, not of whole weeks (plan-generator.md
 * constraint 6: the 7 days before a 5K or 10K, the 13 before a half or longer). A 10K on a Sunday
 * has the Sunday before, its long run, in the window; the six days before that belong to the build.
 * Scaling that whole week had an intermediate 10K runner (peak week 38 km) run 16.6 km two weeks
 * out, Wednesday's "intervals" one 3-minute repetition in a 13-minute session.
 */
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../domain/dates';
import type { PlanFileData } from '../domain/plan-file';
import type { EvaluatedPlan, Level } from '../domain/types';
import { checkDraft } from './check-draft';
import { generatePlan } from './generate-plan';
import type { RaceClass } from './goal';

const RUNNING = new Set(['easy', 'recovery', 'long', 'tempo', 'intervals', 'hills', 'fartlek']);

/** Each plan week's running as `stride rules` counts it (coach and derived sessions, races left out). */
function weekKm(data: PlanFileData, e: EvaluatedPlan): number[] {
  const km = new Array<number>(data.plan.weeks).fill(0);
  for (const s of e.sessions) {
    if (!RUNNING.has(s.kind)) continue;
    const w = Math.floor(daysBetween(data.plan.startDate, s.date) / 7);
    if (w >= 0 && w < km.length) km[w] += s.distanceKm ?? 0;
  }
  return km;
}

function draft(distance: RaceClass, level: Level, raceDate: string, startDate = '2027-01-04') {
  const r = generatePlan({
    distance,
    raceDate,
    startDate,
    athlete: { level, runDaysPerWeek: 5, easyPaceSecPerKm: null },
  });
  if (!r.ok) throw new Error(r.message);
  expect(checkDraft(r.data, r.goal)).toEqual([]);
  return r;
}

describe('a 10K on Sunday 21 Mar 2027 (intermediate, 5 days, from Mon 4 Jan)', () => {
  const r = draft('10k', 'intermediate', '2027-03-21');
  const km = weekKm(r.data, r.evaluated);

  it('two weeks out (week 10) runs near the peak week, not 44 % of it', () => {
    const peak = Math.max(...km.slice(0, 9));
    expect(km[9] / peak).toBeGreaterThanOrEqual(0.75);
    // The 7 days before the race still hold 50–75 % of the peak week (checkDraft, constraint 6).
  });

  it("week 10's intervals are repetitions, not one 3-minute effort", () => {
    const q = r.data.sessions.find((s) => s.kind === 'intervals' && s.date >= '2027-03-08' && s.date <= '2027-03-14');
    expect(q?.title).toMatch(/^\d+ x 3 min interval pace$/);
    expect(Number(q?.title?.split(' ')[0])).toBeGreaterThanOrEqual(3);
  });
});

describe('a quality session with room for only a few minutes of work', () => {
  it('runs three 1-minute repetitions with a jog, where the lone 3-minute effort was (5K and 10K, every level and race weekday)', () => {
    const lone: string[] = [];
    let sharpeners = 0;
    for (const distance of ['5k', '10k'] as const)
      for (const level of ['beginner', 'intermediate', 'advanced'] as const)
        for (let day = 0; day < 7; day++)
          for (const weeks of [8, 11]) {
            const raceDate = `2027-${weeks === 8 ? '02' : '03'}-${String((weeks === 8 ? 22 : 15) + day).padStart(2, '0')}`;
            const r = generatePlan({
              distance,
              raceDate,
              startDate: '2027-01-04',
              athlete: { level, runDaysPerWeek: 5, easyPaceSecPerKm: null },
            });
            if (!r.ok) continue;
            for (const s of r.data.sessions) {
              if (s.title === '3 min interval pace') lone.push(`${distance} ${level} ${raceDate}: ${s.date}`);
              if (s.title === '3 x 1 min interval pace') sharpeners++;
            }
          }
    expect(lone).toEqual([]);
    expect(sharpeners).toBeGreaterThan(0);
  });
});

describe('the taper is progressive: race week runs less than the week before it', () => {
  it.each([
    ['half', 'intermediate', '2027-04-18', '2027-01-25'],
    ['half', 'advanced', '2027-04-18', '2027-01-25'],
    ['marathon', 'intermediate', '2027-05-02', '2027-01-11'],
    ['marathon', 'advanced', '2027-05-02', '2027-01-11'],
  ] as const)('%s %s, race on Sunday %s', (distance, level, raceDate, start) => {
    const r = draft(distance, level, raceDate, start);
    const km = weekKm(r.data, r.evaluated);
    const n = km.length;
    // Week n-1 and race week ran the same (29.6 and 29.6 km for the intermediate marathon).
    expect(km[n - 1]).toBeLessThan(0.8 * km[n - 2]);
    // No easy run over 45 minutes two or three days before the race (the intermediate half ran 50).
    const near = r.evaluated.sessions.filter((s) => {
      const out = daysBetween(s.date, raceDate);
      return (s.kind === 'easy' || s.kind === 'recovery') && out >= 2 && out <= 3 && (s.durationMin ?? 0) > 45;
    });
    expect(near.map((s) => `${s.date} ${s.kind} ${s.durationMin} min`)).toEqual([]);
  });
});
