/** paces.md "Paces used to estimate distance and time", row by row, and workouts.md "What steps change". */
import { describe, expect, it } from 'vitest';
import { athletePaces, predictRaceSec } from './paces';
import { sessionEstimates, shownDistance, shownDuration } from './session-estimates';
import type { SessionKind } from './kinds';
import type { CoachSession } from './types';

// Easy pace typed 5:40 (340 s/km); a 5K in 19:56 gives VDOT 50 (M 4:31 /km, I 3:55 /km).
const p = athletePaces({ level: 'intermediate', easyPaceSecPerKm: 340, recentRace: { distanceKm: 5, timeSec: 1196 } });

function session(kind: SessionKind, over: Partial<CoachSession> = {}): CoachSession {
  return { id: 'a', date: '2027-03-01', kind, title: null, durationMin: null, distanceKm: null, rpe: null, notes: null, ...over };
}

describe('a session without steps', () => {
  it.each(['easy', 'long', 'fartlek', 'hills'] as const)('%s: at the athlete’s easy pace', (kind) => {
    expect(sessionEstimates(session(kind, { durationMin: 68 }), p)?.estimatedDistanceKm).toBeCloseTo((68 * 60) / 340, 9);
    expect(sessionEstimates(session(kind, { distanceKm: 12 }), p)?.estimatedDurationMin).toBeCloseTo((12 * 340) / 60, 9);
  });
  it('recovery: at easy pace + 56 s/km', () => {
    expect(sessionEstimates(session('recovery', { durationMin: 33 }), p)?.estimatedDistanceKm).toBeCloseTo((33 * 60) / 396, 9);
  });
  it.each(['tempo', 'intervals'] as const)('%s: at M', (kind) => {
    expect(p.centres.M).toBeCloseTo(271, 0); // 4:31 /km
    expect(sessionEstimates(session(kind, { durationMin: 60 }), p)?.estimatedDistanceKm).toBeCloseTo(3600 / p.centres.M, 9);
  });
  it('a race without a duration: the predicted race time for its distance', () => {
    expect(sessionEstimates(session('race', { distanceKm: 5 }), p)?.estimatedDurationMin).toBeCloseTo(predictRaceSec(p.vdot, 5) / 60, 9);
  });
  it('a typed distance or time is never replaced; both typed needs no estimate', () => {
    const e = sessionEstimates(session('easy', { durationMin: 50 }), p)!;
    expect(e.estimatedDurationMin).toBeUndefined();
    expect(shownDuration({ durationMin: 50, ...e })).toEqual({ min: 50, estimated: false });
    expect(shownDistance({ distanceKm: null, ...e })).toEqual({ km: e.estimatedDistanceKm, estimated: true });
    expect(sessionEstimates(session('easy', { durationMin: 50, distanceKm: 9 }), p)).toBeNull();
  });
  it('strength and cross-training cover no distance', () => {
    expect(sessionEstimates(session('strength', { durationMin: 40 }), p)).toBeNull();
  });
});

describe('a session with steps (workouts.md)', () => {
  it('its empty figures are the sums of its steps, each estimated at its pace', () => {
    const steps = [
      { type: 'warmup' as const, durationMin: 15, target: 'E' as const },
      { repeat: 6, steps: [{ type: 'run' as const, distanceKm: 0.8, target: 'I' as const }, { type: 'recover' as const, durationMin: 2 }] },
      { type: 'cooldown' as const, durationMin: 10, target: 'E' as const },
    ];
    const e = sessionEstimates(session('intervals', { steps }), p)!;
    expect(e.estimatedDistanceKm).toBeCloseTo((25 * 60) / 340 + 4.8 + (12 * 60) / 396, 9);
    expect(e.estimatedDurationMin).toBeCloseTo(25 + (4.8 * p.centres.I) / 60 + 12, 9);
    // A typed duration stays; the distance still comes from the steps, not from M.
    const typed = sessionEstimates(session('intervals', { steps, durationMin: 60 }), p)!;
    expect(typed.estimatedDurationMin).toBeUndefined();
    expect(typed.estimatedDistanceKm).toBeCloseTo(e.estimatedDistanceKm!, 9);
  });
  it('"≈" only on a figure some part of which was estimated (workouts.md "What steps change")', () => {
    // All by time: the duration is an exact sum, the distance estimated.
    const timed = session('intervals', { steps: [{ type: 'warmup', durationMin: 15, target: 'E' }, { repeat: 5, steps: [{ type: 'run', durationMin: 3, target: 'I' }, { type: 'recover', durationMin: 2 }] }] });
    const t = { ...timed, ...sessionEstimates(timed, p) };
    expect(shownDuration(t)).toEqual({ min: 40, estimated: false });
    expect(shownDistance(t).estimated).toBe(true);
    // All by distance, rests by time: the distance is exact, the duration estimated.
    const measured = session('intervals', { steps: [{ type: 'warmup', distanceKm: 2 }, { repeat: 5, steps: [{ type: 'run', distanceKm: 1, target: { paceSecPerKm: [250, 255] } }, { type: 'rest', durationMin: 1.5 }] }, { type: 'cooldown', distanceKm: 2 }] });
    const m = { ...measured, ...sessionEstimates(measured, p) };
    expect(shownDistance(m)).toEqual({ km: 9, estimated: false });
    expect(shownDuration(m).estimated).toBe(true);
    // Only open steps: the kind's pace gives both, estimated.
    const open = session('easy', { durationMin: 40, steps: [{ type: 'run' }] });
    expect(shownDistance({ ...open, ...sessionEstimates(open, p) }).estimated).toBe(true);
  });
});
