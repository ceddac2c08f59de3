/**
 * Building a plan in weeks (issue 9): copy a week and paste it onto others, repeat it, insert
 * and delete weeks, with the mouse (labels, the week menu, the toolbar's Undo/Redo) and with the
 * keyboard only; undo survives a reload; several sessions copied and pasted keep their offsets.
 */
import { expect, test, type Page } from '@playwright/test';
import { call, coachCards, day, openApp, seedPlan } from './app';

const label = (page: Page, n: number) => page.locator(`[data-week-label="${n}"]`);

/** A week's coach sessions as "dayOffset:kind", in calendar order. */
async function weekKinds(page: Page, week: number): Promise<string[]> {
  return page
    .locator(`[data-week="${week}"] [data-date]`)
    .evaluateAll((days) =>
      days.flatMap((d, offset) =>
        [...d.querySelectorAll<HTMLElement>('[data-origin="coach"]')].map((c) => `${offset}:${c.dataset.kind}`),
      ),
    );
}

const WEEK_1 = ['1:intervals', '3:tempo', '6:long'];

async function seedWeekOne(page: Page, request: Parameters<typeof seedPlan>[1], startDate: string) {
  const seeded = await seedPlan(page, request, { plan: { startDate, weeks: 8 } });
  const [y, m, d] = startDate.split('-').map(Number);
  const at = (offset: number) => new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
  for (const [offset, kind] of [
    [1, 'intervals'],
    [3, 'tempo'],
    [6, 'long'],
  ] as const)
    await call(request, 'sessions.add', { planId: seeded.planId, date: at(offset), kind });
  return { ...seeded, at };
}

async function weekMenu(page: Page, week: number, action: string) {
  await label(page, week).click({ button: 'right' });
  await page.locator(`[role="menu"] [data-week-action="${action}"]`).click();
}

test('with the mouse: copy a week onto three, repeat, insert and delete weeks, undo and redo', async ({
  page,
  request,
}) => {
  const { planId } = await seedWeekOne(page, request, '2040-01-02');
  await openApp(page);
  const undo = page.getByTestId('undo'); // the toolbar's (a paste's notice has an Undo too)
  const redo = page.getByRole('button', { name: /^Redo/ });
  // The seeded sessions were edits too (undoable); nothing is undone yet, so nothing to redo.
  await expect(redo).toBeDisabled();
  await expect(redo).toHaveAccessibleName('Redo: nothing to redo');

  // Copy week 1; select weeks 3–5; paste fills each of them.
  await label(page, 1).click();
  await weekMenu(page, 1, 'copy');
  await label(page, 3).click();
  await label(page, 5).click({ modifiers: ['Shift'] });
  await weekMenu(page, 3, 'paste');
  for (const w of [3, 4, 5]) await expect.poll(() => weekKinds(page, w)).toEqual(WEEK_1);
  await expect(undo).toHaveAccessibleName('Undo paste week 1 onto weeks 3–5');

  // Undo takes all three back in one step; Redo brings them again.
  await undo.click();
  for (const w of [3, 4, 5]) await expect.poll(() => weekKinds(page, w)).toEqual([]);
  await expect(redo).toHaveAccessibleName('Redo paste week 1 onto weeks 3–5');
  await redo.click();
  await expect.poll(() => weekKinds(page, 4)).toEqual(WEEK_1);

  // Repeat week 1 twice: weeks 2 and 3.
  await weekMenu(page, 1, 'repeat');
  const dialog = page.getByTestId('week-count-dialog');
  await dialog.getByLabel('Times').fill('2');
  await dialog.getByRole('button', { name: 'Repeat' }).click();
  await expect.poll(() => weekKinds(page, 2)).toEqual(WEEK_1);

  // Insert an empty week before week 2: the plan grows, later weeks move down.
  await label(page, 2).click();
  await weekMenu(page, 2, 'insert-before');
  await expect(page.locator('[data-week-label]')).toHaveCount(9);
  await expect.poll(() => weekKinds(page, 2)).toEqual([]);
  await expect.poll(() => weekKinds(page, 3)).toEqual(WEEK_1);
  await expect(undo).toHaveAccessibleName('Undo insert an empty week before week 2');

  // Delete it again: a notice says so and offers Undo.
  await weekMenu(page, 2, 'delete');
  await expect(page.locator('[data-week-label]')).toHaveCount(8);
  const notice = page.getByTestId('edit-notice');
  await expect(notice).toContainText('Deleted week 2');
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('[data-week-label]')).toHaveCount(9);

  // Main holds what the screen shows.
  const doc = await call<{ plan: { weeks: number }; history: { undo: string | null } }>(request, 'plans.get', {
    id: planId,
  });
  expect(doc.plan.weeks).toBe(9);
  expect(doc.history.undo).toBe('Insert an empty week before week 2');
});

test('with the keyboard: select, copy, paste, clear; undo after a reload', async ({ page, request }) => {
  const { at } = await seedWeekOne(page, request, '2041-03-04');
  await openApp(page);

  // The focused day's week label is in the Tab order, just before its days.
  await day(page, at(0)).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(label(page, 1)).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Control+c');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(label(page, 3)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(label(page, 3)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-week="3"]')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Control+v');
  await expect.poll(() => weekKinds(page, 3)).toEqual(WEEK_1);
  // The paste replaced week 3: the notice says so with Undo (it still said "Copied week 1").
  await expect(page.getByTestId('edit-notice')).toContainText('Pasted week 1 onto week 3');

  await page.keyboard.press('Control+z');
  await expect.poll(() => weekKinds(page, 3)).toEqual([]);
  await page.keyboard.press('Control+y');
  await expect.poll(() => weekKinds(page, 3)).toEqual(WEEK_1);

  // Delete on a selected week clears it, with a notice.
  await label(page, 3).focus();
  await page.keyboard.press('Delete');
  await expect.poll(() => weekKinds(page, 3)).toEqual([]);
  await expect(page.getByTestId('edit-notice')).toContainText('Cleared week 3');

  // The history lives in the store: after a reload, Ctrl+Z still brings the week back.
  await page.reload();
  await expect(label(page, 1)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Undo/ })).toHaveAccessibleName('Undo clear week 3');
  await day(page, at(0)).click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => weekKinds(page, 3)).toEqual(WEEK_1);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => weekKinds(page, 3)).toEqual([]);
});

