/**
 * The coach's workout library (issue 9 §4): saved from the inspector and by dragging a card onto
 * the palette, filtered, dragged onto a day, edited and deleted. And the plan form's question
 * when the weeks start on other days: sessions keep their dates unless the coach says otherwise.
 */
import { expect, test } from '@playwright/test';
import { call, coachCards, day, openApp, seedPlan, uniqueName } from './app';
import { seriousViolations } from './axe';

test('a workout saved to the library is dragged onto another day, edited and deleted', async ({ page, request }) => {
  const { planId } = await seedPlan(page, request, { plan: { startDate: '2043-01-05', weeks: 6 } });
  const title = uniqueName('Cruise intervals');
  // Steps travel with the workout (issue 11: library workouts carry steps).
  const steps = [{ type: 'warmup', durationMin: 15 }, { repeat: 3, steps: [{ type: 'run', durationMin: 10, target: 'T' }] }];
  await call(request, 'sessions.add', { planId, date: '2043-01-06', kind: 'tempo', title, durationMin: 55, steps });
  await openApp(page);

  // Save to library from the inspector.
  await coachCards(page, '2043-01-06').click();
  await page.getByRole('button', { name: 'Save to library' }).click();
  const palette = page.locator('.palette');
  const item = palette.locator('[data-library-id]', { hasText: title });
  await expect(item).toBeVisible();
  await expect(item).toHaveAttribute('data-kind', 'tempo');
  // The palette with the library in it passes axe (serious and critical).
  expect(await seriousViolations(page, '.palette')).toEqual([]);

  // The filter box narrows the list.
  await palette.getByLabel('Filter my workouts').fill('no such workout');
  await expect(item).toBeHidden();
  await palette.getByLabel('Filter my workouts').fill(title.slice(0, 12));
  await expect(item).toBeVisible();

  // Dragged onto a day like a kind: a session with the workout's fields.
  await item.dragTo(day(page, '2043-01-14'));
  const placed = coachCards(page, '2043-01-14');
  await expect(placed).toHaveAttribute('data-kind', 'tempo');
  await expect(placed).toContainText(title);
  type Doc = { sessions: { date: string; title: string | null; durationMin: number | null; steps?: unknown }[]; history: { undo: string | null } };
  const onWednesday = async () => {
    const doc = await call<Doc>(request, 'plans.get', { id: planId });
    return { sessions: doc.sessions.filter((s) => s.date === '2043-01-14').map((s) => [s.title, s.durationMin, s.steps]), undo: doc.history.undo };
  };
  await expect.poll(onWednesday).toEqual({ sessions: [[title, 55, steps]], undo: `Add ${title} on Wed 14 Jan` });
  // One undo step like any edit: undone, then redone.
  await page.getByTestId('undo').click();
  await expect(placed).toHaveCount(0);
  await page.getByTestId('redo').click();
  await expect(placed).toContainText(title);
  await expect.poll(async () => (await onWednesday()).sessions).toEqual([[title, 55, steps]]);

  // A card dragged onto the palette is saved too.
  await call(request, 'sessions.add', { planId, date: '2043-01-08', kind: 'hills', title: `${title} hills` });
  await page.reload();
  await coachCards(page, '2043-01-08').dragTo(palette);
  await expect(palette.locator('[data-library-id][data-kind="hills"]', { hasText: `${title} hills` })).toBeVisible();

  // Rename, then delete.
  await palette.getByRole('button', { name: `Edit ${title}`, exact: true }).click();
  const form = page.getByTestId('workout-form');
  await form.getByLabel('Title').fill(`${title} v2`);
  // The steps are edited in the inspector's one-line syntax; a bad token is named, nothing saved.
  expect(await seriousViolations(page, '[data-testid="workout-form"]')).toEqual([]);
  const stepsField = form.getByLabel('Steps');
  await expect(stepsField).toHaveValue('15min wu, 3x(10min T)');
  await stepsField.fill('15min E, 4y(8min T)');
  // Named as it is typed, as in the inspector (it used to wait for Save).
  await expect(form.getByText(/^Steps: at 10: "4y\("/)).toBeVisible();
  await expect(stepsField).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText(/^Steps: at 10: "4y\("/)).toBeVisible();
  await stepsField.fill('15min E, 4x(8min T, 2min jog), 10min E');
  await expect(form.getByText(/^Steps:/)).toHaveCount(0);
  await form.getByRole('button', { name: 'Save' }).click();
  const renamed = palette.locator('[data-library-id]', { hasText: `${title} v2` });
  await expect(renamed).toBeVisible();
  const listed = await call<{ title: string; steps: { repeat?: number }[] | null }[]>(request, 'library.list', {});
  expect(listed.find((w) => w.title === `${title} v2`)?.steps?.map((s) => s.repeat ?? null)).toEqual([null, 4, null]);
  await palette.getByRole('button', { name: `Edit ${title} v2` }).click();
  await form.getByRole('button', { name: 'Delete…' }).click();
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Delete workout' }).click();
  await expect(renamed).toHaveCount(0);
});

test('changing the week start asks; sessions keep their dates by default', async ({ page, request }) => {
  const { planId } = await seedPlan(page, request, { plan: { startDate: '2043-03-02', weeks: 4 } });
  // A race on the last Sunday.
  await call(request, 'sessions.add', { planId, date: '2043-03-29', kind: 'race' });
  await openApp(page);

  await page.getByRole('button', { name: 'Edit plan' }).click();
  const form = page.getByTestId('plan-form');
  await expect(form.getByTestId('frame-question')).toHaveCount(0);
  await form.getByLabel('Weeks start on').selectOption('sunday');
  const question = form.getByTestId('frame-question');
  await expect(question.getByLabel(/keep their dates/)).toBeChecked();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  // Still on Sunday 29 March: the race did not move to Saturday.
  await expect(coachCards(page, '2043-03-29')).toHaveAttribute('data-kind', 'race');
  const doc = await call<{ sessions: { date: string; kind: string }[] }>(request, 'plans.get', { id: planId });
  expect(doc.sessions.map((s) => [s.date, s.kind])).toEqual([['2043-03-29', 'race']]);
});
