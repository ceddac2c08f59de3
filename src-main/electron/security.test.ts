/** The shell's guards as plain functions: which URLs are the app, which senders may call. */
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, devServerUrlFor, isAppUrl, isTrustedSender, secureWebPreferences } from './security';

const frame = (url: string, parent: object | null = null) => ({ senderFrame: { url, parent } }) as never;

describe('isAppUrl', () => {
  it('takes the app:// origin and nothing that only looks like it', () => {
    expect(isAppUrl(APP_INDEX_URL)).toBe(true);
    expect(isAppUrl('app://stride/print.html?plan=1#x')).toBe(true);
    for (const url of [
      'app://stride.evil/index.html',
      'app://evil/index.html',
      'file:///index.html',
      'https://stride/index.html',
      'http://127.0.0.1:5173/',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('takes the dev server only by its exact origin', () => {
    const dev = 'http://localhost:5173/';
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/index.html', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173.evil.example/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173@evil.example/', dev)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('answers the app main frame only', () => {
    expect(isTrustedSender(frame(APP_INDEX_URL))).toBe(true);
    expect(isTrustedSender(frame(APP_INDEX_URL, {}))).toBe(false); // a sub-frame
    expect(isTrustedSender(frame('https://evil.example/'))).toBe(false);
    expect(isTrustedSender({ senderFrame: null } as never)).toBe(false);
    expect(isTrustedSender(frame('http://localhost:5173/'), 'http://localhost:5173/')).toBe(true);
    expect(isTrustedSender(frame('http://localhost:5173/'))).toBe(false);
  });
});

describe('the dev server URL', () => {
  it('is honoured only in an unpackaged app, and only on loopback', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };
    expect(devServerUrlFor({ isPackaged: false }, env)).toBe('http://localhost:5173/');
    expect(devServerUrlFor({ isPackaged: true }, env)).toBeUndefined();
    expect(devServerUrlFor({ isPackaged: false }, { ELECTRON_RENDERER_URL: 'https://evil.example/' })).toBeUndefined();
    expect(devServerUrlFor({ isPackaged: false }, {})).toBeUndefined();
  });
});

describe('secureWebPreferences', () => {
  it('isolates and sandboxes, with DevTools only when asked for', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
    expect(secureWebPreferences('/p.cjs', { devTools: true }).devTools).toBe(true);
  });
});
