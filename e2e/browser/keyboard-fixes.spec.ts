/** Keyboard details: type-ahead across letters, the inspector following keyboard moves, Delete on a suggestion. */
import { expect, test } from '@playwright/test';
import { call, day, openApp, seedPlan } from './app';

test('typing "Re" in the add-session menu lands on Recovery, "Res" on Rest', async ({ page, request }) => {
  await seedPlan(page, request);
  await openApp(page);
  await day(page, '2027-03-03').dblclick({ position: { x: 5, y: 5 } });
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.type('Re');
  await expect(menu.getByRole('menuitem', { name: 'Recovery' })).toBeFocused();
  await page.keyboard.type('s');
  await expect(menu.getByRole('menuitem', { name: 'Rest' })).toBeFocused();
  await page.keyboard.press('Escape');
});

test('the inspector follows a session moved or copied from the keyboard', async ({ page, request }) => {
  const { planId } = await seedPlan(page, request);
  await call(request, 'sessions.add', { planId, date: '2027-03-04', kind: 'tempo', title: 'Cruise intervals' });
  await call(request, 'sessions.add', { planId, date: '2027-03-06', kind: 'long', title: 'Hilly long run' });
  await openApp(page);
  const inspector = page.locator('.inspector');
  await day(page, '2027-03-04').locator('[data-session-id]').click();
  await expect(inspector.getByLabel('Title')).toHaveValue('Cruise intervals');
  // Focus the long run with the keyboard (no click: the selection stays on the tempo) and move it.
  await day(page, '2027-03-06').locator('[data-session-id]').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(day(page, '2027-03-07').locator('[data-origin="coach"]')).toHaveCount(1);
  await expect(inspector.getByLabel('Title')).toHaveValue('Hilly long run');
  // A copy: the inspector shows the copy.
  await day(page, '2027-03-04').locator('[data-session-id]').focus();
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(day(page, '2027-03-05').locator('[data-origin="coach"]')).toHaveCount(1);
  await expect(inspector.getByLabel('Title')).toHaveValue('Cruise intervals');
  await expect(day(page, '2027-03-05').locator('[data-session-id]')).toHaveClass(/selected/);
});

test('Delete on a suggested session says why it stays, and offers Dismiss or Keep', async ({ page, request }) => {
  const { planId } = await seedPlan(page, request);
  await call(request, 'sessions.add', { planId, date: '2027-03-02', kind: 'intervals', title: '6 x 800 m' });
  await openApp(page);
  const derived = day(page, '2027-03-03').locator('[data-origin="rule"]');
  await expect(derived).toHaveCount(1);
  await derived.focus();
  await page.keyboard.press('Delete');
  const explanation = page.getByTestId('derived-explanation');
  await expect(explanation).toBeVisible();
  await expect(explanation).toContainText('cannot be deleted');
  await expect(explanation).toContainText('Dismiss');
  await expect(page.locator('.inspector').getByRole('button', { name: 'Keep' })).toBeFocused();
  await expect(derived).toHaveCount(1);
});
