/**
 * For tests that print through the real print page: the built renderer (out/renderer), built
 * once with `npx electron-vite build` when print.html is missing. Test files run in parallel
 * workers, so the build takes a lock (an atomic mkdir) and the others wait for its result.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../..');
export const BUILT_RENDERER_DIR = join(REPO_ROOT, 'out/renderer');

const PRINT_PAGE = join(BUILT_RENDERER_DIR, 'print.html');
const LOCK = join(REPO_ROOT, 'out', '.print-build-lock');
const BUILD_TIMEOUT_MS = 280_000;

export function ensureRendererBuilt(): string {
  if (existsSync(PRINT_PAGE)) return BUILT_RENDERER_DIR;
  mkdirSync(join(REPO_ROOT, 'out'), { recursive: true });
  if (takeLock()) {
    try {
      execFileSync('npx', ['electron-vite', 'build'], { cwd: REPO_ROOT, stdio: 'pipe', timeout: BUILD_TIMEOUT_MS });
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  } else {
    const deadline = Date.now() + BUILD_TIMEOUT_MS;
    while (existsSync(LOCK) && !existsSync(PRINT_PAGE) && Date.now() < deadline) sleep(250);
  }
  if (!existsSync(PRINT_PAGE)) throw new Error(`${PRINT_PAGE} is missing after \`npx electron-vite build\``);
  return BUILT_RENDERER_DIR;
}

function takeLock(): boolean {
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    // A lock left by a build that died long ago is taken over.
    try {
      if (Date.now() - statSync(LOCK).mtimeMs > BUILD_TIMEOUT_MS) {
        rmSync(LOCK, { recursive: true, force: true });
        mkdirSync(LOCK);
        return true;
      }
    } catch {
      /* someone else took it meanwhile */
    }
    return false;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
