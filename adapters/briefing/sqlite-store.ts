/** BriefingStore over better-sqlite3: WAL, versioned migrations (PRAGMA user_version), atomic slot claims. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AttacheError } from '../../src/errors.js';
import type { BriefingPlatform, BriefingStore, ClaimRequest, PostRecord, SlotKey, Subscription } from '../../src/briefing/store.js';

/** Schema steps; index i brings user_version from i to i + 1. Append, never edit. */
const MIGRATIONS: string[] = [
  `CREATE TABLE subscriptions (
     platform TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     workspace_id TEXT,
     schedule TEXT NOT NULL,
     timezone TEXT NOT NULL,
     countries TEXT NOT NULL DEFAULT '[]',
     paused INTEGER NOT NULL DEFAULT 0,
     source TEXT NOT NULL CHECK (source IN ('chat', 'config')),
     created_at TEXT NOT NULL,
     watermark TEXT NOT NULL,
     PRIMARY KEY (platform, channel_id)
   );
   CREATE TABLE post_log (
     platform TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     slot TEXT NOT NULL,
     state TEXT NOT NULL CHECK (state IN ('claimed', 'posted', 'failed', 'skipped')),
     owner TEXT,
     lease_until INTEGER,
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at INTEGER,
     message_id TEXT,
     last_error TEXT,
     window_from TEXT,
     window_to TEXT,
     updated_at INTEGER NOT NULL,
     posted_at INTEGER,
     PRIMARY KEY (platform, channel_id, slot)
   );`,
];

/** The schema version this code writes. */
export const STORE_SCHEMA_VERSION = MIGRATIONS.length;

interface SubRow {
  platform: BriefingPlatform; channel_id: string; workspace_id: string | null; schedule: string; timezone: string;
  countries: string; paused: number; source: 'chat' | 'config'; created_at: string; watermark: string;
}
interface PostRow {
  platform: BriefingPlatform; channel_id: string; slot: string; state: PostRecord['state']; owner: string | null;
  lease_until: number | null; attempts: number; next_attempt_at: number | null; message_id: string | null;
  last_error: string | null; window_from: string | null; window_to: string | null; updated_at: number; posted_at: number | null;
}

const toSub = (r: SubRow): Subscription => ({
  platform: r.platform,
  channelId: r.channel_id,
  ...(r.workspace_id ? { workspaceId: r.workspace_id } : {}),
  schedule: r.schedule,
  timezone: r.timezone,
  countries: JSON.parse(r.countries) as string[],
  paused: r.paused === 1,
  source: r.source,
  createdAt: r.created_at,
  watermark: r.watermark,
});

const toPost = (r: PostRow): PostRecord => ({
  platform: r.platform, channelId: r.channel_id, slot: r.slot, state: r.state, owner: r.owner,
  leaseUntil: r.lease_until, attempts: r.attempts, nextAttemptAt: r.next_attempt_at, messageId: r.message_id,
  lastError: r.last_error, windowFrom: r.window_from, windowTo: r.window_to, updatedAt: r.updated_at, postedAt: r.posted_at,
});

const subParams = (sub: Subscription) => ({
  platform: sub.platform, channel_id: sub.channelId, workspace_id: sub.workspaceId ?? null, schedule: sub.schedule,
  timezone: sub.timezone, countries: JSON.stringify(sub.countries), paused: sub.paused ? 1 : 0, source: sub.source,
  created_at: sub.createdAt, watermark: sub.watermark,
});

function migrate(db: Database.Database): void {
  // IMMEDIATE takes the write lock first, so two processes starting together run each step once
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new AttacheError('store_error', `database schema version ${version} is newer than this build knows (${MIGRATIONS.length}); upgrade attache`);
    }
    for (let v = version; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]!);
    if (version !== MIGRATIONS.length) db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}

