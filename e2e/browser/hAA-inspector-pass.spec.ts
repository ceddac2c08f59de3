/**
 * A running coach new to Stride going through the session inspector, its steps editor and the
 * paces there, and the workout library (the hAA pass): each test is something a coach tripped over.
 */
import { expect, test, type Page } from '@playwright/test';
import { call, coachCards, openApp, seedPlan, uniqueName } from './app';
import { seriousViolations } from './axe';

const TRACK = [
  { type: 'warmup', durationMin: 15, target: 'E' },
  {
    repeat: 6,
    steps: [
      { type: 'run', distanceKm: 0.8, target: 'I' },
      { type: 'recover', durationMin: 2 },
    ],
  },
  { type: 'cooldown', durationMin: 10, target: 'E' },
];

/** A plan with a track session on Tue 9 Mar 2027, opened in the inspector. */
async function openTrackSession(
  page: Page,
  request: Parameters<typeof seedPlan>[1],
  steps: unknown = TRACK,
  fields: Record<string, unknown> = {},
) {
  // A 10K in 42:30: VDOT 48.4 (paces.md).
  const { planId } = await seedPlan(page, request, { athlete: { recentRace: { distanceKm: 10, timeSec: 2550 } } });
  await call(request, 'sessions.add', {
    planId,
    id: 'track',
    date: '2027-03-09',
    kind: 'intervals',
    title: 'Track 800s',
    ...fields,
  });
  // Added first, then given steps: the kind's usual 60 min stays typed, as when a coach adds one.
  await call(request, 'sessions.update', { planId, id: 'track', steps });
  await openApp(page);
  await coachCards(page, '2027-03-09').click();
  const editor = page.getByTestId('steps-editor');
  await expect(editor.locator('[data-step-item]')).toHaveCount(Array.isArray(steps) ? steps.length : 0);
  return { planId, editor, items: editor.locator('[data-step-item]') };
}

/** Where a character is drawn inside an element (its first occurrence), as the coach sees it. */
async function glyphBox(page: Page, selector: string, ch: string): Promise<{ left: number; right: number }> {
  return page.evaluate(
    ([sel, c]) => {
      const root = document.querySelector(sel)!;
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null) {
        const i = n.data.indexOf(c);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const r = range.getBoundingClientRect();
        return { left: r.left, right: r.right };
      }
      throw new Error(`no ${c} in ${sel}`);
    },
    [selector, ch] as const,
  );
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  test(`a repeat's count reads "6 ×", apart from the move buttons (${viewport.width}×${viewport.height})`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize(viewport);
    await openTrackSession(page, request);
    const repeat = '.step-item.repeat';
    const input = await page.locator(`${repeat} .count input`).boundingBox();
    const times = await glyphBox(page, `${repeat} .count`, '×');
    const up = await glyphBox(page, `${repeat} button[title^="Move up"]`, '↑');
    const down = await glyphBox(page, `${repeat} button[title^="Move down"]`, '↓');
    const numberToTimes = times.left - (input!.x + input!.width);
    const timesToUp = up.left - times.right;
    const upToDown = down.left - up.right;
    // The × belongs to its number, not to the buttons: nearer the number than ↑, and further from
    // ↑ than ↑ is from ↓ (it sat 7 px from ↑, flush against the number, with ↑ and ↓ 10 px apart).
    expect(numberToTimes).toBeGreaterThanOrEqual(2);
    expect(timesToUp).toBeGreaterThan(numberToTimes);
    expect(timesToUp).toBeGreaterThanOrEqual(upToDown + 4);
  });
}

