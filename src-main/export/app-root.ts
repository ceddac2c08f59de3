import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Stride's own folder (the one with its package.json), found from the running file: the same
 * from the sources (src-main/…) and from a bundle (out/cli/…, out/main/…), whose depths differ.
 */
export function appRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'stride') return dir;
      } catch {
        /* not ours */
      }
    }
    if (path.dirname(dir) === dir) return path.resolve(from, '../..');
  }
}
