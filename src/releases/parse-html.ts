/** HTML release page (as the ministry's site serves it) → Release, through the text parser. */
import { load, type CheerioAPI } from 'cheerio/slim';
import { AttacheError } from '../errors.js';
import { BOARDS, parseReleaseText } from './parse-text.js';
import type { Release } from './types.js';

/** Site chrome that never belongs to a release: scripts, skip-links, menus, breadcrumbs, footers. */
const CHROME = [
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'button', 'select', 'input', 'aside', '#header', '#footer', '#skipNav', '.skip', '.skipnav', '#gnb', '.gnb', '.lnb',
  '.snb', '.location', '.path', '.breadcrumb', '.top_util', '.util', '.sns', '.share', '.bo_file', '.file',
  '.attach', '.bo_prev_next', '.prev_next', '.view_nav', '.btn_area', '.view_btn', '.paging', '.pagination',
];

/** Where the release lives on the site's pages, most specific first. */
const ARTICLE = ['.board_view', '.bo_view', '.view_wrap', '.board-view', 'article', '#contents', '#content', 'main', 'body'];
const TITLE = ['.bo_head .title', '.bo_head h3', '.bo_head h4', '.bo_tit', '.view_tit', '.view_head h4', '.view_head h3', '.subject', 'h3', 'h4', 'h1'];
const INFO = ['.bo_info', '.view_info', '.info', '.bo_head', '.view_head'];
const BODY = ['.bo_con', '.view_con', '.board_con', '.view_cont', '.content_view', '.bo_cont'];
const BOARD = ['.sub_tit h2', '.tit_page', '#contents h2', '.location span:last-child', '.location li:last-child', '.path'];
/** A list page of the site (links to releases in a table), not a release. */
const LIST = ['.board_list', 'table.bbs_list', '.bo_list'];

/** A DOM node as cheerio hands it out (named without importing domhandler, cheerio's own dependency). */
type AnyNode = Exclude<Parameters<typeof load>[0], string | Buffer | unknown[]>;

const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'tr', 'td', 'th', 'table', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'section', 'article', 'blockquote', 'pre', 'hr', 'center',
]);
const SIGN = /^([°o◦•▪■□◆◇●○\-–·ㅇ※*]|\d{1,2}[.)])\s/u;

