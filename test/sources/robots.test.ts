/** robots.txt obeyed as RFC 9309 says: rules per agent, Crawl-delay, unreachable means disallow. */
import { describe, expect, it } from 'vitest';
import type { HttpClient, HttpResponse } from '../../src/sources/http-client.js';
import { createRobotsGate } from '../../src/sources/robots.js';

/** A client that answers robots.txt with the given status and text, and records host delays. */
function client(status: number | 'down', text = ''): HttpClient & { delays: [string, number][]; calls: number } {
  const c = {
    userAgent: 'AttacheBot/0.1 (+https://example.org)',
    delays: [] as [string, number][],
    calls: 0,
    async get(url: string): Promise<HttpResponse> {
      c.calls++;
      if (status === 'down') throw new Error('connect ECONNREFUSED');
      return { url, finalUrl: url, status, notModified: false, text, contentType: 'text/plain', charset: 'utf-8' };
    },
    setHostDelay(host: string, ms: number) { c.delays.push([host, ms]); },
  };
  return c;
}

describe('createRobotsGate', () => {
  it('applies the rules for the bot\'s own User-agent group and reads robots.txt once', async () => {
    const http = client(200, 'User-agent: *\nDisallow: /private/\n\nUser-agent: AttacheBot\nDisallow: /eng/brd/m_9999/\n');
    const gate = createRobotsGate(http);
    expect(await gate.check('https://site.example/eng/brd/m_9999/view.do?seq=1')).toEqual({ allowed: false, reason: 'disallowed by robots.txt' });
    expect(await gate.check('https://site.example/eng/brd/m_5676/view.do?seq=1')).toEqual({ allowed: true });
    expect(http.calls).toBe(1);
  });

  it('slows down to the Crawl-delay and skips hosts asking for more than a minute', async () => {
    const slow = client(200, 'User-agent: *\nCrawl-delay: 3\n');
    expect((await createRobotsGate(slow).check('https://a.example/x')).allowed).toBe(true);
    expect(slow.delays).toEqual([['a.example', 3000]]);
    const glacial = client(200, 'User-agent: *\nCrawl-delay: 600\n');
    expect(await createRobotsGate(glacial).check('https://b.example/x')).toEqual({ allowed: false, reason: 'robots.txt asks for a Crawl-delay of 600s' });
  });

  it('allows everything without a robots.txt (404) and nothing when it is unreachable or failing', async () => {
    expect(await createRobotsGate(client(404)).check('https://c.example/x')).toEqual({ allowed: true });
    expect(await createRobotsGate(client(503)).check('https://c.example/x')).toEqual({ allowed: false, reason: 'robots.txt answered HTTP 503' });
    expect((await createRobotsGate(client('down')).check('https://c.example/x')).reason).toMatch(/^robots.txt unreachable/);
  });
});
