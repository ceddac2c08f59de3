/**
 * The desktop app itself: security settings of the window and the coach's basic journey, through
 * the real Electron shell and IPC. Runs where an Electron binary exists; elsewhere every test is
 * skipped with the reason printed.
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from './electron-binary';

const binary = findElectronBinary();
if ('missing' in binary) console.log(`[electron e2e] skipped: ${binary.missing}`);

test.describe('Stride desktop app', () => {
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');
  // One app for the file, and each journey goes on from where the one before left the plan.
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  test.beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'stride-electron-'));
    app = await electron.launch({
      executablePath: (binary as { path: string }).path,
      args: ['.'],
      env: { ...process.env, STRIDE_DATA_DIR: dataDir },
    });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('the window is isolated, sandboxed and cannot navigate away or open windows', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const wc = BrowserWindow.getAllWindows()[0].webContents;
      const p = (wc as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences();
      return { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration };
    });
    expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys((window as unknown as { stride: object }).stride))).toEqual(['invoke']);
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'));
    expect(csp).toContain("default-src 'self'");
    const opened = await page.evaluate(() => window.open('https://example.com') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(300);
    expect(page.url()).toMatch(/^app:\/\/stride\//);
  });

  test('a coach creates an athlete and a plan, drops intervals on week 2, and it survives a restart', async () => {
    await page.getByRole('button', { name: '+ Athlete' }).click();
    const athleteForm = page.getByTestId('athlete-form');
    await athleteForm.getByLabel('Name').fill('Electron Athlete');
    await athleteForm.getByRole('button', { name: 'Create athlete' }).click();
    await page.getByRole('button', { name: '+ Plan' }).click();
    const planForm = page.getByTestId('plan-form');
    await planForm.getByLabel('Name').fill('Desktop plan');
    await planForm.getByLabel('Start date').fill('2027-03-01');
    await planForm.getByRole('button', { name: 'Create plan' }).click();
    await expect(page.getByTestId('plan-title')).toHaveText('Desktop plan');
    const week2Tuesday = page.locator('.calendar [data-week="2"] [data-date]').nth(1);
    const date = await week2Tuesday.getAttribute('data-date');
    await page.locator('[data-kind="intervals"]').first().dragTo(week2Tuesday);
    await expect(page.locator(`[data-date="${date}"] [data-origin="coach"][data-kind="intervals"]`)).toHaveCount(1);
    // Main applied the rules over IPC: the next day holds a recovery run.
    const wednesday = await page.locator('.calendar [data-week="2"] [data-date]').nth(2).getAttribute('data-date');
    await expect(page.locator(`[data-date="${wednesday}"] [data-origin="rule"][data-kind="recovery"]`)).toHaveCount(1);
    await app.close();
    app = await electron.launch({ executablePath: (binary as { path: string }).path, args: ['.'], env: { ...process.env, STRIDE_DATA_DIR: dataDir } });
    page = await app.firstWindow();
    // The app reopens the last plan it showed.
    await expect(page.getByTestId('plan-title')).toHaveText('Desktop plan');
    await expect(page.locator(`[data-date="${date}"] [data-origin="coach"][data-kind="intervals"]`)).toHaveCount(1);
  });

  test('the coach hands the plan over: iCal and PDF through the save dialog, written where chosen', async () => {
    // Runs after the journey above: "Desktop plan" is open with intervals in week 2.
    await expect(page.getByTestId('plan-title')).toHaveText('Desktop plan');
    const saveTo = async (file: string) =>
      app.evaluate(({ dialog }, filePath) => {
        // The save dialog answers with the chosen path, as if the coach had picked it.
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
      }, file);

    const ics = join(dataDir, 'desktop-plan.ics');
    await saveTo(ics);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: /Calendar for the athlete/ }).click();
    await expect.poll(() => existsSync(ics), { timeout: 15_000 }).toBe(true);
    const calendar = readFileSync(ics, 'utf8');
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toMatch(/SUMMARY:Intervals/);
    expect(calendar).toMatch(/SUMMARY:Recovery run/);

    const pdf = join(dataDir, 'desktop-plan.pdf');
    await saveTo(pdf);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByTestId('export-pdf').click();
    await expect.poll(() => existsSync(pdf), { timeout: 30_000 }).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // printToPDF of the same print page: the overview names the plan and athlete, the footer numbers the pages.
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Desktop plan');
    expect(text).toContain('Electron Athlete');
    expect(text).toContain('Page 1 of');
    expect(text).toContain('Load (AU)');
  });
});
