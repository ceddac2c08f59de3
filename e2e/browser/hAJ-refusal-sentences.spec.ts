/**
 * A refused session edit reads as a sentence a coach understands, naming what is wrong and what
 * would do, wherever it is caught (the inspector's own check, the shared edit rules in this
 * window, main) and wherever it is shown (beside the field, or in the banner). Before:
 * - a race's distance cleared in the inspector read "Distance: a race needs a distance", and the
 *   same refusal from the shared rules (main, the preview) "distanceKm: a race needs a distance";
 * - a library race without a distance placed on a day was refused without a word: the new
 *   session was selected, so the banner left the refusal to the inspector, which had no session
 *   to show it beside;
 * - Add step or Add repeat on a workout of 100 steps did nothing, without a word.
 */
import { expect, test } from '@playwright/test';
import { call, coachCards, day, openApp, seedPlan, uniqueName } from './app';

const RACE = 'A race needs a distance: enter how far it is under Distance';

test('a race whose distance is cleared in the inspector is refused in a sentence beside Distance', async ({
  page,
  request,
}) => {
  const { planId } = await seedPlan(page, request);
  await call(request, 'sessions.add', { planId, id: 'race', date: '2027-03-14', kind: 'race', distanceKm: 10 });
  await openApp(page);
  await coachCards(page, '2027-03-14').click();
  const distance = page.locator('#ins-distance');
  await distance.fill('');
  await distance.press('Enter');
  await expect(distance).toHaveAccessibleDescription(RACE);
  await distance.fill('0');
  await distance.press('Enter');
  await expect(distance).toHaveAccessibleDescription(RACE);
  const doc = await call<{ sessions: { distanceKm: number }[] }>(request, 'plans.get', { id: planId });
  expect(doc.sessions[0].distanceKm).toBe(10);
});

test('a library race without a distance placed on a day is refused in the banner in the same sentence', async ({
  page,
  request,
}) => {
  await seedPlan(page, request);
  // A workout another Stride, a plan file or a command saved without one (the contract lets the library keep it).
  const title = uniqueName('Club race');
  await call(request, 'library.save', { kind: 'race', title, durationMin: 40 });
  await openApp(page);
  await page.locator('.palette [data-library-id]', { hasText: title }).dragTo(day(page, '2027-03-14'));
  await expect(page.locator('.banner[role="alert"] p')).toHaveText(RACE);
  await expect(coachCards(page, '2027-03-14')).toHaveCount(0);
});

test('a step past the hundredth is refused in a sentence beside the steps, not a field path', async ({
  page,
  request,
}) => {
  const { planId } = await seedPlan(page, request);
  await call(request, 'sessions.add', { planId, id: 'long', date: '2027-03-10', kind: 'intervals' });
  const steps = Array.from({ length: 100 }, () => ({ type: 'run', durationMin: 1 }));
  await call(request, 'sessions.update', { planId, id: 'long', steps, durationMin: null });
  await openApp(page);
  await coachCards(page, '2027-03-10').click();
  const editor = page.getByTestId('steps-editor');
  await expect(editor.locator('[data-step-item]')).toHaveCount(100);

  const sentence =
    'A session holds at most 100 steps and repeats: remove one, or put steps in a repeat, before adding another';
  await editor.getByTestId('add-step').click();
  await expect(editor.getByRole('alert')).toHaveText(sentence);
  await expect(page.locator('.banner[role="alert"]')).toHaveCount(0);
  await editor.getByTestId('add-repeat').click();
  await expect(editor.getByRole('alert')).toHaveText(sentence);
  await expect(editor.locator('[data-step-item]')).toHaveCount(100);

  // One removed, Add step adds again and the sentence goes.
  await editor.getByRole('button', { name: 'Remove step 100' }).click();
  await expect(editor.locator('[data-step-item]')).toHaveCount(99);
  await editor.getByTestId('add-step').click();
  await expect(editor.locator('[data-step-item]')).toHaveCount(100);
  await expect(editor.getByRole('alert')).toHaveCount(0);
});
