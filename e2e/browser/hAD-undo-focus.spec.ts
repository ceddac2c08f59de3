/**
 * A coach moving a run with Alt+arrows, then pressing Ctrl+Z and Ctrl+Y, keeps working on that run
 * from the keyboard: the focus follows the card back and forth (session 8, hAD). Before, Ctrl+Z
 * put the focus on the empty day the card had left, so the next Alt+arrow or Delete did nothing.
 */
import { expect, test } from '@playwright/test';
import { coachCards, day, openApp, seedPlan } from './app';

test('after Ctrl+Z and Ctrl+Y of a keyboard move the focus stays on the moved run', async ({ page, request }) => {
  await seedPlan(page, request, { plan: { startDate: '2046-01-01', weeks: 4 } });
  await openApp(page);
  // 2046-01-01 is a Monday: add an easy run on Saturday 6 Jan from the add menu.
  await day(page, '2046-01-06').click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(coachCards(page, '2046-01-06')).toHaveCount(1);
  await expect(coachCards(page, '2046-01-06')).toBeFocused();

  await page.keyboard.press('Alt+ArrowLeft');
  await expect(coachCards(page, '2046-01-05')).toBeFocused();

  await page.keyboard.press('Control+z');
  await expect(coachCards(page, '2046-01-05')).toHaveCount(0);
  await expect(coachCards(page, '2046-01-06')).toBeFocused();

  await page.keyboard.press('Control+y');
  await expect(coachCards(page, '2046-01-05')).toBeFocused();

  // The next key acts on the run: it moves again, and Delete removes it.
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(coachCards(page, '2046-01-04')).toHaveCount(1);
  await expect(coachCards(page, '2046-01-04')).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(coachCards(page, '2046-01-04')).toHaveCount(0);
  await expect(page.getByTestId('edit-notice')).toContainText('Deleted Easy run');
});

test('Ctrl+Z of a Delete gives the run back with the focus on it', async ({ page, request }) => {
  await seedPlan(page, request, { plan: { startDate: '2046-02-05', weeks: 4 } });
  await openApp(page);
  await day(page, '2046-02-07').click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(coachCards(page, '2046-02-07')).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(coachCards(page, '2046-02-07')).toHaveCount(0);
  await expect(day(page, '2046-02-07')).toBeFocused();

  await page.keyboard.press('Control+z');
  await expect(coachCards(page, '2046-02-07')).toBeFocused();
  // Before, the focus stayed on the day and this Alt+→ did nothing.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(coachCards(page, '2046-02-08')).toBeFocused();
  await expect(coachCards(page, '2046-02-07')).toHaveCount(0);
});
