/**
 * The plans the edit benches and `scripts/profile-edit.ts` measure on: a 104-week plan with six
 * sessions every week (ids `b<week>-<n>`, weeks from 0) and a 52-week plan with only week 1 filled
 * (ids `r0-<n>`), for repeating it; the way a coach opens the Repeat dialog; and the in-page
 * measurement of an input to its painted frame.
 */
import type { Locator, Page } from 'playwright-core';
import type { Plan } from '../src-shared/api/entities';
import { addDays } from '../src-shared/domain/dates';
import type { SessionKind } from '../src-shared/domain/kinds';
import type { PlanStore } from '../src-main/store/plan-store';

export const START = '2027-01-04'; // a Monday

/** One week: day offset, kind, minutes, km. */
export const WEEK: Array<[number, SessionKind, number, number | null]> = [
  [0, 'easy', 45, 8],
  [1, 'intervals', 55, 10],
  [3, 'tempo', 50, 10],
  [4, 'easy', 40, 7],
  [5, 'strength', 40, null],
  [6, 'long', 100, 18],
];

export function seedEditPlans(store: PlanStore, name: string): { athleteId: number; big: Plan; repeat: Plan } {
  const athlete = store.athletes.create({
    name: `${name} Runner`,
    level: 'intermediate',
    runDaysPerWeek: 7,
    easyPaceSecPerKm: 330,
    fatigued: false,
    recoveryStyle: 'runs',
    recentLongestRunKm: null,
    units: 'km',
  });
  const plan = (weeks: number) =>
    store.plans.create({
      athleteId: athlete.id,
      uid: `${name.toLowerCase()}-edit-${weeks}`,
      name: `${name} ${weeks} weeks`,
      goal: null,
      startDate: START,
      weeks,
      weekStartsOn: 'monday',
      units: 'km',
    });
  const big = plan(104);
  const repeat = plan(52);
  const insert = (planId: number, weeks: number, prefix: string) =>
    store.transaction(() => {
      for (let w = 0; w < weeks; w++)
        WEEK.forEach(([offset, kind, min, km], i) =>
          store.sessions.insert(planId, {
            id: `${prefix}${w}-${i}`,
            date: addDays(START, w * 7 + offset),
            kind,
            title: null,
            durationMin: min,
            distanceKm: km,
            rpe: null,
            notes: null,
          }),
        );
    });
  insert(big.id, 104, 'b');
  insert(repeat.id, 1, 'r');
  return { athleteId: athlete.id, big, repeat };
}

/** Week 1's menu → Repeat…, `times` typed in: the dialog, ready for its Repeat button. */
export async function openRepeatDialog(page: Page, times: number): Promise<Locator> {
  const label = page.locator('[data-week-label="1"]');
  await label.scrollIntoViewIfNeeded();
  // Week 1 alone: the last repeat left weeks 1–52 selected, and Repeat… repeats a selected block whole.
  await label.click();
  await label.click({ button: 'right' });
  await page.locator('[data-week-action="repeat"]').click();
  const dialog = page.locator('[data-testid="week-count-dialog"]');
  await dialog.locator('input').fill(String(times));
  return dialog;
}

/**
 * Runs in the page; source text (tsx would inject helpers into a serialised function). Resolves
 * with the ms from the first `eventType` event to the end of the first frame that shows every
 * one of `selectors`: a requestAnimationFrame callback asked for at the event, before any of
 * the page's own (callbacks run in the order asked), checks each frame's DOM before it is
 * rendered; where it shows the change, the figure is taken in a task queued there, the first
 * after that frame's style, layout, paint and commit. Work the page queues for after the frame
 * (the rules' follow-up, sending the edit) comes after that task, as it comes after the frame.
 * With `after` (the name of an earlier measure of the same event), the frame callbacks start
 * only once that figure is taken: a second chain of frame callbacks from the input on made
 * Chromium run the next frame, and the page's work after the first, before the first figure's
 * task, which added 6-8 ms to the key's figure (24 keys: 16.5 ms with both measures from the
 * key, 8.4 ms with one).
 */
const IN_PAGE_MEASURE = `(eventType, selectors, after) => new Promise((resolve, reject) => {
  let t0 = 0;
  const frame = () => requestAnimationFrame(() => {
    if (!selectors.every((s) => document.querySelector(s))) return frame();
    setTimeout(() => resolve(performance.now() - t0), 0);
  });
  // A chord's modifier (Alt of Alt+→) goes down first, as its own event and a round trip of the
  // test driver earlier: the coach's input is the key that completes the chord.
  const start = (e) => {
    if (['Alt', 'Shift', 'Control', 'Meta'].includes(e.key)) return;
    window.removeEventListener(eventType, start, { capture: true });
    t0 = performance.now();
    if (after) window[after].then(frame, frame);
    else frame();
  };
  window.addEventListener(eventType, start, { capture: true });
  setTimeout(() => reject(new Error('nothing painted for ' + selectors.join(', ') + ' within 5 s')), 5000);
})`;

/**
 * Installs the measurement and waits until it is listening (the input must not reach the page
 * first: input events and evaluations travel on different channels); the returned function
 * waits for the figure: the frame after every one of `selectors` matches. A later figure of the
 * same input (the rules' follow-up) names the first measure as `after`, so as not to move it.
 */
export async function measureIn(
  page: Page,
  eventType: string,
  selectors: string | string[],
  name = '__strideMeasure',
  after?: string,
): Promise<() => Promise<number>> {
  const list = typeof selectors === 'string' ? [selectors] : selectors;
  await page.evaluate(
    `void (window.${name} = (${IN_PAGE_MEASURE})(${JSON.stringify(eventType)}, ${JSON.stringify(list)}, ${JSON.stringify(after ?? null)}))`,
  );
  return () => page.evaluate(`window.${name}`) as Promise<number>;
}

/**
 * This machine's floor for the key figure, measured as the key is: the same page, the same card
 * moved to the next day, by a key whose handler does nothing but move a copy of the card's
 * element there (no app code runs), up to the task after the frame that shows it. A copy, so the
 * app's own cards stay as Svelte drew them; it is removed after. The bench takes it between the
 * app's keys, so a busy spell of the machine weighs on both figures alike: the app's share of the
 * key figure is the difference.
 */
export async function handMovedFloor(page: Page, cardSelector: string, pause: number): Promise<number> {
  await page.evaluate(`(() => {
    const card = document.querySelector(${JSON.stringify(cardSelector)});
    const copy = card.cloneNode(true);
    for (const a of ['id', 'data-session-id', 'aria-describedby']) copy.removeAttribute(a);
    copy.tabIndex = -1;
    card.after(copy);
    copy.focus({ preventScroll: true });
    const next = card.closest('[data-date]').nextElementSibling;
    const to = next?.querySelector('.day-sessions') ?? next;
    window.__floor = new Promise((resolve) => {
      const onKey = (e) => {
        if (e.key !== 'F9') return;
        e.stopImmediatePropagation();
        e.preventDefault();
        window.removeEventListener('keydown', onKey, { capture: true });
        const t0 = performance.now();
        to.moveBefore ? to.moveBefore(copy, null) : to.append(copy);
        requestAnimationFrame(() => setTimeout(() => { resolve(performance.now() - t0); copy.remove(); }, 0));
      };
      window.addEventListener('keydown', onKey, { capture: true });
    });
  })()`);
  await page.waitForTimeout(pause);
  await page.keyboard.press('F9');
  return (await page.evaluate('window.__floor')) as number;
}
