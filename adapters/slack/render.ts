/** Block Kit rendering of a platform-neutral Reply, within Slack's limits and with every outside string escaped. */
import type { AbstentionReply, AnswerReply, ConflictReply, ListItem, ListReply, Reply, Source, TextReply } from '../../src/reply.js';

/** Slack's documented limits, plus our own choices for a short fallback and the number of sources shown. */
export const LIMITS = {
  /** Blocks per message. */
  blocks: 50,
  /** Characters in a section's text. */
  sectionText: 3000,
  /** Elements in a context block. */
  contextElements: 10,
  /** Characters in a context element's text (same cap as sections). */
  contextText: 3000,
  /** Characters in a button's value. */
  buttonValue: 2000,
  /** Our choice: the notification/fallback `text` stays short. */
  fallbackText: 300,
  /** Our choice: sources listed under an answer. */
  sources: 3,
} as const;

/** The action id of the "Share in channel" button. */
export const SHARE_ACTION_ID = 'attache_share';

/** A mrkdwn or plain text object. */
export interface TextObject { type: 'mrkdwn' | 'plain_text'; text: string; emoji?: boolean }
/** The Block Kit blocks we emit (a structural subset of @slack/types' KnownBlock). */
export type SlackBlock =
  | { type: 'section'; text: TextObject }
  | { type: 'context'; elements: TextObject[] }
  | { type: 'divider' }
  | { type: 'actions'; elements: Array<{ type: 'button'; action_id: string; text: TextObject; value: string }> };

/** A message ready for chat.postMessage or respond(). */
export interface SlackMessage { text: string; blocks: SlackBlock[] }

/** Options of renderReply. */
export interface RenderOptions {
  /**
   * What the user typed (already decoded to plain text), carried in the "Share in channel" button so the
   * action can recompute the same reply (ephemeral messages are not sent back in action payloads).
   * No button when absent.
   */
  shareText?: string;
}

/**
 * Escapes the three characters Slack treats as control characters in mrkdwn, so `<!channel>`, `<!here>`
 * and `<@U123>` from a user or a release are shown, never acted on.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts already-escaped text to `max` characters without splitting an entity or a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  const amp = cut.lastIndexOf('&');
  if (amp !== -1 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Escaped text for inline emphasis: markers inside the text would end the emphasis early. */
const emphasis = (text: string, marker: '*' | '_'): string =>
  `${marker}${escapeMrkdwn(text).replace(marker === '*' ? /\*/g : /_/g, marker === '*' ? '∗' : '‗')}${marker}`;

