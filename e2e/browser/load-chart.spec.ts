/**
 * The weekly load chart above the calendar: a session dropped in week 3 raises week 3's high-zone
 * load by minutes × RPE in the table, in the chart's own datasets and in the week's totals cell
 * alike (one source of figures); the distance toggle shows the plan's unit; a click on a column
 * brings that week into view. Ends with screenshots of the chart, light and dark, for a person
 * to look at (reports/screenshots/).
 *
 * The chart's test hooks are described in LoadChart.svelte: the wrapper's data attributes hold
 * what the live chart.js datasets hold, read back after every update.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { call, day, openApp, paletteItem, uniqueName } from './app';

const chart = (page: Page): Locator => page.getByTestId('load-chart');
const table = (page: Page): Locator => page.getByTestId('load-table');
const cell = (page: Page, week: number, figure: string): Locator =>
  table(page).locator(`tr[data-week="${week}"] [data-figure="${figure}"]`);
const cellValue = async (page: Page, week: number, figure: string): Promise<number> =>
  Number(await cell(page, week, figure).getAttribute('data-value'));
/** One week's value in a comma-separated chart hook (1-based week). */
const chartValue = async (page: Page, attr: string, week: number): Promise<string> =>
  ((await chart(page).getAttribute(attr)) ?? '').split(',')[week - 1];

/** A coach's usual weeks (km): intervals Tue, easy Thu, long Sun; week 4 eases off, week 6 jumps. */
function backgroundSessions(): {
  date: string;
  kind: string;
  durationMin: number;
  distanceKm: number | null;
  rpe?: number;
}[] {
  const out: { date: string; kind: string; durationMin: number; distanceKm: number | null; rpe?: number }[] = [];
  const longKm = [14, 16, 0, 12, 18, 24, 20, 10];
  const starts = [
    '2027-03-01',
    '2027-03-08',
    '2027-03-15',
    '2027-03-22',
    '2027-03-29',
    '2027-04-05',
    '2027-04-12',
    '2027-04-19',
  ];
  starts.forEach((start, i) => {
    if (i === 2) return; // week 3 is left empty: the test fills it
    const d = (offset: number) => {
      const [y, m, dd] = start.split('-').map(Number);
      // Plain day arithmetic inside one month or the next (the plan's dates above never cross a year).
      const days = [31, 28, 31, 30, 31, 30][m - 1];
      const n = dd + offset;
      return n > days
        ? `${y}-${String(m + 1).padStart(2, '0')}-${String(n - days).padStart(2, '0')}`
        : `${y}-${String(m).padStart(2, '0')}-${String(n).padStart(2, '0')}`;
    };
    if (i !== 3) out.push({ date: d(1), kind: i % 2 ? 'tempo' : 'intervals', durationMin: 55, distanceKm: 10 });
    out.push({ date: d(3), kind: 'easy', durationMin: 45, distanceKm: 8 });
    out.push({ date: d(4), kind: 'easy', durationMin: i === 5 ? 60 : 40, distanceKm: i === 5 ? 11 : 7 });
    out.push({ date: d(6), kind: 'long', durationMin: longKm[i] * 6, distanceKm: longKm[i] });
  });
  return out;
}

