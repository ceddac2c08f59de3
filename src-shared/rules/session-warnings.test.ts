import { describe, expect, it } from 'vitest';
import type { PlanWarning, RulesInput } from '../domain/types';
import { deriveSessions } from './derive-sessions';
import { compareWarnings, sessionWarnings } from './session-warnings';
import {
  dayOf,
  frame,
  halfMarathon,
  input,
  marathon,
  MON,
  SAT,
  session,
  SUN,
  tenKWeek,
  THU,
  TUE,
  WED,
} from './test-plans';

function warningsOf(i: RulesInput): PlanWarning[] {
  return sessionWarnings(i, deriveSessions(i));
}

function only(i: RulesInput, ruleId: PlanWarning['ruleId']) {
  return warningsOf(i)
    .filter((w) => w.ruleId === ruleId)
    .map((w) => ({ dates: w.dates, sessionIds: w.sessionIds }));
}

describe('back-to-back-hard', () => {
  it('flags intervals on Tuesday followed by a tempo run on Wednesday', () => {
    const sessions = [session('int', dayOf(1, TUE), 'intervals'), session('tempo', dayOf(1, WED), 'tempo')];
    const [w] = warningsOf(input({ sessions }));
    expect(w).toMatchObject({
      ruleId: 'back-to-back-hard',
      severity: 'warning',
      dates: ['2027-03-02', '2027-03-03'],
      sessionIds: ['int', 'tempo'],
    });
    expect(w.message).toMatch(
      /intervals on Tuesday 2 Mar and the tempo run on Wednesday 3 Mar are hard sessions on consecutive days/,
    );
  });

  it('does not flag a 10K week with an easy day between the hard ones', () => {
    expect(only(input({ sessions: tenKWeek(1) }), 'back-to-back-hard')).toEqual([]);
  });

  it('flags two hard sessions on the same day once, with the one date', () => {
    const sessions = [session('b', dayOf(1, THU), 'tempo'), session('a', dayOf(1, THU), 'strength', { rpe: 8 })];
    expect(only(input({ sessions }), 'back-to-back-hard')).toEqual([{ dates: ['2027-03-04'], sessionIds: ['a', 'b'] }]);
  });

  it('flags each pair of three hard days in a row, and counts RPE 7 cross-training as hard', () => {
    const sessions = [
      session('sat', dayOf(1, SAT), 'cross', { rpe: 7 }),
      session('sun', dayOf(1, SUN), 'long'),
      session('mon', dayOf(2, MON), 'hills'),
    ];
    expect(only(input({ sessions }), 'back-to-back-hard')).toEqual([
      { dates: ['2027-03-06', '2027-03-07'], sessionIds: ['sat', 'sun'] },
      { dates: ['2027-03-07', '2027-03-08'], sessionIds: ['sun', 'mon'] },
    ]);
  });

  it('does not flag an easy run or RPE 6 cross-training next to a hard session', () => {
    const sessions = [
      session('int', dayOf(1, TUE), 'intervals'),
      session('easy', dayOf(1, WED), 'easy', { rpe: 4 }),
      session('bike', dayOf(1, MON), 'cross', { rpe: 6 }),
    ];
    expect(only(input({ sessions }), 'back-to-back-hard')).toEqual([]);
  });
});

