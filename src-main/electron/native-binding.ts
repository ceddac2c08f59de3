import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 built for Electron's ABI lives apart from the Node build that tests use
 * (scripts/prepare-electron.cjs builds it on `npm start`); neither replaces the other.
 */
export function electronNativeBinding(appRoot: string): string | undefined {
  const file = join(appRoot, '.electron-native', 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}
