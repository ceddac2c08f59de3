/** Printing for the athlete and exporting the plan as a PDF, from the plan's toolbar. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { call, openApp, seedPlan } from './app';

test('Print week opens the athlete schedule of the week in view, a page for that week, and prints it', async ({
  page,
  request,
  context,
}) => {
  const { planId } = await seedPlan(page, request);
  await call(request, 'sessions.add', {
    planId, date: '2027-03-02', kind: 'intervals', title: '6 x 800 m', notes: '2 min jog between',
  });
  await call(request, 'sessions.add', { planId, date: '2027-03-07', kind: 'long', title: 'Long run by the river' });
  // Headless Chromium has no print dialog: record the call instead.
  await context.addInitScript(() => {
    window.print = () => void (document.body.dataset.printed = 'yes');
  });
  await openApp(page);
  const printWeek = page.getByTestId('print-week');
  await expect(printWeek).toHaveText(/Print week 1/);
  const [printPage] = await Promise.all([context.waitForEvent('page'), printWeek.click()]);
  await printPage.waitForLoadState();
  await expect(printPage.locator('body')).toHaveAttribute('data-print-ready', 'true', { timeout: 20_000 });
  await expect(printPage.locator('body')).toHaveAttribute('data-printed', 'yes');
  expect(printPage.url()).toContain('view=weeks');
  expect(printPage.url()).toContain('week=1');
  const text = await printPage.locator('body').innerText();
  for (const expected of ['Monday', 'Sunday', '6 x 800 m', '2 min jog between', 'Long run by the river', 'Recovery run']) {
    expect(text).toContain(expected);
  }
  await printPage.close();
});

test('Export PDF downloads the plan as a PDF', async ({ page, request }) => {
  const { planId } = await seedPlan(page, request);
  await call(request, 'sessions.add', { planId, date: '2027-03-02', kind: 'tempo', title: 'Cruise intervals' });
  await openApp(page);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-pdf').click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const file = await download.path();
  expect(readFileSync(file!).subarray(0, 5).toString()).toBe('%PDF-');
});
