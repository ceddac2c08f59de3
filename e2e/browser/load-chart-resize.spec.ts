/**
 * The load chart follows its box: when the inspector beside it closes it widens, when the window
 * narrows it narrows, and it is drawn anew at its size rather than stretched (chart.js's resize
 * observer, which the chart's live updates must not lose).
 */
import { expect, test, type Page } from '@playwright/test';
import { addDays } from '../../src-shared/domain/dates';
import { call, openApp, seedPlan } from './app';

const chart = (page: Page) => page.getByTestId('load-chart');

async function openPlan(page: Page, request: Parameters<typeof seedPlan>[1]): Promise<void> {
  const { planId } = await seedPlan(page, request, { plan: { weeks: 8 } });
  for (let w = 0; w < 8; w++) {
    const start = addDays('2027-03-01', 7 * w);
    await call(request, 'sessions.add', { planId, date: addDays(start, 3), kind: 'tempo', durationMin: 50 });
    await call(request, 'sessions.add', { planId, date: addDays(start, 6), kind: 'long', durationMin: 90 });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  await expect(chart(page)).toHaveAttribute('data-high', /^\d/);
}

/** The plot area's right edge, in CSS pixels. */
const plotRight = async (page: Page) => Number((await chart(page).getAttribute('data-plot-x'))!.split(',')[1]);

test('the load chart follows its box: wider when the inspector closes, narrower with the window', async ({
  page,
  request,
}) => {
  await openPlan(page, request);
  const open = await plotRight(page);
  await page.getByRole('button', { name: /^Hide the inspector/ }).click();
  await expect.poll(() => plotRight(page)).toBeGreaterThan(open + 150);
  const wide = await plotRight(page);
  await page.setViewportSize({ width: 1100, height: 900 });
  await expect.poll(() => plotRight(page)).toBeLessThan(wide - 100);
  // The canvas is drawn at its new size, not stretched: its bitmap matches its box.
  const sizes = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="load-chart"] canvas')!;
    return { drawn: canvas.width / window.devicePixelRatio, box: canvas.getBoundingClientRect().width };
  });
  expect(Math.abs(sizes.drawn - sizes.box)).toBeLessThanOrEqual(1);
});
