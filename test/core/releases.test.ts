/** Release parsing over every page we have: titles, boards, stated and inferred dates, bullets, notes, and files that are not releases. */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanInput } from '../../src/commands.js';
import { AttacheError } from '../../src/errors.js';
import { readReleases } from '../../src/releases/load.js';
import { parseReleaseText } from '../../src/releases/parse-text.js';
import type { Release } from '../../src/releases/types.js';
import { CORPUS, DATA_RELEASES, SEED, removeTempDirs, tempDataDir, tempDir } from './paths.js';

/** Releases without a date block, and the year their text gives (read by hand from each page). */
const INFERRED: Record<string, string> = {
  'mofa-314304': '2014',
  'mofa-319484': '2017',
  'mofa-320076': '2018',
  'mofa-320649': '2021',
  'mofa-320955': '2020',
  'mofa-321423': '2020',
  'seed-rok-kz-uz-2018': '2018-11-06',
};

const BOARD_NAMES = ['Press Releases', 'Ministry News', 'Press Briefings'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface PageHeader { board: string; title: string; date: string | null; body: string[] }

/** An independent reading of a page's header: the board line, the title line after it, and its date block if any. */
function readHeader(text: string): PageHeader {
  const lines = text.replace(/\u00a0/g, ' ').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const b = lines.findIndex((l) => BOARD_NAMES.includes(l));
  if (b < 0) throw new Error('no board line');
  const title = lines[b + 1]!;
  let i = b + 2;
  let date: string | null = null;
  const iso = (s: string | undefined): string | null => {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
    return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
  };
  const dateline = (s: string): string | null => {
    const a = /^(\d{1,2}) ([A-Za-z]+),? (\d{4})\b/.exec(s);
    const c = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})\b/.exec(s);
    const [d, mo, y] = a ? [a[1]!, a[2]!, a[3]!] : c ? [c[2]!, c[1]!, c[3]!] : [];
    const month = mo ? MONTHS.indexOf(mo.slice(0, 3).toLowerCase()) + 1 : 0;
    return d && y && month ? `${y}-${String(month).padStart(2, '0')}-${d.padStart(2, '0')}` : null;
  };
  const inline = /date\s*:\s*(\d{4}-\d{2}-\d{2})/i.exec(lines[i] ?? '');
  if (/^date$/i.test(lines[i] ?? '')) { date = iso(lines[i + 1]); i += 2; } else if (inline) { date = inline[1]!; i++; } else if (dateline(lines[i] ?? '')) { date = dateline(lines[i]!); i++; }
  if (/^hits?$/i.test(lines[i] ?? '')) i += /^\d+$/.test(lines[i + 1] ?? '') ? 2 : 1;
  return { board: lines[b]!, title, date, body: lines.slice(i) };
}

/** Every release page we have: the development corpus and the shipped releases. */
const PAGES = [
  ...readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => join(CORPUS, f)),
  ...readdirSync(DATA_RELEASES).filter((f) => f.endsWith('.txt')).map((f) => join(DATA_RELEASES, f)),
];

afterAll(removeTempDirs);

describe('every release page we have', () => {
  const { releases, skipped } = readReleases([CORPUS, DATA_RELEASES]);
  const byId = new Map(releases.map((r) => [r.id, r]));

  it('is read as a release, with none skipped', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(31);
    expect(skipped).toEqual([]);
    expect(releases.map((r) => r.id).sort()).toEqual(PAGES.map((p) => basename(p, '.txt')).sort());
  });

  it.each(PAGES.map((p) => [basename(p, '.txt'), p]))('%s has the title, board and body of its page', (id, file) => {
    const page = readFileSync(file, 'utf8');
    const header = readHeader(page);
    const direct = parseReleaseText(page, { id });
    const loaded = byId.get(id)!;
    for (const r of [direct, loaded]) {
      expect(r.id).toBe(id);
      expect(r.title).toBe(header.title);
      expect(r.board).toBe(header.board);
      expect(r.paragraphs.length).toBeGreaterThan(0);
      expect(r.paragraphs.every((p) => p.text.trim().length > 0)).toBe(true);
    }
    // every numbered paragraph of the page is a numbered paragraph of the release, in order
    const numbered = header.body.filter((l) => /^\d{1,2}\.\s/.test(l)).map((l) => Number(/^\d+/.exec(l)![0]));
    expect(direct.paragraphs.filter((p) => p.kind === 'numbered').map((p) => p.number)).toEqual(numbered);
    // no sentence of the body is lost: each body line is (the text of) some paragraph
    const texts = direct.paragraphs.map((p) => p.text);
    for (const line of header.body) {
      if (/^\*\s*unofficial translation$/i.test(line)) continue;
      const core = line.replace(/^(?:\d{1,2}[.)]|[a-h][.)](?=\s)|[°◦•·※*\-–]|o(?=\s))\s*/u, '').replace(/^\[|\]$/g, '').trim();
      const probe = core.slice(0, 40);
      expect(texts.some((t) => t.includes(probe)), `body line lost: ${line.slice(0, 80)}`).toBe(true);
    }
    expect(direct.unofficialTranslation).toBe(/^\*\s*unofficial translation\s*$/im.test(page));
  });

  it.each(PAGES.map((p) => [basename(p, '.txt'), p]))('%s has the date its page states, or the year its text gives', (id, file) => {
    const header = readHeader(readFileSync(file, 'utf8'));
    const r = byId.get(id)!;
    if (header.date) {
      expect(r.dateSource).toBe('stated');
      expect(r.date).toBe(header.date);
      expect(r.datePrecision).toBe('day');
      return;
    }
    expect(r.dateSource).toBe('inferred');
    const want = INFERRED[id];
    if (want === undefined) {
      // not in the hand-read table: at least a plausible year, never a stated-looking invention
      expect(r.date).toMatch(/^(?:19|20)\d\d(?:-\d\d(?:-\d\d)?)?$/);
      return;
    }
    if (want.length === 10) {
      expect(r.date).toBe(want);
      expect(r.datePrecision).toBe('day');
    } else {
      expect(r.date?.slice(0, 4)).toBe(want);
    }
  });

  it('covers every release of the inferred-date table', () => {
    for (const id of Object.keys(INFERRED)) expect(byId.get(id)?.dateSource, id).toBe('inferred');
  });

  it('gives the seed release its Korean board, its English title and the unofficial-translation flag', () => {
    const seed = byId.get('seed-rok-kz-uz-2018')!;
    expect(seed.board).toBe('Press Releases');
    expect(seed.title).toMatch(/^ROK-Kazakhstan and ROK-Uzbekistan Bilateral Vice Ministerial Meetings/);
    expect(seed.unofficialTranslation).toBe(true);
    expect(seed.paragraphs.some((p) => /바로가기|검색창/.test(p.text))).toBe(false);
  });
});

