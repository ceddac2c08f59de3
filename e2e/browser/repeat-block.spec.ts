/**
 * Repeat… on a block of weeks (a 3-week build + a cutback, or any run of weeks selected by their
 * labels): the whole block is repeated N times after it, block after block, replacing what is
 * there, as one undo step. It used to repeat only the block's first week.
 */
import { expect, test, type Page } from '@playwright/test';
import { call, openApp, seedPlan } from './app';
import { seriousViolations } from './axe';

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
const WEEK_2 = ['2:hills', '6:race'];

test('weeks 1–2 repeated twice fill weeks 3–4 and 5–6; one Undo brings back what was there', async ({
  page,
  request,
}) => {
  const startDate = '2044-01-04'; // a Monday
  const { planId } = await seedPlan(page, request, { plan: { startDate, weeks: 8 } });
  const [y, m, d] = startDate.split('-').map(Number);
  const at = (offset: number) => new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
  for (const [offset, kind] of [
    [1, 'intervals'],
    [3, 'tempo'],
    [6, 'long'],
    [9, 'hills'],
    [13, 'race'],
    // Week 4 already holds a session: the repeat replaces it, Undo brings it back.
    [24, 'easy'],
  ] as const)
    await call(request, 'sessions.add', { planId, date: at(offset), kind });
  await openApp(page);

  await label(page, 1).click();
  await label(page, 2).click({ modifiers: ['Shift'] });
  await expect(label(page, 2)).toHaveAttribute('aria-pressed', 'true');
  await label(page, 1).click({ button: 'right' });
  await page.locator('[role="menu"] [data-week-action="repeat"]').click();

  const dialog = page.getByTestId('week-count-dialog');
  await expect(dialog.getByRole('heading')).toHaveText('Repeat weeks 1–2');
  await dialog.getByLabel('Times').fill('2');
  await expect(dialog).toContainText('Copies weeks 1–2 onto weeks 3–6 (2 copies), replacing what is there.');
  await dialog.getByRole('button', { name: 'Repeat' }).click();
  await expect(dialog).toBeHidden();

  for (const w of [3, 5]) await expect.poll(() => weekKinds(page, w)).toEqual(WEEK_1);
  for (const w of [4, 6]) await expect.poll(() => weekKinds(page, w)).toEqual(WEEK_2);
  expect(await weekKinds(page, 7)).toEqual([]);
  await expect(page.locator('[data-week-label]')).toHaveCount(8);
  // The repeated block stays selected, not its copies: Repeat… again offers weeks 1–2, not 1–6.
  for (const w of [1, 2]) await expect(label(page, w)).toHaveAttribute('aria-pressed', 'true');
  for (const w of [3, 6]) await expect(label(page, w)).toHaveAttribute('aria-pressed', 'false');
  await label(page, 2).click({ button: 'right' });
  await page.locator('[role="menu"] [data-week-action="repeat"]').click();
  await expect(dialog.getByRole('heading')).toHaveText('Repeat weeks 1–2');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const undo = page.getByRole('button', { name: /^Undo/ });
  await expect(undo).toHaveAccessibleName('Undo repeat weeks 1–2 onto weeks 3–6 (2 copies)');
  const doc = await call<{ history: { undo: string | null }; sessions: unknown[] }>(request, 'plans.get', {
    id: planId,
  });
  expect(doc.history.undo).toBe('Repeat weeks 1–2 onto weeks 3–6 (2 copies)');
  expect(doc.sessions).toHaveLength(5 + 5 + 5);

  // One Undo: weeks 3, 5 and 6 empty again, week 4's own session back.
  await undo.click();
  for (const w of [3, 5, 6]) await expect.poll(() => weekKinds(page, w)).toEqual([]);
  await expect.poll(() => weekKinds(page, 4)).toEqual(['3:easy']);
  await expect.poll(() => weekKinds(page, 1)).toEqual(WEEK_1);
  await expect.poll(() => weekKinds(page, 2)).toEqual(WEEK_2);
  await expect(page.getByRole('button', { name: /^Redo/ })).toHaveAccessibleName(
    'Redo repeat weeks 1–2 onto weeks 3–6 (2 copies)',
  );
});

