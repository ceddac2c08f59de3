import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'stride-atomic-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes text as UTF-8 and leaves nothing else in the folder', () => {
    const file = path.join(dir, 'plan.ics');
    writeFileAtomic(file, 'BEGIN:VCALENDAR\r\nX-WR-CALNAME:Zoë — インターバル\r\n');
    expect(readFileSync(file, 'utf8')).toBe('BEGIN:VCALENDAR\r\nX-WR-CALNAME:Zoë — インターバル\r\n');
    expect(readdirSync(dir)).toEqual(['plan.ics']);
  });

  it('writes bytes, and replaces an existing file whole, keeping its permissions', () => {
    const file = path.join(dir, 'week.pdf');
    writeFileSync(file, 'an older, longer export that must not show through');
    chmodSync(file, 0o640);
    writeFileAtomic(file, new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    expect(readFileSync(file)).toEqual(Buffer.from('%PDF'));
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['week.pdf']);
  });

  it('refuses a folder that does not exist, naming it', () => {
    const missing = path.join(dir, 'nope');
    const file = path.join(missing, 'plan.ics');
    expect(() => writeFileAtomic(file, 'x')).toThrow(
      `Cannot write ${file}: the folder ${missing} does not exist or is not writable`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a target that is a folder and removes its temp file', () => {
    const target = path.join(dir, 'plan.ics');
    mkdirSync(target);
    expect(() => writeFileAtomic(target, 'BEGIN:VCALENDAR\r\n')).toThrow(
      `Cannot write ${target}: it is a folder, not a file`,
    );
    // The temp file was written next to it before the rename failed: it is gone again.
    expect(readdirSync(dir)).toEqual(['plan.ics']);
    expect(readdirSync(target)).toEqual([]);
  });
});
