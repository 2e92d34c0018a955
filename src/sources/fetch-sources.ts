/** One fetch run: read feeds and board pages, fetch the release pages not seen yet, store each once. */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Logger } from '../logger.js';
import { silentLogger } from '../logger.js';
import { parseReleaseHtml } from '../releases/parse-html.js';
import type { HtmlParser } from '../releases/load.js';
import type { Release } from '../releases/types.js';
import { looksLikeBoard, parseBoardPage } from './board.js';
import { canonicalUrl, releaseIdFor } from './canonical.js';
import { looksLikeFeed, parseFeed } from './feed.js';
import { createHttpClient, reason, type HttpClient, type HttpClientOptions, type HttpResponse, type Validators } from './http-client.js';
import { createRobotsGate } from './robots.js';
import {
  existingIds, readState, reconcileState, releasesDir, storeRelease, writeState, type ReleaseMeta, type SourcesState, type StoreHooks,
} from './store.js';

/** Options of a fetch run. */
export interface FetchSourcesOptions {
  /** Feed URLs, board list URLs or release page URLs. */
  sources: string[];
  /** Releases go to `<dataDir>/releases/`, the state to `<dataDir>/sources-state.json`. */
  dataDir: string;
  /** HTTP politeness (delay per host, timeout, retries, User-Agent); ignored when `client` is given. */
  http?: HttpClientOptions;
  client?: HttpClient;
  /** Board list pages followed per source ("next page" links). Default 5. */
  maxPages?: number;
  /** Release pages fetched per run at most; the rest waits for the next run. Default 100. */
  maxReleases?: number;
  /** Obey robots.txt. Default true. */
  respectRobots?: boolean;
  logger?: Logger;
  now?: () => Date;
  hooks?: StoreHooks;
  parseHtml?: HtmlParser;
}

/** A release stored by this run. */
export interface AddedRelease { id: string; url: string; title: string; date: string | null; file: string; source: string }
/** A URL not stored, and why. */
export interface SkippedUrl { url: string; reason: string; source: string }
/** What a run did. */
export interface FetchOutcome { added: AddedRelease[]; skipped: SkippedUrl[] }

