/**
 * The browser preview's host: the built renderer and the same contract handlers, over HTTP on
 * 127.0.0.1 only. Every call must carry the per-run random token (header `x-stride-token`), and
 * the Host header must name this loopback address, so other sites and other local users' pages
 * cannot reach the store (DNS rebinding included).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { dispatch, type Handlers } from '../handlers';
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

const MAX_BODY_BYTES = 25 * 1024 * 1024;

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
}

export function startLoopbackHost(options: LoopbackHostOptions): Promise<LoopbackHost> {
  let port = options.port;
  const server: Server = createServer(async (req, res) => {
    try {
      const host = req.headers.host ?? '';
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
        return sendJson(res, 421, { ok: false, error: { code: 'forbidden', message: `unexpected Host "${host}"` } });
      }
      const url = req.url ?? '/';
      if (url.startsWith('/api/')) {
        if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'forbidden', message: 'use POST' } });
        if (!tokenMatches(req.headers['x-stride-token'], options.token)) {
          return sendJson(res, 403, { ok: false, error: { code: 'forbidden', message: 'missing or wrong preview token' } });
        }
        let input: unknown;
        try {
          const text = await readBody(req);
          input = text ? JSON.parse(text) : {};
        } catch (error) {
          return sendJson(res, 400, { ok: false, error: { code: 'invalid-input', message: `body: ${(error as Error).message}` } });
        }
        const method = decodeURIComponent(url.slice('/api/'.length).split('?')[0]);
        return sendJson(res, 200, await dispatch(options.handlers, method, input));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { ok: false });
      const file = await readStatic(options.rendererDir, url);
      if (!file) {
        res.writeHead(404, SECURITY_HEADERS);
        return res.end('Not found');
      }
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': file.type, 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : file.body);
    } catch (error) {
      sendJson(res, 500, { ok: false, error: { code: 'internal', message: (error as Error).message } });
    }
  });
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
