/** What the rules add shows in the calendar: derived cards, the drag preview, warnings and their list. */
import { expect, test } from '@playwright/test';
import { call, day, openApp, paletteItem, seedPlan } from './app';

test('while a hard session is dragged over a day, what it would cause shows ghosted on the next days', async ({
  page,
  request,
}) => {
  await seedPlan(page, request);
  await openApp(page);
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  await paletteItem(page, 'intervals').dispatchEvent('dragstart', { dataTransfer });

  await day(page, '2027-03-09').dispatchEvent('dragover', { dataTransfer });
  await expect(day(page, '2027-03-09')).toHaveClass(/drop-target/);
  await expect(day(page, '2027-03-10').locator('[data-ghost="recovery-after-hard"]')).toBeVisible();
  // Ghosts are no sessions: nothing is saved or counted yet.
  await expect(page.locator('.calendar [data-session-id]')).toHaveCount(0);

  // Over another day, the preview follows.
  await day(page, '2027-03-11').dispatchEvent('dragover', { dataTransfer });
  await expect(day(page, '2027-03-10').locator('[data-ghost]')).toHaveCount(0);
  await expect(day(page, '2027-03-12').locator('[data-ghost="recovery-after-hard"]')).toBeVisible();
  await expect(day(page, '2027-03-09')).not.toHaveClass(/drop-target/);

  // An easy run causes nothing, so nothing is previewed.
  await paletteItem(page, 'intervals').dispatchEvent('dragend', { dataTransfer });
  await expect(page.locator('[data-ghost]')).toHaveCount(0);
  await paletteItem(page, 'easy').dispatchEvent('dragstart', { dataTransfer });
  await day(page, '2027-03-16').dispatchEvent('dragover', { dataTransfer });
  await expect(day(page, '2027-03-16')).toHaveClass(/drop-target/);
  await expect(page.locator('[data-ghost]')).toHaveCount(0);

  // Dropping makes it real: the ghost becomes a derived card.
  await paletteItem(page, 'easy').dispatchEvent('dragend', { dataTransfer });
  await paletteItem(page, 'long').dispatchEvent('dragstart', { dataTransfer });
  await day(page, '2027-03-14').dispatchEvent('dragover', { dataTransfer });
  await expect(day(page, '2027-03-15').locator('[data-ghost="recovery-after-hard"]')).toBeVisible();
  await day(page, '2027-03-14').dispatchEvent('drop', { dataTransfer });
  await expect(day(page, '2027-03-14').locator('[data-origin="coach"][data-kind="long"]')).toHaveCount(1);
  const derived = day(page, '2027-03-15').locator('[data-origin="rule"]');
  await expect(derived).toHaveAttribute('data-rule-id', 'recovery-after-hard');
  await expect(derived).toHaveAttribute('data-kind', 'recovery');
  await expect(derived).toContainText('auto');
  await expect(page.locator('[data-ghost]')).toHaveCount(0);
});

test('warnings mark their days, and the list scrolls to the week', async ({ page, request }) => {
  // Far enough ahead that today never falls in it (the calendar opens on today's week).
  const { planId } = await seedPlan(page, request, { plan: { startDate: '2038-03-01', weeks: 20 } });
  // Intervals then tempo on consecutive days of week 18: back-to-back hard sessions.
  await call(request, 'sessions.add', { planId, date: '2038-06-29', kind: 'intervals' });
  await call(request, 'sessions.add', { planId, date: '2038-06-30', kind: 'tempo' });
  await openApp(page);

  for (const date of ['2038-06-29', '2038-06-30']) {
    const marker = day(page, date).locator('.marker[data-rule-id="back-to-back-hard"]');
    await expect(marker).toHaveCount(1);
    await expect(marker).toHaveAttribute('title', /consecutive days/);
    await expect(marker).toHaveClass(/warning/);
  }
  const week18 = page.locator('[data-week="18"]');
  await expect(week18).not.toBeInViewport();

  const list = page.getByTestId('warnings-list');
  await expect(list).toContainText('Wk 18');
  await list.locator('[data-warning-rule="back-to-back-hard"]').first().click();
  await expect(week18).toBeInViewport();
  await expect(day(page, '2038-06-29')).toBeFocused();

  // The list collapses.
  await list.locator('summary').click();
  await expect(list.locator('[data-warning-rule]').first()).toBeHidden();
});

test('the warnings list stays as the coach left it when the plan changes', async ({ page, request }) => {
  const { planId } = await seedPlan(page, request, { plan: { startDate: '2038-03-01', weeks: 20 } });
  // Back-to-back hard days in week 1 (a warning), and an easy run in week 2 to move about.
  await call(request, 'sessions.add', { planId, date: '2038-03-02', kind: 'intervals' });
  await call(request, 'sessions.add', { planId, date: '2038-03-03', kind: 'tempo' });
  await call(request, 'sessions.add', { planId, date: '2038-03-09', kind: 'easy' });
  await openApp(page);
  const list = page.getByTestId('warnings-list');
  // A few warnings: the list opens with the plan.
  await expect(list).toHaveAttribute('open', '');
  const easy = page.locator('.calendar [data-origin="coach"][data-kind="easy"]');

  // The coach closes it, then edits (the warnings stay): it stays closed, past main's answer.
  await list.locator('summary').click();
  await expect(list).not.toHaveAttribute('open');
  await easy.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(day(page, '2038-03-10').locator('[data-origin="coach"][data-kind="easy"]')).toHaveCount(1);
  await expect(page.getByRole('button', { name: /^Undo move/ })).toBeEnabled();
  await expect(list).not.toHaveAttribute('open');

  // Opened again, it stays open through the next edit.
  await list.locator('summary').click();
  await expect(list).toHaveAttribute('open', '');
  await easy.focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(day(page, '2038-03-09').locator('[data-origin="coach"][data-kind="easy"]')).toHaveCount(1);
  await expect(list).toHaveAttribute('open', '');
});
