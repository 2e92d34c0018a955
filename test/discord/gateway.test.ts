/** End-to-end: a real discord.js Client logged in against the local stand-in, driven through gateway dispatches. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot.js';
import type { SubscriptionPort } from '../../src/bot.js';
import type { Logger } from '../../src/logger.js';
import type { Reply } from '../../src/reply.js';
import { startDiscord, createDiscordPoster, type DiscordAdapter } from '../../adapters/discord/index.js';
import { DiscordStandIn, BOT, APP_ID, CHANNELS, OTHER_BOT, type RecordedRequest } from './stand-in.js';
import { fakeEngine } from './fake-engine.js';

/** A logger that keeps what it was told, to assert on warnings. */
function captureLogger(): Logger & { entries: Array<{ level: string; obj: unknown; msg?: string }> } {
  const entries: Array<{ level: string; obj: unknown; msg?: string }> = [];
  const at = (level: string) => (obj: object | string, msg?: string) => { entries.push({ level, obj, ...(msg ? { msg } : {}) }); };
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A subscription port that answers with text; preview is slow, to exercise the deferred path. */
function fakeSubscriptions(calls: string[]): SubscriptionPort {
  const text = (t: string): Reply => ({ kind: 'text', text: t });
  return {
    subscribe: async (ch, o) => { calls.push(`subscribe:${ch.channelId}:${o.time ?? ''}:${o.countries.join('|')}`); return text(`Subscribed at ${o.time ?? '08:00'}.`); },
    unsubscribe: async (ch) => { calls.push(`unsubscribe:${ch.channelId}`); return text('Unsubscribed.'); },
    pause: async (ch) => { calls.push(`pause:${ch.channelId}`); return text('Paused.'); },
    resume: async (ch) => { calls.push(`resume:${ch.channelId}`); return text('Resumed.'); },
    preview: async (ch) => { calls.push(`preview:${ch.channelId}`); await sleep(400); return text('Preview of the briefing.'); },
    status: async (ch) => { calls.push(`status:${ch.channelId}:${ch.workspaceId ?? ''}`); return text('Subscribed, 08:00, all countries.'); },
  };
}

const replyTo = (channelId: string, messageId: string) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/channels/${channelId}/messages` && r.body?.message_reference?.message_id === messageId;
const callbackOf = (interactionId: string) => (r: RecordedRequest) => r.method === 'POST' && r.path.startsWith(`/interactions/${interactionId}/`);

describe('the Discord adapter against a local gateway', () => {
  const standIn = new DiscordStandIn();
  const engine = fakeEngine();
  const subCalls: string[] = [];
  const logger = captureLogger();
  let adapter: DiscordAdapter;

  beforeAll(async () => {
    await standIn.start();
    const bot = createBot({ engine, subscriptions: fakeSubscriptions(subCalls) });
    adapter = await startDiscord({ config: { token: standIn.token, apiUrl: standIn.apiUrl }, bot, logger, deferAfterMs: 150 });
  }, 20_000);

  afterAll(async () => {
    await adapter?.stop();
    await standIn.close();
  });

  it('logs in with only the Guilds, GuildMessages and DirectMessages intents, over plain JSON', () => {
    expect(adapter.client.user?.id).toBe(BOT.id);
    expect(standIn.identifies[0].intents).toBe(1 | 512 | 4096);
    expect(standIn.identifies[0].intents & (1 << 15)).toBe(0); // no MessageContent
    const query = standIn.gatewayQueries[0]!;
    expect(query.get('v')).toBe('10');
    expect(query.get('encoding')).toBe('json');
    expect(query.has('compress')).toBe(false);
  });

  it('answers a mention with a reply carrying the answer, the quoted evidence and the source', async () => {
    const id = standIn.sendMessage({ content: `<@${BOT.id}> when did ROK–Kazakhstan strategic partnership start?`, mentionBot: true });
    const req = await standIn.waitFor(replyTo(CHANNELS.general, id));
    expect(engine.calls).toContain('ask:when did ROK–Kazakhstan strategic partnership start?');
    const embed = req.body.embeds[0];
    expect(embed.title).toBe('2009');
    expect(embed.description).toContain('> The two leaders noted that since the establishment of the strategic partnership in 2009');
    expect(embed.description).toContain('[Outcome of Korea–Kazakhstan summit](https://www.mofa.go.kr/');
    expect(embed.description).toContain('2018-04-20');
    expect(req.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(req.body.message_reference.message_id).toBe(id);
    expect(req.authorization).toBe(`Bot ${standIn.token}`);
  });

  it('answers an abstention with the closest facts', async () => {
    const id = standIn.sendMessage({ content: `<@!${BOT.id}> who won the 1966 World Cup?`, mentionBot: true });
    const req = await standIn.waitFor(replyTo(CHANNELS.general, id));
    expect(req.body.embeds[0].title).toBe('Not stated in the releases');
    expect(req.body.embeds[0].description).toContain('**Closest facts**');
    expect(engine.calls).toContain('ask:who won the 1966 World Cup?');
  });

  it('ignores a message that does not mention the bot', async () => {
    const ignored = standIn.sendMessage({ content: 'when did ROK–Uzbekistan relations start? (not for the bot)' });
    const answered = standIn.sendMessage({ content: `<@${BOT.id}> latest`, mentionBot: true });
    await standIn.waitFor(replyTo(CHANNELS.general, answered));
    expect(standIn.requests.some((r) => r.body?.message_reference?.message_id === ignored)).toBe(false);
    expect(engine.calls.some((c) => c.includes('not for the bot'))).toBe(false);
  });

  it('ignores messages from bots, itself included, even when they mention it', async () => {
    const fromBot = standIn.sendMessage({ content: `<@${BOT.id}> bot question Kazakhstan one`, author: OTHER_BOT, mentionBot: true });
    const fromSelf = standIn.sendMessage({ content: `<@${BOT.id}> self question Kazakhstan two`, author: BOT, mentionBot: true });
    const answered = standIn.sendMessage({ content: `<@${BOT.id}> help`, mentionBot: true });
    const req = await standIn.waitFor(replyTo(CHANNELS.general, answered));
    expect(req.body.embeds[0].description).toContain('@Attaché search <words>');
    const refs = standIn.requests.map((r) => r.body?.message_reference?.message_id);
    expect(refs).not.toContain(fromBot);
    expect(refs).not.toContain(fromSelf);
    expect(engine.calls.some((c) => /question Kazakhstan (one|two)/.test(c))).toBe(false);
  });

  it('lets no one be pinged when the question holds @everyone, @here and a role mention', async () => {
    const id = standIn.sendMessage({ content: `<@${BOT.id}> @everyone @here <@&900000000000000099> when did ROK–Kazakhstan strategic partnership start?`, mentionBot: true });
    const req = await standIn.waitFor(replyTo(CHANNELS.general, id));
    expect(req.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    // embeds never ping; the only field that could, content, is not used
    expect(req.body.content ?? '').not.toMatch(/@everyone|@here|<@&/);
    expect(req.body.embeds[0].title).toBe('2009');
  });

  it('answers /brief ask at once with an interaction response of type 4', async () => {
    const { id } = standIn.sendSlash('ask', { question: 'when did ROK–Kazakhstan strategic partnership start?' });
    const req = await standIn.waitFor(callbackOf(id));
    expect(req.body.type).toBe(4);
    expect(req.body.data.embeds[0].title).toBe('2009');
    expect(req.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it.each([
    ['search', { words: 'Uzbekistan' }, 'search:Uzbekistan', 'Releases matching "Uzbekistan"'],
    ['timeline', { country: 'Kazakhstan' }, 'timeline:Kazakhstan', 'Timeline: Kazakhstan'],
    ['latest', { country: 'Uzbekistan' }, 'latest:Uzbekistan', 'Latest about Uzbekistan'],
    ['latest', {}, 'latest:', 'Latest releases'],
  ] as const)('answers /brief %s %j with the engine\'s list', async (sub, options, call, title) => {
    const { id } = standIn.sendSlash(sub, options);
    const req = await standIn.waitFor(callbackOf(id));
    expect(req.body.type).toBe(4);
    expect(req.body.data.embeds[0].title).toBe(title);
    expect(req.body.data.embeds[0].description).toContain('](https://www.mofa.go.kr/');
    expect(engine.calls).toContain(call);
  });

  it('answers /brief help with the registered subcommands', async () => {
    const { id } = standIn.sendSlash('help');
    const req = await standIn.waitFor(callbackOf(id));
    expect(req.body.type).toBe(4);
    const text: string = req.body.data.embeds[0].description;
    for (const sub of ['ask <question>', 'search <words>', 'timeline <country>', 'latest [country]', 'subscribe [time] [countries]', 'status']) {
      expect(text).toContain(`/brief ${sub}`);
    }
  });

  it.each([
    ['subscribe', { time: '07:30', countries: 'Kazakhstan, Uzbekistan' }, `subscribe:${CHANNELS.general}:07:30:Kazakhstan|Uzbekistan`, 'Subscribed at 07:30.'],
    ['unsubscribe', {}, `unsubscribe:${CHANNELS.general}`, 'Unsubscribed.'],
    ['pause', {}, `pause:${CHANNELS.general}`, 'Paused.'],
    ['resume', {}, `resume:${CHANNELS.general}`, 'Resumed.'],
    ['status', {}, `status:${CHANNELS.general}:900000000000000010`, 'Subscribed, 08:00, all countries.'],
  ] as const)('passes /brief %s to the briefing subscriptions', async (sub, options, call, text) => {
    const { id } = standIn.sendSlash(sub, options);
    const req = await standIn.waitFor(callbackOf(id));
    expect(req.body.type).toBe(4);
    expect(req.body.data.embeds[0].description).toBe(text);
    expect(subCalls).toContain(call);
  });

  it('defers a slow /brief preview (type 5) and then edits the original response', async () => {
    const { id, token } = standIn.sendSlash('preview');
    const deferred = await standIn.waitFor(callbackOf(id));
    expect(deferred.body.type).toBe(5);
    const edit = await standIn.waitFor((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`);
    expect(edit.body.embeds[0].description).toBe('Preview of the briefing.');
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('skips a channel that answers 403 without retrying, and keeps answering elsewhere', async () => {
    standIn.failures.set(`POST /channels/${CHANNELS.locked}/messages`, { status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    const locked = standIn.sendMessage({ channelId: CHANNELS.locked, content: `<@${BOT.id}> when did ROK–Kazakhstan strategic partnership start?`, mentionBot: true });
    await standIn.waitFor(replyTo(CHANNELS.locked, locked));
    const next = standIn.sendMessage({ channelId: CHANNELS.news, content: `<@${BOT.id}> when did ROK–Kazakhstan strategic partnership start?`, mentionBot: true });
    const answered = await standIn.waitFor(replyTo(CHANNELS.news, next));
    expect(answered.body.embeds[0].title).toBe('2009');
    await sleep(200);
    expect(standIn.requests.filter((r) => r.path === `/channels/${CHANNELS.locked}/messages`)).toHaveLength(1);
    expect(logger.entries.some((e) => e.level === 'warn' && /missing permission/.test(e.msg ?? '') && (e.obj as { channelId?: string }).channelId === CHANNELS.locked)).toBe(true);
    expect(adapter.client.isReady()).toBe(true);
  });

  it('leaves a 429 to discord.js, which waits retry_after and sends the reply again', async () => {
    standIn.failures.set(`POST /channels/${CHANNELS.news}/messages`, {
      status: 429, times: 1,
      body: { message: 'You are being rate limited.', retry_after: 0.1, global: false },
      headers: { 'retry-after': '0.1', 'x-ratelimit-scope': 'user', 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '0.1', 'x-ratelimit-bucket': 'news' },
    });
    const before = standIn.requests.filter((r) => r.path === `/channels/${CHANNELS.news}/messages`).length;
    const id = standIn.sendMessage({ channelId: CHANNELS.news, content: `<@${BOT.id}> when did ROK–Kazakhstan strategic partnership start?`, mentionBot: true });
    await standIn.waitFor(replyTo(CHANNELS.news, id));
    await sleep(400);
    const sent = standIn.requests.filter((r) => r.path === `/channels/${CHANNELS.news}/messages`).slice(before);
    expect(sent).toHaveLength(2); // the limited attempt, then the retry
    expect(sent.every((r) => r.body.message_reference.message_id === id)).toBe(true);
  });

  it('posts a briefing through the client\'s REST queue and refuses a forbidden channel with a coded error', async () => {
    const reply: Reply = { kind: 'text', title: 'Daily briefing', text: 'Nothing new today.' };
    const { messageId } = await adapter.poster.post(CHANNELS.news, reply);
    expect(messageId).toMatch(/^\d+$/);
    await expect(adapter.poster.post(CHANNELS.locked, reply)).rejects.toMatchObject({ code: 'platform_error' });
  });
});

