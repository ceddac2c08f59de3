import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../rules/evaluate-plan';
import { addDays } from './dates';
import { SESSION_KINDS } from './kinds';
import { parsePlanFile, planFileText, type PlanFileData } from './plan-file';
import { DERIVED_RULE_IDS, LEVELS, RECOVERY_STYLES, type EvaluatedPlan } from './types';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** plan-file.md's example, verbatim. */
const SPEC_EXAMPLE = `{
  "format": "stride-plan",
  "version": 1,
  "athlete": {
    "name": "Maya Ortiz",
    "level": "intermediate",
    "runDaysPerWeek": 5,
    "easyPaceSecPerKm": 340,
    "fatigued": false,
    "recoveryStyle": "runs"
  },
  "plan": {
    "name": "Spring 10K",
    "startDate": "2027-03-01",
    "weeks": 8,
    "weekStartsOn": "monday",
    "units": "km"
  },
  "sessions": [
    { "id": "s1", "date": "2027-03-02", "kind": "intervals", "title": "6 x 800 m",
      "durationMin": 55, "distanceKm": 10, "rpe": 8, "notes": "2 min jog between" },
    { "id": "s2", "date": "2027-03-07", "kind": "long", "title": "Long run",
      "durationMin": 90, "distanceKm": 16, "rpe": 6 }
  ],
  "dismissed": [ { "date": "2027-03-03", "ruleId": "recovery-after-hard" } ]
}`;

const SPEC_DATA: PlanFileData = {
  athlete: {
    name: 'Maya Ortiz',
    level: 'intermediate',
    runDaysPerWeek: 5,
    easyPaceSecPerKm: 340,
    fatigued: false,
    recoveryStyle: 'runs',
    recentLongestRunKm: null,
  },
  plan: { name: 'Spring 10K', startDate: '2027-03-01', weeks: 8, weekStartsOn: 'monday', units: 'km' },
  sessions: [
    {
      id: 's1',
      date: '2027-03-02',
      kind: 'intervals',
      title: '6 x 800 m',
      durationMin: 55,
      distanceKm: 10,
      rpe: 8,
      notes: '2 min jog between',
    },
    {
      id: 's2',
      date: '2027-03-07',
      kind: 'long',
      title: 'Long run',
      durationMin: 90,
      distanceKm: 16,
      rpe: 6,
      notes: null,
    },
  ],
  dismissed: [{ date: '2027-03-03', ruleId: 'recovery-after-hard' }],
};

/** A fresh copy of the spec's example as an object, to break one thing at a time. */
function example(): Json {
  return JSON.parse(SPEC_EXAMPLE) as Json;
}

function parse(file: Json) {
  return parsePlanFile(JSON.stringify(file));
}

function dataOf(file: Json) {
  const r = parse(file);
  if (!r.ok) throw new Error(`refused:\n${r.errors.join('\n')}`);
  return r;
}

function errorsOf(file: Json | string): string[] {
  const r = typeof file === 'string' ? parsePlanFile(file) : parse(file);
  if (r.ok) throw new Error('the file was accepted');
  return r.errors;
}

/** The example with one change made. */
function changed(change: (f: Json) => void): Json {
  const f = example();
  change(f);
  return f;
}

