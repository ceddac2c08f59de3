import { describe, expect, it } from 'vitest';
import {
  athleteEasyPace,
  athletePaces,
  formatPaceRange,
  formatRaceTime,
  parseRaceDistance,
  parseRaceTime,
  predictRaceSec,
  recentRaceProblems,
  vdotFromEasyPace,
  vdotFromRace,
  zoneCentres,
  zonePaces,
} from './paces';

const mmss = (t: string): number => {
  const parts = t.split(':').map(Number);
  return parts.reduce((acc, p) => acc * 60 + p, 0);
};

/** paces.md check values. */
const CHECK = [
  { vdot: 30, k5: '30:41', mar: '4:49:49', E: ['7:20', '8:43'], M: '6:52', T: '6:24', I: '5:54', R: '5:34' },
  { vdot: 40, k5: '24:06', mar: '3:49:37', E: ['5:51', '6:59'], M: '5:27', T: '5:06', I: '4:41', R: '4:25' },
  { vdot: 50, k5: '19:56', mar: '3:10:40', E: ['4:54', '5:52'], M: '4:31', T: '4:15', I: '3:55', R: '3:41' },
  { vdot: 60, k5: '17:03', mar: '2:43:22', E: ['4:13', '5:04'], M: '3:52', T: '3:40', I: '3:23', R: '3:11' },
  { vdot: 70, k5: '14:56', mar: '2:23:13', E: ['3:44', '4:29'], M: '3:24', T: '3:14', I: '2:59', R: '2:48' },
];

describe('paces.md check values', () => {
  for (const c of CHECK) {
    it(`VDOT ${c.vdot}`, () => {
      expect(Math.abs(predictRaceSec(c.vdot, 5) - mmss(c.k5))).toBeLessThanOrEqual(1);
      expect(Math.abs(predictRaceSec(c.vdot, 42.195) - mmss(c.mar))).toBeLessThanOrEqual(1);
      const z = zonePaces(c.vdot);
      const ctr = zoneCentres(c.vdot);
      expect(Math.abs(z.E[0] - mmss(c.E[0]))).toBeLessThanOrEqual(1);
      expect(Math.abs(z.E[1] - mmss(c.E[1]))).toBeLessThanOrEqual(1);
      expect(Math.abs(ctr.M - mmss(c.M))).toBeLessThanOrEqual(1);
      expect(Math.abs(ctr.T - mmss(c.T))).toBeLessThanOrEqual(1);
      expect(Math.abs(ctr.I - mmss(c.I))).toBeLessThanOrEqual(1);
      expect(Math.abs(ctr.R - mmss(c.R))).toBeLessThanOrEqual(1);
      expect(z.I[1] - z.I[0]).toBeCloseTo(6, 9);
    });
  }

  it('VDOT from a race and from an easy pace', () => {
    expect(vdotFromRace(5, 20 * 60).toFixed(1)).toBe('49.8');
    expect(vdotFromRace(10, 42 * 60 + 30).toFixed(1)).toBe('48.4');
    expect(vdotFromEasyPace(340).toFixed(1)).toBe('46.3');
  });

  it('VDOT 50 intervals show 3:52–3:58 /km; the easy range shows fast–slow, 4:54–5:52 /km', () => {
    expect(formatPaceRange(zonePaces(50).I)).toBe('3:52–3:58 /km');
    expect(formatPaceRange(zonePaces(50).E)).toBe('4:54–5:52 /km');
  });
  it('M, T and R are their pace ± 3 s/km too', () => {
    const z = zonePaces(50);
    const c = zoneCentres(50);
    for (const k of ['M', 'T', 'R'] as const) expect(z[k]).toEqual([c[k] - 3, c[k] + 3]);
  });
});

describe('the athlete’s paces', () => {
  it('a recent race wins over the easy pace for the VDOT; a typed easy pace stays the easy pace', () => {
    const p = athletePaces({ level: 'intermediate', easyPaceSecPerKm: 340, recentRace: { distanceKm: 10, timeSec: 2550 } });
    expect(p.basis).toBe('race');
    expect(p.vdot.toFixed(1)).toBe('48.4');
    expect(p.easySecPerKm).toBe(340);
    expect(p.recoverySecPerKm).toBe(396);
  });
  it('without a typed easy pace, the race gives it (66.5 %)', () => {
    const src = { level: 'intermediate' as const, easyPaceSecPerKm: null, recentRace: { distanceKm: 10, timeSec: 2550 } };
    const e = athleteEasyPace(src);
    expect(e).toBe(Math.round(zoneCentres(vdotFromRace(10, 2550)).E));
  });
  it('without either, the level default', () => {
    expect(athleteEasyPace({ level: 'beginner', easyPaceSecPerKm: null })).toBe(420);
    expect(athletePaces({ level: 'advanced', easyPaceSecPerKm: null }).basis).toBe('level-default');
  });
  it('refuses a recent race outside 1.5–42.195 km or 3 min–6 h, naming the field', () => {
    expect(recentRaceProblems({ distanceKm: 1, timeSec: 600 })[0]).toMatch(/^recentRace\.distanceKm/);
    expect(recentRaceProblems({ distanceKm: 5, timeSec: 60 })[0]).toMatch(/^recentRace\.timeSec/);
    expect(recentRaceProblems({ distanceKm: 42.195, timeSec: 6 * 3600 })).toEqual([]);
    expect(recentRaceProblems({ distanceKm: 1.5, timeSec: 180 })).toEqual([]);
    expect(recentRaceProblems({ distanceKm: 42.2, timeSec: 3 * 3600 })).toEqual(['recentRace.distanceKm: 42.2 is outside 1.5–42.195 km']);
    expect(recentRaceProblems({ distanceKm: 10, timeSec: 6 * 3600 + 1 })).toEqual(['recentRace.timeSec: 21601 is outside 3 min to 6 h (180–21600 s)']);
  });
  it('an easy pace of its own wins; the level defaults are 420, 360 and 300 s/km', () => {
    expect(athleteEasyPace({ level: 'advanced', easyPaceSecPerKm: 330, recentRace: { distanceKm: 5, timeSec: 1196 } })).toBe(330);
    expect(athleteEasyPace({ level: 'intermediate', easyPaceSecPerKm: null })).toBe(360);
    expect(athleteEasyPace({ level: 'advanced', easyPaceSecPerKm: null })).toBe(300);
    // The VDOT of the level default is its easy midpoint's: 6:00 /km.
    expect(athletePaces({ level: 'intermediate', easyPaceSecPerKm: null }).vdot).toBeCloseTo(vdotFromEasyPace(360), 9);
  });
});

describe('text', () => {
  it('reads race times and distances', () => {
    expect(parseRaceTime('42:30')).toBe(2550);
    expect(parseRaceTime('1:35:20')).toBe(5720);
    expect(parseRaceTime('4:61')).toBeNull();
    expect(parseRaceDistance('10k')).toBe(10);
    expect(parseRaceDistance('Half')).toBe(21.0975);
    expect(parseRaceDistance('1500m')).toBe(1.5);
    expect(parseRaceDistance('13.1mi')).toBeCloseTo(21.08, 2);
    expect(parseRaceDistance('fast')).toBeNull();
  });
  it('formats race times and mile paces', () => {
    expect(formatRaceTime(3 * 3600 + 10 * 60 + 40)).toBe('3:10:40');
    expect(formatRaceTime(1196)).toBe('19:56');
    expect(formatPaceRange([300, 300], 'mi')).toBe('8:03 /mi');
  });
});
