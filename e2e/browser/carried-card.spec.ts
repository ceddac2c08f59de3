/**
 * Alt+arrow carries the card's own element to its new day in the key's own frame, focus and all
 * (calendar/carried-card.ts, issue 9's 16 ms), and the edit follows after that frame. What the
 * coach sees in that first frame must be what the plan then shows: the card once, in the place
 * the rules give it, focused; and the element Svelte does not own must not outlive the edit.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { call, coachCards, day, openApp, seedPlan } from './app';

const session = (id: string, date: string, kind: string) => ({
  op: 'session.add',
  session: { id, date, kind, title: null, durationMin: 40, distanceKm: null, rpe: null, notes: null },
});

/** A 4-week plan from `startDate` holding these sessions (one step, version 1), opened in the app. */
async function openPlanWith(page: Page, request: APIRequestContext, startDate: string, sessions: object[]) {
  const { planId } = await seedPlan(page, request, { plan: { startDate, weeks: 4 } });
  await call(request, 'plans.edit', { planId, baseVersion: 0, label: 'Set up', edits: sessions });
  await openApp(page);
  return planId;
}

/** Alt+→ on the focused card, and what the key's frame shows (read as that frame starts). */
async function altRightNow(page: Page) {
  return page.evaluate(async () => {
    const card = document.activeElement as HTMLElement;
    card.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, bubbles: true, cancelable: true }),
    );
    await new Promise(requestAnimationFrame);
    const focused = document.activeElement as HTMLElement;
    const id = focused.dataset.sessionId!;
    return {
      id,
      day: focused.closest<HTMLElement>('[data-date]')?.dataset.date,
      copies: document.querySelectorAll(`[id="card-${id}"]`).length,
      lists: Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('.calendar [data-date]')]
          .filter((d) => d.querySelector('[data-session-id]'))
          .map((d) => [
            d.dataset.date!,
            [...d.querySelectorAll<HTMLElement>('[data-session-id]')]
              .filter((c) => c.style.display !== 'none')
              .map((c) => c.dataset.sessionId),
          ]),
      ),
    };
  });
}

test('Alt+→ shows the card on its new day, focused, in the rules’ place, in the key’s frame; the edit then leaves one card there', async ({
  page,
  request,
}) => {
  // Tuesday: k-tue and m-tue; Wednesday: a-wed and z-wed (the rules order a day by id: m goes
  // between a and z). k-tue stays on Tuesday.
  await openPlanWith(page, request, '2046-03-05', [
    session('m-tue', '2046-03-06', 'easy'),
    session('a-wed', '2046-03-07', 'easy'),
    session('z-wed', '2046-03-07', 'easy'),
    session('k-tue', '2046-03-06', 'easy'),
  ]);
  const card = page.locator('[data-session-id="m-tue"]');
  await card.focus();

  const now = await altRightNow(page);
  expect(now).toMatchObject({ id: 'm-tue', day: '2046-03-07', copies: 1 });
  expect(now.lists['2046-03-07']).toEqual(['a-wed', 'm-tue', 'z-wed']);
  expect(now.lists['2046-03-06']).toEqual(['k-tue']);

  // The edit has run: the same order, one card, still focused, and stored.
  await expect(page.getByRole('button', { name: /^Undo move/ })).toBeVisible();
  await expect(coachCards(page, '2046-03-07')).toHaveCount(3);
  await expect(page.locator('[id="card-m-tue"]')).toHaveCount(1);
  await expect(card).toBeFocused();
  expect(
    await coachCards(page, '2046-03-07').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-session-id'))),
  ).toEqual(['a-wed', 'm-tue', 'z-wed']);
  await expect(coachCards(page, '2046-03-06')).toHaveCount(1);
  await page.reload();
  await expect(day(page, '2046-03-07').locator('[data-session-id="m-tue"]')).toHaveCount(1);
});

