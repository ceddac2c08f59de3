/** Forms that do not lose what was typed, and whose messages follow what is on screen. */
import { expect, test } from '@playwright/test';
import { call, openApp, seedPlan } from './app';

test('Escape on a changed New athlete form asks before discarding; unchanged it just closes', async ({
  page,
  request,
}) => {
  await seedPlan(page, request);
  await openApp(page);
  await page.getByRole('button', { name: '+ Athlete' }).click();
  const form = page.getByTestId('athlete-form');
  await expect(form).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);

  await page.getByRole('button', { name: '+ Athlete' }).click();
  await form.getByLabel('Name').fill('Priya Raman');
  await page.keyboard.press('Escape');
  const ask = page.getByTestId('confirm-dialog');
  await expect(ask).toContainText('Discard your changes?');
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toHaveCount(0);
  await expect(form.getByLabel('Name')).toHaveValue('Priya Raman');
  await page.keyboard.press('Escape');
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Discard' }).click();
  await expect(form).toHaveCount(0);
});

test('an error about a pace per km follows a switch to miles, and "16." is a distance', async ({ page, request }) => {
  await seedPlan(page, request);
  await openApp(page);
  await page.getByRole('button', { name: '+ Athlete' }).click();
  const form = page.getByTestId('athlete-form');
  await form.getByLabel('Name').fill('Sam Okafor');
  await form.getByLabel(/Easy pace/).fill('20:00');
  await form.getByLabel(/Longest run/).fill('16.');
  await form.getByRole('button', { name: 'Create athlete' }).click();
  await expect(form).toContainText('per km');
  await form.getByLabel('Units').selectOption('mi');
  await expect(form).not.toContainText('per km');
  await expect(form).toContainText('per mi');
  await expect(form).not.toContainText('Longest recent run:');
  await form.getByLabel(/Easy pace/).fill('9:00');
  await form.getByRole('button', { name: 'Create athlete' }).click();
  await expect(form).toHaveCount(0);
});

test('changing an Intervals session to Rest asks, then clears its workout and notes', async ({ page, request }) => {
  const { planId } = await seedPlan(page, request);
  await call(request, 'sessions.add', {
    planId,
    date: '2027-03-02',
    kind: 'intervals',
    title: '6×800 m @ 5K pace, 2 min jog',
    notes: 'On the track',
  });
  await openApp(page);
  await page.locator('.calendar [data-date="2027-03-02"] [data-origin="coach"]').click();
  const kind = page.locator('#ins-kind');
  await kind.selectOption('rest');
  const ask = page.getByTestId('confirm-dialog');
  await expect(ask).toContainText('the title "6×800 m @ 5K pace, 2 min jog" and the notes will be cleared');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(kind).toHaveValue('intervals');
  await expect(page.locator('#ins-title')).toHaveValue('6×800 m @ 5K pace, 2 min jog');

  await kind.selectOption('rest');
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Make it rest' }).click();
  await expect(page.locator('.calendar [data-date="2027-03-02"] [data-origin="coach"]')).toHaveAttribute(
    'data-kind',
    'rest',
  );
  await expect(page.locator('#ins-title')).toHaveValue('');
  await expect(page.locator('.inspector textarea')).toHaveValue('');
  await expect
    .poll(
      async () =>
        (
          await call<{ sessions: { title: string | null; notes: string | null }[] }>(request, 'plans.get', {
            id: planId,
          })
        ).sessions[0],
    )
    .toMatchObject({ title: null, notes: null });
});
