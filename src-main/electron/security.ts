/**
 * Electron's security checklist, in one place: every window is isolated and sandboxed, cannot
 * navigate away from the app or open new windows, and IPC answers only the app's own main frame.
 */
import type { App, IpcMainInvokeEvent, WebContents, WebPreferences } from 'electron';
import { pathToFileURL } from 'node:url';

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/** The origin the renderer is served from: the dev server in `electron-vite dev`, else the built files. */
export function isAppUrl(url: string, rendererDir: string, devServerUrl?: string): boolean {
  if (devServerUrl) return url.startsWith(new URL(devServerUrl).origin + '/');
  const base = pathToFileURL(rendererDir).href;
  return url === base || url.startsWith(base + '/');
}

export function isTrustedSender(event: IpcMainInvokeEvent, rendererDir: string, devServerUrl?: string): boolean {
  const frame = event.senderFrame;
  // Only the top frame of our own page may call: never a sub-frame, never another origin.
  return !!frame && frame.parent === null && isAppUrl(frame.url, rendererDir, devServerUrl);
}

export function guardWebContents(contents: WebContents, rendererDir: string, devServerUrl?: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, rendererDir, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, rendererDir, devServerUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function guardApp(app: App, rendererDir: string, devServerUrl?: string): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, rendererDir, devServerUrl));
}
