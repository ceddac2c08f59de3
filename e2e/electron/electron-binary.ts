import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Electron executable if one is installed, found WITHOUT `require('electron')` (which would
 * try to download it). Returns the reason when there is none, so the suite can say why it skips.
 */
export function findElectronBinary(root = process.cwd()): { path: string } | { missing: string } {
  const dir = join(root, 'node_modules', 'electron');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(p) ? { path: p } : { missing: `ELECTRON_OVERRIDE_DIST_PATH has no electron binary (${p})` };
  }
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { missing: 'no Electron binary installed (node_modules/electron/path.txt is absent; `npm start` fetches it on a machine with internet)' };
  }
  const exe = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? { path: exe } : { missing: `Electron binary not found at ${exe}` };
}
