/**
 * A library workout main refuses to add (one with neither minutes nor steps, as an older library
 * or `stride library import` can hold) says why on the banner. It used to do nothing at all: the
 * refusal was kept for the inspector, beside the Duration field of the new session, which was
 * never shown because main had refused that session.
 */
import { expect, test } from '@playwright/test';
import { call, coachCards, day, openApp, seedPlan, uniqueName } from './app';

const SENTENCE = 'An interval session needs a duration: give it minutes, or steps with a time or distance';

test('a library workout with no duration, dropped or added, is refused on the banner', async ({ page, request }) => {
  await seedPlan(page, request, { plan: { startDate: '2046-01-01', weeks: 4 } });
  const title = uniqueName('Untimed reps');
  await call(request, 'library.save', { kind: 'intervals', title });
  await openApp(page);
  const workout = page.locator('.palette [data-library-id]', { hasText: title });
  const banner = page.getByRole('alert').filter({ hasText: SENTENCE });

  await workout.dragTo(day(page, '2046-01-03'));
  await expect(banner).toBeVisible();
  await expect(coachCards(page, '2046-01-03')).toHaveCount(0);
  // The inspector has no session to show: nothing is selected in its place.
  await expect(page.locator('.inspector #ins-duration')).toHaveCount(0);

  // Added with a click (to the focused day) instead: the same sentence.
  await page.reload();
  await expect(banner).toHaveCount(0);
  await page.locator('.palette [data-library-id]', { hasText: title }).click();
  await expect(banner).toBeVisible();
  await expect(page.locator('.calendar [data-origin="coach"]')).toHaveCount(0);
});
