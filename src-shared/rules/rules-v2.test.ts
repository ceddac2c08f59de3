/** recovery-rules.md v2: availability, the run-day budget, unavailable-day, taper-short, and no load-spike on a race week. */
import { describe, expect, it } from 'vitest';
import type { CoachSession, DayCode, RulesInput } from '../domain/types';
import { evaluatePlan } from './evaluate-plan';
import { dayOf, FRI, frame, halfMarathon, input, marathon, MON, SAT, session, SUN, THU, TUE, WED } from './test-plans';

const warningsOf = (i: RulesInput, ruleId: string) => evaluatePlan(i).warnings.filter((w) => w.ruleId === ruleId);
const derivedOf = (i: RulesInput) => evaluatePlan(i).derived.map((d) => [d.date, d.ruleId]);
const easy = (id: string, date: string, km: number): CoachSession =>
  session(id, date, 'easy', { durationMin: km * 6, distanceKm: km });
const TUE_THU_SAT_SUN: DayCode[] = ['tue', 'thu', 'sat', 'sun'];

describe('availability (v2)', () => {
  it('drops a recovery run proposed on a day the athlete cannot run; a proposed rest stays', () => {
    const sessions = [session('tempo', dayOf(1, TUE), 'tempo'), halfMarathon('race', dayOf(1, SUN))];
    // All days: a recovery run on Wednesday; rest on Monday after the half, recovery on Tuesday.
    expect(derivedOf(input({ plan: frame(2), sessions }))).toEqual([
      [dayOf(1, WED), 'recovery-after-hard'],
      [dayOf(2, MON), 'rest-after-long-race'],
      [dayOf(2, TUE), 'recovery-after-long-race'],
    ]);
    // Tue, Thu, Sat, Sun: Wednesday's recovery run goes; Monday's rest stays.
    expect(derivedOf(input({ plan: frame(2), sessions, athlete: { availableDays: TUE_THU_SAT_SUN } }))).toEqual([
      [dayOf(2, MON), 'rest-after-long-race'],
      [dayOf(2, TUE), 'recovery-after-long-race'],
    ]);
    // Without Tuesday the recovery run after the half goes too.
    expect(
      derivedOf(input({ plan: frame(2), sessions, athlete: { availableDays: ['mon', 'wed', 'thu', 'sat', 'sun'] } })),
    ).toEqual([
      [dayOf(1, WED), 'recovery-after-hard'],
      [dayOf(2, MON), 'rest-after-long-race'],
    ]);
  });

  it('warns of a running coach session on an unavailable weekday, not of cross-training there', () => {
    const i = input({
      plan: frame(1),
      athlete: { availableDays: TUE_THU_SAT_SUN },
      sessions: [
        easy('mon-run', dayOf(1, MON), 8),
        session('mon-bike', dayOf(1, MON), 'cross'),
        easy('tue-run', dayOf(1, TUE), 8),
        session('fri-tempo', dayOf(1, FRI), 'tempo', { title: '3 x 10 min' }),
      ],
    });
    expect(warningsOf(i, 'unavailable-day')).toEqual([
      {
        ruleId: 'unavailable-day',
        severity: 'warning',
        dates: [dayOf(1, MON)],
        sessionIds: ['mon-run'],
        message:
          'The easy run on Monday 1 Mar falls on a Monday, a day the athlete cannot run (they can run on Tue, Thu, Sat, Sun); move it to one of those days.',
      },
      {
        ruleId: 'unavailable-day',
        severity: 'warning',
        dates: [dayOf(1, FRI)],
        sessionIds: ['fri-tempo'],
        message: expect.stringMatching(/^The 3 x 10 min tempo run on Friday 5 Mar falls on a Friday/),
      },
    ]);
    // Every day available (the default): nothing.
    expect(warningsOf({ ...i, athlete: { ...i.athlete, availableDays: null } }, 'unavailable-day')).toEqual([]);
  });
});

