/** Ports the briefing service needs from the outside: a clock and a way to post to a channel. */
import type { Reply } from '../reply.js';

/** Posts a rendered reply to one channel of one platform; returns the platform's message id. */
export interface ChannelPoster {
  platform: 'slack' | 'discord';
  post(channelId: string, reply: Reply): Promise<{ messageId: string }>;
}

/** Time, injected so tests control it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
