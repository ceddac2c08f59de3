/** Bad values are shown beside their field and never saved; main's own refusals are shown too. */
import { expect, test } from '@playwright/test';
import { call, coachCards, day, openApp, seedPlan } from './app';

test('RPE 12 and a negative duration are refused inline and not saved', async ({ page, request }) => {
  const { planId } = await seedPlan(page, request);
  await call(request, 'sessions.add', { planId, id: 's-valid-1', date: '2027-03-09', kind: 'tempo' });
  await openApp(page);

  const card = coachCards(page, '2027-03-09');
  await card.click();
  const rpe = page.locator('#ins-rpe');
  const duration = page.locator('#ins-duration');
  await expect(duration).toHaveValue('50');

  await rpe.fill('12');
  await rpe.press('Tab');
  await expect(page.getByText('RPE: a whole number from 1 to 10')).toBeVisible();
  await expect(rpe).toHaveAttribute('aria-invalid', 'true');

  await duration.fill('-20');
  await duration.press('Enter');
  await expect(page.getByText('Duration: cannot be negative')).toBeVisible();
  await expect(duration).toHaveAttribute('aria-invalid', 'true');
  // The card still shows what is saved.
  await expect(card).toContainText('50 min');
  await expect(card).toContainText('RPE 7');

  // Neither reached main…
  const doc = await call<{ sessions: { durationMin: number; rpe: number | null }[] }>(request, 'plans.get', {
    id: planId,
  });
  expect(doc.sessions[0]).toMatchObject({ durationMin: 50, rpe: null });
  // …and a reload shows the saved values.
  await page.reload();
  await coachCards(page, '2027-03-09').click();
  await expect(page.locator('#ins-duration')).toHaveValue('50');
  await expect(page.locator('#ins-rpe')).toHaveValue('');
  await expect(page.locator('#ins-rpe')).toHaveAttribute('placeholder', '7');

  // A good value after a bad one is saved, and the message goes.
  await page.locator('#ins-rpe').fill('12');
  await page.locator('#ins-rpe').press('Enter');
  await expect(page.getByText('RPE: a whole number from 1 to 10')).toBeVisible();
  await page.locator('#ins-rpe').fill('6');
  await page.locator('#ins-rpe').press('Enter');
  await expect(page.getByText('RPE: a whole number from 1 to 10')).toBeHidden();
  await expect(coachCards(page, '2027-03-09')).toContainText('RPE 6');
  await expect
    .poll(
      async () => (await call<{ sessions: { rpe: number }[] }>(request, 'plans.get', { id: planId })).sessions[0].rpe,
    )
    .toBe(6);
});

test('a race without a distance is refused beside the distance field', async ({ page, request }) => {
  const { planId } = await seedPlan(page, request);
  await call(request, 'sessions.add', { planId, id: 's-race-1', date: '2027-03-14', kind: 'race' });
  await openApp(page);
  await coachCards(page, '2027-03-14').click();
  const distance = page.locator('#ins-distance');
  await expect(distance).toHaveValue('10');
  await distance.fill('');
  await distance.press('Enter');
  await expect(page.getByText('A race needs a distance: enter how far it is under Distance')).toBeVisible();
  const doc = await call<{ sessions: { distanceKm: number }[] }>(request, 'plans.get', { id: planId });
  expect(doc.sessions[0].distanceKm).toBe(10);
});

test("main's refusal is shown: a plan cannot be shortened past its sessions", async ({ page, request }) => {
  const { planId } = await seedPlan(page, request);
  await call(request, 'sessions.add', { planId, date: '2027-05-18', kind: 'long' }); // week 12
  await openApp(page);
  await expect(day(page, '2027-05-18').locator('[data-origin="coach"]')).toHaveCount(1);

  await page.getByRole('button', { name: 'Edit plan' }).click();
  const form = page.getByTestId('plan-form');
  await form.getByLabel('Weeks', { exact: true }).fill('8');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toContainText('Long run on Tue 18 May would fall outside the plan (Mon 1 Mar to Sun 25 Apr)');
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.calendar [data-week]')).toHaveCount(12);
});
