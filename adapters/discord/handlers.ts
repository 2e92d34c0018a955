/** Discord listeners: mentions and /brief interactions → bot → rendered reply. Wired by register(client). */
import { Events, type Client, type InteractionEditReplyOptions, type InteractionReplyOptions, type MessageReplyOptions } from 'discord.js';
import type { Bot, ChannelRef } from '../../src/bot.js';
import type { Logger } from '../../src/logger.js';
import type { Reply } from '../../src/reply.js';
import { COMMAND_NAME, SUBCOMMANDS, subcommandText } from './commands.js';
import { renderReply } from './render.js';
import { errorSummary, isMissingPermission, messageOptions } from './send.js';

/** What the listeners need. */
export interface HandlerDeps {
  bot: Bot;
  logger: Logger;
  /** How long a slash command may compute before we defer the reply (Discord allows 3 s). Default 1500 ms. */
  deferAfterMs?: number;
}

/** The parts of a discord.js Message the mention handler reads (a real Message satisfies it). */
export interface MentionMessage {
  id: string;
  content: string;
  channelId: string;
  guildId: string | null;
  system?: boolean;
  author: { id: string; bot: boolean };
  mentions: { users: { has(id: string): boolean } };
  reply(options: MessageReplyOptions): Promise<unknown>;
}

/** The parts of a ChatInputCommandInteraction the slash handler reads. */
export interface SlashInteraction {
  id: string;
  commandName: string;
  channelId: string | null;
  guildId: string | null;
  user: { id: string };
  options: { getSubcommand(required: boolean): string | null; getString(name: string): string | null };
  reply(options: InteractionReplyOptions): Promise<unknown>;
  deferReply(): Promise<unknown>;
  editReply(options: InteractionEditReplyOptions): Promise<unknown>;
  followUp(options: InteractionReplyOptions): Promise<unknown>;
}

/** What a handler did, for logs and tests. */
export type Outcome = 'answered' | 'ignored' | 'skipped' | 'failed';

const MENTION_PREFIX = '@Attaché';
const FAILED: Reply = { kind: 'text', tone: 'error', text: 'Sorry, something went wrong while answering. The error has been logged.' };

/** Removes the bot's own mention (`<@id>` or `<@!id>`) from a message, leaving the question. */
export function stripBotMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

function channelRef(channelId: string, guildId: string | null, userId: string): ChannelRef {
  return { platform: 'discord', channelId, ...(guildId ? { workspaceId: guildId } : {}), userId };
}

async function safeHandle(deps: HandlerDeps, text: string, channel: ChannelRef, prefix: string): Promise<Reply> {
  try {
    return await deps.bot.handle(text, channel, prefix);
  } catch (error) {
    deps.logger.error({ channelId: channel.channelId, ...errorSummary(error) }, 'discord: bot failed to handle a command');
    return FAILED;
  }
}

/**
 * Answers a message that mentions the bot with a reply to that message. In guilds, messages that do not
 * mention the bot are ignored; in DMs every message is addressed to it. Bots (itself included) are ignored.
 */
export async function handleMention(message: MentionMessage, botId: string, deps: HandlerDeps): Promise<Outcome> {
  if (message.author.bot || message.system || message.author.id === botId) return 'ignored';
  if (message.guildId && !message.mentions.users.has(botId)) return 'ignored';
  const text = stripBotMention(message.content, botId);
  const reply = await safeHandle(deps, text, channelRef(message.channelId, message.guildId, message.author.id), MENTION_PREFIX);
  try {
    for (const rendered of renderReply(reply)) await message.reply(messageOptions(rendered));
    return 'answered';
  } catch (error) {
    if (isMissingPermission(error)) {
      deps.logger.warn({ channelId: message.channelId, guildId: message.guildId, ...errorSummary(error) }, 'discord: missing permission to reply in channel; skipped');
      return 'skipped';
    }
    deps.logger.error({ channelId: message.channelId, ...errorSummary(error) }, 'discord: reply to a mention failed');
    return 'failed';
  }
}

/** The Discord help: the slash subcommands as registered, plus how to ask by mention. */
export function slashHelp(): Reply {
  const lines = SUBCOMMANDS.map((s) => `\`/${COMMAND_NAME} ${s.name}${s.options.map((o) => (o.required ? ` <${o.name}>` : ` [${o.name}]`)).join('')}\` — ${s.description}`);
  lines.push('', `Or mention the bot with a question: \`${MENTION_PREFIX} when did ROK–Kazakhstan strategic partnership start?\``);
  return { kind: 'text', title: 'Attaché — ask about the ministry\'s press releases', text: lines.join('\n') };
}

/** Resolves to the value if it settles within `ms`, otherwise to undefined (the work keeps running). */
async function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => { timer = setTimeout(() => resolve(undefined), ms); });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs a /brief subcommand. Replies at once (type 4) when the answer is ready within `deferAfterMs`,
 * otherwise defers (type 5) and edits the original response when the answer arrives.
 */
export async function handleSlash(interaction: SlashInteraction, deps: HandlerDeps): Promise<Outcome> {
  if (interaction.commandName !== COMMAND_NAME) return 'ignored';
  const sub = interaction.options.getSubcommand(false) ?? '';
  const text = subcommandText(sub, (name) => interaction.options.getString(name));
  const channel = channelRef(interaction.channelId ?? '', interaction.guildId, interaction.user.id);
  const work: Promise<Reply> = sub === 'help'
    ? Promise.resolve(slashHelp())
    : text === null
      ? Promise.resolve({ kind: 'text', tone: 'error', text: `Unknown subcommand "${sub}". Try /${COMMAND_NAME} help.` })
      : safeHandle(deps, text, channel, `/${COMMAND_NAME}`);
  try {
    const early = await within(work, deps.deferAfterMs ?? 1500);
    if (early) {
      const [first, ...rest] = renderReply(early);
      await interaction.reply(messageOptions(first!));
      for (const more of rest) await interaction.followUp(messageOptions(more));
    } else {
      await interaction.deferReply();
      const [first, ...rest] = renderReply(await work);
      await interaction.editReply(messageOptions(first!));
      for (const more of rest) await interaction.followUp(messageOptions(more));
    }
    return 'answered';
  } catch (error) {
    if (isMissingPermission(error)) {
      deps.logger.warn({ channelId: interaction.channelId, ...errorSummary(error) }, 'discord: missing permission to answer interaction; skipped');
      return 'skipped';
    }
    deps.logger.error({ channelId: interaction.channelId, interactionId: interaction.id, ...errorSummary(error) }, 'discord: answering an interaction failed');
    return 'failed';
  }
}

/** Wires the listeners onto a client. Handler failures are logged, never thrown into the event loop. */
export function register(client: Client, deps: HandlerDeps): void {
  client.on(Events.MessageCreate, (message) => {
    const botId = client.user?.id;
    if (!botId) return;
    handleMention(message, botId, deps).catch((error) => deps.logger.error(errorSummary(error), 'discord: mention handler crashed'));
  });
  client.on(Events.InteractionCreate, (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    handleSlash(interaction, deps).catch((error) => deps.logger.error(errorSummary(error), 'discord: interaction handler crashed'));
  });
  client.on(Events.Error, (error) => deps.logger.error(errorSummary(error), 'discord: client error'));
  client.on(Events.Warn, (message) => deps.logger.warn({ message }, 'discord: client warning'));
}
