/** RSS 2.0, RSS 1.0 (RDF) and Atom feeds → the release links they list (fast-xml-parser). */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One entry of a feed. */
export interface FeedItem { link: string; title?: string; published?: string }

/** A parsed feed, or why it could not be read: expected outcomes are values. */
export type FeedResult =
  | { ok: true; format: 'rss' | 'atom' | 'rdf'; title?: string; items: FeedItem[] }
  | { ok: false; reason: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  processEntities: true,
  htmlEntities: true,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

/** Whether a body looks like XML (a feed) rather than an HTML page. */
export function looksLikeFeed(text: string, contentType = ''): boolean {
  if (/(rss|atom|rdf)\+xml|\/xml/i.test(contentType)) return true;
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(text);
}

const str = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '#text' in v) return str((v as Record<string, unknown>)['#text']);
  return undefined;
};

/** The page link of an RSS item or Atom entry: <link>text</link> or <link rel="alternate" href>. */
function linkOf(entry: Record<string, unknown>): string | undefined {
  const links = (entry.link as unknown[] | undefined) ?? [];
  for (const l of links) {
    if (typeof l === 'string' && l.trim()) return l.trim();
    if (l && typeof l === 'object') {
      const rec = l as Record<string, unknown>;
      const rel = str(rec['@_rel']) ?? 'alternate';
      const href = str(rec['@_href']) ?? str(rec['#text']);
      if (href && rel === 'alternate') return href;
    }
  }
  // RSS items without <link> may still have a permalink <guid>
  const guid = entry.guid as Record<string, unknown> | string | undefined;
  const g = str(guid);
  const permalink = typeof guid === 'object' ? str(guid['@_isPermaLink']) !== 'false' : true;
  return g && permalink && /^https?:\/\//i.test(g) ? g : undefined;
}

/** Parses a feed; links are resolved against the feed's URL. */
export function parseFeed(xml: string, feedUrl: string): FeedResult {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { ok: false, reason: `not well-formed XML (line ${valid.err.line}: ${valid.err.msg})` };
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch (err) {
    return { ok: false, reason: `not readable XML (${err instanceof Error ? err.message : String(err)})` };
  }
  const rss = doc.rss as Record<string, unknown> | undefined;
  const atom = doc.feed as Record<string, unknown> | undefined;
  const rdf = doc.RDF as Record<string, unknown> | undefined;
  let format: 'rss' | 'atom' | 'rdf';
  let entries: unknown[];
  let title: string | undefined;
  if (rss) {
    const channel = (rss.channel ?? {}) as Record<string, unknown>;
    format = 'rss'; entries = (channel.item as unknown[] | undefined) ?? []; title = str(channel.title);
  } else if (atom) {
    format = 'atom'; entries = (atom.entry as unknown[] | undefined) ?? []; title = str(atom.title);
  } else if (rdf) {
    format = 'rdf'; entries = (rdf.item as unknown[] | undefined) ?? []; title = str((rdf.channel as Record<string, unknown> | undefined)?.title);
  } else {
    return { ok: false, reason: 'XML but not an RSS or Atom feed' };
  }
  const items: FeedItem[] = [];
  for (const e of entries) {
    if (!e || typeof e !== 'object') continue;
    const rec = e as Record<string, unknown>;
    const link = linkOf(rec);
    if (!link) continue;
    let resolved: string;
    try { resolved = new URL(link, feedUrl).toString(); } catch { continue; }
    const published = str(rec.pubDate) ?? str(rec.published) ?? str(rec.updated) ?? str(rec.date);
    items.push({ link: resolved, ...(str(rec.title) ? { title: str(rec.title)! } : {}), ...(published ? { published } : {}) });
  }
  return { ok: true, format, ...(title ? { title } : {}), items };
}
