/** Export the plan file and the iCal calendar as downloads, and import a plan file back. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { call, coachCards, openApp, seedPlan } from './app';

test('export the plan and its calendar, then import the plan file as a new plan for the same athlete', async ({
  page,
  request,
}) => {
  const { planId, athleteId } = await seedPlan(page, request);
  await call(request, 'sessions.add', { planId, date: '2027-03-09', kind: 'intervals', title: '6 × 800 m' });
  await call(request, 'sessions.add', { planId, date: '2027-03-14', kind: 'long', distanceKm: 16 });
  await call(request, 'sessions.add', { planId, date: '2027-03-12', kind: 'rest' });
  await openApp(page);

  const [planDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export plan' }).click(),
  ]);
  expect(planDownload.suggestedFilename()).toMatch(/\.strideplan\.json$/);
  const text = readFileSync((await planDownload.path())!, 'utf8');
  const file = JSON.parse(text) as { format: string; plan: { name: string }; sessions: { date: string }[] };
  expect(file.format).toBe('stride-plan');
  expect(file.sessions.map((s) => s.date)).toEqual(expect.arrayContaining(['2027-03-09', '2027-03-14']));

  const [icsDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export .ics' }).click(),
  ]);
  expect(icsDownload.suggestedFilename()).toMatch(/\.ics$/);
  const ics = readFileSync((await icsDownload.path())!, 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain('DTSTART;VALUE=DATE:20270309');
  expect(ics).toContain('DTSTART;VALUE=DATE:20270312');

  // Without rest days: the rest day is left out of the athlete's calendar, the runs stay.
  await page.getByTestId('ics-include-rest').uncheck();
  const [noRestDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export .ics' }).click(),
  ]);
  const noRest = readFileSync((await noRestDownload.path())!, 'utf8');
  expect(noRest).toContain('DTSTART;VALUE=DATE:20270309');
  expect(noRest).not.toContain('DTSTART;VALUE=DATE:20270312');
  expect(noRest).not.toContain('CATEGORIES:Rest');

  // Import it back under a new name: it opens, with its sessions, for the athlete of that name.
  file.plan.name = `${file.plan.name} (copy)`;
  await page.getByTestId('import-input').setInputFiles({
    name: 'copy.strideplan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.getByTestId('plan-title')).toHaveText(file.plan.name);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await expect(coachCards(page, '2027-03-09')).toContainText('6 × 800 m');
  const plans = await call<{ name: string; athleteId: number }[]>(request, 'plans.list', { athleteId });
  expect(plans.map((p) => p.name)).toContain(file.plan.name);
});

test('a broken plan file is refused with main’s reasons and nothing is imported', async ({ page, request }) => {
  await seedPlan(page, request);
  await openApp(page);
  const before = (await call<unknown[]>(request, 'plans.list', {})).length;
  await page.getByTestId('import-input').setInputFiles({
    name: 'bad.strideplan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'stride-plan', version: 9 })),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Import refused' })).toBeVisible();
  expect((await call<unknown[]>(request, 'plans.list', {})).length).toBe(before);
});
