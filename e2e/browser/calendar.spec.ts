/**
 * The coach's core journey with the mouse: an athlete, a plan, a session dragged from the palette,
 * edited, moved, copied with Alt-drop, the copy deleted, and everything still there after a reload.
 */
import { expect, test } from '@playwright/test';
import { call, coachCards, day, openApp, paletteItem, uniqueName } from './app';

test('create, drag, edit, move, copy, delete: the plan is as the coach left it after a reload', async ({
  page,
  request,
}) => {
  await openApp(page);
  const athleteName = uniqueName('Maya');
  const planName = uniqueName('Spring 10K');

  // An athlete…
  await page.getByRole('button', { name: '+ Athlete' }).click();
  const athleteForm = page.getByTestId('athlete-form');
  await athleteForm.getByLabel('Name').fill(athleteName);
  await athleteForm.getByLabel('Easy pace').fill('5:40');
  await athleteForm.getByRole('button', { name: 'Create athlete' }).click();
  await expect(athleteForm).toBeHidden();
  await expect(page.getByRole('button', { name: athleteName, exact: true })).toBeVisible();

  // …and a plan starting on a Wednesday, which main snaps back to that week's Monday.
  await page.getByRole('button', { name: '+ Plan' }).click();
  const planForm = page.getByTestId('plan-form');
  await planForm.getByLabel('Name').fill(planName);
  await planForm.getByLabel('Start date').fill('2027-03-03');
  await expect(planForm.getByTestId('snapped-start')).toHaveText('Week 1 starts Mon 1 Mar 2027');
  await planForm.getByLabel('Weeks', { exact: true }).fill('10');
  await planForm.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByTestId('plan-title')).toHaveText(planName);
  await expect(page.getByTestId('plan-dates')).toHaveText('Mon 1 Mar 2027 – Sun 9 May 2027');
  await expect(page.locator('.calendar [data-week]')).toHaveCount(10);
  await expect(page.locator('[data-week="2"] [data-date]').first()).toHaveAttribute('data-date', '2027-03-08');

  // Drag intervals onto Tuesday of week 2: the card appears with the kind's defaults.
  await paletteItem(page, 'intervals').dragTo(day(page, '2027-03-09'));
  const card = coachCards(page, '2027-03-09');
  await expect(card).toHaveCount(1);
  await expect(card).toHaveAttribute('data-kind', 'intervals');
  await expect(card).toContainText('1 h');
  await expect(card).toContainText('RPE 8');
  const id = (await card.getAttribute('data-session-id'))!;
  // The rules answer at once: a recovery run the next day.
  await expect(
    day(page, '2027-03-10').locator('[data-origin="rule"][data-rule-id="recovery-after-hard"]'),
  ).toBeVisible();

  // Edit its duration in the inspector (it is selected after the drop).
  const duration = page.locator('#ins-duration');
  await expect(duration).toHaveValue('60');
  await duration.fill('75');
  await duration.press('Enter');
  await expect(card).toContainText('1 h 15 min');

  // Move it to Thursday; the recovery run follows.
  await card.dragTo(day(page, '2027-03-11'));
  await expect(coachCards(page, '2027-03-09')).toHaveCount(0);
  await expect(coachCards(page, '2027-03-11')).toHaveAttribute('data-session-id', id);
  await expect(day(page, '2027-03-12').locator('[data-rule-id="recovery-after-hard"]')).toBeVisible();
  await expect(day(page, '2027-03-10').locator('[data-origin="rule"]')).toHaveCount(0);

  // Alt-drop copies it to Saturday, every field with it.
  await page.keyboard.down('Alt');
  await coachCards(page, '2027-03-11').dragTo(day(page, '2027-03-13'));
  await page.keyboard.up('Alt');
  const copy = coachCards(page, '2027-03-13');
  await expect(copy).toHaveCount(1);
  await expect(copy).toContainText('1 h 15 min');
  await expect(coachCards(page, '2027-03-11')).toHaveAttribute('data-session-id', id);
  const copyId = await copy.getAttribute('data-session-id');
  expect(copyId).not.toBe(id);

  // Delete the copy with the Delete key.
  await copy.click();
  await copy.press('Delete');
  await expect(coachCards(page, '2027-03-13')).toHaveCount(0);

  // Main holds exactly what the coach sees, and a reload shows it again.
  await expect(page.getByRole('status').filter({ hasText: 'Saving' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('plan-title')).toHaveText(planName);
  await expect(page.locator('.calendar [data-origin="coach"]')).toHaveCount(1);
  const kept = coachCards(page, '2027-03-11');
  await expect(kept).toHaveAttribute('data-session-id', id);
  await expect(kept).toHaveAttribute('data-kind', 'intervals');
  await expect(kept).toContainText('1 h 15 min');
  await expect(day(page, '2027-03-12').locator('[data-rule-id="recovery-after-hard"]')).toBeVisible();

  const plans = await call<{ id: number; name: string }[]>(request, 'plans.list', {});
  const plan = plans.find((p) => p.name === planName)!;
  const doc = await call<{ sessions: { id: string; date: string; durationMin: number }[] }>(request, 'plans.get', {
    id: plan.id,
  });
  expect(doc.sessions).toEqual([expect.objectContaining({ id, date: '2027-03-11', durationMin: 75 })]);
});

test('the week totals come from the evaluated week figures', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: '+ Athlete' }).click();
  await page.getByTestId('athlete-form').getByLabel('Name').fill(uniqueName('Totals'));
  await page.getByTestId('athlete-form').getByRole('button', { name: 'Create athlete' }).click();
  await page.getByRole('button', { name: '+ Plan' }).click();
  await page.getByTestId('plan-form').getByLabel('Name').fill('Totals');
  await page.getByTestId('plan-form').getByLabel('Start date').fill('2027-03-01');
  await page.getByTestId('plan-form').getByRole('button', { name: 'Create plan' }).click();

  // A long run (90 min, RPE 5) on Sunday of week 1: 90 min; its recovery run on Monday is in week 2.
  await paletteItem(page, 'long').dragTo(day(page, '2027-03-07'));
  await paletteItem(page, 'easy').dragTo(day(page, '2027-03-03'));
  const week1 = page.locator('[data-week-summary="1"]');
  await expect(week1).toContainText('2 sessions');
  await expect(week1.locator('[data-figure="minutes"]')).toHaveText('2 h 15 min');
  await expect(week1.locator('[data-figure="load"]')).toHaveText('585 AU'); // 90×5 + 45×3
  const week2 = page.locator('[data-week-summary="2"]');
  await expect(week2).toContainText('1 session');
  await expect(week2.locator('[data-figure="minutes"]')).toHaveText('30 min');
});
