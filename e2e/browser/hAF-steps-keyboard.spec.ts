/**
 * A keyboard coach gets through a workout's steps quickly: the list is one tab stop (it was five
 * per step: the step and its four buttons, 13 for three steps), and the arrow keys go between
 * the steps (↑ ↓) and along a step's buttons (← →), each still named for screen readers. Tab
 * leaves the list, Shift+Tab comes back to where the coach was.
 */
import { expect, test } from '@playwright/test';
import { call, coachCards, openApp, seedPlan } from './app';
import { seriousViolations } from './axe';

test('the steps list is one tab stop, walked with the arrow keys, every action still there', async ({
  page,
  request,
}) => {
  const { planId } = await seedPlan(page, request);
  await call(request, 'sessions.add', { planId, id: 'kb', date: '2027-03-09', kind: 'tempo', title: 'Cruise' });
  await call(request, 'sessions.update', {
    planId,
    id: 'kb',
    steps: [
      { type: 'warmup', durationMin: 15, target: 'E' },
      { type: 'run', durationMin: 20, target: 'T' },
      { type: 'cooldown', durationMin: 10, target: 'E' },
    ],
  });
  await openApp(page);
  await coachCards(page, '2027-03-09').click();
  const editor = page.getByTestId('steps-editor');
  const line = editor.getByTestId('steps-text');
  const items = editor.locator('[data-step-item]');
  await expect(items).toHaveCount(3);

  // From the line, one Tab into the list and one out of it.
  await line.focus();
  await page.keyboard.press('Tab');
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(editor.getByTestId('add-step')).toBeFocused();

  // Back in: ↓ goes to the next step, → along its buttons, each named.
  await page.keyboard.press('Shift+Tab');
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'Move step 2 up' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'Move step 2 down' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'Notes of step 2' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'Remove step 2' })).toBeFocused();
  // ↑ keeps the column: the Remove of step 1.
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('button', { name: 'Remove step 1' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('button', { name: 'Move step 2 down' })).toBeFocused();

  // The button acts as before, and Tab out and Shift+Tab back find the coach where they were.
  await page.keyboard.press('Enter');
  await expect(line).toHaveValue('15min E, 10min cd E, 20min T');
  await expect(page.getByRole('button', { name: 'Move step 3 down' })).toBeDisabled();
  await expect(items.nth(2)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(editor.getByTestId('add-step')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(items.nth(2)).toBeFocused();
  // Alt+↑ and Delete still work on the focused step; Home goes to the first.
  await page.keyboard.press('Alt+ArrowUp');
  await expect(line).toHaveValue('15min E, 20min T, 10min E');
  await page.keyboard.press('Home');
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(line).toHaveValue('20min T, 10min E');
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(editor.getByTestId('add-step')).toBeFocused();

  expect(await seriousViolations(page, '[data-testid="steps-editor"]')).toEqual([]);
});
