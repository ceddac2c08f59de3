/** The plan file's `library` (format 2) and the library file of `stride library export|import`. */
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../rules/evaluate-plan';
import { libraryFileText, parseLibraryFile } from './library-file';
import { parsePlanFile, planFileText, type PlanFileData } from './plan-file';
import type { FileWorkout } from './plan-file-library';

const cruise: FileWorkout = {
  id: '7',
  kind: 'tempo',
  title: 'Cruise 3 x 10 min',
  durationMin: 55,
  distanceKm: null,
  rpe: 7,
  notes: '2 min jog between',
  steps: [{ type: 'warmup', durationMin: 15 }, { repeat: 3, steps: [{ type: 'run', durationMin: 10, target: 'T' }] }],
};
const shakeout: FileWorkout = { id: '9', kind: 'easy', title: 'Shakeout', durationMin: null, distanceKm: 5, rpe: null, notes: null, steps: null };

const DATA: PlanFileData = {
  athlete: { name: 'Maya Ortiz', level: 'intermediate', runDaysPerWeek: 5, easyPaceSecPerKm: 340, fatigued: false, recoveryStyle: 'runs', recentLongestRunKm: null },
  plan: { name: 'Spring 10K', startDate: '2027-03-01', weeks: 2, weekStartsOn: 'monday', units: 'km' },
  sessions: [{ id: 's1', date: '2027-03-02', kind: 'easy', title: null, durationMin: 40, distanceKm: null, rpe: null, notes: null }],
  dismissed: [],
  library: [cruise, shakeout],
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (text: string): Record<string, any> => JSON.parse(text);
const v1 = json(planFileText({ ...DATA, library: undefined }, null));
v1.version = 1;

function errorsOf(library: unknown): string[] {
  const r = parsePlanFile(JSON.stringify({ ...v1, version: 2, library }));
  if (r.ok) throw new Error('expected a refusal');
  return r.errors;
}

describe("the plan file's library", () => {
  it('is written with empty fields left out, and reads back the same (with and without the rules applied)', () => {
    for (const text of [planFileText(DATA, null), planFileText(DATA, evaluatePlan(DATA))]) {
      const file = json(text);
      expect(file.library).toEqual([
        { id: '7', kind: 'tempo', title: 'Cruise 3 x 10 min', durationMin: 55, rpe: 7, notes: '2 min jog between', steps: cruise.steps },
        { id: '9', kind: 'easy', title: 'Shakeout', distanceKm: 5 },
      ]);
      const back = parsePlanFile(text);
      expect(back.ok && back.data.library).toEqual([cruise, shakeout]);
      expect(back.ok && back.notices).toEqual([]);
    }
  });

  it('is left out when empty, and a version 1 file (without one) still reads', () => {
    expect(json(planFileText({ ...DATA, library: [] }, null))).not.toHaveProperty('library');
    const r = parsePlanFile(JSON.stringify(v1));
    expect(r.ok).toBe(true);
    expect(r.ok && r.data.library).toBeUndefined();
    expect(r.ok && r.data.sessions).toEqual(DATA.sessions);
  });

  it('takes a whole-number id as text, and titles trimmed', () => {
    const r = parsePlanFile(JSON.stringify({ ...v1, library: [{ id: 12, kind: 'long', title: ' Long 90 ', durationMin: 90 }] }));
    expect(r.ok && r.data.library).toEqual([
      { id: '12', kind: 'long', title: 'Long 90', durationMin: 90, distanceKm: null, rpe: null, notes: null, steps: null },
    ]);
  });

  it('names every problem with its path; the whole file is refused', () => {
    expect(errorsOf({ id: 'w' })).toEqual(['library: {"id":"w"} is not a list of workouts']);
    expect(
      errorsOf([
        { id: 'a', kind: 'easy', title: 'Easy' },
        { id: 'a', kind: 'jog', title: 'Jog', rpe: 11 },
        { id: 'c', kind: 'easy', durationMin: 1440.5, steps: [{ type: 'run', durationMin: 5, distanceKm: 1 }] },
        'tempo',
      ]),
    ).toEqual([
      'library[1].kind: "jog" is not one of the session kinds (easy, recovery, long, tempo, intervals, hills, fartlek, race, cross, strength, rest)',
      'library[1].rpe: 11 is not a whole number from 1 to 10',
      'library[2].title: missing, but required (a title of 1 to 200 characters)',
      'library[2].durationMin: 1440.5 is not a number from 0 to 1,440',
      'library[2].steps[0]: a step has a time or a distance, not both',
      'library[3]: "tempo" is not a workout (a JSON object)',
    ]);
    expect(errorsOf([{ id: 'a', kind: 'easy', title: 'A' }, { id: 'a', kind: 'easy', title: 'B' }])).toEqual([
      'library[1].id: "a" is used by library[0] too',
    ]);
    expect(errorsOf(Array.from({ length: 2001 }, (_, i) => ({ id: `w${i}`, kind: 'easy', title: `W${i}` })))).toEqual([
      'library: 2001 workouts; a file carries at most 2000',
    ]);
  });

  it('reports an unknown field of a workout as a notice, not an error', () => {
    const r = parsePlanFile(JSON.stringify({ ...v1, library: [{ id: 'a', kind: 'easy', title: 'A', colour: 'red' }] }));
    expect(r.ok && r.notices).toEqual(['notice: library[0].colour is not a Stride field and was ignored']);
  });
});

describe('the library file', () => {
  it('round-trips the library', () => {
    const text = libraryFileText([cruise, shakeout]);
    expect(json(text)).toMatchObject({ format: 'stride-library', version: 1 });
    expect(parseLibraryFile(text)).toEqual({ ok: true, library: [cruise, shakeout], notices: [] });
  });

  it("takes a plan file's library (and only that)", () => {
    expect(parseLibraryFile(planFileText(DATA, null))).toEqual({ ok: true, library: [cruise, shakeout], notices: [] });
    expect(parseLibraryFile(JSON.stringify(v1))).toEqual({ ok: true, library: [], notices: [] });
  });

  it('refuses what is not a library, saying what is wrong', () => {
    expect(parseLibraryFile('')).toEqual({ ok: false, errors: ['the file is empty, not a Stride library (JSON)'] });
    expect(parseLibraryFile('{"format":"stride-library","version":3,"library":[]}')).toEqual({
      ok: false,
      errors: ['version: 3 is not supported (this Stride reads library files of version 1)'],
    });
    expect(parseLibraryFile('{"format":"stride-library","version":1}')).toEqual({
      ok: false,
      errors: ['library: missing, but required (a list of workouts, which may be empty: [])'],
    });
    expect(parseLibraryFile('[1]')).toMatchObject({ ok: false, errors: ['the file holds [1], not a Stride library (a JSON object)'] });
    expect(parseLibraryFile('{"library": [')).toMatchObject({ ok: false });
  });
});
