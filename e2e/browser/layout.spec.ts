/**
 * The calendar fits a laptop and a zoomed window: at 1024×700, and at 1440×900 with 125 % and
 * 150 % zoom (1152×720 and 960×600 CSS pixels), all seven days and the week totals are on screen
 * without sideways scrolling; the side panels collapse (automatically when narrow, remembered when
 * chosen); the day names stay put while scrolling; the plan header wraps; card text is not clipped.
 * Screenshots go to reports/screenshots/ for people to look at.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { addDays } from '../../src-shared/domain/dates';
import { call, openApp, seedPlan } from './app';

const START = '2026-12-07';

async function seed(page: Page, request: APIRequestContext): Promise<void> {
  const { planId } = await seedPlan(page, request, {
    athlete: {
      name: 'Maya Ortiz-Villanueva',
      easyPaceSecPerKm: 340,
      recoveryStyle: 'run-and-rest',
      recentLongestRunKm: 14,
    },
    plan: {
      name: 'Half Marathon build for the Valencia spring race',
      goal: 'Sub-1:45 half marathon',
      startDate: START,
      weeks: 12,
    },
  });
  const add = (offset: number, kind: string, extra: Record<string, unknown> = {}) =>
    call(request, 'sessions.add', { planId, date: addDays(START, offset), kind, ...extra });
  for (let w = 0; w < 12; w++) {
    const o = w * 7;
    await add(o + 1, 'intervals', { title: '6×800 m @ 5K pace, 2 min jog', distanceKm: 10, durationMin: 55 });
    await add(o + 3, 'easy', { distanceKm: 8, durationMin: 45 });
    await add(o + 4, 'tempo', { title: '3 × 10 min', distanceKm: 10 });
    await add(o + 6, 'long', { distanceKm: 14 + w, durationMin: 80 + w * 5 });
  }
}

/** Everything that must be on screen, measured against the window. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect() ?? null;
    const scroller = document.querySelector<HTMLElement>('.calendar')!.parentElement!;
    const week = document.querySelector('.calendar [data-week]')!;
    const days = week.querySelectorAll('[data-date]');
    return {
      width: window.innerWidth,
      height: window.innerHeight,
      lastDay: days[days.length - 1].getBoundingClientRect().toJSON() as DOMRect,
      totals: week.querySelector('[data-week-summary]')!.getBoundingClientRect().toJSON() as DOMRect,
      sideways: scroller.scrollWidth - scroller.clientWidth,
      pageSideways: document.documentElement.scrollWidth - window.innerWidth,
      title: box('[data-testid="plan-title"]'),
      dates: box('[data-testid="plan-dates"]'),
      headerCut: [...document.querySelectorAll<HTMLElement>('.plan-header h1, .plan-header .item')].filter(
        (el) => el.scrollWidth > el.clientWidth + 1,
      ).length,
    };
  });
}

/** A card's kind label and title. */
const CARD_TEXT = '.calendar .card .kind-label, .calendar .card .card-title';

/** The texts of `selector` cut at their box's edge (an ellipsis, or clipped). */
function cutTexts(page: Page, selector: string): Promise<(string | null)[]> {
  return page
    .locator(selector)
    .evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent));
}

/**
 * The texts of `selector` wider than their box, to the pixel: an ellipsis shows for a fraction of a
 * pixel too much, which `cutTexts`' scrollWidth rounds away.
 */
function textsWiderThanBox(page: Page, selector: string): Promise<(string | null)[]> {
  return page.locator(selector).evaluateAll((els) =>
    els
      .filter((el) => {
        const text = document.createRange();
        text.selectNodeContents(el);
        return text.getBoundingClientRect().width > el.getBoundingClientRect().width + 0.01;
      })
      .map((el) => el.textContent),
  );
}

/** Card figures (with the dot after them) that run past their card's edge. */
function figuresPastCards(page: Page): Promise<string[]> {
  return page.locator('.calendar .card-meta').evaluateAll((metas) =>
    metas.flatMap((meta) => {
      const right = meta.getBoundingClientRect().right + 0.5;
      const figures = [...meta.querySelectorAll<HTMLElement>('.figure')];
      return figures.flatMap((figure) => {
        return figure.getBoundingClientRect().right > right ? [`${figure.textContent} runs past its card`] : [];
      });
    }),
  );
}

/**
 * The seeded plan at width×height with week 2's Sunday long run open in the inspector: the calendar
 * does not scroll sideways and the week's totals end left of the inspector.
 */
async function weekBesideOpenLongRun(page: Page, request: APIRequestContext, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await seed(page, request);
  await openApp(page);
  await expect(page.locator('.calendar [data-week]')).toHaveCount(12);
  await page.locator('.calendar [data-kind="long"]').nth(1).click();
  await expect(page.locator('#inspector-panel')).toBeVisible();
  await expect(page.locator('#inspector-panel')).toContainText('Long run');
  const m = await measure(page);
  expect(m.sideways).toBeLessThanOrEqual(0);
  expect(m.pageSideways).toBeLessThanOrEqual(0);
  const inspector = (await page.locator('.right-col').boundingBox())!;
  expect(m.totals.right).toBeLessThanOrEqual(inspector.x + 1);
  return m;
}

