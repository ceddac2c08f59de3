/** Shared helpers for the browser e2e tests: open the app, call the contract, find calendar parts. */
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

export const appUrl = (): string => process.env.STRIDE_E2E_URL!;

export async function openApp(page: Page): Promise<void> {
  await page.goto(appUrl());
  // Attached, not visible: on a narrow window the athletes panel starts closed.
  await expect(page.locator('nav[aria-label="Athletes and plans"]')).toBeAttached();
}

/** A name no other test uses, so tests never depend on each other's data. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Call the contract directly (to set up data, or to read what main stored). */
export async function call<T = unknown>(request: APIRequestContext, method: string, input: unknown): Promise<T> {
  const url = new URL(appUrl());
  const response = await request.post(`${url.origin}/api/${method}`, {
    headers: { 'x-stride-token': url.searchParams.get('token')!, 'content-type': 'application/json' },
    data: input,
  });
  const body = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value as T;
}

export interface Seeded {
  athleteId: number;
  planId: number;
  startDate: string;
}

/** An athlete with one plan, made through the contract; the app is then opened on that plan. */
export async function seedPlan(
  page: Page,
  request: APIRequestContext,
  options: { athlete?: Record<string, unknown>; plan?: Record<string, unknown> } = {},
): Promise<Seeded> {
  const athlete = await call<{ id: number }>(request, 'athletes.create', {
    name: uniqueName('Runner'),
    level: 'intermediate',
    runDaysPerWeek: 5,
    easyPaceSecPerKm: null,
    fatigued: false,
    recoveryStyle: 'runs',
    recentLongestRunKm: null,
    units: 'km',
    ...options.athlete,
  });
  const plan = await call<{ id: number; startDate: string }>(request, 'plans.create', {
    athleteId: athlete.id,
    name: uniqueName('Plan'),
    startDate: '2027-03-01',
    weeks: 12,
    weekStartsOn: 'monday',
    units: 'km',
    ...options.plan,
  });
  // The app opens the last plan it showed: point it at this one before it starts.
  await page.addInitScript(
    ([a, p]) => localStorage.setItem('stride.last-open', JSON.stringify({ athleteId: a, planId: p })),
    [athlete.id, plan.id],
  );
  return { athleteId: athlete.id, planId: plan.id, startDate: plan.startDate };
}

export const day = (page: Page, date: string): Locator => page.locator(`.calendar [data-date="${date}"]`);
export const coachCards = (page: Page, date: string): Locator => day(page, date).locator('[data-origin="coach"]');
/** A kind in the palette (not one of the coach's library workouts of that kind, which the run's shared store may hold). */
export const paletteItem = (page: Page, kind: string): Locator =>
  page.locator(`.palette [data-kind="${kind}"]:not([data-library-id])`);

/**
 * Press Tab until `target` has focus (proves it is reachable by keyboard). The limit is generous:
 * the store is shared by the whole run, and every athlete other tests add is a few more tab stops
 * in the sidebar before the calendar (60 was reached once in a run).
 */
export async function tabTo(page: Page, target: Locator, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/**
 * Main's answers to plan edits held back until `release()`, as on a busy machine: the calendar
 * shows each edit at once, and the coach's next key must act on what it shows. `held()` counts
 * the answers waiting.
 */
export async function holdEditAnswers(page: Page): Promise<{ held: () => number; release: () => void }> {
  const waiting: (() => void)[] = [];
  let holding = true;
  await page.route('**/api/plans.edit', async (route) => {
    if (holding) await new Promise<void>((go) => waiting.push(go));
    await route.continue();
  });
  return {
    held: () => waiting.length,
    release: () => {
      holding = false;
      waiting.splice(0).forEach((go) => go());
    },
  };
}
