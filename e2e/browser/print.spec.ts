/** Printing for the athlete and exporting the plan as a PDF, from the plan's toolbar. */
import { execFileSync } from 'node:child_process';
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
  await page.getByTestId('print-menu').click();
  const printWeek = page.getByRole('menuitem', { name: /Week 1 for the athlete/ });
  await expect(printWeek).toBeFocused();
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
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('menuitem', { name: /PDF of the plan/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const file = await download.path();
  expect(readFileSync(file!).subarray(0, 5).toString()).toBe('%PDF-');
  // A4 landscape unless the coach picks Letter.
  expect(execFileSync('pdfinfo', [file!], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.9\d* x 594\.9\d* pts \(A4\)/);
});

test('the Print menu works from the keyboard, and the paper chosen there is remembered and used by the PDF', async ({
  page,
  request,
}) => {
  const { planId } = await seedPlan(page, request);
  await call(request, 'sessions.add', { planId, date: '2027-03-02', kind: 'tempo', title: 'Cruise intervals' });
  await openApp(page);
  const menuButton = page.getByTestId('print-menu');
  await menuButton.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('print-week')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('print-all')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByTestId('paper-letter')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(menuButton).toBeFocused();
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');

  // Letter, chosen from the keyboard, stays chosen after a reload.
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('paper-letter')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await page.reload();
  await page.getByTestId('print-menu').click();
  await expect(page.getByTestId('paper-letter')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('paper-a4')).toHaveAttribute('aria-checked', 'false');
  // A click outside closes the menu.
  await page.locator('.calendar').click({ position: { x: 5, y: 5 } });
  await expect(page.getByRole('menu')).toHaveCount(0);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByTestId('export-pdf')).toContainText('Letter');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-pdf').click()]);
  // US Letter landscape: 11 × 8.5 in.
  expect(execFileSync('pdfinfo', [(await download.path())!], { encoding: 'utf8' })).toMatch(/Page size:\s+792 x 612 pts \(letter\)/);
});

test("a week too full for one page shows, in the print tab, where its second page begins", async ({
  page,
  request,
  context,
}) => {
  const { planId } = await seedPlan(page, request);
  const notes =
    'Warm up 20 min easy with drills and strides, then the main set as written, then cool down 15 min easy. ' +
    'Keep the recoveries honest and walk if needed; note how the legs feel afterwards in the log.';
  for (let d = 1; d <= 7; d++)
    for (const kind of ['easy', 'strength', 'cross', 'tempo'])
      await call(request, 'sessions.add', {
        planId,
        date: `2027-03-0${d}`,
        kind,
        title: `Day ${d} ${kind} block`,
        durationMin: 45,
        notes,
      });
  await context.addInitScript(() => {
    window.print = () => void (document.body.dataset.printed = 'yes');
  });
  await openApp(page);
  await page.getByTestId('print-menu').click();
  const [printPage] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('menuitem', { name: /Week 1 for the athlete/ }).click(),
  ]);
  await expect(printPage.locator('body')).toHaveAttribute('data-print-ready', 'true', { timeout: 20_000 });
  // The sheet runs onto a second page, headed "(continued)". On screen it is one long sheet of
  // paper: the heading sat in the middle of it with nothing to say a page ends there.
  const heading = printPage.locator('[data-continued][data-shown]').first();
  await expect(heading).toBeVisible();
  await expect(heading).toContainText('(continued)');
  const above = await heading.evaluate((el) => {
    const s = getComputedStyle(el);
    return { border: s.borderTopStyle, width: parseFloat(s.borderTopWidth), before: getComputedStyle(el, '::before').content };
  });
  expect(above.border).toBe('dashed');
  expect(above.width).toBeGreaterThan(0);
  expect(above.before).toMatch(/^"Page " counter\(sheet-page\) " when printed"$/);
  await printPage.screenshot({ path: 'reports/screenshots/print-tab-continued.png', fullPage: true });
  await printPage.close();
});
