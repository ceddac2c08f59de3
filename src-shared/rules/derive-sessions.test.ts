import { describe, expect, it } from 'vitest';
import { deriveSessions } from './derive-sessions';
import { recoveryShape, RECOVERY_BY_LEVEL } from './recovery-session';
import {
  beginnerWeek,
  dayOf,
  FRI,
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

/** The parts a coach reads off the calendar: day, what, which rule, caused by. */
function summary(input: Parameters<typeof deriveSessions>[0]) {
  return deriveSessions(input).map((d) => [d.date, d.kind, d.ruleId, d.sourceId]);
}

describe('rule 1: a recovery run the day after a hard session', () => {
  it('puts a recovery run after Tuesday intervals and after the Sunday long run of a 10K week', () => {
    const derived = deriveSessions(input({ athlete: { easyPaceSecPerKm: 340 }, sessions: tenKWeek(1) }));
    expect(derived.map((d) => [d.date, d.kind, d.ruleId, d.sourceId])).toEqual([
      ['2027-03-03', 'recovery', 'recovery-after-hard', 'w1-int'],
      ['2027-03-08', 'recovery', 'recovery-after-hard', 'w1-long'],
    ]);
    const wednesday = derived[0];
    expect(wednesday.reason).toBe("Recovery run the day after Tuesday's 6 x 800 m intervals");
    expect(derived[1].reason).toBe("Recovery run the day after Sunday's long run");
    // Intermediate: 30 min at RPE 3, pace 340 + 56 = 396 s/km: 1800 / 396 = 4.545… → 4.5 km.
    expect(wednesday).toMatchObject({ title: 'Recovery run', durationMin: 30, rpe: 3, distanceKm: 4.5 });
    expect(wednesday.id).toBe('rule-2027-03-03');
  });

  it('tells the coach how to run it: conversational, Zone 1, short and flat, walking is fine, stop on sharp pain', () => {
    const [run] = deriveSessions(input({ sessions: tenKWeek(1) }));
    expect(run.notes).toMatch(/conversational/i);
    expect(run.notes).toMatch(/Zone 1/);
    expect(run.notes).toMatch(/short, flat route/);
    expect(run.notes).toMatch(/walking is fine/);
    expect(run.notes).toMatch(/sharp pain/);
  });

  it('counts RPE 7 cross-training or strength as hard, but not RPE 6 or a rest day at any RPE', () => {
    const sessions = [
      session('bike', dayOf(1, MON), 'cross', { rpe: 7 }),
      session('gym', dayOf(1, WED), 'strength', { rpe: 6 }),
      session('gym-default', dayOf(1, FRI), 'strength'), // default RPE 5
      session('off', dayOf(2, MON), 'rest', { rpe: 9 }),
      session('hard-easy', dayOf(2, WED), 'easy', { rpe: 7 }),
    ];
    expect(summary(input({ sessions }))).toEqual([
      ['2027-03-02', 'recovery', 'recovery-after-hard', 'bike'],
      ['2027-03-11', 'recovery', 'recovery-after-hard', 'hard-easy'],
    ]);
  });

  it('names the source by its kind when the coach gave it no title, and by title and kind otherwise', () => {
    const sessions = [
      session('t', dayOf(1, TUE), 'tempo', { title: 'Track 3 x 2 km' }),
      session('h', dayOf(1, THU), 'hills', { title: 'Hill repeats' }),
      session('f', dayOf(1, SAT), 'fartlek', { title: null }),
    ];
    expect(deriveSessions(input({ athlete: { runDaysPerWeek: 6 }, sessions })).map((d) => d.reason)).toEqual([
      "Recovery run the day after Tuesday's Track 3 x 2 km tempo run",
      "Recovery run the day after Thursday's hill repeats",
      "Recovery run the day after Saturday's fartlek",
    ]);
  });
});

describe('rule 1: long races', () => {
  const raceDay = '2027-04-18'; // Sunday of week 7

  it('rests the day after a half marathon and runs easy the day after that', () => {
    const derived = deriveSessions(input({ sessions: [halfMarathon('half', raceDay)] }));
    expect(derived.map((d) => [d.date, d.kind, d.ruleId, d.sourceId])).toEqual([
      ['2027-04-19', 'rest', 'rest-after-long-race', 'half'],
      ['2027-04-20', 'recovery', 'recovery-after-long-race', 'half'],
    ]);
    expect(derived[0]).toMatchObject({ title: 'Rest day', durationMin: 0, distanceKm: null, rpe: null });
    expect(derived[0].reason).toBe('Rest day after the half marathon on Sun 18 Apr');
    expect(derived[1].reason).toMatch(/^Recovery run two days after the half marathon on Sun 18 Apr/);
  });

  it('rests two days after a marathon and runs easy on the third', () => {
    const derived = deriveSessions(input({ sessions: [marathon('m', raceDay)] }));
    expect(derived.map((d) => [d.date, d.kind, d.ruleId])).toEqual([
      ['2027-04-19', 'rest', 'rest-after-long-race'],
      ['2027-04-20', 'rest', 'rest-after-long-race'],
      ['2027-04-21', 'recovery', 'recovery-after-long-race'],
    ]);
    expect(derived[0].reason).toBe('Rest day after the marathon on Sun 18 Apr');
    expect(derived[1].reason).toBe('Second rest day after the marathon on Sun 18 Apr');
    expect(derived[2].reason).toMatch(/^Recovery run three days after the marathon on Sun 18 Apr/);
  });

  it('treats an ultra as a marathon and a 21.0 km race as a shorter race', () => {
    const ultra = session('ultra', raceDay, 'race', { distanceKm: 50, title: 'Trail 50' });
    expect(summary(input({ plan: frame(12), sessions: [ultra] })).map((d) => d[0])).toEqual([
      '2027-04-19',
      '2027-04-20',
      '2027-04-21',
    ]);
    const short = session('r21', raceDay, 'race', { distanceKm: 21.0 });
    expect(summary(input({ sessions: [short] }))).toEqual([['2027-04-19', 'recovery', 'recovery-after-hard', 'r21']]);
  });

  it('draws the lines at 21.0975 and 42.195 km exactly', () => {
    const race = (km: number) => session('r', raceDay, 'race', { distanceKm: km });
    const kindsOf = (km: number) => summary(input({ sessions: [race(km)] })).map((d) => `${d[0]} ${d[2]}`);
    expect(kindsOf(21.0974)).toEqual(['2027-04-19 recovery-after-hard']);
    expect(kindsOf(21.0975)).toEqual(['2027-04-19 rest-after-long-race', '2027-04-20 recovery-after-long-race']);
    expect(kindsOf(42.1949)).toEqual(['2027-04-19 rest-after-long-race', '2027-04-20 recovery-after-long-race']);
    expect(kindsOf(42.195)).toEqual([
      '2027-04-19 rest-after-long-race',
      '2027-04-20 rest-after-long-race',
      '2027-04-21 recovery-after-long-race',
    ]);
  });

  it('keeps the recovery run on D+3 after a marathon even when a coach session takes a rest day', () => {
    const sessions = [marathon('m', raceDay), session('walk', '2027-04-19', 'cross', { rpe: 2 })];
    expect(summary(input({ sessions }))).toEqual([
      ['2027-04-20', 'rest', 'rest-after-long-race', 'm'],
      ['2027-04-21', 'recovery', 'recovery-after-long-race', 'm'],
    ]);
  });
});

describe('rule 2: only open days inside the plan', () => {
  it('never replaces a coach session: no recovery run where the coach already put an easy run', () => {
    const sessions = [session('int', dayOf(1, TUE), 'intervals'), session('easy', dayOf(1, WED), 'easy')];
    expect(deriveSessions(input({ sessions }))).toEqual([]);
  });

  it('derives nothing after the plan: hard sessions on the first and last days', () => {
    const plan = frame(2);
    const sessions = [session('first', dayOf(1, MON), 'tempo'), session('last', dayOf(2, SUN), 'long')];
    expect(summary(input({ plan, sessions }))).toEqual([['2027-03-02', 'recovery', 'recovery-after-hard', 'first']]);
  });

  it('keeps the rest day but not the recovery run of a half marathon on the second-to-last day', () => {
    const plan = frame(2);
    const sessions = [halfMarathon('half', dayOf(2, SAT))];
    expect(summary(input({ plan, sessions }))).toEqual([['2027-03-14', 'rest', 'rest-after-long-race', 'half']]);
  });

  it('derives nothing outside the plan, whatever a malformed input holds outside it', () => {
    const sessions = [session('before', '2027-02-27', 'intervals'), session('after', '2027-04-26', 'long')];
    expect(deriveSessions(input({ sessions }))).toEqual([]);
  });
});

describe('rule 3: three run days a week or fewer', () => {
  it('turns every recovery run of a three-day beginner into a rest day', () => {
    const derived = deriveSessions(
      input({ athlete: { level: 'beginner', runDaysPerWeek: 3 }, sessions: beginnerWeek(1) }),
    );
    expect(derived.map((d) => [d.date, d.kind, d.ruleId, d.sourceId])).toEqual([
      ['2027-03-05', 'rest', 'rest-low-frequency', 'w1-tempo'],
      ['2027-03-07', 'rest', 'rest-low-frequency', 'w1-long'],
    ]);
    expect(derived[0]).toMatchObject({ title: 'Rest day', durationMin: 0, distanceKm: null, rpe: null });
    expect(derived[0].reason).toBe(
      "Rest day instead of a recovery run the day after Thursday's tempo run: the athlete runs 3 days a week, which already leaves plenty of rest days",
    );
  });

  it('keeps the rest days of a long race as they are and turns its recovery run into rest', () => {
    const derived = deriveSessions(
      input({ athlete: { runDaysPerWeek: 2 }, sessions: [halfMarathon('half', '2027-04-18')] }),
    );
    expect(derived.map((d) => [d.date, d.ruleId])).toEqual([
      ['2027-04-19', 'rest-after-long-race'],
      ['2027-04-20', 'rest-low-frequency'],
    ]);
  });

  it('takes precedence over fatigue', () => {
    const derived = deriveSessions(input({ athlete: { runDaysPerWeek: 3, fatigued: true }, sessions: tenKWeek(1) }));
    expect(derived.map((d) => d.ruleId)).toEqual(['rest-low-frequency', 'rest-low-frequency']);
  });

  it('leaves a four-day runner her recovery runs', () => {
    const derived = deriveSessions(input({ athlete: { runDaysPerWeek: 4 }, sessions: tenKWeek(1) }));
    expect(derived.map((d) => d.kind)).toEqual(['recovery', 'recovery']);
  });
});

describe('rule 4: a fatigued athlete rests', () => {
  it('turns recovery runs into rest days and says why', () => {
    const derived = deriveSessions(input({ athlete: { fatigued: true }, sessions: tenKWeek(1) }));
    expect(derived.map((d) => [d.date, d.kind, d.ruleId])).toEqual([
      ['2027-03-03', 'rest', 'rest-fatigued'],
      ['2027-03-08', 'rest', 'rest-fatigued'],
    ]);
    expect(derived[0].reason).toMatch(
      /^Rest day instead of a recovery run the day after Tuesday's 6 x 800 m intervals: .*fatigued/,
    );
  });

  it('after a marathon: two rest days, then rest again instead of the recovery run', () => {
    const derived = deriveSessions(input({ athlete: { fatigued: true }, sessions: [marathon('m', '2027-04-18')] }));
    expect(derived.map((d) => d.ruleId)).toEqual(['rest-after-long-race', 'rest-after-long-race', 'rest-fatigued']);
  });
});

describe('rule 5: one derived session a day', () => {
  it('rest wins over recovery: the marathon second rest day beats the recovery run after a hard day', () => {
    const sessions = [
      marathon('m', '2027-04-18'),
      session('spin', '2027-04-19', 'cross', { rpe: 7 }), // hard, and takes the first rest day
    ];
    expect(summary(input({ sessions }))).toEqual([
      ['2027-04-20', 'rest', 'rest-after-long-race', 'm'],
      ['2027-04-21', 'recovery', 'recovery-after-long-race', 'm'],
    ]);
  });

  it('between two recovery runs the earliest source wins', () => {
    const sessions = [halfMarathon('half', '2027-04-18'), session('gym', '2027-04-19', 'strength', { rpe: 8 })];
    expect(summary(input({ sessions }))).toEqual([['2027-04-20', 'recovery', 'recovery-after-long-race', 'half']]);
  });

  it('between two hard sessions on one day, the first by id in code-unit order wins ("B" before "a")', () => {
    const sessions = [session('a', dayOf(1, TUE), 'tempo'), session('B', dayOf(1, TUE), 'strength', { rpe: 8 })];
    expect(summary(input({ sessions }))).toEqual([['2027-03-03', 'recovery', 'recovery-after-hard', 'B']]);
  });

  it('between two rest days of a low-frequency runner the earliest source wins', () => {
    const sessions = [halfMarathon('half', '2027-04-18'), session('gym', '2027-04-19', 'strength', { rpe: 8 })];
    expect(summary(input({ athlete: { runDaysPerWeek: 3 }, sessions }))).toEqual([
      ['2027-04-20', 'rest', 'rest-low-frequency', 'half'],
    ]);
  });
});

describe('rule 6: run-and-rest in a week with two hard sessions', () => {
  const runAndRest = { recoveryStyle: 'run-and-rest' as const };

  it("rests after the week's heaviest session (the long run: 90 × 6 = 540 over 55 × 8 = 440), even in the next week", () => {
    const derived = deriveSessions(input({ athlete: runAndRest, sessions: tenKWeek(1) }));
    expect(derived.map((d) => [d.date, d.kind, d.ruleId, d.sourceId])).toEqual([
      ['2027-03-03', 'recovery', 'recovery-after-hard', 'w1-int'],
      ['2027-03-08', 'rest', 'rest-two-hard-week', 'w1-long'],
    ]);
    expect(derived[1].reason).toMatch(
      /^Rest day instead of a recovery run the day after Sunday's long run: .*heaviest of week 1's 2 hard sessions/,
    );
  });

  it('gives a tie to the later session', () => {
    const sessions = [
      session('int', dayOf(1, TUE), 'intervals', { durationMin: 60, rpe: 8 }),
      session('tempo', dayOf(1, THU), 'tempo', { durationMin: 60, rpe: 8 }),
    ];
    expect(summary(input({ athlete: runAndRest, sessions }))).toEqual([
      ['2027-03-03', 'recovery', 'recovery-after-hard', 'int'],
      ['2027-03-05', 'rest', 'rest-two-hard-week', 'tempo'],
    ]);
  });

  it('changes nothing when the heaviest session has no recovery run left', () => {
    const sessions = [...tenKWeek(1), session('mon-easy', dayOf(2, MON), 'easy')];
    expect(summary(input({ athlete: runAndRest, sessions }))).toEqual([
      ['2027-03-03', 'recovery', 'recovery-after-hard', 'w1-int'],
    ]);
  });

  it('changes nothing in a week with one hard session, or with the "runs" style', () => {
    const one = [session('int', dayOf(1, TUE), 'intervals')];
    expect(summary(input({ athlete: runAndRest, sessions: one }))[0][1]).toBe('recovery');
    expect(
      deriveSessions(input({ athlete: { recoveryStyle: 'runs' }, sessions: tenKWeek(1) })).map((d) => d.kind),
    ).toEqual(['recovery', 'recovery']);
  });

  it("turns a long race's recovery run into rest when the race is the week's heaviest", () => {
    const sessions = [session('tune-up', '2027-04-13', 'tempo'), halfMarathon('half', '2027-04-18')];
    expect(summary(input({ athlete: runAndRest, sessions }))).toEqual([
      ['2027-04-14', 'recovery', 'recovery-after-hard', 'tune-up'],
      ['2027-04-19', 'rest', 'rest-after-long-race', 'half'],
      ['2027-04-20', 'rest', 'rest-two-hard-week', 'half'],
    ]);
  });
});

describe('rule 7: the run-day budget', () => {
  it('turns the recovery run that would make a sixth run day into rest', () => {
    // Coach runs Monday, Wednesday, Friday; recovery runs would fill Tuesday, Thursday, Saturday.
    const sessions = [
      session('mon', dayOf(1, MON), 'intervals'),
      session('wed', dayOf(1, WED), 'tempo'),
      session('fri', dayOf(1, FRI), 'hills'),
    ];
    const derived = deriveSessions(input({ athlete: { runDaysPerWeek: 5 }, sessions }));
    expect(derived.map((d) => [d.date, d.kind, d.ruleId])).toEqual([
      ['2027-03-02', 'recovery', 'recovery-after-hard'],
      ['2027-03-04', 'recovery', 'recovery-after-hard'],
      ['2027-03-06', 'rest', 'rest-run-day-budget'],
    ]);
    expect(derived[2].reason).toBe(
      "Rest day instead of a recovery run the day after Friday's hill repeats: week 1 already has runs on 5 days, as many as the athlete's 5 days a week",
    );
  });

  it('counts days, not sessions, and not cross-training or rest', () => {
    const sessions = [
      session('am', dayOf(1, MON), 'easy'),
      session('pm', dayOf(1, MON), 'easy'),
      session('tue', dayOf(1, TUE), 'intervals'),
      session('bike', dayOf(1, THU), 'cross'),
      session('off', dayOf(1, FRI), 'rest'),
    ];
    // Run days: Monday and Tuesday = 2; the recovery run on Wednesday makes 3 ≤ 4.
    expect(summary(input({ athlete: { runDaysPerWeek: 4 }, sessions }))).toEqual([
      ['2027-03-03', 'recovery', 'recovery-after-hard', 'tue'],
    ]);
  });

  it('counts in the week the recovery run falls in', () => {
    // Week 2 already runs on 4 days; the Monday recovery run after week 1's long run would be a fifth.
    const sessions = [
      session('long', dayOf(1, SUN), 'long'),
      ...[TUE, WED, THU, FRI].map((d) => session(`w2-${d}`, dayOf(2, d), 'easy')),
    ];
    expect(summary(input({ athlete: { runDaysPerWeek: 4 }, sessions }))).toEqual([
      ['2027-03-08', 'rest', 'rest-run-day-budget', 'long'],
    ]);
    expect(summary(input({ athlete: { runDaysPerWeek: 5 }, sessions }))[0][1]).toBe('recovery');
  });

  it('rests every recovery run of a week whose coach sessions already exceed the budget', () => {
    const sessions = [MON, TUE, THU, FRI, SAT].map((d) =>
      session(`s${d}`, dayOf(1, d), d === TUE ? 'intervals' : 'easy'),
    );
    const [derived] = deriveSessions(input({ athlete: { runDaysPerWeek: 4 }, sessions }));
    expect(derived).toMatchObject({ date: '2027-03-03', ruleId: 'rest-run-day-budget' });
    expect(derived.reason).toMatch(/week 1 already has runs on 5 days, more than the athlete's 4 days a week/);
  });
});

describe('rule 8: dismissals', () => {
  const sessions = [
    session('mon', dayOf(1, MON), 'intervals'),
    session('wed', dayOf(1, WED), 'tempo'),
    session('fri', dayOf(1, FRI), 'hills'),
  ];

  it('removes the dismissed session and recounts nothing', () => {
    const derived = deriveSessions(
      input({ sessions, dismissed: [{ date: '2027-03-02', ruleId: 'recovery-after-hard' }] }),
    );
    // Without Tuesday's recovery run Saturday's would fit the budget, but nothing is recounted.
    expect(derived.map((d) => [d.date, d.ruleId])).toEqual([
      ['2027-03-04', 'recovery-after-hard'],
      ['2027-03-06', 'rest-run-day-budget'],
    ]);
  });

  it('matches the rule the session had when the coach saw it, not only the day', () => {
    const dismissed = [{ date: '2027-03-06', ruleId: 'recovery-after-hard' as const }];
    expect(deriveSessions(input({ sessions, dismissed })).map((d) => d.date)).toEqual([
      '2027-03-02',
      '2027-03-04',
      '2027-03-06',
    ]);
    const right = [{ date: '2027-03-06', ruleId: 'rest-run-day-budget' as const }];
    expect(deriveSessions(input({ sessions, dismissed: right })).map((d) => d.date)).toEqual([
      '2027-03-02',
      '2027-03-04',
    ]);
  });

  it('does not let another proposal take a dismissed day', () => {
    const dismissed = [{ date: '2027-04-20', ruleId: 'recovery-after-long-race' as const }];
    const s = [halfMarathon('half', '2027-04-18'), session('gym', '2027-04-19', 'strength', { rpe: 8 })];
    expect(deriveSessions(input({ sessions: s, dismissed }))).toEqual([]);
  });
});

describe('the recovery run per level', () => {
  it.each([
    // level, easy pace, durationMin, rpe, distanceKm
    ['beginner', null, 20, 2, 2.5], // 1200 / 476 = 2.52
    ['intermediate', null, 30, 3, 4.3], // 1800 / 416 = 4.33
    ['advanced', null, 40, 3, 6.7], // 2400 / 356 = 6.74
    ['advanced', 328, 40, 3, 6.3], // 2400 / 384 = 6.25 exactly: the half goes up
    ['beginner', 900, 20, 2, 1.3], // a slow walker-runner: 1200 / 956 = 1.26
    ['advanced', 244, 40, 3, 8], // 2400 / 300 = 8 exactly: at the cap, not over it
  ] as const)('%s at easy pace %s: %s min, RPE %s, %s km', (level, pace, durationMin, rpe, distanceKm) => {
    const shape = recoveryShape({ level, easyPaceSecPerKm: pace });
    expect(shape).toMatchObject({ durationMin, rpe, distanceKm, capped: false });
  });

  it.each([
    // A fast easy pace runs past the level's cap: the cap, and the minutes it takes at recovery pace.
    ['beginner', 300, 19, 3.2], // 1200 / 356 = 3.37 > 3.2; 3.2 × 356 / 60 = 18.99
    ['intermediate', 150, 27, 8], // 1800 / 206 = 8.74 > 8; 8 × 206 / 60 = 27.47
    ['advanced', 200, 34, 8], // 2400 / 256 = 9.38 > 8; 8 × 256 / 60 = 34.13
    ['advanced', 202.75, 35, 8], // 8 × 258.75 / 60 = 34.5 exactly: the half goes up
    ['beginner', 290.875, 19, 3.2], // 3.2 × 346.875 / 60 = 18.5 exactly: up to 19
  ] as const)('%s at easy pace %s hits the cap: %s min, %s km', (level, pace, durationMin, distanceKm) => {
    const shape = recoveryShape({ level, easyPaceSecPerKm: pace });
    expect(shape).toMatchObject({ durationMin, distanceKm, capped: true });
    expect(shape.rpe).toBe(RECOVERY_BY_LEVEL[level].rpe);
  });

  it('is what the derived recovery run carries', () => {
    const [run] = deriveSessions(
      input({ athlete: { level: 'beginner', easyPaceSecPerKm: 300 }, sessions: tenKWeek(1) }),
    );
    expect(run).toMatchObject({ kind: 'recovery', durationMin: 19, rpe: 2, distanceKm: 3.2 });
  });
});

describe('ids', () => {
  it('are rule-<date>, and step aside for a coach session that already uses one', () => {
    const sessions = [
      session('int', dayOf(1, TUE), 'intervals'),
      session('rule-2027-03-03', dayOf(1, SUN), 'easy'),
      session('rule-2027-03-03-2', dayOf(1, SAT), 'easy'),
    ];
    const [run] = deriveSessions(input({ sessions }));
    expect(run.date).toBe('2027-03-03');
    expect(run.id).toBe('rule-2027-03-03-3');
  });

  it('come out in date order', () => {
    const sessions = [...tenKWeek(2), ...tenKWeek(1)].reverse();
    const dates = deriveSessions(input({ sessions })).map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toEqual(['2027-03-03', '2027-03-08', '2027-03-10', '2027-03-15']);
  });
});

describe('whole weeks', () => {
  it('a 10K block of three weeks with a Saturday tune-up race', () => {
    const sessions = [
      ...tenKWeek(1),
      ...tenKWeek(2),
      session('w3-int', dayOf(3, TUE), 'intervals', { durationMin: 50, distanceKm: 9 }),
      session('w3-race', dayOf(3, SAT), 'race', { title: 'Parkrun', distanceKm: 5, durationMin: 22 }),
    ];
    expect(summary(input({ athlete: { runDaysPerWeek: 5 }, plan: frame(3), sessions }))).toEqual([
      ['2027-03-03', 'recovery', 'recovery-after-hard', 'w1-int'],
      ['2027-03-08', 'recovery', 'recovery-after-hard', 'w1-long'],
      ['2027-03-10', 'recovery', 'recovery-after-hard', 'w2-int'],
      ['2027-03-15', 'recovery', 'recovery-after-hard', 'w2-long'],
      ['2027-03-17', 'recovery', 'recovery-after-hard', 'w3-int'],
      ['2027-03-21', 'recovery', 'recovery-after-hard', 'w3-race'],
    ]);
    expect(deriveSessions(input({ plan: frame(3), sessions }))[5].reason).toBe(
      "Recovery run the day after Saturday's 5 km race (Parkrun)",
    );
  });

  it('does not touch the coach sessions it is given', () => {
    const sessions = tenKWeek(1);
    const copy = structuredClone(sessions);
    deriveSessions(input({ sessions, athlete: { recoveryStyle: 'run-and-rest', runDaysPerWeek: 3 } }));
    expect(sessions).toEqual(copy);
  });
});
