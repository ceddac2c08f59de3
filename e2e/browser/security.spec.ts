/**
 * The browser preview as a page on another site sees it: security headers on every page, no
 * framing, calls refused without JSON or from another origin, and not one console error on the
 * app's page or its print pages.
 */
import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';
import { appUrl, call, seedPlan } from './app';

function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

test('the app page and the print pages log no console errors and send CSP and X-Frame-Options as headers', async ({ page, request }) => {
  const errors = collectConsoleErrors(page);
  const { planId } = await seedPlan(page, request);
  const response = await page.goto(appUrl());
  expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response!.headers()['x-frame-options']).toBe('DENY');
  await expect(page.locator('nav[aria-label="Athletes and plans"]')).toBeAttached();
  // No frame-ancestors in a meta tag (Chromium logs an error for it and ignores it).
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).not.toContain('frame-ancestors');

  const url = new URL(appUrl());
  for (const view of ['plan', 'weeks']) {
    const print = `${url.origin}/print.html?token=${url.searchParams.get('token')}&plan=${planId}&view=${view}&week=all&paper=a4`;
    const printed = await page.goto(print);
    expect(printed!.headers()['x-frame-options']).toBe('DENY');
    await expect(page.locator('body[data-print-ready="true"]')).toBeAttached({ timeout: 20_000 });
  }
  await page.waitForTimeout(300);
  expect(errors).toEqual([]);
});

test('a page on another port cannot frame the app, and its calls are refused', async ({ page, request }) => {
  const url = new URL(appUrl());
  // A page served from elsewhere (a data: URL stands in for another site) tries to frame the app.
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.setContent(`<iframe id="f" src="${appUrl()}"></iframe>`);
  await page.waitForTimeout(1500);
  const framed = page.frames().find((f) => f.url().startsWith(url.origin));
  // Blocked frames stay empty: no app inside.
  if (framed) expect(await framed.locator('nav[aria-label="Athletes and plans"]').count()).toBe(0);

  const foreign = await request.post(`${url.origin}/api/athletes.list`, {
    headers: { 'x-stride-token': url.searchParams.get('token')!, 'content-type': 'application/json', origin: 'http://127.0.0.1:1' },
    data: {},
  });
  expect(foreign.status()).toBe(403);
  const form = await request.post(`${url.origin}/api/athletes.list`, {
    headers: { 'x-stride-token': url.searchParams.get('token')!, 'content-type': 'text/plain' },
    data: '{}',
  });
  expect(form.status()).toBe(415);
  expect(await call(request, 'athletes.list', {})).toBeInstanceOf(Array);
});
