/**
 * A new coach's look at the sidebar and the empty window: the open athlete's Paces line sits
 * with that athlete's other lines, not at the list's edge; a collapsed athlete's name uses the
 * row's width (only a name that really does not fit is cut, with the whole name as a tooltip);
 * with no plan open there is no empty inspector column; the athlete form says when a name is
 * already taken.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { call, openApp, seedPlan, uniqueName } from './app';

const ATHLETE = {
  level: 'intermediate',
  runDaysPerWeek: 5,
  easyPaceSecPerKm: null,
  fatigued: false,
  recoveryStyle: 'runs',
  recentLongestRunKm: null,
  units: 'km',
};

async function createAthlete(request: APIRequestContext, name: string): Promise<number> {
  return (await call<{ id: number }>(request, 'athletes.create', { ...ATHLETE, name })).id;
}

/** Where an element's text begins on screen (its box may start earlier, at its padding). */
function textLeft(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect().left;
    });
}

test('the open athlete’s Paces line is indented with their other lines, under the name', async ({ page, request }) => {
  const { athleteId } = await seedPlan(page, request);
  await openApp(page);
  const open = `.athlete[data-athlete-id="${athleteId}"]`;
  await expect(page.locator(`${open} [data-testid="paces-table"]`)).toBeVisible();
  const name = await textLeft(page, `${open} .name`);
  const meta = await textLeft(page, `${open} .meta`);
  const paces = (await page.locator(`${open} [data-testid="paces-table"] summary`).boundingBox())!;
  const plan = await textLeft(page, `${open} .plan-name`);
  // It read as a sibling of the athletes: its triangle at the list's edge (x≈10), the name at x≈27.
  expect(Math.abs(paces.x - meta)).toBeLessThanOrEqual(2);
  expect(paces.x).toBeGreaterThanOrEqual(name - 2);
  expect(Math.abs(paces.x - plan)).toBeLessThanOrEqual(6);
  // Opened, its table stays under it too.
  await page.locator(`${open} [data-testid="paces-table"] summary`).click();
  const table = (await page.locator(`${open} [data-testid="paces-table"] table`).boundingBox())!;
  expect(table.x).toBeGreaterThanOrEqual(paces.x - 1);
});

test('a collapsed athlete’s name uses the row’s width; a name that does not fit is cut with a tooltip', async ({
  page,
  request,
}) => {
  // Wide enough to be cut beside a hidden Edit button, narrow enough for the whole row (≈136 px).
  const fits = await createAthlete(request, 'Rosa Delgado Ruiz');
  const long = await createAthlete(request, 'Maximiliana Cristina Rodríguez-Oyelaran');
  const plan = 'Half Marathon build for the Valencia spring race';
  const { planId } = await seedPlan(page, request, { plan: { name: plan } });
  await openApp(page);
  // A plan's name cut in the list shows whole as a tooltip too.
  await expect(page.locator(`.plan[data-plan-id="${planId}"]`)).toHaveAttribute('title', plan);
  const nameOf = (id: number) => page.locator(`.athlete[data-athlete-id="${id}"] .name-base`);
  const cut = (id: number) => nameOf(id).evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  await expect(nameOf(fits)).toBeVisible();
  expect(await cut(fits)).toBe(false);
  await expect(page.locator(`.athlete[data-athlete-id="${fits}"] .athlete-name`)).not.toHaveAttribute('title');
  expect(await cut(long)).toBe(true);
  await expect(page.locator(`.athlete[data-athlete-id="${long}"] .athlete-name`)).toHaveAttribute(
    'title',
    'Maximiliana Cristina Rodríguez-Oyelaran',
  );
  // The Edit button still comes on hover and on keyboard focus, over the row's end.
  await page.locator(`.athlete[data-athlete-id="${fits}"] .athlete-row`).hover();
  await expect(page.getByRole('button', { name: 'Edit Rosa Delgado Ruiz' }).first()).toBeVisible();
});

