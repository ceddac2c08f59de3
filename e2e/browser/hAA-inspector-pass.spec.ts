/**
 * A running coach new to Stride going through the session inspector, its steps editor and the
 * paces there, and the workout library (the hAA pass): each test is something a coach tripped over.
 */
import { expect, test, type Page } from '@playwright/test';
import { call, coachCards, openApp, seedPlan } from './app';

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
async function openTrackSession(page: Page, request: Parameters<typeof seedPlan>[1], steps: unknown = TRACK) {
  // A 10K in 42:30: VDOT 48.4 (paces.md).
  const { planId } = await seedPlan(page, request, { athlete: { recentRace: { distanceKm: 10, timeSec: 2550 } } });
  await call(request, 'sessions.add', {
    planId,
    id: 'track',
    date: '2027-03-09',
    kind: 'intervals',
    title: 'Track 800s',
    steps,
  });
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
