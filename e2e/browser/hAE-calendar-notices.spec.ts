/**
 * Four things a coach noticed in the calendar (session 8, hAE): pasted sessions were announced as
 * "Copied 2 sessions"; after a drop from the palette the keyboard stayed on the palette; the
 * closed inspector's rail showed the warning count as a bare amber number; and at 1024×700 the
 * inspector, opened over the calendar, covered the Saturday session it was showing.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { call, coachCards, day, openApp, paletteItem, seedPlan, uniqueName } from './app';

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

test('a kind dragged from the palette takes the focus: Alt+arrow and Delete act on the new card', async ({
  page,
  request,
}) => {
  await seedPlan(page, request, { plan: { startDate: '2046-01-01', weeks: 4 } });
  await openApp(page);
  const scroller = page.locator('.calendar-wrap .scroller');
  const scrollBefore = await scroller.evaluate((el) => [el.scrollLeft, el.scrollTop]);

  await paletteItem(page, 'long').dragTo(day(page, '2046-01-07'));
  await expect(coachCards(page, '2046-01-07')).toHaveCount(1);
  // The focus stayed on the palette's "Long run": the next keys did nothing.
  await expect(coachCards(page, '2046-01-07')).toBeFocused();
  expect(await scroller.evaluate((el) => [el.scrollLeft, el.scrollTop])).toEqual(scrollBefore);

  await page.keyboard.press('Alt+ArrowLeft');
  await expect(coachCards(page, '2046-01-07')).toHaveCount(0);
  await expect(coachCards(page, '2046-01-06')).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(coachCards(page, '2046-01-06')).toHaveCount(0);
  await expect(page.getByTestId('edit-notice')).toContainText('Deleted Long run');
});

test('a library workout dragged onto a day takes the focus too', async ({ page, request }) => {
  await seedPlan(page, request, { plan: { startDate: '2046-01-01', weeks: 4 } });
  const title = uniqueName('Hill repeats');
  await call(request, 'library.save', { kind: 'hills', title, durationMin: 50, rpe: 7 });
  await openApp(page);

  await page.locator('.palette [data-library-id]', { hasText: title }).dragTo(day(page, '2046-01-03'));
  await expect(coachCards(page, '2046-01-03')).toHaveCount(1);
  await expect(coachCards(page, '2046-01-03')).toBeFocused();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(coachCards(page, '2046-01-04')).toBeFocused();
  await expect(coachCards(page, '2046-01-03')).toHaveCount(0);
});

test('a card dragged to another day keeps the focus there', async ({ page, request }) => {
  await seedWeekOne(page, request);
  await openApp(page);
  await coachCards(page, '2046-01-02').dragTo(day(page, '2046-01-04'));
  await expect(coachCards(page, '2046-01-02')).toHaveCount(0);
  await expect(coachCards(page, '2046-01-04')).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(coachCards(page, '2046-01-04')).toHaveCount(0);
});

test('a drop main refuses leaves the focus on the day it was dropped on', async ({ page, request }) => {
  await seedPlan(page, request, { plan: { startDate: '2046-01-01', weeks: 4 } });
  await openApp(page);
  await page.route('**/api/plans.edit', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'invalid', message: 'Refused by main for this test' } }),
    }),
  );
  await paletteItem(page, 'tempo').dragTo(day(page, '2046-01-04'));
  await expect(page.getByText('Refused by main for this test')).toBeVisible();
  await expect(coachCards(page, '2046-01-04')).toHaveCount(0);
  // Not left on the palette, nor dropped to the page: on the day, where the keyboard carries on.
  await expect(day(page, '2046-01-04')).toBeFocused();
});

