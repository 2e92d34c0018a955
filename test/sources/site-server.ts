/** A stand-in for the ministry's site on 127.0.0.1: board pages, release pages, feeds, robots.txt, failures. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const FIXTURES = new URL('../fixtures/site/', import.meta.url);
/** A fixture file of the stand-in site, as bytes. */
export const fixture = (name: string): Buffer => readFileSync(fileURLToPath(new URL(name, FIXTURES)));

/** One request the server saw. */
export interface SeenRequest { method: string; path: string; headers: IncomingHttpHeaders; status: number; at: number }

/** The running stand-in and the knobs tests turn. */
export interface SiteServer {
  base: string;
  requests: SeenRequest[];
  /** Adds the ASEAN-ROK release to /feed.xml (a "new release" since the last run). */
  publishNewRelease(): void;
  /** Answers the next n requests for a path with 500. */
  failNext(path: string, n: number): void;
  /** Requests whose path starts with the prefix. */
  hits(prefix: string): SeenRequest[];
  close(): Promise<void>;
}

const RELEASES: Record<string, string> = {
  '322004': 'view-322004.html',
  '317522': 'view-317522.html',
  '320649': 'view-320649.html',
  '322507': 'view-322507.html',
};

/** Starts the stand-in on a free port. `slowMs` is how long /slow.html stalls. */
export async function startSiteServer(opts: { slowMs?: number } = {}): Promise<SiteServer> {
  const requests: SeenRequest[] = [];
  const failures = new Map<string, number>();
  const lastModified = new Date('2024-04-04T09:00:00Z').toUTCString();
  let withNew = false;
  let base = '';
  const sockets = new Set<import('node:net').Socket>();

  const feedBody = (): string => fixture('feed.xml').toString('utf8')
    .replace('{{NEW_ITEMS}}', withNew ? fixture('feed-new-item.xml').toString('utf8') : '')
    .replaceAll('{{BASE}}', base);

  const server: Server = createServer((req, res) => {
    const arrived = Date.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record = (status: number): void => { requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, headers: req.headers, status, at: arrived }); };
    const send = (status: number, body: string | Buffer, headers: Record<string, string> = {}): void => {
      record(status);
      res.writeHead(status, headers);
      res.end(body);
    };
    /** Sends with an ETag and Last-Modified, answering 304 to a matching conditional request. */
    const sendCached = (body: string | Buffer, type: string): void => {
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      if (req.headers['if-none-match'] === etag) { send(304, '', { etag }); return; }
      send(200, body, { 'content-type': type, etag, 'last-modified': lastModified });
    };
    const pending = failures.get(url.pathname) ?? 0;
    if (pending > 0) { failures.set(url.pathname, pending - 1); send(500, 'Internal Server Error', { 'content-type': 'text/plain' }); return; }

    const p = url.pathname;
    if (p === '/robots.txt') return sendCached(fixture('robots.txt'), 'text/plain');
    if (p === '/feed.xml' || p === '/flaky-feed.xml') return sendCached(feedBody(), 'application/rss+xml; charset=utf-8');
    if (p === '/atom.xml') return send(200, fixture('atom.xml'), { 'content-type': 'application/atom+xml' });
    if (p === '/broken-feed.xml') return send(200, fixture('broken-feed.xml'), { 'content-type': 'application/xml' });
    if (p === '/not-a-release.html') return send(200, fixture('not-a-release.html'), { 'content-type': 'text/html; charset=utf-8' });
    if (p === '/mirror/ukraine-aid.html') return send(200, fixture('view-322004.html'), { 'content-type': 'text/html; charset=utf-8' });
    if (p === '/private/secret.html') return send(200, fixture('view-322507.html'), { 'content-type': 'text/html' });
    if (p === '/slow.html') {
      const timer = setTimeout(() => send(200, fixture('view-322507.html'), { 'content-type': 'text/html' }), opts.slowMs ?? 2000);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (/^\/eng\/brd\/m_56\d\d\/list\.do$/.test(p)) {
      const page = url.searchParams.get('page') ?? '1';
      if (page === '1' || page === '2') return sendCached(fixture(`list-${page}.html`), 'text/html;charset=UTF-8');
      return send(404, 'Not Found', { 'content-type': 'text/plain' });
    }
    if (/^\/eng\/brd\/m_56\d\d\/view\.do$/.test(p)) {
      const seq = url.searchParams.get('seq') ?? '';
      // the site's pages show a hit counter: a page is never byte-identical twice
      if (RELEASES[seq]) return send(200, fixture(RELEASES[seq]).toString('utf8').replace(/hit">\d+/, `hit">${requests.length + 600}`), { 'content-type': 'text/html;charset=UTF-8' });
      // served without a charset in the header: only the page's <meta> tells it is EUC-KR
      if (seq === '318000') return send(200, fixture('view-318000-euckr.html'), { 'content-type': 'text/html' });
      return send(404, '<html><body><h1>Page not found</h1></body></html>', { 'content-type': 'text/html' });
    }
    send(404, 'Not Found', { 'content-type': 'text/plain' });
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    publishNewRelease() { withNew = true; },
    failNext(path, n) { failures.set(path, n); },
    hits(prefix) { return requests.filter((r) => r.path.startsWith(prefix)); },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
