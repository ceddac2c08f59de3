/**
 * A read-only plan store (a read-only file, folder or disk): the coach can look at, print and
 * export plans. What the coach met instead: Import… offered as usual, and every refused change
 * adding a red banner that repeated the blue read-only one word for word. Now Import… is not
 * offered, and a refused change says "That change was not saved" in the read-only banner itself.
 *
 * This spec runs its own preview host over a store opened read-only (as the app opens a store it
 * cannot write: `openAppStore`), since no file can be made unwritable for root, which CI runs as.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUILT_RENDERER_DIR } from '../../src-main/export/built-renderer';
import { createHandlers } from '../../src-main/handlers';
import { startLoopbackHost, type LoopbackHost } from '../../src-main/host/loopback-host';
import { databasePath } from '../../src-main/store/database';
import { openPlanStore, type PlanStore } from '../../src-main/store/plan-store';

let dir: string;
let store: PlanStore;
let host: LoopbackHost;
let ids: { athleteId: number; planId: number };

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stride-e2e-read-only-'));
  const writable = openPlanStore(databasePath(dir));
  const athlete = writable.athletes.create({
    name: 'Ada Read', level: 'intermediate', runDaysPerWeek: 5, easyPaceSecPerKm: 330,
    fatigued: false, recoveryStyle: 'runs', recentLongestRunKm: 14, units: 'km',
  });
  const plan = writable.plans.create({
    athleteId: athlete.id, uid: 'read-only-e2e', name: 'Spring 10K', goal: null,
    startDate: '2027-03-01', weeks: 4, weekStartsOn: 'monday', units: 'km',
  });
  writable.sessions.insert(plan.id, {
    id: 's-tempo', date: '2027-03-04', kind: 'tempo', title: null, durationMin: 50, distanceKm: 10, rpe: null, notes: null,
  });
  writable.close();
  ids = { athleteId: athlete.id, planId: plan.id };
  store = openPlanStore(databasePath(dir), { readonly: true });
  host = await startLoopbackHost({ handlers: createHandlers(store), rendererDir: BUILT_RENDERER_DIR, token: 'ro', port: 0 });
});

test.afterAll(async () => {
  await host?.close();
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a read-only store offers no Import…, and a refused change says so once, in the read-only banner', async ({ page }) => {
  await page.addInitScript(([a, p]) => localStorage.setItem('stride.last-open', JSON.stringify({ athleteId: a, planId: p })), [
    ids.athleteId,
    ids.planId,
  ] as const);
  await page.goto(`${host.url}?token=ro`);
  const banner = page.getByTestId('read-only-banner');
  await expect(banner).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Spring 10K' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import…' })).toHaveCount(0);

  // Alt+→ on the tempo: the card goes back to Thursday and the banner says the change was not saved.
  const card = page.locator('[data-session-id="s-tempo"]');
  await card.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(banner).toContainText('That change was not saved');
  await expect(page.locator('[data-date="2027-03-04"] [data-session-id="s-tempo"]')).toBeVisible();
  // One message about it on the page, not the same sentence twice.
  await expect(page.locator('.banner')).toHaveCount(1);
  await expect(page.getByText(/Stride can show and export its plans but not change them/)).toHaveCount(0);
});
