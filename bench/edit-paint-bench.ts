/**
 * In real Chromium (issue 9): the median time from the coach's input to the change being painted
 * - a key (Alt+→ moving a session) and a drop (a palette kind onto a day) on a 104-week plan with
 *   six sessions a week: budget 16 ms (one frame);
 * - repeating week 1 51 times on a 52-week plan (the Repeat dialog's button): budget 100 ms.
 * Measured inside the page (edit-scenario.ts): t0 is the input event (capture phase; for a chord,
 * the key that completes it, not its modifier), t1 the first task after the first frame whose
 * DOM shows the change (that frame's style, layout, paint and commit done). Rastering and
 * presenting the frame happen off the main thread after t1: `scripts/profile-edit.ts --latency`
 * reads Chromium's own input-to-presentation figure (EventLatency) for the key.
 * The key comes 300 ms after the card was focused, and the drop after the kind was held over its
 * day for 300 ms: a coach's pace (a key pressed 5 ms after the focus is printed too). The card
 * is painted in the input's frame and the rules' follow-up frames later: both are printed. So is
 * this machine's floor for the key, taken between the keys: on this 2-core VM the same build's key
 * figure moves by 3-5 ms from one run (or day) to the next, and the floor moves with it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureRendererBuilt } from '../src-main/export/built-renderer';
import { CHROMIUM_ARGS, findChromium } from '../src-main/export/find-chromium';
import { createHandlers } from '../src-main/handlers';
import { startLoopbackHost } from '../src-main/host/loopback-host';
import { databasePath } from '../src-main/store/database';
import { openPlanStore } from '../src-main/store/plan-store';
import { addDays } from '../src-shared/domain/dates';
import { handMovedFloor, measureIn, openRepeatDialog, seedEditPlans, START } from './edit-scenario';
import { median, ms, report, spread } from './measure';

export async function runEditPaintBench(): Promise<void> {
  const rendererDir = ensureRendererBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'stride-bench-edit-'));
  const store = openPlanStore(databasePath(dir));
  const { athleteId, big, repeat: repeatPlan } = seedEditPlans(store, 'Bench');

  const token = 'bench-token';
  const host = await startLoopbackHost({ handlers: createHandlers(store), rendererDir, token, port: 0 });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const open = async (planId: number, lastWeek: number) => {
      await page.addInitScript(
        ([a, p]) => localStorage.setItem('stride.last-open', JSON.stringify({ athleteId: a, planId: p })),
        [athleteId, planId] as const,
      );
      await page.goto(`${host.url}?token=${token}`);
      await page.locator(`[data-week="${lastWeek}"]`).waitFor({ state: 'attached', timeout: 30_000 });
    };
    await open(big.id, 104);

    // The card is drawn on its new day in the key's (or drop's) own frame and the edit runs after
    // that frame (paint-ahead.svelte.ts): what the rules make of it (recovery runs, warnings,
    // totals) is painted in a later frame, the first whose grid no longer says `data-ahead`.
    // The budget is the first; the second is printed beside it.
    const settled = '.calendar:not([data-ahead])';
    // The coach's pace: the key comes a moment after the card was focused (and the drop after the
    // card was held over its day), on a page done with that: 300 ms, quicker than people are. Pressed
    // at once instead (5 ms after the focus, which no hand does), the key's frame also carries what
    // the focus itself set off (the load chart moving its highlight to the card's week, about
    // 5 ms): that figure is printed too, without the budget.
    const PAUSE_MS = 300;
    // Key: Alt+→ on the Thursday tempo of a week spread over the plan moves it to Friday (and then on).
    const moveOnce = async (w: number, later = 0, pause = PAUSE_MS): Promise<[number, number]> => {
      const id = `b${w}-2`;
      const friday = addDays(START, w * 7 + 4 + later);
      const card = page.locator(`[data-session-id="${id}"]`);
      await card.scrollIntoViewIfNeeded();
      await card.focus();
      if (pause) await page.waitForTimeout(pause);
      const moved = `[data-date="${friday}"] [data-session-id="${id}"]`;
      const measured = await measureIn(page, 'keydown', moved);
      const followed = await measureIn(page, 'keydown', [moved, settled], '__strideSettled', '__strideMeasure');
      await page.keyboard.press('Alt+ArrowRight');
      const t: [number, number] = [await measured(), await followed()];
      await page.waitForTimeout(150); // main's answer lands before the next input
      return t;
    };
    // Warm-up moves, not counted (V8 is still optimising the page's code at first).
    for (const w of [1, 5, 9, 13]) await moveOnce(w);
    // 24 moves: on this 2-core machine single moves range over 6-30 ms, and a median of 12
    // moved by a few ms from one run to the next. Each card goes Thu -> Fri, then Fri -> Sat.
    // After each key, this machine's floor: a copy of the card moved on a day by a key with no app
    // code (edit-scenario.ts), so that what the machine itself costs today is printed beside it.
    const keys: number[] = [];
    const keysSettled: number[] = [];
    const floors: number[] = [];
    for (let i = 0; i < 24; i++) {
      const w = 3 + (i % 12) * 8;
      const [t, all] = await moveOnce(w, i >= 12 ? 1 : 0);
      keys.push(t);
      keysSettled.push(all);
      floors.push(await handMovedFloor(page, `[data-session-id="b${w}-2"]`, PAUSE_MS));
      await page.waitForTimeout(50);
    }
    const k = median(keys);
    report('Chromium: key (Alt+→) -> painted, 104 weeks (median of 24)', ms(k), '16 ms', k <= 16);
    console.log(`  ${spread(keys)}`);
    report(
      "Chromium: this machine's floor, a copy of the card moved by a key with no app code (median)",
      ms(median(floors)),
    );
    report(
      "Chromium: the key's figure over the floor, key by key (median)",
      ms(median(keys.map((t, i) => t - floors[i]))),
    );
    report("Chromium: key -> the rules' follow-up painted too (median)", ms(median(keysSettled)));
    // The same key pressed right after the focus (each card then goes Sat -> Sun).
    const rushed: number[] = [];
    for (let i = 0; i < 12; i++) rushed.push((await moveOnce(3 + i * 8, 2, 0))[0]);
    report('Chromium: key pressed 5 ms after focusing the card (median of 12)', ms(median(rushed)));

    // Drop: an easy run from the palette onto the Wednesday of a week (twice over each week).
    const drops: number[] = [];
    const dropsSettled: number[] = [];
    for (let i = 0; i < 24; i++) {
      const w = 5 + (i % 12) * 8;
      const wednesday = addDays(START, w * 7 + 2);
      const target = page.locator(`[data-date="${wednesday}"]`);
      await target.scrollIntoViewIfNeeded();
      // The second time round the day has the first drop's easy run: the frame must show a second.
      const easy = `[data-date="${wednesday}"] [data-origin="coach"][data-kind="easy"]`;
      const dropped = i < 12 ? easy : `${easy} ~ [data-origin="coach"][data-kind="easy"]`;
      // Picked up, carried over the day (its ghosts drawn), held there a moment, let go.
      await page.locator('.palette [data-kind="easy"]').first().hover();
      await page.mouse.down();
      await target.hover({ position: { x: 30, y: 30 } });
      await target.hover({ position: { x: 34, y: 36 } });
      await page.waitForTimeout(PAUSE_MS);
      const measured = await measureIn(page, 'drop', dropped);
      const followed = await measureIn(page, 'drop', [dropped, settled], '__strideSettled', '__strideMeasure');
      await page.mouse.up();
      drops.push(await measured());
      dropsSettled.push(await followed());
      await page.waitForTimeout(150);
    }
    const d = median(drops);
    report('Chromium: drop -> painted, 104 weeks (median of 24)', ms(d), '16 ms', d <= 16);
    console.log(`  ${spread(drops)}`);
    report("Chromium: drop -> the rules' follow-up painted too (median)", ms(median(dropsSettled)));

    // Repeat week 1 51 times on a 52-week plan, then undo, a few times over. Two figures: the
    // weeks on screen painted with the repeat (what the coach sees: the budget), and every week's
    // cards made, which rows far off screen do in idle time after that (CalendarCells).
    await open(repeatPlan.id, 52);
    const repeats: number[] = [];
    const everyWeek: number[] = [];
    const lastSunday = addDays(START, 51 * 7 + 6);
    for (let i = 0; i < 5; i++) {
      const dialog = await openRepeatDialog(page, 51);
      // Every week row whose box is inside the calendar's scroll box now, by its Sunday.
      const onScreen = (await page.evaluate(`(() => {
        const box = document.querySelector('.scroller').getBoundingClientRect();
        return [...document.querySelectorAll('[data-week]')]
          .filter((row) => { const r = row.getBoundingClientRect(); return r.bottom > box.top + 30 && r.top < box.bottom; })
          .map((row) => Number(row.dataset.week));
      })()`)) as number[];
      const sundays = onScreen
        .filter((w) => w >= 2)
        .map((w) => `[data-date="${addDays(START, (w - 1) * 7 + 6)}"] [data-origin="coach"][data-kind="long"]`);
      if (sundays.length < 3) throw new Error(`only weeks ${onScreen.join(', ')} are on screen`);
      const seen = await measureIn(page, 'click', sundays);
      const all = await measureIn(
        page,
        'click',
        `[data-date="${lastSunday}"] [data-origin="coach"][data-kind="long"]`,
        '__strideAll',
        '__strideMeasure',
      );
      await dialog.locator('button[type="submit"]').click();
      repeats.push(await seen());
      everyWeek.push(await all());
      await page.waitForTimeout(400);
      await page.getByRole('button', { name: /^Undo/ }).click();
      await page.locator(`[data-date="${lastSunday}"] [data-origin="coach"]`).waitFor({ state: 'detached' });
      await page.waitForTimeout(400);
    }
    const r = median(repeats);
    report(
      'Chromium: repeat a week 51 times -> the weeks on screen painted, 52 weeks (median)',
      ms(r),
      '100 ms',
      r <= 100,
    );
    report(
      "Chromium: repeat a week 51 times -> all 52 weeks' cards made (idle catch-up, median)",
      ms(median(everyWeek)),
    );
  } finally {
    await browser.close();
    await host.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npx tsx bench/edit-paint-bench.ts` runs this bench alone.
if (process.argv[1]?.endsWith('edit-paint-bench.ts')) {
  runEditPaintBench().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
