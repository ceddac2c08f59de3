/**
 * Selecting in the calendar: weeks by their labels (click, Shift+click, Space and Shift+arrows),
 * several sessions (Ctrl+click, Shift+click across days), and a dismissed suggestion's marker
 * with Restore.
 */
import { expect, test, type Page } from '@playwright/test';
import { call, coachCards, day, openApp, seedPlan } from './app';

const label = (page: Page, n: number) => page.locator(`[data-week-label="${n}"]`);
const selectedWeeks = (page: Page) =>
  page
    .locator('[data-week-label][aria-pressed="true"]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-week-label'))));

test('weeks are selected by their labels with the mouse and the keyboard', async ({ page, request }) => {
  await seedPlan(page, request, { plan: { startDate: '2039-03-07', weeks: 8 } });
  await openApp(page);

  await expect(label(page, 1)).toHaveRole('button');
  await label(page, 2).click();
  expect(await selectedWeeks(page)).toEqual([2]);
  await label(page, 4).click({ modifiers: ['Shift'] });
  expect(await selectedWeeks(page)).toEqual([2, 3, 4]);
  // The rows say so too, where ARIA allows aria-selected (a row of the grid).
  await expect(page.locator('[data-week][aria-selected="true"]')).toHaveCount(3);
  // A click on a day leaves the weeks.
  await day(page, '2039-03-30').click();
  expect(await selectedWeeks(page)).toEqual([]);

  // Keyboard: the focused day's week label is in the Tab order; Space selects, Shift+↓ extends.
  await day(page, '2039-03-30').focus();
  await page.keyboard.press('Shift+Tab');
  await expect(label(page, 4)).toBeFocused();
  await page.keyboard.press('Space');
  expect(await selectedWeeks(page)).toEqual([4]);
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  expect(await selectedWeeks(page)).toEqual([4, 5, 6]);
  await expect(label(page, 6)).toBeFocused();
  await page.keyboard.press('Shift+ArrowUp');
  expect(await selectedWeeks(page)).toEqual([4, 5]);
  // ↑ moves between labels without selecting; → goes into the week's first day.
  await page.keyboard.press('ArrowUp');
  await expect(label(page, 4)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(day(page, '2039-03-28')).toBeFocused();
});

test('several sessions are selected with Ctrl+click and Shift+click across days', async ({ page, request }) => {
  const { planId } = await seedPlan(page, request, { plan: { startDate: '2039-05-02', weeks: 4 } });
  for (const date of ['2039-05-02', '2039-05-04', '2039-05-06', '2039-05-10'])
    await call(request, 'sessions.add', { planId, date, kind: 'easy' });
  await openApp(page);

  const selected = page.locator('.calendar [data-session-id][aria-selected="true"]');
  await coachCards(page, '2039-05-02').click();
  await expect(selected).toHaveCount(1);
  await coachCards(page, '2039-05-06').click({ modifiers: ['Control'] });
  await expect(selected).toHaveCount(2);
  await expect(coachCards(page, '2039-05-04')).not.toHaveAttribute('aria-selected', 'true');
  // Shift+click: everything from the anchor (the last Ctrl+clicked) to here, across the week.
  await coachCards(page, '2039-05-10').click({ modifiers: ['Shift'] });
  await expect(selected).toHaveCount(2);
  await expect(coachCards(page, '2039-05-10')).toHaveAttribute('aria-selected', 'true');
  // The range runs from the anchor, so the other way it takes Monday to Friday.
  await coachCards(page, '2039-05-02').click({ modifiers: ['Shift'] });
  await expect(selected).toHaveCount(3);
  await expect(coachCards(page, '2039-05-10')).not.toHaveAttribute('aria-selected', 'true');
  // A plain click selects one again.
  await coachCards(page, '2039-05-04').click();
  await expect(selected).toHaveCount(1);
});

test('a dismissed suggestion leaves a faint marker on its day, and Restore brings it back', async ({
  page,
  request,
}) => {
  const { planId } = await seedPlan(page, request, { plan: { startDate: '2039-09-05', weeks: 4 } });
  await call(request, 'sessions.add', { planId, date: '2039-09-06', kind: 'intervals' });
  await openApp(page);

  const wednesday = day(page, '2039-09-07');
  await wednesday.locator('[data-origin="rule"]').click();
  await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(wednesday.locator('[data-origin="rule"]')).toHaveCount(0);
  const marker = wednesday.locator('[data-dismissed="recovery-after-hard"]');
  await expect(marker).toContainText('Recovery run dismissed');

  await marker.getByRole('button', { name: /Restore/ }).click();
  await expect(wednesday.locator('[data-origin="rule"][data-rule-id="recovery-after-hard"]')).toHaveCount(1);
  await expect(marker).toHaveCount(0);
  // Main kept it too (the calendar shows the restore before main has answered).
  await expect
    .poll(async () => (await call<{ dismissed: unknown[] }>(request, 'plans.get', { id: planId })).dismissed)
    .toEqual([]);
});
