/**
 * The load chart on a short window: 1024×700 at 150 % zoom is a 683×467 CSS-pixel window, where
 * the chart at full height left the calendar about half a week (the coach's work area). On such a
 * window the chart starts folded, as the side panels start closed on a narrow one; opened, its
 * controls wrap rather than being cut ("Min…", "Fitness & fo…"). At 1024×700 it starts open.
 */
import { expect, test, type Page } from '@playwright/test';
import { addDays } from '../../src-shared/domain/dates';
import { call, openApp, seedPlan } from './app';

const START = '2027-03-01';

async function seed(page: Page, request: Parameters<typeof seedPlan>[1]): Promise<void> {
  const { planId } = await seedPlan(page, request, { plan: { startDate: START, weeks: 8 } });
  for (let w = 0; w < 8; w++) {
    await call(request, 'sessions.add', { planId, date: addDays(START, w * 7 + 1), kind: 'intervals', durationMin: 55 });
    await call(request, 'sessions.add', { planId, date: addDays(START, w * 7 + 6), kind: 'long', durationMin: 90 });
  }
}

const foldButton = (page: Page) => page.getByRole('button', { name: 'Weekly load' });

test.describe('1024x700 at 150 %', () => {
  test.use({ viewport: { width: 683, height: 467 }, deviceScaleFactor: 1.5 });

  test('the chart starts folded, the calendar has the room, and opened its controls are whole', async ({ page, request }) => {
    await seed(page, request);
    await openApp(page);
    await expect(page.locator('.calendar [data-week]')).toHaveCount(8);
    await expect(foldButton(page)).toHaveAttribute('aria-expanded', 'false');
    // At least two whole weeks of the calendar are in view.
    const shown = await page.evaluate(() => {
      const box = document.querySelector('.calendar')!.parentElement!.getBoundingClientRect();
      return [...document.querySelectorAll('.calendar [data-week]')].filter((row) => {
        const r = row.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom;
      }).length;
    });
    expect(shown).toBeGreaterThanOrEqual(2);

    await foldButton(page).click();
    await expect(foldButton(page)).toHaveAttribute('aria-expanded', 'true');
    const cut = await page.locator('.load-chart .bar button').evaluateAll((buttons) =>
      buttons
        .filter((b) => {
          const r = b.getBoundingClientRect();
          const bar = b.closest('.bar')!.getBoundingClientRect();
          // Cut inside the button, by its group or the bar, or wrapped onto two lines.
          const group = (b.closest('.segmented') ?? b).getBoundingClientRect();
          return b.scrollWidth > b.clientWidth + 1 || r.right > group.right + 0.5 || r.right > bar.right + 0.5 || r.height > 30;
        })
        .map((b) => b.textContent?.trim()),
    );
    expect(cut).toEqual([]);
    await page.screenshot({ path: 'reports/screenshots/load-chart-1024x700-at-150.png' });
  });
});

test.describe('1024x700', () => {
  test.use({ viewport: { width: 1024, height: 700 } });

  test('the chart starts open', async ({ page, request }) => {
    await seed(page, request);
    await openApp(page);
    await expect(foldButton(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('load-chart').locator('canvas')).toBeVisible();
  });
});
