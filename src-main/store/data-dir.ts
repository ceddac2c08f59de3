import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the plan store lives: `STRIDE_DATA_DIR` if set, else the same folder Electron's
 * `app.getPath('userData')` gives for an app named Stride, so the desktop app, the browser
 * preview and the command line all see the same plans.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.STRIDE_DATA_DIR) return env.STRIDE_DATA_DIR;
  const home = homedir();
  switch (process.platform) {
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'Stride');
    case 'win32':
      return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Stride');
    default:
      return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Stride');
  }
}
