/**
 * The same journey with the keyboard only: Tab to reach things, arrows between days, Enter for
 * the "Add session" menu, the inspector, Alt+arrows to move, Alt+Shift+arrows to copy, Delete.
 */
import { expect, test, type Page } from '@playwright/test';
import { call, coachCards, day, openApp, tabTo, uniqueName } from './app';

const focused = (page: Page) => page.locator(':focus');

test('the whole journey works without a mouse', async ({ page, request }) => {
  await openApp(page);
  const athleteName = uniqueName('Keys');
  const planName = uniqueName('Keyboard plan');

  // New athlete: Tab to the button, Enter, type, Enter submits.
  await tabTo(page, page.getByRole('button', { name: '+ Athlete' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('athlete-form').getByLabel('Name')).toBeFocused();
  await page.keyboard.type(athleteName);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('athlete-form')).toBeHidden();

  // New plan for that athlete, starting on the default date (the first day of next week).
  await tabTo(page, page.getByRole('button', { name: '+ Plan' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('plan-form').getByLabel('Name')).toBeFocused();
  await page.keyboard.type(planName);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('plan-title')).toHaveText(planName);

  // Into the calendar: the focused day is week 1's first day.
  const week1 = await page
    .locator('[data-week="1"] [data-date]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-date')!));
  const week2 = await page
    .locator('[data-week="2"] [data-date]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-date')!));
  await tabTo(page, day(page, week1[0]));

  // Down a week, right a day: Tuesday of week 2. Enter opens the menu; "i" jumps to Intervals.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(day(page, week2[1])).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  await page.keyboard.press('i');
  await expect(focused(page)).toHaveAttribute('data-kind', 'intervals');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeHidden();

  // The new card has the focus; its recovery run is suggested on the next day.
  const card = coachCards(page, week2[1]);
  await expect(card).toBeFocused();
  await expect(card).toHaveAttribute('data-kind', 'intervals');
  const id = (await card.getAttribute('data-session-id'))!;
  await expect(day(page, week2[2]).locator('[data-rule-id="recovery-after-hard"]')).toBeVisible();

  // Enter opens it in the inspector; Tab to the duration, type, Enter saves; Escape goes back.
  await page.keyboard.press('Enter');
  await expect(page.locator('#ins-title')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#ins-duration')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('70');
  await page.keyboard.press('Enter');
  await expect(card).toContainText('1 h 10 min');
  await page.keyboard.press('Escape');
  await expect(card).toBeFocused();

  // Alt+→ twice: to Thursday, the focus following the card.
  await page.keyboard.press('Alt+ArrowRight');
  await page.keyboard.press('Alt+ArrowRight');
  const moved = coachCards(page, week2[3]);
  await expect(moved).toHaveAttribute('data-session-id', id);
  await expect(moved).toBeFocused();
  await expect(coachCards(page, week2[1])).toHaveCount(0);
  await expect(day(page, week2[4]).locator('[data-rule-id="recovery-after-hard"]')).toBeVisible();

  // Alt+Shift+↓: a copy a week later; the focus goes to the copy. Delete removes it.
  const week3 = await page
    .locator('[data-week="3"] [data-date]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-date')!));
  await page.keyboard.press('Alt+Shift+ArrowDown');
  const copy = coachCards(page, week3[3]);
  await expect(copy).toHaveCount(1);
  await expect(copy).toContainText('1 h 10 min');
  await expect(copy).toBeFocused();
  await expect(coachCards(page, week2[3])).toHaveAttribute('data-session-id', id);
  await page.keyboard.press('Delete');
  await expect(coachCards(page, week3[3])).toHaveCount(0);
  await expect(day(page, week3[3])).toBeFocused();

  // After a reload: one session, on Thursday of week 2, 70 minutes.
  await expect(page.getByRole('status').filter({ hasText: 'Saving' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('plan-title')).toHaveText(planName);
  await expect(page.locator('.calendar [data-origin="coach"]')).toHaveCount(1);
  await expect(coachCards(page, week2[3])).toHaveAttribute('data-session-id', id);
  await expect(coachCards(page, week2[3])).toContainText('1 h 10 min');
  const plan = (await call<{ id: number; name: string }[]>(request, 'plans.list', {})).find(
    (p) => p.name === planName,
  )!;
  const doc = await call<{ sessions: { id: string; date: string; durationMin: number }[] }>(request, 'plans.get', {
    id: plan.id,
  });
  expect(doc.sessions).toEqual([expect.objectContaining({ id, date: week2[3], durationMin: 70 })]);
});

test('a derived session is kept or dismissed from the keyboard, its reason readable on focus', async ({
  page,
  request,
}) => {
  await openApp(page);
  await tabTo(page, page.getByRole('button', { name: '+ Athlete' }));
  await page.keyboard.press('Enter');
  await page.keyboard.type(uniqueName('Derived'));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: '+ Plan' }));
  await page.keyboard.press('Enter');
  await page.keyboard.type('Derived');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('plan-title')).toHaveText('Derived');

  // Tempo on the first Monday, and on the first Thursday: recovery runs on Tuesday and Friday.
  const week1 = await page
    .locator('[data-week="1"] [data-date]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-date')!));
  await tabTo(page, day(page, week1[0]));
  for (const steps of [0, 3]) {
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.keyboard.press('t'); // Tempo
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape'); // back to the day
  }
  const tuesday = day(page, week1[1]).locator('[data-origin="rule"]');
  const friday = day(page, week1[4]).locator('[data-origin="rule"]');
  await expect(tuesday).toHaveAttribute('data-rule-id', 'recovery-after-hard');
  await expect(friday).toHaveAttribute('data-rule-id', 'recovery-after-hard');

  // Focus Tuesday's derived card: its reason is its description and shows in the status line.
  await page.keyboard.press('ArrowLeft'); // Wednesday
  await page.keyboard.press('ArrowLeft'); // Tuesday
  await expect(day(page, week1[1])).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(tuesday).toBeFocused();
  const reasonId = (await tuesday.getAttribute('aria-describedby'))!;
  const reason = (await page.locator(`[id="${reasonId}"]`).textContent())!;
  expect(reason.length).toBeGreaterThan(10);
  await expect(tuesday).toHaveAttribute('title', reason);
  await expect(page.locator('.calendar-wrap .status')).toContainText(reason);

  // Enter opens it; Keep has the focus and makes it a coach session, which then has the focus.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Keep' })).toBeFocused();
  await page.keyboard.press('Enter');
  const kept = day(page, week1[1]).locator('[data-origin="coach"][data-kind="recovery"]');
  await expect(kept).toHaveCount(1);
  await expect(kept).toBeFocused();
  await expect(day(page, week1[1]).locator('[data-origin="rule"]')).toHaveCount(0);

  // Friday's: dismissed, the day stays open.
  await page.keyboard.press('Escape');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(day(page, week1[4])).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(friday).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Dismiss' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(day(page, week1[4]).locator('[data-session-id]')).toHaveCount(0);
  await expect(day(page, week1[4])).toBeFocused();

  await page.reload();
  await expect(day(page, week1[1]).locator('[data-origin="coach"][data-kind="recovery"]')).toHaveCount(1);
  await expect(day(page, week1[4]).locator('[data-session-id]')).toHaveCount(0);
  const plans = await call<{ id: number; name: string; athleteId: number }[]>(request, 'plans.list', {});
  expect(plans.some((p) => p.name === 'Derived')).toBe(true);
});
