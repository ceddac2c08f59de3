import { createClient, type StrideClient } from '../../../../src-shared/api/client';
import { httpTransport, ipcTransport } from './transports';

/** The preview's URL carries `?token=…`; the token then lives in sessionStorage, so reloads keep working. */
function previewToken(): string {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem('stride-token', fromUrl);
    params.delete('token');
    const rest = params.toString();
    history.replaceState(null, '', location.pathname + (rest ? `?${rest}` : '') + location.hash);
    return fromUrl;
  }
  return sessionStorage.getItem('stride-token') ?? '';
}

const token = window.stride ? '' : previewToken();

export const api: StrideClient = createClient(window.stride ? ipcTransport(window.stride) : httpTransport(token));

/** Inside the desktop app (IPC) rather than the browser preview (loopback HTTP). */
export const inDesktopApp = !!window.stride;

/** The browser preview's token, for pages opened in another tab (the print view). */
export const previewTokenValue = (): string => token;
