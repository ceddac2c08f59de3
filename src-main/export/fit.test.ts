/** FIT workouts decoded back with Garmin's own Decoder: steps, durations, speed targets and repeats. */
import { Decoder, Stream } from '@garmin/fitsdk';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../src-shared/domain/plan-file';
import { athletePaces, predictRaceSec } from '../../src-shared/domain/paces';
import { parseStepsText } from '../../src-shared/domain/steps-text';
import type { StepItem } from '../../src-shared/domain/steps';
import { planDocumentOfFile } from '../cli/commands/export-ics';
import { fitFileName, fitSteps, mmPerSecond, planFitFiles, sessionFit, shortWorkoutName, zipFitFiles } from './fit';

interface Decoded {
  workout: { wktName: string; sport: string; numValidSteps: number };
  steps: Record<string, unknown>[];
}

function decode(bytes: Uint8Array): Decoded {
  const d = new Decoder(Stream.fromByteArray(Array.from(bytes)));
  expect(d.checkIntegrity()).toBe(true);
  const { messages, errors } = d.read();
  expect(errors).toEqual([]);
  expect((messages.fileIdMesgs as { type: string }[])[0].type).toBe('workout');
  return {
    workout: (messages.workoutMesgs as Decoded['workout'][])[0],
    steps: messages.workoutStepMesgs as Record<string, unknown>[],
  };
}

