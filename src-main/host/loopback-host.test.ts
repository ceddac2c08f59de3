import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../handlers';
import { tempStore } from '../test-support/temp-store';
import { startLoopbackHost, type LoopbackHost } from './loopback-host';

let ctx: ReturnType<typeof tempStore>;
let host: LoopbackHost;
const TOKEN = 'test-token-123';

function send(path: string, opts: { method?: string; token?: string; body?: string; hostHeader?: string } = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
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
        },
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
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
});