describe('Discord start-up and REST-only posting', () => {
  const standIn = new DiscordStandIn();
  beforeAll(async () => { await standIn.start(); });
  afterAll(async () => { await standIn.close(); });

  it('fails with an error naming DISCORD_TOKEN when Discord rejects the token', async () => {
    const bot = createBot({ engine: fakeEngine() });
    await expect(startDiscord({ config: { token: 'wrong-token', apiUrl: standIn.apiUrl }, bot, logger: captureLogger() }))
      .rejects.toMatchObject({ code: 'config_invalid', message: expect.stringContaining('DISCORD_TOKEN was rejected') });
    expect(standIn.requests.some((r) => r.path === '/gateway/bot' && r.authorization === 'Bot wrong-token')).toBe(true);
  });

  it('fails with an error naming DISCORD_TOKEN when it is missing', async () => {
    const bot = createBot({ engine: fakeEngine() });
    await expect(startDiscord({ config: { token: '' }, bot, logger: captureLogger() }))
      .rejects.toMatchObject({ code: 'config_missing', message: expect.stringContaining('DISCORD_TOKEN is missing') });
  });

  it('posts over REST alone, with no gateway connection and no pings', async () => {
    const poster = createDiscordPoster({ token: standIn.token, apiUrl: standIn.apiUrl }, captureLogger());
    const { messageId } = await poster.post(CHANNELS.news, { kind: 'text', text: '@everyone briefing' });
    const req = standIn.requests.find((r) => r.method === 'POST' && r.path === `/channels/${CHANNELS.news}/messages`)!;
    expect(messageId).toMatch(/^\d+$/);
    expect(req.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(standIn.identifies).toHaveLength(0);
  });
});