/** Runs `step` again while SQLite reports another process's lock, for up to `timeoutMs`; other errors go through. */
function untilNotBusy(timeoutMs: number, step: () => void): void {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      step();
      return;
    } catch (cause) {
      if (!String((cause as { code?: unknown }).code ?? '').startsWith('SQLITE_BUSY') || Date.now() >= until) throw cause;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

/** Options for the SQLite store. */
export interface SqliteStoreOptions {
  /** How long to wait for another process's write lock, in ms (default 5000). */
  busyTimeoutMs?: number;
}

/** Opens (creating if needed) the briefing database at `path` and brings its schema up to date. */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): BriefingStore {
  if (!path) throw new AttacheError('option_invalid', 'option "path" must be provided');
  let db: Database.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const timeout = options.busyTimeoutMs ?? 5000;
    db = new Database(path, { timeout });
    const opened = db;
    // (switching a new file to WAL takes an exclusive lock, and SQLite answers "database is locked" at once, without waiting
    // out the busy timeout, when two processes both hold a read lock and want it: the one that gets it first is done soon)
    untilNotBusy(timeout, () => {
      opened.pragma('journal_mode = WAL');
      opened.pragma('synchronous = NORMAL');
      migrate(opened);
    });
  } catch (cause) {
    if (cause instanceof AttacheError) throw cause;
    throw new AttacheError('store_error', `cannot open the briefing database ${path}: ${(cause as Error).message}`, cause);
  }

  const s = {
    list: db.prepare<[], SubRow>('SELECT * FROM subscriptions ORDER BY platform, channel_id'),
    get: db.prepare<[string, string], SubRow>('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?'),
    put: db.prepare(`INSERT INTO subscriptions (platform, channel_id, workspace_id, schedule, timezone, countries, paused, source, created_at, watermark)
      VALUES (@platform, @channel_id, @workspace_id, @schedule, @timezone, @countries, @paused, @source, @created_at, @watermark)
      ON CONFLICT (platform, channel_id) DO UPDATE SET workspace_id = excluded.workspace_id, schedule = excluded.schedule,
        timezone = excluded.timezone, countries = excluded.countries, paused = excluded.paused, source = excluded.source,
        created_at = excluded.created_at, watermark = MAX(subscriptions.watermark, excluded.watermark)`),
    add: db.prepare(`INSERT INTO subscriptions (platform, channel_id, workspace_id, schedule, timezone, countries, paused, source, created_at, watermark)
      VALUES (@platform, @channel_id, @workspace_id, @schedule, @timezone, @countries, @paused, @source, @created_at, @watermark)
      ON CONFLICT (platform, channel_id) DO NOTHING`),
    remove: db.prepare('DELETE FROM subscriptions WHERE platform = ? AND channel_id = ?'),
    pause: db.prepare('UPDATE subscriptions SET paused = ? WHERE platform = ? AND channel_id = ?'),
    insertClaim: db.prepare(`INSERT INTO post_log (platform, channel_id, slot, state, owner, lease_until, attempts, window_from, window_to, updated_at)
      VALUES (@platform, @channelId, @slot, 'claimed', @owner, @leaseUntil, 1, @windowFrom, @windowTo, @now)
      ON CONFLICT (platform, channel_id, slot) DO NOTHING`),
    retakeClaim: db.prepare(`UPDATE post_log SET state = 'claimed', owner = @owner, lease_until = @leaseUntil, attempts = attempts + 1,
        window_from = @windowFrom, window_to = @windowTo, updated_at = @now
      WHERE platform = @platform AND channel_id = @channelId AND slot = @slot AND attempts < @maxAttempts
        AND ((state = 'claimed' AND lease_until <= @now) OR (state = 'failed' AND COALESCE(next_attempt_at, 0) <= @now)
          OR (state = 'skipped' AND @takeSkipped = 1))`),
    getPost: db.prepare<[string, string, string], PostRow>('SELECT * FROM post_log WHERE platform = ? AND channel_id = ? AND slot = ?'),
    posted: db.prepare(`UPDATE post_log SET state = 'posted', message_id = @messageId, posted_at = @now, updated_at = @now, lease_until = NULL, last_error = NULL
      WHERE platform = @platform AND channel_id = @channelId AND slot = @slot AND state = 'claimed' AND owner = @owner`),
    advance: db.prepare(`UPDATE subscriptions SET watermark = @windowTo
      WHERE platform = @platform AND channel_id = @channelId AND watermark < @windowTo`),
    failed: db.prepare(`UPDATE post_log SET state = 'failed', last_error = @error, next_attempt_at = @nextAttemptAt, updated_at = @now, lease_until = NULL
      WHERE platform = @platform AND channel_id = @channelId AND slot = @slot AND state = 'claimed' AND owner = @owner`),
    skipped: db.prepare(`INSERT INTO post_log (platform, channel_id, slot, state, attempts, last_error, updated_at)
      VALUES (@platform, @channelId, @slot, 'skipped', 0, @reason, @now) ON CONFLICT (platform, channel_id, slot) DO NOTHING`),
    recent: db.prepare<[string, string, number], PostRow>('SELECT * FROM post_log WHERE platform = ? AND channel_id = ? ORDER BY slot DESC LIMIT ?'),
  };

  const keyOf = (k: SlotKey) => ({ platform: k.platform, channelId: k.channelId, slot: k.slot });
  const readPost = (k: SlotKey): PostRecord | null => {
    const row = s.getPost.get(k.platform, k.channelId, k.slot);
    return row ? toPost(row) : null;
  };

  const claim = db.transaction((r: ClaimRequest): PostRecord | null => {
    const params = { ...keyOf(r), owner: r.owner, leaseUntil: r.now + r.leaseMs, windowFrom: r.windowFrom, windowTo: r.windowTo, now: r.now, maxAttempts: r.maxAttempts, takeSkipped: r.takeSkipped ? 1 : 0 };
    const inserted = s.insertClaim.run(params).changes === 1;
    if (!inserted && s.retakeClaim.run(params).changes !== 1) return null;
    return readPost(r);
  });

  const markPosted = db.transaction((k: SlotKey, owner: string, messageId: string, now: number): boolean => {
    if (s.posted.run({ ...keyOf(k), owner, messageId, now }).changes !== 1) return false;
    const windowTo = readPost(k)?.windowTo;
    if (windowTo) s.advance.run({ ...keyOf(k), windowTo });
    return true;
  });

  return {
    listSubscriptions: () => s.list.all().map(toSub),
    getSubscription: (platform, channelId) => {
      const row = s.get.get(platform, channelId);
      return row ? toSub(row) : null;
    },
    putSubscription: (sub) => { s.put.run(subParams(sub)); },
    addSubscription: (sub) => s.add.run(subParams(sub)).changes === 1,
    removeSubscription: (platform, channelId) => s.remove.run(platform, channelId).changes === 1,
    setPaused: (platform, channelId, paused) => s.pause.run(paused ? 1 : 0, platform, channelId).changes === 1,
    claim: (request) => claim.immediate(request),
    markPosted: (key, owner, messageId, now) => markPosted.immediate(key, owner, messageId, now),
    markFailed: (key, owner, error, now, nextAttemptAt) =>
      s.failed.run({ ...keyOf(key), owner, error: error.slice(0, 1000), now, nextAttemptAt }).changes === 1,
    markSkipped: (key, reason, now) => s.skipped.run({ ...keyOf(key), reason, now }).changes === 1,
    getPost: readPost,
    recentPosts: (platform, channelId, limit) => s.recent.all(platform, channelId, limit).map(toPost),
    close: () => { if (db.open) db.close(); },
  };
}
