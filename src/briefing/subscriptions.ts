/** The chat side of briefings: /brief subscribe | unsubscribe | pause | resume | preview | status, over the briefing service. */
import type { ChannelRef, SubscriptionPort } from '../bot.js';
import type { Engine } from '../engine-types.js';
import { countryName } from '../facts/countries.js';
import type { Reply, TextReply } from '../reply.js';
import { addDays, formatDay, formatPeriod, localDay, localTime } from './days.js';
import { cronToTime, timeToCron } from './schedule.js';
import type { BriefingService } from './service.js';
import type { BriefingPlatform, PostRecord, Subscription } from './store.js';

const text = (t: string, title?: string): TextReply => ({ kind: 'text', text: t, ...(title ? { title } : {}) });
const error = (t: string): TextReply => ({ kind: 'text', tone: 'error', text: t });

const NOT_SUBSCRIBED = 'This channel has no daily briefing. Start one with `subscribe [HH:MM] [country …]`.';
const SHELL = 'Briefings are posted to Slack or Discord channels; in the terminal, use `attache brief` or `preview`.';

/** Reads country words greedily, longest spelling first, so "South Africa" is one country and not "South" + "Africa". */
export function resolveCountries(words: string[], resolve: Engine['resolveCountry']): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let len = Math.min(4, words.length - i); len >= 1 && !matched; len--) {
      const hit = resolve(words.slice(i, i + len).join(' '));
      // the resolver finds a country anywhere in the text: a span whose last word adds nothing is not one name
      const shorter = len > 1 ? resolve(words.slice(i, i + len - 1).join(' ')) : null;
      if (hit && hit.code !== shorter?.code) { if (!codes.includes(hit.code)) codes.push(hit.code); matched = len; }
    }
    if (!matched) { unknown.push(words[i]!); matched = 1; }
    i += matched;
  }
  return { codes, unknown };
}

function describeSchedule(sub: Pick<Subscription, 'schedule' | 'timezone'>): string {
  const time = cronToTime(sub.schedule);
  return time ? `every day at ${time} (${sub.timezone})` : `on the schedule \`${sub.schedule}\` (${sub.timezone})`;
}

const describeCountries = (codes: string[]): string => (codes.length ? `about ${codes.map(countryName).join(', ')}` : 'about every country');

function at(instant: Date | number, timeZone: string): string {
  const d = new Date(instant);
  return `${formatDay(localDay(d, timeZone))} ${localTime(d, timeZone)} (${timeZone})`;
}

