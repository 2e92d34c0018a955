/** The Discord handlers called directly with fake messages and interactions (no SDK, no network). */
import { describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot.js';
import { silentLogger } from '../../src/logger.js';
import { handleMention, handleSlash, stripBotMention, type MentionMessage, type SlashInteraction } from '../../adapters/discord/handlers.js';
import { isMissingPermission } from '../../adapters/discord/send.js';
import { fakeEngine } from './fake-engine.js';

const BOT_ID = '42424242424242';

function fakeMessage(over: Partial<MentionMessage> & { mentioned?: boolean; replyError?: unknown } = {}): MentionMessage & { sent: any[] } {
  const sent: any[] = [];
  const { mentioned = true, replyError, ...rest } = over;
  return {
    id: '1', content: `<@${BOT_ID}> when did ROK–Kazakhstan strategic partnership start?`, channelId: 'c1', guildId: 'g1',
    author: { id: 'u1', bot: false },
    mentions: { users: { has: (id: string) => mentioned && id === BOT_ID } },
    reply: async (o) => { if (replyError) throw replyError; sent.push(o); return {}; },
    sent,
    ...rest,
  };
}

function fakeInteraction(sub: string, options: Record<string, string> = {}): SlashInteraction & { calls: Array<[string, any]> } {
  const calls: Array<[string, any]> = [];
  return {
    id: 'i1', commandName: 'brief', channelId: 'c1', guildId: 'g1', user: { id: 'u1' },
    options: { getSubcommand: () => sub, getString: (n: string) => options[n] ?? null },
    reply: async (o) => { calls.push(['reply', o]); return {}; },
    deferReply: async () => { calls.push(['defer', null]); return {}; },
    editReply: async (o) => { calls.push(['edit', o]); return {}; },
    followUp: async (o) => { calls.push(['followUp', o]); return {}; },
    calls,
  };
}

const deps = (bot: Bot = createBot({ engine: fakeEngine() })) => ({ bot, logger: silentLogger, deferAfterMs: 50 });

describe('stripBotMention', () => {
  it.each([
    [`<@${BOT_ID}> hello`, 'hello'],
    [`<@!${BOT_ID}>   hello  there`, 'hello there'],
    [`ask <@${BOT_ID}> in the middle`, 'ask in the middle'],
    [`<@123> keeps other users`, '<@123> keeps other users'],
  ])('turns %j into %j', (input, expected) => {
    expect(stripBotMention(input, BOT_ID)).toBe(expected);
  });
});

describe('handleMention', () => {
  it('answers a mention with the bot\'s reply, never pinging', async () => {
    const msg = fakeMessage();
    expect(await handleMention(msg, BOT_ID, deps())).toBe('answered');
    expect(msg.sent[0].embeds[0].title).toBe('2009');
    expect(msg.sent[0].allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('ignores a guild message that does not mention the bot', async () => {
    const msg = fakeMessage({ mentioned: false });
    expect(await handleMention(msg, BOT_ID, deps())).toBe('ignored');
    expect(msg.sent).toHaveLength(0);
  });

  it('answers a direct message without a mention', async () => {
    const msg = fakeMessage({ mentioned: false, guildId: null, content: 'when did ROK–Kazakhstan strategic partnership start?' });
    expect(await handleMention(msg, BOT_ID, deps())).toBe('answered');
  });

  it('ignores system messages and bots', async () => {
    expect(await handleMention(fakeMessage({ system: true }), BOT_ID, deps())).toBe('ignored');
    expect(await handleMention(fakeMessage({ author: { id: 'b', bot: true } }), BOT_ID, deps())).toBe('ignored');
  });

  it('skips a channel where Discord answers 403, without throwing', async () => {
    const msg = fakeMessage({ replyError: Object.assign(new Error('Missing Permissions'), { status: 403, code: 50013 }) });
    expect(await handleMention(msg, BOT_ID, deps())).toBe('skipped');
  });

  it('tells the user when the bot itself fails', async () => {
    const broken: Bot = { handle: async () => { throw new Error('boom'); }, run: async () => { throw new Error('boom'); } };
    const msg = fakeMessage();
    expect(await handleMention(msg, BOT_ID, deps(broken))).toBe('answered');
    expect(msg.sent[0].embeds[0].description).toMatch(/something went wrong/);
  });
});

describe('handleSlash', () => {
  it('replies at once when the answer is ready', async () => {
    const i = fakeInteraction('ask', { question: 'when did ROK–Kazakhstan strategic partnership start?' });
    expect(await handleSlash(i, deps())).toBe('answered');
    expect(i.calls.map((c) => c[0])).toEqual(['reply']);
  });

  it('defers, then edits, when the answer takes longer than the defer threshold', async () => {
    const slow: Bot = { handle: () => new Promise((r) => setTimeout(() => r({ kind: 'text', text: 'late' }), 120)), run: async () => ({ kind: 'text', text: '' }) };
    const i = fakeInteraction('status');
    expect(await handleSlash(i, deps(slow))).toBe('answered');
    expect(i.calls.map((c) => c[0])).toEqual(['defer', 'edit']);
    expect(i.calls[1]![1].embeds[0].description).toBe('late');
  });

  it('passes subscribe options to the bot as "subscribe <time> <countries>"', async () => {
    const seen: string[] = [];
    const bot: Bot = { handle: async (text) => { seen.push(text); return { kind: 'text', text: 'ok' }; }, run: async () => ({ kind: 'text', text: '' }) };
    await handleSlash(fakeInteraction('subscribe', { time: '08:00', countries: 'Kazakhstan, Uzbekistan' }), deps(bot));
    await handleSlash(fakeInteraction('latest'), deps(bot));
    expect(seen).toEqual(['subscribe 08:00 Kazakhstan, Uzbekistan', 'latest']);
  });

  it('answers an unknown (stale) subcommand with an error instead of asking the engine', async () => {
    const i = fakeInteraction('frobnicate');
    await handleSlash(i, deps());
    expect(i.calls[0]![1].embeds[0].description).toContain('Unknown subcommand "frobnicate"');
  });

  it('ignores other commands', async () => {
    const i = { ...fakeInteraction('ask'), commandName: 'other' };
    expect(await handleSlash(i, deps())).toBe('ignored');
  });
});

describe('isMissingPermission', () => {
  it.each([
    [{ status: 403, code: 50013 }, true],
    [{ status: 403, code: 50001 }, true],
    [{ status: 400, code: 160002 }, true],
    [{ status: 400, code: 50035 }, false],
    [{ status: 500 }, false],
    [new Error('network'), false],
  ])('classifies %j as %s', (error, expected) => {
    expect(isMissingPermission(error)).toBe(expected);
  });
});
