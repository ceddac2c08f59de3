/**
 * Dates are the coach's local calendar dates end to end, whatever the time zone: the page runs
 * in a zone far from main's (which runs in the machine's, UTC on CI). Today is marked on the
 * coach's own today, and a session moved by keyboard or dropped across a daylight-saving change
 * lands on the day it was put on, as main stores it.
 */
import { expect, test } from '@playwright/test';
import { call, coachCards, day, openApp, paletteItem, seedPlan } from './app';

/** The calendar date in `timeZone` at `at` (YYYY-MM-DD). */
const dateIn = (timeZone: string, at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(at);

/** `iso` moved by `days` (UTC arithmetic on a date alone cannot shift a day). */
function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

interface Doc {
  sessions: { id: string; date: string }[];
}

// At any hour, one of the two zones is on another date than UTC (+14 from 10:00 UTC, −11 before
// 11:00 UTC), so a today taken from UTC is caught whenever the suite runs.
for (const [timeZone, name] of [
  ['Pacific/Kiritimati', 'UTC+14 (Kiritimati)'],
  ['Pacific/Pago_Pago', 'UTC−11 (Pago Pago)'],
] as const) {
  test.describe(name, () => {
    test.use({ timezoneId: timeZone });

    test("today is marked on the coach's own date", async ({ page, request }) => {
      const before = dateIn(timeZone, new Date());
      // The plan's first Monday on or before that date, two weeks before it so today is inside.
      const weekday = (new Date(`${before}T00:00:00Z`).getUTCDay() + 6) % 7;
      const startDate = addDays(before, -weekday - 14);
      await seedPlan(page, request, { plan: { startDate, weeks: 6 } });
      await openApp(page);
      const marked = page.locator('.calendar .day[aria-current="date"]');
      await expect(marked).toHaveCount(1);
      const after = dateIn(timeZone, new Date());
      // Midnight may pass between the two readings: the mark is on one of them, never on UTC's.
      expect([before, after]).toContain(await marked.getAttribute('data-date'));
    });
  });
}

test.describe('New York, across the spring daylight-saving change (Sun 14 Mar 2027)', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('a session moved by keyboard and one dropped land on the days they were put on', async ({ page, request }) => {
    const { planId } = await seedPlan(page, request, { plan: { startDate: '2027-03-08', weeks: 3 } });
    await call(request, 'sessions.add', { planId, date: '2027-03-13', kind: 'tempo' });
    await openApp(page);

    // Saturday → Sunday (the night the clocks go forward) → Monday, by keyboard.
    const card = coachCards(page, '2027-03-13');
    const id = (await card.getAttribute('data-session-id'))!;
    await card.focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect(coachCards(page, '2027-03-14')).toHaveAttribute('data-session-id', id);
    await page.keyboard.press('Alt+ArrowRight');
    await expect(coachCards(page, '2027-03-15')).toHaveAttribute('data-session-id', id);
    await expect(day(page, '2027-03-14').locator('.day-num')).toHaveText('14');

    // A long run dropped on the Sunday itself.
    await paletteItem(page, 'long').dragTo(day(page, '2027-03-14'));
    await expect(coachCards(page, '2027-03-14')).toHaveCount(1);

    await expect(async () => {
      const doc = await call<Doc>(request, 'plans.get', { id: planId });
      expect(doc.sessions.map((s) => s.date).sort()).toEqual(['2027-03-14', '2027-03-15']);
      expect(doc.sessions.find((s) => s.id === id)?.date).toBe('2027-03-15');
    }).toPass();
  });
});
