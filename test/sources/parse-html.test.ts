/** The HTML release parser over pages in the ministry's site structure. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AttacheError } from '../../src/errors.js';
import { parseReleaseHtml } from '../../src/releases/parse-html.js';
import { parseReleaseText } from '../../src/releases/parse-text.js';
import { fixture } from './site-server.js';

const BASE = 'https://www.mofa.go.kr/eng/brd/m_5676/view.do';
const page = (name: string): string => fixture(name).toString('utf8');

/** Fixed expectations per fixture page: title, date, board, paragraph kinds in order. */
const PAGES = [
  {
    file: 'view-322004.html', seq: '322004', title: 'Korea Decides on Humanitarian Aid for the People of Ukraine', date: '2022-02-28',
    board: 'Press Releases', kinds: ['numbered', 'bullet', 'bullet', 'bullet', 'bullet', 'note', 'numbered'], unofficial: true,
  },
  {
    file: 'view-317522.html', seq: '317522', title: 'ROK to Extend US$500,000 in Humanitarian Aid to Haiti after Hurricane', date: '2016-10-12',
    board: 'Press Releases', kinds: ['numbered', 'bullet', 'bullet', 'bullet', 'numbered', 'numbered'], unofficial: true,
  },
  {
    file: 'view-320649.html', seq: '320649', title: "Results of Korea-Uzbekistan Foreign Ministers' Talks", date: '2021-07-30',
    board: 'Ministry News', kinds: ['numbered', 'footnote', 'numbered', 'bullet', 'bullet', 'footnote'], unofficial: false,
  },
  {
    file: 'view-322507.html', seq: '322507', title: 'ASEAN-ROK Dialogue Holds Its 28th Session', date: '2024-04-04',
    board: 'Press Releases', kinds: ['numbered', 'note', 'note', 'note', 'numbered'], unofficial: true,
  },
] as const;

describe('parseReleaseHtml', () => {
  for (const p of PAGES) {
    it(`reads the title, stated date, board and paragraph kinds of ${p.file}`, () => {
      const r = parseReleaseHtml(page(p.file), { id: 'page', url: `${BASE}?seq=${p.seq}&page=1` });
      expect(r.id).toBe(`mofa-${p.seq}`);
      expect(r.title).toBe(p.title);
      expect(r.date).toBe(p.date);
      expect(r.dateSource).toBe('stated');
      expect(r.board).toBe(p.board);
      expect(r.paragraphs.map((x) => x.kind)).toEqual(p.kinds);
      expect(r.unofficialTranslation).toBe(p.unofficial);
    });
  }

  it('keeps scripts, menus, breadcrumbs, attachments and footers out of the paragraphs', () => {
    const r = parseReleaseHtml(page('view-322004.html'), { id: 'x' });
    const all = r.paragraphs.map((p) => p.text).join('\n');
    for (const chrome of ['_gaq', 'querySelectorAll', 'Sajik-ro', 'Ukraine_aid.hwp', 'Outcome of the ROK-Australia', 'HOME', 'Minister\n', 'List']) {
      expect(all).not.toContain(chrome);
    }
    expect(r.paragraphs[0]!.text).toMatch(/^The Korean government has made a decision to offer US\$10 million/);
  });

  it('yields the same paragraphs as the text parser reading the same release as page text', () => {
    const html = parseReleaseHtml(page('view-322004.html'), { id: 'mofa-322004' });
    const text = parseReleaseText(fixture('../corpus/mofa-322004.txt').toString('utf8'), { id: 'mofa-322004' });
    expect(html.paragraphs).toEqual(text.paragraphs);
    expect(html.title).toBe(text.title);
    expect(html.date).toBe(text.date);
  });

  it('takes the URL from <link rel=canonical> or og:url when none is given', () => {
    expect(parseReleaseHtml(page('view-317522.html'), { id: 'a' }).url).toBe('https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=317522');
    const r = parseReleaseHtml(page('view-320649.html'), { id: 'b' });
    expect(r.url).toBe('https://www.mofa.go.kr/eng/brd/m_5674/view.do?seq=320649');
    expect(r.id).toBe('mofa-320649');
  });

  it('keeps the given id when the URL has no seq', () => {
    expect(parseReleaseHtml(page('view-322507.html'), { id: 'asean-dialogue', url: 'https://example.org/asean.html' }).id).toBe('asean-dialogue');
  });

  it('reads a page decoded from EUC-KR, Korean words included', () => {
    const html = new TextDecoder('euc-kr').decode(fixture('view-318000-euckr.html'));
    const r = parseReleaseHtml(html, { id: 'x', url: `${BASE}?seq=318000` });
    expect(r.title).toBe('Korea Hosts Seminar on the Dokdo Archives (독도 자료 세미나)');
    expect(r.paragraphs[0]!.text).toContain('외교부');
  });

  it('refuses a board list page, a sitemap and an error page as not releases', () => {
    for (const html of [page('list-1.html'), page('not-a-release.html'), '<html><body><h1>Page not found</h1></body></html>', '']) {
      expect(() => parseReleaseHtml(html, { id: 'p' })).toThrow(expect.objectContaining({ code: 'release_unparseable' }));
    }
  });

  it('reads a page whose markup is broken (unclosed tags, no <html>)', () => {
    const broken = '<div class="board_view"><div class="bo_head"><h3 class="title">ROK and Chile Hold Consultations<div class="bo_info">Date 2019-10-17 hit 605</div>'
      + '<div class="bo_con"><p>1. The ROK and Chile held their 5th policy consultations in Seoul on October 17.<p>° The two sides discussed trade<br>° and climate cooperation';
    const r = parseReleaseHtml(broken, { id: 'broken' });
    expect(r.title).toBe('ROK and Chile Hold Consultations');
    expect(r.date).toBe('2019-10-17');
    expect(r.paragraphs.map((p) => p.kind)).toEqual(['numbered', 'bullet', 'bullet']);
  });

  it('never throws anything but a coded error, whatever the input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => {
      try { parseReleaseHtml(`<div class="bo_con">${s}</div>${s}`, { id: 'fuzz' }); } catch (err) {
        expect(err).toBeInstanceOf(AttacheError);
      }
    }), { numRuns: 300 });
  });
});
