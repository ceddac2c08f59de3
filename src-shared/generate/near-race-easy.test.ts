/**
 * Two and three days before the race, an easy run is 45 minutes at most (easy-runs.ts,
 * NEAR_RACE_EASY_MAX_MIN). Athletes running four days a week have few easy days in race week, and
 * the week's easy running fell on one of them: an advanced marathoner ran 78 minutes (15.5 km)
 * easy on the Tuesday before a Friday race, an advanced 10K runner 59 minutes on the Thursday
 * before a Saturday race. Every draft still meets the eleven constraints (checkDraft).
 */
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../domain/dates';
import { checkDraft } from './check-draft';
import { generatePlan } from './generate-plan';

const RACE_DAYS = ['2027-04-14', '2027-04-16', '2027-04-17', '2027-04-18']; // Wed, Fri, Sat, Sun

describe('easy runs two and three days before the race (4 run days a week)', () => {
  it('are 45 minutes at most, for every distance, level, race weekday and week start', () => {
    const long: string[] = [];
    let drafted = 0;
    for (const distance of ['5k', '10k', 'half', 'marathon'] as const)
      for (const level of ['beginner', 'intermediate', 'advanced'] as const)
        for (const raceDate of RACE_DAYS)
          for (const weekStartsOn of ['monday', 'sunday'] as const) {
            const r = generatePlan({
              distance,
              raceDate,
              startDate: addDays('2027-04-19', -16 * 7),
              weekStartsOn,
              athlete: { level, runDaysPerWeek: 4, easyPaceSecPerKm: null },
            });
            if (!r.ok) continue;
            drafted++;
            expect(checkDraft(r.data, r.goal)).toEqual([]);
            for (const s of r.data.sessions) {
              const before = daysBetween(s.date, raceDate);
              if ((before === 2 || before === 3) && s.kind === 'easy' && (s.durationMin ?? 0) > 45)
                long.push(`${distance} ${level} ${raceDate} ${weekStartsOn}: ${s.date} ${s.durationMin} min`);
            }
          }
    expect(long).toEqual([]);
    expect(drafted).toBeGreaterThan(80);
  });

  it('an advanced marathoner racing on Friday 16 Apr (weeks from Sunday) runs 45 minutes easy on the Tuesday, not 78', () => {
    const r = generatePlan({
      distance: 'marathon',
      raceDate: '2027-04-16',
      startDate: '2027-01-24',
      weekStartsOn: 'sunday',
      athlete: { level: 'advanced', runDaysPerWeek: 4, easyPaceSecPerKm: null },
    });
    if (!r.ok) throw new Error(r.message);
    const tuesday = r.data.sessions.find((s) => s.date === '2027-04-13');
    expect(tuesday?.kind).toBe('easy');
    expect(tuesday?.durationMin).toBeLessThanOrEqual(45);
    expect(tuesday?.durationMin).toBeGreaterThanOrEqual(30);
  });
});