/** Three weeks with Saturday long runs of 14, 16 and 20 km: week 3's spikes (one warning). */
async function seedSpike(page: Page, request: Parameters<typeof seedPlan>[1]) {
  const seeded = await seedPlan(page, request, {
    athlete: { recentLongestRunKm: 15, recentWeeklyKm: 22, runDaysPerWeek: 4 },
    plan: { startDate: '2027-03-01', weeks: 3 },
  });
  for (const [i, km] of [14, 16, 20].entries()) {
    const date = (d: number) => `2027-03-${String(d + 7 * i).padStart(2, '0')}`;
    await call(request, 'sessions.add', { planId: seeded.planId, date: date(2), kind: 'easy', durationMin: 48 });
    await call(request, 'sessions.add', {
      planId: seeded.planId,
      date: date(6),
      kind: 'long',
      distanceKm: km,
      durationMin: km * 6,
    });
  }
  return seeded;
}

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
]) {
  test(`the closed inspector's rail says what its count counts (${viewport.width}×${viewport.height})`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize(viewport);
    await seedSpike(page, request);
    await openApp(page);
    await expect(page.locator('.calendar .marker.warning')).toHaveCount(1);
    const toggle = page.locator('#toggle-inspector');
    // Wide, the inspector starts open: the coach closes it to get its rail.
    if (viewport.width >= 1200) await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // It showed a bare amber "1": now the warning's triangle, the count and the word.
    await expect(toggle).toHaveAccessibleName('Show the inspector and warnings: 1 warning');
    const word = toggle.getByText('warning', { exact: true });
    await expect(word).toBeVisible();
    await expect(toggle.locator('.marker.warning')).toBeVisible();
    // All of it inside the rail, none cut off by the window's edge.
    const rail = (await page.locator('.right-col').boundingBox())!;
    for (const part of [word, toggle.locator('.marker.warning'), toggle.locator('.num')]) {
      const box = (await part.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(rail.x);
      expect(box.x + box.width).toBeLessThanOrEqual(rail.x + rail.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    }
    await toggle.click();
    await expect(page.getByTestId('warnings-list')).toBeVisible();
  });
}

/** Whether the coach sees `target` at its centre: nothing (the inspector) lies over it. */
async function seenAtCentre(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && el.contains(hit);
  });
}

test('at 1024×700 the inspector opened on a weekend run leaves that run in sight', async ({ page, request }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const { planId } = await seedSpike(page, request);
  await call(request, 'sessions.add', { planId, date: '2027-03-14', kind: 'easy', durationMin: 40 });
  await call(request, 'sessions.add', { planId, date: '2027-03-11', kind: 'easy', durationMin: 35 });
  await openApp(page);
  const inspector = page.locator('#inspector-panel');
  await expect(inspector).toBeHidden();

  // A double click on Thursday's run, as coaches open things: its first click opens the
  // inspector and the days narrow; the second lands on Friday's empty space, whose add menu must
  // not open.
  await coachCards(page, '2027-03-11').dblclick();
  await expect(inspector).toBeVisible();
  await expect(page.locator('#ins-duration')).toHaveValue('35');
  await expect(page.locator('[role="menu"]')).toHaveCount(0);

  const saturday = coachCards(page, '2027-03-13');
  // Saturday's long run, opened: the inspector lay over Saturday, Sunday and the totals.
  await saturday.click();
  await expect(page.locator('#ins-duration')).toHaveValue('96');
  expect(await seenAtCentre(saturday)).toBe(true);
  // What the coach types shows on the card beside it.
  await page.locator('#ins-duration').fill('100');
  await page.locator('#ins-duration').press('Enter');
  await expect(saturday).toContainText('1 h 40 min');
  expect(await seenAtCentre(saturday)).toBe(true);

  // Sunday's run too: the calendar brings it into sight beside the inspector.
  const sunday = coachCards(page, '2027-03-14');
  await sunday.click();
  await expect(page.locator('#ins-duration')).toHaveValue('40');
  await expect.poll(() => seenAtCentre(sunday)).toBe(true);

  // Closed, the calendar has its whole width back: the week's totals are in sight.
  await page.locator('#toggle-inspector').click();
  await expect(inspector).toBeHidden();
  await expect.poll(() => seenAtCentre(page.locator('.calendar [data-week-summary="2"]'))).toBe(true);
});