test('a block whose copies would pass week 104 is refused in the dialog with a sentence', async ({ page, request }) => {
  const { planId } = await seedPlan(page, request, { plan: { startDate: '2046-01-01', weeks: 100 } });
  await call(request, 'sessions.add', { planId, date: '2047-11-05', kind: 'tempo' }); // week 97
  await openApp(page);
  await label(page, 97).scrollIntoViewIfNeeded();
  await label(page, 97).click();
  await label(page, 100).click({ modifiers: ['Shift'] });
  await label(page, 97).click({ button: 'right' });
  await page.locator('[role="menu"] [data-week-action="repeat"]').click();

  const dialog = page.getByTestId('week-count-dialog');
  await expect(dialog.getByRole('heading')).toHaveText('Repeat weeks 97–100');
  const times = dialog.getByLabel('Times');
  // Once fits exactly (weeks 101–104, the plan grows); twice would need week 108.
  await expect(times).toHaveValue('1');
  await expect(dialog).toContainText(
    // Onto weeks the plan does not have yet: nothing is replaced (it said "replacing what is there").
    'Copies weeks 97–100 onto new weeks 101–104: the plan grows to 104 weeks.',
  );
  await times.fill('2');
  await expect(dialog).toContainText(
    'Repeating weeks 97–100 2 times would need week 108, and a plan has at most 104 weeks: at most once here.',
  );
  await expect(dialog.getByRole('button', { name: 'Repeat' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('[data-week-label]')).toHaveCount(100);
});

test('a single week whose copies would pass week 104 is refused in the dialog with the same sentence', async ({
  page,
  request,
}) => {
  // It said "A whole number from 1 to 3"; on week 104 Repeat stayed enabled and the refusal only
  // came afterwards, in a banner.
  const { planId } = await seedPlan(page, request, { plan: { startDate: '2046-01-01', weeks: 104 } });
  await call(request, 'sessions.add', { planId, date: '2047-12-03', kind: 'tempo' }); // week 101
  await openApp(page);
  const dialog = page.getByTestId('week-count-dialog');
  const times = dialog.getByLabel('Times');

  await label(page, 101).scrollIntoViewIfNeeded();
  await label(page, 101).click({ button: 'right' });
  await page.locator('[role="menu"] [data-week-action="repeat"]').click();
  await expect(dialog.getByRole('heading')).toHaveText('Repeat week 101');
  await expect(times).toHaveValue('3');
  await expect(dialog).toContainText('Copies week 101 onto weeks 102–104, replacing what is there.');
  const repeat = dialog.getByRole('button', { name: 'Repeat' });
  const fill = () => repeat.evaluate((el) => getComputedStyle(el).backgroundColor);
  const enabledFill = await fill();
  await times.fill('4');
  await expect(times).toHaveAccessibleDescription(
    'Repeating week 101 4 times would need week 105, and a plan has at most 104 weeks: at most 3 times here.',
  );
  await expect(times).toHaveAttribute('aria-invalid', 'true');
  await expect(repeat).toBeDisabled();
  // And it looks it: a disabled primary button kept its accent fill and read as pressable.
  expect(await fill()).not.toBe(enabledFill);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // The last week a plan can have: nothing fits after it, and the dialog says so before Repeat.
  await label(page, 104).scrollIntoViewIfNeeded();
  await label(page, 104).click({ button: 'right' });
  await page.locator('[role="menu"] [data-week-action="repeat"]').click();
  await expect(dialog.getByRole('heading')).toHaveText('Repeat week 104');
  await expect(times).toHaveAccessibleDescription(
    'Repeating week 104 once would need week 105, and a plan has at most 104 weeks: there is no room after it for a copy.',
  );
  await expect(dialog.getByRole('button', { name: 'Repeat' })).toBeDisabled();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-week-label]')).toHaveCount(104);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('from the keyboard: Space and Shift+↓ on the labels, Shift+F10, Repeat…, a count, Enter', async ({
  page,
  request,
}) => {
  const startDate = '2044-06-06'; // a Monday
  const { planId } = await seedPlan(page, request, { plan: { startDate, weeks: 6 } });
  const [y, m, d] = startDate.split('-').map(Number);
  const at = (offset: number) => new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
  for (const [offset, kind] of [
    [1, 'intervals'],
    [3, 'tempo'],
    [6, 'long'],
    [9, 'hills'],
    [13, 'race'],
  ] as const)
    await call(request, 'sessions.add', { planId, date: at(offset), kind });
  await openApp(page);

  await label(page, 1).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(label(page, 2)).toBeFocused();
  await expect(label(page, 2)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu')).toBeVisible();
  // Copy, Cut, Paste here, Repeat…
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator('[role="menu"] [data-week-action="repeat"]')).toBeFocused();
  await page.keyboard.press('Enter');

  const dialog = page.getByTestId('week-count-dialog');
  await expect(dialog.getByRole('heading')).toHaveText('Repeat weeks 1–2');
  // It starts at as many copies as fill the plan: two, onto weeks 3–6.
  await expect(dialog.getByLabel('Times')).toHaveValue('2');
  await expect(dialog).toContainText('Copies weeks 1–2 onto weeks 3–6 (2 copies), replacing what is there.');
  // The refusal past week 104 reads as an error tied to the field.
  await dialog.getByLabel('Times').fill('60');
  await expect(dialog.getByLabel('Times')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Times')).toHaveAccessibleDescription(
    'Repeating weeks 1–2 60 times would need week 122, and a plan has at most 104 weeks: at most 51 times here.',
  );
  expect(await seriousViolations(page, '[data-testid="week-count-dialog"]')).toEqual([]);
  await dialog.getByLabel('Times').fill('2');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(label(page, 1)).toBeFocused();
  for (const w of [3, 5]) await expect.poll(() => weekKinds(page, w)).toEqual(WEEK_1);
  for (const w of [4, 6]) await expect.poll(() => weekKinds(page, w)).toEqual(WEEK_2);

  await page.keyboard.press('Control+z');
  for (const w of [3, 4, 5, 6]) await expect.poll(() => weekKinds(page, w)).toEqual([]);
});
