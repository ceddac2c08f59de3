/**
 * The library's workout dialog shows what an empty RPE stands for, as the inspector does: the
 * kind's usual RPE as the field's placeholder and in a hint tied to it, following the kind chosen
 * in the dialog. Its RPE field used to be blank with no word, so a coach could not tell what a
 * workout without one would count as.
 */
import { expect, test } from '@playwright/test';
import { call, openApp, seedPlan, uniqueName } from './app';

test("the library dialog's empty RPE shows the kind's usual RPE, and follows the kind", async ({ page, request }) => {
  await seedPlan(page, request);
  const title = uniqueName('Cruise tempo');
  await call(request, 'library.save', { kind: 'tempo', title, durationMin: 50 });
  await openApp(page);

  await page
    .locator('.palette')
    .getByRole('button', { name: `Edit ${title}`, exact: true })
    .click();
  const form = page.getByTestId('workout-form');
  const rpe = form.getByLabel('RPE');
  await expect(rpe).toHaveValue('');
  // Tempo's usual RPE is 7 (the inspector's placeholder and hint say the same).
  await expect(rpe).toHaveAttribute('placeholder', '7');
  await expect(rpe).toHaveAccessibleDescription("RPE 1–10, how hard it feels; empty: the kind's usual 7.");

  // Another kind chosen in the dialog: its usual RPE.
  await form.getByLabel('Kind').selectOption({ label: 'Intervals' });
  await expect(rpe).toHaveAttribute('placeholder', '8');
  await expect(rpe).toHaveAccessibleDescription("RPE 1–10, how hard it feels; empty: the kind's usual 8.");
  await form.getByLabel('Kind').selectOption({ label: 'Easy' });
  await expect(rpe).toHaveAttribute('placeholder', '3');
  await expect(form.getByText("RPE 1–10, how hard it feels; empty: the kind's usual 3.")).toBeVisible();

  // A bad RPE replaces the hint with the refusal, tied to the field.
  await rpe.fill('12');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(rpe).toHaveAccessibleDescription('RPE: a whole number from 1 to 10');
  await expect(form.getByText("the kind's usual")).toHaveCount(0);

  // The hint is a hint: saved empty, the workout keeps no RPE of its own.
  await rpe.fill('');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  const listed = await call<{ title: string; kind: string; rpe: number | null }[]>(request, 'library.list', {});
  expect(listed.filter((w) => w.title === title).map((w) => [w.kind, w.rpe])).toEqual([['easy', null]]);
});
