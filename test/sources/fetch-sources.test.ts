/** Fetch runs against a local stand-in of the ministry's site: storing, dedupe, politeness, failures, crashes. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReleaseHtml } from '../../src/releases/parse-html.js';
import { readReleases } from '../../src/releases/load.js';
import { fetchSources, type FetchSourcesOptions } from '../../src/sources/fetch-sources.js';
import type { SourcesState } from '../../src/sources/store.js';
import { startSiteServer, type SiteServer } from './site-server.js';

const servers: SiteServer[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function site(opts: { slowMs?: number } = {}): Promise<SiteServer> {
  const s = await startSiteServer(opts);
  servers.push(s);
  return s;
}
function dataDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'attache-fetch-'));
  dirs.push(d);
  return d;
}
/** Test politeness: no per-host delay, short timeouts and backoff. */
const fast = (dir: string, sources: string[], extra: Partial<FetchSourcesOptions> = {}): FetchSourcesOptions => ({
  dataDir: dir, sources, http: { delayMs: 0, timeoutMs: 1000, retries: 2, backoffMs: 5 }, ...extra,
});
const files = (dir: string): string[] => readdirSync(join(dir, 'releases')).sort();
const state = (dir: string): SourcesState => JSON.parse(readFileSync(join(dir, 'sources-state.json'), 'utf8')) as SourcesState;
const BOARD = '/eng/brd/m_5676/list.do?page=1';

