/**
 * Accessibility checked by a tool: axe-core runs in the page (through page.evaluate, since the
 * app's CSP refuses an injected <script>) on the calendar with the inspector, every dialog, the
 * chart's table view and the print pages, in light and dark mode. Zero serious or critical
 * violations; a skip link leads past the panels to the calendar.
 */
import axe from 'axe-core';
import { expect, test, type Page } from '@playwright/test';
import { addDays } from '../../src-shared/domain/dates';
import { printPageUrl } from '../../src-main/export/print-page';
import { appUrl, call, openApp, seedPlan, tabTo } from './app';

const START = '2027-03-01';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(axe.source);
  const result = await page.evaluate(async (selector) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const r = await run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
    return r.violations as unknown as Violation[];
  }, include ?? null);
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 4)
          .join(', ')}`,
    );
}

async function seed(page: Page, request: Parameters<typeof seedPlan>[1]) {
  const seeded = await seedPlan(page, request, {
    athlete: { easyPaceSecPerKm: 330, recoveryStyle: 'run-and-rest' },
    plan: { name: 'Spring half', goal: 'Sub-1:45', startDate: START, weeks: 4 },
  });
  const add = (offset: number, kind: string, extra: Record<string, unknown> = {}) =>
    call(request, 'sessions.add', { planId: seeded.planId, date: addDays(START, offset), kind, ...extra });
  for (let w = 0; w < 4; w++) {
    await add(w * 7 + 1, 'intervals', { title: '6 × 800 m', distanceKm: 10, notes: '2 min jog' });
    await add(w * 7 + 2, 'tempo', { title: '3 × 10 min' });
    await add(w * 7 + 6, 'long', { distanceKm: 16 + w * 3 });
  }
  return seeded;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violations: calendar, inspector, dialogs, chart table (${colorScheme})`, async ({
    page,
    request,
  }) => {
    // Eight full axe runs over a 4-week calendar: about 25 s on an idle 2-core machine.
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme });
    await seed(page, request);
    await openApp(page);
    await expect(page.locator('.calendar [data-origin="rule"]').first()).toBeVisible();

    expect(await seriousViolations(page), 'calendar').toEqual([]);

    // The inspector on a coach session, then on a derived one.
    await page.locator('.calendar [data-origin="coach"][data-kind="intervals"]').first().click();
    await expect(page.locator('.inspector #ins-kind')).toBeVisible();
    expect(await seriousViolations(page), 'inspector, coach session').toEqual([]);
    await page.locator('.calendar [data-origin="rule"]').first().click();
    await expect(page.getByTestId('derived-details')).toBeVisible();
    expect(await seriousViolations(page), 'inspector, derived session').toEqual([]);

    // The chart's table view.
    await page.locator('.load-chart-slot').getByRole('button', { name: 'Table', exact: true }).click();
    await expect(page.locator('.load-chart-slot table')).toBeVisible();
    expect(await seriousViolations(page), 'chart table').toEqual([]);

    // Every dialog: new athlete, edit athlete, new plan, edit plan, the add-session menu.
    const dialogs: [string, () => Promise<void>][] = [
      ['new athlete', () => page.getByRole('button', { name: '+ Athlete' }).click()],
      ['edit plan', () => page.getByRole('button', { name: 'Edit plan' }).click()],
      ['new plan', () => page.getByRole('button', { name: '+ Plan' }).click()],
    ];
    for (const [name, open] of dialogs) {
      await open();
      const dialog = page.locator('dialog[open]');
      await expect(dialog).toBeVisible();
      expect(await seriousViolations(page, 'dialog[open]'), name).toEqual([]);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toHaveCount(0);
    }
    await page.locator(`.calendar [data-date="${addDays(START, 3)}"]`).dblclick({ position: { x: 5, y: 5 } });
    await expect(page.getByRole('menu')).toBeVisible();
    expect(await seriousViolations(page), 'add-session menu').toEqual([]);
    await page.keyboard.press('Escape');
  });

  test(`no serious or critical axe violations: selections, the week menu and the newer dialogs (${colorScheme})`, async ({
    page,
    request,
  }) => {
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme });
    const { athleteId } = await seed(page, request);
    await openApp(page);
    await expect(page.locator('.calendar [data-origin="rule"]').first()).toBeVisible();

    // Weeks selected by their labels, sessions by Ctrl+click: what says "selected" must be
    // allowed where it is (aria-selected on a row and on an option).
    await page.locator('[data-week-label="2"]').click();
    await page.locator('[data-week-label="3"]').click({ modifiers: ['Shift'] });
    await expect(page.locator('[data-week][aria-selected="true"]')).toHaveCount(2);
    const cards = page.locator('.calendar [data-origin="coach"][data-kind="tempo"]');
    await cards.nth(0).click();
    await cards.nth(1).click({ modifiers: ['Control'] });
    await expect(page.locator('.calendar [data-session-id][aria-selected="true"]')).toHaveCount(2);
    expect(await seriousViolations(page), 'selected weeks and sessions').toEqual([]);

    // The week menu and the Repeat dialog.
    await page.locator('[data-week-label="1"]').click({ button: 'right' });
    await expect(page.getByRole('menu')).toBeVisible();
    expect(await seriousViolations(page), 'week menu').toEqual([]);
    await page.locator('[role="menu"] [data-week-action="repeat"]').click();
    const repeat = page.getByTestId('week-count-dialog');
    await expect(repeat).toBeVisible();
    expect(await seriousViolations(page, '[data-testid="week-count-dialog"]'), 'repeat dialog').toEqual([]);
    await repeat.getByRole('button', { name: 'Cancel' }).click();
    await expect(repeat).toBeHidden();

    // New plan from a goal, with its preview showing.
    const athlete = (await call<{ id: number; name: string }[]>(request, 'athletes.list', {})).find((a) => a.id === athleteId)!;
    await page.locator('nav li').filter({ hasText: athlete.name }).first().getByTestId('plan-from-goal').click();
    const goal = page.getByTestId('goal-plan-dialog');
    await goal.getByLabel('Race distance').selectOption('half');
    await goal.getByLabel('Race date').fill('2027-06-13');
    await expect(goal.getByTestId('goal-preview').locator('tbody tr').first()).toBeVisible();
    expect(await seriousViolations(page, '[data-testid="goal-plan-dialog"]'), 'goal dialog').toEqual([]);
    await goal.getByRole('button', { name: 'Cancel' }).click();
  });

  test(`no serious or critical axe violations on the print pages (${colorScheme})`, async ({ page, request }) => {
    await page.emulateMedia({ colorScheme });
    const { planId } = await seed(page, request);
    for (const view of ['weeks', 'plan'] as const) {
      await page.goto(printPageUrl(appUrl(), { planId, view, week: view === 'weeks' ? 1 : undefined }));
      await expect(page.locator('body')).toHaveAttribute('data-print-ready', 'true', { timeout: 20_000 });
      expect(await seriousViolations(page), view).toEqual([]);
    }
  });
}

test('a skip link leads from the first Tab to the calendar', async ({ page, request }) => {
  await seed(page, request);
  await openApp(page);
  await expect(page.locator('.calendar [data-week]')).toHaveCount(4);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to calendar' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('.calendar [data-date]:focus')).toHaveCount(1);
  // From there, Tab goes on into the focused day's sessions, not back to the sidebar.
  await tabTo(page, page.locator('.calendar [data-date]:focus'), 1);
});