describe('the run-day budget: min(runDaysPerWeek, available days) (v2)', () => {
  const week = [
    session('int', dayOf(1, TUE), 'intervals'),
    easy('e', dayOf(1, THU), 8),
    session('long', dayOf(1, SAT), 'long'),
  ];

  it('turns recovery runs into rest at a budget of 3 or less, even when runDaysPerWeek is higher', () => {
    const four = input({
      plan: frame(1),
      athlete: { runDaysPerWeek: 6, availableDays: ['tue', 'wed', 'thu', 'sat', 'sun'] },
      sessions: week,
    });
    // Budget 5: Wednesday and Sunday recovery runs both fit (3 coach days + 2).
    expect(derivedOf(four)).toEqual([
      [dayOf(1, WED), 'recovery-after-hard'],
      [dayOf(1, SUN), 'recovery-after-hard'],
    ]);
    // Budget 4 (four days available): the second recovery run becomes rest (rule 7).
    const budget4 = input({
      ...four,
      athlete: {
        ...four.athlete,
        availableDays: ['tue', 'wed', 'thu', 'sat', 'sun'].slice(0, 5) as DayCode[],
        runDaysPerWeek: 4,
      },
    });
    expect(derivedOf(budget4)).toEqual([
      [dayOf(1, WED), 'recovery-after-hard'],
      [dayOf(1, SUN), 'rest-run-day-budget'],
    ]);
    const byDays = input({
      ...four,
      athlete: { ...four.athlete, runDaysPerWeek: 7, availableDays: ['tue', 'wed', 'thu', 'sun'] },
    });
    expect(derivedOf(byDays)).toEqual([
      [dayOf(1, WED), 'recovery-after-hard'],
      [dayOf(1, SUN), 'rest-run-day-budget'],
    ]);
    expect(evaluatePlan(byDays).derived[1].reason).toMatch(/4 days a week/);
    // Budget 3 (three days available, runDaysPerWeek 6): every recovery run is rest (rule 3).
    const three = input({ ...four, athlete: { ...four.athlete, availableDays: ['tue', 'wed', 'sun'] } });
    expect(derivedOf(three)).toEqual([
      [dayOf(1, WED), 'rest-low-frequency'],
      [dayOf(1, SUN), 'rest-low-frequency'],
    ]);
  });

  it('over-run-days reads the budget', () => {
    const i = input({
      plan: frame(1),
      athlete: { runDaysPerWeek: 5, availableDays: ['tue', 'thu', 'sat'] },
      sessions: week,
    });
    expect(warningsOf(i, 'over-run-days')).toEqual([]);
    const more = { ...i, sessions: [...week, easy('sun', dayOf(1, SUN), 5)] };
    expect(warningsOf(more, 'over-run-days').map((w) => w.message)).toEqual([
      'Week 1 has runs on 4 days, but the athlete can run on 3 days a week.',
    ]);
  });
});

