/**
 * The Electron shell, kept thin: open the store, register the contract over IPC, open one
 * secure window. Everything else (store, rules, exports) is shared with the browser preview.
 */
import { app, BrowserWindow, dialog, Menu, protocol, session } from 'electron';
import { join } from 'node:path';
import { createHandlers } from '../handlers';
import { databasePath } from '../store/database';
import { openAppStore, type PlanStore } from '../store/plan-store';
import { storeErrorSentence } from '../store/store-errors';
import { electronFileHandlers } from './file-dialogs';
import { exportPlanPdfFromElectron, printWeeksFromElectron } from './print-window';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { electronNativeBinding } from './native-binding';
import { serveAppRequest } from './app-protocol';
import { APP_INDEX_URL, APP_SCHEME, devServerUrlFor, guardApp, guardPermissions, secureWebPreferences } from './security';

const rendererDir = join(__dirname, '../renderer');
/** `electron-vite dev`'s server: only in an unpackaged app (security.ts). */
const devServerUrl = devServerUrlFor(app);
/** DevTools only while developing: a packaged app has none (nor the View menu's item). */
const devTools = !app.isPackaged;
let mainWindow: BrowserWindow | undefined;
let store: PlanStore | undefined;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Stride',
    icon: join(app.getAppPath(), 'resources', 'icon.png'),
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.cjs'), { devTools }),
  });
  win.once('ready-to-show', () => win.show());
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadURL(APP_INDEX_URL);
  return win;
}

app.setName('Stride');
guardApp(app, devServerUrl);
// Before ready: app:// is a standard, secure origin (fetch, modules and the CSP treat it as one).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
]);

app.whenReady().then(() => {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request.url));
  guardPermissions(session.defaultSession, devServerUrl);
  const dataDir = process.env.STRIDE_DATA_DIR ?? app.getPath('userData');
  store = openAppStore(databasePath(dataDir), { nativeBinding: electronNativeBinding(app.getAppPath()) });
  const printSource = { rendererDir, devServerUrl, preload: join(__dirname, '../preload/index.cjs') };
  const base = createHandlers(store, {
    renderPdf: (request) => exportPlanPdfFromElectron(printSource, request),
    printWeeks: (request) => printWeeksFromElectron(printSource, request),
  });
  // Exports go through a save dialog here; everything else is the shared handlers as they are.
  const handlers = { ...base, ...electronFileHandlers(base, () => mainWindow) };
  registerIpc(handlers, devServerUrl);
  Menu.setApplicationMenu(buildMenu(() => mainWindow, { devTools }));
  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
}).catch((error: Error) => {
  // A store the coach can fix (damaged, another program's, newer Stride, no space) is one sentence.
  dialog.showErrorBox('Stride cannot start', storeErrorSentence(error) ?? error.message);
  app.exit(1);
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => store?.close());