test('the focus stays with the step a keyboard coach is moving or has just removed', async ({ page, request }) => {
  const { planId, editor, items } = await openTrackSession(page, request);
  const line = editor.getByTestId('steps-text');
  // Each button says what it does to which step.
  await expect(items.nth(2).getByRole('button', { name: 'Move step 3 up' })).toBeVisible();
  await expect(items.nth(2).getByRole('button', { name: 'Move step 3 down' })).toBeDisabled();

  // ↑ on the cool-down, pressed twice: it climbs to the top. The focus used to stay on the ↑ of
  // the row it left, so the second press moved the repeat back up and undid the first.
  const up = items.nth(2).getByTitle('Move up (Alt+↑)');
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(line).toHaveValue('15min E, 10min cd E, 6x(800m I, 2min jog)');
  await expect(items.nth(1).getByTitle('Move up (Alt+↑)')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(line).toHaveValue('10min cd E, 15min wu E, 6x(800m I, 2min jog)');
  // At the top its ↑ is disabled: the focus is on the step itself, where Alt+↓ still works.
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(line).toHaveValue('15min E, 10min cd E, 6x(800m I, 2min jog)');

  // ↓ by mouse keeps the focus on that step's ↓.
  await items.nth(0).getByTitle('Move down (Alt+↓)').click();
  await expect(line).toHaveValue('10min cd E, 15min wu E, 6x(800m I, 2min jog)');
  await expect(items.nth(1).getByTitle('Move down (Alt+↓)')).toBeFocused();

  // Delete on the last step: the focus goes to the step now last, not to the page.
  await items.nth(2).focus();
  await page.keyboard.press('Delete');
  await expect(items).toHaveCount(2);
  await expect(items.nth(1)).toBeFocused();
  await expect(items.nth(1)).toContainText('15 min warm-up');
  // ✕ on the first: the step that takes its place has the focus.
  await items
    .nth(0)
    .getByRole('button', { name: /Remove/ })
    .click();
  await expect(items).toHaveCount(1);
  await expect(items.nth(0)).toBeFocused();
  // The last one gone, the focus goes to Add step, ready for the next.
  await page.keyboard.press('Delete');
  await expect(items).toHaveCount(0);
  await expect(editor.getByTestId('add-step')).toBeFocused();
  // The session itself is still there.
  await expect(coachCards(page, '2027-03-09')).toHaveCount(1);
  const doc = await call<{ sessions: { id: string; steps?: unknown }[] }>(request, 'plans.get', { id: planId });
  expect(doc.sessions.find((s) => s.id === 'track')?.steps ?? null).toBeNull();
});

for (const colorScheme of ['dark', 'light'] as const) {
  test(`the steps editor's warnings are readable in ${colorScheme} mode`, async ({ page, request }) => {
    await page.emulateMedia({ colorScheme });
    // 30 min and 20 km typed against steps of about 56 min and 11 km: both flagged.
    const { editor } = await openTrackSession(page, request, TRACK, { durationMin: 30, distanceKm: 20 });
    await expect(editor.getByRole('note')).toHaveText([
      'duration differs from the steps by more than 10 %',
      'distance differs from the steps by more than 10 %',
    ]);
    await editor.getByTestId('steps-text').fill('15min E, 6y(800m I, 2min jog), 10min E');
    await expect(editor.getByTestId('steps-error').locator('mark')).toHaveText('6y(');
    // The marked token and the amber flags were 2.3:1 and 3.2:1 on the dark surface.
    expect(await seriousViolations(page, '[data-testid="steps-editor"]')).toEqual([]);
  });
}

/** The field shows all its text: nothing scrolled out of sight sideways or below. */
const showsAll = (field: import('@playwright/test').Locator) =>
  field.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight);

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  test(`the whole steps line can be read, in the inspector and the library (${viewport.width}×${viewport.height})`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize(viewport);
    const { editor } = await openTrackSession(page, request);
    const line = editor.getByTestId('steps-text');
    // The sample's three-part workout ended "…2min jog), 10" with the cool-down out of sight.
    await expect(line).toHaveValue('15min E, 6x(800m I, 2min jog), 10min E');
    expect(await showsAll(line)).toBe(true);
    // A longer line, as coaches write them, grows the field rather than scrolling in it.
    const long = '2km wu, 5x(1km @4:10-4:15, 90s rest), 6x(200m R, 200m jog), 2km cd';
    await line.fill(long);
    await line.press('Enter');
    await expect(line).toHaveValue('2km wu, 5x(1km @4:10-4:15, 90s rest), 6x(200m R, 200m jog), 2km cd');
    await expect(editor.locator('[data-step-item]')).toHaveCount(4);
    expect(await showsAll(line)).toBe(true);

    // The same line in the library's edit dialog.
    await page.getByRole('button', { name: 'Save to library' }).click();
    await page.getByRole('button', { name: 'Edit Track 800s', exact: true }).first().click();
    const dialogLine = page.getByTestId('workout-form').getByLabel('Steps');
    await expect(dialogLine).toHaveValue(long);
    expect(await showsAll(dialogLine)).toBe(true);
  });
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  test(`a repeat reads as a sentence, its pace range on one line (${viewport.width}×${viewport.height})`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize(viewport);
    const { items } = await openTrackSession(page, request);
    await expect(items.nth(1)).toContainText('6 × 800 m at 3:58–4:04 /km, 2 min jog');
    // Lines taken by the repeat's description, and by its pace range, as drawn.
    const drawn = await items.nth(1).evaluate((li) => {
      // The li's text nodes end to end, so a phrase can be found across the elements it spans.
      const nodes: Text[] = [];
      const walk = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) nodes.push(n as Text);
      const whole = nodes.map((n) => n.data).join('');
      const at = (offset: number): [Text, number] => {
        for (const n of nodes) {
          if (offset <= n.data.length) return [n, offset];
          offset -= n.data.length;
        }
        throw new Error('past the end');
      };
      /** How many lines a phrase is drawn on. */
      const lines = (phrase: string) => {
        const from = whole.indexOf(phrase);
        if (from < 0) throw new Error(`no "${phrase}" in "${whole}"`);
        const range = document.createRange();
        range.setStart(...at(from));
        range.setEnd(...at(from + phrase.length));
        const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
        return new Set(tops).size;
      };
      return { description: lines('6 × 800 m at 3:58–4:04 /km, 2 min jog'), paceRange: lines('3:58–4:04 /km') };
    });
    // It took five or six lines beside the count and the buttons, the range split as "3:58–" / "4:04 /km".
    expect(drawn.paceRange).toBe(1);
    expect(drawn.description).toBeLessThanOrEqual(2);
  });
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  test(`the coach's workouts can be told apart in the palette (${viewport.width}×${viewport.height})`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize(viewport);
    await seedPlan(page, request);
    // Two interval sessions whose titles start alike, as a coach's library fills up.
    const tag = uniqueName('club');
    const titles = [`6 × 800 m @ 5K pace, 2 min jog ${tag}`, `6 × 1 km @ 10K pace, 90 s jog ${tag}`];
    for (const title of titles) await call(request, 'library.save', { kind: 'intervals', title });
    await openApp(page);
    for (const title of titles) {
      const item = page.locator('.palette [data-library-id]', { hasText: title });
      await expect(item).toBeVisible();
      // Both showed as "6 × 8…" and "6 × 1…": the title is drawn whole, nothing cut off.
      expect(await item.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight)).toBe(
        true,
      );
      // Still a card to drag, with its edit button beside it.
      await expect(page.getByRole('button', { name: `Edit ${title}`, exact: true })).toBeVisible();
    }
  });
}