describe('taper-short (v2)', () => {
  // Peak week 2 runs 50 km; the race is on the Sunday of week 4, so D−13 to D−1 is weeks 3 and 4 but the race.
  const build = [
    ...[MON, TUE, WED, THU].map((d) => easy(`w1-${d}`, dayOf(1, d), 10)),
    ...[MON, TUE, WED, THU, FRI].map((d) => easy(`w2-${d}`, dayOf(2, d), 10)),
    ...[MON, TUE, WED, THU].map((d) => easy(`w3-${d}`, dayOf(3, d), 10)),
    easy('w4-mon', dayOf(4, MON), 10),
    easy('w4-tue', dayOf(4, TUE), 10),
  ];
  const plan = (lastKm: number, race = halfMarathon('race', dayOf(4, SUN))) =>
    input({ plan: frame(4), sessions: [...build, easy('w4-thu', dayOf(4, THU), lastKm), race] });

  it('is quiet at exactly 70 % of twice the peak week and just under it', () => {
    expect(warningsOf(plan(10), 'taper-short')).toEqual([]); // 70.0 of 100 km
    expect(warningsOf(plan(9.9), 'taper-short')).toEqual([]); // 69.9
  });

  it('speaks just over 70 %, and names both distances and the percentage', () => {
    expect(warningsOf(plan(10.1), 'taper-short')).toEqual([
      {
        ruleId: 'taper-short',
        severity: 'notice',
        dates: [dayOf(4, SUN)],
        sessionIds: ['race'],
        message:
          'The 13 days before the half marathon on Sunday 28 Mar run 70.1 km, just over 70 % of twice the peak week (50.0 km, week 2): ' +
          'barely a taper. A taper usually cuts 41–60 % of the volume of the last two weeks while keeping some intensity.',
      },
    ]);
    expect(warningsOf(plan(15), 'taper-short')[0].message).toMatch(/run 75\.0 km, 75 % of twice the peak week/);
  });

  it('counts derived recovery runs in the window, and leaves a 10K alone', () => {
    const withTempo = input({
      ...plan(10),
      sessions: [...plan(10).sessions, session('tempo', dayOf(4, WED), 'tempo', { distanceKm: 0 })],
    });
    // The tempo's 0 km adds nothing, but its recovery run on Thursday cannot land (Thursday is taken): still quiet.
    expect(warningsOf(withTempo, 'taper-short')).toEqual([]);
    const tempoFri = input({
      ...plan(10),
      athlete: { ...plan(10).athlete, runDaysPerWeek: 7 },
      sessions: [...plan(10).sessions, session('tempo', dayOf(4, FRI), 'tempo', { distanceKm: 0 })],
    });
    // Saturday's recovery run (about 5 km) pushes the window over 70 %.
    expect(warningsOf(tempoFri, 'taper-short')).toHaveLength(1);
    const tenK = plan(15, session('race', dayOf(4, SUN), 'race', { distanceKm: 10 }));
    expect(warningsOf(tenK, 'taper-short')).toEqual([]);
  });

  it('takes the peak from weeks that end before D−13: a week ending on D−14 counts, one ending on D−13 does not', () => {
    const weeks = (race: CoachSession) =>
      input({
        plan: frame(4),
        sessions: [easy('w1', dayOf(1, MON), 20), easy('w2', dayOf(2, MON), 50), easy('w3', dayOf(3, MON), 29), race],
      });
    // Race on Sunday of week 4: week 2 ends on D−14, so the peak is its 50 km and 29 km is 29 %.
    expect(warningsOf(weeks(halfMarathon('race', dayOf(4, SUN))), 'taper-short')).toEqual([]);
    // Race on Saturday: week 2 ends on D−13, so the peak is week 1's 20 km and 29 km is 72.5 %.
    expect(warningsOf(weeks(halfMarathon('race', dayOf(4, SAT))), 'taper-short').map((w) => w.message)).toEqual([
      expect.stringMatching(/run 29\.0 km, 73 % of twice the peak week \(20\.0 km, week 1\)/),
    ]);
  });

  it('needs a peak week that ends before the window', () => {
    const short = input({ plan: frame(2), sessions: [easy('a', dayOf(1, MON), 20), marathon('race', dayOf(2, SUN))] });
    expect(warningsOf(short, 'taper-short')).toEqual([]);
  });
});

describe('a race week stands out on purpose (v2)', () => {
  const light = [1, 2, 3].flatMap((w) => [easy(`w${w}a`, dayOf(w, TUE), 5), easy(`w${w}b`, dayOf(w, SAT), 5)]);

  it('gives no load-spike notice on a week that holds a race', () => {
    const heavyWeek = [
      easy('w4a', dayOf(4, TUE), 5),
      session('w4-long', dayOf(4, SUN), 'long', { durationMin: 240, distanceKm: 6 }),
    ];
    const noRace = input({ plan: frame(4), sessions: [...light, ...heavyWeek] });
    expect(warningsOf(noRace, 'load-spike')).toHaveLength(1);
    const raceWeek = input({
      plan: frame(4),
      sessions: [...light, easy('w4a', dayOf(4, TUE), 5), marathon('race', dayOf(4, SUN))],
    });
    expect(evaluatePlan(raceWeek).weeks[3].acwr).toBeGreaterThan(1.5);
    expect(warningsOf(raceWeek, 'load-spike')).toEqual([]);
  });

  it('leaves races out of distance-jump, in the week and in the weeks it is compared with', () => {
    const i = input({
      plan: frame(4),
      sessions: [
        ...light,
        easy('w3c', dayOf(3, THU), 1),
        halfMarathon('race', dayOf(3, SUN)),
        easy('w4', dayOf(4, SAT), 10),
      ],
    });
    // Week 3 runs 11 km + the half: no jump over week 2's 10 km. Week 4's 10 km + the recovery run after
    // the half (4.3 km) is exactly 130 % of week 3's 11 km without its race, not 32.1 km with it.
    expect(warningsOf(i, 'distance-jump')).toEqual([]);
    const jump = input({
      ...i,
      sessions: [...i.sessions.filter((s) => s.id !== 'w4'), easy('w4', dayOf(4, SAT), 11)],
    });
    expect(warningsOf(jump, 'distance-jump').map((w) => w.message)).toEqual([
      expect.stringMatching(/^Week 4 runs 15\.3 km, 39 % more than the 11\.0 km of week 3/),
    ]);
  });
});

