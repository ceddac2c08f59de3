/**
 * The inspector's steps (issue 11): one line of text parsed as the coach types, the list with the
 * athlete's pace ranges, an error at the bad token with nothing saved, reordering by keyboard with
 * the line following, notes per step, totals filling the empty duration and distance with "≈",
 * and undo taking a steps change back, line included.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { call, coachCards, openApp, seedPlan } from './app';

const LINE = '15min E, 6x(800m I, 2min jog), 10min E';

/** The steps main has stored for the session. */
async function storedSteps(request: APIRequestContext, planId: number, id: string): Promise<unknown> {
  const doc = await call<{ sessions: { id: string; steps?: unknown }[] }>(request, 'plans.get', { id: planId });
  return doc.sessions.find((s) => s.id === id)?.steps ?? null;
}

test('a coach writes the steps as one line, fixes a bad token, reorders by keyboard and sees the totals', async ({
  page,
  request,
}) => {
  // A 10K in 42:30: VDOT 48.4 (paces.md), so E is 5:01–6:01 /km and I 3:58–4:04 /km.
  const { planId } = await seedPlan(page, request, { athlete: { recentRace: { distanceKm: 10, timeSec: 2550 } } });
  await call(request, 'sessions.add', {
    planId,
    id: 'track',
    date: '2027-03-09',
    kind: 'intervals',
    title: 'Track 800s',
  });
  await openApp(page);
  await coachCards(page, '2027-03-09').click();

  const editor = page.getByTestId('steps-editor');
  const line = editor.getByTestId('steps-text');
  await line.fill(LINE);
  await line.press('Enter');

  // The parsed list, each item with this athlete's pace range.
  const items = editor.locator('[data-step-item]');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('15 min warm-up at 5:01–6:01 /km');
  await expect(items.nth(1)).toContainText('6 × 800 m at 3:58–4:04 /km, 2 min jog');
  await expect(items.nth(2)).toContainText('10 min cool-down at 5:01–6:01 /km');
  await expect
    .poll(() => storedSteps(request, planId, 'track'))
    .toEqual([
      { type: 'warmup', durationMin: 15, target: 'E' },
      {
        repeat: 6,
        steps: [
          { type: 'run', distanceKm: 0.8, target: 'I' },
          { type: 'recover', durationMin: 2 },
        ],
      },
      { type: 'cooldown', durationMin: 10, target: 'E' },
    ]);

  // Totals fill the empty duration and distance, marked "≈" (by hand: 15 + 6 × 3:13 + 12 + 10
  // min; 2.74 + 4.8 + 1.88 + 1.83 km at E 5:28, I 4:01 and recovery 6:24 /km).
  await expect(editor.getByTestId('steps-totals')).toHaveText(/Steps: ≈56 min · ≈11\.2 km/);
  // The kind's usual 60 min was filled in when the session was made: cleared, the steps' total shows.
  const duration = page.locator('#ins-duration');
  await expect(duration).toHaveValue('60');
  await duration.fill('');
  await duration.press('Enter');
  await expect(duration).toHaveAttribute('placeholder', '≈56');
  await expect(page.locator('#ins-distance')).toHaveAttribute('placeholder', '≈11.2');
  await expect(coachCards(page, '2027-03-09')).toContainText('≈11.2 km');

  // A bad token: the message names its position and the token is marked; nothing is saved.
  const before = await storedSteps(request, planId, 'track');
  await line.fill('15min E, 6y(800m I, 2min jog), 10min E');
  const error = editor.getByTestId('steps-error');
  await expect(error).toContainText('at 10: "6y(" — expected a repeat like 6x(…)');
  await expect(error.locator('mark')).toHaveText('6y(');
  await expect(line).toHaveAttribute('aria-invalid', 'true');
  await line.press('Enter');
  await line.blur();
  await expect(items).toHaveCount(3);
  expect(await storedSteps(request, planId, 'track')).toEqual(before);
  // Put right, the line parses again and saves nothing new (the same steps).
  await line.fill(LINE);
  await expect(error).toBeHidden();
  await line.press('Enter');

  // Reorder by keyboard: Alt+↓ moves the warm-up below the repeat; the line follows.
  await items.nth(0).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(line).toHaveValue('6x(800m I, 2min jog), 15min wu E, 10min E');
  await expect(items.nth(1)).toBeFocused();
  await expect(items.nth(1)).toContainText('15 min warm-up');
  await expect
    .poll(async () => ((await storedSteps(request, planId, 'track')) as { type?: string }[])[1]?.type)
    .toBe('warmup');

  // Undo takes the move back, and the line with it.
  await page.getByTestId('undo').click();
  await expect(line).toHaveValue(LINE);
  await expect(items.nth(0)).toContainText('15 min warm-up');
});