describe('reading a good plan file', () => {
  it("reads the spec's example as written", () => {
    const r = parsePlanFile(SPEC_EXAMPLE);
    expect(r).toEqual({ ok: true, data: SPEC_DATA, notices: [] });
  });

  it('fills every optional field from its default', () => {
    const r = dataOf({
      format: 'stride-plan',
      version: 1,
      athlete: { name: 'Sam' },
      plan: { name: 'Base', startDate: '2027-03-01', weeks: 4 },
      sessions: [{ id: 'a', date: '2027-03-02', kind: 'easy', durationMin: 40 }],
    });
    expect(r.data).toEqual({
      athlete: {
        name: 'Sam',
        level: 'intermediate',
        runDaysPerWeek: 5,
        easyPaceSecPerKm: null, // the level's default pace, resolved by the rules
        fatigued: false,
        recoveryStyle: 'runs',
        recentLongestRunKm: null,
      },
      plan: { name: 'Base', startDate: '2027-03-01', weeks: 4, weekStartsOn: 'monday', units: 'km' },
      sessions: [
        {
          id: 'a',
          date: '2027-03-02',
          kind: 'easy',
          title: null,
          durationMin: 40,
          distanceKm: null,
          rpe: null,
          notes: null,
        },
      ],
      dismissed: [],
    });
    expect(r.notices).toEqual([]);
  });

  it('takes null in an optional field as its default', () => {
    const withNulls = dataOf({
      format: 'stride-plan',
      version: 1,
      athlete: {
        name: 'Sam',
        level: null,
        runDaysPerWeek: null,
        easyPaceSecPerKm: null,
        fatigued: null,
        recoveryStyle: null,
        recentLongestRunKm: null,
      },
      plan: { name: 'Base', startDate: '2027-03-01', weeks: 4, weekStartsOn: null, units: null },
      sessions: [
        {
          id: 'a',
          date: '2027-03-02',
          kind: 'easy',
          title: null,
          durationMin: 40,
          distanceKm: null,
          rpe: null,
          notes: null,
          origin: null,
        },
        { id: 'r', date: '2027-03-03', kind: 'rest', durationMin: null },
      ],
      dismissed: null,
    });
    const withoutNulls = dataOf({
      format: 'stride-plan',
      version: 1,
      athlete: { name: 'Sam' },
      plan: { name: 'Base', startDate: '2027-03-01', weeks: 4 },
      sessions: [
        { id: 'a', date: '2027-03-02', kind: 'easy', durationMin: 40 },
        { id: 'r', date: '2027-03-03', kind: 'rest' },
      ],
    });
    expect(withNulls.data).toEqual(withoutNulls.data);
    expect(withNulls.data.sessions[1]).toEqual({
      id: 'r',
      date: '2027-03-03',
      kind: 'rest',
      title: null,
      durationMin: null,
      distanceKm: null,
      rpe: null,
      notes: null,
    });
  });

  it('reads every athlete setting and miles as display units', () => {
    const r = dataOf(
      changed((f) => {
        f.athlete = {
          name: 'Ada',
          level: 'advanced',
          runDaysPerWeek: 7,
          easyPaceSecPerKm: 287.5,
          fatigued: true,
          recoveryStyle: 'run-and-rest',
          recentLongestRunKm: 21.1,
        };
        f.plan.units = 'mi';
      }),
    );
    expect(r.data.athlete).toEqual({
      name: 'Ada',
      level: 'advanced',
      runDaysPerWeek: 7,
      easyPaceSecPerKm: 287.5,
      fatigued: true,
      recoveryStyle: 'run-and-rest',
      recentLongestRunKm: 21.1,
    });
    expect(r.data.plan.units).toBe('mi');
    // The file always stores kilometres: nothing is converted on reading.
    expect(r.data.sessions[0].distanceKm).toBe(10);
  });

  it('accepts the limits themselves', () => {
    const r = dataOf(
      changed((f) => {
        f.athlete.name = 'x'.repeat(100);
        f.athlete.runDaysPerWeek = 1;
        f.athlete.easyPaceSecPerKm = 900;
        f.athlete.recentLongestRunKm = 0;
        f.plan.weeks = 104;
        f.sessions = [
          {
            id: 'i'.repeat(100),
            date: '2027-03-01',
            kind: 'race',
            // plan-file.md: over 0 and at most 1,440 (a whole day: a 24-hour race).
            durationMin: 1440,
            distanceKm: 300,
            rpe: 10,
            title: 't'.repeat(200),
            notes: 'n'.repeat(5000),
          },
          { id: 'b', date: addDays('2027-03-01', 104 * 7 - 1), kind: 'easy', durationMin: 0.1, distanceKm: 0, rpe: 1 },
        ];
      }),
    );
    expect(r.data.sessions.map((s) => s.date)).toEqual(['2027-03-01', '2029-02-25']);
  });

  it('keeps a title trimmed, and a blank one means the kind default (null)', () => {
    const r = dataOf(
      changed((f) => {
        f.sessions[0].title = '  6 x 800 m  ';
        f.sessions[1].title = '   ';
      }),
    );
    expect(r.data.sessions.map((s) => s.title)).toEqual(['6 x 800 m', null]);
  });

  it('trims names', () => {
    const r = dataOf(changed((f) => ((f.athlete.name = '  Maya  '), (f.plan.name = ' Spring 10K '))));
    expect([r.data.athlete.name, r.data.plan.name]).toEqual(['Maya', 'Spring 10K']);
  });

  it('lets a rest day go without a duration', () => {
    expect(
      dataOf(changed((f) => f.sessions.push({ id: 'r', date: '2027-03-05', kind: 'rest' }))).data.sessions[1]
        .durationMin,
    ).toBeNull();
  });

  it('reads a plan whose weeks start on Sunday', () => {
    const r = dataOf(
      changed((f) => {
        f.plan.startDate = '2027-02-28'; // a Sunday
        f.plan.weekStartsOn = 'sunday';
      }),
    );
    expect(r.data.plan).toMatchObject({ startDate: '2027-02-28', weekStartsOn: 'sunday' });
  });

  it('orders sessions by date, keeping the order of a day’s sessions as in the file', () => {
    const r = dataOf(
      changed((f) => {
        f.sessions = [
          { id: 'z', date: '2027-03-09', kind: 'easy', durationMin: 30 },
          { id: 'b', date: '2027-03-02', kind: 'strength', durationMin: 30 },
          { id: 'a', date: '2027-03-02', kind: 'easy', durationMin: 30 },
        ];
      }),
    );
    expect(r.data.sessions.map((s) => s.id)).toEqual(['b', 'a', 'z']);
  });

  it('keeps one of each dismissal, in date order', () => {
    const r = dataOf(
      changed((f) => {
        f.dismissed = [
          { date: '2027-03-08', ruleId: 'recovery-after-hard' },
          { date: '2027-03-03', ruleId: 'recovery-after-hard' },
          { date: '2027-03-08', ruleId: 'recovery-after-hard' },
        ];
      }),
    );
    expect(r.data.dismissed).toEqual([
      { date: '2027-03-03', ruleId: 'recovery-after-hard' },
      { date: '2027-03-08', ruleId: 'recovery-after-hard' },
    ]);
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(parsePlanFile(`\uFEFF${SPEC_EXAMPLE}`).ok).toBe(true);
  });
});