describe('too-soon-after-race', () => {
  const raceDay = '2027-04-18';

  it('flags a hard session up to 8 days after a half marathon (ceil(21.0975 / 3) = 8), not on day 9', () => {
    const on8 = input({ sessions: [halfMarathon('half', raceDay), session('tempo', '2027-04-26', 'tempo')] });
    expect(only(on8, 'too-soon-after-race')).toEqual([
      { dates: ['2027-04-26', '2027-04-18'], sessionIds: ['tempo', 'half'] },
    ]);
    const on9 = input({
      sessions: [halfMarathon('half', raceDay), session('tempo', '2027-04-27', 'tempo')],
      plan: frame(9),
    });
    expect(only(on9, 'too-soon-after-race')).toEqual([]);
  });

  it('flags a hard session up to 15 days after a marathon, not on day 16', () => {
    const plan = frame(12);
    const on15 = input({ plan, sessions: [marathon('m', raceDay), session('long', '2027-05-03', 'long')] });
    const [w] = warningsOf(on15).filter((x) => x.ruleId === 'too-soon-after-race');
    expect(w).toMatchObject({ severity: 'warning', dates: ['2027-05-03', '2027-04-18'], sessionIds: ['long', 'm'] });
    expect(w.message).toMatch(/15 days after the marathon on Sunday 18 Apr; allow about 15 easy days/);
    const on16 = input({ plan, sessions: [marathon('m', raceDay), session('long', '2027-05-04', 'long')] });
    expect(only(on16, 'too-soon-after-race')).toEqual([]);
  });

  it('does not flag an easy run after a marathon', () => {
    const plan = frame(12);
    const easy = input({ plan, sessions: [marathon('m', raceDay), session('e', '2027-04-22', 'easy')] });
    expect(only(easy, 'too-soon-after-race')).toEqual([]);
  });

  // v2: every race, not only long ones: D+1 to D+2 after a 5K, D+4 after a 10K.
  it('flags a hard session up to 2 days after a 5K and up to 4 days after a 10K (v2: every race)', () => {
    const plan = frame(12);
    const race = (km: number) => session('r', raceDay, 'race', { distanceKm: km });
    const tempo = (date: string) => session('t', date, 'tempo');
    expect(only(input({ plan, sessions: [race(5), tempo('2027-04-19')] }), 'too-soon-after-race')).toEqual([
      { dates: ['2027-04-19', raceDay], sessionIds: ['t', 'r'] },
    ]);
    expect(only(input({ plan, sessions: [race(5), tempo('2027-04-20')] }), 'too-soon-after-race')).toHaveLength(1);
    expect(only(input({ plan, sessions: [race(5), tempo('2027-04-21')] }), 'too-soon-after-race')).toEqual([]);
    const [w] = warningsOf(input({ plan, sessions: [race(10), tempo('2027-04-22')] })).filter(
      (x) => x.ruleId === 'too-soon-after-race',
    );
    expect(w).toMatchObject({ dates: ['2027-04-22', raceDay], sessionIds: ['t', 'r'] });
    expect(w.message).toBe(
      'The tempo run on Thursday 22 Apr comes 4 days after the 10 km race on Sunday 18 Apr; ' +
        'allow about 4 easy days (one per 3 km raced) before the next hard session',
    );
    expect(only(input({ plan, sessions: [race(10), tempo('2027-04-23')] }), 'too-soon-after-race')).toEqual([]);
    // The exact decimal: 6 km is exactly 2 easy days, 6.1 km three.
    expect(only(input({ plan, sessions: [race(6), tempo('2027-04-21')] }), 'too-soon-after-race')).toEqual([]);
    expect(only(input({ plan, sessions: [race(6.1), tempo('2027-04-21')] }), 'too-soon-after-race')).toHaveLength(1);
  });

  it('says "1 easy day" after a race of 3 km or less (a mile: ceil(1.609 / 3) = 1)', () => {
    const mile = session('r', raceDay, 'race', { distanceKm: 1.609, title: 'Mile' });
    const [w] = warningsOf(input({ plan: frame(12), sessions: [mile, session('t', '2027-04-19', 'tempo')] })).filter(
      (x) => x.ruleId === 'too-soon-after-race',
    );
    expect(w.message).toBe(
      'The tempo run on Monday 19 Apr comes 1 day after the 1.6 km race (Mile) on Sunday 18 Apr; ' +
        'allow about 1 easy day (one per 3 km raced) before the next hard session',
    );
    expect(
      only(input({ plan: frame(12), sessions: [mile, session('t', '2027-04-20', 'tempo')] }), 'too-soon-after-race'),
    ).toEqual([]);
  });

  it('counts the easy days from the exact distance: a 24 km race gives exactly 8, a 24.1 km race 9', () => {
    const plan = frame(12);
    const race = (km: number) => session('r', raceDay, 'race', { distanceKm: km });
    const day9 = session('t', '2027-04-27', 'tempo');
    expect(only(input({ plan, sessions: [race(24), day9] }), 'too-soon-after-race')).toEqual([]);
    expect(only(input({ plan, sessions: [race(24.1), day9] }), 'too-soon-after-race')).toHaveLength(1);
  });
});

