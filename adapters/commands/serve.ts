/** `attache serve` (and `npm start`): every platform whose credentials are present; the terminal chat when none are. */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createBot, type SubscriptionPort } from '../../src/bot.js';
import type { ChannelPoster } from '../../src/briefing/ports.js';
import { loadConfig } from '../config.js';
import { loadReloadableEngine } from '../load-engine.js';
import { createLogger } from '../logger.js';
import { runShell } from '../shell/index.js';
import type { CliContext } from './context.js';

const here = (rel: string): boolean => existsSync(new URL(rel, import.meta.url));

export async function run(_args: string[], ctx: CliContext): Promise<number> {
  const config = loadConfig(ctx.env);
  const platforms = !!(config.slack || config.discord);
  const logger = createLogger(platforms ? config.logLevel : 'warn');
  const engine = await loadReloadableEngine({ dataDir: config.dataDir, logger });
  const stats = engine.stats();

  if (!platforms) {
    const bot = createBot({ engine, prefix: '' });
    await runShell({
      bot,
      input: process.stdin,
      output: ctx.stdout,
      historyFile: join(homedir(), '.attache_history'),
      banner: `Attaché — ${stats.releases} release(s), ${stats.facts} facts from ${config.dataDir}. No Slack or Discord credentials set: terminal chat.`,
    });
    return 0;
  }

  const stops: Array<() => Promise<void> | void> = [];
  let subscriptions: SubscriptionPort | undefined;
  let briefing: { start(posters: ChannelPoster[]): void; stop(): void } | undefined;
  if (here('../briefing/index.js')) {
    const mod = await import('../briefing/index.js');
    const runtime = mod.createBriefingRuntime({ config, engine, logger });
    subscriptions = runtime.subscriptions;
    briefing = runtime;
    stops.push(() => runtime.stop());
  }
  const bot = createBot({ engine, ...(subscriptions ? { subscriptions } : {}) });
  const posters: ChannelPoster[] = [];
  if (config.slack) {
    const { startSlack } = await import('../slack/index.js');
    const slack = await startSlack({ config: config.slack, bot, logger });
    posters.push(slack.poster);
    stops.push(() => slack.stop());
    logger.info({ port: slack.port, socketMode: !!config.slack.appToken }, 'slack adapter started');
  }
  if (config.discord) {
    const { startDiscord } = await import('../discord/index.js');
    const discord = await startDiscord({ config: config.discord, bot, logger });
    posters.push(discord.poster);
    stops.push(() => discord.stop());
    logger.info('discord adapter started');
  }
  briefing?.start(posters);
  if (here('../fetch/index.js')) {
    const { startFetchSchedule, resolveSources } = await import('../fetch/index.js');
    if (resolveSources({ dataDir: config.dataDir, configSources: config.sources }).length) {
      // new releases reach the running bot: the index is reloaded after each fetch that added some
      const schedule = startFetchSchedule({ config, logger, onNew: () => void engine.reload().catch((err: unknown) => logger.warn({ err: String(err) }, 'engine reload failed')) });
      stops.push(() => schedule.stop());
    }
  }
  logger.info(stats, 'attache serving');
  await new Promise<void>((resolveStop) => {
    const stop = async (signal: string): Promise<void> => {
      logger.info({ signal }, 'stopping');
      for (const s of stops.reverse()) { try { await s(); } catch (err) { logger.warn({ err: String(err) }, 'stop failed'); } }
      resolveStop();
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  });
  return 0;
}