test('a session dropped in week 3 shows the same figures in the table, the chart and the week cell', async ({
  page,
  request,
}, testInfo) => {
  // A long journey (UI setup, a drop, three modes, the table, help, two screenshots).
  test.setTimeout(60_000);
  await openApp(page);
  const athleteName = uniqueName('Chart');
  const planName = uniqueName('Chart plan');

  // An athlete and an 8-week plan in miles, made through the UI.
  await page.getByRole('button', { name: '+ Athlete' }).click();
  const athleteForm = page.getByTestId('athlete-form');
  await athleteForm.getByLabel('Name').fill(athleteName);
  await athleteForm.getByLabel('Units').selectOption('mi');
  await athleteForm.getByRole('button', { name: 'Create athlete' }).click();
  await expect(athleteForm).toBeHidden();
  await page.getByRole('button', { name: '+ Plan' }).click();
  const planForm = page.getByTestId('plan-form');
  await planForm.getByLabel('Name').fill(planName);
  await planForm.getByLabel('Start date').fill('2027-03-01');
  await planForm.getByLabel('Weeks', { exact: true }).fill('8');
  await planForm.getByLabel('Units').selectOption('mi');
  await planForm.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByTestId('plan-title')).toHaveText(planName);
  await expect(chart(page)).toBeVisible();

  // Fill the other weeks through the contract (quicker than thirty drags), then reopen the plan.
  const plan = (await call<{ id: number; name: string }[]>(request, 'plans.list', {})).find(
    (p) => p.name === planName,
  )!;
  await Promise.all(backgroundSessions().map((s) => call(request, 'sessions.add', { planId: plan.id, ...s })));
  await page.reload();
  await expect(page.getByTestId('plan-title')).toHaveText(planName);
  await expect(chart(page)).toHaveAttribute('data-high', /^\d/);

  // The canvas is a picture with a summary; the table is its accessible alternative.
  const canvas = page.getByTestId('load-chart-canvas');
  await expect(canvas).toHaveAttribute('role', 'img');
  await expect(canvas).toHaveAttribute('aria-label', /^Weekly load chart, 8 weeks\./);

  // Week 3 before: nothing in it.
  await chart(page).getByRole('button', { name: 'Table' }).click();
  await expect(table(page)).toBeVisible();
  await expect(table(page).locator('caption')).toContainText('Weekly figures');
  await expect(table(page).locator('tbody tr')).toHaveCount(8);
  const highBefore = await cellValue(page, 3, 'high');
  const lowBefore = await cellValue(page, 3, 'low');
  expect(highBefore).toBe(0);
  expect(await chartValue(page, 'data-high', 3)).toBe('0');

  // Intervals on Wednesday of week 3: the kind's defaults, 60 min at RPE 8.
  await paletteItem(page, 'intervals').dragTo(day(page, '2027-03-17'));
  const card = day(page, '2027-03-17').locator('[data-origin="coach"]');
  await expect(card).toHaveCount(1);
  await expect(page.locator('#ins-duration')).toHaveValue('60');
  await expect(page.locator('#ins-rpe')).toHaveAttribute('placeholder', '8');
  await expect(page.getByRole('status').filter({ hasText: 'Saving' })).toHaveCount(0);

  // High zone: exactly 60 × 8 = 480 AU more, in the table and in the chart's dataset.
  await expect(cell(page, 3, 'high')).toHaveAttribute('data-value', String(highBefore + 480));
  await expect(cell(page, 3, 'high')).toHaveText(String(highBefore + 480));
  await expect.poll(() => chartValue(page, 'data-high', 3)).toBe(String(highBefore + 480));
  // The derived recovery run the next day adds low-zone load; whatever it is, all three agree.
  const low = await cellValue(page, 3, 'low');
  expect(low).toBeGreaterThan(lowBefore);
  expect(await chartValue(page, 'data-low', 3)).toBe(String(low));
  const load = await cellValue(page, 3, 'loadAU');
  expect(load).toBe(low + (await cellValue(page, 3, 'moderate')) + highBefore + 480);
  // The week's totals cell in the calendar says the same.
  await expect(page.locator('[data-week-summary="3"] [data-figure="load"]')).toHaveText(`${Math.round(load)} AU`);
  // Every week's ratio in the chart line is the table's.
  const ratios = await table(page)
    .locator('[data-figure="acwr"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
  expect((await chart(page).getAttribute('data-acwr'))!.split(',')).toEqual(ratios);

  // Distance in the plan's unit: the axis title says miles, the bars are the table's miles.
  await expect(chart(page)).toHaveAttribute('data-y-title', 'Load (AU)');
  await chart(page).locator('[data-mode="distance"]').click();
  await expect(chart(page)).toHaveAttribute('data-y-title', 'Distance (mi)');
  await expect(chart(page).locator('[data-mode="distance"]')).toHaveAttribute('aria-pressed', 'true');
  const miles = await table(page).locator('[data-figure="distanceKm"]').allTextContents();
  // Week 3's dropped session has a time but no distance: the table marks its estimate with "≈"
  // (recovery-rules v2), the chart's bar carries the same number.
  expect(miles[2]).toMatch(/^≈/);
  expect((await chart(page).getAttribute('data-bars'))!.split(',').map((v) => Number(v).toFixed(1))).toEqual(
    miles.map((m) => m.replace('≈', '')),
  );
  await chart(page).locator('[data-mode="minutes"]').click();
  await expect(chart(page)).toHaveAttribute('data-y-title', 'Time (min)');
  await chart(page).locator('[data-mode="load"]').click();
  await expect(chart(page)).toHaveAttribute('data-y-title', 'Load (AU)');

  // The help panel says how load is counted.
  await chart(page).getByRole('button', { name: 'How load is counted' }).click();
  await expect(page.getByTestId('load-help')).toContainText('Session load');
  await expect(page.getByTestId('load-help')).toContainText('sweet spot');
  await page.getByRole('button', { name: 'Close help' }).click();

  // Back to the chart; a click on week 6's column brings that week into view and highlights it.
  await chart(page).getByRole('button', { name: 'Chart' }).click();
  await expect(canvas).toBeVisible();
  // Aim at week 6 of 8 inside the plot area the chart reports (its x axis spans it evenly).
  const [left, right] = (await chart(page).getAttribute('data-plot-x'))!.split(',').map(Number);
  const box = (await canvas.boundingBox())!;
  await canvas.click({ position: { x: left + ((right - left) / 8) * 5.5, y: box.height * 0.6 } });
  await expect(chart(page)).toHaveAttribute('data-highlight', '6');

  // Screenshots for a person to read: light, then dark.
  mkdirSync('reports/screenshots', { recursive: true });
  await page.mouse.move(0, 0);
  const light = await chart(page).screenshot({ path: 'reports/screenshots/load-chart.png', animations: 'disabled' });
  await testInfo.attach('load-chart', { body: light, contentType: 'image/png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(chart(page)).toHaveAttribute('data-high', /\d/);
  await page.waitForTimeout(100);
  const dark = await chart(page).screenshot({
    path: 'reports/screenshots/load-chart-dark.png',
    animations: 'disabled',
  });
  await testInfo.attach('load-chart-dark', { body: dark, contentType: 'image/png' });
});
