/** Two athletes saved under one name are told apart in the sidebar by a faint detail beside each. */
import { expect, test } from '@playwright/test';
import { call, openApp, uniqueName } from './app';
import { seriousViolations } from './axe';

const athlete = (name: string, over: Record<string, unknown> = {}) => ({
  name,
  level: 'intermediate',
  runDaysPerWeek: 5,
  easyPaceSecPerKm: null,
  fatigued: false,
  recoveryStyle: 'runs',
  recentLongestRunKm: null,
  units: 'km',
  ...over,
});

test('two athletes with one name each show what tells them apart; a name of its own shows nothing extra', async ({
  page,
  request,
}) => {
  const name = uniqueName('Sam Lee');
  const first = await call<{ id: number }>(request, 'athletes.create', athlete(name));
  const second = await call<{ id: number }>(
    request,
    'athletes.create',
    athlete(name, { level: 'beginner', runDaysPerWeek: 3 }),
  );
  const alone = await call<{ id: number }>(request, 'athletes.create', athlete(uniqueName('Alone')));
  await openApp(page);

  const row = (id: number) => page.locator(`nav li.athlete[data-athlete-id="${id}"] .athlete-row`);
  const nameButton = (id: number) => row(id).locator('.athlete-name');
  await expect(nameButton(first.id)).toContainText(name);
  await expect(nameButton(first.id).locator('.tell-apart')).toHaveText('Intermediate · 5 days/wk');
  await expect(nameButton(second.id).locator('.tell-apart')).toHaveText('Beginner · 3 days/wk');
  await expect(nameButton(alone.id).locator('.tell-apart')).toHaveCount(0);
  // A screen reader hears the difference too, on the name and on its Edit button.
  await expect(nameButton(second.id)).toHaveAccessibleName(`${name} Beginner · 3 days/wk`);
  await expect(row(second.id).getByRole('button', { name: `Edit ${name} (Beginner · 3 days/wk)` })).toBeAttached();

  // Faint, small and whole: under the name, inside the sidebar, not cut.
  const look = await nameButton(second.id)
    .locator('.tell-apart')
    .evaluate((el) => {
      const s = getComputedStyle(el);
      const nav = el.closest('nav')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { size: parseFloat(s.fontSize), cut: el.scrollWidth > el.clientWidth, inside: box.right <= nav.right };
    });
  expect(look).toEqual({ size: 11.5, cut: false, inside: true });

  // Readable in both schemes (axe's contrast check on the sidebar).
  expect(await seriousViolations(page, 'nav[aria-label="Athletes and plans"]')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page, 'nav[aria-label="Athletes and plans"]')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  // Opened, its level and days are on the line under the name: said once, not twice.
  await nameButton(second.id).click();
  await expect(nameButton(second.id).locator('.tell-apart')).toHaveCount(0);
  await expect(page.locator(`nav li.athlete[data-athlete-id="${second.id}"] .meta`)).toHaveText('Beginner · 3 days/wk');
  await expect(nameButton(first.id).locator('.tell-apart')).toHaveText('Intermediate · 5 days/wk');

  // Same level and days: the plan count tells them apart instead.
  await call(request, 'athletes.update', { id: second.id, ...athlete(name) });
  await call(request, 'plans.create', {
    athleteId: second.id,
    name: 'Spring 10K',
    startDate: '2027-03-01',
    weeks: 8,
    weekStartsOn: 'monday',
    units: 'km',
  });
  await page.reload();
  await expect(nameButton(first.id).locator('.tell-apart')).toHaveText('no plans');
  await expect(nameButton(second.id).locator('.tell-apart')).toHaveText('1 plan');
});

