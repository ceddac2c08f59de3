/** Athletes and plans: create, rename, settings, delete with an in-app confirmation; remembered across reloads. */
import { expect, test } from '@playwright/test';
import { call, openApp, uniqueName } from './app';

interface Athlete {
  id: number;
  name: string;
  level: string;
  runDaysPerWeek: number;
  easyPaceSecPerKm: number | null;
  fatigued: boolean;
  recoveryStyle: string;
  recentLongestRunKm: number | null;
  units: string;
}

test('an athlete is created with every setting, renamed, and deleted after confirming', async ({ page, request }) => {
  await openApp(page);
  const name = uniqueName('Sam');
  await page.getByRole('button', { name: '+ Athlete' }).click();
  const form = page.getByTestId('athlete-form');
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Level').selectOption('beginner');
  await form.getByLabel('Running days a week').selectOption('3');
  await form.getByLabel('Units').selectOption('mi');
  await form.getByLabel('Easy pace').fill('11:00'); // per mile
  await form.getByLabel('In weeks with two hard sessions').selectOption('run-and-rest');
  await form.getByLabel('Longest run in the last 30 days').fill('6');
  await form.getByLabel('Very sore').check();
  await form.getByRole('button', { name: 'Create athlete' }).click();
  await expect(form).toBeHidden();

  const stored = (await call<Athlete[]>(request, 'athletes.list', {})).find((a) => a.name === name)!;
  expect(stored).toMatchObject({
    level: 'beginner',
    runDaysPerWeek: 3,
    units: 'mi',
    easyPaceSecPerKm: 410, // 660 s per mile / 1.609344, rounded
    fatigued: true,
    recoveryStyle: 'run-and-rest',
  });
  expect(stored.recentLongestRunKm).toBeCloseTo(9.656, 3);

  // The edit form shows the pace back in miles; rename.
  await page.getByRole('button', { name: `Edit ${name}` }).click();
  await expect(form.getByLabel('Easy pace')).toHaveValue('11:00');
  const renamed = `${name} B`;
  await form.getByLabel('Name').fill(renamed);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: renamed, exact: true })).toBeVisible();

  // Delete: an in-app dialog; Cancel keeps the athlete, confirming deletes it.
  await page.getByRole('button', { name: `Edit ${renamed}` }).click();
  await form.getByRole('button', { name: 'Delete athlete…' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText(`${renamed} will be deleted`);
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await form.getByRole('button', { name: 'Delete athlete…' }).click();
  await confirm.getByRole('button', { name: 'Delete athlete' }).click();
  await expect(page.getByRole('button', { name: renamed, exact: true })).toHaveCount(0);
  expect((await call<Athlete[]>(request, 'athletes.list', {})).some((a) => a.id === stored.id)).toBe(false);
});

test('bad athlete values are named beside their fields', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: '+ Athlete' }).click();
  const form = page.getByTestId('athlete-form');
  await form.getByLabel('Easy pace').fill('5.40');
  await form.getByRole('button', { name: 'Create athlete' }).click();
  await expect(form).toContainText('Name: enter the athlete’s name');
  await expect(form).toContainText('Easy pace: min:sec per km');
  await expect(form).toBeVisible();
});

test('plans are created, renamed, remembered across a reload and deleted after confirming', async ({
  page,
  request,
}) => {
  await openApp(page);
  const athlete = uniqueName('Ana');
  await page.getByRole('button', { name: '+ Athlete' }).click();
  await page.getByTestId('athlete-form').getByLabel('Name').fill(athlete);
  await page.getByTestId('athlete-form').getByRole('button', { name: 'Create athlete' }).click();

  const form = page.getByTestId('plan-form');
  for (const [name, start] of [
    ['Base block', '2027-01-04'],
    ['Race block', '2027-03-06'], // a Saturday; weeks start on Sunday: snapped to 28 Feb
  ]) {
    await page.getByRole('button', { name: '+ Plan' }).click();
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Start date').fill(start);
    if (name === 'Race block') await form.getByLabel('Weeks start on').selectOption('sunday');
    await form.getByLabel('Weeks', { exact: true }).fill('6');
    await form.getByRole('button', { name: 'Create plan' }).click();
    await expect(page.getByTestId('plan-title')).toHaveText(name);
  }
  await expect(page.getByTestId('plan-dates')).toHaveText('Sun 28 Feb 2027 – Sat 10 Apr 2027');
  await expect(page.locator('.cal-head [role="columnheader"]').nth(1)).toHaveText('Sun');

  // Open the first plan, reload: it is still the one open.
  await page.getByRole('button', { name: /Base block/ }).click();
  await expect(page.getByTestId('plan-title')).toHaveText('Base block');
  await page.reload();
  await expect(page.getByTestId('plan-title')).toHaveText('Base block');

  // Rename it.
  await page.getByRole('button', { name: 'Edit plan' }).click();
  await form.getByLabel('Name').fill('Base block (revised)');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('plan-title')).toHaveText('Base block (revised)');

  // Delete it after confirming; the other plan opens.
  await page.getByRole('button', { name: 'Edit plan' }).click();
  await form.getByRole('button', { name: 'Delete plan…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete plan' }).click();
  await expect(page.getByTestId('plan-title')).toHaveText('Race block');
  const plans = await call<{ name: string }[]>(request, 'plans.list', {});
  expect(plans.some((p) => p.name === 'Base block (revised)')).toBe(false);
});
