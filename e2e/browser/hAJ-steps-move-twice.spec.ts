/**
 * Alt+↑ pressed twice quickly moves the same step up twice, however late main answers. The list
 * shows the first move at once, but the focus only followed the step once main had answered: on a
 * busy machine (STRIDE_E2E_SLOW_MS=700) the second key was pressed on the row the step had left,
 * now holding the step that took its place, and moved that one back up, undoing the first move.
 * The ↑ button pressed twice with Enter did the same. Run this with and without the delay.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { call, coachCards, openApp, seedPlan } from './app';

async function openThreeSteps(page: Page, request: APIRequestContext) {
  const { planId } = await seedPlan(page, request);
  await call(request, 'sessions.add', { planId, id: 'tempo', date: '2027-03-09', kind: 'tempo', title: 'Cruise' });
  await call(request, 'sessions.update', {
    planId,
    id: 'tempo',
    steps: [
      { type: 'warmup', durationMin: 15, target: 'E' },
      { type: 'run', durationMin: 20, target: 'T' },
      { type: 'cooldown', durationMin: 10, target: 'E' },
    ],
  });
  await openApp(page);
  await coachCards(page, '2027-03-09').click();
  const editor = page.getByTestId('steps-editor');
  const items = editor.locator('[data-step-item]');
  await expect(items).toHaveCount(3);
  return { planId, editor, items, line: editor.getByTestId('steps-text') };
}

/** The step types main stored, in order. */
async function storedTypes(request: APIRequestContext, planId: number): Promise<string[]> {
  const doc = await call<{ sessions: { id: string; steps?: { type: string }[] }[] }>(request, 'plans.get', {
    id: planId,
  });
  return (doc.sessions.find((s) => s.id === 'tempo')?.steps ?? []).map((s) => s.type);
}

test('Alt+↑ twice quickly moves the cool-down to the top, and the focus with it', async ({ page, request }) => {
  const { planId, items, line } = await openThreeSteps(page, request);
  await items.nth(2).focus();
  // Both keys before main has answered the first (no wait between them).
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(line).toHaveValue('10min cd E, 15min wu E, 20min T');
  await expect(items.nth(0)).toBeFocused();
  await expect.poll(() => storedTypes(request, planId)).toEqual(['cooldown', 'warmup', 'run']);
  // The focus is still on the step once main has answered both.
  await expect(items.nth(0)).toBeFocused();
  await expect(items.nth(0)).toContainText('10 min');
});

test('the ↑ button pressed twice quickly moves the same step twice', async ({ page, request }) => {
  const { planId, items, line } = await openThreeSteps(page, request);
  await items.nth(2).getByRole('button', { name: 'Move step 3 up' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(line).toHaveValue('10min cd E, 15min wu E, 20min T');
  // At the top its ↑ is disabled: the focus is on the step itself.
  await expect(items.nth(0)).toBeFocused();
  await expect.poll(() => storedTypes(request, planId)).toEqual(['cooldown', 'warmup', 'run']);
  await expect(items.nth(0)).toBeFocused();
});

test('a move main refuses puts the step back, and the focus with it', async ({ page, request }) => {
  const { planId, items, line } = await openThreeSteps(page, request);
  await page.route('**/api/plans.edit', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'invalid', message: 'Refused by main for this test' } }),
    }),
  );
  await items.nth(2).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByText('Refused by main for this test')).toBeVisible();
  await expect(line).toHaveValue('15min E, 20min T, 10min E');
  // Back in its row, the focus on it: another Alt+↑ moves the cool-down, not the run.
  await expect(items.nth(2)).toBeFocused();
  await expect(items.nth(2)).toContainText('10 min');
  expect(await storedTypes(request, planId)).toEqual(['warmup', 'run', 'cooldown']);
});
