/** Renders a platform-neutral Reply as Discord messages (embeds), within Discord's size limits. */
import { escapeMarkdown, type APIEmbed } from 'discord.js';
import type { ListItem, ListReply, Reply, Source } from '../../src/reply.js';

/** Discord's message and embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  embeds: 10,
} as const;

/** Our own budget, below Discord's limits: a reply never floods a channel. */
export const BUDGET = {
  /** Messages one reply may take; a longer list is cut with a "… more" line. */
  messages: 3,
  /** Closest facts shown with an abstention; other sources shown with an answer. */
  sources: 3,
  /** Lines of key facts shown under one list item. */
  itemLines: 3,
} as const;

/** One Discord message as the adapters send it. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
}

const COLORS = { answer: 0x2e7d32, abstention: 0x757575, conflict: 0xef6c00, list: 0x1565c0, info: 0x5865f2, error: 0xc62828 } as const;

/** Cuts text to `max` characters at a word boundary when one is near, ending with "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(' ');
  // a trailing backslash would escape the ellipsis and leave a dangling markdown escape
  const base = (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/\\+$/, '');
  return `${base}…`;
}

/** Escapes text quoted from releases or users so it cannot open bold, links, headings, code or spoilers. */
export function escapeText(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim(), { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/[[\]]/g, (c) => `\\${c}`)
    .replace(/<(?=[@#:/a]|t:)/g, '<\u200b');
}

/** A URL fit for a masked link, or undefined: only http(s), with parentheses and spaces encoded. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/\S+$/i.test(url)) return undefined;
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

function dateLabel(date: string | null, dateSource?: string): string {
  if (!date) return 'undated';
  return dateSource === 'inferred' ? `${date} (date inferred)` : date;
}

/** "[Title](url) · 2018-04-20": the citation line for a source. */
export function sourceLine(source: Pick<Source, 'title' | 'date' | 'dateSource' | 'url'>): string {
  const title = escapeText(truncate(source.title || 'Untitled release', 200));
  const url = safeUrl(source.url);
  return `${url ? `[${title}](${url})` : title} · ${dateLabel(source.date, source.dateSource)}`;
}

/** "> quoted sentence", escaped, on one line. */
export function quote(text: string, max = 600): string {
  return `> ${escapeText(truncate(text, max))}`;
}

/** Characters Discord counts towards an embed's 6,000 total. */
export function embedLength(embed: APIEmbed): number {
  return (embed.title?.length ?? 0)
    + (embed.description?.length ?? 0)
    + (embed.footer?.text.length ?? 0)
    + (embed.author?.name.length ?? 0)
    + (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

function footer(text: string): APIEmbed['footer'] {
  return { text: truncate(text.replace(/\s+/g, ' ').trim(), LIMITS.footerText) };
}

function describe(parts: string[]): string {
  return truncate(parts.filter(Boolean).join('\n'), LIMITS.embedDescription);
}

function renderSingle(reply: Exclude<Reply, ListReply>): APIEmbed {
  switch (reply.kind) {
    case 'answer': {
      const [first, ...others] = reply.sources;
      const fields: NonNullable<APIEmbed['fields']> = [];
      if (others.length) {
        fields.push({ name: 'Also stated in', value: truncate(others.slice(0, BUDGET.sources).map((s) => `• ${sourceLine(s)}`).join('\n'), LIMITS.fieldValue) });
      }
      if (reply.notes.length) {
        fields.push({ name: 'Notes', value: truncate(reply.notes.map((n) => `• ${escapeText(n)}`).join('\n'), LIMITS.fieldValue) });
      }
      return {
        color: COLORS.answer,
        title: truncate(escapeText(reply.answer), LIMITS.embedTitle),
        description: describe([
          quote(reply.evidence, 1500),
          first ? `— ${sourceLine(first)}` : '',
          reply.asOf ? `*As of ${escapeText(reply.asOf)}*` : '',
        ]),
        ...(fields.length ? { fields } : {}),
        footer: footer(`Q: ${truncate(reply.question, 300)}`),
      };
    }
    case 'abstention': {
      const closest = reply.closest.slice(0, BUDGET.sources);
      return {
        color: COLORS.abstention,
        title: 'Not stated in the releases',
        description: describe([
          escapeText(reply.message),
          closest.length ? '\n**Closest facts**' : '',
          ...closest.map((s) => `${quote(s.quote, 700)}\n— ${sourceLine(s)}`),
        ]),
        footer: footer(`Q: ${truncate(reply.question, 300)}`),
      };
    }
    case 'conflict':
      return {
        color: COLORS.conflict,
        title: 'The releases disagree',
        description: describe([
          escapeText(reply.message),
          ...reply.answers.slice(0, 5).map((a) => `\n**${escapeText(truncate(a.answer, 200))}** — ${sourceLine(a.source)}\n${quote(a.source.quote, 600)}`),
        ]),
        footer: footer(`Q: ${truncate(reply.question, 300)}`),
      };
    case 'text':
      // core-written text: its backticks are meant as formatting, so it is not escaped
      return {
        color: reply.tone === 'error' ? COLORS.error : COLORS.info,
        ...(reply.title ? { title: truncate(reply.title, LIMITS.embedTitle) } : {}),
        description: truncate(reply.text || ' ', LIMITS.embedDescription),
      };
  }
}

function itemBlock(item: ListItem): string {
  const url = safeUrl(item.url);
  const heading = escapeText(truncate(item.heading || 'Untitled', 200));
  // timelines head items with their date; repeating it adds nothing
  const date = item.date && item.heading.trim() === item.date ? '' : ` · ${dateLabel(item.date, item.dateSource)}`;
  const head = `**${url ? `[${heading}](${url})` : heading}**${date}`;
  const lines = item.lines.slice(0, BUDGET.itemLines).map((l) => `• ${escapeText(truncate(l, 400))}`);
  return truncate([head, ...lines].join('\n'), 1500);
}

/** A list's text blocks: group headings and items, in order. */
function listBlocks(reply: ListReply): string[] {
  const blocks: string[] = [];
  for (const group of reply.groups) {
    if (!group.items.length) continue;
    if (group.heading) blocks.push(`__**${escapeText(truncate(group.heading, 200))}**__`);
    for (const item of group.items) blocks.push(itemBlock(item));
  }
  return blocks;
}

/** Packs blocks into descriptions of at most `max` characters, never splitting a block. */
function packBlocks(blocks: string[], max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const block of blocks) {
    const next = current ? `${current}\n\n${block}` : block;
    if (next.length <= max) { current = next; continue; }
    if (current) out.push(current);
    current = block;
  }
  if (current) out.push(current);
  return out;
}

function renderList(reply: ListReply): APIEmbed[] {
  const title = truncate(escapeText(reply.title), LIMITS.embedTitle);
  const blocks = listBlocks(reply);
  const foot = reply.footer ? footer(reply.footer) : undefined;
  if (!blocks.length) {
    return [{ color: COLORS.list, title, description: describe([escapeText(reply.empty)]), ...(foot ? { footer: foot } : {}) }];
  }
  // 4,000 per embed keeps room for the title and footer inside one message's 6,000 total
  const pages = packBlocks(blocks, 3900);
  return pages.map((description, i) => ({
    color: COLORS.list,
    ...(i === 0 ? { title } : {}),
    description,
    ...(foot && i === pages.length - 1 ? { footer: foot } : {}),
  }));
}

/** Groups embeds into messages of at most 10 embeds and 6,000 characters. */
function packEmbeds(embeds: APIEmbed[]): DiscordMessage[] {
  const messages: DiscordMessage[] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const len = embedLength(embed);
    // 100 characters stay free for the "… more" footer renderReply may add
    if (current.length && (current.length >= LIMITS.embeds || size + len > LIMITS.embedTotal - 100)) {
      messages.push({ embeds: current });
      current = [];
      size = 0;
    }
    current.push(embed);
    size += len;
  }
  if (current.length) messages.push({ embeds: current });
  return messages;
}

/** Renders a reply as one or more Discord messages, each within LIMITS; long lists are cut at BUDGET.messages. */
export function renderReply(reply: Reply): DiscordMessage[] {
  const embeds = reply.kind === 'list' ? renderList(reply) : [renderSingle(reply)];
  const messages = packEmbeds(embeds);
  if (messages.length <= BUDGET.messages) return messages;
  const kept = messages.slice(0, BUDGET.messages);
  const dropped = messages.slice(BUDGET.messages).reduce((n, m) => n + m.embeds.length, 0);
  const last = kept[kept.length - 1]!;
  const tail = last.embeds[last.embeds.length - 1]!;
  const note = `… ${dropped} more page${dropped === 1 ? '' : 's'} not shown; narrow the search.`;
  tail.footer = { text: truncate(note, LIMITS.footerText) };
  return kept;
}
