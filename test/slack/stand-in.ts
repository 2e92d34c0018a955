/** Test stand-ins: a local Slack Web API + response_url server, signed request helpers, a fake engine, a log sink. */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import pino from 'pino';
import type { Engine } from '../../src/engine-types.js';
import type { ListReply, Reply, Source } from '../../src/reply.js';

/** A request the stand-in received. */
export interface RecordedCall {
  /** Web API method ("chat.postMessage") or "response:<id>" for a response_url post. */
  method: string;
  body: Record<string, unknown>;
  authorization?: string;
  at: number;
}

/** A scripted answer: status, JSON body, extra headers. */
export interface ScriptedResponse { status?: number; body?: unknown; headers?: Record<string, string> }

/** A local HTTP server standing in for https://slack.com/api/ and for response_url. */
export interface SlackStandIn {
  apiUrl: string;
  calls: RecordedCall[];
  /** A fresh response_url under this server. */
  responseUrl(id: string): string;
  /** Queues responses for a method; when the queue is empty the default ok answer is used. */
  script(method: string, ...responses: ScriptedResponse[]): void;
  /** Waits until `count` calls match, or fails after `timeoutMs`. */
  waitForCalls(filter: (c: RecordedCall) => boolean, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  close(): Promise<void>;
}

const readBody = (req: IncomingMessage): Promise<string> => new Promise((resolve, reject) => {
  let data = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => { data += chunk; });
  req.on('end', () => resolve(data));
  req.on('error', reject);
});

/** WebClient sends form-encoded bodies with nested values (blocks) as JSON strings; respond() sends JSON. */
function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return raw ? JSON.parse(raw) as Record<string, unknown> : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = (v.startsWith('[') || v.startsWith('{')) ? JSON.parse(v) as unknown : v;
  }
  return out;
}

let tsCounter = 1000;

/** Starts the stand-in on 127.0.0.1 with a random port. */
export async function startSlackStandIn(): Promise<SlackStandIn> {
  const calls: RecordedCall[] = [];
  const scripts = new Map<string, ScriptedResponse[]>();
  const waiters = new Set<() => void>();
  const server: Server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const path = req.url ?? '';
      const method = path.startsWith('/api/') ? path.slice('/api/'.length).split('?')[0]! : `response:${path.split('/').pop()}`;
      calls.push({ method, body: parseBody(raw, req.headers['content-type']), ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}), at: performance.now() });
      for (const w of waiters) w();
      const scripted = scripts.get(method)?.shift();
      let body: unknown = scripted?.body;
      if (body === undefined) {
        if (method === 'auth.test') body = { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', team: 'Test', user: 'attache' };
        else if (method.startsWith('response:')) body = { ok: true };
        else body = { ok: true, channel: 'C1', ts: `1700000000.${String(tsCounter++).padStart(6, '0')}` };
      }
      res.writeHead(scripted?.status ?? 200, { 'content-type': 'application/json', ...scripted?.headers });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    apiUrl: `${base}/api/`,
    calls,
    responseUrl: (id) => `${base}/response/${id}`,
    script: (method, ...responses) => { scripts.set(method, [...(scripts.get(method) ?? []), ...responses]); },
    waitForCalls(filter, count = 1, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const hits = calls.filter(filter);
          if (hits.length >= count) { waiters.delete(check); clearTimeout(timer); resolve(hits); return true; }
          return false;
        };
        const timer = setTimeout(() => { waiters.delete(check); reject(new Error(`timed out waiting for ${count} call(s); got ${calls.map((c) => c.method).join(', ')}`)); }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** Signs a body the way Slack does: v0=HMAC-SHA256(secret, "v0:timestamp:body"). */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Options of sendSigned. */
export interface SendOptions {
  secret: string;
  /** Seconds since epoch; defaults to now. */
  timestamp?: number;
  /** Overrides the computed signature (forgeries). */
  signature?: string;
  headers?: Record<string, string>;
}

/** POSTs a correctly signed (unless told otherwise) request to Bolt's /slack/events. */
export async function sendSigned(port: number, body: string, contentType: string, opts: SendOptions): Promise<{ status: number; text: string; ms: number }> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': opts.signature ?? slackSignature(opts.secret, timestamp, body),
      ...opts.headers,
    },
    body,
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}

const WORKER_FETCH = `
const { parentPort, workerData } = require('node:worker_threads');
const started = performance.now();
fetch(workerData.url, { method: 'POST', headers: workerData.headers, body: workerData.body })
  .then(async (res) => { const ms = performance.now() - started; parentPort.postMessage({ status: res.status, text: await res.text(), ms }); })
  .catch((e) => parentPort.postMessage({ error: String(e) }));
`;