const steps = (text: string): StepItem[] => {
  const r = parseStepsText(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.steps;
};

const PLAN = {
  format: 'stride-plan',
  version: 2,
  athlete: { name: 'Maya', easyPaceSecPerKm: 340, recentRace: { distanceKm: 5, timeSec: 1196 } },
  plan: { name: 'Spring', startDate: '2027-03-01', weeks: 2 },
  sessions: [
    {
      id: 's1',
      date: '2027-03-02',
      kind: 'intervals',
      title: '6 x 800 m at interval pace',
      steps: steps('15min E, 6x(800m I, 2min jog), 10min E'),
    },
    { id: 's2', date: '2027-03-07', kind: 'long', durationMin: 90 },
    {
      id: 's3',
      date: '2027-03-10',
      kind: 'tempo',
      title: 'Cruise',
      steps: steps('2km wu, 3 x 10min T / 2min jog, 5x(1km @4:10-4:15, 90s rest), lap cd'),
    },
    { id: 's4', date: '2027-03-11', kind: 'strength', durationMin: 40 },
  ],
};

function doc() {
  const r = parsePlanFile(JSON.stringify(PLAN));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return planDocumentOfFile(r.data);
}

describe('FIT workouts', () => {
  it('gives one file per running session, coach and derived, named by date and full title', async () => {
    const files = await planFitFiles(doc());
    expect(files.map((f) => f.fileName)).toEqual([
      '2027-03-02 6 x 800 m at interval pace.fit',
      '2027-03-03 Recovery run.fit',
      '2027-03-07 Long run.fit',
      '2027-03-08 Recovery run.fit',
      '2027-03-10 Cruise.fit',
    ]);
    for (const f of files) expect(decode(f.bytes).workout.sport).toBe('running');
  });

  it('decodes back every step, duration, speed target and repeat', async () => {
    const d = doc();
    const p = athletePaces(d.athlete);
    const [intervals] = await planFitFiles(d, 1);
    const { workout, steps: got } = decode(intervals.bytes);
    expect(workout.wktName).toBe('6 x 800 m');
    expect(workout.wktName.length).toBeLessThanOrEqual(15);
    expect(workout.numValidSteps).toBe(5);
    expect(got.map((s) => [s.durationType, s.durationValue, s.intensity])).toEqual([
      ['time', 15 * 60_000, 'warmup'],
      ['distance', 80_000, 'active'],
      ['time', 120_000, 'recovery'],
      ['repeatUntilStepsCmplt', 1, undefined],
      ['time', 10 * 60_000, 'cooldown'],
    ]);
    expect(got[3].targetValue).toBe(6);
    // Interval pace ± 3 s/km as a speed band in mm/s, slow end low.
    expect(got[1]).toMatchObject({
      targetType: 'speed',
      customTargetValueLow: mmPerSecond(p.zones.I[1]),
      customTargetValueHigh: mmPerSecond(p.zones.I[0]),
    });
    expect(got[0]).toMatchObject({
      targetType: 'speed',
      customTargetValueLow: mmPerSecond(p.zones.E[1]),
      customTargetValueHigh: mmPerSecond(p.zones.E[0]),
    });
    // A jog without a target: recovery pace ± 15 s/km.
    expect(got[2]).toMatchObject({
      customTargetValueLow: mmPerSecond(p.recoverySecPerKm + 15),
      customTargetValueHigh: mmPerSecond(p.recoverySecPerKm - 15),
    });
  });

  it('repeats without brackets, pace ranges, rest and open steps', async () => {
    const files = await planFitFiles(doc(), 2);
    const cruise = files.find((f) => f.fileName.includes('Cruise'))!;
    const { steps: got } = decode(cruise.bytes);
    expect(got.map((s) => s.durationType)).toEqual([
      'distance',
      'time',
      'time',
      'repeatUntilStepsCmplt',
      'distance',
      'time',
      'repeatUntilStepsCmplt',
      'open',
    ]);
    expect(got[3]).toMatchObject({ durationValue: 1, targetValue: 3 });
    expect(got[6]).toMatchObject({ durationValue: 4, targetValue: 5 });
    expect(got[4]).toMatchObject({ customTargetValueLow: mmPerSecond(255), customTargetValueHigh: mmPerSecond(250) });
    expect(got[5]).toMatchObject({ intensity: 'rest', durationValue: 90_000, targetType: 'open' });
    expect(got[7]).toMatchObject({ intensity: 'cooldown', targetType: 'open' });
  });

  it('a session without steps is one open step at its kind’s target', async () => {
    const d = doc();
    const p = athletePaces(d.athlete);
    const files = await planFitFiles(d, 1);
    const long = decode(files.find((f) => f.fileName.includes('Long run'))!.bytes);
    expect(long.steps).toHaveLength(1);
    expect(long.steps[0]).toMatchObject({
      durationType: 'open',
      targetType: 'speed',
      customTargetValueLow: mmPerSecond(p.zones.E[1]),
    });
  });

  it('a race without steps aims at its predicted race pace (paces.md), not at marathon pace', async () => {
    const p = athletePaces({
      level: 'intermediate',
      easyPaceSecPerKm: null,
      recentRace: { distanceKm: 5, timeSec: 1196 },
    });
    const race = {
      origin: 'coach' as const,
      id: 'r',
      date: '2027-04-04',
      kind: 'race' as const,
      title: '5K',
      durationMin: null,
      distanceKm: 5,
      rpe: null,
      notes: null,
    };
    const pace = predictRaceSec(p.vdot, 5) / 5; // 19:56 over 5 km: 3:59 /km
    const [step] = decode(await sessionFit(race, p)).steps;
    expect(step).toMatchObject({
      durationType: 'open',
      targetType: 'speed',
      customTargetValueLow: mmPerSecond(pace + 3),
      customTargetValueHigh: mmPerSecond(pace - 3),
    });
    // A marathon's race pace is M.
    const [mara] = decode(await sessionFit({ ...race, distanceKm: 42.195 }, p)).steps;
    expect(mara).toMatchObject({
      customTargetValueLow: mmPerSecond(p.zones.M[1]),
      customTargetValueHigh: mmPerSecond(p.zones.M[0]),
    });
  });

  // The printed week and the calendar give a race the pace of the time the coach set (print-race-
  // pace.test.ts); the watch aimed at the predicted pace whatever the coach set, so an athlete
  // whose goal was 19:00 saw 3:59 /km on the watch and 3:48 /km on paper.
  it("a race whose time the coach set aims at that time's pace, as the printed week says", async () => {
    const p = athletePaces({
      level: 'intermediate',
      easyPaceSecPerKm: null,
      recentRace: { distanceKm: 5, timeSec: 1196 },
    });
    const race = {
      origin: 'coach' as const,
      id: 'r',
      date: '2027-04-04',
      kind: 'race' as const,
      title: '5K',
      durationMin: 19,
      distanceKm: 5,
      rpe: null,
      notes: null,
    };
    const [step] = decode(await sessionFit(race, p)).steps;
    // 19:00 over 5 km: 228 s/km, ± 3 s as every race pace band.
    expect(step).toMatchObject({ customTargetValueLow: mmPerSecond(231), customTargetValueHigh: mmPerSecond(225) });
  });

  it('zips a week or a plan', async () => {
    const files = await planFitFiles(doc());
    const zip = unzipSync(zipFitFiles(files));
    expect(Object.keys(zip).sort()).toEqual(files.map((f) => f.fileName).sort());
    expect(decode(zip[files[0].fileName]).steps).toHaveLength(5);
    expect(strFromU8(zip[files[0].fileName].slice(8, 12), true)).toBe('.FIT');
  });

  it('names and shortens', () => {
    expect(shortWorkoutName('Tempo run')).toBe('Tempo run');
    expect(shortWorkoutName('Progression long run with surges')).toBe('Progression');
    // A word that ends exactly at the 15th character is kept; a cut never leaves the watch a
    // dangling comma, semicolon or dash ("6 x 800 m," was shown before).
    expect(shortWorkoutName('Long run - easy pace')).toBe('Long run - easy');
    expect(shortWorkoutName('6 x 800 m, hard; fast really')).toBe('6 x 800 m');
    expect(shortWorkoutName('Recovery jog - 30 min')).toBe('Recovery jog');
    expect(shortWorkoutName('Threshold; then strides')).toBe('Threshold');
    expect(fitFileName({ date: '2027-03-02', kind: 'tempo', title: 'A/B: 3 x 10' })).toBe('2027-03-02 A B 3 x 10.fit');
    // Characters, not UTF-16 halves: an emoji is never cut in two (a watch would show "�").
    expect(shortWorkoutName('Tempo 🏃🏃🏃🏃🏃🏃')).toBe('Tempo 🏃🏃🏃🏃🏃🏃');
    expect(shortWorkoutName('🏃'.repeat(20))).toBe('🏃'.repeat(15));
    expect(fitFileName({ date: '2027-03-02', kind: 'tempo', title: `x${'🏃'.repeat(100)}` })).toBe(
      `2027-03-02 x${'🏃'.repeat(79)}.fit`,
    );
    expect(fitSteps([], athletePaces({ level: 'intermediate', easyPaceSecPerKm: null }))).toEqual([]);
  });
});
