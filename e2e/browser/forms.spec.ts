/** Forms that do not lose what was typed, and whose messages follow what is on screen. */
import { expect, test } from '@playwright/test';
import { call, openApp, seedPlan } from './app';

test('Escape on a changed New athlete form asks before discarding; unchanged it just closes', async ({
  page,
  request,
}) => {
  await seedPlan(page, request);
  await openApp(page);
  await page.getByRole('button', { name: '+ Athlete' }).click();
  const form = page.getByTestId('athlete-form');
  await expect(form).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);

  await page.getByRole('button', { name: '+ Athlete' }).click();
  await form.getByLabel('Name').fill('Priya Raman');
  await page.keyboard.press('Escape');
  const ask = page.getByTestId('confirm-dialog');
  await expect(ask).toContainText('Discard your changes?');
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toHaveCount(0);
  await expect(form.getByLabel('Name')).toHaveValue('Priya Raman');
  await page.keyboard.press('Escape');
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Discard' }).click();
  await expect(form).toHaveCount(0);
});

test('an error about a pace per km follows a switch to miles, and "16." is a distance', async ({ page, request }) => {
  await seedPlan(page, request);
  await openApp(page);
  await page.getByRole('button', { name: '+ Athlete' }).click();
  const form = page.getByTestId('athlete-form');
  await form.getByLabel('Name').fill('Sam Okafor');
  await form.getByLabel(/Easy pace/).fill('20:00');
  await form.getByLabel(/Longest run/).fill('16.');
  await form.getByRole('button', { name: 'Create athlete' }).click();
  await expect(form).toContainText('per km');
  await form.getByLabel('Units').selectOption('mi');
  await expect(form).not.toContainText('per km');
  await expect(form).toContainText('per mi');
  await expect(form).not.toContainText('Longest recent run:');
  await form.getByLabel(/Easy pace/).fill('9:00');
  await form.getByRole('button', { name: 'Create athlete' }).click();
  await expect(form).toHaveCount(0);
});

test('changing an Intervals session to Rest asks, then clears its workout and notes', async ({ page, request }) => {
  const { planId } = await seedPlan(page, request);
  await call(request, 'sessions.add', {
    planId,
    date: '2027-03-02',
    kind: 'intervals',
    title: '6×800 m @ 5K pace, 2 min jog',
    notes: 'On the track',
  });
  await openApp(page);
  await page.locator('.calendar [data-date="2027-03-02"] [data-origin="coach"]').click();
  const kind = page.locator('#ins-kind');
  await kind.selectOption('rest');
  const ask = page.getByTestId('confirm-dialog');
  await expect(ask).toContainText('the title "6×800 m @ 5K pace, 2 min jog" and the notes will be cleared');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(kind).toHaveValue('intervals');
  await expect(page.locator('#ins-title')).toHaveValue('6×800 m @ 5K pace, 2 min jog');

  await kind.selectOption('rest');
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Make it rest' }).click();
  await expect(page.locator('.calendar [data-date="2027-03-02"] [data-origin="coach"]')).toHaveAttribute(
    'data-kind',
    'rest',
  );
  await expect(page.locator('#ins-title')).toHaveValue('');
  await expect(page.locator('.inspector textarea')).toHaveValue('');
  await expect
    .poll(
      async () =>
        (
          await call<{ sessions: { title: string | null; notes: string | null }[] }>(request, 'plans.get', {
            id: planId,
          })
        ).sessions[0],
    )
    .toMatchObject({ title: null, notes: null });
});

test('every choice in the athlete form reads whole, the long-run day naming the day it stands for', async ({ page, request }) => {
  // The long-run day's empty choice read "Sunday, or the latest day available" in a box cut after
  // "Sunday, or the latest day": at 1440 and at 1024 the coach never saw what it meant.
  await seedPlan(page, request);
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await openApp(page);
    // At 1024 the athletes panel starts closed.
    const show = page.getByRole('button', { name: 'Show athletes and plans' });
    if (await show.isVisible()) await show.click();
    await page.getByRole('button', { name: '+ Athlete' }).click();
    const form = page.getByTestId('athlete-form');
    const longDay = form.getByLabel('Long-run day');
    await expect(longDay.locator('option:checked')).toHaveText('Usual (Sunday)');
    await form.getByRole('button', { name: 'Sunday' }).click();
    await expect(longDay.locator('option:checked')).toHaveText('Usual (Saturday)');
    const clipped = await form.evaluate((f) => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      return [...f.querySelectorAll('select')]
        .filter((s) => {
          const style = getComputedStyle(s);
          ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const text = s.selectedOptions[0]?.text ?? '';
          // Padding on both sides and the drop-down arrow (about 20 px) take part of the box.
          const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
          return ctx.measureText(text).width > room;
        })
        .map((s) => `${s.id}: ${s.selectedOptions[0]?.text}`);
    });
    expect(clipped, `at ${size.width}x${size.height}`).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Discard' }).click();
    await expect(form).toHaveCount(0);
  }
});

test('on a 1024 x 700 screen the athlete form’s buttons stay in view while its errors push the fields down', async ({
  page,
  request,
}) => {
  // The whole dialog scrolled: after a refused Create, its errors pushed "Create athlete" below
  // the dialog's bottom edge, and the coach had to find it by scrolling.
  await seedPlan(page, request);
  await page.setViewportSize({ width: 1024, height: 700 });
  await openApp(page);
  const show = page.getByRole('button', { name: 'Show athletes and plans' });
  if (await show.isVisible()) await show.click();
  await page.getByRole('button', { name: '+ Athlete' }).click();
  const form = page.getByTestId('athlete-form');
  await form.getByLabel('Recent race').fill('half');
  await form.getByLabel('in (time)').fill('1:35');
  await form.getByLabel(/Easy pace/).fill('fast');
  await form.getByRole('button', { name: 'Create athlete' }).click();
  await expect(form.locator('.error')).toHaveCount(3);
  await expect(form.getByRole('button', { name: 'Create athlete' })).toBeInViewport({ ratio: 1 });
  await expect(form.getByRole('button', { name: 'Cancel' })).toBeInViewport({ ratio: 1 });
  await expect(form.getByRole('heading', { name: 'New athlete' })).toBeInViewport({ ratio: 1 });
  // The fields scroll between them, the last one included.
  await form.getByLabel(/Very sore/).scrollIntoViewIfNeeded();
  await expect(form.getByLabel(/Very sore/)).toBeInViewport();
  await expect(form.getByRole('button', { name: 'Create athlete' })).toBeInViewport({ ratio: 1 });
});

test('more running days than days available: the form says how many the plan counts', async ({ page, request }) => {
  await seedPlan(page, request);
  await openApp(page);
  await page.getByRole('button', { name: '+ Athlete' }).click();
  const form = page.getByTestId('athlete-form');
  await expect(form.getByTestId('run-days-hint')).toHaveCount(0);
  for (const day of ['Monday', 'Wednesday', 'Friday', 'Sunday']) await form.getByRole('button', { name: day }).click();
  await expect(form.getByTestId('run-days-hint')).toHaveText('3 days are available: the plan counts 3 running days a week, not 5.');
  await form.getByLabel('Running days a week').selectOption('3');
  await expect(form.getByTestId('run-days-hint')).toHaveCount(0);
});