test('a card carried onto a suggestion’s day hides the suggestion in that frame, as the rules drop it; onto an empty day it gets a list', async ({
  page,
  request,
}) => {
  // A tempo on Tuesday: the rules suggest a recovery run on Wednesday.
  await openPlanWith(page, request, '2046-04-02', [
    session('t-tue', '2046-04-03', 'tempo'),
    session('e-mon', '2046-04-02', 'easy'),
  ]);
  const suggestion = day(page, '2046-04-04').locator('[data-origin="rule"]');
  await expect(suggestion).toHaveCount(1);

  // The tempo goes to Wednesday: the suggestion there goes with it (hidden in the key's frame).
  await page.locator('[data-session-id="t-tue"]').focus();
  const first = await altRightNow(page);
  expect(first).toMatchObject({ id: 't-tue', day: '2046-04-04', copies: 1 });
  expect(first.lists['2046-04-04']).toEqual(['t-tue']);
  await expect(page.getByRole('button', { name: /^Undo move/ })).toBeVisible();
  // The rules' answer: the recovery run now follows on Thursday, nothing hidden is left behind.
  await expect(day(page, '2046-04-05').locator('[data-origin="rule"]')).toHaveCount(1);
  await expect(day(page, '2046-04-04').locator('[data-session-id]')).toHaveCount(1);
  await expect(page.locator('.calendar [data-session-id][style*="display: none"]')).toHaveCount(0);

  // Monday's run onto Tuesday, now empty: the card gets a list there, and Monday keeps none.
  await page.locator('[data-session-id="e-mon"]').focus();
  const second = await altRightNow(page);
  expect(second).toMatchObject({ id: 'e-mon', day: '2046-04-03', copies: 1 });
  await expect(page.getByRole('button', { name: /^Undo move Easy/ })).toBeVisible();
  await expect(page.locator('.calendar [data-date="2046-04-03"] .day-sessions')).toHaveCount(1);
  await expect(page.locator('.calendar [data-date="2046-04-02"] .day-sessions')).toHaveCount(0);
  await expect(page.locator('[data-session-id="e-mon"]')).toBeFocused();
});

test('a move main refuses (the plan changed in another window) leaves the card where the plan has it, once', async ({
  page,
  request,
}) => {
  const planId = await openPlanWith(page, request, '2046-05-07', [session('r-tue', '2046-05-08', 'easy')]);
  await expect(coachCards(page, '2046-05-08')).toHaveCount(1);
  // Another window changes the plan: this one's next edit is stale.
  await call(request, 'plans.edit', {
    planId,
    baseVersion: 1,
    label: 'Elsewhere',
    edits: [session('x-fri', '2046-05-11', 'easy')],
  });
  await page.locator('[data-session-id="r-tue"]').focus();
  const now = await altRightNow(page);
  expect(now).toMatchObject({ id: 'r-tue', day: '2046-05-09', copies: 1 });

  await expect(page.locator('.banner')).toContainText('This plan changed in another window');
  await expect(coachCards(page, '2046-05-08')).toHaveCount(1);
  await expect(coachCards(page, '2046-05-09')).toHaveCount(0);
  await expect(page.locator('[id="card-r-tue"]')).toHaveCount(1);
  await expect(coachCards(page, '2046-05-11')).toHaveCount(1);
});

test('Alt+→ on a Sunday carries the card into the next week’s Monday, and Alt+↑ back a week', async ({
  page,
  request,
}) => {
  await openPlanWith(page, request, '2046-06-04', [session('l-sun', '2046-06-10', 'long')]);
  const card = page.locator('[data-session-id="l-sun"]');
  await card.focus();
  expect(await altRightNow(page)).toMatchObject({ id: 'l-sun', day: '2046-06-11', copies: 1 });
  await expect(page.getByRole('button', { name: /^Undo move/ })).toBeVisible();
  await expect(day(page, '2046-06-11').locator('[data-session-id="l-sun"]')).toBeFocused();

  await page.keyboard.press('Alt+ArrowUp');
  await expect(day(page, '2046-06-04').locator('[data-session-id="l-sun"]')).toBeFocused();
  await expect(page.locator('[id="card-l-sun"]')).toHaveCount(1);
  await page.reload();
  await expect(day(page, '2046-06-04').locator('[data-session-id="l-sun"]')).toHaveCount(1);
});
