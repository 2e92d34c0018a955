/** Start-up fails fast, naming the variable, when Slack refuses the token or the HTTP secret is missing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack } from '../../adapters/slack/index.js';
import { createBot } from '../../src/bot.js';
import { AttacheError } from '../../src/errors.js';
import { createFakeEngine, memoryLogger, startSlackStandIn, type SlackStandIn } from './stand-in.js';

describe('startSlack', () => {
  let api: SlackStandIn;
  beforeAll(async () => { api = await startSlackStandIn(); });
  afterAll(async () => { await api.close(); });
  const bot = createBot({ engine: createFakeEngine() });

  it('stops with an error naming SLACK_BOT_TOKEN when auth.test refuses the token, before listening', async () => {
    api.script('auth.test', { body: { ok: false, error: 'invalid_auth' } });
    const error = await startSlack({
      config: { botToken: 'xoxb-revoked', signingSecret: 's', apiUrl: api.apiUrl, command: '/brief', port: 0, host: '127.0.0.1' },
      bot, logger: memoryLogger().logger,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AttacheError);
    expect((error as AttacheError).code).toBe('config_invalid');
    expect((error as AttacheError).message).toBe('attache: SLACK_BOT_TOKEN was refused by Slack (invalid_auth)');
  });

  it('refuses HTTP mode without a signing secret, naming SLACK_SIGNING_SECRET', async () => {
    const error = await startSlack({
      config: { botToken: 'xoxb-x', signingSecret: '', apiUrl: api.apiUrl, command: '/brief', port: 0 },
      bot, logger: memoryLogger().logger,
    }).catch((e: unknown) => e);
    expect((error as AttacheError).code).toBe('config_missing');
    expect((error as AttacheError).message).toContain('SLACK_SIGNING_SECRET');
  });
});
