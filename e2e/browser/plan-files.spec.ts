/** Export the plan file and the iCal calendar as downloads, and import a plan file back. */
import { closeSync, openSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { call, coachCards, openApp, seedPlan, uniqueName } from './app';

test('export the plan and its calendar, then import the plan file as a new plan for the same athlete', async ({
  page,
  request,
}) => {
  const { planId, athleteId } = await seedPlan(page, request);
  await call(request, 'sessions.add', { planId, date: '2027-03-09', kind: 'intervals', title: '6 × 800 m' });
  await call(request, 'sessions.add', { planId, date: '2027-03-14', kind: 'long', distanceKm: 16 });
  await call(request, 'sessions.add', { planId, date: '2027-03-12', kind: 'rest' });
  await openApp(page);

  const exportMenu = page.getByRole('button', { name: 'Export', exact: true });
  await exportMenu.click();
  const [planDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: /Plan file/ }).click(),
  ]);
  expect(planDownload.suggestedFilename()).toMatch(/\.strideplan\.json$/);
  const text = readFileSync((await planDownload.path())!, 'utf8');
  const file = JSON.parse(text) as { format: string; plan: { name: string }; sessions: { date: string }[] };
  expect(file.format).toBe('stride-plan');
  expect(file.sessions.map((s) => s.date)).toEqual(expect.arrayContaining(['2027-03-09', '2027-03-14']));

  await exportMenu.click();
  const [icsDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: /Calendar for the athlete/ }).click(),
  ]);
  expect(icsDownload.suggestedFilename()).toMatch(/\.ics$/);
  const ics = readFileSync((await icsDownload.path())!, 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain('DTSTART;VALUE=DATE:20270309');
  expect(ics).toContain('DTSTART;VALUE=DATE:20270312');

  // Without rest days: the rest day is left out of the athlete's calendar, the runs stay.
  await exportMenu.click();
  const [noRestDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: /Calendar without rest days/ }).click(),
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
  // The file's athlete is one the coach has (same name, level, easy pace): the app asks first.
  const athleteName = (file as unknown as { athlete: { name: string } }).athlete.name;
  const ask = page.getByTestId('import-athlete-dialog');
  await expect(ask).toContainText(
    `Use ${athleteName}'s existing profile, or create a new athlete named ${athleteName} (2)?`,
  );
  await ask.getByRole('button', { name: 'Use existing profile' }).click();
  await expect(page.getByTestId('plan-title')).toHaveText(file.plan.name);
  await expect(
    page.getByRole('status').filter({ hasText: `Imported "${file.plan.name}" for ${athleteName}` }),
  ).toBeVisible();
  await expect(coachCards(page, '2027-03-09')).toContainText('6 × 800 m');
  const plans = await call<{ name: string; athleteId: number }[]>(request, 'plans.list', { athleteId });
  expect(plans.map((p) => p.name)).toContain(file.plan.name);
});

test('importing a plan whose athlete the coach has: a new athlete when the coach says so, nothing on Cancel', async ({
  page,
  request,
}) => {
  const name = uniqueName('Maya Ortiz');
  const { athleteId } = await seedPlan(page, request, { athlete: { name, easyPaceSecPerKm: 340 } });
  await openApp(page);
  const file = (planName: string) => ({
    name: 'maya.strideplan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'stride-plan',
        version: 2,
        athlete: { name, level: 'intermediate', easyPaceSecPerKm: 340 },
        plan: { name: planName, startDate: '2027-05-03', weeks: 4 },
        sessions: [{ id: 'a', date: '2027-05-04', kind: 'easy', durationMin: 40 }],
      }),
    ),
  });
  const ask = page.getByTestId('import-athlete-dialog');

  // Cancel: nothing imported.
  const cancelled = uniqueName('Cancelled');
  await page.getByTestId('import-input').setInputFiles(file(cancelled));
  await expect(ask).toContainText(`Use ${name}'s existing profile, or create a new athlete named ${name} (2)?`);
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();

  // A new athlete: named apart from the first ("… (2)"), it holds the plan; the first has no new
  // plan. The sidebar tells the two apart (it listed two athletes of one name).
  const planName = uniqueName('Second Maya');
  await page.getByTestId('import-input').setInputFiles(file(planName));
  await ask.getByRole('button', { name: 'Create a new athlete' }).click();
  await expect(page.getByTestId('plan-title')).toHaveText(planName);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `The new athlete is named ${name} (2): ${name} is already one of your athletes.` }),
  ).toBeVisible();
  await expect(page.locator('nav li').filter({ hasText: `${name} (2)` })).toHaveCount(1);
  const athletes = await call<{ id: number; name: string }[]>(request, 'athletes.list', {});
  expect(athletes.filter((a) => a.name === name)).toHaveLength(1);
  expect(athletes.filter((a) => a.name === `${name} (2)`)).toHaveLength(1);

  // The same file once more, a new athlete again: "… (3)".
  await page.getByTestId('import-input').setInputFiles(file(uniqueName('Third Maya')));
  await expect(ask).toContainText(`or create a new athlete named ${name} (3)?`);
  await ask.getByRole('button', { name: 'Create a new athlete' }).click();
  await expect(page.locator('nav li').filter({ hasText: `${name} (3)` })).toHaveCount(1);
  const mine = await call<{ name: string }[]>(request, 'plans.list', { athleteId });
  expect(mine.map((p) => p.name)).not.toContain(planName);
  expect(mine.map((p) => p.name)).not.toContain(cancelled);
});

