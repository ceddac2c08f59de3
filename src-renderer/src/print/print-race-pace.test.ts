/**
 * A race on the athlete's printed week showed its time and distance but no pace, while every easy
 * run around it printed one: the athlete had to divide 1 h 46 min by 21.1 km to know what to hold
 * on race day. The pace is the race's own time over its distance, the coach's or, where the coach
 * left the time empty, the predicted one (paces.md), then marked "≈" like the time it comes from.
 */
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../../src-shared/domain/plan-file';
import { formatPace } from '../../../src-shared/domain/units';
import { evaluatePlan } from '../../../src-shared/rules/evaluate-plan';
import { sessionTarget } from './print-model';

function raceOf(race: object) {
  const parsed = parsePlanFile(
    JSON.stringify({
      format: 'stride-plan',
      version: 2,
      athlete: { name: 'Sam Lee', level: 'intermediate', easyPaceSecPerKm: 345 },
      plan: { name: 'Spring half', startDate: '2027-05-10', weeks: 1 },
      sessions: [{ id: 'r', date: '2027-05-16', kind: 'race', title: 'Spring half', ...race }],
    }),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed));
  const doc = evaluatePlan(parsed.data);
  const session = doc.sessions.find((s) => s.id === 'r');
  if (!session) throw new Error('no race');
  return { session, athlete: { ...parsed.data.athlete, recentRace: parsed.data.athlete.recentRace ?? null } };
}

describe('a race on the printed week', () => {
  it('prints the pace of the time the coach set over its distance', () => {
    const { session, athlete } = raceOf({ durationMin: 106, distanceKm: 21.0975 });
    // 6360 s / 21.0975 km = 301.5 s/km; × 1.609344 = 485.2 s/mi
    expect(sessionTarget(session, athlete, 'km').pace).toBe('5:01 /km');
    expect(sessionTarget(session, athlete, 'mi').pace).toBe('8:05 /mi');
  });

  it('prints the predicted pace, marked "≈", where the coach left the time empty', () => {
    const { session, athlete } = raceOf({ distanceKm: 5 });
    const target = sessionTarget(session, athlete, 'km');
    expect(target.duration).toMatch(/^≈/);
    const predictedMin = session.origin === 'coach' ? session.estimatedDurationMin : undefined;
    expect(predictedMin).toBeGreaterThan(15);
    expect(target.pace).toBe(`≈${formatPace(((predictedMin as number) * 60) / 5, 'km')} /km`);
  });
});
