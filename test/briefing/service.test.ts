import { afterEach, describe, expect, it } from 'vitest';
import pino from 'pino';
import { createBriefingRuntime, type BriefingRuntime } from '../../adapters/briefing/index.js';
import { createBot, type ChannelRef } from '../../src/bot.js';
import type { ListReply, TextReply } from '../../src/reply.js';
import { captureLogger, fakeClock, fakeEngine, recordingPoster, tempDb, testConfig, type FakeClock } from './fakes.js';

// 10:00 in Seoul on 5 March 2024; the next 08:00 Seoul slot is 2024-03-05T23:00Z and covers 5 March
const SUBSCRIBED_AT = '2024-03-05T01:00:00Z';
const SLOT_1 = '2024-03-05T23:00:00Z';
const SLOT_2 = '2024-03-06T23:00:00Z';
const C1: ChannelRef = { platform: 'slack', channelId: 'C1' };
const MINUTE = 60_000;

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => { for (const c of cleanups.splice(0).reverse()) await c(); });

function setup(env: Record<string, string> = { BRIEFING_SLACK_CHANNELS: 'C1' }) {
  const db = tempDb();
  cleanups.push(db.cleanup);
  const clock = fakeClock(SUBSCRIBED_AT);
  const engine = fakeEngine();
  const config = testConfig({ ATTACHE_DB: db.path, ...env });
  const open = (opts: { clock?: FakeClock; logger?: pino.Logger; leaseMs?: number } = {}): BriefingRuntime => {
    const rt = createBriefingRuntime({ config, engine, logger: opts.logger ?? pino({ level: 'silent' }), clock: opts.clock ?? clock, leaseMs: opts.leaseMs ?? 5 * MINUTE, retry: { baseDelayMs: MINUTE } });
    cleanups.push(() => rt.stop());
    return rt;
  };
  return { clock, open, db };
}

const itemsOf = (reply: unknown): string[] => (reply as ListReply).groups.flatMap((g) => g.items.map((i) => i.release!));