/** sha256 of what a release says (title and paragraphs, spacing and case folded): hit counters and menus don't count. */
export function releaseContentHash(release: Release): string {
  const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const text = [norm(release.title), ...release.paragraphs.map((p) => norm(p.text))].join('\n');
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

/** Pages served in another charset are stored as UTF-8: their declaration must say so. */
const declareUtf8 = (html: string): string => html.replace(/(<meta[^>]+charset\s*=\s*["']?\s*)[\w.:-]+/i, '$1utf-8');

/**
 * Runs one fetch over the sources. Every failure is a skipped URL with its reason, never an
 * exception, except a crash of the disk itself; the state is saved after each stored release.
 */
export async function fetchSources(options: FetchSourcesOptions): Promise<FetchOutcome> {
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? (() => new Date());
  const maxPages = options.maxPages ?? 5;
  const maxReleases = options.maxReleases ?? 100;
  const parseHtml = options.parseHtml ?? parseReleaseHtml;
  const http = options.client ?? createHttpClient({ ...options.http, logger });
  const robots = options.respectRobots === false ? undefined : createRobotsGate(http);
  const { dataDir } = options;
  mkdirSync(releasesDir(dataDir), { recursive: true });
  const state: SourcesState = reconcileState(dataDir, readState(dataDir, logger), logger);
  writeState(dataDir, state);
  const present = existingIds(dataDir);
  const outcome: FetchOutcome = { added: [], skipped: [] };
  const attempted = new Set<string>();
  let fetched = 0;

  const skip = (url: string, why: string, source: string): void => {
    outcome.skipped.push({ url, reason: why, source });
    logger.warn({ url, reason: why, source }, 'fetch: skipped');
  };
  const allowed = async (url: string, source: string): Promise<boolean> => {
    const verdict = robots ? await robots.check(url) : { allowed: true };
    if (!verdict.allowed) skip(url, verdict.reason ?? 'disallowed by robots.txt', source);
    return verdict.allowed;
  };
  /** GET with the failure turned into a skip; `transient` says whether a later run may succeed. */
  const get = async (url: string, source: string, validators?: Validators): Promise<{ res?: HttpResponse; transient: boolean }> => {
    try {
      const res = await http.get(url, validators);
      if (res.status >= 400) { skip(url, `HTTP ${res.status}`, source); return { transient: res.status >= 500 || res.status === 429 }; }
      return { res, transient: false };
    } catch (err) {
      skip(url, reason(err), source);
      return { transient: true };
    }
  };

  /** Fetches, parses and stores one release page; returns false when a later run should try again. */
  async function release(link: string, source: string, prefetched?: HttpResponse): Promise<boolean> {
    let canonical: string;
    try { canonical = canonicalUrl(link); } catch { skip(link, 'not a URL', source); return true; }
    const known = state.releases[canonical];
    if (known) { outcome.skipped.push({ url: link, reason: `already stored as ${known.id}`, source }); return true; }
    if (attempted.has(canonical)) return true;
    attempted.add(canonical);
    const id = releaseIdFor(canonical);
    if (present.has(id)) { outcome.skipped.push({ url: link, reason: `a file for ${id} is already in the releases folder`, source }); return true; }
    let res = prefetched;
    if (!res) {
      if (fetched >= maxReleases) { skip(link, `run limit of ${maxReleases} release pages reached; next run`, source); return false; }
      if (!(await allowed(link, source))) return true;
      fetched++;
      const got = await get(link, source);
      if (!got.res) return !got.transient;
      res = got.res;
    }
    if (looksLikeFeed(res.text, res.contentType)) { skip(link, 'a feed, not a release page', source); return true; }
    let parsed: Release;
    try {
      parsed = parseHtml(res.text, { id, url: canonical });
    } catch (err) {
      skip(link, `not a release page: ${reason(err)}`, source);
      return true;
    }
    const contentHash = releaseContentHash(parsed);
    const same = state.hashes[contentHash];
    if (same) { skip(link, `same content as ${same} (stored as ${state.releases[same]?.id ?? 'another release'})`, source); return true; }
    const fetchedAt = now().toISOString();
    const meta: ReleaseMeta = {
      url: canonical, canonicalUrl: canonical, fetchedUrl: res.finalUrl, fetchedAt,
      etag: res.etag ?? null, lastModified: res.lastModified ?? null, contentHash, source, charset: res.charset,
    };
    const file = storeRelease(dataDir, id, res.charset === 'utf-8' ? res.text : declareUtf8(res.text), meta, options.hooks);
    state.releases[canonical] = { id, contentHash, fetchedAt };
    state.hashes[contentHash] = canonical;
    present.add(id);
    writeState(dataDir, state);
    options.hooks?.afterWrite?.('state', id);
    outcome.added.push({ id, url: canonical, title: parsed.title, date: parsed.date, file, source });
    logger.info({ id, url: canonical, source }, 'fetch: stored a new release');
    return true;
  }

  for (const source of options.sources) {
    let sourceUrl: string;
    try { sourceUrl = new URL(source).toString(); } catch { skip(source, 'not a URL', source); continue; }
    const stored = state.releases[canonicalUrl(sourceUrl)];
    if (stored) { outcome.skipped.push({ url: sourceUrl, reason: `already stored as ${stored.id}`, source }); continue; }
    // validators are kept only when every release the source listed was dealt with for good
    const pending = new Map<string, Validators & { checkedAt: string }>();
    let complete = true;
    const readBefore = state.completed[sourceUrl] !== undefined;
    let pageUrl: string | undefined = sourceUrl;
    const visited = new Set<string>();
    for (let page = 0; pageUrl && page < maxPages && !visited.has(pageUrl); page++) {
      visited.add(pageUrl);
      if (!(await allowed(pageUrl, source))) { if (page === 0) complete = false; break; }
      const { res, transient } = await get(pageUrl, source, state.validators[pageUrl]);
      if (!res) { if (transient) complete = false; break; }
      if (res.notModified) {
        outcome.skipped.push({ url: pageUrl, reason: 'not modified since the last run (304)', source });
        logger.info({ url: pageUrl }, 'fetch: source not modified');
        break;
      }
      if (res.etag || res.lastModified) {
        pending.set(pageUrl, { ...(res.etag ? { etag: res.etag } : {}), ...(res.lastModified ? { lastModified: res.lastModified } : {}), checkedAt: now().toISOString() });
      }
      let links: string[] = [];
      let next: string | undefined;
      if (looksLikeFeed(res.text, res.contentType)) {
        const feed = parseFeed(res.text, res.finalUrl);
        if (!feed.ok) { skip(pageUrl, `feed unreadable: ${feed.reason}`, source); pending.delete(pageUrl); break; }
        links = feed.items.map((i) => i.link);
      } else if (looksLikeBoard(res.text)) {
        const board = parseBoardPage(res.text, res.finalUrl);
        links = board.links;
        next = board.next;
        if (links.length === 0) skip(pageUrl, 'a list page with no release links', source);
      } else {
        if (!(await release(pageUrl, source, res))) complete = false;
        break;
      }
      const before = attempted.size;
      for (const link of links) if (!(await release(link, source))) complete = false;
      // boards list newest first: once a board was read to the end, a page with nothing new means
      // the older pages hold nothing new either
      if (readBefore && links.length && attempted.size === before) break;
      pageUrl = next;
      if (next && page + 1 >= maxPages) logger.info({ source, maxPages }, 'fetch: board page limit reached');
    }
    if (complete) {
      for (const [url, v] of pending) state.validators[url] = v;
      state.completed[sourceUrl] = now().toISOString();
      writeState(dataDir, state);
    }
  }
  return outcome;
}
