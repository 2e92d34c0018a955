/** Slack listeners: /brief, the "Share in channel" button, mentions and DMs, wired by registerSlackListeners. */
import type {
  AllMiddlewareArgs,
  App,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
  webApi,
} from '@slack/bolt';
import type { Bot, ChannelRef } from '../../src/bot.js';
import type { Logger } from '../../src/logger.js';
import type { Reply } from '../../src/reply.js';
import { createDeduper, type Deduper } from './dedupe.js';
import { slackTextToPlain } from './incoming-text.js';
import { readShareValue, renderReply, SHARE_ACTION_ID, type SlackMessage } from './render.js';
import { slackErrorCode, slackErrorFields } from './slack-errors.js';

/** What the listeners need. */
export interface SlackListenerDeps {
  bot: Bot;
  logger: Logger;
  /** The slash command, default "/brief". */
  command?: string;
  /** How help text names the bot when it was mentioned, default "@Attaché". */
  mentionPrefix?: string;
  /** Remembers events already answered; one per app. */
  dedupe?: Deduper;
}

/** What the user sees when the bot itself failed. */
export const APOLOGY = 'Sorry, something went wrong while answering. Please try again in a minute.';

type Args<T> = T & AllMiddlewareArgs;
/** Arguments Bolt passes to the slash-command listener. */
export type CommandArgs = Args<SlackCommandMiddlewareArgs>;
/** Arguments Bolt passes to the share-button listener. */
export type ShareActionArgs = Args<SlackActionMiddlewareArgs<BlockButtonAction>>;
/** Arguments Bolt passes to the app_mention listener. */
export type MentionArgs = Args<SlackEventMiddlewareArgs<'app_mention'>>;
/** Arguments Bolt passes to the message listener. */
export type MessageArgs = Args<SlackEventMiddlewareArgs<'message'>>;

const failure: Reply = { kind: 'text', tone: 'error', text: APOLOGY };

/** Runs the bot; a bug in the core becomes an apology, logged, never an unhandled rejection. */
async function answer(deps: SlackListenerDeps, text: string, channel: ChannelRef, prefix: string): Promise<Reply> {
  try {
    return await deps.bot.handle(text, channel, prefix);
  } catch (error) {
    deps.logger.error({ code: 'bot_failed', err: error instanceof Error ? error.message : String(error), channel: channel.channelId }, 'slack: the bot failed to answer');
    return failure;
  }
}

/** Posts a message; on failure logs the code and tries a plain apology in the same place. */
async function post(
  deps: SlackListenerDeps,
  client: webApi.WebClient,
  where: { channel: string; thread_ts?: string },
  message: SlackMessage,
): Promise<void> {
  try {
    await client.chat.postMessage({ ...where, ...message, unfurl_links: false, unfurl_media: false });
  } catch (error) {
    deps.logger.error({ ...slackErrorFields(error), channel: where.channel }, 'slack: chat.postMessage failed');
    try {
      await client.chat.postMessage({ ...where, text: APOLOGY });
    } catch (again) {
      deps.logger.error({ ...slackErrorFields(again), channel: where.channel }, 'slack: could not post the apology either');
    }
  }
}

/** True when this delivery was already handled: a retry (same event_id) or the same message by another event. */
function duplicate(deps: SlackListenerDeps, body: { event_id?: string }, channel: string, ts: string): boolean {
  const dedupe = deps.dedupe;
  if (!dedupe) return false;
  const byEvent = body.event_id ? dedupe.seen(`event:${body.event_id}`) : false;
  const byMessage = dedupe.seen(`message:${channel}:${ts}`);
  if (byEvent || byMessage) deps.logger.debug({ eventId: body.event_id, channel, ts }, 'slack: duplicate delivery ignored');
  return byEvent || byMessage;
}

/** `/brief <text>`: ack first, then the answer through response_url, visible only to the asker, with a share button. */
export async function handleBriefCommand(deps: SlackListenerDeps, { command, ack, respond, client }: CommandArgs): Promise<void> {
  await ack();
  const text = slackTextToPlain(command.text ?? '');
  const channel: ChannelRef = { platform: 'slack', channelId: command.channel_id, workspaceId: command.team_id, userId: command.user_id };
  const reply = await answer(deps, text, channel, deps.command ?? '/brief');
  const message = renderReply(reply, { shareText: text });
  try {
    await respond({ response_type: 'ephemeral', ...message });
  } catch (error) {
    deps.logger.error({ ...slackErrorFields(error), channel: command.channel_id }, 'slack: respond() to the slash command failed');
    try {
      await client.chat.postEphemeral({ channel: command.channel_id, user: command.user_id, text: APOLOGY });
    } catch (again) {
      deps.logger.error({ ...slackErrorFields(again), channel: command.channel_id }, 'slack: could not post the apology either');
    }
  }
}

