/**
 * The desktop shell tested without an Electron binary: the BUILT main bundle (out/main/index.js,
 * what `npm start` runs) under plain Node, with a recording stand-in for `electron`
 * (test-support/fake-electron.ts). Checks the window's webPreferences and URL, the one IPC channel
 * reaching every contract method and refusing untrusted senders, navigation and window.open
 * denied, permissions denied, the app:// protocol, the Electron-ABI SQLite binding, the menu.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHODS } from '../../src-shared/api/contract';
import { fakeElectron, FakeWebContents, loadWithFakeElectron } from '../test-support/fake-electron';

const ROOT = path.resolve(__dirname, '../..');
const BUNDLE = path.join(ROOT, 'out', 'main', 'index.js');
const APP_URL = 'app://stride/index.html';

/** Builds the app when the main bundle is missing or older than the shell's sources. */
function ensureMainBuilt(): void {
  const newestSource = ['src-main/electron', 'src-main/preload', 'src-main/handlers', 'src-shared/api']
    .flatMap((dir) => readdirSync(path.join(ROOT, dir)).map((f) => statSync(path.join(ROOT, dir, f)).mtimeMs))
    .reduce((a, b) => Math.max(a, b), 0);
  if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= newestSource) return;
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'pipe', timeout: 280_000 });
}

const dirs: string[] = [];
const temp = (prefix: string) => {
  const d = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};

