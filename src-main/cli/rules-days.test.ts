/**
 * `stride rules` prints `days` (load.md v2): every plan day's load, fitness, fatigue and form,
 * each to 0.1, counting the sessions the rules add. Figured by hand below from load.md's formulas.
 */
import { describe, expect, it } from 'vitest';
import { cliWorkdir } from './cli-test-store';

const { stride, file } = cliWorkdir('stride-cli-days-', 15000);

/** One week: Monday easy 30 min at RPE 3, Tuesday tempo 60 min (RPE 7 by its kind), Sunday a 10K race (45 min, RPE 9). */
const plan = {
  format: 'stride-plan',
  version: 2,
  athlete: {
    name: 'Maya Ortiz',
    level: 'intermediate',
    runDaysPerWeek: 5,
    easyPaceSecPerKm: 360,
    recentWeeklyKm: 35,
  },
  plan: { name: 'Small', startDate: '2027-03-01', weeks: 1, weekStartsOn: 'monday', units: 'km' },
  sessions: [
    { id: 'a', date: '2027-03-01', kind: 'easy', durationMin: 30, distanceKm: 5, rpe: 3 },
    { id: 'b', date: '2027-03-02', kind: 'tempo', durationMin: 60, distanceKm: 12 },
    { id: 'c', date: '2027-03-07', kind: 'race', title: '10K', durationMin: 45, distanceKm: 10 },
  ],
};

describe('stride rules: days', () => {
  it('lists every plan day with load, fitness, fatigue and form, from the starting values', () => {
    const r = stride(['rules', file('small.strideplan.json', JSON.stringify(plan))]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    // The rules add Wednesday's 30 min recovery run after the tempo (at RPE 3: 90 AU).
    expect(out.sessions.find((s: { origin: string }) => s.origin === 'rule')).toMatchObject({
      date: '2027-03-03',
      kind: 'recovery',
      durationMin: 30,
    });
    // Start (the day before the plan): 35 km × 6 min/km × 3 / 7 = 90 AU, fitness = fatigue = 90.
    // a = 1 − e^(−1/42) = 0.0235283, b = 1 − e^(−1/7) = 0.1329668; form = yesterday's fitness − fatigue.
    // Mon 90:  fit 90, fat 90, form 0.
    // Tue 420: fit 90 + 330a = 97.764, fat 90 + 330b = 133.930, form 0.
    // Wed 90:  fit 97.764 − 7.764a = 97.582, fat 133.930 − 43.930b = 128.082, form −36.166.
    // Thu 0:   fit 95.286, fat 111.032, form −30.500.   Fri 0: fit 93.044, fat 96.251, form −15.746.
    // Sat 0:   fit 90.855, fat 83.438, form −3.207.
    // Sun 405 (45 × 9): fit 90.855 + 314.145a = 98.246, fat 83.438 + 321.562b = 126.245, form +7.417.
    expect(out.days).toEqual([
      { date: '2027-03-01', loadAU: 90, fitness: 90, fatigue: 90, form: 0 },
      { date: '2027-03-02', loadAU: 420, fitness: 97.8, fatigue: 133.9, form: 0 },
      { date: '2027-03-03', loadAU: 90, fitness: 97.6, fatigue: 128.1, form: -36.2 },
      { date: '2027-03-04', loadAU: 0, fitness: 95.3, fatigue: 111, form: -30.5 },
      { date: '2027-03-05', loadAU: 0, fitness: 93, fatigue: 96.3, form: -15.7 },
      { date: '2027-03-06', loadAU: 0, fitness: 90.9, fatigue: 83.4, form: -3.2 },
      { date: '2027-03-07', loadAU: 405, fitness: 98.2, fatigue: 126.2, form: 7.4 },
    ]);
  });

  it('starts at 0 without a recent week', () => {
    const { recentWeeklyKm: _omit, ...athlete } = plan.athlete;
    const r = stride(['rules', file('no-recent.strideplan.json', JSON.stringify({ ...plan, athlete }))]);
    expect(r.status).toBe(0);
    const days = JSON.parse(r.stdout).days;
    // Mon: fit 90a = 2.1, fat 90b = 12.0, form 0 (both start at 0).
    expect(days[0]).toEqual({ date: '2027-03-01', loadAU: 90, fitness: 2.1, fatigue: 12, form: 0 });
    expect(days).toHaveLength(7);
  });
});
