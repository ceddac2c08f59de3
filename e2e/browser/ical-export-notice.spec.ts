/**
 * Export → "Calendar for the athlete" after deleting a session: the file carries it cancelled
 * (src-main/export/ical.ts), and the app now says so, naming it, so the coach sends the new file.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { call, coachCards, openApp, seedPlan } from './app';

async function exportIcs(page: Page): Promise<{ name: string; text: string }> {
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-ics').click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

test('a re-export after a deletion says which session it cancels; the first export says nothing extra', async ({
  page,
  request,
}) => {
  const { planId } = await seedPlan(page, request, { plan: { startDate: '2027-03-01', weeks: 4 } });
  await call(request, 'sessions.add', { planId, date: '2027-03-03', kind: 'tempo' });
  await call(request, 'sessions.add', { planId, date: '2027-03-07', kind: 'long' });
  await openApp(page);

  const first = await exportIcs(page);
  expect(first.name).toMatch(/\.ics$/);
  const banner = page.locator('.banner[role="status"]');
  await expect(banner).toHaveCount(0);

  await coachCards(page, '2027-03-03').first().click();
  await page.keyboard.press('Delete');
  await expect(coachCards(page, '2027-03-03')).toHaveCount(0);

  const second = await exportIcs(page);
  expect(second.name).toBe(first.name);
  expect(second.text).toContain('STATUS:CANCELLED');
  // The tempo and the recovery run the rules had put after it.
  await expect(banner).toContainText(`Downloaded ${first.name}.`);
  await expect(banner).toContainText(
    'This calendar also cancels 2 sessions no longer in the plan: Tempo run on Wed 3 Mar and Recovery run — easy, conversational, 30 min on Thu 4 Mar. Send it to the athlete: their calendar drops them (or strikes them through) when they import the file.',
  );
});