test('with no plan open there is no empty inspector column; it comes back, as the coach left it, with a plan', async ({
  page,
  request,
}) => {
  const withPlan = await seedPlan(page, request);
  const planless = await createAthlete(request, uniqueName('No plan yet'));
  await page.addInitScript(
    (a) => localStorage.setItem('stride.last-open', JSON.stringify({ athleteId: a, planId: null })),
    planless,
  );
  await openApp(page);
  await expect(page.getByRole('heading', { name: /^No plan open for / })).toBeVisible();
  await expect(page.locator('.right-col')).toHaveCount(0);
  const centre = (await page.locator('main.centre').boundingBox())!;
  expect(centre.x + centre.width).toBeGreaterThanOrEqual(1440 - 1);
  await page.screenshot({ path: 'reports/screenshots/no-plan-open.png' });

  // A plan opens: the inspector is back, open as it was.
  await page.locator(`.athlete[data-athlete-id="${withPlan.athleteId}"] .athlete-name`).click();
  await expect(page.locator('.calendar [data-week]').first()).toBeVisible();
  await expect(page.locator('#inspector-panel')).toBeVisible();
  // The coach folds it; an athlete without plans takes the column away; the plan brings it back folded.
  await page.getByRole('button', { name: 'Hide the inspector' }).click();
  await expect(page.locator('#inspector-panel')).toBeHidden();
  await page.locator(`.athlete[data-athlete-id="${planless}"] .athlete-name`).click();
  await expect(page.locator('.right-col')).toHaveCount(0);
  await page.locator(`.athlete[data-athlete-id="${withPlan.athleteId}"] .athlete-name`).click();
  await expect(page.getByRole('button', { name: 'Show the inspector and warnings' })).toBeVisible();
  await expect(page.locator('#inspector-panel')).toBeHidden();
});

test('the athlete form says when the name is already taken, and still lets the coach save it', async ({
  page,
  request,
}) => {
  const name = uniqueName('Jo Park');
  const { athleteId } = await seedPlan(page, request, { athlete: { name } });
  await openApp(page);

  // Editing the athlete: their own name is no clash.
  await page.getByRole('button', { name: `Edit ${name}` }).click();
  let form = page.getByTestId('athlete-form');
  await expect(form.getByLabel('Name')).toHaveValue(name);
  await expect(form.getByTestId('name-taken')).toHaveCount(0);
  await form.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: '+ Athlete' }).click();
  form = page.getByTestId('athlete-form');
  // Case and spaces around it do not make another name.
  await form.getByLabel('Name').fill(`  ${name.toLowerCase()} `);
  await expect(form.getByTestId('name-taken')).toContainText(`You already have an athlete named ${name}.`);
  await expect(form.getByLabel('Name')).toHaveAccessibleDescription(
    `You already have an athlete named ${name}. You can still save, or tell them apart:`,
  );
  // One click names this one as an import would.
  await form.getByRole('button', { name: `Name this one “${name.toLowerCase()} (2)”` }).click();
  await expect(form.getByLabel('Name')).toHaveValue(`${name.toLowerCase()} (2)`);
  await expect(form.getByTestId('name-taken')).toHaveCount(0);
  await form.getByLabel('Name').fill(`${name} Jr`);
  await expect(form.getByTestId('name-taken')).toHaveCount(0);
  await form.getByLabel('Name').fill(name);
  await expect(form.getByTestId('name-taken')).toBeVisible();
  // In the dark scheme the pressed day toggles read dark on the light accent (white was 2:1).
  await page.emulateMedia({ colorScheme: 'dark' });
  const pressed = form.locator('.day-toggle[aria-pressed="true"]').first();
  expect(await pressed.evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'light' });
  // Two people of one name can both be coached: Save goes through.
  await form.getByRole('button', { name: 'Create athlete' }).click();
  await expect(form).toBeHidden();
  await expect(page.locator('.athlete .name').filter({ hasText: new RegExp(`^${name}$`) })).toHaveCount(2);
  const stored = await call<{ id: number; name: string }[]>(request, 'athletes.list', {});
  expect(stored.filter((a) => a.name === name).map((a) => a.id)).toContain(athleteId);
  expect(stored.filter((a) => a.name === name)).toHaveLength(2);
});
