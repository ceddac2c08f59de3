/**
 * The renderer served from `app://stride/…` (`protocol.handle`) instead of `file://`: one origin
 * the app owns, so the sender check, navigation guard and CSP name exactly the app's pages, and a
 * page can never read other local files. Files come from the built renderer folder only, each
 * with the CSP (frame-ancestors included) and X-Frame-Options as headers, as the loopback host sends.
 */
import { APP_CSP } from '../../src-shared/api/csp';
import { readStatic } from '../host/static-files';
import { APP_ORIGIN } from './security';

export async function serveAppRequest(rendererDir: string, url: string): Promise<Response> {
  let path: string;
  try {
    const parsed = new URL(url);
    if (parsed.origin !== APP_ORIGIN && `${parsed.protocol}//${parsed.host}` !== APP_ORIGIN) return notFound();
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return new Response('Bad request', { status: 400 });
  }
  const file = await readStatic(rendererDir, path);
  if (!file) return notFound();
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: {
      'content-type': file.type,
      'content-security-policy': APP_CSP,
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
    },
  });
}

function notFound(): Response {
  return new Response('Not found', { status: 404 });
}