/**
 * Like sendSigned, but from a worker thread, so the measured ack time is not held back by this thread
 * being busy (a synchronous engine in the app would otherwise also block the test's own HTTP client).
 */
export async function sendSignedFromWorker(port: number, body: string, contentType: string, opts: SendOptions): Promise<{ status: number; text: string; ms: number }> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers = { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': opts.signature ?? slackSignature(opts.secret, timestamp, body), ...opts.headers };
  const worker = new Worker(WORKER_FETCH, { eval: true, workerData: { url: `http://127.0.0.1:${port}/slack/events`, headers, body } });
  try {
    const result = await new Promise<{ status: number; text: string; ms: number; error?: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    if (result.error) throw new Error(result.error);
    return result;
  } finally {
    await worker.terminate();
  }
}

/** A slash command body as Slack sends it (form-encoded). */
export function commandBody(fields: { text: string; responseUrl: string; command?: string; channel?: string; user?: string }): string {
  return new URLSearchParams({
    token: 'legacy-verification-token', team_id: 'T1', team_domain: 'test', channel_id: fields.channel ?? 'C1', channel_name: 'general',
    user_id: fields.user ?? 'U1', user_name: 'ana', command: fields.command ?? '/brief', text: fields.text,
    api_app_id: 'A1', is_enterprise_install: 'false', response_url: fields.responseUrl, trigger_id: '123.456.abc',
  }).toString();
}

/** A block_actions payload for the share button (ephemeral container). */
export function shareActionBody(fields: { value: string; responseUrl: string; channel?: string; user?: string }): string {
  const payload = {
    type: 'block_actions', api_app_id: 'A1', token: 'legacy', trigger_id: '1.2.3',
    team: { id: 'T1', domain: 'test' }, user: { id: fields.user ?? 'U1', username: 'ana', name: 'ana', team_id: 'T1' },
    container: { type: 'message', message_ts: '1700000000.000001', channel_id: fields.channel ?? 'C1', is_ephemeral: true },
    channel: { id: fields.channel ?? 'C1', name: 'general' },
    response_url: fields.responseUrl,
    actions: [{ type: 'button', action_id: 'attache_share', block_id: 'b1', text: { type: 'plain_text', text: 'Share in channel' }, value: fields.value, action_ts: '1700000001.000001' }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** An Events API envelope. */
export function eventBody(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({ token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1700000000, event });
}

const src = (over: Partial<Source> = {}): Source => ({
  release: 'r1', title: 'ROK-Kazakhstan Vice Ministerial Meeting', date: '2018-11-06', dateSource: 'stated',
  url: 'https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=320459&page=1', quote: 'The two countries forged a strategic partnership in 2009.', ...over,
});

const list = (title: string, heading: string): ListReply => ({
  kind: 'list', title, empty: 'Nothing found.',
  groups: [{ items: [{ heading, date: '2018-11-06', dateSource: 'stated', url: 'https://www.mofa.go.kr/eng/view.do?seq=1', lines: ['Key fact one.'] }] }],
});

/** A small engine with fixed answers; `questions` records what the bot asked it. */
export function createFakeEngine(): Engine & { questions: string[] } {
  const questions: string[] = [];
  return {
    questions,
    ask(question): Reply {
      questions.push(question);
      if (/explode/i.test(question)) throw new Error('engine bug');
      if (/slowly/i.test(question)) { const until = performance.now() + 400; while (performance.now() < until) { /* a slow, synchronous engine */ } }
      if (/contact/i.test(question)) {
        return { kind: 'answer', question, answer: '<!here>', evidence: 'Contact <!here> & <@U999> at <https://evil.example|the desk>.', sources: [src({ quote: 'Contact <!here> & <@U999>.' })], confidence: 0.9, notes: [] };
      }
      if (/partnership/i.test(question)) {
        return { kind: 'answer', question, answer: '2009', evidence: 'The two countries forged a strategic partnership in 2009.', sources: [src()], confidence: 0.9, notes: [] };
      }
      return { kind: 'abstention', question, message: 'The releases in the index do not state that.', closest: [src()], reason: 'no_match', confidence: 0.1 };
    },
    search: (words) => list(`Releases matching "${words}"`, 'ROK-Kazakhstan Vice Ministerial Meeting'),
    timeline: (country) => list(`Timeline: ${country}`, '2009 — strategic partnership'),
    latest: (country) => list(country ? `Latest about ${country}` : 'Latest releases', 'ROK-Uzbekistan meeting'),
    releases: () => [],
    keyFacts: () => [],
    resolveCountry: () => null,
    stats: () => ({ releases: 1, facts: 1 }),
  };
}

/** A pino logger whose JSON lines are kept in memory. */
export function memoryLogger(): { logger: pino.Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      cb();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}
