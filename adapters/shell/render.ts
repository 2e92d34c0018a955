/** Plain-text rendering of a Reply, for the terminal chat and the CLI's `reply` field. */
import type { Reply, Source } from '../../src/reply.js';

function dated(date: string | null, source?: Source['dateSource']): string {
  if (!date) return 'undated';
  return source === 'inferred' ? `${date}, date inferred` : date;
}

function cite(s: Source): string {
  return `${s.title} (${dated(s.date, s.dateSource)})${s.url ? ` ${s.url}` : ''}`;
}

/** Renders any reply as plain text lines. */
export function renderText(reply: Reply): string {
  switch (reply.kind) {
    case 'answer': {
      const [first, ...more] = reply.sources;
      const lines = [reply.answer, `  “${reply.evidence}”`];
      if (first) lines.push(`  — ${cite(first)}`);
      if (reply.asOf) lines.push(`  (as of ${reply.asOf})`);
      for (const s of more) lines.push(`  also stated in: ${cite(s)}`);
      for (const n of reply.notes) lines.push(`  note: ${n}`);
      return lines.join('\n');
    }
    case 'abstention': {
      const lines = [reply.message];
      if (reply.closest.length) {
        lines.push('Closest facts I have:');
        for (const s of reply.closest) lines.push(`  • “${s.quote}”`, `    — ${cite(s)}`);
      }
      return lines.join('\n');
    }
    case 'conflict': {
      const lines = [reply.message];
      for (const a of reply.answers) lines.push(`  • ${a.answer}: “${a.source.quote}”`, `    — ${cite(a.source)}`);
      return lines.join('\n');
    }
    case 'list': {
      const lines = [reply.title];
      const items = reply.groups.flatMap((g) => g.items);
      if (!items.length) lines.push(reply.empty);
      for (const g of reply.groups) {
        if (!g.items.length) continue;
        if (g.heading) lines.push('', g.heading);
        for (const it of g.items) {
          lines.push(`• ${it.heading} (${dated(it.date, it.dateSource)})${it.url ? ` ${it.url}` : ''}`);
          for (const l of it.lines) lines.push(`    ${l}`);
        }
      }
      if (reply.footer) lines.push('', reply.footer);
      return lines.join('\n');
    }
    case 'text':
      return reply.title ? `${reply.title}\n${reply.text}` : reply.text;
  }
}
