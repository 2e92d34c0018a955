/** Slack's encoded message text (`<@U1>`, `<!channel>`, `&lt;`) → the plain text the bot parses. */

/**
 * Turns Slack's wire format into plain text: the bot's own mention is removed, other mentions, channels,
 * special mentions and links become readable words (`@channel`, `#general`), and `&amp;`, `&lt;`, `&gt;`
 * are decoded. Rendering escapes again, so nothing typed here can ping anyone in the reply.
 */
export function slackTextToPlain(text: string, botUserId?: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_all, inner: string) => {
      const [target = '', label] = inner.split('|', 2) as [string, string | undefined];
      if (target.startsWith('@')) {
        if (botUserId && target.slice(1) === botUserId) return ' ';
        return label ? `@${label.replace(/^@/, '')}` : target;
      }
      if (target.startsWith('#')) return label ? `#${label.replace(/^#/, '')}` : target;
      if (target.startsWith('!')) {
        if (label) return label;
        const word = target.slice(1).split('^')[0] ?? '';
        return `@${word}`;
      }
      return label ?? target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
