/** Canonical release URLs, release ids and the decoding of non-UTF-8 pages. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalUrl, releaseIdFor } from '../../src/sources/canonical.js';
import { charsetFromContentType, charsetFromMarkup, decodeBody } from '../../src/sources/decode.js';
import { fixture } from './site-server.js';

const SEQ_URLS: [string, string][] = [
  ['https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=322004&srchFr=&srchTo=&page=1', 'https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=322004'],
  ['https://WWW.MOFA.GO.KR/eng/brd/m_5676/view.do?page=3&seq=322004#top', 'https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=322004'],
  ['view.do?seq=320649&itm_seq_1=0', 'https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=320649'],
];

describe('canonicalUrl', () => {
  for (const [raw, canonical] of SEQ_URLS) {
    it(`keeps only seq in ${raw}`, () => {
      expect(canonicalUrl(raw, 'https://www.mofa.go.kr/eng/brd/m_5676/list.do')).toBe(canonical);
    });
  }

  it('drops tracking parameters and sorts the others when there is no seq', () => {
    expect(canonicalUrl('https://example.org/news?b=2&utm_source=rss&a=1#x')).toBe('https://example.org/news?a=1&b=2');
  });

  it('is idempotent for any seq and any extra parameters', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9_999_999 }), fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), fc.string({ maxLength: 8 })), (seq, extra) => {
      const params = new URLSearchParams({ ...extra, seq: String(seq) });
      const once = canonicalUrl(`https://www.mofa.go.kr/eng/brd/m_5676/view.do?${params}`);
      expect(once).toBe(`https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=${seq}`);
      expect(canonicalUrl(once)).toBe(once);
    }));
  });
});

describe('releaseIdFor', () => {
  it('names the site pages mofa-<seq> and other pages by host and hash', () => {
    expect(releaseIdFor('https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=322004')).toBe('mofa-322004');
    expect(releaseIdFor('https://www.example.org/a')).toMatch(/^example-org-[0-9a-f]{12}$/);
    expect(releaseIdFor('https://www.example.org/a')).not.toBe(releaseIdFor('https://www.example.org/b'));
  });
});

describe('decodeBody', () => {
  const euckr = fixture('view-318000-euckr.html');

  it('decodes EUC-KR named by the Content-Type header', () => {
    const { text, charset } = decodeBody(euckr, 'text/html; charset=EUC-KR');
    expect(charset).toBe('euc-kr');
    expect(text).toContain('독도 자료 세미나');
  });

  it('decodes EUC-KR named only by the page <meta>, and the ks_c_5601-1987 alias', () => {
    expect(decodeBody(euckr, 'text/html').text).toContain('외교부');
    expect(decodeBody(euckr, 'text/html; charset=ks_c_5601-1987').text).toContain('외교부');
  });

  it('falls back to UTF-8 for an unknown charset and reads a BOM', () => {
    expect(decodeBody(Buffer.from('<p>é</p>'), 'text/html; charset=x-unknown')).toEqual({ text: '<p>é</p>', charset: 'utf-8' });
    expect(decodeBody(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ok')]), 'text/html; charset=euc-kr').text).toBe('ok');
  });

  it('finds the charset in headers, <meta> tags and XML declarations', () => {
    expect(charsetFromContentType('text/html;charset="utf-8"')).toBe('utf-8');
    expect(charsetFromMarkup(Buffer.from('<meta charset=euc-kr>'))).toBe('euc-kr');
    expect(charsetFromMarkup(Buffer.from('<?xml version="1.0" encoding="EUC-KR"?><rss/>'))).toBe('euc-kr');
    expect(charsetFromMarkup(Buffer.from('<html><body>none</body></html>'))).toBeUndefined();
  });
});