describe('run-spike', () => {
  it('does not flag a run of exactly 110 % of the longest run of the 30 days before it (8.8 km after 8 km)', () => {
    const sessions = [
      session('a', dayOf(1, SUN), 'long', { distanceKm: 8 }),
      session('b', dayOf(2, SUN), 'long', { distanceKm: 8.8 }),
    ];
    expect(only(input({ sessions }), 'run-spike')).toEqual([]);
  });

  it('flags a run just over 110 % (8.81 km after 8 km), naming the longer run first', () => {
    const sessions = [
      session('a', dayOf(1, SUN), 'long', { distanceKm: 8 }),
      session('b', dayOf(2, SUN), 'long', { distanceKm: 8.81 }),
    ];
    const [w] = warningsOf(input({ sessions })).filter((x) => x.ruleId === 'run-spike');
    expect(w).toMatchObject({ severity: 'warning', dates: ['2027-03-14', '2027-03-07'], sessionIds: ['b', 'a'] });
    expect(w.message).toMatch(
      /covers 8.8 km, just over 10 % longer than the longest run of the 30 days before it \(8 km, the long run on Sunday 7 Mar\)/,
    );
  });

  it('compares with the longest run of D−30 to D−1 only', () => {
    const easy = (km: number) => session('old', '2027-03-01', 'easy', { distanceKm: km });
    const long = (date: string) => session('new', date, 'long', { distanceKm: 12 });
    // 2027-03-31 minus 30 days is 2027-03-01: in the window; 2027-04-01 is one day too late.
    expect(only(input({ sessions: [easy(10), long('2027-03-31')] }), 'run-spike')).toEqual([
      { dates: ['2027-03-31', '2027-03-01'], sessionIds: ['new', 'old'] },
    ]);
    expect(only(input({ sessions: [easy(10), long('2027-04-01')] }), 'run-spike')).toEqual([]);
    const sameDay = [
      session('am', '2027-03-07', 'long', { distanceKm: 5 }),
      session('pm', '2027-03-07', 'easy', { distanceKm: 10 }),
    ];
    expect(only(input({ sessions: sameDay }), 'run-spike')).toEqual([]);
  });

  it('compares with the most recent of equally long runs', () => {
    const sessions = [
      session('first', dayOf(1, TUE), 'easy', { distanceKm: 10 }),
      session('second', dayOf(1, THU), 'easy', { distanceKm: 10 }),
      session('long', dayOf(1, SUN), 'long', { distanceKm: 14 }),
    ];
    expect(only(input({ sessions }), 'run-spike')).toEqual([
      { dates: ['2027-03-07', '2027-03-04'], sessionIds: ['long', 'second'] },
    ]);
  });

  it('counts a race as an earlier run but never flags a race', () => {
    const sessions = [
      session('tune', dayOf(1, SAT), 'race', { distanceKm: 10 }),
      session('half', dayOf(3, SAT), 'race', { distanceKm: 21.0975 }),
      session('long', dayOf(2, SUN), 'long', { distanceKm: 11 }),
    ];
    expect(only(input({ sessions }), 'run-spike')).toEqual([]); // 11 ≤ 11, and the half is a race
  });

  it('counts derived recovery runs, and forgets a dismissed one', () => {
    // Intermediate at the default pace: the recovery run after Tuesday's intervals is 4.3 km.
    const sessions = [
      session('gym', dayOf(1, TUE), 'strength', { rpe: 8 }),
      session('easy', dayOf(1, THU), 'easy', { distanceKm: 5 }),
    ];
    expect(only(input({ sessions }), 'run-spike')).toEqual([
      { dates: ['2027-03-04', '2027-03-03'], sessionIds: ['easy', 'rule-2027-03-03'] },
    ]);
    const dismissed = [{ date: '2027-03-03', ruleId: 'recovery-after-hard' as const }];
    expect(only(input({ sessions, dismissed }), 'run-spike')).toEqual([]);
  });

  it('does not count cross-training distance or flag it', () => {
    const sessions = [
      session('bike', dayOf(1, TUE), 'cross', { distanceKm: 40 }),
      session('easy', dayOf(1, THU), 'easy', { distanceKm: 5 }),
      session('bike2', dayOf(1, SAT), 'cross', { distanceKm: 80 }),
    ];
    expect(only(input({ sessions }), 'run-spike')).toEqual([]);
  });

  it("counts the athlete's recent longest run as a run on the day before the plan", () => {
    const athlete = { recentLongestRunKm: 16 };
    const over = input({ athlete, sessions: [session('long', dayOf(1, SUN), 'long', { distanceKm: 18 })] });
    const [w] = warningsOf(over).filter((x) => x.ruleId === 'run-spike');
    expect(w).toMatchObject({ dates: ['2027-03-07', '2027-02-28'], sessionIds: ['long'] });
    expect(w.message).toMatch(/13 % longer .*16 km, the athlete's longest run of the 30 days before the plan/);
    const at = input({ athlete, sessions: [session('long', dayOf(1, SUN), 'long', { distanceKm: 17.6 })] });
    expect(only(at, 'run-spike')).toEqual([]);
    // 2027-03-31 is 31 days after 2027-02-28: the recent run is out of its window.
    const later = input({ athlete, sessions: [session('long', '2027-03-31', 'long', { distanceKm: 18 })] });
    expect(only(later, 'run-spike')).toEqual([]);
    const last = input({ athlete, sessions: [session('long', '2027-03-30', 'long', { distanceKm: 18 })] });
    expect(only(last, 'run-spike')).toHaveLength(1);
  });

  it("says when runs before the plan are unknown: the athlete's recent longest run is not set", () => {
    // Week 1 of a plan for an athlete whose running before the plan Stride does not know: the
    // Tuesday intervals are compared with Monday's easy run only, and the coach is told why.
    const sessions = [
      session('easy', dayOf(1, MON), 'easy', { distanceKm: 8 }),
      session('ints', dayOf(1, TUE), 'intervals', { distanceKm: 10 }),
    ];
    const [w] = warningsOf(input({ sessions })).filter((x) => x.ruleId === 'run-spike');
    expect(w.message).toMatch(
      /25 % longer than the longest run of the 30 days before it \(8 km, the easy run on Monday 1 Mar\); .*Stride does not know the athlete's running before the plan \(set "Longest run in the last 30 days" in the athlete's settings to count it\)$/,
    );
    // Set, it is counted, and the sentence has nothing to add.
    const known = warningsOf(input({ athlete: { recentLongestRunKm: 8 }, sessions })).find(
      (x) => x.ruleId === 'run-spike',
    );
    expect(known?.message).not.toMatch(/does not know/);
    // A run whose 30 days all lie inside the plan: the plan holds everything it is compared with.
    const later = [
      session('easy', '2027-04-04', 'easy', { distanceKm: 8 }),
      session('ints', '2027-04-05', 'intervals', { distanceKm: 10 }),
    ];
    const [inside] = warningsOf(input({ sessions: later })).filter((x) => x.ruleId === 'run-spike');
    expect(inside.message).not.toMatch(/does not know/);
  });

  it('without any earlier run there is nothing to compare with', () => {
    expect(
      only(input({ sessions: [session('long', dayOf(1, SUN), 'long', { distanceKm: 30 })] }), 'run-spike'),
    ).toEqual([]);
  });
});

describe('order', () => {
  it('sorts by first date, then the order of the spec table, then session ids', () => {
    const sessions = [
      session('easy', dayOf(1, WED), 'easy', { distanceKm: 5 }),
      session('z', dayOf(2, MON), 'tempo', { distanceKm: 10 }),
      session('y', dayOf(2, MON), 'intervals', { distanceKm: 6 }),
      session('x', dayOf(2, TUE), 'hills', { distanceKm: 8 }),
    ];
    const warnings = warningsOf(input({ sessions }));
    expect(warnings.map((w) => [w.ruleId, w.dates[0], w.sessionIds.join(',')])).toEqual([
      ['back-to-back-hard', '2027-03-08', 'y,x'],
      ['back-to-back-hard', '2027-03-08', 'y,z'],
      ['back-to-back-hard', '2027-03-08', 'z,x'],
      ['run-spike', '2027-03-08', 'y,easy'],
      ['run-spike', '2027-03-08', 'z,easy'],
    ]);
    expect([...warnings].sort(compareWarnings)).toEqual(warnings);
  });
});