const BULLET_PAGE = `Skip navigation
HOME > Press > Press Releases
Press Releases

Test Release on Bullets and Notes

• Date : 2019-10-17 17:38:28 • Hit : 605

1. The first numbered paragraph, about Kazakhstan.
° A degree-sign bullet.
o An o bullet.
◦ A white-circle bullet.
- A dash bullet.
※ A note on the figures.
* figures released by the Ministry of Economy.
2. The second numbered paragraph.

* unofficial translation
`;

describe('parseReleaseText', () => {
  it('reads ° o ◦ - bullets, ※ notes and * footnotes as paragraphs of their kinds', () => {
    const r = parseReleaseText(BULLET_PAGE, { id: 'bullets' });
    expect(r.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['numbered', 'The first numbered paragraph, about Kazakhstan.'],
      ['bullet', 'A degree-sign bullet.'],
      ['bullet', 'An o bullet.'],
      ['bullet', 'A white-circle bullet.'],
      ['bullet', 'A dash bullet.'],
      ['note', 'A note on the figures.'],
      ['footnote', 'figures released by the Ministry of Economy.'],
      ['numbered', 'The second numbered paragraph.'],
    ]);
    expect(r.paragraphs.filter((p) => p.kind === 'numbered').map((p) => p.number)).toEqual([1, 2]);
  });

  it('reads the one-line "• Date : … • Hit : …" block as a stated day', () => {
    const r = parseReleaseText(BULLET_PAGE, { id: 'bullets' });
    expect(r).toMatchObject({ date: '2019-10-17', datePrecision: 'day', dateSource: 'stated', title: 'Test Release on Bullets and Notes' });
  });

  it('sets unofficialTranslation only when the page ends with the note', () => {
    expect(parseReleaseText(BULLET_PAGE, { id: 'a' }).unofficialTranslation).toBe(true);
    expect(parseReleaseText(BULLET_PAGE.replace('* unofficial translation', ''), { id: 'b' }).unofficialTranslation).toBe(false);
  });

  it('reads a dateline such as "22 May 2015, Seoul" as the stated date', () => {
    const r = parseReleaseText('Press Releases\nFifth Meeting in Seoul\n22 May 2015, Seoul\n1. Seoul hosted the meeting.\n', { id: 'x' });
    expect(r).toMatchObject({ date: '2015-05-22', dateSource: 'stated', title: 'Fifth Meeting in Seoul' });
  });

  it('never invents a day: a release that gives only years is dated to the year', () => {
    const r = parseReleaseText('Press Releases\nKorea and Kazakhstan Review Ties\n1. The two sides noted that trade grew in 2016 and 2017.\n', { id: 'y' });
    expect(r.dateSource).toBe('inferred');
    expect(r.date).toBe('2017');
    expect(r.datePrecision).toBe('year');
  });

  it('takes the year written with the day the title gives, not a later year the release plans for', () => {
    const r = parseReleaseText('Press Releases\nVice FM Holds 4th Strategic Dialogue (Sept. 5)\n1. The two sides held the 4th Strategic Dialogue in Seoul on September 5, 2023.\n2. They agreed to hold the 5th Dialogue in 2024, and to make the 70th anniversary of relations in 2027 an occasion to deepen ties.\n', { id: 'z' });
    expect(r).toMatchObject({ date: '2023-09-05', dateSource: 'inferred' });
  });

  it('refuses a text with a title but no body, with the code release_unparseable', () => {
    expect(() => parseReleaseText('just one line of random text', { id: 'junk' })).toThrow(AttacheError);
    try { parseReleaseText('just one line of random text', { id: 'junk' }); } catch (err) {
      expect((err as AttacheError).code).toBe('release_unparseable');
    }
  });

  it('throws nothing but AttacheError(release_unparseable) on arbitrary text, and returns a titled release with a body otherwise', () => {
    const line = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.constantFrom('Press Releases', 'Ministry News', 'Date', '2019-10-17', 'Hit', '605', 'KOR', '바로가기 메뉴', '* unofficial translation', '', '1. On November 6 the Minister met.', '° bullet', '※ note', '22 May 2015, Seoul', '• Date : 2019-10-17 • Hit : 605'),
    );
    fc.assert(fc.property(fc.array(line, { maxLength: 14 }), fc.string({ maxLength: 300 }), (lines, raw) => {
      for (const text of [lines.join('\n'), raw]) {
        try {
          const r = parseReleaseText(text, { id: 'prop' });
          expect(r.title.trim()).not.toBe('');
          expect(r.paragraphs.length).toBeGreaterThan(0);
          expect(['stated', 'inferred', 'unknown']).toContain(r.dateSource);
          if (r.date) expect(r.date).toMatch(/^\d{4}(?:-\d\d(?:-\d\d)?)?$/);
        } catch (err) {
          if (!(err instanceof AttacheError) || err.code !== 'release_unparseable') throw err;
        }
      }
    }), { numRuns: 400 });
  });
});

