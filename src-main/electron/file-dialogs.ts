import { dialog, type BrowserWindow } from 'electron';
import type { Handlers } from '../handlers';
import { writeFileAtomic } from '../export/atomic-write';

/**
 * In the desktop app exports go through a save dialog and are written by main (atomically);
 * the renderer gets back where the file went instead of its text.
 */
export function electronFileHandlers(
  base: Handlers,
  getWindow: () => BrowserWindow | undefined,
): Pick<Handlers, 'files.exportPlan' | 'files.exportIcs' | 'files.exportPdf' | 'files.exportFit'> {
  const saveAs = async (fileName: string, text: string | Uint8Array, filters: Electron.FileFilter[]) => {
    const win = getWindow();
    const options = { defaultPath: fileName, filters };
    const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { fileName };
    writeFileAtomic(choice.filePath, text);
    return { fileName, savedTo: choice.filePath };
  };
  return {
    'files.exportPlan': async (input) => {
      const out = await base['files.exportPlan'](input);
      return saveAs(out.fileName, out.text ?? '', [{ name: 'Stride plan', extensions: ['json'] }]);
    },
    'files.exportIcs': async (input) => {
      const out = await base['files.exportIcs'](input);
      const saved = await saveAs(out.fileName, out.text ?? '', [{ name: 'iCalendar', extensions: ['ics'] }]);
      // What the file cancels is worth saying only once it is saved.
      return saved.savedTo && out.notices ? { ...saved, notices: out.notices } : saved;
    },
    'files.exportPdf': async (input) => {
      const out = await base['files.exportPdf'](input);
      return saveAs(out.fileName, Buffer.from(out.base64 ?? '', 'base64'), [{ name: 'PDF', extensions: ['pdf'] }]);
    },
    'files.exportFit': async (input) => {
      const out = await base['files.exportFit'](input);
      const zip = out.fileName.endsWith('.zip');
      return saveAs(out.fileName, Buffer.from(out.base64 ?? '', 'base64'), [
        zip ? { name: 'FIT workouts (zip)', extensions: ['zip'] } : { name: 'FIT workout', extensions: ['fit'] },
      ]);
    },
  };
}
