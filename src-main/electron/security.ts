/**
 * Electron's security checklist, in one place (SECURITY.md lists each item and where it is met):
 * every window is isolated and sandboxed, loads the app from its own `app://` origin, cannot
 * navigate away or open new windows, gets no permission it does not need, and IPC answers only
 * the app's own main frame. DevTools and the dev-server URL exist only in an unpackaged app.
 */
import type { App, IpcMainInvokeEvent, Session, WebContents, WebPreferences } from 'electron';

/** The app's own origin: the renderer is served by `protocol.handle('app', …)` (app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://stride`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

export function secureWebPreferences(preload: string, options: { devTools?: boolean } = {}): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: options.devTools ?? false,
  };
}

/**
 * The dev server's URL (`electron-vite dev`), honoured only in an unpackaged app: in a packaged
 * one an ELECTRON_RENDERER_URL in the environment would load any page and trust its IPC calls.
 */
export function devServerUrlFor(app: Pick<App, 'isPackaged'>, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (app.isPackaged) return undefined;
  const url = env.ELECTRON_RENDERER_URL;
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    // Only a local dev server: never a remote page, even when developing.
    return parsed.protocol === 'http:' && (parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1') ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A URL of the app itself: its app:// origin, or the dev server's origin when developing. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (devServerUrl) {
    try {
      if (parsed.origin === new URL(devServerUrl).origin) return true;
    } catch {
      /* a malformed dev URL trusts nothing */
    }
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'stride';
}

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, devServerUrl?: string): boolean {
  const frame = event.senderFrame;
  // Only the top frame of our own page may call: never a sub-frame, never another origin.
  return !!frame && frame.parent === null && isAppUrl(frame.url, devServerUrl);
}

export function guardWebContents(contents: WebContents, devServerUrl?: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function guardApp(app: App, devServerUrl?: string): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, devServerUrl));
}

/** The only permission the app uses: writing the clipboard (copy weeks and sessions), from its own pages. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

/** Every permission request and check is denied, but the few the app uses from its own pages. */
export function guardPermissions(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(ALLOWED_PERMISSIONS.has(permission) && isAppUrl(details.requestingUrl, devServerUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(`${requestingOrigin}/`, devServerUrl);
  });
}
