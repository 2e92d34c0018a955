/** Feeds (RSS, Atom) and the site's board list pages → release links. */
import { describe, expect, it } from 'vitest';
import { looksLikeBoard, parseBoardPage } from '../../src/sources/board.js';
import { looksLikeFeed, parseFeed } from '../../src/sources/feed.js';
import { fixture } from './site-server.js';

const BASE = 'http://127.0.0.1:8080';
const text = (name: string): string => fixture(name).toString('utf8').replaceAll('{{BASE}}', BASE).replace('{{NEW_ITEMS}}', '');

describe('parseFeed', () => {
  it('lists the links of an RSS feed with titles and dates', () => {
    const feed = parseFeed(text('feed.xml'), `${BASE}/feed.xml`);
    expect(feed).toMatchObject({ ok: true, format: 'rss', title: 'Press Releases - Ministry of Foreign Affairs, Republic of Korea' });
    if (!feed.ok) return;
    expect(feed.items).toEqual([
      { link: `${BASE}/eng/brd/m_5676/view.do?seq=322004&utm_source=rss&page=1`, title: 'Korea Decides on Humanitarian Aid for the People of Ukraine', published: 'Mon, 28 Feb 2022 09:00:00 +0900' },
      { link: `${BASE}/eng/brd/m_5676/view.do?seq=317522`, title: 'ROK to Extend US$500,000 in Humanitarian Aid to Haiti after Hurricane', published: 'Wed, 12 Oct 2016 17:38:28 +0900' },
    ]);
  });

  it('takes the alternate link of Atom entries, resolved against the feed URL', () => {
    const feed = parseFeed(text('atom.xml'), `${BASE}/atom.xml`);
    expect(feed.ok && feed.items.map((i) => i.link)).toEqual([`${BASE}/eng/brd/m_5674/view.do?seq=320649`, `${BASE}/mirror/ukraine-aid.html`]);
  });

  it('reports malformed XML and XML that is no feed as reasons, not exceptions', () => {
    const broken = parseFeed(text('broken-feed.xml'), `${BASE}/x`);
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.reason).toMatch(/^not well-formed XML \(line \d+/);
    expect(parseFeed('<?xml version="1.0"?><sitemap><url/></sitemap>', BASE)).toEqual({ ok: false, reason: 'XML but not an RSS or Atom feed' });
  });

  it('tells feeds from HTML pages', () => {
    expect(looksLikeFeed(text('feed.xml'))).toBe(true);
    expect(looksLikeFeed('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toBe(true);
    expect(looksLikeFeed('junk', 'application/rss+xml')).toBe(true);
    expect(looksLikeFeed(text('list-1.html'), 'text/html')).toBe(false);
  });
});

describe('parseBoardPage', () => {
  it('lists the release links of a board page and finds its next page', () => {
    const page = parseBoardPage(text('list-1.html'), `${BASE}/eng/brd/m_5676/list.do?page=1`);
    expect(page.links.map((l) => new URL(l).searchParams.get('seq'))).toEqual(['322004', '317522']);
    expect(page.links[0]).toMatch(/^http:\/\/127\.0\.0\.1:8080\/eng\/brd\/m_5676\/view\.do\?seq=322004&srchFr=/);
    expect(page.next).toBe(`${BASE}/eng/brd/m_5676/list.do?page=2`);
  });

  it('has no next page on the last page, and resolves absolute paths', () => {
    const page = parseBoardPage(text('list-2.html'), `${BASE}/eng/brd/m_5676/list.do?page=2`);
    expect(page.next).toBeUndefined();
    expect(page.links[0]).toBe(`${BASE}/eng/brd/m_5674/view.do?seq=320649&page=2`);
    expect(page.links).toHaveLength(3);
  });

  it('follows a "next" link when the pagination shows no page numbers', () => {
    const html = '<div class="board_list"><a href="view.do?seq=1">a</a><a href="view.do?seq=2">b</a></div><div class="paging"><a href="list.do?page=7" class="next">Next</a></div>';
    expect(parseBoardPage(html, `${BASE}/list.do?page=6`).next).toBe(`${BASE}/list.do?page=7`);
  });

  it('tells a list page from a release page (which links to its neighbours)', () => {
    expect(looksLikeBoard(text('list-1.html'))).toBe(true);
    expect(looksLikeBoard(text('view-322004.html'))).toBe(false);
  });
});
