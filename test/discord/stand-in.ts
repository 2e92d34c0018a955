/** A local stand-in for Discord: REST over node:http and a v10 JSON gateway over `ws`, on 127.0.0.1. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** One REST call the client made. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  authorization: string | undefined;
}

/** A canned error for one route. */
export interface Failure { status: number; body: Record<string, unknown>; headers?: Record<string, string>; /** Fail this many times, then serve normally; forever when omitted. */ times?: number }

export const BOT = { id: '900000000000000001', username: 'Attaché', discriminator: '0', global_name: 'Attaché', avatar: null, bot: true } as const;
export const APP_ID = '900000000000000002';
export const GUILD_ID = '900000000000000010';
export const CHANNELS = { general: '900000000000000011', locked: '900000000000000012', news: '900000000000000013' } as const;
export const USER = { id: '900000000000000100', username: 'analyst', discriminator: '0', global_name: 'Analyst', avatar: null } as const;
export const OTHER_BOT = { id: '900000000000000200', username: 'otherbot', discriminator: '0', global_name: null, avatar: null, bot: true } as const;

let snowflake = 910000000000000000n;
/** A fresh, increasing snowflake id. */
export const nextId = (): string => String(++snowflake);

const guildChannel = (id: string, name: string, position: number) => ({
  id, type: 0, guild_id: GUILD_ID, name, position, permission_overwrites: [], nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0, parent_id: null, flags: 0,
});

function guildCreate() {
  return {
    id: GUILD_ID, name: 'Embassy analysts', icon: null, splash: null, discovery_splash: null, owner_id: USER.id,
    afk_channel_id: null, afk_timeout: 300, verification_level: 0, default_message_notifications: 0, explicit_content_filter: 0,
    roles: [{ id: GUILD_ID, name: '@everyone', color: 0, hoist: false, icon: null, unicode_emoji: null, position: 0, permissions: '2248473465835073', managed: false, mentionable: false, flags: 0 }],
    emojis: [], stickers: [], features: [], mfa_level: 0, application_id: null, system_channel_id: null, system_channel_flags: 0,
    rules_channel_id: null, vanity_url_code: null, description: null, banner: null, premium_tier: 0, premium_subscription_count: 0,
    preferred_locale: 'en-US', public_updates_channel_id: null, nsfw_level: 0, premium_progress_bar_enabled: false,
    joined_at: '2024-01-01T00:00:00.000Z', large: false, unavailable: false, member_count: 2, voice_states: [],
    members: [{ user: BOT, roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 }],
    channels: [guildChannel(CHANNELS.general, 'general', 0), guildChannel(CHANNELS.locked, 'locked', 1), guildChannel(CHANNELS.news, 'news', 2)],
    threads: [], presences: [], stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [],
  };
}

function messageObject(channelId: string, body: any, author: object = BOT) {
  return {
    id: nextId(), channel_id: channelId, author, content: body?.content ?? '', timestamp: new Date().toISOString(), edited_timestamp: null,
    tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: body?.embeds ?? [], pinned: false,
    type: body?.message_reference ? 19 : 0, flags: 0, components: [],
    ...(body?.message_reference ? { message_reference: body.message_reference } : {}),
  };
}