describe('refusing a bad plan file, naming the path and the value', () => {
  const cases: Array<[string, (f: Json) => void, string]> = [
    // athlete
    [
      'athlete missing',
      (f) => delete f.athlete,
      `athlete: missing, but required (an object with the athlete's name and settings)`,
    ],
    [
      'athlete not an object',
      (f) => (f.athlete = 'Maya'),
      `athlete: "Maya" is not an object with the athlete's name and settings`,
    ],
    [
      'athlete name missing',
      (f) => delete f.athlete.name,
      'athlete.name: missing, but required (a name of 1 to 100 characters)',
    ],
    [
      'athlete name blank',
      (f) => (f.athlete.name = '  '),
      'athlete.name: "  " is empty, but required (a name of 1 to 100 characters)',
    ],
    ['athlete name a number', (f) => (f.athlete.name = 7), 'athlete.name: 7 is not text'],
    [
      'athlete name too long',
      (f) => (f.athlete.name = 'M'.repeat(101)),
      `athlete.name: "${'M'.repeat(60)}"… is 101 characters long, over the 100 allowed for a name`,
    ],
    [
      'level',
      (f) => (f.athlete.level = 'elite'),
      'athlete.level: "elite" is not one of "beginner", "intermediate", "advanced"',
    ],
    [
      'no run days',
      (f) => (f.athlete.runDaysPerWeek = 0),
      'athlete.runDaysPerWeek: 0 is not a whole number from 1 to 7',
    ],
    [
      'eight run days',
      (f) => (f.athlete.runDaysPerWeek = 8),
      'athlete.runDaysPerWeek: 8 is not a whole number from 1 to 7',
    ],
    [
      'half a run day',
      (f) => (f.athlete.runDaysPerWeek = 4.5),
      'athlete.runDaysPerWeek: 4.5 is not a whole number from 1 to 7',
    ],
    [
      'run days as text',
      (f) => (f.athlete.runDaysPerWeek = '5'),
      'athlete.runDaysPerWeek: "5" is not a whole number from 1 to 7',
    ],
    [
      'pace too fast',
      (f) => (f.athlete.easyPaceSecPerKm = 149),
      'athlete.easyPaceSecPerKm: 149 is not a number from 150 to 900',
    ],
    [
      'pace too slow',
      (f) => (f.athlete.easyPaceSecPerKm = 901),
      'athlete.easyPaceSecPerKm: 901 is not a number from 150 to 900',
    ],
    ['fatigued as text', (f) => (f.athlete.fatigued = 'yes'), 'athlete.fatigued: "yes" is not true or false'],
    [
      'recovery style',
      (f) => (f.athlete.recoveryStyle = 'rest'),
      'athlete.recoveryStyle: "rest" is not "runs" or "run-and-rest"',
    ],
    [
      'negative longest run',
      (f) => (f.athlete.recentLongestRunKm = -1),
      'athlete.recentLongestRunKm: -1 is not a number from 0 to 300',
    ],
    [
      'longest run over 300',
      (f) => (f.athlete.recentLongestRunKm = 301),
      'athlete.recentLongestRunKm: 301 is not a number from 0 to 300',
    ],
    // plan
    [
      'plan missing',
      (f) => delete f.plan,
      `plan: missing, but required (an object with the plan's name, start date and weeks)`,
    ],
    [
      'plan name missing',
      (f) => delete f.plan.name,
      'plan.name: missing, but required (a name of 1 to 100 characters)',
    ],
    ['plan name null', (f) => (f.plan.name = null), 'plan.name: null, but required (a name of 1 to 100 characters)'],
    [
      'start not a date',
      (f) => (f.plan.startDate = '2027-02-30'),
      'plan.startDate: "2027-02-30" is not a calendar date',
    ],
    [
      'start missing',
      (f) => delete f.plan.startDate,
      'plan.startDate: missing, but required (a calendar date, YYYY-MM-DD)',
    ],
    [
      'start on a Tuesday',
      (f) => (f.plan.startDate = '2027-03-02'),
      `plan.startDate: "2027-03-02" is a Tuesday, but the plan's weeks start on Monday`,
    ],
    [
      'Monday start in a Sunday plan',
      (f) => (f.plan.weekStartsOn = 'sunday'),
      `plan.startDate: "2027-03-01" is a Monday, but the plan's weeks start on Sunday`,
    ],
    ['no weeks', (f) => (f.plan.weeks = 0), 'plan.weeks: 0 is not a whole number from 1 to 104'],
    ['105 weeks', (f) => (f.plan.weeks = 105), 'plan.weeks: 105 is not a whole number from 1 to 104'],
    ['weeks missing', (f) => delete f.plan.weeks, 'plan.weeks: missing, but required (a whole number from 1 to 104)'],
    ['week start', (f) => (f.plan.weekStartsOn = 'friday'), 'plan.weekStartsOn: "friday" is not "monday" or "sunday"'],
    ['units', (f) => (f.plan.units = 'miles'), 'plan.units: "miles" is not "km" or "mi"'],
    // sessions
    [
      'sessions missing',
      (f) => delete f.sessions,
      'sessions: missing, but required (a list of sessions, which may be empty: [])',
    ],
    ['sessions not a list', (f) => (f.sessions = {}), 'sessions: {} is not a list of sessions'],
    [
      'a session not an object',
      (f) => (f.sessions[1] = 'long run'),
      'sessions[1]: "long run" is not a session (a JSON object)',
    ],
    [
      'id missing',
      (f) => delete f.sessions[1].id,
      'sessions[1].id: missing, but required (an id of 1 to 100 characters)',
    ],
    [
      'id empty',
      (f) => (f.sessions[1].id = ''),
      'sessions[1].id: "" is empty, but required (an id of 1 to 100 characters)',
    ],
    ['id a number', (f) => (f.sessions[1].id = 2), 'sessions[1].id: 2 is not text'],
    ['id used twice', (f) => (f.sessions[1].id = 's1'), 'sessions[1].id: "s1" is used by sessions[0] too'],
    [
      'date not a calendar date',
      (f) => (f.sessions[1].date = '2027-02-30'),
      'sessions[1].date: "2027-02-30" is not a calendar date',
    ],
    [
      'date in another format',
      (f) => (f.sessions[1].date = '07/03/2027'),
      'sessions[1].date: "07/03/2027" is not a calendar date',
    ],
    [
      'date after the plan',
      (f) => (f.sessions[1].date = '2027-05-10'),
      'sessions[1].date: "2027-05-10" is outside the plan (2027-03-01 to 2027-04-25)',
    ],
    [
      'date the day after the last',
      (f) => (f.sessions[1].date = '2027-04-26'),
      'sessions[1].date: "2027-04-26" is outside the plan (2027-03-01 to 2027-04-25)',
    ],
    [
      'date the day before the start',
      (f) => (f.sessions[1].date = '2027-02-28'),
      'sessions[1].date: "2027-02-28" is outside the plan (2027-03-01 to 2027-04-25)',
    ],
    [
      'date missing',
      (f) => delete f.sessions[1].date,
      'sessions[1].date: missing, but required (a calendar date, YYYY-MM-DD)',
    ],
    [
      'kind',
      (f) => (f.sessions[1].kind = 'swim'),
      `sessions[1].kind: "swim" is not one of the session kinds (${SESSION_KINDS.join(', ')})`,
    ],
    [
      'kind missing',
      (f) => delete f.sessions[1].kind,
      `sessions[1].kind: missing, but required (one of the session kinds (${SESSION_KINDS.join(', ')}))`,
    ],
    [
      'title too long',
      (f) => (f.sessions[1].title = 'T'.repeat(201)),
      `sessions[1].title: "${'T'.repeat(60)}"… is 201 characters long, over the 200 allowed for a title`,
    ],
    ['title a number', (f) => (f.sessions[1].title = 800), 'sessions[1].title: 800 is not text'],
    [
      'duration missing',
      (f) => delete f.sessions[1].durationMin,
      'sessions[1].durationMin: a long run needs a duration (minutes, a number from 0 to 1,440)',
    ],
    [
      'duration null',
      (f) => (f.sessions[0].durationMin = null),
      'sessions[0].durationMin: an interval session needs a duration (minutes, a number from 0 to 1,440)',
    ],
    [
      'duration over 1,440',
      (f) => (f.sessions[1].durationMin = 1440.1),
      'sessions[1].durationMin: 1440.1 is not a number from 0 to 1,440',
    ],
    [
      'negative duration',
      (f) => (f.sessions[1].durationMin = -5),
      'sessions[1].durationMin: -5 is not a number from 0 to 1,440',
    ],
    [
      'duration as text',
      (f) => (f.sessions[1].durationMin = '90'),
      'sessions[1].durationMin: "90" is not a number from 0 to 1,440',
    ],
    [
      'race without a distance',
      (f) => ((f.sessions[1].kind = 'race'), delete f.sessions[1].distanceKm),
      'sessions[1].distanceKm: a race needs a distance',
    ],
    [
      'race with a null distance',
      (f) => ((f.sessions[1].kind = 'race'), (f.sessions[1].distanceKm = null)),
      'sessions[1].distanceKm: a race needs a distance',
    ],
    [
      'distance over 300',
      (f) => (f.sessions[1].distanceKm = 300.5),
      'sessions[1].distanceKm: 300.5 is not a number from 0 to 300',
    ],
    ['fractional RPE', (f) => (f.sessions[0].rpe = 7.5), 'sessions[0].rpe: 7.5 is not a whole number from 1 to 10'],
    ['RPE 0', (f) => (f.sessions[0].rpe = 0), 'sessions[0].rpe: 0 is not a whole number from 1 to 10'],
    ['RPE 11', (f) => (f.sessions[0].rpe = 11), 'sessions[0].rpe: 11 is not a whole number from 1 to 10'],
    [
      'notes too long',
      (f) => (f.sessions[0].notes = 'n'.repeat(5001)),
      `sessions[0].notes: "${'n'.repeat(60)}"… is 5,001 characters long, over the 5,000 allowed for notes`,
    ],
    ['origin', (f) => (f.sessions[0].origin = 'robot'), 'sessions[0].origin: "robot" is not "coach" or "rule"'],
    // dismissed
    ['dismissed not a list', (f) => (f.dismissed = 'none'), 'dismissed: "none" is not a list of {date, ruleId} pairs'],
    [
      'dismissal not an object',
      (f) => (f.dismissed[0] = '2027-03-03'),
      'dismissed[0]: "2027-03-03" is not a {date, ruleId} pair',
    ],
    [
      'dismissal date',
      (f) => (f.dismissed[0].date = '2027-13-01'),
      'dismissed[0].date: "2027-13-01" is not a calendar date',
    ],
    [
      'dismissal rule',
      (f) => (f.dismissed[0].ruleId = 'back-to-back-hard'),
      `dismissed[0].ruleId: "back-to-back-hard" is not one of the rules' ids (${DERIVED_RULE_IDS.join(', ')})`,
    ],
  ];

  it.each(cases)('%s', (_label, change, message) => {
    expect(errorsOf(changed(change))).toEqual([message]);
  });

  it('lists every problem, in file order, not only the first', () => {
    const errors = errorsOf(
      changed((f) => {
        f.athlete.runDaysPerWeek = 9;
        f.plan.startDate = '2027-03-02';
        f.sessions[0].rpe = 7.5;
        f.sessions[0].date = '2027-02-30';
        f.sessions[1].kind = 'race';
        delete f.sessions[1].distanceKm;
        f.sessions.push({ id: 's1', date: '2027-05-10', kind: 'easy', durationMin: 30 });
        f.dismissed[0].ruleId = 'nap';
      }),
    );
    expect(errors).toEqual([
      'athlete.runDaysPerWeek: 9 is not a whole number from 1 to 7',
      `plan.startDate: "2027-03-02" is a Tuesday, but the plan's weeks start on Monday`,
      'sessions[0].date: "2027-02-30" is not a calendar date',
      'sessions[0].rpe: 7.5 is not a whole number from 1 to 10',
      'sessions[1].distanceKm: a race needs a distance',
      // The plan is read from its (wrong-weekday) start: 2027-03-02 + 8 weeks − 1 day.
      'sessions[2].date: "2027-05-10" is outside the plan (2027-03-02 to 2027-04-26)',
      'sessions[2].id: "s1" is used by sessions[0] too',
      `dismissed[0].ruleId: "nap" is not one of the rules' ids (${DERIVED_RULE_IDS.join(', ')})`,
    ]);
  });

  it('refuses a file that is not JSON', () => {
    const errors = errorsOf('{ "format": "stride-plan", ');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^the file is not JSON: /);
    expect(errorsOf('')).toEqual(['the file is empty, not a Stride plan (JSON)']);
  });

  it('refuses JSON that is not an object', () => {
    expect(errorsOf('[1, 2]')).toEqual([
      'the file holds [1,2], not a Stride plan (a JSON object with "format": "stride-plan")',
    ]);
  });

  it('refuses another format on that alone', () => {
    expect(errorsOf(changed((f) => ((f.format = 'training-peaks'), (f.plan.weeks = 0))))).toEqual([
      'format: "training-peaks" is not "stride-plan", so this is not a Stride plan file',
    ]);
    expect(errorsOf(changed((f) => delete f.format))).toEqual([
      'format: missing, so this is not a Stride plan file (it needs "format": "stride-plan")',
    ]);
  });

  it('a workout library file (stride library export) says what it is and what reads it', () => {
    // Import… in the app is the only file button a coach sees; "not a Stride plan file" left them
    // with a file from Stride that Stride refused, and no word of how to use it.
    expect(parsePlanFile(JSON.stringify({ format: 'stride-library', version: 1, library: [] }))).toEqual({
      ok: false,
      errors: [
        'format: "stride-library" is a workout library, not a plan: add its workouts with `stride library import <file>`',
      ],
    });
  });

  it('refuses version 3, naming it', () => {
    expect(errorsOf(changed((f) => (f.version = 3)))).toEqual([
      'version: 3 is not supported (this Stride reads plan files of version 1 or 2 only)',
    ]);
    expect(errorsOf(changed((f) => (f.version = '1')))).toEqual([
      'version: "1" is not supported (this Stride reads plan files of version 1 or 2 only)',
    ]);
    expect(errorsOf(changed((f) => delete f.version))).toEqual([
      'version: missing, but required (this Stride reads plan files of version 1 or 2)',
    ]);
  });
});

