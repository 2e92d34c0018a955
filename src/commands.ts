/** Parses what a user typed after /brief (or after mentioning the bot) into a command. */

export type Command =
  | { kind: 'ask'; question: string }
  | { kind: 'help' }
  | { kind: 'search'; words: string }
  | { kind: 'timeline'; country: string }
  | { kind: 'latest'; country?: string }
  | { kind: 'subscribe'; time?: string; countries: string[] }
  | { kind: 'unsubscribe' }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'preview' }
  | { kind: 'status' }
  | { kind: 'invalid'; message: string };

/** Longest question we accept: longer text is refused with a message, not truncated silently. */
export const MAX_QUESTION_CHARS = 1000;

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Trims, folds odd whitespace and control characters, and normalizes Unicode (NFKC). */
export function cleanInput(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads "/brief <text>": a subcommand word first, otherwise the whole text is a question. */
export function parseCommand(raw: string): Command {
  const text = cleanInput(raw);
  if (!text) return { kind: 'help' };
  const [head = '', ...rest] = text.split(' ');
  const arg = rest.join(' ').trim();
  switch (head.toLowerCase()) {
    case 'help':
    case '?':
      return rest.length ? { kind: 'ask', question: text } : { kind: 'help' };
    case 'ask':
      return arg ? { kind: 'ask', question: arg } : { kind: 'invalid', message: 'Ask a question after `ask`, e.g. `ask when did ROK–Kazakhstan strategic partnership start?`' };
    case 'search':
      return arg ? { kind: 'search', words: arg } : { kind: 'invalid', message: 'Give some words to search for, e.g. `search Uzbekistan`.' };
    case 'timeline':
      return arg ? { kind: 'timeline', country: arg } : { kind: 'invalid', message: 'Name a country, e.g. `timeline Kazakhstan`.' };
    case 'latest':
      return arg ? { kind: 'latest', country: arg } : { kind: 'latest' };
    case 'subscribe': {
      let time: string | undefined;
      const words = arg ? arg.split(' ') : [];
      if (words[0] && /^\d{1,2}:\d{2}$/.test(words[0])) {
        if (!TIME.test(words[0])) return { kind: 'invalid', message: `"${words[0].slice(0, 10)}" is not a time of day; use HH:MM, e.g. 08:00.` };
        const m = TIME.exec(words[0])!;
        time = `${m[1]!.padStart(2, '0')}:${m[2]}`;
        words.shift();
      }
      const countries = words.join(' ').split(/[,;]|\s+/).map((w) => w.trim()).filter(Boolean);
      return { kind: 'subscribe', ...(time ? { time } : {}), countries };
    }
    case 'unsubscribe':
    case 'pause':
    case 'resume':
    case 'preview':
    case 'status':
      return rest.length ? { kind: 'ask', question: text } : { kind: head.toLowerCase() as 'pause' };
    default:
      return { kind: 'ask', question: text };
  }
}

/** The help text, shared by every platform (each adds its own invocation prefix). */
export function helpLines(prefix: string): string[] {
  return [
    `${prefix} <question> — ask about the releases, e.g. ${prefix} when did ROK–Kazakhstan strategic partnership start?`,
    `${prefix} search <words> — releases that match, newest first`,
    `${prefix} timeline <country> — dated milestones of relations with a country, oldest first`,
    `${prefix} latest [country] — the newest releases`,
    `${prefix} subscribe [HH:MM] [country …] — a daily briefing in this channel`,
    `${prefix} unsubscribe | pause | resume | preview | status — manage this channel's briefing`,
    `${prefix} help — this message`,
  ];
}
