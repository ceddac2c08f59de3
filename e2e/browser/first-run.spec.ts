/**
 * A first-time coach: the empty window says what Stride is for and offers "Add your first athlete"
 * and "Open a sample plan" (a 12-week half-marathon plan with recovery runs, warnings and a chart,
 * marked as a sample and removable). The store is shared by the run, so the first lists are
 * answered empty, as a fresh store would.
 */
import { expect, test, type Page } from '@playwright/test';
import { appUrl } from './app';

async function openAsFirstRun(page: Page): Promise<void> {
  for (const method of ['athletes.list', 'plans.list']) {
    let first = true;
    await page.route(`**/api/${method}`, async (route) => {
      if (!first) return route.continue();
      first = false;
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value: [] }) });
    });
  }
  await page.goto(appUrl());
  await expect(page.getByRole('heading', { name: 'Welcome to Stride' })).toBeVisible();
}

test('the empty window offers a first athlete', async ({ page }) => {
  await openAsFirstRun(page);
  // No plan, nothing to inspect: no empty inspector column beside the welcome.
  await expect(page.locator('.right-col')).toHaveCount(0);
  await page.screenshot({ path: 'reports/screenshots/first-run.png' });
  await page.getByRole('button', { name: 'Add your first athlete' }).click();
  const form = page.getByTestId('athlete-form');
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Name')).toBeFocused();
  await form.getByRole('button', { name: 'Cancel' }).click();
});

test('the sample plan opens with recovery runs, warnings and a chart, and is removed in one click', async ({
  page,
}) => {
  await openAsFirstRun(page);
  await page.getByRole('button', { name: 'Open a sample plan' }).click();
  await expect(page.getByTestId('plan-title')).toHaveText('Half marathon in 12 weeks (sample)');
  await expect(page.getByTestId('sample-banner')).toBeVisible();
  await expect(page.locator('.calendar [data-week]')).toHaveCount(12);
  await expect(page.locator('.calendar [data-origin="rule"][data-kind="recovery"]').first()).toBeAttached();
  expect(await page.locator('.calendar .marker.warning').count()).toBeGreaterThan(0);
  await expect(page.locator('.load-chart-slot canvas, .load-chart-slot table').first()).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'reports/screenshots/sample-plan.png' });

  await page.getByRole('button', { name: 'Remove sample' }).click();
  await expect(page.getByTestId('sample-banner')).toHaveCount(0);
  await expect(page.locator('.athletes').getByText('Alex Rivera (sample)')).toHaveCount(0);
});
