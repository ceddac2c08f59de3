/**
 * Things a coach noticed in the calendar (session 8, hAE): pasted sessions were announced as
 * "Copied 2 sessions".
 */
import { expect, test, type Page } from '@playwright/test';
import { call, coachCards, day, openApp, seedPlan } from './app';

/** A plan from Mon 1 Jan 2046 whose first week holds an easy run on Tuesday and a long run on Sunday. */
async function seedWeekOne(page: Page, request: Parameters<typeof seedPlan>[1]) {
  const seeded = await seedPlan(page, request, { plan: { startDate: '2046-01-01', weeks: 6 } });
  await call(request, 'sessions.add', { planId: seeded.planId, date: '2046-01-02', kind: 'easy' });
  await call(request, 'sessions.add', { planId: seeded.planId, date: '2046-01-07', kind: 'long' });
  return seeded;
}

test('pasting sessions says what was pasted where, with Undo', async ({ page, request }) => {
  await seedWeekOne(page, request);
  await openApp(page);
  const notice = page.getByTestId('edit-notice');

  await coachCards(page, '2046-01-02').click();
  await coachCards(page, '2046-01-07').click({ modifiers: ['Control'] });
  await page.keyboard.press('Control+c');
  await expect(notice).toContainText('Copied 2 sessions');

  // Onto Wednesday 10 Jan: the easy run lands there, the long run on Monday 15 Jan.
  await day(page, '2046-01-10').click();
  await page.keyboard.press('Control+v');
  await expect(coachCards(page, '2046-01-10')).toHaveCount(1);
  await expect(coachCards(page, '2046-01-15')).toHaveCount(1);
  // It read "Copied 2 sessions" after the paste: the coach could not tell the paste had happened.
  await expect(notice).toContainText('Pasted 2 sessions');
  await expect(notice).toContainText('onto Wed 10 Jan');
  await expect(notice).not.toContainText('Copied');
  await expect(notice).not.toContainText('2046-');

  // Its Undo takes the pasted cards away again, and the notice goes with the step.
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(coachCards(page, '2046-01-10')).toHaveCount(0);
  await expect(coachCards(page, '2046-01-15')).toHaveCount(0);
  await expect(coachCards(page, '2046-01-02')).toHaveCount(1);
  await expect(notice).toHaveCount(0);
});
