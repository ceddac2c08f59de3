/**
 * A repeat's count in the steps list (workouts.md: a repeat runs 2–50 times). A count out of
 * range used to change under the coach's hands without a word (1 became 2, 80 became 50, and was
 * saved): now it is refused beside the field in a sentence, what they typed stays shown, and
 * nothing is saved until the count is one a repeat can run.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { call, coachCards, openApp, seedPlan } from './app';

async function storedRepeat(request: APIRequestContext, planId: number): Promise<unknown> {
  const doc = await call<{ sessions: { id: string; steps?: { repeat?: number }[] }[] }>(request, 'plans.get', {
    id: planId,
  });
  return doc.sessions.find((s) => s.id === 'reps')?.steps?.[1]?.repeat;
}

test('a repeat count out of range is refused beside the field, as typed, and nothing is saved', async ({
  page,
  request,
}) => {
  const { planId } = await seedPlan(page, request);
  await call(request, 'sessions.add', { planId, id: 'reps', date: '2027-03-09', kind: 'intervals' });
  await call(request, 'sessions.update', {
    planId,
    id: 'reps',
    steps: [
      { type: 'warmup', durationMin: 15, target: 'E' },
      {
        repeat: 6,
        steps: [
          { type: 'run', distanceKm: 0.8, target: 'I' },
          { type: 'recover', durationMin: 2 },
        ],
      },
    ],
  });
  await openApp(page);
  await coachCards(page, '2027-03-09').click();
  const editor = page.getByTestId('steps-editor');
  const count = editor.getByRole('spinbutton', { name: 'Repeats' });
  await expect(count).toHaveValue('6');

  await count.fill('80');
  await count.press('Enter');
  const refusal = editor.getByRole('alert');
  await expect(refusal).toHaveText('A repeat runs 2 to 50 times; 80 is more than that');
  // What the coach typed stays, marked and tied to the sentence; the stored count is still 6.
  await expect(count).toHaveValue('80');
  await expect(count).toHaveAttribute('aria-invalid', 'true');
  await expect(count).toHaveAccessibleDescription('A repeat runs 2 to 50 times; 80 is more than that');
  await expect(editor.getByTestId('steps-text')).toHaveValue('15min E, 6x(800m I, 2min jog)');
  expect(await storedRepeat(request, planId)).toBe(6);

  await count.fill('1');
  await count.press('Enter');
  await expect(refusal).toHaveText('A repeat runs 2 to 50 times; 1 is fewer than that');
  await expect(count).toHaveValue('1');
  expect(await storedRepeat(request, planId)).toBe(6);

  await count.fill('');
  await count.press('Enter');
  await expect(refusal).toHaveText('A repeat runs 2 to 50 times: give it a count');
  expect(await storedRepeat(request, planId)).toBe(6);

  // A count a repeat can run is saved, and the sentence goes.
  await count.fill('8');
  await count.press('Enter');
  await expect(editor.getByTestId('steps-text')).toHaveValue('15min E, 8x(800m I, 2min jog)');
  await expect(refusal).toHaveCount(0);
  await expect(count).not.toHaveAttribute('aria-invalid', 'true');
  await expect.poll(() => storedRepeat(request, planId)).toBe(8);
});