describe('sessions the rules placed', () => {
  it('are skipped on input without any check, and their ids clash with nothing', () => {
    const r = dataOf(
      changed((f) => {
        f.sessions.push(
          { id: 's1', date: '2099-01-01', kind: 'nap', origin: 'rule', colour: 'green' },
          { origin: 'rule' },
          {
            id: 'rule-2027-03-08',
            date: '2027-03-08',
            kind: 'recovery',
            durationMin: 30,
            origin: 'rule',
            ruleId: 'recovery-after-hard',
            reason: 'x',
            sourceId: 's2',
          },
        );
      }),
    );
    expect(r.data).toEqual(SPEC_DATA);
    expect(r.notices).toEqual([]);
  });

  it('a session marked as the coach’s is read like one without origin', () => {
    const r = dataOf(changed((f) => (f.sessions[0].origin = 'coach')));
    expect(r.data).toEqual(SPEC_DATA);
  });
});

describe('fields Stride does not know', () => {
  it('become notices, at every level, and stay out of the data', () => {
    const r = dataOf(
      changed((f) => {
        f.author = 'coach@example.com';
        f.athlete.age = 34;
        f.plan.colour = 'blue';
        f.sessions[1].colour = 'blue';
        f.sessions[1]['heart rate'] = 150;
        f.dismissed[0].by = 'me';
      }),
    );
    expect(r.data).toEqual(SPEC_DATA);
    expect(r.notices).toEqual([
      'notice: author is not a Stride field and was ignored',
      'notice: athlete.age is not a Stride field and was ignored',
      'notice: plan.colour is not a Stride field and was ignored',
      'notice: sessions[1].colour is not a Stride field and was ignored',
      'notice: sessions[1]["heart rate"] is not a Stride field and was ignored',
      'notice: dismissed[0].by is not a Stride field and was ignored',
    ]);
  });

  it('except those that output adds, which are accepted silently', () => {
    const r = dataOf(
      changed((f) => {
        f.warnings = [{ ruleId: 'run-spike' }];
        f.weeks = [{ index: 1 }];
        f.sessions[0].origin = 'coach';
        f.sessions[0].ruleId = 'recovery-after-hard';
        f.sessions[0].reason = 'kept from a recovery run';
        f.sessions[0].sourceId = 's0';
      }),
    );
    expect(r).toEqual({ ok: true, data: SPEC_DATA, notices: [] });
  });
});

