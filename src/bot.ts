/** The platform-neutral bot: one entry for every command, whatever platform it came from. */
import { helpLines, parseCommand, type Command } from './commands.js';
import type { Engine } from './engine-types.js';
import type { Reply } from './reply.js';

/** Where a command was typed. */
export interface ChannelRef {
  platform: 'slack' | 'discord' | 'shell';
  channelId: string;
  /** Slack team / Discord guild, when known. */
  workspaceId?: string;
  userId?: string;
}

/** Briefing subscriptions, provided by the briefing service when a store is configured. */
export interface SubscriptionPort {
  subscribe(channel: ChannelRef, opts: { time?: string; countries: string[] }): Promise<Reply>;
  unsubscribe(channel: ChannelRef): Promise<Reply>;
  pause(channel: ChannelRef): Promise<Reply>;
  resume(channel: ChannelRef): Promise<Reply>;
  preview(channel: ChannelRef): Promise<Reply>;
  status(channel: ChannelRef): Promise<Reply>;
}

export interface BotOptions {
  engine: Engine;
  subscriptions?: SubscriptionPort;
  /** How users invoke the bot on this platform, for help text: "/brief", "@Attaché". */
  prefix?: string;
}

export interface Bot {
  /** Parses and runs what the user typed. Never throws for user input. */
  handle(text: string, channel: ChannelRef, prefix?: string): Promise<Reply>;
  /** Runs an already parsed command. */
  run(command: Command, channel: ChannelRef, prefix?: string): Promise<Reply>;
}

const NO_BRIEFINGS: Reply = {
  kind: 'text',
  tone: 'error',
  text: 'Daily briefings are not set up on this deployment (no database configured).',
};

/** Creates the bot over an engine and, optionally, the briefing subscriptions. */
export function createBot(options: BotOptions): Bot {
  if (!options.engine) throw new Error('attache: option "engine" must be provided');
  const { engine, subscriptions } = options;
  const run = async (command: Command, channel: ChannelRef, prefix = options.prefix ?? '/brief'): Promise<Reply> => {
    switch (command.kind) {
      case 'ask': return engine.ask(command.question);
      case 'help': return { kind: 'text', title: 'Attaché — ask about the ministry\'s press releases', text: helpLines(prefix).join('\n') };
      case 'search': return engine.search(command.words);
      case 'timeline': return engine.timeline(command.country);
      case 'latest': return engine.latest(command.country);
      case 'invalid': return { kind: 'text', tone: 'error', text: command.message };
      case 'subscribe': return subscriptions ? subscriptions.subscribe(channel, { ...(command.time ? { time: command.time } : {}), countries: command.countries }) : NO_BRIEFINGS;
      case 'unsubscribe': return subscriptions ? subscriptions.unsubscribe(channel) : NO_BRIEFINGS;
      case 'pause': return subscriptions ? subscriptions.pause(channel) : NO_BRIEFINGS;
      case 'resume': return subscriptions ? subscriptions.resume(channel) : NO_BRIEFINGS;
      case 'preview': return subscriptions ? subscriptions.preview(channel) : NO_BRIEFINGS;
      case 'status': return subscriptions ? subscriptions.status(channel) : NO_BRIEFINGS;
    }
  };
  return {
    run,
    handle: (text, channel, prefix) => run(parseCommand(text), channel, prefix),
  };
}
