/** The site's board list pages → links to release pages and the next list page (cheerio). */
import { load } from 'cheerio/slim';

/** What a list page offers. */
export interface BoardPage {
  /** Release page links (absolute), in page order, without duplicates. */
  links: string[];
  /** The next list page, when the pagination has one. */
  next?: string;
}

/** Release pages: the site's `view.do?seq=N`, or any link with a numeric `seq`. */
const RELEASE_HREF = /[?&]seq=\d+/i;

/** Whether an HTML page is a list of releases rather than a release (no article body, several seq links). */
export function looksLikeBoard(html: string): boolean {
  if (/class=["'][^"']*\b(bo_con|view_con|board_con)\b/i.test(html)) return false;
  return (html.match(/[?&]seq=\d+/gi) ?? []).length >= 2 || /class=["'][^"']*\bboard_list\b/i.test(html);
}

/** Parses a board list page; links are resolved against the page's URL. */
export function parseBoardPage(html: string, pageUrl: string): BoardPage {
  const $ = load(html);
  $('script, style, #header, #footer, header, footer, #gnb, .gnb, .lnb, nav:not(.paging):not(.pagination)').remove();
  const scope = ['.board_list', 'table.bbs_list', '.bo_list', '#contents', '#content', 'main', 'body']
    .map((sel) => $(sel).first())
    .find((el) => el.length > 0 && RELEASE_HREF.test(el.html() ?? '')) ?? $.root();
  const links: string[] = [];
  const seen = new Set<string>();
  scope.find('a[href]').each((_, a) => {
    const href = $(a).attr('href') ?? '';
    if (!RELEASE_HREF.test(href) || /^\s*javascript:/i.test(href)) return;
    try {
      const abs = new URL(href, pageUrl).toString();
      if (!seen.has(abs)) { seen.add(abs); links.push(abs); }
    } catch { /* malformed href: not a link */ }
  });
  return { links, ...(nextPage($, pageUrl) ? { next: nextPage($, pageUrl)! } : {}) };
}

/** The pagination's next page: rel=next, a "next" link, or the number after the current page. */
function nextPage($: ReturnType<typeof load>, pageUrl: string): string | undefined {
  const abs = (href: string | undefined): string | undefined => {
    if (!href || /^\s*(javascript:|#)/i.test(href)) return undefined;
    try { return new URL(href, pageUrl).toString(); } catch { return undefined; }
  };
  const rel = abs($('a[rel="next"], link[rel="next"]').first().attr('href'));
  if (rel) return rel;
  const paging = $('.paging, .pagination, .page, .board_paging').first();
  if (!paging.length) return undefined;
  const current = Number(paging.find('strong, .on, .active, [aria-current]').first().text().trim());
  if (Number.isFinite(current) && current > 0) {
    const numbered = paging.find('a').filter((_, a) => $(a).text().trim() === String(current + 1)).first();
    const href = abs(numbered.attr('href'));
    if (href) return href;
  }
  const labelled = paging.find('a').filter((_, a) => {
    const el = $(a);
    const label = `${el.text()} ${el.attr('title') ?? ''} ${el.attr('class') ?? ''}`.toLowerCase();
    return /\bnext\b|다음/.test(label) && !/last|end|끝/.test(label);
  }).first();
  return abs(labelled.attr('href'));
}
