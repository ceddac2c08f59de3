import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/** Commands the renderer acts on (it knows the open plan and week). */
export type MenuCommand =
  | 'import-plan'
  | 'export-plan'
  | 'export-ics'
  | 'export-ics-no-rest'
  | 'export-pdf'
  | 'print-week'
  | 'print-all';

/**
 * Menu items hand a fixed command name to the page as a DOM event, so the preload stays a
 * single `invoke` with no other channel into the renderer.
 */
function send(win: BrowserWindow | undefined, command: MenuCommand): void {
  win?.webContents.executeJavaScript(
    `window.dispatchEvent(new CustomEvent('stride:menu', { detail: ${JSON.stringify(command)} }))`,
  );
}

export function menuTemplate(getWindow: () => BrowserWindow | undefined, options: { devTools: boolean }): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(getWindow(), command),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        item('Import plan…', 'import-plan', 'CmdOrCtrl+O'),
        { type: 'separator' },
        item('Print week…', 'print-week', 'CmdOrCtrl+P'),
        item('Print all weeks…', 'print-all', 'CmdOrCtrl+Shift+P'),
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Plan',
      submenu: [
        {
          label: 'Export',
          submenu: [
            item('Plan file (.strideplan.json)…', 'export-plan', 'CmdOrCtrl+E'),
            item('iCal (.ics)…', 'export-ics'),
            item('iCal without rest days (.ics)…', 'export-ics-no-rest'),
            item('PDF…', 'export-pdf'),
          ],
        },
      ],
    },
    { role: 'editMenu' },
    // A packaged app has no DevTools: its View menu is zoom and full screen only.
    options.devTools
      ? { role: 'viewMenu' }
      : {
          label: 'View',
          submenu: [
            { role: 'resetZoom' },
            { role: 'zoomIn' },
            { role: 'zoomOut' },
            { type: 'separator' },
            { role: 'togglefullscreen' },
          ],
        },
    { role: 'windowMenu' },
  ];
  return template;
}

export function buildMenu(getWindow: () => BrowserWindow | undefined, options: { devTools: boolean }): Menu {
  return Menu.buildFromTemplate(menuTemplate(getWindow, options));
}