/** A hand-made rules result: one derived recovery run, one derived rest day, a warning, two weeks. */
const EVALUATED: EvaluatedPlan = {
  sessions: [],
  derived: [
    {
      id: 'rule-2027-03-08',
      date: '2027-03-08',
      kind: 'recovery',
      title: 'Recovery run',
      durationMin: 30,
      distanceKm: 4.5,
      rpe: 3,
      notes: 'Conversational pace',
      ruleId: 'recovery-after-hard',
      reason: "Recovery run the day after Sunday's long run",
      sourceId: 's2',
    },
    {
      id: 'rule-2027-03-03',
      date: '2027-03-03',
      kind: 'rest',
      title: 'Rest day',
      durationMin: 0,
      distanceKm: null,
      rpe: null,
      notes: 'Rest',
      ruleId: 'rest-fatigued',
      reason: "Rest the day after Tuesday's 6 x 800 m intervals",
      sourceId: 's1',
    },
  ],
  warnings: [
    {
      ruleId: 'run-spike',
      severity: 'warning',
      dates: ['2027-03-07', '2027-03-02'],
      sessionIds: ['s2', 's1'],
      message: 'The long run is 60 % longer.',
    },
  ],
  weeks: [
    {
      index: 1,
      start: '2027-03-01',
      loadAU: 980,
      minutes: 145,
      distanceKm: 26,
      hardSessions: 2,
      runDays: 2,
      monotony: 0.63,
      strain: 615,
      acwr: null,
      zones: { low: 0, moderate: 540, high: 440 },
    },
    {
      index: 2,
      start: '2027-03-08',
      loadAU: 90,
      minutes: 30,
      distanceKm: 4.5,
      hardSessions: 0,
      runDays: 1,
      monotony: null,
      strain: null,
      acwr: 0.17,
      zones: { low: 90, moderate: 0, high: 0 },
    },
  ],
};

