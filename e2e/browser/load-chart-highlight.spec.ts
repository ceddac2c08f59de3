/**
 * The load chart highlights the week the calendar shows. When the coach scrolls the calendar to
 * another week, only the highlight moves: the chart is drawn again from what it holds (a redraw,
 * not chart.js' update of every bar; issue 9). This checks the picture itself: the columns of the
 * week left and the week reached are drawn anew, and every other column is left as it was.
 */
import { expect, test, type Page } from '@playwright/test';
import { addDays } from '../../src-shared/domain/dates';
import { call, openApp, seedPlan } from './app';

const chart = (page: Page) => page.getByTestId('load-chart');

/** A one-pixel-wide strip of the canvas down the middle of week `week`'s column, as text. */
async function column(page: Page, week: number, weeks: number): Promise<string> {
  const [left, right] = (await chart(page).getAttribute('data-plot-x'))!.split(',').map(Number);
  const x = left + ((right - left) / weeks) * (week - 0.5);
  return page.evaluate((cssX) => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="load-chart"] canvas')!;
    const scale = canvas.width / canvas.getBoundingClientRect().width;
    const data = canvas.getContext('2d')!.getImageData(Math.round(cssX * scale), 0, 1, canvas.height).data;
    return Array.from(data).join(',');
  }, x);
}

test('scrolling the calendar moves the chart highlight to the week in view, and only the highlight', async ({
  page,
  request,
}) => {
  const weeks = 12;
  const { planId } = await seedPlan(page, request, { plan: { weeks } });
  for (let w = 0; w < weeks; w++) {
    const sunday = addDays('2027-03-07', 7 * w);
    await call(request, 'sessions.add', { planId, date: sunday, kind: 'long', durationMin: 90, distanceKm: 15 });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  await expect(chart(page)).toHaveAttribute('data-high', /^\d/);
  await expect(chart(page)).toHaveAttribute('data-highlight', '1');

  const before = await Promise.all(Array.from({ length: weeks }, (_, i) => column(page, i + 1, weeks)));
  await page.locator('.calendar [data-week="10"]').evaluate((row) => row.scrollIntoView({ block: 'start' }));
  await expect(chart(page)).not.toHaveAttribute('data-highlight', '1');
  const reached = Number(await chart(page).getAttribute('data-highlight'));
  expect(reached).toBeGreaterThan(3); // the top week in view (the last weeks cannot scroll to the top)
  // The redraw follows the attribute within a frame.
  await expect.poll(async () => (await column(page, reached, weeks)) !== before[reached - 1]).toBe(true);
  const after = await Promise.all(Array.from({ length: weeks }, (_, i) => column(page, i + 1, weeks)));
  expect(after[0], 'week 1 is no longer highlighted').not.toBe(before[0]);
  const others = Array.from({ length: weeks }, (_, i) => i + 1).filter((w) => w !== 1 && w !== reached);
  for (const w of others) expect(after[w - 1], `week ${w} is drawn as before`).toBe(before[w - 1]);
});