/** "Share in channel": recomputes the reply from the button's text, posts it publicly and deletes the ephemeral one. */
export async function handleShareAction(deps: SlackListenerDeps, { ack, action, body, respond }: ShareActionArgs): Promise<void> {
  await ack();
  const text = readShareValue(action.value);
  if (text === undefined) {
    deps.logger.warn({ code: 'share_value_invalid' }, 'slack: share button carried an unreadable value');
    await respond({ response_type: 'ephemeral', replace_original: false, text: 'Sorry, this answer can no longer be shared; ask again.' });
    return;
  }
  const channelId = body.channel?.id ?? body.container?.['channel_id'];
  const channel: ChannelRef = {
    platform: 'slack',
    channelId: typeof channelId === 'string' ? channelId : '',
    ...(body.team?.id ? { workspaceId: body.team.id } : {}),
    userId: body.user.id,
  };
  const reply = await answer(deps, text, channel, deps.command ?? '/brief');
  try {
    await respond({ response_type: 'in_channel', replace_original: false, ...renderReply(reply) });
  } catch (error) {
    deps.logger.error({ ...slackErrorFields(error), channel: channel.channelId }, 'slack: sharing in channel failed');
    await respond({ response_type: 'ephemeral', replace_original: false, text: APOLOGY }).catch(() => undefined);
    return;
  }
  try {
    await respond({ delete_original: true });
  } catch (error) {
    // the public copy is posted; a leftover ephemeral copy only the asker sees is harmless
    deps.logger.warn(slackErrorFields(error), 'slack: could not delete the ephemeral answer');
  }
}

/** `@Attaché <question>` in a channel: answered in a thread under the mention. */
export async function handleAppMention(deps: SlackListenerDeps, { event, body, client, context }: MentionArgs): Promise<void> {
  if (event.bot_id || event.subtype || !event.user) return;
  if (duplicate(deps, body, event.channel, event.ts)) return;
  const text = slackTextToPlain(event.text, context.botUserId);
  const channel: ChannelRef = { platform: 'slack', channelId: event.channel, workspaceId: body.team_id, userId: event.user };
  const reply = await answer(deps, text, channel, deps.mentionPrefix ?? '@Attaché');
  await post(deps, client, { channel: event.channel, thread_ts: event.thread_ts ?? event.ts }, renderReply(reply));
}

/** A direct message: answered in the DM (in its thread when the question was asked in one). */
export async function handleDirectMessage(deps: SlackListenerDeps, { event, body, client, context }: MessageArgs): Promise<void> {
  // edits, deletions, joins, bot posts all carry a subtype; apps posting with a bot token carry bot_id
  if (event.subtype !== undefined || event.channel_type !== 'im' || event.bot_id || !event.user) return;
  if (duplicate(deps, body, event.channel, event.ts)) return;
  const text = slackTextToPlain(event.text ?? '', context.botUserId);
  const channel: ChannelRef = { platform: 'slack', channelId: event.channel, workspaceId: body.team_id, userId: event.user };
  const reply = await answer(deps, text, channel, '');
  await post(deps, client, { channel: event.channel, ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}) }, renderReply(reply));
}

/** Errors that escaped a listener: logged with their code; resolving keeps Bolt from answering 500. */
export function handleSlackError(deps: Pick<SlackListenerDeps, 'logger'>) {
  return async (error: Error): Promise<void> => {
    const original = (error as { original?: unknown }).original ?? error;
    deps.logger.error({ ...slackErrorFields(original), boltCode: slackErrorCode(error) }, 'slack: unhandled listener error');
  };
}

/** Wires every listener and the error handler onto a Bolt app. */
export function registerSlackListeners(app: App, deps: SlackListenerDeps): void {
  const wired: SlackListenerDeps = { ...deps, dedupe: deps.dedupe ?? createDeduper() };
  app.command(wired.command ?? '/brief', (args) => handleBriefCommand(wired, args));
  app.action<BlockButtonAction>(SHARE_ACTION_ID, (args) => handleShareAction(wired, args));
  app.event('app_mention', (args) => handleAppMention(wired, args));
  app.event('message', (args) => handleDirectMessage(wired, args));
  app.error(handleSlackError(wired));
}
