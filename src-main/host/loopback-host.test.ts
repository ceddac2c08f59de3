import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../handlers';
import { tempStore } from '../test-support/temp-store';
import { startLoopbackHost, type LoopbackHost } from './loopback-host';

let ctx: ReturnType<typeof tempStore>;
let host: LoopbackHost;
const TOKEN = 'test-token-123';

function send(
  path: string,
  opts: { method?: string; token?: string; body?: string | Buffer; hostHeader?: string; headers?: Record<string, string> } = {},
) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: opts.method ?? 'POST',
        headers: {
          'content-type': 'application/json',
          host: opts.hostHeader ?? `127.0.0.1:${host.port}`,
          ...(opts.token ? { 'x-stride-token': opts.token } : {}),
          ...opts.headers,
        },
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

beforeEach(async () => {
  ctx = tempStore();
  const rendererDir = mkdtempSync(join(tmpdir(), 'stride-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Stride</title>');
  host = await startLoopbackHost({ handlers: createHandlers(ctx.store), rendererDir, token: TOKEN, port: 0 });
});
afterEach(async () => {
  await host.close();
  ctx.cleanup();
});

describe('the browser preview host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the renderer and the contract with the token', async () => {
    const page = await send('/', { method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Stride</title>');
    const created = await send('/api/athletes.create', {
      token: TOKEN,
      body: JSON.stringify({ name: 'Sam', level: 'beginner', runDaysPerWeek: 3, easyPaceSecPerKm: null, fatigued: false, recoveryStyle: 'runs', recentLongestRunKm: null, units: 'mi' }),
    });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: 'Sam', id: 1 } });
  });

  it('refuses calls without the token or with a wrong one, and writes nothing', async () => {
    const body = JSON.stringify({ name: 'Eve', level: 'beginner', runDaysPerWeek: 3, easyPaceSecPerKm: null, fatigued: false, recoveryStyle: 'runs', recentLongestRunKm: null, units: 'km' });
    expect((await send('/api/athletes.create', { body })).status).toBe(403);
    expect((await send('/api/athletes.create', { body, token: 'test-token-124' })).status).toBe(403);
    expect(ctx.store.athletes.list()).toEqual([]);
  });

  it('refuses a foreign Host header (DNS rebinding) and paths outside the renderer', async () => {
    expect((await send('/api/athletes.list', { token: TOKEN, body: '{}', hostHeader: 'evil.example:80' })).status).toBe(421);
    expect((await send('/../../etc/passwd', { method: 'GET' })).status).toBe(404);
    expect((await send('/%2e%2e/%2e%2e/etc/passwd', { method: 'GET' })).status).toBe(404);
  });

  it('answers a body that is not JSON with a clear message', async () => {
    const r = await send('/api/athletes.list', { token: TOKEN, body: '{not json' });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error.message).toMatch(/^body:/);
  });

  it('answers a malformed %-escape with 400 and a sentence, for pages and calls alike', async () => {
    const page = await send('/%zz', { method: 'GET' });
    expect(page.status).toBe(400);
    expect(JSON.parse(page.body).error.message).toBe('The address has a malformed %-escape.');
    expect((await send('/api/%zz', { token: TOKEN, body: '{}' })).status).toBe(400);
  });

  it('refuses calls from another page’s Origin, and takes the preview’s own or none', async () => {
    const body = '{}';
    const foreign = await send('/api/athletes.list', { token: TOKEN, body, headers: { origin: 'http://127.0.0.1:9999' } });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body).error.message).toMatch(/Stride preview page only/);
    expect((await send('/api/athletes.list', { token: TOKEN, body, headers: { origin: 'null' } })).status).toBe(403);
    expect((await send('/api/athletes.list', { token: TOKEN, body, headers: { origin: `http://127.0.0.1:${host.port}` } })).status).toBe(200);
    expect((await send('/api/athletes.list', { token: TOKEN, body })).status).toBe(200);
  });

  it('refuses calls that are not JSON (a form or text/plain post) with 415, writing nothing', async () => {
    const body = JSON.stringify({ name: 'Eve', level: 'beginner', runDaysPerWeek: 3, easyPaceSecPerKm: null, fatigued: false, recoveryStyle: 'runs', recentLongestRunKm: null, units: 'km' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const r = await send('/api/athletes.create', { token: TOKEN, body, headers: { 'content-type': type } });
      expect(r.status).toBe(415);
      expect(JSON.parse(r.body).error.message).toMatch(/sent as JSON/);
    }
    expect((await send('/api/athletes.create', { token: TOKEN, body, headers: { 'content-type': 'application/json; charset=utf-8' } })).status).toBe(200);
    expect(ctx.store.athletes.list()).toHaveLength(1);
  });

  it('answers a body over the limit with 413 and a sentence instead of resetting the connection', async () => {
    const big = Buffer.alloc(26 * 1024 * 1024, 0x20);
    const r = await send('/api/athletes.list', { token: TOKEN, body: big });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).error.message).toMatch(/larger than 25 MB/);
  }, 30_000);

  it('sends the CSP with frame-ancestors and X-Frame-Options as headers', async () => {
    const page = await send('/', { method: 'GET' });
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('refuses a 100,000-deep payload cleanly (no 500, nothing written)', async () => {
    const deep = `{"name":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const r = await send('/api/athletes.create', { token: TOKEN, body: deep });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/nested more than/) } });
    expect(ctx.store.athletes.list()).toEqual([]);
  });
});

describe('kept-alive connections', () => {
  // An HTTP client (the renderer's fetch, Playwright's request context) keeps its connection
  // open between calls. Node's default is to close an idle one after 5 s: a call sent just as
  // the host closed it met "read ECONNRESET" in CI. The host keeps them for a minute.
  it('answers a second call on the same connection after 6 s idle', async () => {
    const socket = connect(host.port, '127.0.0.1');
    let received = '';
    let closed = false;
    socket.on('data', (d) => (received += d.toString()));
    socket.on('close', () => (closed = true));
    socket.on('error', () => (closed = true));
    const ask = () =>
      socket.write(
        `GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nConnection: keep-alive\r\n\r\n`,
      );
    const answers = () => received.split('HTTP/1.1 200').length - 1;
    await new Promise((r) => socket.once('connect', r));
    ask();
    await expect.poll(answers).toBe(1);
    await new Promise((r) => setTimeout(r, 6000));
    expect(closed).toBe(false);
    ask();
    await expect.poll(answers).toBe(2);
    socket.destroy();
  }, 15_000);
});
