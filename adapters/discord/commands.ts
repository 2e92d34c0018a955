/** The /brief slash command as data: what `attache discord register` sends, and how an invocation maps to bot text. */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

/** The top-level command name users type. */
export const COMMAND_NAME = 'brief';

/** One subcommand: its name, description, and string options in the order the bot text takes them. */
export interface SubcommandSpec {
  name: string;
  description: string;
  options: Array<{ name: string; description: string; required: boolean; maxLength?: number }>;
}

/** Every /brief subcommand. Each maps to the same text a mention would carry, so the core parses both alike. */
export const SUBCOMMANDS: readonly SubcommandSpec[] = [
  { name: 'ask', description: 'Ask a question about the ministry\'s press releases', options: [{ name: 'question', description: 'e.g. when did ROK–Kazakhstan strategic partnership start?', required: true, maxLength: 1000 }] },
  { name: 'search', description: 'Releases that match some words, newest first', options: [{ name: 'words', description: 'Words to look for', required: true, maxLength: 200 }] },
  { name: 'timeline', description: 'Dated milestones of relations with a country, oldest first', options: [{ name: 'country', description: 'A country, e.g. Kazakhstan', required: true, maxLength: 100 }] },
  { name: 'latest', description: 'The newest releases, optionally about one country', options: [{ name: 'country', description: 'A country, e.g. Uzbekistan', required: false, maxLength: 100 }] },
  { name: 'help', description: 'What Attaché can do', options: [] },
  {
    name: 'subscribe',
    description: 'A daily briefing in this channel',
    options: [
      { name: 'time', description: 'Time of day, HH:MM (e.g. 08:00)', required: false, maxLength: 5 },
      { name: 'countries', description: 'Countries to follow, separated by commas', required: false, maxLength: 300 },
    ],
  },
  { name: 'unsubscribe', description: 'Stop this channel\'s daily briefing', options: [] },
  { name: 'pause', description: 'Pause this channel\'s daily briefing', options: [] },
  { name: 'resume', description: 'Resume this channel\'s daily briefing', options: [] },
  { name: 'preview', description: 'Show the briefing this channel would get now', options: [] },
  { name: 'status', description: 'This channel\'s briefing settings', options: [] },
];

function option(spec: SubcommandSpec['options'][number]): APIApplicationCommandBasicOption {
  return {
    type: ApplicationCommandOptionType.String,
    name: spec.name,
    description: spec.description,
    required: spec.required,
    ...(spec.maxLength ? { max_length: spec.maxLength } : {}),
  };
}

/** The JSON body registered with Discord for /brief. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [{
    type: ApplicationCommandType.ChatInput,
    name: COMMAND_NAME,
    description: 'Ask Attaché about the foreign ministry\'s press releases',
    options: SUBCOMMANDS.map((sub) => ({
      type: ApplicationCommandOptionType.Subcommand,
      name: sub.name,
      description: sub.description,
      options: sub.options.map(option),
    })),
  }];
}

/**
 * The text the bot parses for a subcommand invocation: "timeline Kazakhstan", "latest", "subscribe 08:00 KAZ, UZB".
 * Returns null for a subcommand this build does not know (stale registration).
 */
export function subcommandText(name: string, getString: (option: string) => string | null): string | null {
  const spec = SUBCOMMANDS.find((s) => s.name === name);
  if (!spec) return null;
  const values = spec.options.map((o) => getString(o.name)?.trim() ?? '').filter(Boolean);
  return [spec.name, ...values].join(' ');
}
