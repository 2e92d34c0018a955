/** A polite HTTP client: one request per host per interval, a named User-Agent, timeouts, retries, validators. */
import { AttacheError } from '../errors.js';
import type { Logger } from '../logger.js';
import { silentLogger } from '../logger.js';
import { decodeBody } from './decode.js';

/** The bot's User-Agent: names the bot and where to read about it. */
export const DEFAULT_USER_AGENT = 'AttacheBot/0.1 (+https://github.com/attache-bot/attache)';

/** Options of the HTTP client; every one has a polite default. */
export interface HttpClientOptions {
  /** Sent with every request. Default {@link DEFAULT_USER_AGENT}. */
  userAgent?: string;
  /** Minimum time between two requests to the same host, in ms. Default 1000 (one request per second). */
  delayMs?: number;
  /** Time allowed for one request (headers and body), in ms. Default 15000. */
  timeoutMs?: number;
  /** Retries after a 5xx, a 429 or a network error. Default 3. */
  retries?: number;
  /** First retry delay in ms, doubled at each retry (a Retry-After header wins when longer). Default 1000. */
  backoffMs?: number;
  /** Longest body read, in bytes. Default 10 MB. */
  maxBytes?: number;
  /** The fetch implementation (tests, proxies). Default the global fetch. */
  fetch?: typeof fetch;
  /** Waits (tests inject a fake clock). */
  sleep?: (ms: number) => Promise<void>;
  logger?: Logger;
}

/** Validators from an earlier response, sent back as a conditional request. */
export interface Validators { etag?: string; lastModified?: string }

/** One response, decoded. A 304 has an empty text and `notModified`. */
export interface HttpResponse {
  /** The URL asked for. */
  url: string;
  /** The URL answered, after redirects. */
  finalUrl: string;
  status: number;
  notModified: boolean;
  text: string;
  contentType: string;
  /** The charset the body was decoded from. */
  charset: string;
  etag?: string;
  lastModified?: string;
  /** A Retry-After header on a 429/503, in ms. */
  retryAfterMs?: number;
}

/** The client: `get` resolves for any HTTP status and throws `fetch_failed` when no response came. */
export interface HttpClient {
  get(url: string, validators?: Validators): Promise<HttpResponse>;
  readonly userAgent: string;
  /** Raises the interval for one host (robots.txt Crawl-delay). */
  setHostDelay(host: string, ms: number): void;
}

const realSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Whether a failure is worth another try. */
const retryable = (status: number): boolean => status >= 500 || status === 429 || status === 408;

/** Creates a polite HTTP client; options merged with defaults and checked fail-fast. */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const o = {
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    delayMs: options.delayMs ?? 1000,
    timeoutMs: options.timeoutMs ?? 15000,
    retries: options.retries ?? 3,
    backoffMs: options.backoffMs ?? 1000,
    maxBytes: options.maxBytes ?? 10 * 1024 * 1024,
    fetch: options.fetch ?? globalThis.fetch,
    sleep: options.sleep ?? realSleep,
    logger: options.logger ?? silentLogger,
  };
  for (const key of ['delayMs', 'timeoutMs', 'retries', 'backoffMs', 'maxBytes'] as const) {
    if (!Number.isFinite(o[key]) || o[key] < 0) throw new AttacheError('option_invalid', `option "${key}" must be a number >= 0`);
  }
  const nextSlot = new Map<string, number>();
  const hostDelay = new Map<string, number>();

  /** Reserves the next free slot for the host, then waits for it (safe with concurrent callers). */
  async function throttle(host: string): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, nextSlot.get(host) ?? 0);
    nextSlot.set(host, at + Math.max(o.delayMs, hostDelay.get(host) ?? 0));
    if (at > now) await o.sleep(at - now);
  }

  async function once(url: string, validators?: Validators): Promise<HttpResponse> {
    await throttle(new URL(url).host);
    const headers: Record<string, string> = { 'user-agent': o.userAgent, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8' };
    if (validators?.etag) headers['if-none-match'] = validators.etag;
    if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
    // one signal covers headers and body: a server that stalls mid-body times out too
    const res = await o.fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(o.timeoutMs) });
    const contentType = res.headers.get('content-type') ?? '';
    const base = {
      url, finalUrl: res.url || url, status: res.status, contentType,
      ...(res.headers.get('etag') ? { etag: res.headers.get('etag')! } : {}),
      ...(res.headers.get('last-modified') ? { lastModified: res.headers.get('last-modified')! } : {}),
      ...(retryAfter(res.headers.get('retry-after')) !== undefined ? { retryAfterMs: retryAfter(res.headers.get('retry-after'))! } : {}),
    };
    if (res.status === 304) { await res.body?.cancel(); return { ...base, notModified: true, text: '', charset: '' }; }
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > o.maxBytes) { await res.body?.cancel(); throw new AttacheError('fetch_failed', `${url}: body of ${declared} bytes is over the ${o.maxBytes} limit`); }
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > o.maxBytes) throw new AttacheError('fetch_failed', `${url}: body of ${bytes.length} bytes is over the ${o.maxBytes} limit`);
    const { text, charset } = decodeBody(bytes, contentType);
    return { ...base, notModified: false, text, charset };
  }

  async function get(url: string, validators?: Validators): Promise<HttpResponse> {
    let lastError: unknown;
    for (let attempt = 0; attempt <= o.retries; attempt++) {
      let wait = o.backoffMs * 2 ** attempt;
      try {
        const res = await once(url, validators);
        if (!retryable(res.status) || attempt === o.retries) return res;
        lastError = new AttacheError('fetch_failed', `${url}: HTTP ${res.status}`);
        wait = Math.max(wait, res.retryAfterMs ?? 0);
        o.logger.warn({ url, status: res.status, attempt: attempt + 1 }, 'fetch: server error, retrying');
      } catch (err) {
        if (err instanceof AttacheError) throw err;
        lastError = err;
        o.logger.warn({ url, err: reason(err), attempt: attempt + 1 }, 'fetch: request failed, retrying');
      }
      if (attempt < o.retries) {
        wait = Math.min(wait, 60_000);
        await o.sleep(wait);
      }
    }
    throw new AttacheError('fetch_failed', `${url}: ${reason(lastError)}`, lastError);
  }

  return {
    get,
    userAgent: o.userAgent,
    setHostDelay(host, ms) { hostDelay.set(host, ms); },
  };
}

/** Retry-After as seconds or an HTTP date → ms. */
function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** A short reason for a failed request: "timed out after …", "connection refused", … */
export function reason(err: unknown): string {
  if (err instanceof AttacheError && err.cause !== undefined) return reason(err.cause);
  if (err instanceof Error) {
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return 'timed out';
    const cause = (err as { cause?: { code?: unknown } }).cause;
    const message = err.message.replace(/^attache: /, '').replace(/^https?:\/\/\S+: /, '');
    return typeof cause?.code === 'string' ? `${message} (${cause.code})` : message;
  }
  return String(err);
}
