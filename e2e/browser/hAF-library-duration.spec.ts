/**
 * A library workout timed by its steps (no duration of its own, as "Save to library" keeps a
 * session whose time came from its steps) can be renamed in the library dialog. The dialog used to
 * refuse any save of it for its empty duration ("… needs a duration: give it minutes, or steps with
 * a time or distance", while it had steps), as the inspector does not.
 */
import { expect, test } from '@playwright/test';
import { call, openApp, seedPlan, uniqueName } from './app';

test('a library workout timed by its steps is saved with an empty duration; without steps it is refused', async ({
  page,
  request,
}) => {
  await seedPlan(page, request);
  const title = uniqueName('Track 800s');
  const steps = [
    { type: 'warmup', durationMin: 15, target: 'E' },
    {
      repeat: 6,
      steps: [
        { type: 'run', distanceKm: 0.8, target: 'I' },
        { type: 'recover', durationMin: 2 },
      ],
    },
  ];
  await call(request, 'library.save', { kind: 'intervals', title, steps });
  await openApp(page);

  const palette = page.locator('.palette');
  await palette.getByRole('button', { name: `Edit ${title}`, exact: true }).click();
  const form = page.getByTestId('workout-form');
  await expect(form.getByLabel('Duration (min)')).toHaveValue('');
  await form.getByLabel('Title').fill(`${title} v2`);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  type Listed = { title: string; durationMin: number | null; steps: unknown }[];
  const listed = await call<Listed>(request, 'library.list', {});
  expect(listed.filter((w) => w.title === `${title} v2`).map((w) => [w.durationMin, w.steps])).toEqual([[null, steps]]);

  // Its steps taken away as well: then it needs minutes, and the dialog says so.
  await palette.getByRole('button', { name: `Edit ${title} v2`, exact: true }).click();
  await form.getByLabel('Steps').fill('');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(
    form.getByText('An interval session needs a duration: give it minutes, or steps with a time or distance'),
  ).toBeVisible();
  await expect(form).toBeVisible();
});
