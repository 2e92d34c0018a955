/** The briefing runtime: SQLite store + briefing service + a croner ticker, wired from Config. */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { Cron } from 'croner';
import type pino from 'pino';
import type { SubscriptionPort } from '../../src/bot.js';
import type { Engine } from '../../src/engine-types.js';
import type { ChannelPoster, Clock } from '../../src/briefing/ports.js';
import { createBriefingService, type BriefingService, type ConfigChannel, type PostMode, type PostResult } from '../../src/briefing/service.js';
import type { BriefingStore } from '../../src/briefing/store.js';
import { createSubscriptionPort } from '../../src/briefing/subscriptions.js';
import type { Config } from '../config.js';
import { openSqliteStore } from './sqlite-store.js';

export type { PostResult } from '../../src/briefing/service.js';

/** Options of the runtime; tests inject a clock and short leases. */
export interface BriefingRuntimeOptions {
  config: Config;
  engine: Engine;
  logger: pino.Logger;
  clock?: Clock;
  /** Defaults to config.dbPath. */
  dbPath?: string;
  leaseMs?: number;
  catchUpMs?: number;
  postTimeoutMs?: number;
  retry?: { maxAttempts?: number; baseDelayMs?: number; maxDelayMs?: number };
  /** How often the scheduler looks for due slots (croner pattern with seconds; default every minute at :00). */
  tick?: string;
}

/** Briefings for `attache serve` and `attache brief --post`. */
export interface BriefingRuntime {
  subscriptions: SubscriptionPort;
  /** Catches up a missed slot (< 12 h late) now, then posts each slot when due. */
  start(posters: ChannelPoster[]): void;
  /** One pass: posts every due slot ("today" posts today's slot whatever the hour — `brief --post`). */
  postDue(posters: ChannelPoster[], mode?: PostMode): Promise<PostResult[]>;
  /** Stops the ticker, lets a post in flight finish, closes the database. */
  stop(): Promise<void>;
  readonly service: BriefingService;
  readonly store: BriefingStore;
}

/** The channels named in BRIEFING_SLACK_CHANNELS / BRIEFING_DISCORD_CHANNELS. */
export function configChannels(config: Config): ConfigChannel[] {
  return [
    ...config.briefing.slackChannels.map((channelId) => ({ platform: 'slack' as const, channelId })),
    ...config.briefing.discordChannels.map((channelId) => ({ platform: 'discord' as const, channelId })),
  ];
}

/** Opens the store at config.dbPath, seeds the configured channels, and returns the runtime (the ticker starts with start()). */
export function createBriefingRuntime(opts: BriefingRuntimeOptions): BriefingRuntime {
  const { config, engine, logger } = opts;
  const log = logger.child({ component: 'briefing' });
  const store = openSqliteStore(opts.dbPath ?? config.dbPath);
  const service = createBriefingService({
    engine,
    store,
    defaults: { schedule: config.briefing.cron, timezone: config.briefing.timezone },
    ...(opts.clock ? { clock: opts.clock } : {}),
    logger: log,
    owner: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    ...(opts.leaseMs !== undefined ? { leaseMs: opts.leaseMs } : {}),
    ...(opts.catchUpMs !== undefined ? { catchUpMs: opts.catchUpMs } : {}),
    ...(opts.postTimeoutMs !== undefined ? { postTimeoutMs: opts.postTimeoutMs } : {}),
    ...(opts.retry ? { retry: opts.retry } : {}),
  });
  service.seedConfigChannels(configChannels(config));

  let job: Cron | undefined;
  let inFlight: Promise<unknown> = Promise.resolve();
  let stopped = false;

  const pass = (posters: ChannelPoster[], mode: PostMode = 'due'): Promise<PostResult[]> => {
    if (stopped) return Promise.resolve([]);
    const run = inFlight.then(() => (stopped ? [] : service.postDue(posters, mode)));
    inFlight = run.catch(() => undefined);
    return run;
  };

  const tick = (posters: ChannelPoster[]): void => {
    pass(posters).catch((err: unknown) => log.error({ err }, 'briefing: scheduler pass failed'));
  };

  return {
    subscriptions: createSubscriptionPort(service, engine),
    service,
    store,
    start(posters) {
      if (job) return;
      if (posters.length === 0) log.info('briefing: no platform to post to; scheduler not started');
      if (posters.length === 0) return;
      // every minute rather than one job per subscription: chat subscriptions come and go, and retries need a heartbeat;
      // slots themselves are computed per subscription in its own time zone
      job = new Cron(opts.tick ?? '0 * * * * *', { protect: true }, () => tick(posters));
      tick(posters); // catch-up on start
    },
    postDue: (posters, mode) => pass(posters, mode),
    async stop() {
      stopped = true;
      job?.stop();
      await inFlight;
      store.close();
    },
  };
}