async function startShell(options: { isPackaged: boolean; rendererUrl?: string; electronBinding?: boolean }) {
  const appPath = temp('stride-shell-app-');
  if (options.electronBinding) {
    // The Node build stands in for the Electron-ABI build: what matters is which file main loads.
    mkdirSync(path.join(appPath, '.electron-native'));
    copyFileSync(
      path.join(ROOT, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
      path.join(appPath, '.electron-native', 'better_sqlite3.node'),
    );
  }
  const dataDir = temp('stride-shell-data-');
  const fake = fakeElectron({ isPackaged: options.isPackaged, appPath, userData: dataDir });
  const saved = { url: process.env.ELECTRON_RENDERER_URL, data: process.env.STRIDE_DATA_DIR };
  if (options.rendererUrl) process.env.ELECTRON_RENDERER_URL = options.rendererUrl;
  else delete process.env.ELECTRON_RENDERER_URL;
  process.env.STRIDE_DATA_DIR = dataDir;
  const undo = loadWithFakeElectron(BUNDLE, fake.electron);
  try {
    fake.becomeReady();
    for (let i = 0; i < 200 && fake.rec.windows.length === 0 && fake.rec.exitCode === null; i++) await new Promise((r) => setTimeout(r, 10));
  } finally {
    undo();
    if (saved.url === undefined) delete process.env.ELECTRON_RENDERER_URL;
    else process.env.ELECTRON_RENDERER_URL = saved.url;
    if (saved.data === undefined) delete process.env.STRIDE_DATA_DIR;
    else process.env.STRIDE_DATA_DIR = saved.data;
  }
  expect(fake.rec.errorBoxes).toEqual([]);
  expect(fake.rec.windows).toHaveLength(1);
  return { ...fake, appPath, dataDir };
}

type Shell = Awaited<ReturnType<typeof startShell>>;
let packaged: Shell;

beforeAll(async () => {
  ensureMainBuilt();
  // A packaged app with ELECTRON_RENDERER_URL set, as an attacker would: it must be ignored.
  packaged = await startShell({ isPackaged: true, rendererUrl: 'http://127.0.0.1:9/evil', electronBinding: true });
}, 300_000);
afterAll(() => {
  packaged?.app.emit('will-quit');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const trusted = { senderFrame: { url: APP_URL, parent: null } };

describe('the packaged desktop shell (built bundle, stand-in electron)', () => {
  it('opens one isolated, sandboxed window without DevTools, on app://, ignoring ELECTRON_RENDERER_URL', () => {
    const [win] = packaged.rec.windows;
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(String(win.options.webPreferences.preload)).toMatch(/out[\\/]preload[\\/]index\.cjs$/);
    expect(win.loaded).toEqual([APP_URL]);
  });

  it('reaches every contract method through the one IPC channel', async () => {
    expect([...packaged.rec.ipc.keys()]).toEqual(['stride:invoke']);
    const invoke = packaged.rec.ipc.get('stride:invoke')!;
    for (const method of METHODS) {
      const result = (await invoke(trusted, method, {})) as { ok: boolean; error?: { code: string } };
      expect(['unknown-method', 'forbidden'], method).not.toContain(result.error?.code);
    }
    expect(await invoke(trusted, 'athletes.list', {})).toEqual({ ok: true, value: [] });
    expect(await invoke(trusted, 'nope.never', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('refuses every method to an untrusted sender: another origin, a sub-frame, no frame', async () => {
    const invoke = packaged.rec.ipc.get('stride:invoke')!;
    const senders = [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: APP_URL, parent: {} } },
      { senderFrame: { url: 'file:///index.html', parent: null } },
      { senderFrame: { url: 'http://127.0.0.1:9/evil', parent: null } },
      { senderFrame: null },
    ];
    for (const sender of senders) {
      for (const method of METHODS) {
        expect(await invoke(sender, method, {}), `${method} from ${JSON.stringify(sender)}`).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
    }
  });

  it('denies navigation away from the app and every window.open', () => {
    const contents = new FakeWebContents();
    packaged.app.emit('web-contents-created', {}, contents);
    const navigate = (event: string, url: string) => {
      let prevented = false;
      contents.emit(event, { preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'http://127.0.0.1:9/evil')).toBe(true);
    expect(navigate('will-navigate', 'app://stride/print.html?plan=1')).toBe(false);
    expect(contents.openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: APP_URL })).toEqual({ action: 'deny' });
    expect(navigate('will-attach-webview', 'https://evil.example/')).toBe(true);
  });

  it('denies every permission but writing the clipboard from its own pages', () => {
    const ask = (permission: string, url: string) => {
      let granted: boolean | null = null;
      packaged.rec.permissionRequest!({}, permission, (ok) => (granted = ok), { requestingUrl: url });
      return granted;
    };
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid', 'serial', 'fullscreen']) {
      expect(ask(p, APP_URL), p).toBe(false);
    }
    expect(ask('clipboard-sanitized-write', APP_URL)).toBe(true);
    expect(ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(packaged.rec.permissionCheck!({}, 'geolocation', 'app://stride')).toBe(false);
    expect(packaged.rec.permissionCheck!({}, 'clipboard-sanitized-write', 'app://stride')).toBe(true);
  });

  it('serves the renderer from app:// with the CSP as a header, and nothing outside it', async () => {
    expect(packaged.rec.schemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const serve = packaged.rec.protocols.get('app')!;
    const page = await serve({ url: APP_URL });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(await page.text()).toContain('<div id="app">');
    for (const url of ['app://stride/../../../etc/passwd', 'app://stride/%2e%2e/%2e%2e/etc/passwd', 'app://stride/nope.js', 'app://other/index.html']) {
      expect((await serve({ url })).status, url).toBe(404);
    }
  });

  it('opens the store through the Electron-ABI binding when one is there', () => {
    const binding = path.join(packaged.appPath, '.electron-native', 'better_sqlite3.node');
    expect(readFileSync('/proc/self/maps', 'utf8')).toContain(binding);
  });

  it('has the menu accelerators and no DevTools in its View menu', () => {
    const items: { label?: string; accelerator?: string; role?: string; submenu?: unknown[] }[] = [];
    const walk = (list: unknown[]) => {
      for (const item of list as (typeof items)[number][]) {
        items.push(item);
        if (Array.isArray(item.submenu)) walk(item.submenu);
      }
    };
    walk(packaged.rec.menuTemplate!);
    const accelerators = Object.fromEntries(items.filter((i) => i.accelerator).map((i) => [i.label, i.accelerator]));
    expect(accelerators).toMatchObject({
      'Import plan…': 'CmdOrCtrl+O',
      'Print week…': 'CmdOrCtrl+P',
      'Print all weeks…': 'CmdOrCtrl+Shift+P',
      'Plan file (.strideplan.json)…': 'CmdOrCtrl+E',
      Undo: 'CmdOrCtrl+Z',
    });
    // The plan's Undo/Redo: keys shown, not registered, so Ctrl/Cmd+Z reaches the page (where a
    // text field keeps its own undo) and a click sends the command to the renderer.
    const undo = items.find((i) => i.label === 'Undo') as { registerAccelerator?: boolean } | undefined;
    expect(undo?.registerAccelerator).toBe(false);
    expect(items.some((i) => i.label === 'Redo')).toBe(true);
    const roles = items.map((i) => i.role?.toLowerCase());
    expect(roles).not.toContain('viewmenu');
    expect(roles).not.toContain('toggledevtools');
    expect(roles).toContain('zoomin');
  });
});

describe('the unpackaged shell (npm run dev)', () => {
  it('loads the local dev server and keeps DevTools', async () => {
    const dev = await startShell({ isPackaged: false, rendererUrl: 'http://localhost:5173/' });
    const [win] = dev.rec.windows;
    expect(win.loaded).toEqual(['http://localhost:5173/']);
    expect(win.options.webPreferences.devTools).toBe(true);
    const invoke = dev.rec.ipc.get('stride:invoke')!;
    expect(await invoke({ senderFrame: { url: 'http://localhost:5173/', parent: null } }, 'athletes.list', {})).toMatchObject({ ok: true });
    dev.app.emit('will-quit');
  });
});