test('a broken plan file is refused with main’s reasons and nothing is imported', async ({ page, request }) => {
  await seedPlan(page, request);
  await openApp(page);
  // Names of its own, so the check holds while other tests add plans to the same store.
  const planName = uniqueName('Broken plan');
  const athleteName = uniqueName('Broken athlete');
  await page.getByTestId('import-input').setInputFiles({
    name: 'bad.strideplan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ format: 'stride-plan', version: 9, athlete: { name: athleteName }, plan: { name: planName } }),
    ),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Import refused' })).toBeVisible();
  const plans = await call<{ name: string }[]>(request, 'plans.list', {});
  const athletes = await call<{ name: string }[]>(request, 'athletes.list', {});
  expect(plans.map((p) => p.name)).not.toContain(planName);
  expect(athletes.map((a) => a.name)).not.toContain(athleteName);
  expect(plans.length).toBeGreaterThan(0);
});

test('a plan file too large to be one is refused with its size, before it is sent, and nothing is imported', async ({
  page,
  request,
}, testInfo) => {
  await seedPlan(page, request);
  await openApp(page);
  const planName = uniqueName('Huge plan');
  const file = JSON.stringify({
    format: 'stride-plan',
    version: 2,
    athlete: { name: uniqueName('Huge athlete') },
    plan: { name: planName, startDate: '2027-03-01', weeks: 8 },
    sessions: [],
  });
  // 27 million characters: over the plan file's 20 and over the preview's 25 MB call limit,
  // whose sentence ("The call is larger than 25 MB") is about calls, not the coach's file.
  // From a file on disk: Chromium reads it by its path. As a buffer, 27 MB went through the
  // DevTools protocol in base64, which took 11 s on a quiet machine and over the test's minute on
  // a loaded one.
  const huge = testInfo.outputPath('huge.strideplan.json');
  writeFileSync(huge, file + ' '.repeat(27_000_000 - file.length));
  await page.getByTestId('import-input').setInputFiles(huge);
  await expect(page.getByRole('alert').filter({ hasText: 'Import refused' })).toHaveText(
    /Import refused: the file is about 27\.0 MB, larger than a plan file may be \(at most 20 MB\)/,
  );
  const plans = await call<{ name: string }[]>(request, 'plans.list', {});
  expect(plans.map((p) => p.name)).not.toContain(planName);
});

test('a file far too large (a video picked by mistake) is refused by its size at once, without being read', async ({
  page,
  request,
}, testInfo) => {
  await seedPlan(page, request);
  await openApp(page);
  // 2.4 GB, sparse: nothing is written to disk. Read whole, it was more than the tab could hold.
  const video = testInfo.outputPath('race-finish.mp4.json');
  closeSync(openSync(video, 'w'));
  truncateSync(video, 2_400_000_000);
  await page.getByTestId('import-input').setInputFiles(video);
  await expect(page.getByRole('alert').filter({ hasText: 'Import refused' })).toHaveText(
    /Import refused: the file is about 2400\.0 MB, larger than a plan file may be \(at most 20 MB\)/,
  );
});

test('a plan file saved as UTF-16 (Notepad’s “Unicode”) imports like its UTF-8 copy', async ({ page, request }) => {
  await seedPlan(page, request);
  await openApp(page);
  const planName = uniqueName('Notepad plan');
  const text = JSON.stringify(
    {
      format: 'stride-plan',
      version: 2,
      athlete: { name: uniqueName('Notepad athlete') },
      plan: { name: planName, startDate: '2027-03-01', weeks: 8 },
      sessions: [{ id: 's1', date: '2027-03-02', kind: 'tempo', durationMin: 50 }],
    },
    null,
    2,
  );
  await page.getByTestId('import-input').setInputFiles({
    name: 'notepad.strideplan.json',
    mimeType: 'application/json',
    buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
  });
  // Chromium's File.text() honours the UTF-16 byte-order mark (the command line did not: utf16-text.ts).
  await expect(page.getByText(`Imported "${planName}" with a new athlete.`)).toBeVisible();
  const plans = await call<{ name: string }[]>(request, 'plans.list', {});
  expect(plans.map((p) => p.name)).toContain(planName);
});