test('a long name imported twice keeps its "(2)" in view: only the name before it is cut', async ({
  page,
  request,
}) => {
  const long = `Maximiliana Cristina Rodríguez-Oyelaran ${Date.now().toString(36)}`;
  const ids: number[] = [];
  for (const name of [long, `${long} (2)`, `${long} (3)`])
    ids.push((await call<{ id: number }>(request, 'athletes.create', athlete(name))).id);
  await openApp(page);
  for (const [i, id] of ids.entries()) {
    const button = page.locator(`nav li.athlete[data-athlete-id="${id}"] .athlete-name`);
    const shown = await button.evaluate((el) => {
      const base = el.querySelector<HTMLElement>('.name-base')!;
      const number = el.querySelector<HTMLElement>('.name-number');
      const row = el.getBoundingClientRect();
      return {
        baseCut: base.scrollWidth > base.clientWidth + 1,
        number: number?.textContent ?? null,
        numberInRow: number ? number.getBoundingClientRect().right <= row.right : null,
      };
    });
    expect(shown).toEqual(
      i === 0
        ? { baseCut: true, number: null, numberInRow: null }
        : { baseCut: true, number: ` (${i + 1})`, numberInRow: true },
    );
    // The whole name is the tooltip and the accessible name.
    await expect(button).toHaveAttribute('title', i === 0 ? long : `${long} (${i + 1})`);
    await expect(button).toHaveAccessibleName(i === 0 ? long : `${long} (${i + 1})`);
  }
});

test('taking the form’s suggested name keeps the keyboard in the Name field', async ({ page, request }) => {
  const name = uniqueName('Jo Park');
  await call(request, 'athletes.create', athlete(name));
  await openApp(page);
  await page.getByRole('button', { name: '+ Athlete' }).click();
  const form = page.getByTestId('athlete-form');
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: `Name this one “${name} (2)”` }).press('Enter');
  await expect(form.getByLabel('Name')).toHaveValue(`${name} (2)`);
  await expect(form.getByTestId('name-taken')).toHaveCount(0);
  // Focus went to the page when the button went away with the hint.
  await expect(form.getByLabel('Name')).toBeFocused();
});

test('importing a plan file when two athletes share its name says which one "existing profile" is', async ({
  page,
  request,
}) => {
  const name = uniqueName('Sam Lee');
  const mine = await call<{ id: number }>(request, 'athletes.create', athlete(name, { easyPaceSecPerKm: 340 }));
  const other = await call<{ id: number }>(
    request,
    'athletes.create',
    athlete(name, { level: 'beginner', runDaysPerWeek: 3, easyPaceSecPerKm: 340 }),
  );
  // Open on the other one's plan, so Import… is on screen.
  const open = await call<{ id: number }>(request, 'plans.create', {
    athleteId: other.id,
    name: 'Base',
    startDate: '2027-03-01',
    weeks: 4,
    weekStartsOn: 'monday',
    units: 'km',
  });
  await page.addInitScript(
    ([a, p]) => localStorage.setItem('stride.last-open', JSON.stringify({ athleteId: a, planId: p })),
    [other.id, open.id],
  );
  await openApp(page);
  await page.getByTestId('import-input').setInputFiles({
    name: 'spring.strideplan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'stride-plan',
        version: 2,
        athlete: { name, level: 'intermediate', easyPaceSecPerKm: 340 },
        plan: { name: 'Spring 10K', startDate: '2027-05-03', weeks: 4 },
        sessions: [{ id: 'a', date: '2027-05-04', kind: 'easy', durationMin: 40 }],
      }),
    ),
  });
  const ask = page.getByTestId('import-athlete-dialog');
  await expect(ask).toContainText(
    `Use ${name}'s existing profile (Intermediate · 5 days/wk), or create a new athlete named ${name} (2)?`,
  );
  await ask.getByRole('button', { name: 'Use existing profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported "Spring 10K"' })).toContainText(
    `Imported "Spring 10K" for ${name} (Intermediate · 5 days/wk).`,
  );
  const plans = await call<{ name: string }[]>(request, 'plans.list', { athleteId: mine.id });
  expect(plans.map((p) => p.name)).toEqual(['Spring 10K']);
});
