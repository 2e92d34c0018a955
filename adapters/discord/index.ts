/** The Discord face of Attaché: logs a discord.js client in and wires mentions and /brief to the bot. */
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, Partials, REST } from 'discord.js';
import type pino from 'pino';
import type { Config } from '../config.js';
import type { Bot } from '../../src/bot.js';
import type { ChannelPoster } from '../../src/briefing/ports.js';
import { AttacheError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import { register } from './handlers.js';
import { NO_MENTIONS, errorSummary, posterOverRest } from './send.js';

export { commandDefinitions } from './commands.js';
export { renderReply, LIMITS } from './render.js';

/** Discord settings, as loadConfig returns them. */
export type DiscordConfig = NonNullable<Config['discord']>;

/**
 * Only what the bot uses: guild and channel metadata, messages in guilds and DMs. No MessageContent:
 * Discord still sends the content of messages that mention the bot, and of DMs.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;

/** How long to wait for the gateway's READY (and the guilds) after login. */
const READY_TIMEOUT_MS = 30_000;

/** Options of startDiscord. */
export interface StartDiscordOptions {
  config: DiscordConfig;
  bot: Bot;
  logger: pino.Logger | Logger;
  /** Slash commands slower than this are deferred; default 1500 ms. */
  deferAfterMs?: number;
}

/** A running Discord adapter. */
export interface DiscordAdapter {
  client: Client;
  /** Posts briefings through the same REST queue as the client. */
  poster: ChannelPoster;
  stop(): Promise<void>;
}

function requireToken(config: DiscordConfig | undefined): DiscordConfig {
  if (!config?.token?.trim()) throw new AttacheError('config_missing', 'DISCORD_TOKEN is missing: set it to the bot token from the Discord Developer Portal');
  return config;
}

/** Turns a login failure into an error that names what to fix. */
function loginError(error: unknown, config: DiscordConfig): AttacheError {
  const code = (error as { code?: unknown })?.code;
  const where = config.apiUrl ? ` (DISCORD_API_URL=${config.apiUrl})` : '';
  if (code === 'TokenInvalid' || (error as { status?: unknown })?.status === 401) {
    return new AttacheError('config_invalid', `DISCORD_TOKEN was rejected by Discord (401 Unauthorized)${where}: copy the bot token again from the Developer Portal, Bot page`, error);
  }
  if (code === 'DisallowedIntents') {
    return new AttacheError('config_invalid', 'Discord refused the gateway intents (Guilds, GuildMessages, DirectMessages): check the application\'s Bot settings', error);
  }
  return new AttacheError('platform_error', `could not connect to Discord${where}: ${(error as Error)?.message ?? String(error)}`, error);
}

/** Logs a discord.js client in, registers the listeners, and resolves once the gateway is ready. */
export async function startDiscord(opts: StartDiscordOptions): Promise<DiscordAdapter> {
  const config = requireToken(opts.config);
  if (!opts.bot) throw new AttacheError('option_invalid', 'option "bot" must be provided');
  const logger: Logger = opts.logger;
  const client = new Client({
    intents: [...INTENTS],
    // DM channels are not cached until a message arrives in them; without this, DMs would be dropped
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  register(client, { bot: opts.bot, logger, ...(opts.deferAfterMs !== undefined ? { deferAfterMs: opts.deferAfterMs } : {}) });
  const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(READY_TIMEOUT_MS) });
  ready.catch(() => undefined);
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy().catch(() => undefined);
    const wrapped = (error as { name?: string })?.name === 'AbortError'
      ? new AttacheError('platform_error', `Discord gateway did not become ready within ${READY_TIMEOUT_MS / 1000} s`, error)
      : loginError(error, config);
    logger.error(errorSummary(error), wrapped.message);
    throw wrapped;
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord: logged in');
  return {
    client,
    poster: posterOverRest(client.rest, logger),
    async stop() {
      await client.destroy();
    },
  };
}

/** A poster that talks to Discord's REST API only (no gateway connection), for `attache brief --post`. */
export function createDiscordPoster(config: DiscordConfig, logger: pino.Logger | Logger): ChannelPoster {
  const { token, apiUrl } = requireToken(config);
  const rest = new REST({ version: '10', ...(apiUrl ? { api: apiUrl } : {}) }).setToken(token);
  return posterOverRest(rest, logger);
}