describe('briefing service over SQLite', () => {
  it('posts once per channel per slot, across restarts, and each post covers only new days', async () => {
    const { clock, open } = setup();
    const poster = recordingPoster();
    const first = open();
    clock.set(SLOT_1);
    expect((await first.postDue([poster])).map((r) => r.outcome)).toEqual(['posted']);
    await first.stop();

    const second = open();
    expect((await second.postDue([poster])).map((r) => r.outcome)).toEqual(['already']);
    expect(poster.posts).toHaveLength(1);
    expect(poster.posts[0]!.channelId).toBe('C1');
    expect(itemsOf(poster.posts[0]!.reply).sort()).toEqual(['r-0305-kaz', 'r-0305-uzb']);

    clock.set(SLOT_2);
    await second.postDue([poster]);
    await second.postDue([poster]);
    expect(poster.posts).toHaveLength(2);
    expect(itemsOf(poster.posts[1]!.reply).sort()).toEqual(['r-0306-fra', 'r-0306-none']);
  });

  it('posts exactly once after a crash between claim and post, once the lease has expired', async () => {
    const { clock, open } = setup();
    const crashed = open({ leaseMs: 5 * MINUTE });
    clock.set(SLOT_1);
    // the crashed process claimed the slot and died before posting
    expect(crashed.store.claim({ platform: 'slack', channelId: 'C1', slot: new Date(SLOT_1).toISOString(), owner: 'dead-process', now: clock.now().getTime(), leaseMs: 5 * MINUTE, maxAttempts: 5, windowFrom: '2024-03-05', windowTo: '2024-03-05' })).not.toBeNull();
    await crashed.stop();

    const poster = recordingPoster();
    const restarted = open();
    clock.advance(MINUTE);
    expect((await restarted.postDue([poster])).map((r) => r.outcome)).toEqual(['held']);
    expect(poster.posts).toHaveLength(0);
    clock.advance(5 * MINUTE);
    expect((await restarted.postDue([poster])).map((r) => r.outcome)).toEqual(['posted']);
    clock.advance(10 * MINUTE);
    await restarted.postDue([poster]);
    expect(poster.posts).toHaveLength(1);
    expect(restarted.store.recentPosts('slack', 'C1', 1)[0]).toMatchObject({ state: 'posted', attempts: 2, messageId: 'slack-1' });
  });

  it('posts once when two instances share one database', async () => {
    const { clock, open } = setup({ BRIEFING_SLACK_CHANNELS: 'C1,C2,C3' });
    const posts: ReturnType<typeof recordingPoster>['posts'] = [];
    const a = open();
    const b = open();
    clock.set(SLOT_1);
    await Promise.all([a.postDue([recordingPoster('slack', posts)]), b.postDue([recordingPoster('slack', posts)]), a.postDue([recordingPoster('slack', posts)])]);
    expect(posts.map((p) => p.channelId).sort()).toEqual(['C1', 'C2', 'C3']);
  });

  it('catches up a slot missed by less than 12 hours once, on start', async () => {
    const { clock, open } = setup();
    await open().stop(); // subscribed, then the bot went down
    clock.set('2024-03-06T04:00:00Z'); // 5 h after the slot
    const poster = recordingPoster();
    const rt = open();
    rt.start([poster]);
    await rt.postDue([poster]); // runs after the start-up pass
    await rt.postDue([poster]);
    expect(poster.posts).toHaveLength(1);
    expect(itemsOf(poster.posts[0]!.reply).sort()).toEqual(['r-0305-kaz', 'r-0305-uzb']);
  });

  it('posts from its own croner ticker once the slot comes, without a manual pass', async () => {
    const { clock, db } = setup();
    const poster = recordingPoster();
    const rt = createBriefingRuntime({ config: testConfig({ ATTACHE_DB: db.path, BRIEFING_SLACK_CHANNELS: 'C1' }), engine: fakeEngine(), logger: pino({ level: 'silent' }), clock, tick: '* * * * * *' });
    cleanups.push(() => rt.stop());
    rt.start([poster]);
    await new Promise((r) => setTimeout(r, 50));
    expect(poster.posts).toHaveLength(0);
    clock.set(SLOT_1);
    const deadline = Date.now() + 3000;
    while (poster.posts.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(poster.posts).toHaveLength(1);
  });

  it('skips a slot missed by more than 12 hours with a log line, and the next briefing covers its days', async () => {
    const { clock, open } = setup();
    await open().stop();
    clock.set('2024-03-06T12:00:00Z'); // 13 h after the slot
    const { logger, lines } = captureLogger();
    const poster = recordingPoster();
    const rt = open({ logger });
    expect((await rt.postDue([poster])).map((r) => r.outcome)).toEqual(['skipped']);
    expect(await rt.postDue([poster])).toEqual([]);
    expect(poster.posts).toHaveLength(0);
    expect(lines().filter((l) => String(l.msg).includes('skipped'))).toHaveLength(1);
    expect(((await rt.subscriptions.status(C1)) as TextReply).text).toMatch(/Skipped/);

    clock.set(SLOT_2);
    await rt.postDue([poster]);
    expect(itemsOf(poster.posts[0]!.reply).sort()).toEqual(['r-0305-kaz', 'r-0305-uzb', 'r-0306-fra', 'r-0306-none']);
  });

  it('posts a no-news line saying since when when nothing was published', async () => {
    const { clock, open } = setup();
    const rt = open();
    const poster = recordingPoster();
    clock.set(SLOT_2);
    await rt.postDue([poster]); // covers 5–6 March
    clock.set('2024-03-07T23:00:00Z');
    await rt.postDue([poster]); // 7 March: nothing
    const reply = poster.posts[1]!.reply as ListReply;
    expect(reply.kind).toBe('list');
    expect(reply.groups).toEqual([]);
    expect(reply.empty).toBe('No new releases since 7 March 2024.');
    expect(reply.title).toContain('7 March 2024');
  });

  it('narrows a chat subscription to its countries, at its own time', async () => {
    const { clock, open } = setup({});
    const rt = open();
    const reply = await rt.subscriptions.subscribe({ platform: 'discord', channelId: 'D9' }, { time: '09:30', countries: ['Uzbekistan'] });
    expect(reply).toMatchObject({ kind: 'text' });
    expect((reply as TextReply).text).toMatch(/09:30 \(Asia\/Seoul\), about Uzbekistan/);
    const poster = recordingPoster('discord');
    clock.set('2024-03-05T23:00:00Z');
    expect(await rt.postDue([poster])).toEqual([]);
    clock.set('2024-03-06T00:30:00Z'); // 09:30 in Seoul
    await rt.postDue([poster]);
    expect(poster.posts.map((p) => p.channelId)).toEqual(['D9']);
    expect(itemsOf(poster.posts[0]!.reply)).toEqual(['r-0305-uzb']);
  });

  it('answers the bot\'s subscribe, status and pause commands typed in chat', async () => {
    const { open } = setup({});
    const rt = open();
    const bot = createBot({ engine: fakeEngine(), subscriptions: rt.subscriptions });
    const channel: ChannelRef = { platform: 'slack', channelId: 'C4', workspaceId: 'T1' };
    expect(((await bot.handle('subscribe 07:30 Kazakhstan', channel)) as TextReply).text).toMatch(/07:30 \(Asia\/Seoul\), about Kazakhstan/);
    expect(rt.store.getSubscription('slack', 'C4')).toMatchObject({ schedule: '30 7 * * *', countries: ['KAZ'], workspaceId: 'T1', source: 'chat' });
    expect(((await bot.handle('status', channel)) as TextReply).text).toMatch(/Next post: 6 March 2024 07:30 \(Asia\/Seoul\), covering 5 March 2024/);
    await bot.handle('pause', channel);
    expect(((await bot.handle('status', channel)) as TextReply).text).toMatch(/PAUSED[\s\S]*Next post: none while paused/);
    expect(await bot.handle('subscribe', { platform: 'shell', channelId: 'tty' })).toMatchObject({ tone: 'error' });
  });

  it('refuses an unknown country and reads multi-word ones', async () => {
    const { open } = setup({});
    const rt = open();
    expect(await rt.subscriptions.subscribe({ platform: 'slack', channelId: 'C5' }, { countries: ['Atlantis'] })).toMatchObject({ tone: 'error' });
    const ok = await rt.subscriptions.subscribe({ platform: 'slack', channelId: 'C5' }, { countries: ['South', 'Africa', 'Kazakhstan'] });
    expect((ok as TextReply).text).toContain('about South Africa, Kazakhstan');
  });

  it('does not post while paused, and resumes without losing the days in between', async () => {
    const { clock, open } = setup();
    const rt = open();
    const poster = recordingPoster();
    expect(await rt.subscriptions.pause(C1)).toMatchObject({ kind: 'text' });
    clock.set(SLOT_1);
    await rt.postDue([poster]);
    expect(poster.posts).toHaveLength(0);
    await rt.subscriptions.resume(C1);
    clock.set(SLOT_2);
    await rt.postDue([poster]);
    expect(poster.posts).toHaveLength(1);
    expect(itemsOf(poster.posts[0]!.reply)).toHaveLength(4);
  });

  it('posts 08:00 Asia/Seoul at 23:00 UTC the day before, not earlier', async () => {
    const { clock, open } = setup();
    const rt = open();
    const poster = recordingPoster();
    clock.set('2024-03-05T22:59:59Z');
    await rt.postDue([poster]);
    expect(poster.posts).toHaveLength(0);
    clock.set('2024-03-05T23:00:00Z');
    await rt.postDue([poster]);
    expect(poster.posts).toHaveLength(1);
    expect(rt.store.recentPosts('slack', 'C1', 1)[0]!.slot).toBe('2024-03-05T23:00:00.000Z');
  });

  it('does not flood a new subscription with a slot from before it existed', async () => {
    const { clock, open } = setup({});
    const rt = open();
    clock.set('2024-03-06T02:00:00Z'); // 11:00 in Seoul, three hours after today's slot
    await rt.subscriptions.subscribe({ platform: 'slack', channelId: 'C7' }, { countries: [] });
    const poster = recordingPoster();
    expect(await rt.postDue([poster])).toEqual([]);
    expect(poster.posts).toHaveLength(0);
  });

  it('marks a failed post, retries it with backoff, and reports the error in status', async () => {
    const { clock, open } = setup();
    const { logger, lines } = captureLogger();
    const rt = open({ logger });
    const poster = recordingPoster();
    poster.fail = 2;
    clock.set(SLOT_1);
    expect((await rt.postDue([poster])).map((r) => r.outcome)).toEqual(['failed']);
    const status = (await rt.subscriptions.status(C1)) as TextReply;
    expect(status.text).toMatch(/Last error: channel_not_found .*attempt 1 of 5; retrying at/);
    expect((await rt.postDue([poster])).map((r) => r.outcome)).toEqual(['held']); // not before the backoff
    clock.advance(MINUTE);
    expect((await rt.postDue([poster])).map((r) => r.outcome)).toEqual(['failed']);
    clock.advance(MINUTE); // second backoff is two minutes
    expect((await rt.postDue([poster])).map((r) => r.outcome)).toEqual(['held']);
    clock.advance(MINUTE);
    expect((await rt.postDue([poster])).map((r) => r.outcome)).toEqual(['posted']);
    expect(poster.posts).toHaveLength(1);
    expect(lines().filter((l) => l.level === 50)).toHaveLength(2);
    expect(((await rt.subscriptions.status(C1)) as TextReply).text).toMatch(/Last post: 6 March 2024 08:00 \(Asia\/Seoul\), covering 5 March 2024 \(message slack-1\)/);
  });

  it('pauses a configured channel on unsubscribe, because configuration would bring it back', async () => {
    const { open } = setup();
    const rt = open();
    expect(((await rt.subscriptions.unsubscribe(C1)) as TextReply).text).toMatch(/paused instead/);
    expect(rt.store.getSubscription('slack', 'C1')!.paused).toBe(true);
    await rt.subscriptions.subscribe({ platform: 'slack', channelId: 'C8' }, { countries: [] });
    expect(((await rt.subscriptions.unsubscribe({ platform: 'slack', channelId: 'C8' })) as TextReply).text).toMatch(/Unsubscribed/);
    expect(rt.store.getSubscription('slack', 'C8')).toBeNull();
  });

  it('previews the next briefing without posting it', async () => {
    const { clock, open } = setup();
    const rt = open();
    clock.set('2024-03-05T22:00:00Z'); // 07:00 in Seoul on 6 March
    const preview = (await rt.subscriptions.preview(C1)) as ListReply;
    expect(preview.title).toContain('Preview');
    expect(itemsOf(preview).sort()).toEqual(['r-0305-kaz', 'r-0305-uzb']);
    expect(rt.store.recentPosts('slack', 'C1', 5)).toEqual([]);
  });
});