// A zoomed window is what Chromium's zoom makes of it: 1440×900 at 125 % is a 1152×720 CSS
// viewport drawn at 1.25 device pixels per CSS pixel (fractional rounding included).
for (const [width, height, scale, name] of [
  [1024, 700, 1, '1024x700'],
  [1152, 720, 1.25, '1440x900-at-125'],
  [960, 600, 1.5, '1440x900-at-150'],
] as const) {
  test.describe(name, () => {
    test.use({ viewport: { width, height }, deviceScaleFactor: scale });
    fitTest(width, name, scale);
  });
}

function fitTest(width: number, name: string, scale: number) {
  test(`all seven days and the totals fit at ${name}`, async ({ page, request }) => {
    expect(await page.evaluate(() => window.devicePixelRatio)).toBe(scale);
    await seed(page, request);
    await openApp(page);
    await expect(page.locator('.calendar [data-week]')).toHaveCount(12);
    const m = await measure(page);
    expect(m.sideways).toBeLessThanOrEqual(0);
    expect(m.pageSideways).toBeLessThanOrEqual(0);
    expect(m.lastDay.right).toBeLessThanOrEqual(width);
    expect(m.totals.right).toBeLessThanOrEqual(width);
    expect(m.totals.left).toBeGreaterThan(m.lastDay.left);
    expect(m.headerCut).toBe(0);
    expect(m.dates!.right).toBeLessThanOrEqual(width);
    expect(await cutTexts(page, CARD_TEXT)).toEqual([]);
    // Narrow: both side panels are closed, their rails stay.
    await expect(page.locator('#sidebar-panel')).toBeHidden();
    await expect(page.locator('#inspector-panel')).toBeHidden();
    await page.screenshot({ path: `reports/screenshots/layout-${name}.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `reports/screenshots/layout-${name}-dark.png` });
  });
}

test('the day names stay in place while the weeks scroll, and derived cards show their whole figures', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await seed(page, request);
  await openApp(page);
  const scroller = page.locator('.calendar-wrap .scroller');
  const headBefore = await page.locator('.cal-head').boundingBox();
  await scroller.evaluate((el) => el.scrollBy(0, 500));
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(400);
  const headAfter = await page.locator('.cal-head').boundingBox();
  expect(headAfter!.y).toBeCloseTo(headBefore!.y, 0);

  // No figure runs past its card, and the dot between two figures is drawn after the first, so
  // a line of figures never begins with one.
  await expect(page.locator('.calendar [data-origin="rule"]').first()).toBeVisible();
  expect(await figuresPastCards(page)).toEqual([]);
  const dots = await page
    .locator('.calendar .card-meta .figure')
    .evaluateAll((els) =>
      els.filter((el) => el.nextElementSibling).map((el) => getComputedStyle(el, '::after').content),
    );
  expect(dots.length).toBeGreaterThan(0);
  expect(new Set(dots)).toEqual(new Set(['"·"']));
  // Kind labels and titles are not cut either.
  expect(await cutTexts(page, CARD_TEXT)).toEqual([]);
});

test('the side panels open over a narrow calendar, and a wide window remembers them closed', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await seed(page, request);
  await openApp(page);
  const calendarBox = async () => (await page.locator('.calendar-wrap .scroller').boundingBox())!;
  const before = await calendarBox();
  await page.getByRole('button', { name: 'Show athletes and plans' }).click();
  await expect(page.locator('#sidebar-panel')).toBeVisible();
  // Over the calendar, which stays as it was behind it (it fell into the rail's 30-px column: a
  // blank page beside the panel).
  expect(await calendarBox()).toEqual(before);
  await page.keyboard.press('Escape');
  await expect(page.locator('#sidebar-panel')).toBeHidden();
  // Selecting a session opens the inspector over the calendar; a click on a day closes it.
  await page.locator('.calendar [data-kind="tempo"]').first().click();
  await expect(page.locator('#inspector-panel')).toBeVisible();
  await page.locator(`.calendar [data-date="${addDays(START, 2)}"]`).click({ position: { x: 5, y: 5 } });
  await expect(page.locator('#inspector-panel')).toBeHidden();

  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.locator('#sidebar-panel')).toBeVisible();
  await page.getByRole('button', { name: 'Hide athletes and plans' }).click();
  await expect(page.locator('#sidebar-panel')).toBeHidden();
  await page.reload();
  await expect(page.locator('.calendar [data-week]')).toHaveCount(12);
  await expect(page.locator('#sidebar-panel')).toBeHidden();
  await expect(page.locator('#inspector-panel')).toBeVisible();
});

// Laptop windows: 1280×800 (a 13-inch laptop, or a 1920×1080 screen at 150 %) and 1366×768. At
// 1280, with both side panels open beside the palette, the days could not narrow enough: the
// calendar scrolled sideways and the week's totals were cut at the window's edge, with every
// 'INTERVALS' cut to 'INTERVA…'. A session open in the inspector must leave the whole week in sight
// (below 1350 px the athletes panel opens over the calendar; the next test).
for (const [width, height] of [
  [1280, 800],
  [1366, 768],
] as const) {
  test(`at ${width}×${height}, with a session open in the inspector, all seven days and the totals fit, labels whole`, async ({
    page,
    request,
  }) => {
    const m = await weekBesideOpenLongRun(page, request, width, height);
    expect(m.lastDay.right).toBeLessThanOrEqual(m.totals.left + 1);
    expect(await cutTexts(page, CARD_TEXT)).toEqual([]);
    await page.screenshot({ path: `reports/screenshots/layout-${width}x${height}-inspector.png` });
  });
}

test('at 1280×800 the athletes panel opens over the calendar, and the inspector stays beside it as the coach left it', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await seed(page, request);
  await openApp(page);
  await expect(page.locator('.calendar [data-week]')).toHaveCount(12);
  const sidebar = page.locator('#sidebar-panel');
  const inspector = page.locator('#inspector-panel');
  // The athletes panel starts as its rail, the inspector open (a wide window's default).
  await expect(sidebar).toBeHidden();
  await expect(inspector).toBeVisible();
  const calendarBox = async () => (await page.locator('.calendar-wrap .scroller').boundingBox())!;
  const before = await calendarBox();
  const toggle = page.getByRole('button', { name: 'Show athletes and plans' });
  await toggle.click();
  await expect(sidebar).toBeVisible();
  // Over the calendar: the days keep their place and width.
  expect(await calendarBox()).toEqual(before);
  await page.keyboard.press('Escape');
  await expect(sidebar).toBeHidden();
  await expect(toggle).toBeFocused();
  // Opening a session and going back to an empty day leaves the inspector where it is: the days do
  // not change width under the coach's pointer (as they do on a narrower window).
  await page.locator('.calendar [data-kind="tempo"]').first().click();
  await expect(inspector).toContainText('Tempo');
  await page.locator(`.calendar [data-date="${addDays(START, 2)}"]`).click({ position: { x: 5, y: 5 } });
  await expect(inspector).toBeVisible();
  expect(await calendarBox()).toEqual(before);
  // Wider again, the athletes panel is back beside the calendar as the coach left it (open).
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(sidebar).toBeVisible();
  expect((await page.locator('.sidebar').boundingBox())!.width).toBeGreaterThan(150);
});

// A narrow window (a 1920 screen halved is 960; a 1024 or 1100 window): the inspector opens
// beside the calendar with the session the coach selects. Beside the palette, it left the calendar
// 608 of its 735 px at 1024: the days scrolled sideways, a Sunday run in sight but Monday under
// the week labels and the totals out of sight. The palette now draws its kinds narrow while the
// inspector is open there (whole words, smaller), still for dragging from. At 960 (the desktop
// window's least width) the totals were still 36 px out of sight: the inspector is narrower there.
for (const [width, height] of [
  [960, 700],
  [1024, 700],
  [1100, 760],
] as const) {
  test(`at ${width}×${height}, a Sunday session open in the inspector leaves the whole week and its totals in sight, and the palette still drags`, async ({
    page,
    request,
  }) => {
    await weekBesideOpenLongRun(page, request, width, height);
    // Monday whole, right of the week labels.
    const label = (await page.locator('.calendar [data-week-label="2"]').boundingBox())!;
    const monday = (await page.locator(`.calendar [data-date="${addDays(START, 7)}"]`).boundingBox())!;
    expect(monday.x).toBeGreaterThanOrEqual(label.x + label.width - 1);
    expect(await figuresPastCards(page)).toEqual([]);
    // Every card's kind reads whole ("INTERV…" and "LONG R…" were cut).
    expect(await textsWiderThanBox(page, '.calendar .card .kind-label')).toEqual([]);
    // Every kind in the palette reads whole, and its headings.
    expect(await cutTexts(page, '.palette .kind, .palette .panel-title')).toEqual([]);
    await page.screenshot({ path: `reports/screenshots/layout-${width}x${height}-inspector.png` });
    // A kind dragged from the narrow palette lands, and opens in the inspector.
    const tuesday = page.locator(`.calendar [data-date="${addDays(START, 9)}"]`);
    await expect(tuesday.locator('[data-kind="hills"]')).toHaveCount(0);
    await page.locator('.palette .kind[data-kind="hills"]').dragTo(tuesday);
    await expect(tuesday.locator('[data-kind="hills"]')).toHaveCount(1);
    await expect(page.locator('#inspector-panel')).toContainText('Hills');
    // With the inspector closed, the palette is its usual width again.
    const narrowPalette = (await page.locator('.palette').boundingBox())!.width;
    await page.locator('.right-col .panel-toggle').first().click();
    await expect(page.locator('#inspector-panel')).toBeHidden();
    expect((await page.locator('.palette').boundingBox())!.width).toBeGreaterThan(narrowPalette + 30);
  });
}
