/**
 * Fitness, fatigue and form on the load chart (issue 13): the toggle draws the three lines over the
 * plan's days, the race day's form is called out, the table view lists the same numbers as the
 * chart's own datasets (the wrapper's data attributes, read back from chart.js), the plan's phases
 * are named, and the toggle is remembered. Ends with screenshots for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { call, openApp, uniqueName } from './app';

/** A 4-week 10K block from Monday 1 March 2027: base, build, taper, and the race on Sunday 28 March. */
function planFile(name: string): string {
  const week = (w: number, offset: number) => {
    const d = 1 + 7 * (w - 1) + offset;
    return `2027-03-${String(d).padStart(2, '0')}`;
  };
  const sessions: Record<string, unknown>[] = [];
  for (let w = 1; w <= 3; w++) {
    sessions.push(
      { id: `e${w}`, date: week(w, 0), kind: 'easy', durationMin: 40, distanceKm: 7 },
      { id: `t${w}`, date: week(w, 2), kind: w === 3 ? 'easy' : 'tempo', durationMin: 45, distanceKm: 9 },
      { id: `l${w}`, date: week(w, 6), kind: 'long', durationMin: w === 3 ? 60 : 80 + 10 * w, distanceKm: 12 + 2 * w },
    );
  }
  sessions.push(
    { id: 'e4', date: week(4, 1), kind: 'easy', durationMin: 30, distanceKm: 5 },
    { id: 'race', date: week(4, 6), kind: 'race', title: '10K', durationMin: 45, distanceKm: 10 },
  );
  return JSON.stringify({
    format: 'stride-plan',
    version: 2,
    athlete: {
      name: uniqueName('Form'),
      level: 'intermediate',
      runDaysPerWeek: 5,
      easyPaceSecPerKm: 360,
      recentWeeklyKm: 35,
    },
    plan: {
      name,
      startDate: '2027-03-01',
      weeks: 4,
      weekStartsOn: 'monday',
      units: 'km',
      phases: [
        { week: 1, phase: 'base' },
        { week: 2, phase: 'build' },
        { week: 3, phase: 'taper' },
        { week: 4, phase: 'race' },
      ],
    },
    sessions,
  });
}

const chart = (page: Page) => page.getByTestId('load-chart');
const attr = async (page: Page, name: string): Promise<string> => (await chart(page).getAttribute(name)) ?? '';

test('the fitness lines, the race-day form and the daily table agree', async ({ page, request }, testInfo) => {
  test.setTimeout(60_000);
  const name = uniqueName('Form plan');
  const imported = await call<{ plan: { id: number; athleteId: number } }>(request, 'files.importPlan', {
    text: planFile(name),
  });
  await page.addInitScript(
    ([a, p]) => localStorage.setItem('stride.last-open', JSON.stringify({ athleteId: a, planId: p })),
    [imported.plan.athleteId, imported.plan.id],
  );
  await openApp(page);
  await expect(page.getByRole('heading', { name })).toBeVisible();
  // What `stride rules` prints for this plan: the same figures must reach the chart.
  const doc = await call<{ plan: { id: number } }>(request, 'plans.get', { id: imported.plan.id });
  expect(doc.plan.id).toBe(imported.plan.id);

  // The ratio line by default; the phases are named whatever the lines.
  await expect(chart(page)).toHaveAttribute('data-lines', 'ratio');
  await expect(chart(page)).toHaveAttribute('data-phases', 'base,build,taper,race');
  expect(await attr(page, 'data-fitness')).toBe('');
  expect(await attr(page, 'data-acwr')).not.toBe('');

  await page.getByRole('group', { name: 'Line shows' }).getByRole('button', { name: 'Fitness & form' }).click();
  await expect(chart(page)).toHaveAttribute('data-lines', 'fitness');
  await expect.poll(async () => (await attr(page, 'data-fitness')).split(',').length).toBe(28);
  expect(await attr(page, 'data-acwr')).toBe('');
  const fitness = (await attr(page, 'data-fitness')).split(',').map(Number);
  const fatigue = (await attr(page, 'data-fatigue')).split(',').map(Number);
  const form = (await attr(page, 'data-form')).split(',').map(Number);
  // Day 1 (Mon 1 Mar): easy 40 min at RPE 3 = 120 AU from a start of 35 km × 6 min/km × 3 / 7 = 90:
  // fitness 90 + 30 × (1 − e^(−1/42)) = 90.7, fatigue 90 + 30 × (1 − e^(−1/7)) = 94.0, form 0.
  expect([fitness[0], fatigue[0], form[0]]).toEqual([90.7, 94, 0]);
  // The race day: a marker at its form, called out in words.
  const races = await attr(page, 'data-races');
  expect(races).toMatch(/^2027-03-28:-?\d+(\.\d)?$/);
  const raceForm = Number(races.split(':')[1]);
  expect(raceForm).toBe(form[27]);
  const callout = await attr(page, 'data-race-callouts');
  expect(callout).toBe(`Race: form ${raceForm > 0 ? '+' : raceForm < 0 ? '−' : ''}${Math.abs(Math.round(raceForm))}`);

  // The table view: every day's figures equal the chart's, and the race row says the same.
  await page.getByTestId('load-table-toggle').click();
  const table = page.getByTestId('fitness-table');
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(28);
  const column = async (figure: string) =>
    (await table
      .locator(`tbody [data-figure="${figure}"]`)
      .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))))) as number[];
  expect(await column('fitness')).toEqual(fitness);
  expect(await column('fatigue')).toEqual(fatigue);
  expect(await column('form')).toEqual(form);
  await expect(table.locator('tr[data-date="2027-03-28"] .race-note')).toHaveText(callout);
  await expect(table.locator('caption')).toContainText(`Sun 28 Mar: ${callout}`);
  await expect(page.getByTestId('load-table').locator('tr[data-week="3"] [data-figure="phase"]')).toHaveText('Taper');

  // Remembered: the lines are still on after a reload.
  await page.reload();
  await expect(chart(page)).toHaveAttribute('data-lines', 'fitness');
  await expect.poll(async () => (await attr(page, 'data-fitness')).split(',').length).toBe(28);
  await expect(page.getByTestId('load-table')).toBeHidden();

  mkdirSync('reports/screenshots', { recursive: true });
  await chart(page).screenshot({ path: 'reports/screenshots/fitness-chart-light.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(300);
  await chart(page).screenshot({ path: 'reports/screenshots/fitness-chart-dark.png' });
  testInfo.annotations.push({ type: 'screenshots', description: 'reports/screenshots/fitness-chart-*.png' });
});