test('several sessions copy and paste keeping their days apart, move with Alt+arrows, delete with Undo', async ({
  page,
  request,
}) => {
  const { at } = await seedWeekOne(page, request, '2042-05-05');
  await openApp(page);

  await coachCards(page, at(1)).click();
  await coachCards(page, at(3)).click({ modifiers: ['Control'] });
  await page.keyboard.press('Control+c');
  // Paste on Monday of week 2: Tuesday→Monday, Thursday two days later (Wednesday).
  await day(page, at(7)).click();
  await page.keyboard.press('Control+v');
  await expect.poll(() => weekKinds(page, 2)).toEqual(['0:intervals', '2:tempo']);
  const pasted = page.locator('[data-week="2"] [data-origin="coach"][aria-selected="true"]');
  await expect(pasted).toHaveCount(2);

  // Alt+→ moves both a day later.
  await pasted.first().focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(() => weekKinds(page, 2)).toEqual(['1:intervals', '3:tempo']);

  // Delete removes both, with a notice whose Undo brings them back.
  await page.locator('[data-week="2"] [data-origin="coach"]').first().focus();
  await page.keyboard.press('Delete');
  await expect.poll(() => weekKinds(page, 2)).toEqual([]);
  const notice = page.getByTestId('edit-notice');
  await expect(notice).toContainText('Deleted 2 sessions');
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => weekKinds(page, 2)).toEqual(['1:intervals', '3:tempo']);
});

test('a copied block pastes into another plan; past week 104 it is refused with a sentence', async ({
  page,
  request,
}) => {
  const { athleteId } = await seedWeekOne(page, request, '2044-01-04');
  const other = await call<{ id: number; name: string }>(request, 'plans.create', {
    athleteId,
    name: `Long plan ${Date.now().toString(36)}`,
    startDate: '2044-06-06',
    weeks: 104,
    weekStartsOn: 'monday',
    units: 'km',
  });
  await openApp(page);

  // Weeks 1–2 of this plan on the clipboard.
  await label(page, 1).click();
  await label(page, 2).click({ modifiers: ['Shift'] });
  await label(page, 1).focus();
  await page.keyboard.press('Control+c');

  // The other plan: pasted onto week 5, the copy lands there.
  await page.locator('.plan-name', { hasText: other.name }).click();
  await expect(page.locator('[data-week-label]')).toHaveCount(104);
  await label(page, 5).click();
  await page.keyboard.press('Control+v');
  await expect.poll(() => weekKinds(page, 5)).toEqual(WEEK_1);

  // Onto week 104 a two-week block would need week 105: refused, nothing changes.
  await label(page, 104).scrollIntoViewIfNeeded();
  await label(page, 104).click();
  await page.keyboard.press('Control+v');
  await expect(page.getByRole('alert')).toContainText('a plan has at most 104 weeks');
  await expect(page.locator('[data-week-label]')).toHaveCount(104);
  expect(await weekKinds(page, 104)).toEqual([]);
});

test('on a long plan, a repeat shows on the weeks in view at once and on the far weeks soon after', async ({
  page,
  request,
}) => {
  const startDate = '2027-01-04';
  const seeded = await seedPlan(page, request, { plan: { startDate, weeks: 52 } });
  const [y, m, d] = startDate.split('-').map(Number);
  const at = (offset: number) => new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
  for (const [offset, kind] of [
    [1, 'intervals'],
    [3, 'tempo'],
    [6, 'long'],
  ] as const)
    await call(request, 'sessions.add', { planId: seeded.planId, date: at(offset), kind });
  await openApp(page);
  await label(page, 1).scrollIntoViewIfNeeded();
  await weekMenu(page, 1, 'repeat');
  const dialog = page.getByTestId('week-count-dialog');
  await dialog.getByLabel('Times').fill('51');
  await dialog.getByRole('button', { name: 'Repeat' }).click();
  await expect.poll(() => weekKinds(page, 2)).toEqual(WEEK_1);
  // Rows far below are made in idle time (CalendarCells): every week has its three sessions,
  // in the DOM before anyone scrolls there, and the last week shows them when scrolled to.
  await expect(page.locator('[data-week] [data-origin="coach"]')).toHaveCount(52 * 3);
  await label(page, 52).scrollIntoViewIfNeeded();
  await expect.poll(() => weekKinds(page, 52)).toEqual(WEEK_1);
  // Its totals (recovery runs included) are week 2's.
  const week2 = (await page.locator('[data-week-summary="2"]').textContent())!;
  expect(week2).toMatch(/^\s*5 sessions/);
  await expect(page.locator('[data-week-summary="52"]')).toHaveText(week2);
  // Undo takes all of it back, far weeks included.
  await page.getByRole('button', { name: /^Undo repeat week 1/ }).click();
  await expect(page.locator('[data-week] [data-origin="coach"]')).toHaveCount(3);
  await expect.poll(() => weekKinds(page, 52)).toEqual([]);
});