/** The stand-in: start(), then drive the gateway and read what the client sent. */
export class DiscordStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly identifies: any[] = [];
  /** Query strings the client connected to the gateway with. */
  readonly gatewayQueries: URLSearchParams[] = [];
  /** Per-route failures, keyed "METHOD /path" (path after /api/v10). */
  readonly failures = new Map<string, Failure>();
  token = 'test-token';
  private server?: Server;
  private wss?: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private seq = 0;
  private waiters: Array<{ match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }> = [];
  port = 0;

  get apiUrl(): string { return `http://127.0.0.1:${this.port}/api`; }

  async start(): Promise<this> {
    this.server = createServer((req, res) => { void this.onRequest(req, res); });
    this.wss = new WebSocketServer({ server: this.server, path: '/gateway' });
    this.wss.on('connection', (socket, req) => this.onConnection(socket, req));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    await new Promise<void>((resolve) => this.wss ? this.wss.close(() => resolve()) : resolve());
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server ? this.server.close(() => resolve()) : resolve());
  }

  /** Resolves with the first recorded request (past or future) matching, or rejects after `ms`. */
  waitFor(match: (r: RecordedRequest) => boolean, ms = 5000): Promise<RecordedRequest> {
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = { match, resolve };
      this.waiters.push(waiter);
      setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`stand-in: no matching request within ${ms} ms; saw ${this.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`));
      }, ms).unref();
    });
  }

  /** Sends a gateway dispatch (op 0) to every connected client. */
  dispatch(t: string, d: unknown): void {
    const payload = JSON.stringify({ op: 0, t, s: ++this.seq, d });
    for (const s of this.sockets) s.send(payload);
  }

  /** A user (or bot) message in a guild channel; `mentionBot` adds the bot to the mentions array as Discord does. */
  sendMessage(opts: { channelId?: string; content: string; author?: object; mentionBot?: boolean; guild?: boolean }): string {
    const id = nextId();
    const author = opts.author ?? USER;
    const inGuild = opts.guild ?? true;
    this.dispatch('MESSAGE_CREATE', {
      id, channel_id: opts.channelId ?? CHANNELS.general, ...(inGuild ? { guild_id: GUILD_ID, member: { roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 } } : {}),
      author, content: opts.content, timestamp: new Date().toISOString(), edited_timestamp: null, tts: false,
      mention_everyone: false, mentions: opts.mentionBot ? [BOT] : [], mention_roles: [], attachments: [], embeds: [], pinned: false, type: 0, flags: 0, components: [],
    });
    return id;
  }

  /** A /brief slash command invocation; returns its interaction id and token. */
  sendSlash(sub: string, options: Record<string, string> = {}, channelId: string = CHANNELS.general): { id: string; token: string } {
    const id = nextId();
    const token = `itoken-${id}`;
    this.dispatch('INTERACTION_CREATE', {
      id, application_id: APP_ID, type: 2, token, version: 1,
      data: {
        id: '900000000000000300', name: 'brief', type: 1,
        options: [{ name: sub, type: 1, options: Object.entries(options).map(([name, value]) => ({ name, type: 3, value })) }],
      },
      guild_id: GUILD_ID, channel_id: channelId, channel: guildChannel(channelId, 'general', 0),
      member: { user: USER, roles: [], permissions: '2248473465835073', joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
      app_permissions: '2248473465835073', locale: 'en-US', guild_locale: 'en-US', entitlements: [],
      authorizing_integration_owners: { '0': GUILD_ID }, context: 0, attachment_size_limit: 10485760,
    });
    return { id, token };
  }

  private onConnection(socket: WebSocket, req: IncomingMessage): void {
    this.sockets.add(socket);
    this.gatewayQueries.push(new URL(req.url ?? '/', 'http://x').searchParams);
    socket.on('close', () => this.sockets.delete(socket));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 }, s: null, t: null }));
    socket.on('message', (raw) => {
      const payload = JSON.parse(String(raw));
      if (payload.op === 1) socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (payload.op === 2) {
        this.identifies.push(payload.d);
        if (payload.d.token !== this.token) { socket.close(4004, 'Authentication failed.'); return; }
        const ready = {
          v: 10, user: { ...BOT, verified: true, mfa_enabled: false, flags: 0 }, guilds: [{ id: GUILD_ID, unavailable: true }],
          session_id: 'session-1', resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`, shard: [0, 1],
          application: { id: APP_ID, flags: 0 }, private_channels: [], relationships: [], presences: [], geo_ordered_rtc_regions: [],
        };
        socket.send(JSON.stringify({ op: 0, t: 'READY', s: ++this.seq, d: ready }));
        socket.send(JSON.stringify({ op: 0, t: 'GUILD_CREATE', s: ++this.seq, d: guildCreate() }));
      }
    });
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    let body: any = null;
    try { body = text ? JSON.parse(text) : null; } catch { body = text; }
    const record: RecordedRequest = { method: req.method ?? 'GET', path, query: url.searchParams, body, authorization: req.headers.authorization };
    this.requests.push(record);
    const send = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { ...(json === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
      res.end(json === undefined ? undefined : JSON.stringify(json));
      for (const w of this.waiters.filter((w) => w.match(record))) { this.waiters = this.waiters.filter((x) => x !== w); w.resolve(record); }
    };
    const key = `${record.method} ${path}`;
    const failure = this.failures.get(key);
    if (failure && (failure.times === undefined || failure.times > 0)) {
      if (failure.times !== undefined) failure.times--;
      return send(failure.status, failure.body, failure.headers);
    }
    if (!url.pathname.startsWith('/api/v10/')) return send(404, { message: 'stand-in: wrong API base', code: 0 });
    const interactionCallback = /^\/interactions\/\d+\/[^/]+\/callback$/.test(path);
    if (!interactionCallback && !path.startsWith('/webhooks/') && record.authorization !== `Bot ${this.token}`) {
      return send(401, { message: '401: Unauthorized', code: 0 });
    }
    let m: RegExpExecArray | null;
    if (record.method === 'GET' && path === '/gateway/bot') {
      return send(200, { url: `ws://127.0.0.1:${this.port}/gateway`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    }
    if (record.method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) return send(200, messageObject(m[1]!, body));
    if (record.method === 'POST' && interactionCallback) return send(204);
    if (record.method === 'PATCH' && (m = /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.exec(path))) return send(200, messageObject(CHANNELS.general, body));
    if (record.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) return send(200, messageObject(CHANNELS.general, body));
    if (record.method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return send(200, (body as any[]).map((c) => ({ ...c, id: nextId(), application_id: APP_ID, version: nextId() })));
    }
    return send(404, { message: `stand-in: no route for ${record.method} ${path}`, code: 0 });
  }
}
