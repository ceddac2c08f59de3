import { describe, expect, it } from 'vitest';
import { utf16Text } from './utf16-text';

const withBom = (text: string, le: boolean) => {
  const body = Buffer.from(text, 'utf16le');
  if (!le) body.swap16();
  return new Uint8Array(Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]));
};

describe('utf16Text', () => {
  it('reads UTF-16 with either byte-order mark, beyond one chunk and with a surrogate pair', () => {
    const text = `{"name": "Zoë 🏃"}${' '.repeat(20_000)}`;
    expect(utf16Text(withBom(text, true))).toBe(text);
    expect(utf16Text(withBom(text, false))).toBe(text);
  });

  it('leaves anything else to the UTF-8 reader', () => {
    expect(utf16Text(new Uint8Array(Buffer.from('{"a": 1}', 'utf8')))).toBeNull();
    expect(utf16Text(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b]))).toBeNull();
    expect(utf16Text(new Uint8Array([]))).toBeNull();
  });
});