describe('writing a plan file', () => {
  it('writes pretty JSON with 2-space indents and a final newline, fields in the order of the spec', () => {
    const text = planFileText(SPEC_DATA, null);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "stride-plan",');
    const file = JSON.parse(text) as Json;
    expect(Object.keys(file)).toEqual(['format', 'version', 'athlete', 'plan', 'sessions', 'dismissed']);
    expect(Object.keys(file.athlete)).toEqual([
      'name',
      'level',
      'runDaysPerWeek',
      'easyPaceSecPerKm',
      'fatigued',
      'recoveryStyle',
    ]);
    expect(Object.keys(file.plan)).toEqual(['name', 'startDate', 'weeks', 'weekStartsOn', 'units']);
    // Without the rules applied, the sessions are the spec's example exactly (null notes left out).
    // Version 2 is written (plan-file.md): the spec's version 1 example, read and written again.
    expect(file).toEqual({ ...JSON.parse(SPEC_EXAMPLE), version: 2 });
    expect(Object.keys(file.sessions[0])).toEqual([
      'id',
      'date',
      'kind',
      'title',
      'durationMin',
      'distanceKm',
      'rpe',
      'notes',
    ]);
  });

  it('leaves out optional fields that are not set', () => {
    const data: PlanFileData = {
      ...SPEC_DATA,
      athlete: { ...SPEC_DATA.athlete, easyPaceSecPerKm: null, recentLongestRunKm: null },
      sessions: [
        {
          id: 'r',
          date: '2027-03-03',
          kind: 'rest',
          title: null,
          durationMin: null,
          distanceKm: null,
          rpe: null,
          notes: null,
        },
      ],
      dismissed: [],
    };
    const file = JSON.parse(planFileText(data, null)) as Json;
    expect(file.sessions).toEqual([{ id: 'r', date: '2027-03-03', kind: 'rest' }]);
    expect(file.athlete).not.toHaveProperty('easyPaceSecPerKm');
    expect(file.dismissed).toEqual([]);
  });

  it('with the rules applied, marks every session’s origin and adds warnings and weeks', () => {
    const file = JSON.parse(planFileText(SPEC_DATA, EVALUATED)) as Json;
    expect(Object.keys(file)).toEqual([
      'format',
      'version',
      'athlete',
      'plan',
      'sessions',
      'dismissed',
      'warnings',
      'weeks',
      'days',
    ]);
    // Coach and derived sessions together, by date.
    expect(file.sessions.map((s: Json) => [s.id, s.origin])).toEqual([
      ['s1', 'coach'],
      ['rule-2027-03-03', 'rule'],
      ['s2', 'coach'],
      ['rule-2027-03-08', 'rule'],
    ]);
    expect(file.sessions[0]).not.toHaveProperty('ruleId');
    expect(Object.keys(file.sessions[3])).toEqual([
      'id',
      'date',
      'kind',
      'title',
      'durationMin',
      'distanceKm',
      'rpe',
      'notes',
      'origin',
      'ruleId',
      'reason',
      'sourceId',
    ]);
    expect(file.sessions[3]).toMatchObject({
      ruleId: 'recovery-after-hard',
      reason: "Recovery run the day after Sunday's long run",
      sourceId: 's2',
    });
    // A derived rest day has no distance and no RPE: left out, not null.
    expect(file.sessions[1]).toEqual({
      id: 'rule-2027-03-03',
      date: '2027-03-03',
      kind: 'rest',
      title: 'Rest day',
      durationMin: 0,
      notes: 'Rest',
      origin: 'rule',
      ruleId: 'rest-fatigued',
      reason: "Rest the day after Tuesday's 6 x 800 m intervals",
      sourceId: 's1',
    });
    expect(file.warnings).toEqual(EVALUATED.warnings);
    expect(Object.keys(file.warnings[0])).toEqual(['ruleId', 'severity', 'dates', 'sessionIds', 'message']);
    expect(file.weeks).toEqual(EVALUATED.weeks.map((w) => ({ ...w, estimatedKm: 0 })));
    expect(Object.keys(file.weeks[0])).toEqual([
      'index',
      'start',
      'loadAU',
      'minutes',
      'distanceKm',
      'estimatedKm',
      'hardSessions',
      'runDays',
      'monotony',
      'strain',
      'acwr',
      'zones',
    ]);
    expect(Object.keys(file.weeks[0].zones)).toEqual(['low', 'moderate', 'high']);
    expect(file.weeks[1].monotony).toBeNull();
  });

  it('reads back in to the same data, with or without the rules, and without notices', () => {
    expect(parsePlanFile(planFileText(SPEC_DATA, null))).toEqual({ ok: true, data: SPEC_DATA, notices: [] });
    expect(parsePlanFile(planFileText(SPEC_DATA, EVALUATED))).toEqual({ ok: true, data: SPEC_DATA, notices: [] });
    expect(parsePlanFile(planFileText(SPEC_DATA, evaluatePlan(SPEC_DATA)))).toEqual({
      ok: true,
      data: SPEC_DATA,
      notices: [],
    });
  });

  it('reads back in to the same data for any valid plan (property)', () => {
    fc.assert(
      fc.property(planDataArbitrary(), fc.boolean(), (data, withRules) => {
        const text = planFileText(data, withRules ? evaluatePlan(data) : null);
        expect(parsePlanFile(text)).toEqual({ ok: true, data, notices: [] });
      }),
      { numRuns: 150 },
    );
  });
});

