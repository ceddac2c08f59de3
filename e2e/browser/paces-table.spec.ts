/**
 * The athlete's paces (issue 11, paces.md): a recent race typed in the athlete form gives the VDOT
 * and the five training paces in the athlete panel, per km, and per mile once the athlete's units
 * are miles. The figures are paces.md's: a 10K in 42:30 is VDOT 48.4, and a 5K in 19:56 is the
 * table's VDOT 50 row (E 4:54–5:52, M 4:31, T 4:15, I 3:55, R 3:41 /km; ranges ± 3 s).
 */
import { expect, test, type Page } from '@playwright/test';
import { call, openApp, seedPlan, uniqueName } from './app';

async function setRace(page: Page, name: string, distance: string, time: string, units?: 'Kilometres' | 'Miles') {
  await page.getByRole('button', { name: `Edit ${name}` }).click();
  const form = page.getByTestId('athlete-form');
  await form.getByTestId('athlete-race-distance').fill(distance);
  await form.getByTestId('athlete-race-time').fill(time);
  if (units) await form.getByLabel('Units').selectOption({ label: units });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
}

const rows = (page: Page) => page.getByTestId('paces-table').locator('tr[data-zone]');

test('a recent race gives the VDOT and the training paces, per km and per mile', async ({ page, request }) => {
  const name = uniqueName('Maya Ortiz');
  await seedPlan(page, request, { athlete: { name } });
  await openApp(page);
  const table = page.getByTestId('paces-table');

  await setRace(page, name, '10k', '42:30');
  await expect(table.locator('summary')).toHaveText('Paces · VDOT 48.4');
  await table.locator('summary').click();
  await expect(rows(page)).toHaveText([
    /E\s*Easy\s*5:01–6:01 \/km/,
    /M\s*Marathon\s*4:36–4:42 \/km/,
    /T\s*Threshold\s*4:19–4:25 \/km/,
    /I\s*Interval\s*3:58–4:04 \/km/,
    /R\s*Repetition\s*3:44–3:50 \/km/,
  ]);
  // The race is named, and the times after it read as what it predicts: "from the recent race; 10K
  // 41:28" after a 5K in 20:00 read as though the recent race had been a 10K in 41:28.
  await expect(table.locator('.basis')).toHaveText('from the recent race, a 10K in 42:30; predicts half 1:34:09');

  // paces.md's check row for VDOT 50.
  await setRace(page, name, '5k', '19:56');
  await expect(table.locator('summary')).toHaveText('Paces · VDOT 50.0');
  await expect(table.locator('.basis')).toHaveText('from the recent race, a 5K in 19:56; predicts 10K 41:20, half 1:31:31');
  await expect(rows(page)).toHaveText([
    /4:54–5:52 \/km/,
    /4:28–4:34 \/km/,
    /4:12–4:18 \/km/,
    /3:52–3:58 \/km/,
    /3:38–3:44 \/km/,
  ]);

  // The same athlete in miles: the same paces per mile (× 1.609344), rounded to the second.
  await setRace(page, name, '5k', '19:56', 'Miles');
  await expect(table.locator('summary')).toHaveText('Paces · VDOT 50.0');
  await expect(rows(page)).toHaveText([
    /7:52–9:26 \/mi/,
    /7:11–7:21 \/mi/,
    /6:46–6:56 \/mi/,
    /6:13–6:23 \/mi/,
    /5:51–6:01 \/mi/,
  ]);
});

test('with no easy pace typed, a recent race sets the easy pace the recovery runs are shaped from', async ({ page, request }) => {
  // paces.md: the easy pace is the typed one, else the recent race's (66.5 % of its VDOT), else the
  // level's. A 10K in 45:00 gives 5:46 /km: an intermediate's 30 min recovery run at 5:46 + 0:56
  // is 4.5 km, where the level's 6:00 made it 4.3 km.
  const name = uniqueName('Maya Ortiz');
  const { planId } = await seedPlan(page, request, { athlete: { name } });
  await call(request, 'plans.edit', {
    planId, baseVersion: 0, label: 'Tempo',
    edits: [{ op: 'session.add', session: { id: 't1', date: '2027-03-02', kind: 'tempo', title: null, durationMin: 50, distanceKm: 10, rpe: null, notes: null } }],
  });
  await openApp(page);
  const recovery = page.locator('[data-date="2027-03-03"] [data-origin="rule"][data-kind="recovery"]');
  await expect(recovery).toContainText('4.3 km');

  await page.getByRole('button', { name: `Edit ${name}` }).click();
  const form = page.getByTestId('athlete-form');
  await expect(form.locator('#ath-pace-msg')).toHaveText('Empty: the level’s usual 6:00');
  await form.getByTestId('athlete-race-distance').fill('10k');
  await form.getByTestId('athlete-race-time').fill('45:00');
  await expect(form.locator('#ath-pace-msg')).toHaveText('Empty: from the recent race, 5:46');
  await expect(form.getByLabel(/Easy pace/)).toHaveAttribute('placeholder', '5:46');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(recovery).toContainText('4.5 km');
});
