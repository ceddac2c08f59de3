#!/usr/bin/env node
/**
 * `prestart`: make the desktop app runnable.
 * 1. `require('electron')` fetches the Electron binary the first time (electron 42+ has no postinstall).
 * 2. Build better-sqlite3 for Electron's ABI into .electron-native/ — a second copy beside the
 *    Node build in node_modules that the tests use; neither replaces the other.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const outDir = path.join(root, '.electron-native');
const target = path.join(outDir, 'better_sqlite3.node');
const electronVersion = require('electron/package.json').version;
const stamp = path.join(outDir, 'electron-version.txt');

try {
  require('electron');
} catch (error) {
  console.error(`Stride: the Electron binary could not be fetched (${error.message}).`);
  console.error('Without internet access use the browser preview instead: npm run web');
  process.exit(1);
}

if (fs.existsSync(target) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === electronVersion) {
  process.exit(0);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'stride-sqlite-electron-'));
const source = path.dirname(require.resolve('better-sqlite3/package.json'));
fs.cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });
// ~/.npmrc may point node-gyp at Node's headers; Electron needs its own.
const env = { ...process.env };
delete env.npm_config_nodedir;
const run = (cmd, args) => execFileSync(cmd, args, { cwd: work, env, stdio: 'inherit', shell: process.platform === 'win32' });
try {
  run('npx', ['--yes', 'prebuild-install', '--runtime', 'electron', '--target', electronVersion, '--verbose']);
} catch {
  console.log('Stride: no prebuilt better-sqlite3 for Electron; compiling with node-gyp…');
  run('npx', ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers']);
}
fs.mkdirSync(outDir, { recursive: true });
fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), target);
fs.writeFileSync(stamp, electronVersion);
fs.rmSync(work, { recursive: true, force: true });
console.log(`Stride: better-sqlite3 built for Electron ${electronVersion} in .electron-native/`);
