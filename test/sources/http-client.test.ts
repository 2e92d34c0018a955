/** The polite HTTP client: retries with backoff, Retry-After, limits, option checks. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/sources/http-client.js';

let server: Server;
let base = '';
const seen: string[] = [];
let dropped = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.url ?? '');
    if (req.url === '/drop-once' && dropped++ === 0) { req.socket.destroy(); return; }
    if (req.url === '/busy') { res.writeHead(503, { 'retry-after': '2' }); res.end('busy'); return; }
    if (req.url === '/missing') { res.writeHead(404); res.end('no'); return; }
    if (req.url === '/big') { res.writeHead(200, { 'content-type': 'text/html' }); res.end('x'.repeat(5000)); return; }
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', etag: '"v1"' });
    res.end('fine');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const count = (path: string): number => seen.filter((p) => p === path).length;

describe('createHttpClient', () => {
  it('retries after a dropped connection and returns the answer', async () => {
    const res = await createHttpClient({ delayMs: 0, retries: 2, backoffMs: 1 }).get(`${base}/drop-once`);
    expect(res).toMatchObject({ status: 200, text: 'fine', etag: '"v1"', notModified: false });
    expect(count('/drop-once')).toBe(2);
  });

  it('waits as long as Retry-After asks, doubling its own backoff, and returns the last 503', async () => {
    const waits: number[] = [];
    const res = await createHttpClient({ delayMs: 0, retries: 2, backoffMs: 100, sleep: async (ms) => { waits.push(ms); } }).get(`${base}/busy`);
    expect(res.status).toBe(503);
    expect(waits).toEqual([2000, 2000]);
    expect(count('/busy')).toBe(3);
  });

  it('does not retry a 404', async () => {
    const res = await createHttpClient({ delayMs: 0, retries: 3, backoffMs: 1 }).get(`${base}/missing`);
    expect(res.status).toBe(404);
    expect(count('/missing')).toBe(1);
  });

  it('gives up with a coded error when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    await expect(createHttpClient({ delayMs: 0, retries: 1, backoffMs: 1 }).get(`http://127.0.0.1:${port}/`))
      .rejects.toMatchObject({ code: 'fetch_failed', message: expect.stringContaining('ECONNREFUSED') });
  });

  it('refuses a body over the size limit', async () => {
    await expect(createHttpClient({ delayMs: 0, maxBytes: 1000 }).get(`${base}/big`)).rejects.toMatchObject({ code: 'fetch_failed', message: expect.stringContaining('over the 1000 limit') });
  });

  it('checks its options fail-fast with the option named', () => {
    expect(() => createHttpClient({ delayMs: -1 })).toThrow('attache: option "delayMs" must be a number >= 0');
  });
});
