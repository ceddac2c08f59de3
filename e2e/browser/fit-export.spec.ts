/**
 * FIT workouts for the athlete's watch (issue 11, workouts.md): a session's .fit from the
 * inspector, and a week's and the whole plan's .zip from the Export menu, each file decoded here
 * with Garmin's own Decoder: the steps, their durations, the speed targets and the repeat counts.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Download } from '@playwright/test';
import { unzipSync } from 'fflate';
import { call, coachCards, openApp, seedPlan } from './app';

type Step = Record<string, unknown>;

/** The SDK is ESM only: loaded at run time. */
async function decode(bytes: Uint8Array): Promise<{ name: string; steps: Step[] }> {
  const { Decoder, Stream } = await import('@garmin/fitsdk');
  const d = new Decoder(Stream.fromByteArray(Array.from(bytes)));
  expect(d.checkIntegrity()).toBe(true);
  const { messages, errors } = d.read();
  expect(errors).toEqual([]);
  expect((messages.fileIdMesgs as { type: string }[])[0].type).toBe('workout');
  const workout = (messages.workoutMesgs as { wktName: string; sport: string }[])[0];
  expect(workout.sport).toBe('running');
  return { name: workout.wktName, steps: messages.workoutStepMesgs as Step[] };
}

const bytesOf = async (d: Download) => new Uint8Array(readFileSync((await d.path())!));
/** A pace in s/km as the file stores a speed: mm/s. */
const mmPerSec = (secPerKm: number) => 1_000_000 / secPerKm;

/** A speed band: its low end the slow pace, its high end the fast one, each within a second (the table rounds). */
function expectBand(step: Step, slowSecPerKm: number, fastSecPerKm: number) {
  const low = Number(step.customTargetValueLow);
  const high = Number(step.customTargetValueHigh);
  expect(low).toBeGreaterThanOrEqual(mmPerSec(slowSecPerKm + 1));
  expect(low).toBeLessThanOrEqual(mmPerSec(slowSecPerKm - 1));
  expect(high).toBeGreaterThanOrEqual(mmPerSec(fastSecPerKm + 1));
  expect(high).toBeLessThanOrEqual(mmPerSec(fastSecPerKm - 1));
}

test('a session’s .fit from the inspector and the week’s and plan’s .zip from the Export menu decode to the steps', async ({
  page,
  request,
}) => {
  // VDOT 50 (a 5K in 19:56): I is 3:52–3:58 /km, T 4:12–4:18 /km (paces.md).
  const { planId } = await seedPlan(page, request, { athlete: { recentRace: { distanceKm: 5, timeSec: 1196 } } });
  await call(request, 'sessions.add', {
    planId,
    id: 'int',
    date: '2027-03-02',
    kind: 'intervals',
    title: '6 x 800 m at interval pace',
    steps: [
      { type: 'warmup', durationMin: 15, target: 'E' },
      {
        repeat: 6,
        steps: [
          { type: 'run', distanceKm: 0.8, target: 'I' },
          { type: 'recover', durationMin: 2 },
        ],
      },
      { type: 'cooldown', durationMin: 10, target: 'E' },
    ],
  });
  await call(request, 'sessions.add', {
    planId,
    id: 'tempo',
    date: '2027-03-11',
    kind: 'tempo',
    title: 'Cruise',
    steps: [{ type: 'run', durationMin: 20, target: 'T' }, { type: 'cooldown' }],
  });
  await openApp(page);

  // From the inspector: one session's file.
  await coachCards(page, '2027-03-02').click();
  const [one] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-session-fit').click()]);
  expect(one.suggestedFilename()).toBe('2027-03-02 6 x 800 m at interval pace.fit');
  const fit = await decode(await bytesOf(one));
  expect(fit.name.length).toBeLessThanOrEqual(15);
  expect(fit.steps.map((s) => [s.durationType, s.durationValue, s.intensity])).toEqual([
    ['time', 15 * 60_000, 'warmup'],
    ['distance', 800 * 100, 'active'],
    ['time', 2 * 60_000, 'recovery'],
    ['repeatUntilStepsCmplt', 1, undefined],
    ['time', 10 * 60_000, 'cooldown'],
  ]);
  // The repeat goes back to step 1, six times; I is a speed band around 3:52–3:58 /km, slow end low.
  expect(fit.steps[3].targetValue).toBe(6);
  expect(fit.steps[1].targetType).toBe('speed');
  expectBand(fit.steps[1], 3 * 60 + 58, 3 * 60 + 52);

  // From the Export menu: week 1 (today is outside the plan) and the whole plan, as .zip files.
  const exportMenu = page.getByRole('button', { name: 'Export', exact: true });
  await exportMenu.click();
  const [week] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-fit-week').click()]);
  expect(week.suggestedFilename()).toMatch(/\.zip$/);
  const weekFiles = unzipSync(await bytesOf(week));
  expect(Object.keys(weekFiles)).toContain('2027-03-02 6 x 800 m at interval pace.fit');
  expect(Object.keys(weekFiles).every((n) => n.startsWith('2027-03-0'))).toBe(true);
  expect(Object.keys(weekFiles)).not.toContain('2027-03-11 Cruise.fit');

  await exportMenu.click();
  const [plan] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-fit-plan').click()]);
  const planFiles = unzipSync(await bytesOf(plan));
  expect(Object.keys(planFiles)).toEqual(
    expect.arrayContaining(['2027-03-02 6 x 800 m at interval pace.fit', '2027-03-11 Cruise.fit']),
  );
  for (const bytes of Object.values(planFiles)) await decode(bytes);
  const cruise = await decode(planFiles['2027-03-11 Cruise.fit']);
  // 20 min at T (4:12–4:18 /km as a speed band), then a cool-down until the lap button.
  expect(cruise.steps.map((s) => [s.durationType, s.durationValue ?? null])).toEqual([
    ['time', 20 * 60_000],
    ['open', null],
  ]);
  expectBand(cruise.steps[0], 4 * 60 + 18, 4 * 60 + 12);
});
