/**
 * Pictures of the calendar for people to look at (reports/screenshots/): a 14-week plan with
 * sessions across the weeks, derived ones and warnings, in light and in dark mode. The test also
 * checks what a picture cannot: the kind colours and that every card has its text label.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { addDays, startOfWeek, todayLocal } from '../../src-shared/domain/dates';
import { call, openApp, seedPlan } from './app';

async function seedSeason(page: Page, request: APIRequestContext): Promise<void> {
  // Two weeks before this week, so "today" is in the picture.
  const start = startOfWeek(addDays(todayLocal(new Date()), -14), 'monday');
  const { planId } = await seedPlan(page, request, {
    athlete: { name: 'Maya Ortiz', easyPaceSecPerKm: 340, recoveryStyle: 'run-and-rest', recentLongestRunKm: 14 },
    plan: { name: 'Spring 10K', goal: 'Sub-45 10K', startDate: start, weeks: 14 },
  });
  const add = (offset: number, kind: string, extra: Record<string, unknown> = {}) =>
    call(request, 'sessions.add', { planId, date: addDays(start, offset), kind, ...extra });
  for (let w = 0; w < 12; w++) {
    const o = w * 7;
    await add(o + 1, 'intervals', {
      title: w % 2 ? '5 × 1 km' : '6 × 800 m',
      distanceKm: 9 + (w % 3),
      notes: '2 min jog between',
    });
    await add(o + 3, 'easy', { distanceKm: 8 });
    if (w % 3 === 1) await add(o + 3, 'strength', { title: 'Core and hips' });
    await add(o + 4, 'tempo', { title: '3 × 10 min', distanceKm: 10 });
    await add(o + 6, 'long', { distanceKm: 14 + w, durationMin: 80 + w * 5 });
    if (w === 4) await add(o + 5, 'hills', { title: '8 × 60 s hills' });
    if (w === 7) await add(o + 2, 'fartlek');
    if (w === 9) await add(o + 0, 'cross', { title: 'Bike 40 min' });
    if (w === 10) await add(o + 0, 'rest');
  }
  await add(13 * 7 + 5, 'race', { title: 'City 10K', distanceKm: 10, durationMin: 45 });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`calendar screenshot, ${colorScheme}`, async ({ page, request }) => {
    await page.emulateMedia({ colorScheme });
    await seedSeason(page, request);
    await openApp(page);
    await expect(page.locator('.calendar [data-week]')).toHaveCount(14);
    await expect(page.locator('.calendar [data-origin="rule"]').first()).toBeVisible();

    // Every card carries its kind as text, not only as a colour.
    const cards = page.locator('.calendar [data-session-id]');
    const labels = await cards.evaluateAll((els) =>
      els.map((el) => el.querySelector('.kind-label')?.textContent?.trim() ?? ''),
    );
    expect(labels.length).toBeGreaterThan(50);
    expect(labels.every((l) => l.length > 0)).toBe(true);
    const edge = await page
      .locator('.calendar [data-origin="coach"][data-kind="intervals"]')
      .first()
      .evaluate((el) => getComputedStyle(el).borderLeftColor);
    expect(edge).toBe('rgb(213, 94, 0)'); // #D55E00

    // Text on every kind of card is readable: at least 4.5:1 against the card's own fill.
    const ratios = await cards.evaluateAll((els) => {
      const rgb = (css: string): number[] => {
        const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(css);
        if (srgb) return [1, 2, 3].map((i) => Number(srgb[i]) * 255);
        return (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      };
      const lum = ([r, g, b]: number[]) => {
        const c = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
      };
      const seen = new Set<string>();
      const out: { kind: string; ratio: number }[] = [];
      for (const el of els as HTMLElement[]) {
        const key = `${el.dataset.kind}-${el.dataset.origin}`;
        const meta = el.querySelector('.card-meta') ?? el.querySelector('.kind-label');
        if (seen.has(key) || !meta || el.dataset.kind === 'rest') continue;
        seen.add(key);
        const a = lum(rgb(getComputedStyle(meta).color));
        const b = lum(rgb(getComputedStyle(el).backgroundColor));
        out.push({ kind: key, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) });
      }
      return out;
    });
    expect(ratios.length).toBeGreaterThan(8);
    for (const r of ratios) expect(r.ratio, r.kind).toBeGreaterThanOrEqual(4.5);

    // A derived card selected, to show the inspector with Keep / Dismiss.
    await page.locator('.calendar [data-origin="rule"][data-kind="recovery"]').first().click();
    await expect(page.getByTestId('derived-details')).toBeVisible();
    await page.mouse.move(0, 0);
    await page.screenshot({
      path: `reports/screenshots/calendar${colorScheme === 'dark' ? '-dark' : ''}.png`,
    });
  });
}