describe('the easy pace of an athlete with a recent race and no typed pace (v2)', () => {
  // recovery-rules.md's athlete settings: easyPaceSecPerKm defaults, with a recentRace, to the
  // pace at 66.5 % of its VDOT (paces.md), not to the level's. A 10K in 45:00 is VDOT 45.3, easy
  // 5:46 /km (346 s); the recovery pace is 346 + 56 = 402 s/km, so an intermediate's 30 min run
  // is round1(1800 / 402) = 4.5 km. The level's 6:00 /km would make it 4.3 km.
  const tempoWeek = [session('tempo', dayOf(1, TUE), 'tempo')];
  const recoveryKm = (athlete: Parameters<typeof input>[0]['athlete']) =>
    evaluatePlan(input({ plan: frame(1), sessions: tempoWeek, athlete })).derived.map((d) => [d.kind, d.durationMin, d.distanceKm]);

  it('takes the recovery run from the race: 30 min, 4.5 km', () => {
    expect(recoveryKm({ easyPaceSecPerKm: null, recentRace: { distanceKm: 10, timeSec: 2700 } })).toEqual([['recovery', 30, 4.5]]);
  });

  it('keeps a typed easy pace over the race, and the level default without either', () => {
    expect(recoveryKm({ easyPaceSecPerKm: 300, recentRace: { distanceKm: 10, timeSec: 2700 } })).toEqual([['recovery', 30, 5.1]]); // 1800 / 356
    expect(recoveryKm({ easyPaceSecPerKm: null })).toEqual([['recovery', 30, 4.3]]);
  });
});

describe('thresholds on estimated distances: double precision, a relative difference under 1e-9 is none (v2)', () => {
  // At an easy pace of 350 s/km a 60 min easy run is 10.285714… km, not a finite decimal; 66 min is
  // exactly 110 % of it, 78 min exactly 130 %, 84 min exactly 140 % (70 % of twice). Millionths would
  // round 10.285714… down and the longer one up, and call an exact match "over".
  const athlete = { easyPaceSecPerKm: 350 };
  const run = (id: string, date: string, durationMin: number) => session(id, date, 'easy', { durationMin });

  it('run-spike: exactly 110 % of an estimated run is not over it; a minute more is', () => {
    const at = input({ athlete, sessions: [run('a', dayOf(1, SUN), 60), run('b', dayOf(2, SUN), 66)] });
    expect(warningsOf(at, 'run-spike')).toEqual([]);
    const over = input({ athlete, sessions: [run('a', dayOf(1, SUN), 60), run('b', dayOf(2, SUN), 67)] });
    expect(warningsOf(over, 'run-spike').map((w) => w.sessionIds)).toEqual([['b', 'a']]);
  });

  it('distance-jump: exactly 130 % of an estimated week is not over it; a minute more is', () => {
    const at = input({ athlete, plan: frame(2), sessions: [run('a', dayOf(1, MON), 60), run('b', dayOf(2, MON), 78)] });
    expect(warningsOf(at, 'distance-jump')).toEqual([]);
    const over = input({ athlete, plan: frame(2), sessions: [run('a', dayOf(1, MON), 60), run('b', dayOf(2, MON), 79)] });
    expect(warningsOf(over, 'distance-jump')).toHaveLength(1);
  });

  it('taper-short: a window of exactly 70 % of twice an estimated peak week is quiet; a minute more speaks', () => {
    const plan = (minutes: number) =>
      input({
        athlete,
        plan: frame(4),
        sessions: [run('peak', dayOf(2, MON), 60), run('window', dayOf(3, MON), minutes), halfMarathon('race', dayOf(4, SUN))],
      });
    expect(warningsOf(plan(84), 'taper-short')).toEqual([]);
    expect(warningsOf(plan(85), 'taper-short')).toHaveLength(1);
  });
});
