/**
 * The browser preview's host: the built renderer and the same contract handlers, over HTTP on
 * 127.0.0.1 only. Every call must carry the per-run random token (header `x-stride-token`), and
 * the Host header must name this loopback address, so other sites and other local users' pages
 * cannot reach the store (DNS rebinding included). API calls must be JSON
 * (`Content-Type: application/json`, which a plain cross-site form cannot send) from no Origin or
 * this host's own; pages carry the CSP, `frame-ancestors 'none'` and `X-Frame-Options: DENY` as
 * headers (a meta tag cannot forbid framing). Malformed paths get 400, bodies over the limit 413,
 * each with a sentence.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { dispatch, type Handlers } from '../handlers';
import { APP_CSP } from '../../src-shared/api/csp';
import { readStatic } from './static-files';

export interface LoopbackHostOptions {
  handlers: Handlers;
  rendererDir: string;
  token: string;
  /** 0 picks a free port. */
  port: number;
}

export interface LoopbackHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The largest call: a plan file import (20 MB of text, JSON-quoted) with room to spare. */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'content-security-policy': APP_CSP,
  'x-frame-options': 'DENY',
};

class BodyTooLarge extends Error {}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    let chunks: Buffer[] | null = [];
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      chunks = null;
      reject(new BodyTooLarge());
    }
    req.on('data', (chunk: Buffer) => {
      if (!chunks) return; // refused: the rest is read and dropped so the answer reaches the client
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        chunks = null;
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => chunks && resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra });
  res.end(JSON.stringify(value));
}

const refuse = (res: ServerResponse, status: number, code: string, message: string, extra?: Record<string, string>) =>
  sendJson(res, status, { ok: false, error: { code, message } }, extra);

/** `decodeURIComponent`, or null for a malformed escape such as `%zz`. */
function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

const isJson = (type: string | undefined) => /^application\/json\s*(;|$)/i.test(type ?? '');

export function startLoopbackHost(options: LoopbackHostOptions): Promise<LoopbackHost> {
  let port = options.port;
  const server: Server = createServer(async (req, res) => {
    try {
      const host = req.headers.host ?? '';
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
        return sendJson(res, 421, { ok: false, error: { code: 'forbidden', message: `unexpected Host "${host}"` } });
      }
      const url = req.url ?? '/';
      const path = decodePath(url.split('?')[0]);
      if (path === null) {
        req.resume();
        return refuse(res, 400, 'invalid-input', 'The address has a malformed %-escape.');
      }
      if (url.startsWith('/api/')) {
        // Whatever is refused, the body is read and dropped, so the client gets the answer.
        if (req.method !== 'POST') return req.resume(), refuse(res, 405, 'forbidden', 'Calls use POST.');
        const origin = req.headers.origin;
        if (origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
          req.resume();
          return refuse(res, 403, 'forbidden', 'Calls are accepted from the Stride preview page only.');
        }
        if (!tokenMatches(req.headers['x-stride-token'], options.token)) {
          req.resume();
          return refuse(res, 403, 'forbidden', 'missing or wrong preview token');
        }
        if (!isJson(req.headers['content-type'])) {
          req.resume();
          return refuse(res, 415, 'invalid-input', 'Calls must be sent as JSON (Content-Type: application/json).');
        }
        let input: unknown;
        try {
          const text = await readBody(req);
          input = text ? JSON.parse(text) : {};
        } catch (error) {
          if (error instanceof BodyTooLarge) {
            return refuse(res, 413, 'invalid-input', `The call is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB, more than any plan needs.`, { connection: 'close' });
          }
          return refuse(res, 400, 'invalid-input', `body: ${String((error as Error).message).slice(0, 200)}`);
        }
        const method = path.slice('/api/'.length);
        return sendJson(res, 200, await dispatch(options.handlers, method, input));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return req.resume(), refuse(res, 405, 'forbidden', 'Pages are read with GET.');
      const file = await readStatic(options.rendererDir, path);
      if (!file) {
        res.writeHead(404, SECURITY_HEADERS);
        return res.end('Not found');
      }
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': file.type, 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : file.body);
    } catch (error) {
      if (!res.headersSent) refuse(res, 500, 'internal', String((error as Error).message).slice(0, 200));
    }
  });
  // Clients keep their connection between calls (the renderer's fetch, Playwright's request
  // context). Node closes an idle one after 5 s, and a call sent at that moment is reset
  // ("read ECONNRESET", seen in CI). A minute idle is kept; close() still ends idle ones at once.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
