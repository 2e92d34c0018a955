/** The briefing service: which slot is due, claim → post → record, retries with backoff, catch-up, config seeding. */
import type { Engine } from '../engine-types.js';
import { silentLogger, type Logger } from '../logger.js';
import type { Reply } from '../reply.js';
import { composeBriefing, type BriefingWindow } from './compose.js';
import { addDays, localDay } from './days.js';
import type { ChannelPoster, Clock } from './ports.js';
import { systemClock } from './ports.js';
import { createSchedule, type Schedule } from './schedule.js';
import type { BriefingPlatform, BriefingStore, PostRecord, SlotKey, Subscription } from './store.js';

/** Options of the briefing service; only engine, store and defaults are required. */
export interface BriefingServiceOptions {
  engine: Pick<Engine, 'releases' | 'keyFacts' | 'resolveCountry'> & Partial<Pick<Engine, 'timeline'>>;
  store: BriefingStore;
  /** Schedule and zone for config channels and for chat subscriptions that give no time. */
  defaults: { schedule: string; timezone: string };
  clock?: Clock;
  logger?: Logger;
  /** Names this process in claims (default: a random id). */
  owner?: string;
  /** How long a claim protects a slot before another process may take it over (default 15 min; longer than a post with the platform client's own retries). */
  leaseMs?: number;
  /** A slot later than this is skipped instead of posted (default 12 h). */
  catchUpMs?: number;
  /** Gives up on a post that has not answered after this long (default 10 min; keep it under leaseMs, so a slow post is never taken over). */
  postTimeoutMs?: number;
  /** Failed posts are retried after baseDelayMs, doubling, at most maxAttempts tries in all (default 5, 1 min). */
  retry?: { maxAttempts?: number; baseDelayMs?: number; maxDelayMs?: number };
}

/** What happened to one channel's slot in one pass. */
export interface PostResult {
  platform: BriefingPlatform;
  channelId: string;
  /** ISO instant of the slot. */
  slot: string;
  /** posted now; already posted earlier; held by another process or waiting for a retry; failed now; skipped as too late; paused. */
  outcome: 'posted' | 'already' | 'held' | 'failed' | 'skipped' | 'paused';
  messageId?: string;
  error?: string;
  window?: BriefingWindow;
}

/** "due": the latest slot, if it is at most catchUpMs late (the scheduler). "today": today's slot, whatever the hour (`attache brief --post`). */
export type PostMode = 'due' | 'today';

/** A channel named in configuration. */
export interface ConfigChannel { platform: BriefingPlatform; channelId: string }

export interface BriefingService {
  /** Posts every slot that is due to the channels of platforms we have a poster for. */
  postDue(posters: ChannelPoster[], mode?: PostMode): Promise<PostResult[]>;
  /** Makes the configured channels subscriptions (new ones start from now); drops config subscriptions no longer configured. */
  seedConfigChannels(channels: ConfigChannel[]): void;
  /** A new subscription's record, starting from now. */
  newSubscription(fields: Omit<Subscription, 'createdAt' | 'watermark' | 'paused'>): Subscription;
  /** The window the briefing of `slot` covers for a subscription. */
  windowFor(sub: Subscription, slot: Date): BriefingWindow;
  /** The briefing a subscription would receive for a window; `day` (its local day) adds anniversaries on that day. */
  compose(sub: Pick<Subscription, 'countries'>, window: BriefingWindow, label?: string, day?: string): Reply;
  scheduleOf(sub: Pick<Subscription, 'schedule' | 'timezone'>): Schedule;
  readonly store: BriefingStore;
  readonly clock: Clock;
  readonly defaults: { schedule: string; timezone: string };
  readonly maxAttempts: number;
}

