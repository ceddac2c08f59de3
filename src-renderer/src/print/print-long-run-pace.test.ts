/**
 * The long run on the athlete's printed week: the week's longest run had no pace at all while the
 * easy runs around it printed one, so the athlete had nothing to hold for 90 minutes. Long runs are
 * easy running (paces.md: E is "easy, long and recovery running"; the watch file already targets
 * E), so they print the easy band: E from its fast to its slow end (pace-bands.ts).
 */
import { easyPaceBand } from '../../../src-shared/domain/pace-bands';
import { describe, expect, it } from 'vitest';
import type { Athlete } from '../../../src-shared/api/entities';
import type { PlanSession } from '../../../src-shared/domain/types';
import { sessionTarget } from './print-model';

const athlete: Pick<Athlete, 'level' | 'easyPaceSecPerKm' | 'recentRace'> = {
  level: 'intermediate',
  easyPaceSecPerKm: 345, // 5:45 /km, the sample plan's Alex Rivera
  recentRace: null,
};

const longRun: PlanSession = {
  id: 'lr',
  date: '2027-01-31',
  kind: 'long',
  title: null,
  durationMin: 124,
  distanceKm: 20,
  rpe: null,
  notes: 'Last 3 km at half-marathon pace.',
  origin: 'coach',
};

describe('a long run on the printed week', () => {
  it('prints the easy pace band, like the easy runs of the same week', () => {
    // Easy pace 5:45: VDOT 45.5, E 5:17–6:19 (paces.md)
    expect(easyPaceBand('easy', athlete, 'km')).toBe('5:17–6:19 /km');
    expect(sessionTarget(longRun, athlete, 'km').pace).toBe('5:17–6:19 /km');
    // 330 × 1.609344 = 531.1 s/mi (8:51); 360 × 1.609344 = 579.4 (9:39)
    expect(sessionTarget(longRun, athlete, 'mi').pace).toBe('8:30–10:10 /mi');
  });

  it('still leaves the pace of the hard sessions to the coach (a race prints its own time over its distance: print-race-pace.test.ts)', () => {
    for (const kind of ['tempo', 'intervals', 'hills', 'fartlek', 'race', 'cross', 'strength'] as const) {
      expect(easyPaceBand(kind, athlete, 'km'), kind).toBeNull();
    }
  });
});