/** The SubscriptionPort the bot uses, backed by the briefing service and its store. */
export function createSubscriptionPort(service: BriefingService, engine: Pick<Engine, 'resolveCountry'>): SubscriptionPort {
  const { store, clock } = service;
  const platformOf = (channel: ChannelRef): BriefingPlatform | null => (channel.platform === 'shell' ? null : channel.platform);

  const nextPost = (sub: Subscription): string => {
    const next = service.scheduleOf(sub).nextSlot(clock.now());
    if (!next) return 'no further slot in the schedule';
    const w = service.windowFor(sub, next);
    return w.from <= w.to ? `${at(next, sub.timezone)}, covering ${formatPeriod(w.from, w.to)}` : `${at(next, sub.timezone)}`;
  };

  return {
    async subscribe(channel, opts) {
      const platform = platformOf(channel);
      if (!platform) return error(SHELL);
      const schedule = opts.time ? timeToCron(opts.time) : null;
      if (opts.time && !schedule) return error(`"${opts.time.slice(0, 10)}" is not a time of day; use HH:MM, e.g. 08:00.`);
      const { codes, unknown } = resolveCountries(opts.countries, engine.resolveCountry);
      if (unknown.length) return error(`I don't know the countr${unknown.length === 1 ? 'y' : 'ies'} ${unknown.map((u) => `"${u.slice(0, 40)}"`).join(', ')}. Name countries in English, e.g. \`subscribe 08:00 Kazakhstan Uzbekistan\`.`);
      const existing = store.getSubscription(platform, channel.channelId);
      const sub: Subscription = existing
        ? {
            ...existing,
            ...(schedule ? { schedule } : {}),
            ...(opts.countries.length ? { countries: codes } : {}),
            paused: false,
            source: 'chat',
          }
        : service.newSubscription({
            platform,
            channelId: channel.channelId,
            ...(channel.workspaceId ? { workspaceId: channel.workspaceId } : {}),
            schedule: schedule ?? service.defaults.schedule,
            timezone: service.defaults.timezone,
            countries: codes,
            source: 'chat',
          });
      store.putSubscription(sub);
      const first = existing ? 'Updated.' : `The first covers releases from ${formatDay(addDays(sub.watermark, 1))} on.`;
      return text(`This channel gets a briefing ${describeSchedule(sub)}, ${describeCountries(sub.countries)}. Next: ${nextPost(sub)}. ${first}`, existing ? 'Briefing updated' : 'Subscribed to the daily briefing');
    },

    async unsubscribe(channel) {
      const platform = platformOf(channel);
      if (!platform) return error(SHELL);
      const sub = store.getSubscription(platform, channel.channelId);
      if (!sub) return text(NOT_SUBSCRIBED);
      if (sub.source === 'config') {
        // the deployment's configuration would subscribe it again on restart: pause instead, which survives restarts
        store.setPaused(platform, channel.channelId, true);
        return text('This channel\'s briefing comes from the deployment\'s configuration, so it is paused instead (`resume` restarts it); ask an admin to remove it from BRIEFING_*_CHANNELS.');
      }
      store.removeSubscription(platform, channel.channelId);
      return text('Unsubscribed: no more briefings in this channel.');
    },

    async pause(channel) {
      const platform = platformOf(channel);
      if (!platform) return error(SHELL);
      if (!store.setPaused(platform, channel.channelId, true)) return text(NOT_SUBSCRIBED);
      return text('Briefings paused in this channel. `resume` restarts them; nothing published meanwhile is lost.');
    },

    async resume(channel) {
      const platform = platformOf(channel);
      if (!platform) return error(SHELL);
      if (!store.setPaused(platform, channel.channelId, false)) return text(NOT_SUBSCRIBED);
      const sub = store.getSubscription(platform, channel.channelId)!;
      return text(`Briefings resumed. Next: ${nextPost(sub)}.`);
    },

    async preview(channel) {
      const platform = platformOf(channel);
      const sub = platform ? store.getSubscription(platform, channel.channelId) : null;
      const now = clock.now();
      if (!sub) {
        const today = localDay(now, service.defaults.timezone);
        return service.compose({ countries: [] }, { from: addDays(today, -1), to: today }, 'Preview');
      }
      const next = service.scheduleOf(sub).nextSlot(now) ?? now;
      return service.compose(sub, service.windowFor(sub, next), 'Preview of the next briefing', localDay(next, sub.timezone));
    },

    async status(channel): Promise<Reply> {
      const platform = platformOf(channel);
      if (!platform) return error(SHELL);
      const sub = store.getSubscription(platform, channel.channelId);
      if (!sub) return text(NOT_SUBSCRIBED);
      const recent = store.recentPosts(platform, channel.channelId, 10);
      const lastPosted = recent.find((r) => r.state === 'posted');
      const lastError = recent.find((r) => r.lastError && r.state !== 'posted' && r.state !== 'skipped');
      const lines = [
        `Schedule: ${describeSchedule(sub)}, ${describeCountries(sub.countries)}${sub.paused ? ' — PAUSED' : ''}${sub.source === 'config' ? ' (from configuration)' : ''}.`,
        `Covered through: ${formatDay(sub.watermark)}.`,
        `Last post: ${lastPosted ? describePost(lastPosted, sub.timezone) : 'none yet'}.`,
        `Next post: ${sub.paused ? 'none while paused' : nextPost(sub)}.`,
      ];
      if (lastError) lines.push(`Last error: ${describeError(lastError, sub.timezone, service.maxAttempts)}`);
      const skipped = recent.find((r) => r.state === 'skipped');
      if (skipped && (!lastPosted || skipped.slot > lastPosted.slot)) lines.push(`Skipped: the ${at(Date.parse(skipped.slot), sub.timezone)} slot (${skipped.lastError ?? 'too late'}).`);
      return text(lines.join('\n'), 'Daily briefing status');
    },
  };
}

function describePost(p: PostRecord, tz: string): string {
  const covered = p.windowFrom && p.windowTo && p.windowFrom <= p.windowTo ? `, covering ${formatPeriod(p.windowFrom, p.windowTo)}` : '';
  return `${at(Date.parse(p.slot), tz)}${covered}${p.messageId ? ` (message ${p.messageId})` : ''}`;
}

function describeError(p: PostRecord, tz: string, maxAttempts: number): string {
  const retry = p.state === 'failed'
    ? (p.nextAttemptAt ? `; retrying at ${at(p.nextAttemptAt, tz)}` : '; gave up on this slot')
    : '';
  return `${p.lastError} (slot ${at(Date.parse(p.slot), tz)}, attempt ${p.attempts} of ${maxAttempts}${retry}).`;
}
