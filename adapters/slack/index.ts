/** The Slack adapter: a Bolt app over HTTP or Socket Mode, and a poster for scheduled briefings. */
import type { AddressInfo } from 'node:net';
import { App, webApi } from '@slack/bolt';
import type { Logger as PinoLogger } from 'pino';
import type { Bot } from '../../src/bot.js';
import type { ChannelPoster } from '../../src/briefing/ports.js';
import { AttacheError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import type { Reply } from '../../src/reply.js';
import type { Config } from '../config.js';
import { boltLogger } from './bolt-logger.js';
import { registerSlackListeners } from './listeners.js';
import { renderReply } from './render.js';
import { slackErrorCode, slackErrorFields } from './slack-errors.js';

export { registerSlackListeners } from './listeners.js';
export { renderReply, LIMITS, escapeMrkdwn } from './render.js';

/** The Slack part of the configuration. */
export type SlackConfig = NonNullable<Config['slack']>;

/** A started Slack adapter. */
export interface SlackRuntime {
  app: App;
  /** The port actually listened on (HTTP mode; useful when PORT=0). */
  port?: number;
  stop(): Promise<void>;
  /** Posts briefings to channels. */
  poster: ChannelPoster;
}

/**
 * Retries for replies a user is waiting for: a 429 waits its Retry-After (WebClient does that itself when
 * rejectRateLimitedCalls is false), other failures back off briefly; three tries, not Slack's default 30 minutes.
 */
export const INTERACTIVE_RETRY: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 100, maxTimeout: 2000, randomize: true };

/** Retries for scheduled posts, which can wait longer. */
export const BRIEFING_RETRY: webApi.RetryOptions = webApi.retryPolicies.fiveRetriesInFiveMinutes;

const clientOptions = (config: SlackConfig, retryConfig: webApi.RetryOptions): webApi.WebClientOptions => ({
  retryConfig,
  rejectRateLimitedCalls: false,
  ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
});

/** A poster over an existing Web API client. */
export function posterFromClient(client: webApi.WebClient, logger: Logger): ChannelPoster {
  return {
    platform: 'slack',
    async post(channelId: string, reply: Reply) {
      try {
        const res = await client.chat.postMessage({ channel: channelId, ...renderReply(reply), unfurl_links: false, unfurl_media: false });
        return { messageId: String(res.ts ?? '') };
      } catch (error) {
        logger.error({ ...slackErrorFields(error), channel: channelId }, 'slack: posting a briefing failed');
        throw new AttacheError('platform_error', `Slack refused the post to ${channelId} (${slackErrorCode(error)})`, error);
      }
    },
  };
}

/** Posts replies with chat.postMessage without starting an app (used by `attache brief --post`). */
export function createSlackPoster(config: SlackConfig, logger: Logger | PinoLogger): ChannelPoster {
  const client = new webApi.WebClient(config.botToken, { ...clientOptions(config, BRIEFING_RETRY), logger: boltLogger(logger as Logger) });
  return posterFromClient(client, logger as Logger);
}

/**
 * Starts the Slack app: Socket Mode when an app token is configured, otherwise HTTP on config.port/host
 * (Bolt's POST /slack/events, plus GET /healthz). The bot token is checked with auth.test before listening.
 */
export async function startSlack(opts: { config: SlackConfig; bot: Bot; logger: PinoLogger }): Promise<SlackRuntime> {
  const { config, bot } = opts;
  const logger = opts.logger as unknown as Logger;
  const socketMode = Boolean(config.appToken);
  if (!socketMode && !config.signingSecret) throw new AttacheError('config_missing', 'SLACK_SIGNING_SECRET is missing (needed for HTTP mode)');
  const app = new App({
    token: config.botToken,
    ...(socketMode
      ? { socketMode: true, appToken: config.appToken }
      : {
          signingSecret: config.signingSecret,
          customRoutes: [{ path: '/healthz', method: ['GET'], handler: (_req, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('ok'); } }],
        }),
    logger: boltLogger(logger),
    clientOptions: clientOptions(config, INTERACTIVE_RETRY),
    // init() below runs auth.test now, so a bad token stops start-up instead of failing every event
    deferInitialization: true,
  });
  registerSlackListeners(app, { bot, logger, command: config.command });
  try {
    await app.init();
  } catch (error) {
    throw new AttacheError('config_invalid', `SLACK_BOT_TOKEN was refused by Slack (${slackErrorCode(error)})`, error);
  }
  let port: number | undefined;
  if (socketMode) {
    await app.start();
    logger.info({ mode: 'socket', command: config.command }, 'slack: connected in Socket Mode');
  } else {
    const server = await app.start({ port: config.port, ...(config.host ? { host: config.host } : {}) });
    port = (server.address() as AddressInfo).port;
    logger.info({ mode: 'http', port, command: config.command }, 'slack: listening for events on /slack/events');
  }
  return {
    app,
    ...(port !== undefined ? { port } : {}),
    stop: async () => { await app.stop(); },
    poster: createSlackPoster(config, logger),
  };
}