const randomOwner = (): string => `attache-${globalThis.crypto.randomUUID().slice(0, 8)}`;

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms); });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Creates the briefing service over a store; time comes from the injected clock. */
export function createBriefingService(options: BriefingServiceOptions): BriefingService {
  for (const name of ['engine', 'store', 'defaults'] as const) {
    if (!options?.[name]) throw new Error(`attache: option "${name}" must be provided`);
  }
  const { engine, store, defaults } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const owner = options.owner ?? randomOwner();
  const leaseMs = options.leaseMs ?? 15 * 60_000;
  const catchUpMs = options.catchUpMs ?? 12 * 3_600_000;
  const postTimeoutMs = options.postTimeoutMs ?? Math.min(10 * 60_000, Math.floor((leaseMs * 2) / 3));
  const maxAttempts = options.retry?.maxAttempts ?? 5;
  const baseDelayMs = options.retry?.baseDelayMs ?? 60_000;
  const maxDelayMs = options.retry?.maxDelayMs ?? 30 * 60_000;
  createSchedule(defaults.schedule, defaults.timezone); // fail fast on a bad BRIEFING_CRON / BRIEFING_TZ

  const schedules = new Map<string, Schedule>();
  const scheduleOf = (sub: Pick<Subscription, 'schedule' | 'timezone'>): Schedule => {
    const key = `${sub.schedule}\u0000${sub.timezone}`;
    let s = schedules.get(key);
    if (!s) { s = createSchedule(sub.schedule, sub.timezone); schedules.set(key, s); }
    return s;
  };

  const windowFor = (sub: Subscription, slot: Date): BriefingWindow =>
    // a morning briefing covers whole days: from the day after the last covered one through the day before the slot
    ({ from: addDays(sub.watermark, 1), to: addDays(localDay(slot, sub.timezone), -1) });

  const compose = (sub: Pick<Subscription, 'countries'>, window: BriefingWindow, label = 'Daily briefing', day?: string): Reply =>
    composeBriefing(engine, { window, countries: sub.countries, label, ...(day ? { onThisDay: day } : {}) });

  const newSubscription = (fields: Omit<Subscription, 'createdAt' | 'watermark' | 'paused'>): Subscription => {
    const now = clock.now();
    scheduleOf(fields);
    // covered through yesterday: the first briefing starts with today's releases, never the archive
    return { ...fields, paused: false, createdAt: now.toISOString(), watermark: addDays(localDay(now, fields.timezone), -1) };
  };

  const backoff = (attempts: number): number => Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));

  async function postOne(sub: Subscription, poster: ChannelPoster, mode: PostMode): Promise<PostResult | null> {
    let schedule: Schedule;
    try {
      schedule = scheduleOf(sub);
    } catch (err) {
      logger.error({ platform: sub.platform, channel: sub.channelId, err: (err as Error).message }, 'briefing: bad schedule, channel skipped');
      return null;
    }
    const now = clock.now();
    const slot = mode === 'today' ? schedule.slotToday(now) : schedule.latestSlot(now);
    if (!slot) return null;
    const key: SlotKey = { platform: sub.platform, channelId: sub.channelId, slot: slot.toISOString() };
    const base = { platform: sub.platform, channelId: sub.channelId, slot: key.slot };
    if (sub.paused) return mode === 'today' ? { ...base, outcome: 'paused' } : null;
    const existing = store.getPost(key);
    if (existing?.state === 'posted') return { ...base, outcome: 'already', ...(existing.messageId ? { messageId: existing.messageId } : {}) };
    if (mode === 'due') {
      if (slot.getTime() < Date.parse(sub.createdAt)) return null; // a new subscription starts from now
      if (existing?.state === 'skipped') return null;
      const late = now.getTime() - slot.getTime();
      if (late > catchUpMs) {
        if (!existing && store.markSkipped(key, `missed by ${Math.round(late / 60_000)} min`, now.getTime())) {
          logger.warn({ platform: sub.platform, channel: sub.channelId, slot: key.slot, lateMinutes: Math.round(late / 60_000) },
            'briefing: slot missed by more than the catch-up limit; skipped (the next briefing covers its releases)');
          return { ...base, outcome: 'skipped' };
        }
        return null;
      }
    }
    const window = windowFor(sub, slot);
    const claim = store.claim({ ...key, owner, now: now.getTime(), leaseMs, maxAttempts, windowFrom: window.from, windowTo: window.to, takeSkipped: mode === 'today' });
    if (!claim) {
      const row = store.getPost(key);
      if (row?.state === 'failed' && row.nextAttemptAt === null) return { ...base, outcome: 'failed', error: `gave up after ${row.attempts} attempts: ${row.lastError ?? 'unknown error'}` };
      return { ...base, outcome: row?.state === 'posted' ? 'already' : 'held', ...(row?.messageId ? { messageId: row.messageId } : {}) };
    }
    return deliver(sub, poster, key, claim, window);
  }

  async function deliver(sub: Subscription, poster: ChannelPoster, key: SlotKey, claim: PostRecord, window: BriefingWindow): Promise<PostResult> {
    const base = { platform: sub.platform, channelId: sub.channelId, slot: key.slot, window };
    try {
      const reply = compose(sub, window, undefined, localDay(new Date(key.slot), sub.timezone));
      const { messageId } = await withTimeout(poster.post(sub.channelId, reply), postTimeoutMs, `${sub.platform} post`);
      if (!store.markPosted(key, owner, messageId, clock.now().getTime())) {
        logger.warn({ ...key, messageId }, 'briefing: posted, but the claim had expired and was taken over; another post may follow');
      }
      logger.info({ ...key, messageId, from: window.from, to: window.to }, 'briefing: posted');
      return { ...base, outcome: 'posted', messageId };
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      const retryAt = claim.attempts < maxAttempts ? clock.now().getTime() + backoff(claim.attempts) : null;
      store.markFailed(key, owner, error, clock.now().getTime(), retryAt);
      logger.error({ ...key, attempt: claim.attempts, maxAttempts, retryAt: retryAt ? new Date(retryAt).toISOString() : null, err: error },
        retryAt ? 'briefing: post failed; will retry' : 'briefing: post failed; giving up on this slot');
      return { ...base, outcome: 'failed', error };
    }
  }

  async function postDue(posters: ChannelPoster[], mode: PostMode = 'due'): Promise<PostResult[]> {
    const results: PostResult[] = [];
    // one channel after another: a briefing is one post per channel, and platforms rate-limit bursts
    for (const sub of store.listSubscriptions()) {
      const poster = posters.find((p) => p.platform === sub.platform);
      if (!poster) continue;
      const result = await postOne(sub, poster, mode);
      if (result) results.push(result);
    }
    return results;
  }

  function seedConfigChannels(channels: ConfigChannel[]): void {
    const wanted = new Set(channels.map((c) => `${c.platform}:${c.channelId}`));
    for (const c of channels) {
      const existing = store.getSubscription(c.platform, c.channelId);
      if (!existing) {
        // insert-if-absent: another process may be seeding (and posting to) the same channel right now
        if (store.addSubscription(newSubscription({ platform: c.platform, channelId: c.channelId, schedule: defaults.schedule, timezone: defaults.timezone, countries: [], source: 'config' }))) {
          logger.info({ platform: c.platform, channel: c.channelId }, 'briefing: configured channel subscribed');
        }
      } else if (existing.source === 'config' && (existing.schedule !== defaults.schedule || existing.timezone !== defaults.timezone)) {
        store.putSubscription({ ...existing, schedule: defaults.schedule, timezone: defaults.timezone });
      }
    }
    for (const sub of store.listSubscriptions()) {
      if (sub.source === 'config' && !wanted.has(`${sub.platform}:${sub.channelId}`)) {
        store.removeSubscription(sub.platform, sub.channelId);
        logger.info({ platform: sub.platform, channel: sub.channelId }, 'briefing: channel no longer configured; unsubscribed');
      }
    }
  }

  return { postDue, seedConfigChannels, newSubscription, windowFor, compose, scheduleOf, store, clock, defaults, maxAttempts };
}
