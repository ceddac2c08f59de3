/**
 * A recording stand-in for the `electron` module, for running the BUILT main bundle under plain
 * Node (no Electron binary can be fetched on these machines): what the shell asks of Electron is
 * recorded (windows and their options, the IPC channels, the menu, the protocol, the permission
 * handlers), and the test plays Electron's part (ready, web-contents-created, IPC calls).
 * `loadWithFakeElectron` puts it in place with a module resolution hook: `require('electron')`
 * resolves to it while the bundle loads.
 */
import { EventEmitter } from 'node:events';
import Module, { createRequire } from 'node:module';
import path from 'node:path';

export class FakeWebContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
  executeJavaScript(): Promise<unknown> {
    return Promise.resolve(undefined);
  }
}

export interface Recording {
  windows: FakeWindow[];
  ipc: Map<string, (event: unknown, ...args: unknown[]) => unknown>;
  menuTemplate: unknown[] | null;
  schemes: { scheme: string; privileges: Record<string, boolean> }[];
  protocols: Map<string, (request: { url: string }) => Promise<Response>>;
  permissionRequest: ((wc: unknown, permission: string, callback: (ok: boolean) => void, details: { requestingUrl: string }) => void) | null;
  permissionCheck: ((wc: unknown, permission: string, origin: string) => boolean) | null;
  errorBoxes: string[];
  exitCode: number | null;
}

export class FakeWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  constructor(readonly options: { webPreferences: Record<string, unknown> } & Record<string, unknown>) {
    super();
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  loadFile(file: string): Promise<void> {
    this.loaded.push(`file-load:${file}`);
    return Promise.resolve();
  }
  show(): void {}
  isDestroyed(): boolean {
    return false;
  }
  destroy(): void {}
}

export function fakeElectron(options: { isPackaged: boolean; appPath: string; userData: string }) {
  const rec: Recording = {
    windows: [],
    ipc: new Map(),
    menuTemplate: null,
    schemes: [],
    protocols: new Map(),
    permissionRequest: null,
    permissionCheck: null,
    errorBoxes: [],
    exitCode: null,
  };
  let becomeReady!: () => void;
  const ready = new Promise<void>((resolve) => (becomeReady = resolve));
  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged,
    setName: () => {},
    getAppPath: () => options.appPath,
    getPath: () => options.userData,
    whenReady: () => ready,
    exit: (code: number) => void (rec.exitCode = code),
    quit: () => {},
  });
  class BrowserWindow extends FakeWindow {
    constructor(opts: ConstructorParameters<typeof FakeWindow>[0]) {
      super(opts);
      rec.windows.push(this);
    }
    static getAllWindows = () => rec.windows;
  }
  const electron = {
    app,
    BrowserWindow,
    ipcMain: { handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => void rec.ipc.set(channel, fn) },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: { template: unknown[] }) => void (rec.menuTemplate = menu.template),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: Recording['schemes']) => void rec.schemes.push(...schemes),
      handle: (scheme: string, fn: (request: { url: string }) => Promise<Response>) => void rec.protocols.set(scheme, fn),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Recording['permissionRequest']) => void (rec.permissionRequest = fn),
        setPermissionCheckHandler: (fn: Recording['permissionCheck']) => void (rec.permissionCheck = fn),
      },
    },
    dialog: {
      showErrorBox: (_title: string, message: string) => void rec.errorBoxes.push(message),
      showSaveDialog: async () => ({ canceled: true }),
    },
  };
  return { electron, rec, app, becomeReady };
}

type ResolveFilename = (request: string, ...rest: unknown[]) => string;

/** Loads `bundle` afresh with `require('electron')` resolving to `electron`; returns the undo. */
export function loadWithFakeElectron(bundle: string, electron: object): () => void {
  const loader = Module as unknown as { _resolveFilename: ResolveFilename; _cache: Record<string, unknown> };
  const standIn = path.join(path.dirname(bundle), '__fake_electron__.js');
  const resolve = loader._resolveFilename;
  loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === 'electron' ? standIn : resolve.call(this, request, ...rest);
  };
  const fake = new Module(standIn);
  fake.exports = electron;
  fake.loaded = true;
  loader._cache[standIn] = fake;
  delete loader._cache[bundle];
  try {
    createRequire(bundle)(bundle);
  } catch (error) {
    loader._resolveFilename = resolve;
    throw error;
  }
  return () => {
    loader._resolveFilename = resolve;
    delete loader._cache[standIn];
    delete loader._cache[bundle];
  };
}
