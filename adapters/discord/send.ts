/** Sending rendered replies to Discord: payloads that never ping, and the errors we skip rather than retry. */
import { Routes, type APIMessage, type REST } from 'discord.js';
import type { ChannelPoster } from '../../src/briefing/ports.js';
import { AttacheError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import type { Reply } from '../../src/reply.js';
import { renderReply, type DiscordMessage } from './render.js';

/** discord.js form: no @everyone, @here, role or user pings, and no ping of the person replied to. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;
/** Raw API form of NO_MENTIONS, for REST calls made without discord.js structures. */
export const NO_MENTIONS_API = { parse: [], replied_user: false } as const;

/** The discord.js send options for one rendered message. */
export function messageOptions(message: DiscordMessage): { content?: string; embeds: DiscordMessage['embeds']; allowedMentions: typeof NO_MENTIONS } {
  return { ...(message.content ? { content: message.content } : {}), embeds: message.embeds, allowedMentions: NO_MENTIONS };
}

/**
 * Discord JSON error codes that mean "the bot may not act in this channel": Missing Access, Missing Permissions,
 * and "cannot reply without permission to read message history" (sent with HTTP 400, not 403).
 */
const ACCESS_CODES = new Set([50001, 50013, 160002]);

/**
 * True when Discord refused for lack of access or permission (HTTP 403, Missing Access, Missing Permissions).
 * Such channels are logged and skipped: retrying cannot succeed until someone changes the permissions.
 */
export function isMissingPermission(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { status, code } = error as { status?: unknown; code?: unknown };
  return status === 403 || (typeof code === 'number' && ACCESS_CODES.has(code));
}

/** A short description of an error for logs, without request bodies. */
export function errorSummary(error: unknown): Record<string, unknown> {
  if (!error || typeof error !== 'object') return { error: String(error) };
  const e = error as { name?: unknown; message?: unknown; status?: unknown; code?: unknown };
  return { error: e.name, message: e.message, status: e.status, code: e.code };
}

/** A ChannelPoster over a discord.js REST instance (no gateway): used for briefings and `attache brief --post`. */
export function posterOverRest(rest: REST, logger: Logger): ChannelPoster {
  return {
    platform: 'discord',
    async post(channelId: string, reply: Reply): Promise<{ messageId: string }> {
      let first: string | undefined;
      try {
        for (const message of renderReply(reply)) {
          const body = { ...(message.content ? { content: message.content } : {}), embeds: message.embeds, allowed_mentions: NO_MENTIONS_API };
          const sent = (await rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
          first ??= sent.id;
        }
      } catch (error) {
        if (isMissingPermission(error)) {
          logger.warn({ channelId, ...errorSummary(error) }, 'discord: missing permission to post in channel; skipped');
          throw new AttacheError('platform_error', `no permission to post in Discord channel ${channelId} (invite the bot or grant Send Messages and Embed Links)`, error);
        }
        throw new AttacheError('platform_error', `posting to Discord channel ${channelId} failed: ${(error as Error).message}`, error);
      }
      return { messageId: first ?? '' };
    },
  };
}