describe('readReleases over a folder with files that are not releases', () => {
  it('skips random text, an empty file and a binary file with a reason, and still loads the releases', () => {
    const dir = tempDataDir([SEED, join(CORPUS, 'mofa-320955.txt')]);
    const releases = join(dir, 'releases');
    writeFileSync(join(releases, 'notes.txt'), 'remember to buy milk');
    writeFileSync(join(releases, 'empty.txt'), '');
    writeFileSync(join(releases, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a, 0x1a, 0x00, 0xff]));
    writeFileSync(join(releases, 'questions.qa.jsonl'), '{"id":"x","question":"q"}\n');
    const { releases: found, skipped } = readReleases([releases]);
    expect(found.map((r: Release) => r.id).sort()).toEqual(['mofa-320955', 'seed-rok-kz-uz-2018']);
    const reasons = new Map(skipped.map((s) => [basename(s.file), s.reason]));
    expect([...reasons.keys()].sort()).toEqual(['empty.txt', 'image.txt', 'notes.txt']);
    for (const reason of reasons.values()) expect(reason.length).toBeGreaterThan(5);
    expect(reasons.get('image.txt')).toMatch(/binary/i);
  });

  it('reads a single file path as well as a folder', () => {
    const { releases, skipped } = readReleases([SEED]);
    expect(skipped).toEqual([]);
    expect(releases.map((r) => r.id)).toEqual(['seed-rok-kz-uz-2018']);
  });

  it('skips a second file with the same release id', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'seed-rok-kz-uz-2018.txt'), readFileSync(SEED));
    const other = join(tempDir(), 'seed-rok-kz-uz-2018.txt');
    writeFileSync(other, readFileSync(SEED));
    const { releases, skipped } = readReleases([dir, other]);
    expect(releases).toHaveLength(1);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.reason).toMatch(/duplicate/i);
  });
});

describe('cleanInput', () => {
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
  const messy = fc.array(fc.oneof(
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constantFrom('\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u200b', '\u202e', '\ufeff', '\t', '\r\n', '\u00a0', 'ﬁ', 'Ｋａｚａｋｈ', 'e\u0301', ' '),
  ), { maxLength: 12 }).map((parts) => parts.join(''));

  it('is idempotent on arbitrary text', () => {
    fc.assert(fc.property(messy, (s) => { expect(cleanInput(cleanInput(s))).toBe(cleanInput(s)); }), { numRuns: 1000 });
  });

  it('leaves no control characters, no zero-width or bidi marks, and no edge or double whitespace', () => {
    fc.assert(fc.property(messy, (s) => {
      const c = cleanInput(s);
      expect(c).not.toMatch(CONTROL);
      expect(c).not.toMatch(/[\u200b-\u200f\u202a-\u202e\ufeff]/);
      expect(c).toBe(c.trim());
      expect(c).not.toMatch(/\s{2}/);
    }), { numRuns: 1000 });
  });

  it('keeps the words of an ordinary question as they are', () => {
    expect(cleanInput('  when did ROK–Kazakhstan\tstrategic partnership\u0000start?\n')).toBe('when did ROK–Kazakhstan strategic partnership start?');
  });
});