test('notes per step are written in the list, kept when the line is re-typed, and undone', async ({
  page,
  request,
}) => {
  const { planId } = await seedPlan(page, request, { athlete: { easyPaceSecPerKm: 340 } });
  await call(request, 'sessions.add', { planId, id: 'notes', date: '2027-03-10', kind: 'intervals' });
  await call(request, 'sessions.update', {
    planId,
    id: 'notes',
    steps: [
      { type: 'warmup', durationMin: 15, target: 'E' },
      {
        repeat: 6,
        steps: [
          { type: 'run', distanceKm: 0.8, target: 'I' },
          { type: 'recover', durationMin: 2 },
        ],
      },
    ],
  });
  await openApp(page);
  await coachCards(page, '2027-03-10').click();
  const editor = page.getByTestId('steps-editor');
  const items = editor.locator('[data-step-item]');

  // The repeat's notes: one field per step inside it.
  await items.nth(1).getByTestId('step-notes-toggle').click();
  const notes = items.nth(1).getByTestId('step-note');
  await expect(notes).toHaveCount(2);
  await notes.nth(0).fill('on the track, lane 1');
  await notes.nth(0).press('Enter');
  await expect
    .poll(() => storedSteps(request, planId, 'notes'))
    .toEqual([
      { type: 'warmup', durationMin: 15, target: 'E' },
      {
        repeat: 6,
        steps: [
          { type: 'run', distanceKm: 0.8, target: 'I', notes: 'on the track, lane 1' },
          { type: 'recover', durationMin: 2 },
        ],
      },
    ]);
  // The line carries no notes; re-typed (6 → 8 repeats), the note stays on its step.
  const line = editor.getByTestId('steps-text');
  await expect(line).toHaveValue('15min E, 6x(800m I, 2min jog)');
  await line.fill('15min E, 8x(800m I, 2min jog)');
  await line.press('Enter');
  await expect
    .poll(async () => JSON.stringify(await storedSteps(request, planId, 'notes')))
    .toContain('"repeat":8,"steps":[{"type":"run","distanceKm":0.8,"target":"I","notes":"on the track, lane 1"}');

  // Two undo steps: the repeat count, then the note.
  await page.getByTestId('undo').click();
  await expect(line).toHaveValue('15min E, 6x(800m I, 2min jog)');
  await page.getByTestId('undo').click();
  await expect.poll(async () => JSON.stringify(await storedSteps(request, planId, 'notes'))).not.toContain('lane 1');
});

test('a step dragged in the list moves there, and the line follows', async ({ page, request }) => {
  const { planId } = await seedPlan(page, request);
  await call(request, 'sessions.add', { planId, id: 'drag', date: '2027-03-11', kind: 'intervals' });
  await call(request, 'sessions.update', {
    planId,
    id: 'drag',
    steps: [
      { type: 'warmup', durationMin: 15, target: 'E' },
      {
        repeat: 6,
        steps: [
          { type: 'run', distanceKm: 0.8, target: 'I' },
          { type: 'recover', durationMin: 2 },
        ],
      },
      { type: 'cooldown', durationMin: 10, target: 'E' },
    ],
  });
  await openApp(page);
  await coachCards(page, '2027-03-11').click();
  const editor = page.getByTestId('steps-editor');
  const items = editor.locator('[data-step-item]');
  await items.nth(2).dragTo(items.nth(0));
  await expect(editor.getByTestId('steps-text')).toHaveValue('10min cd E, 15min wu E, 6x(800m I, 2min jog)');
  await expect
    .poll(async () => ((await storedSteps(request, planId, 'drag')) as { type?: string }[])[0]?.type)
    .toBe('cooldown');
});

test('a refused line is still there, with its error, after the coach looks at another session and comes back', async ({
  page,
  request,
}) => {
  // The coach types a long line with one slip, clicks another card to check it, and comes back:
  // the line used to be replaced by the stored steps, and what was typed was gone.
  const { planId } = await seedPlan(page, request);
  await call(request, 'sessions.add', { planId, id: 'track', date: '2027-03-09', kind: 'intervals', title: 'Track' });
  await call(request, 'sessions.add', { planId, id: 'tempo', date: '2027-03-11', kind: 'tempo', title: 'Tempo' });
  await openApp(page);
  await coachCards(page, '2027-03-09').click();
  const editor = page.getByTestId('steps-editor');
  const line = editor.getByTestId('steps-text');
  const typed = '2km wu, 5x(1km @4:10-4:15, 90s rest), 6y(200m R, 200m jog), 2km cd';
  await line.fill(typed);
  await expect(editor.getByTestId('steps-error')).toContainText('"6y(" — expected a repeat like 6x(…)');

  await coachCards(page, '2027-03-11').click();
  await expect(page.locator('#ins-title')).toHaveValue('Tempo');
  await expect(line).toHaveValue('');
  await coachCards(page, '2027-03-09').click();
  await expect(page.locator('#ins-title')).toHaveValue('Track');
  await expect(line).toHaveValue(typed);
  await expect(editor.getByTestId('steps-error')).toContainText('"6y(" — expected a repeat like 6x(…)');
  expect(await storedSteps(request, planId, 'track')).toBeNull();

  // Put right and saved, the line is the stored steps' again, in this session and no other.
  await line.fill(typed.replace('6y(', '6x('));
  await line.press('Enter');
  await expect.poll(async () => ((await storedSteps(request, planId, 'track')) as unknown[] | null)?.length).toBe(4);
  await coachCards(page, '2027-03-11').click();
  await expect(line).toHaveValue('');
  await coachCards(page, '2027-03-09').click();
  await expect(line).toHaveValue('2km wu, 5x(1km @4:10-4:15, 90s rest), 6x(200m R, 200m jog), 2km cd');
});
