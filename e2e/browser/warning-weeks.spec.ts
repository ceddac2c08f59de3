/**
 * A run spike (recovery-rules.md) sits with the week of the run that spiked wherever the coach
 * reads it: the calendar marks that run's day, the warnings list says "Wk 3", and the plan's print
 * page (the PDF) lists it under week 3. The print page listed it under week 2, the week of the
 * earlier run it is compared with.
 */
import { expect, test } from '@playwright/test';
import { printPageUrl } from '../../src-main/export/print-page';
import { appUrl, call, day, openApp, seedPlan } from './app';

test('a week-3 long run that spikes over week 2’s is flagged in week 3 in the calendar, the warnings list and the print page', async ({
  page,
  request,
}) => {
  const { planId } = await seedPlan(page, request, {
    athlete: { recentLongestRunKm: 15, recentWeeklyKm: 22, runDaysPerWeek: 4 },
    plan: { weeks: 3 },
  });
  // An easy Tuesday and a Sunday long run each week: 14, 16 and 20 km (125 % of week 2's).
  for (const [i, km] of [14, 16, 20].entries()) {
    const date = (d: number) => `2027-03-${String(d + 7 * i).padStart(2, '0')}`;
    await call(request, 'sessions.add', {
      planId,
      date: date(2),
      kind: 'easy',
      title: `Easy W${i + 1}`,
      distanceKm: 8,
      durationMin: 48,
    });
    await call(request, 'sessions.add', {
      planId,
      date: date(7),
      kind: 'long',
      title: `Long W${i + 1}`,
      distanceKm: km,
      durationMin: km * 6,
    });
  }
  await openApp(page);

  // The calendar: the spiking run's day carries the run-spike marker; week 3's row is where it is.
  const spike = day(page, '2027-03-21').locator('.marker[data-rule-id="run-spike"]');
  await expect(spike).toHaveCount(1);
  await expect(spike).toHaveClass(/warning/);
  // Not on week 2's long run, the one it is compared with: it did nothing wrong.
  await expect(day(page, '2027-03-14').locator('.marker[data-rule-id="run-spike"]')).toHaveCount(0);
  await expect(page.locator('.calendar [data-week="3"] [data-date="2027-03-21"]')).toHaveCount(1);
  // The warnings list names week 3 and the spiking run's day.
  const entry = page.getByTestId('warnings-list').locator('[data-warning-rule="run-spike"]');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('Wk 3 · 21 Mar');

  // The plan's print page (what the PDF prints): under week 3, dated by the run that spiked.
  await page.goto(printPageUrl(appUrl(), { planId, view: 'plan' }));
  await expect(page.locator('body')).toHaveAttribute('data-print-ready', 'true', { timeout: 20_000 });
  const week = (n: number) => page.locator(`article.week[data-week="${n}"]`);
  await expect(week(3).locator('.warnings li.warning')).toHaveCount(1);
  await expect(week(3).locator('.warnings li.warning')).toContainText(
    'Sun 21 Mar: The Long W3 on Sunday 21 Mar covers 20 km',
  );
  await expect(week(2).locator('.warnings')).toHaveCount(0);
  // Its triangle is on the run that spiked, not on the run it is compared with.
  await expect(week(3).locator('.day .date:has(.flag.warning)')).toHaveText(['21 Mar']);
  await expect(week(2).locator('.flag')).toHaveCount(0);
  // The overview page sends the coach to week 3.
  await expect(page.getByText('listed under their week: week 3 (1).')).toBeVisible();
});