test('after Undo the inspector shows what the session is again, not what was undone', async ({ page, request }) => {
  const { planId } = await seedPlan(page, request);
  await call(request, 'sessions.add', {
    planId,
    id: 'tempo',
    date: '2027-03-10',
    kind: 'tempo',
    title: 'Cruise 3 × 10 min',
  });
  await openApp(page);
  await coachCards(page, '2027-03-10').click();
  const title = page.locator('#ins-title');
  const duration = page.locator('#ins-duration');
  await expect(duration).toHaveValue('50');
  await title.fill('Tempo 25 min');
  await title.press('Enter');
  await duration.fill('45');
  await duration.press('Enter');
  await expect(coachCards(page, '2027-03-10')).toContainText('45 min');

  // Two undos: the card is back to "Cruise 3 × 10 min", 50 min; the fields kept "Tempo 25 min" and 45.
  await page.getByTestId('undo').click();
  await expect(coachCards(page, '2027-03-10')).toContainText('50 min');
  await expect(duration).toHaveValue('50');
  await expect(title).toHaveValue('Tempo 25 min');
  await page.getByTestId('undo').click();
  await expect(coachCards(page, '2027-03-10')).toContainText('Cruise 3 × 10 min');
  await expect(title).toHaveValue('Cruise 3 × 10 min');
  // Redo brings the new title back into the field too.
  await page.getByTestId('redo').click();
  await expect(title).toHaveValue('Tempo 25 min');
});

test('a workout whose time came from its steps keeps that time when its steps are cleared', async ({
  page,
  request,
}) => {
  const { planId } = await seedPlan(page, request, { athlete: { recentRace: { distanceKm: 10, timeSec: 2550 } } });
  await call(request, 'sessions.add', {
    planId,
    id: 'track',
    date: '2027-03-09',
    kind: 'intervals',
    title: 'Track 800s',
  });
  // The coach cleared the duration so the steps' total shows, as the inspector invites.
  await call(request, 'sessions.update', { planId, id: 'track', steps: TRACK, durationMin: null });
  await openApp(page);
  await coachCards(page, '2027-03-09').click();
  const duration = page.locator('#ins-duration');
  await expect(duration).toHaveAttribute('placeholder', '≈56');

  // The line emptied: the steps go. It was refused with "durationMin: a intervals session needs a
  // duration" and the steps stayed.
  const line = page.getByTestId('steps-text');
  await line.fill('');
  await line.press('Enter');
  await expect(page.locator('[data-step-item]')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The session keeps the 56 minutes it showed, now as its own duration.
  await expect(duration).toHaveValue('56');
  await expect(coachCards(page, '2027-03-09')).toContainText('56 min');
  await expect
    .poll(async () => {
      const doc = await call<{ sessions: { id: string; steps?: unknown; durationMin: number | null }[] }>(
        request,
        'plans.get',
        {
          id: planId,
        },
      );
      const s = doc.sessions.find((x) => x.id === 'track');
      return [s?.steps ?? null, s?.durationMin];
    })
    .toEqual([null, 56]);
  // One undo brings the steps back, the duration empty again.
  await page.getByTestId('undo').click();
  await expect(page.locator('[data-step-item]')).toHaveCount(3);
  await expect(duration).toHaveValue('');
});