/** Valid plan data as reading gives it: trimmed names and titles, sessions in date order. */
function planDataArbitrary(): fc.Arbitrary<PlanFileData> {
  const trimmed = (max: number) =>
    fc
      .string({ minLength: 1, maxLength: max })
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  const decimal = (max: number) => fc.integer({ min: 0, max: max * 10 }).map((n) => n / 10);
  const athlete = fc.record({
    name: trimmed(100),
    level: fc.constantFrom(...LEVELS),
    runDaysPerWeek: fc.integer({ min: 1, max: 7 }),
    easyPaceSecPerKm: fc.option(fc.integer({ min: 150, max: 900 }), { nil: null }),
    fatigued: fc.boolean(),
    recoveryStyle: fc.constantFrom(...RECOVERY_STYLES),
    recentLongestRunKm: fc.option(decimal(300), { nil: null }),
  });
  const frame = fc.record({
    weekStartsOn: fc.constantFrom('monday' as const, 'sunday' as const),
    weeks: fc.integer({ min: 1, max: 12 }),
    offsetWeeks: fc.integer({ min: 0, max: 520 }),
  });
  return fc
    .tuple(athlete, frame, trimmed(100), fc.constantFrom('km' as const, 'mi' as const))
    .chain(([a, f, planName, units]) => {
      // 2027-03-01 is a Monday, 2027-02-28 a Sunday.
      const startDate = addDays(f.weekStartsOn === 'monday' ? '2027-03-01' : '2027-02-28', 7 * f.offsetWeeks);
      const session = fc
        .record({
          id: fc.string({ minLength: 1, maxLength: 12 }),
          day: fc.integer({ min: 0, max: 7 * f.weeks - 1 }),
          kind: fc.constantFrom(...SESSION_KINDS),
          title: fc.option(trimmed(200), { nil: null }),
          durationMin: decimal(1440),
          restWithoutDuration: fc.boolean(),
          distanceKm: fc.option(decimal(300), { nil: null }),
          rpe: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
          notes: fc.option(fc.string({ minLength: 1, maxLength: 80 }), { nil: null }),
        })
        .map((s) => ({
          id: s.id,
          date: addDays(startDate, s.day),
          kind: s.kind,
          title: s.title,
          // Only a rest may go without minutes (or with 0); every other session needs more than 0.
          durationMin: s.kind === 'rest' && s.restWithoutDuration ? null : s.kind !== 'rest' && s.durationMin === 0 ? 1 : s.durationMin,
          distanceKm: s.kind === 'race' ? (s.distanceKm ?? 10) : s.distanceKm,
          rpe: s.rpe,
          notes: s.notes,
        }));
      const dismissal = fc.record({
        day: fc.integer({ min: 0, max: 7 * f.weeks - 1 }),
        ruleId: fc.constantFrom(...DERIVED_RULE_IDS),
      });
      return fc
        .tuple(
          fc.uniqueArray(session, { selector: (s) => s.id, maxLength: 12 }),
          fc.uniqueArray(dismissal, { selector: (d) => `${d.day} ${d.ruleId}`, maxLength: 4 }),
        )
        .map(([sessions, dismissals]) => ({
          athlete: a,
          plan: { name: planName, startDate, weeks: f.weeks, weekStartsOn: f.weekStartsOn, units },
          // Array sort is stable: a day's sessions keep their order, as reading keeps them.
          sessions: [...sessions].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)),
          dismissed: dismissals
            .map((d) => ({ date: addDays(startDate, d.day), ruleId: d.ruleId }))
            .sort((x, y) =>
              x.date !== y.date ? (x.date < y.date ? -1 : 1) : x.ruleId < y.ruleId ? -1 : x.ruleId > y.ruleId ? 1 : 0,
            ),
        }));
    });
}

