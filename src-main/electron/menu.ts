import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/** Commands the renderer acts on (it knows the open plan and week). */
export type MenuCommand =
  | 'import-plan'
  | 'export-plan'
  | 'export-ics'
  | 'export-ics-no-rest'
  | 'export-pdf'
  | 'print-week'
  | 'print-all'
  | 'undo'
  | 'redo';

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
  // Undo and Redo are the plan's (the renderer knows its history and hands text fields their
  // own undo). Their keys are shown but not registered, so Ctrl/Cmd+Z reaches the page, where a
  // text field keeps its native undo; a click on the item sends the command.
  const shownKey = (label: string, command: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    ...item(label, command, accelerator),
    registerAccelerator: false,
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
    {
      label: 'Edit',
      submenu: [
        shownKey('Undo', 'undo', 'CmdOrCtrl+Z'),
        shownKey('Redo', 'redo', process.platform === 'darwin' ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
        { type: 'separator' },
        // The clipboard roles raise the page's cut/copy/paste events: selected weeks and
        // sessions go on the clipboard as JSON (the renderer's EditShortcuts).
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
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