/** Text of an element with line breaks where the page breaks lines (block elements, <br>). */
function blockText($: CheerioAPI, root: AnyNode): string {
  const out: string[] = [];
  const walk = (node: AnyNode, listIndex?: { n: number; ordered: boolean }): void => {
    if (node.type === 'text') { out.push(node.data.replace(/[ \t\r\n\f]+/g, ' ')); return; }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const name = node.type === 'tag' ? node.name.toLowerCase() : '';
    if (name === 'br') { out.push('\n'); return; }
    const block = BLOCK.has(name);
    if (block) out.push('\n');
    if (name === 'li' && listIndex) {
      // list items carry no sign in the HTML; give them one so they read as bullets / numbered paragraphs
      listIndex.n += 1;
      const own = $(node).text().replace(/\u00a0/g, ' ').trim();
      if (!SIGN.test(own)) out.push(listIndex.ordered ? `${listIndex.n}. ` : '- ');
    }
    const counter = name === 'ul' || name === 'ol' ? { n: 0, ordered: name === 'ol' } : listIndex;
    for (const child of node.children) walk(child, counter);
    if (block) out.push('\n');
  };
  walk(root);
  return out.join('')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function first(scope: ReturnType<CheerioAPI>, selectors: string[]): ReturnType<CheerioAPI> | undefined {
  for (const sel of selectors) {
    const found = scope.find(sel).first();
    if (found.length && found.text().trim()) return found;
  }
  return undefined;
}

/** The page's own link: <link rel=canonical> or og:url. */
function pageUrl($: CheerioAPI): string | undefined {
  const href = $('link[rel="canonical"]').attr('href') ?? $('meta[property="og:url"]').attr('content');
  return href && /^https?:\/\//i.test(href.trim()) ? href.trim() : undefined;
}

/** The board name from the page heading, the breadcrumb or the <title>. */
function boardName($: CheerioAPI): string {
  const candidates: string[] = [];
  for (const sel of BOARD) $(sel).each((_, el) => { candidates.push($(el).text()); });
  candidates.push($('title').text());
  for (const c of candidates) {
    const text = c.replace(/\s+/g, ' ').trim().toLowerCase();
    // longest names first: "Spokesperson's Press Briefings" before "Press Briefings"
    const hit = [...BOARDS].sort((a, b) => b.length - a.length).find((b) => text === b.toLowerCase() || text.endsWith(`> ${b.toLowerCase()}`) || text.includes(b.toLowerCase()));
    if (hit) return hit;
  }
  return '';
}

/** The date block as the text parser reads it ("Date : 2019-10-17"), from the info line under the title. */
function dateLine(text: string): string | null {
  const m = /date\s*:?\s*(\d{4}[-./]\d{1,2}[-./]\d{1,2})/i.exec(text.replace(/\s+/g, ' '));
  return m ? `Date : ${m[1]}` : null;
}

/**
 * Parses one HTML release page of the ministry's site. The article (title, date block, body) is read
 * from the page's structure, navigation and scripts stripped, and the body handed to the text parser
 * so both formats yield the same paragraph kinds. The id is `mofa-<seq>` when the URL has a `seq`.
 * @throws AttacheError `release_unparseable` for pages that are not releases (lists, error pages).
 */
export function parseReleaseHtml(html: string, opts: { id: string; url?: string }): Release {
  const $ = load(html);
  const url = opts.url ?? pageUrl($);
  const board = boardName($);
  const listPage = LIST.some((sel) => $(sel).length > 0) && !BODY.some((sel) => $(sel).length > 0);
  if (listPage) throw new AttacheError('release_unparseable', `"${opts.id}" is a list page, not a release`);
  $(CHROME.join(',')).remove();
  // <header>/<footer>/<nav> are chrome at page level, but an <article> may keep its title in its own <header>
  $('header, footer, nav').filter((_, el) => $(el).closest('article, .board_view, .bo_view').length === 0).remove();

  const article = ARTICLE.map((sel) => $(sel).first()).find((found) => found.length > 0 && found.text().trim() !== '') ?? $.root();
  const titleEl = first(article, TITLE);
  const bodyEl = first(article, BODY);
  const infoEl = first(article, INFO);
  // the first line only: an unclosed heading in broken markup swallows the blocks after it
  const title = titleEl ? (blockText($, titleEl.get(0)!).split('\n').find((l) => l.trim()) ?? '').trim() : '';
  const date = infoEl ? dateLine(infoEl.text()) : dateLine(article.text().slice(0, 2000));

  let body: string;
  if (bodyEl) body = blockText($, bodyEl.get(0)!);
  else {
    // no known body container: everything in the article after the title and the info line
    titleEl?.remove();
    if (infoEl && !infoEl.find('p').length) infoEl.remove();
    body = blockText($, article.get(0)!).replace(/^.*date\s*:?\s*\d{4}[-./]\d{1,2}[-./]\d{1,2}.*$/gim, '').replace(/^\s*(hits?)\s*:?\s*\d*\s*$/gim, '');
    // without the site's structure, demand prose: one line of 12 words or more
    if (!body.split('\n').some((l) => l.split(/\s+/).length >= 12)) {
      throw new AttacheError('release_unparseable', `"${opts.id}" does not look like a release page (no article body)`);
    }
  }
  if (!title) throw new AttacheError('release_unparseable', `"${opts.id}" does not look like a release page (no title)`);

  const text = [board, '', title, '', date ?? '', '', body].join('\n');
  const release = parseReleaseText(text, { id: opts.id, ...(url ? { url } : {}) });
  const seq = url ? /[?&]seq=(\d+)/.exec(url)?.[1] : undefined;
  return {
    ...release,
    id: seq ? `mofa-${seq}` : opts.id,
    title,
    board: board || release.board,
  };
}
