/**
 * Issue #3's journey: the rules answer the coach's drops at once, follow the athlete's settings,
 * remember a dismissal across a reload, and flag two hard days in a row.
 */
import { expect, test } from '@playwright/test';
import { call, day, openApp, paletteItem, seedPlan } from './app';

test('intervals on Tuesday bring a recovery run on Wednesday; 3 running days make it rest; dismissed it stays gone', async ({
  page,
  request,
}) => {
  const { athleteId } = await seedPlan(page, request);
  const athlete = (await call<Array<{ id: number; name: string }>>(request, 'athletes.list', {})).find((a) => a.id === athleteId)!;
  await openApp(page);

  // Drop intervals on Tuesday 2 March: Wednesday shows the recovery run, with its reason.
  await paletteItem(page, 'intervals').dragTo(day(page, '2027-03-02'));
  const derived = day(page, '2027-03-03').locator('[data-origin="rule"]');
  await expect(derived).toHaveCount(1);
  await expect(derived).toHaveAttribute('data-kind', 'recovery');
  await expect(derived).toHaveAttribute('data-rule-id', 'recovery-after-hard');
  await expect(derived).toHaveAttribute('title', /Recovery run the day after Tuesday's intervals/);

  // The athlete can only run 3 days a week: the same day becomes a rest day, at once.
  await page.getByRole('button', { name: `Edit ${athlete.name}` }).click();
  const form = page.getByTestId('athlete-form');
  await form.getByLabel('Running days a week').selectOption('3');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(derived).toHaveAttribute('data-kind', 'rest');
  await expect(derived).toHaveAttribute('data-rule-id', 'rest-low-frequency');

  // Dismiss it: the day is open again, also after a reload.
  await derived.click();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(day(page, '2027-03-03').locator('[data-origin="rule"]')).toHaveCount(0);
  await page.reload();
  await expect(day(page, '2027-03-02').locator('[data-origin="coach"][data-kind="intervals"]')).toHaveCount(1);
  await expect(day(page, '2027-03-03').locator('[data-origin="rule"]')).toHaveCount(0);
});

test('two hard days in a row carry a back-to-back warning on both days', async ({ page, request }) => {
  await seedPlan(page, request);
  await openApp(page);
  await paletteItem(page, 'tempo').dragTo(day(page, '2027-03-11'));
  await paletteItem(page, 'hills').dragTo(day(page, '2027-03-12'));
  for (const date of ['2027-03-11', '2027-03-12']) {
    const marker = day(page, date).locator('[data-rule-id="back-to-back-hard"]').first();
    await expect(marker).toBeVisible();
    await expect(marker).toHaveAttribute('title', /consecutive days/);
  }
});
