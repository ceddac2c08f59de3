/**
 * The palette's kinds say which day a click adds to ("click to add to Wed 10 Mar"). They are
 * brought up to date when the pointer or the focus comes to the palette, not on every move of the
 * calendar's focus (that rewrote eleven titles in each key's frame, issue 9): the day they name
 * must still be the focused one whenever the coach can read it, and a click adds there.
 */
import { expect, test } from '@playwright/test';
import { coachCards, day, openApp, paletteItem, seedPlan } from './app';

test('the palette names the focused day when pointed at, and a click adds to that day', async ({ page, request }) => {
  await seedPlan(page, request, { plan: { startDate: '2046-06-04', weeks: 4 } });
  await openApp(page);
  const tempo = paletteItem(page, 'tempo');

  await day(page, '2046-06-06').click();
  await tempo.hover();
  await expect(tempo).toHaveAttribute('title', /to 6 Jun$/);

  // The focus moves from the keyboard while the pointer is elsewhere; pointing again shows it.
  await day(page, '2046-06-06').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(day(page, '2046-06-08')).toBeFocused();
  await page.mouse.move(5, 5);
  await tempo.hover();
  await expect(tempo).toHaveAttribute('title', /to 8 Jun$/);
  await tempo.click();
  await expect(coachCards(page, '2046-06-08')).toHaveCount(1);
  await expect(coachCards(page, '2046-06-08')).toHaveAttribute('data-kind', 'tempo');

  // From the keyboard: Tab into the palette names the day too.
  await day(page, '2046-06-07').click();
  await tempo.focus();
  await expect(page.getByRole('list', { name: /add to 7 Jun$/ })).toBeVisible();
});
