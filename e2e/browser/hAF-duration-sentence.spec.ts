/**
 * A session refused for want of a duration says so in a sentence a coach reads, and says what to
 * do: "An interval session needs a duration: give it minutes, or steps with a time or distance",
 * beside the Duration field. Where the inspector caught it first it read "Duration: a intervals
 * session needs a duration" (a wrong article); main's own sentence began "durationMin: " (a field
 * code, which the inspector cut off but a banner would show), and neither told the coach what would
 * do when the only step left was an open one ("lap") and they removed it.
 */
import { expect, test } from '@playwright/test';
import { call, coachCards, openApp, seedPlan } from './app';

const SENTENCE = 'An interval session needs a duration: give it minutes, or steps with a time or distance';

test('removing the last (open) step of a workout timed by its steps is refused in a sentence beside Duration', async ({
  page,
  request,
}) => {
  const { planId } = await seedPlan(page, request);
  await call(request, 'sessions.add', { planId, id: 'lap', date: '2027-03-09', kind: 'intervals' });
  // Timed by its steps: no duration of its own, and the only step is open ("until the lap button").
  await call(request, 'sessions.update', { planId, id: 'lap', steps: [{ type: 'run' }], durationMin: null });
  await openApp(page);
  await coachCards(page, '2027-03-09').click();
  const editor = page.getByTestId('steps-editor');
  await expect(editor.getByTestId('steps-text')).toHaveValue('lap');

  await editor.getByRole('button', { name: 'Remove step 1' }).click();
  const duration = page.locator('#ins-duration');
  await expect(duration).toHaveAccessibleDescription(SENTENCE);
  await expect(page.getByRole('alert')).toHaveText([SENTENCE]);
  // Nothing changed: the open step is still there.
  await expect(editor.getByTestId('steps-text')).toHaveValue('lap');
  const doc = await call<{ sessions: { id: string; steps?: unknown }[] }>(request, 'plans.get', { id: planId });
  expect(doc.sessions.find((s) => s.id === 'lap')?.steps).toEqual([{ type: 'run' }]);

  // The coach gives it minutes, as the sentence says: the refusal goes.
  await duration.fill('40');
  await duration.press('Enter');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await editor.getByRole('button', { name: 'Remove step 1' }).click();
  await expect(editor.locator('[data-step-item]')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a duration emptied in the inspector is refused with the same sentence, with its article right', async ({
  page,
  request,
}) => {
  const { planId } = await seedPlan(page, request);
  await call(request, 'sessions.add', { planId, id: 'easy', date: '2027-03-10', kind: 'easy', durationMin: 40 });
  await call(request, 'sessions.add', { planId, id: 'reps', date: '2027-03-11', kind: 'intervals', durationMin: 50 });
  await openApp(page);

  await coachCards(page, '2027-03-11').click();
  const duration = page.locator('#ins-duration');
  await duration.fill('');
  await duration.press('Enter');
  await expect(duration).toHaveAccessibleDescription(SENTENCE);

  await coachCards(page, '2027-03-10').click();
  await duration.fill('0');
  await duration.press('Enter');
  await expect(duration).toHaveAccessibleDescription('An easy run needs a duration over 0 minutes');
});
