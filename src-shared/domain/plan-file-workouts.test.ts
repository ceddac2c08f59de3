/** Plan file format 2, the workouts' fields: goal, recentRace, steps, distanceEstimated; version 1 still read. */
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../rules/evaluate-plan';
import { parsePlanFile, planFileText, type PlanFileData } from './plan-file';

const DATA: PlanFileData = {
  athlete: {
    name: 'Maya Ortiz',
    level: 'intermediate',
    runDaysPerWeek: 5,
    easyPaceSecPerKm: 340,
    fatigued: false,
    recoveryStyle: 'runs',
    recentLongestRunKm: null,
    recentRace: { distanceKm: 10, timeSec: 2550, date: '2027-01-17' },
  },
  plan: {
    name: 'Spring 10K',
    startDate: '2027-03-01',
    weeks: 2,
    weekStartsOn: 'monday',
    units: 'km',
    goal: 'Sub-42 10K',
  },
  sessions: [
    {
      id: 's1',
      date: '2027-03-02',
      kind: 'intervals',
      title: '6 x 800 m',
      durationMin: null,
      distanceKm: null,
      rpe: 8,
      notes: null,
      steps: [
        { type: 'warmup', durationMin: 15, target: 'E' },
        {
          repeat: 6,
          steps: [
            { type: 'run', distanceKm: 0.8, target: 'I' },
            { type: 'recover', durationMin: 2, notes: 'easy jog' },
          ],
        },
        { type: 'cooldown', durationMin: 10, target: 'E' },
      ],
    },
    {
      id: 's2',
      date: '2027-03-04',
      kind: 'easy',
      title: null,
      durationMin: 45,
      distanceKm: null,
      rpe: null,
      notes: null,
    },
    {
      id: 's3',
      date: '2027-03-14',
      kind: 'race',
      title: '10K',
      durationMin: null,
      distanceKm: 10,
      rpe: null,
      notes: null,
    },
  ],
  dismissed: [],
};

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('plan file version 2: workouts', () => {
  it('writes version 2 and reads back goal, recent race and steps', () => {
    const text = planFileText(DATA, null);
    const file = JSON.parse(text) as Json;
    expect(file.version).toBe(2);
    expect(file.plan.goal).toBe('Sub-42 10K');
    expect(file.athlete.recentRace).toEqual({ distanceKm: 10, timeSec: 2550, date: '2027-01-17' });
    expect(file.sessions[0].steps[1]).toEqual({
      repeat: 6,
      steps: [
        { type: 'run', distanceKm: 0.8, target: 'I' },
        { type: 'recover', durationMin: 2, notes: 'easy jog' },
      ],
    });
    const back = parsePlanFile(text);
    expect(back).toEqual({ ok: true, data: DATA, notices: [] });
  });

  it('with the rules applied, writes estimated distances marked distanceEstimated, which read back as none', () => {
    const evaluated = evaluatePlan({ athlete: DATA.athlete, plan: DATA.plan, sessions: DATA.sessions, dismissed: [] });
    const file = JSON.parse(planFileText(DATA, evaluated)) as Json;
    const easy = file.sessions.find((s: Json) => s.id === 's2');
    // 45 min at the typed easy pace 340 s/km: 2700 / 340 = 7.94 km.
    expect(easy).toMatchObject({ durationMin: 45, distanceKm: 7.94, distanceEstimated: true });
    const race = file.sessions.find((s: Json) => s.id === 's3');
    expect(race.distanceEstimated).toBeUndefined();
    expect(file.weeks[0].estimatedKm).toBeGreaterThan(7.9);
    expect(file.weeks[0].distanceKm).toBeGreaterThanOrEqual(file.weeks[0].estimatedKm);
    const back = parsePlanFile(JSON.stringify(file));
    if (!back.ok) throw new Error(back.errors.join('\n'));
    expect(back.data.sessions.find((s) => s.id === 's2')!.distanceKm).toBeNull();
    expect(back.data).toEqual(DATA);
  });

  it('reads a version 1 file as version 2 without the new fields, and writes it as 2', () => {
    const v1 = {
      format: 'stride-plan',
      version: 1,
      athlete: { name: 'Sam' },
      plan: { name: 'Base', startDate: '2027-03-01', weeks: 1 },
      sessions: [{ id: 'a', date: '2027-03-02', kind: 'easy', durationMin: 40 }],
    };
    const r = parsePlanFile(JSON.stringify(v1));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.data.sessions[0]).not.toHaveProperty('steps');
    expect(r.data.athlete).not.toHaveProperty('recentRace');
    const again = parsePlanFile(planFileText(r.data, null));
    expect(again).toEqual({ ok: true, data: r.data, notices: [] });
    expect(JSON.parse(planFileText(r.data, null)).version).toBe(2);
  });

  it('a session with steps and a race need no duration; others still do', () => {
    const r = parsePlanFile(
      JSON.stringify({
        format: 'stride-plan',
        version: 2,
        athlete: { name: 'Sam' },
        plan: { name: 'Base', startDate: '2027-03-01', weeks: 1 },
        sessions: [
          { id: 'a', date: '2027-03-02', kind: 'tempo', steps: [{ type: 'run', durationMin: 20, target: 'T' }] },
          { id: 'b', date: '2027-03-07', kind: 'race', distanceKm: 5 },
          { id: 'c', date: '2027-03-05', kind: 'easy', steps: [] },
        ],
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        'sessions[2].durationMin: an easy run needs a duration (minutes, a number from 0 to 1,440)',
      ]);
  });

  it('refuses bad steps and a bad recent race naming the JSON path', () => {
    const r = parsePlanFile(
      JSON.stringify({
        format: 'stride-plan',
        version: 2,
        athlete: { name: 'Sam', recentRace: { distanceKm: 1, timeSec: 60 } },
        plan: { name: 'Base', startDate: '2027-03-01', weeks: 1 },
        sessions: [
          {
            id: 'a',
            date: '2027-03-02',
            kind: 'intervals',
            durationMin: 50,
            steps: [
              { type: 'warmup', durationMin: 10 },
              { type: 'run' },
              { repeat: 0, steps: [{ type: 'run', distanceKm: 0.01 }] },
            ],
          },
        ],
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        'athlete.recentRace.distanceKm: 1 is not a number from 1.5 to 42.195',
        'athlete.recentRace.timeSec: 60 is not a number from 180 to 21,600',
        'sessions[0].steps[2].repeat: 0 is not a whole number from 2 to 50',
        'sessions[0].steps[2].steps[0].distanceKm: 0.01 is not 0.05–300 km',
      ]);
  });
});

describe('a recent race no one could have run', () => {
  // A marathon in 210 s (3 h 30 typed as 3:30 and converted): within paces.md's 3 min to 6 h, but
  // its VDOT (15,274) gave recovery runs "about 0:06 per km" in the calendar and watch targets of
  // 166 m/s. The athlete form refuses such a race; the file now does too.
  const file = (recentRace: object) =>
    parsePlanFile(
      JSON.stringify({
        format: 'stride-plan',
        version: 2,
        athlete: { name: 'Sam', recentRace },
        plan: { name: 'Base', startDate: '2027-03-01', weeks: 1 },
        sessions: [],
      }),
    );

  it('is refused, naming the path, the distance and how fast it would be', () => {
    expect(file({ distanceKm: 42.195, timeSec: 210 })).toEqual({
      ok: false,
      errors: ['athlete.recentRace.timeSec: 210 (3 min 30 s) for 42.195 km is faster than anyone has run it (hours are 3600 s)'],
    });
  });

  it('a world-record pace is still read', () => {
    expect(file({ distanceKm: 42.195, timeSec: 7235 }).ok).toBe(true);
    expect(file({ distanceKm: 1.5, timeSec: 180 }).ok).toBe(true);
  });
});

describe('a session whose steps are wrong', () => {
  it('is refused for its steps alone, not also for a missing duration (its steps give the duration)', () => {
    const r = parsePlanFile(
      JSON.stringify({
        format: 'stride-plan',
        version: 2,
        athlete: { name: 'Sam' },
        plan: { name: 'Base', startDate: '2027-03-01', weeks: 1 },
        sessions: [{ id: 'a', date: '2027-03-02', kind: 'tempo', steps: [{ type: 'run', durationMin: 20, target: 'T' }, { repeat: 1, steps: [{ type: 'run', durationMin: 5 }] }] }],
      }),
    );
    expect(r.ok ? [] : r.errors).toEqual(['sessions[0].steps[1].repeat: 1 is not a whole number from 2 to 50']);
  });
});

describe("issue 11's impossible steps in a file", () => {
  it('a repeat of 0, 60 repeats, a nested repeat and a 15 m warm-up are each refused at their JSON path', () => {
    const session = (id: string, steps: unknown[]) => ({
      id,
      date: '2027-03-02',
      kind: 'intervals',
      durationMin: 50,
      steps,
    });
    const r = parsePlanFile(
      JSON.stringify({
        format: 'stride-plan',
        version: 2,
        athlete: { name: 'Sam' },
        plan: { name: 'Base', startDate: '2027-03-01', weeks: 1 },
        sessions: [
          session('zero', [{ repeat: 0, steps: [{ type: 'run', distanceKm: 0.4 }] }]),
          session('sixty', [
            { type: 'warmup', durationMin: 15 },
            { repeat: 60, steps: [{ type: 'run', distanceKm: 0.4 }] },
          ]),
          session('nested', [{ repeat: 3, steps: [{ repeat: 2, steps: [{ type: 'run', distanceKm: 0.4 }] }] }]),
          session('metres', [
            { type: 'warmup', distanceKm: 0.015, target: 'E' },
            { type: 'run', durationMin: 20, target: 'T' },
          ]),
        ],
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        'sessions[0].steps[0].repeat: 0 is not a whole number from 2 to 50',
        'sessions[1].steps[1].repeat: 60 is not a whole number from 2 to 50',
        'sessions[2].steps[0].steps[0].repeat: repeats do not nest',
        'sessions[3].steps[0].distanceKm: 0.015 is not 0.05–300 km',
      ]);
  });
});
