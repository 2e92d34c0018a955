/** Markdown rendering of a briefing (`attache brief --format markdown`): headings per group, one bullet per release. */
import type { ListReply, Reply } from '../../src/reply.js';

const escapeMd = (s: string): string => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

function renderList(reply: ListReply): string {
  const out = [`## ${escapeMd(reply.title)}`, ''];
  const groups = reply.groups.filter((g) => g.items.length);
  if (!groups.length) out.push(escapeMd(reply.empty), '');
  for (const g of groups) {
    if (g.heading) out.push(`### ${escapeMd(g.heading)}`, '');
    for (const it of g.items) {
      const title = it.url ? `[${escapeMd(it.heading)}](${it.url})` : escapeMd(it.heading);
      const date = it.date ? ` — ${it.date}${it.dateSource === 'inferred' ? ' (date inferred)' : ''}` : '';
      out.push(`- **${title}**${date}`);
      for (const line of it.lines) out.push(`  - ${escapeMd(line)}`);
    }
    out.push('');
  }
  if (reply.footer) out.push(`_${escapeMd(reply.footer)}_`, '');
  return out.join('\n').trimEnd();
}

/** Renders a briefing (a ListReply) as Markdown; other replies as their text. */
export function renderMarkdown(reply: Reply): string {
  switch (reply.kind) {
    case 'list': return renderList(reply);
    case 'text': return reply.title ? `## ${escapeMd(reply.title)}\n\n${reply.text}` : reply.text;
    default: return 'message' in reply ? reply.message : reply.answer;
  }
}