/** A link `<url|label>` for http(s) URLs; other schemes are shown as plain text. */
export function link(url: string | undefined, label: string): string {
  const text = escapeMrkdwn(label).replace(/\|/g, '¦');
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return text;
  const safe = url.replace(/[<>|"]/g, (c) => encodeURIComponent(c)).replace(/&/g, '&amp;');
  return `<${safe}|${text}>`;
}

/** Each line of escaped text prefixed as a quote. */
const quote = (text: string): string => escapeMrkdwn(text).split('\n').map((l) => `> ${l}`).join('\n');

const dateLabel = (date: string | null, dateSource?: 'stated' | 'inferred' | 'unknown'): string => {
  if (!date) return 'date unknown';
  return dateSource === 'inferred' ? `${escapeMrkdwn(date)} (date inferred)` : escapeMrkdwn(date);
};

const section = (text: string): SlackBlock => ({ type: 'section', text: { type: 'mrkdwn', text: clip(text, LIMITS.sectionText) } });
const context = (...texts: string[]): SlackBlock => ({
  type: 'context',
  elements: texts.slice(0, LIMITS.contextElements).map((t) => ({ type: 'mrkdwn' as const, text: clip(t, LIMITS.contextText) })),
});

/** "Title · 2018-11-23" with the title linked to the release. */
export function sourceLine(source: Source): string {
  return `${link(source.url, source.title || source.release)} · ${dateLabel(source.date, source.dateSource)}`;
}

const asked = (question: string): SlackBlock => context(`*Asked:* ${escapeMrkdwn(question)}`);

function answerBlocks(reply: AnswerReply): SlackBlock[] {
  const [first, ...others] = reply.sources;
  const head = `${emphasis(reply.answer, '*')}${reply.asOf ? `  _(as of ${escapeMrkdwn(reply.asOf)})_` : ''}`;
  const blocks: SlackBlock[] = [asked(reply.question), section(head)];
  if (reply.evidence) blocks.push(section(quote(reply.evidence)));
  const lines: string[] = [];
  if (first) lines.push(`:page_facing_up: ${sourceLine(first)}`);
  const also = others.slice(0, LIMITS.sources - 1);
  if (also.length) lines.push(`Also stated in: ${also.map(sourceLine).join('; ')}`);
  if (lines.length) blocks.push(context(...lines));
  if (reply.notes.length) blocks.push(context(...reply.notes.map(escapeMrkdwn)));
  return blocks;
}

function abstentionBlocks(reply: AbstentionReply): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  if (reply.question) blocks.push(asked(reply.question));
  blocks.push(section(escapeMrkdwn(reply.message)));
  if (reply.closest.length) {
    blocks.push(section('*Closest facts in the releases:*'));
    for (const fact of reply.closest.slice(0, LIMITS.sources)) {
      blocks.push(section(quote(fact.quote)), context(sourceLine(fact)));
    }
  }
  return blocks;
}

function conflictBlocks(reply: ConflictReply): SlackBlock[] {
  const blocks: SlackBlock[] = [asked(reply.question), section(`:warning: ${escapeMrkdwn(reply.message)}`)];
  for (const { answer, source } of reply.answers.slice(0, 10)) {
    blocks.push(section(`${emphasis(answer, '*')}\n${quote(source.quote)}`), context(sourceLine(source)));
  }
  return blocks;
}

/** Timeline headings are often the date itself ("2009", "November 2017"): don't repeat it. */
const headingHasDate = (item: ListItem): boolean =>
  !!item.date && (item.heading.includes(item.date) || (item.heading.length <= 20 && item.heading.includes(item.date.slice(0, 4))));

function itemText(item: ListItem): string {
  const date = headingHasDate(item) ? '' : ` · ${dateLabel(item.date, item.dateSource)}`;
  const head = `*${link(item.url, item.heading)}*${date}`;
  return [head, ...item.lines.map((l) => `• ${escapeMrkdwn(l)}`)].join('\n');
}

function listBlocks(reply: ListReply, reserve: number): SlackBlock[] {
  const blocks: SlackBlock[] = [section(emphasis(reply.title, '*'))];
  const total = reply.groups.reduce((n, g) => n + g.items.length, 0);
  if (total === 0) {
    blocks.push(section(escapeMrkdwn(reply.empty)));
  } else {
    // room for the footer, the "more" note and the caller's own blocks (the share button)
    const room = LIMITS.blocks - reserve - (reply.footer ? 1 : 0) - 1;
    let shown = 0;
    for (const group of reply.groups) {
      if (!group.items.length) continue;
      if (group.heading) {
        if (blocks.length >= room) break;
        blocks.push(section(emphasis(group.heading, '*')));
      }
      for (const item of group.items) {
        if (blocks.length >= room) break;
        blocks.push(section(itemText(item)));
        shown += 1;
      }
    }
    if (shown < total) blocks.push(context(`…and ${total - shown} more not shown.`));
  }
  if (reply.footer) blocks.push(context(escapeMrkdwn(reply.footer)));
  return blocks;
}

function textBlocks(reply: TextReply): SlackBlock[] {
  const icon = reply.tone === 'error' ? ':warning: ' : '';
  const title = reply.title ? `${emphasis(reply.title, '*')}\n` : '';
  return [section(`${icon}${title}${escapeMrkdwn(reply.text)}`)];
}

/** The short notification text (also what screen readers and old clients show). */
export function fallbackText(reply: Reply): string {
  let text: string;
  switch (reply.kind) {
    case 'answer': text = `${reply.answer} (${reply.question})`; break;
    case 'abstention': text = reply.message; break;
    case 'conflict': text = reply.message; break;
    case 'list': text = reply.title; break;
    case 'text': text = reply.title ?? reply.text.split('\n')[0] ?? ''; break;
  }
  return clip(escapeMrkdwn(text), LIMITS.fallbackText);
}

/** The "Share in channel" button, or nothing when the text would not fit in a button value. */
export function shareButton(shareText: string): SlackBlock | undefined {
  const value = JSON.stringify({ t: shareText });
  if (value.length > LIMITS.buttonValue) return undefined;
  return {
    type: 'actions',
    elements: [{ type: 'button', action_id: SHARE_ACTION_ID, text: { type: 'plain_text', text: 'Share in channel', emoji: true }, value }],
  };
}

/** Reads the button value back; undefined when it is not ours or malformed. */
export function readShareValue(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed && typeof parsed === 'object' && typeof (parsed as { t?: unknown }).t === 'string') return (parsed as { t: string }).t;
  } catch {
    // not JSON: not a value we wrote
  }
  return undefined;
}

/** Renders any Reply as Block Kit: ≤ 50 blocks, sections ≤ 3,000 characters, every outside string escaped. */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage {
  const button = options.shareText !== undefined && reply.kind !== 'text' ? shareButton(options.shareText) : undefined;
  const reserve = button ? 1 : 0;
  let blocks: SlackBlock[];
  switch (reply.kind) {
    case 'answer': blocks = answerBlocks(reply); break;
    case 'abstention': blocks = abstentionBlocks(reply); break;
    case 'conflict': blocks = conflictBlocks(reply); break;
    case 'list': blocks = listBlocks(reply, reserve); break;
    case 'text': blocks = textBlocks(reply); break;
  }
  blocks = blocks.slice(0, LIMITS.blocks - reserve);
  if (button) blocks.push(button);
  return { text: fallbackText(reply), blocks };
}