describe('fetchSources', () => {
  it('stores every release a board lists, following the next-page link, and skips the 404 with its reason', async () => {
    const s = await site();
    const dir = dataDir();
    const out = await fetchSources(fast(dir, [`${s.base}${BOARD}`]));
    expect(out.added.map((a) => a.id).sort()).toEqual(['mofa-317522', 'mofa-318000', 'mofa-320649', 'mofa-322004']);
    expect(out.skipped).toEqual([expect.objectContaining({ url: `${s.base}/eng/brd/m_5676/view.do?seq=399999&page=2`, reason: 'HTTP 404' })]);
    expect(s.hits('/eng/brd/m_5676/list.do?page=2')).toHaveLength(1);
    expect(files(dir)).toEqual([
      'mofa-317522.html', 'mofa-317522.meta.json', 'mofa-318000.html', 'mofa-318000.meta.json',
      'mofa-320649.html', 'mofa-320649.meta.json', 'mofa-322004.html', 'mofa-322004.meta.json',
    ]);
    const meta = JSON.parse(readFileSync(join(dir, 'releases', 'mofa-322004.meta.json'), 'utf8')) as Record<string, unknown>;
    expect(meta).toMatchObject({
      url: `${s.base}/eng/brd/m_5676/view.do?seq=322004`,
      canonicalUrl: `${s.base}/eng/brd/m_5676/view.do?seq=322004`,
      fetchedUrl: expect.stringContaining('seq=322004&srchFr='),
      source: `${s.base}${BOARD}`,
      contentHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      charset: 'utf-8',
    });
    // the loader reads what was stored, with the canonical URL as the citation link
    const { releases, skipped } = readReleases([join(dir, 'releases')], parseReleaseHtml);
    expect(skipped).toEqual([]);
    expect(releases.map((r) => [r.id, r.url])).toContainEqual(['mofa-320649', `${s.base}/eng/brd/m_5674/view.do?seq=320649`]);
  });

  it('decodes an EUC-KR page from its <meta> charset and stores it as UTF-8', async () => {
    const s = await site();
    const dir = dataDir();
    const out = await fetchSources(fast(dir, [`${s.base}/eng/brd/m_5676/view.do?seq=318000`]));
    expect(out.added).toEqual([expect.objectContaining({ id: 'mofa-318000', title: 'Korea Hosts Seminar on the Dokdo Archives (독도 자료 세미나)' })]);
    const stored = readFileSync(join(dir, 'releases', 'mofa-318000.html'), 'utf8');
    expect(stored).toContain('외교부');
    expect(stored).toMatch(/charset=utf-8/i);
    expect(JSON.parse(readFileSync(join(dir, 'releases', 'mofa-318000.meta.json'), 'utf8'))).toMatchObject({ charset: 'euc-kr' });
  });

  it('stores only the new release on a later run, and an unchanged feed is answered 304', async () => {
    const s = await site();
    const dir = dataDir();
    const feed = `${s.base}/feed.xml`;
    const first = await fetchSources(fast(dir, [feed]));
    expect(first.added.map((a) => a.id)).toEqual(['mofa-322004', 'mofa-317522']);

    const before = s.requests.length;
    const second = await fetchSources(fast(dir, [feed]));
    expect(second.added).toEqual([]);
    expect(second.skipped).toEqual([expect.objectContaining({ url: feed, reason: 'not modified since the last run (304)' })]);
    const again = s.requests.slice(before);
    expect(again.filter((r) => r.path === '/feed.xml').map((r) => [r.status, typeof r.headers['if-none-match']])).toEqual([[304, 'string']]);
    expect(again.filter((r) => r.path.includes('view.do'))).toEqual([]);

    s.publishNewRelease();
    const mark = s.requests.length;
    const third = await fetchSources(fast(dir, [feed]));
    expect(third.added.map((a) => a.id)).toEqual(['mofa-322507']);
    expect(third.skipped.map((k) => k.reason)).toEqual(['already stored as mofa-322004', 'already stored as mofa-317522']);
    expect(s.requests.slice(mark).filter((r) => r.path.includes('view.do')).map((r) => r.path)).toEqual(['/eng/brd/m_5676/view.do?seq=322507&page=1']);
    expect(Object.keys(state(dir).releases)).toHaveLength(3);
  });

  it('stores a release seen through the feed and the board once, and a mirror with the same text once', async () => {
    const s = await site();
    const dir = dataDir();
    const out = await fetchSources(fast(dir, [`${s.base}/feed.xml`, `${s.base}${BOARD}`, `${s.base}/atom.xml`]));
    expect(out.added.map((a) => a.id).sort()).toEqual(['mofa-317522', 'mofa-318000', 'mofa-320649', 'mofa-322004']);
    expect(files(dir).filter((f) => f.startsWith('mofa-322004'))).toEqual(['mofa-322004.html', 'mofa-322004.meta.json']);
    const why = (url: string): string | undefined => out.skipped.find((k) => k.url.includes(url))?.reason;
    expect(why('seq=322004&srchFr')).toBe('already stored as mofa-322004');
    expect(why('/mirror/ukraine-aid.html')).toBe(`same content as ${s.base}/eng/brd/m_5676/view.do?seq=322004 (stored as mofa-322004)`);
    // the board page and the feed both listed 322004: fetched once
    expect(s.hits('/eng/brd/m_5676/view.do?seq=322004')).toHaveLength(1);
  });

  it('stops following board pages once a page lists nothing new', async () => {
    const s = await site();
    const dir = dataDir();
    await fetchSources(fast(dir, [`${s.base}${BOARD}`]));
    // forget the validators, as if page 1 had changed: it is read again, page 2 is not
    writeFileSync(join(dir, 'sources-state.json'), JSON.stringify({ ...state(dir), validators: {} }));
    const mark = s.requests.length;
    const out = await fetchSources(fast(dir, [`${s.base}${BOARD}`]));
    expect(out.added).toEqual([]);
    expect(s.requests.slice(mark).map((r) => r.path)).toEqual(['/robots.txt', BOARD]);
  });

  it('fetches at most maxReleases release pages in a run and leaves the rest for the next', async () => {
    const s = await site();
    const dir = dataDir();
    const first = await fetchSources(fast(dir, [`${s.base}/feed.xml`], { maxReleases: 1 }));
    expect(first.added.map((a) => a.id)).toEqual(['mofa-322004']);
    expect(first.skipped.map((k) => k.reason)).toEqual(['run limit of 1 release pages reached; next run']);
    const second = await fetchSources(fast(dir, [`${s.base}/feed.xml`], { maxReleases: 1 }));
    expect(second.added.map((a) => a.id)).toEqual(['mofa-317522']);
  });

  it('retries a feed that answers 500 and reads it when it answers 200', async () => {
    const s = await site();
    const dir = dataDir();
    s.failNext('/flaky-feed.xml', 1);
    const out = await fetchSources(fast(dir, [`${s.base}/flaky-feed.xml`]));
    expect(out.added).toHaveLength(2);
    expect(s.hits('/flaky-feed.xml').map((r) => r.status)).toEqual([500, 200]);
  });

  it('keeps no validators for a source whose release failed for now, so the next run tries it again', async () => {
    const s = await site();
    const dir = dataDir();
    s.failNext('/eng/brd/m_5676/view.do', 3); // the first release page fails through all retries
    const first = await fetchSources(fast(dir, [`${s.base}/feed.xml`]));
    expect(first.added.map((a) => a.id)).toEqual(['mofa-317522']);
    expect(first.skipped).toEqual([expect.objectContaining({ reason: 'HTTP 500' })]);
    expect(state(dir).validators).toEqual({});
    const second = await fetchSources(fast(dir, [`${s.base}/feed.xml`]));
    expect(second.added.map((a) => a.id)).toEqual(['mofa-322004']);
    expect(Object.keys(state(dir).validators)).toEqual([`${s.base}/feed.xml`]);
  });

  it('logs and skips a malformed feed, a page that is not a release, a slow page, a disallowed page and a 404', async () => {
    const s = await site({ slowMs: 1500 });
    const dir = dataDir();
    const warnings: object[] = [];
    const logger = { debug() {}, info() {}, error() {}, warn(o: object | string) { if (typeof o === 'object') warnings.push(o); } };
    const sources = ['/broken-feed.xml', '/not-a-release.html', '/slow.html', '/private/secret.html', '/eng/brd/m_5676/view.do?seq=399999'].map((p) => `${s.base}${p}`);
    const started = Date.now();
    const out = await fetchSources({ ...fast(dir, sources), http: { delayMs: 0, timeoutMs: 250, retries: 1, backoffMs: 5 }, logger });
    expect(Date.now() - started).toBeLessThan(1400);
    expect(out.added).toEqual([]);
    const reasons = Object.fromEntries(out.skipped.map((k) => [new URL(k.url).pathname, k.reason]));
    expect(reasons['/broken-feed.xml']).toMatch(/^feed unreadable: not well-formed XML/);
    expect(reasons['/not-a-release.html']).toMatch(/^not a release page: /);
    expect(reasons['/slow.html']).toBe('timed out');
    expect(reasons['/private/secret.html']).toBe('disallowed by robots.txt');
    expect(reasons['/eng/brd/m_5676/view.do']).toBe('HTTP 404');
    expect(s.hits('/private/')).toEqual([]);
    expect(warnings).toContainEqual(expect.objectContaining({ url: `${s.base}/broken-feed.xml`, reason: expect.stringContaining('XML') }));
    expect(files(dir)).toEqual([]);
  });

  it('names the bot, reads robots.txt once per host and spaces its requests to one host', async () => {
    const s = await site();
    const dir = dataDir();
    await fetchSources({ ...fast(dir, [`${s.base}/feed.xml`]), http: { delayMs: 120, timeoutMs: 1000, retries: 0 } });
    expect(s.hits('/robots.txt')).toHaveLength(1);
    expect(new Set(s.requests.map((r) => r.headers['user-agent']))).toEqual(new Set(['AttacheBot/0.1 (+https://github.com/attache-bot/attache)']));
    const times = s.requests.map((r) => r.at);
    expect(times).toHaveLength(4); // robots, feed, two releases
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(110);
  });

  it('leaves a consistent state when a run dies between the metadata and the page, and the next run completes', async () => {
    const s = await site();
    const dir = dataDir();
    const crash = { afterWrite(stage: string, id: string) { if (stage === 'meta' && id === 'mofa-317522') throw new Error('power cut'); } };
    await expect(fetchSources(fast(dir, [`${s.base}/feed.xml`], { hooks: crash }))).rejects.toThrow('power cut');
    // no temp file, no page without its metadata, a readable state that lists only what was stored
    expect(files(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(state(dir).releases).toEqual({ [`${s.base}/eng/brd/m_5676/view.do?seq=322004`]: expect.objectContaining({ id: 'mofa-322004' }) });
    expect(readReleases([join(dir, 'releases')], parseReleaseHtml).releases.map((r) => r.id)).toEqual(['mofa-322004']);

    const next = await fetchSources(fast(dir, [`${s.base}/feed.xml`]));
    expect(next.added.map((a) => a.id)).toEqual(['mofa-317522']);
    expect(files(dir)).toEqual(['mofa-317522.html', 'mofa-317522.meta.json', 'mofa-322004.html', 'mofa-322004.meta.json']);
  });

  it('picks up a page stored just before a crash without fetching it again', async () => {
    const s = await site();
    const dir = dataDir();
    const crash = { afterWrite(stage: string, id: string) { if (stage === 'page' && id === 'mofa-322004') throw new Error('killed'); } };
    await expect(fetchSources(fast(dir, [`${s.base}/feed.xml`], { hooks: crash }))).rejects.toThrow('killed');
    expect(state(dir).releases).toEqual({}); // the state was not written yet
    const next = await fetchSources(fast(dir, [`${s.base}/feed.xml`]));
    expect(next.added.map((a) => a.id)).toEqual(['mofa-317522']);
    expect(s.hits('/eng/brd/m_5676/view.do?seq=322004')).toHaveLength(1);
    expect(Object.values(state(dir).releases).map((r) => r.id).sort()).toEqual(['mofa-317522', 'mofa-322004']);
  });

  it('removes temp files left by a killed process and rebuilds a damaged state file from the disk', async () => {
    const s = await site();
    const dir = dataDir();
    await fetchSources(fast(dir, [`${s.base}/feed.xml`]));
    writeFileSync(join(dir, 'releases', '.mofa-999.html.0123456789ab.tmp'), '<html>half a page');
    writeFileSync(join(dir, 'sources-state.json'), '{"version":1,"releases":{');
    const out = await fetchSources(fast(dir, [`${s.base}/feed.xml`]));
    expect(out.added).toEqual([]);
    expect(existsSync(join(dir, 'releases', '.mofa-999.html.0123456789ab.tmp'))).toBe(false);
    expect(Object.keys(state(dir).releases)).toHaveLength(2);
  });

  it('does not store a second file for a release already in the folder under another extension', async () => {
    const s = await site();
    const dir = dataDir();
    await fetchSources(fast(dir, [`${s.base}/eng/brd/m_5676/view.do?seq=317522`])); // creates releases/
    writeFileSync(join(dir, 'releases', 'mofa-322004.txt'), readFileSync(new URL('../fixtures/corpus/mofa-322004.txt', import.meta.url)));
    const out = await fetchSources(fast(dir, [`${s.base}/feed.xml`]));
    expect(out.added).toEqual([]);
    expect(out.skipped.map((k) => k.reason)).toContain('a file for mofa-322004 is already in the releases folder');
  });
});