describe('plan file bounds', () => {
  const base = {
    format: 'stride-plan',
    version: 1,
    athlete: { name: 'Maya', level: 'intermediate', runDaysPerWeek: 5 },
    plan: { name: 'Spring', startDate: '2027-03-01', weeks: 8, weekStartsOn: 'monday', units: 'km' },
    sessions: [] as object[],
  };

  it('refuses dates outside 1900–2200', () => {
    for (const startDate of ['0001-01-01', '9999-12-27', '1899-12-31']) {
      const r = parsePlanFile(JSON.stringify({ ...base, plan: { ...base.plan, startDate } }));
      expect(r.ok).toBe(false);
      expect(!r.ok && r.errors.join('\n')).toMatch(/plan\.startDate: .* is not a date between 1900 and 2200/);
    }
  });

  it('refuses a 0-minute tempo, keeps a rest without minutes', () => {
    const r = parsePlanFile(JSON.stringify({ ...base, sessions: [{ id: 'a', date: '2027-03-02', kind: 'tempo', durationMin: 0 }] }));
    expect(!r.ok && r.errors).toEqual(['sessions[0].durationMin: a tempo run needs a duration over 0 minutes']);
    const rest = parsePlanFile(JSON.stringify({ ...base, sessions: [{ id: 'a', date: '2027-03-02', kind: 'rest' }] }));
    expect(rest.ok).toBe(true);
  });

  it('refuses a 100,000-deep file with one sentence, and cuts long values', () => {
    const deep = `{"athlete":{"name":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    const r = parsePlanFile(deep);
    expect(!r.ok && r.errors).toEqual(['the file: nested more than 32 levels deep, which no Stride value is']);
    const long = parsePlanFile(JSON.stringify({ ...base, plan: { ...base.plan, weekStartsOn: 'x'.repeat(1_000_000) } }));
    expect(!long.ok && long.errors.join('\n').length).toBeLessThan(300);
  });
});
