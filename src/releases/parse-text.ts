/** Page text (as the ministry's site shows it, copied as text) → Release. */
import { AttacheError } from '../errors.js';
import { inferReleaseDate } from './infer-date.js';
import type { Paragraph, Release } from './types.js';

/** Site chrome that precedes the release: skip-links, language switch, breadcrumbs. */
const NAV_LINES = [
  /^바로가기 메뉴$/, /^본문 바로가기$/, /^주메뉴 바로가기$/, /^검색창 열기$/, /^KOR$/i, /^ENG$/i,
  /^skip (to )?(navigation|main content|content)$/i, /^HOME\s*>/i, /^(print|list|share|top)$/i,
  /^Ministry of Foreign Affairs\s*(,\s*)?REPUBLIC OF KOREA$/i,
];

/** Boards of the site's press section. */
export const BOARDS = ['Press Releases', 'Ministry News', 'Press Briefings', 'Speeches', 'Spokesperson\'s Press Briefings'];

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const BULLET = /^([°o◦•▪■□◆◇●○\-–·ㅇ]|\*(?!\s*unofficial)|※)\s*(?=\S)/u;
const NUMBERED = /^(\d{1,2})[.)]\s+(?=\S)/;
const LETTERED = /^[a-h][.)]\s+(?=\S)/;

/** Reads a date block value such as 2019-10-17 or 2019-10-17 17:38:28. */
function isoDay(text: string): string | null {
  const m = /(\d{4})[-./](\d{1,2})[-./](\d{1,2})/.exec(text);
  if (!m) return null;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

/** A dateline under the title: "14 March 2016, Seoul" or "March 14, 2016". */
function datelineDay(line: string): string | null {
  const a = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(line);
  const b = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(line);
  const [d, mo, y] = a ? [a[1], a[2], a[3]] : b ? [b[2], b[1], b[3]] : [];
  const month = mo ? MONTHS[mo.toLowerCase().slice(0, mo.toLowerCase().startsWith('sept') ? 4 : 3)] : undefined;
  if (!d || !month || !y || line.length > 60) return null;
  return `${y}-${String(month).padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** Options for parsing one page. */
export interface ParseOptions {
  /** Id to use when the page names none (the file name without extension). */
  id: string;
  url?: string;
}

/** Parses the text of a release page. Throws `release_unparseable` when it is not a release. */
export function parseReleaseText(raw: string, options: ParseOptions): Release {
  const lines = raw.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').split('\n').map((l) => l.trim());
  let i = 0;
  let board = '';
  let title = '';
  let stated: string | null = null;
  let url = options.url;
  let id = options.id;

  const skipBlank = (): void => { while (i < lines.length && !lines[i]) i++; };
  // header: navigation, board, title, optional date block
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    if (NAV_LINES.some((re) => re.test(line))) continue;
    const seq = /^(?:url|source|link)\s*:\s*(\S+)/i.exec(line);
    if (seq) { url = seq[1]; continue; }
    if (!board && BOARDS.some((b) => b.toLowerCase() === line.toLowerCase())) { board = line; continue; }
    break;
  }
  skipBlank();
  if (i < lines.length && !NUMBERED.test(lines[i]!)) { title = lines[i]!; i++; }
  // date block: "Date / 2019-10-17 / hit / 605" or "• Date : 2019-10-17 17:38:28 • Hit : 605"
  for (let guard = 0; guard < 8 && i < lines.length; guard++) {
    skipBlank();
    const line = lines[i] ?? '';
    const inline = /date\s*:\s*(\d{4}[-./]\d{1,2}[-./]\d{1,2})/i.exec(line);
    if (inline) { stated = isoDay(inline[1]!); i++; continue; }
    if (/^date$/i.test(line)) { i++; skipBlank(); stated = isoDay(lines[i] ?? '') ?? stated; if (stated) i++; continue; }
    if (/^hits?$/i.test(line)) { i++; skipBlank(); if (/^\d+$/.test(lines[i] ?? '')) i++; continue; }
    if (/^[•·]?\s*hits?\s*:\s*\d+$/i.test(line)) { i++; continue; }
    const dl = datelineDay(line);
    if (dl && !stated) { stated = dl; i++; continue; }
    break;
  }

  const paragraphs: Paragraph[] = [];
  let unofficialTranslation = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    if (/^\*?\s*\(?unofficial translation\)?\.?$/i.test(line)) { unofficialTranslation = true; continue; }
    if (NAV_LINES.some((re) => re.test(line))) continue;
    if (/^\[.*\]$/.test(line)) { paragraphs.push({ text: line.slice(1, -1).trim(), kind: 'plain' }); continue; }
    const num = NUMBERED.exec(line);
    if (num) { paragraphs.push({ text: line.slice(num[0].length).trim(), kind: 'numbered', number: Number(num[1]) }); continue; }
    const lettered = LETTERED.exec(line);
    if (lettered) { paragraphs.push({ text: line.slice(lettered[0].length).trim(), kind: 'bullet' }); continue; }
    const bullet = BULLET.exec(line);
    if (bullet) {
      const sign = bullet[1]!;
      const kind: Paragraph['kind'] = sign === '※' ? 'note' : sign === '*' ? 'footnote' : 'bullet';
      paragraphs.push({ text: line.slice(bullet[0].length).trim(), kind, ...(kind === 'bullet' ? { level: /^[-–·]$/.test(sign) ? 2 : 1 } : {}) });
      continue;
    }
    paragraphs.push({ text: line, kind: 'plain' });
  }

  // ("- Record of Discussions on the … Project", then "° Amount: US$ 4.5 million": a list that opens on dashes and puts circles
  // under them nests the other way round; the circles detail the dash above them)
  for (let j = 0; j < paragraphs.length;) {
    let end = j;
    while (end < paragraphs.length && paragraphs[end]!.level) end++;
    const run = paragraphs.slice(j, end);
    if (run.length && run[0]!.level === 2 && run.some((p) => p.level === 1)) for (const p of run) p.level = p.level === 1 ? 2 : 1;
    j = end === j ? j + 1 : end;
  }

  if (!title || paragraphs.length === 0 || !/[A-Za-z]/.test(title)) {
    throw new AttacheError('release_unparseable', `"${id}" does not look like a release page (no title or no body)`);
  }
  const seqId = url ? /[?&]seq=(\d+)/.exec(url)?.[1] : undefined;
  if (seqId && !/\d/.test(id)) id = `mofa-${seqId}`;

  const date = stated
    ? { date: stated, precision: 'day' as const, source: 'stated' as const }
    : inferReleaseDate(title, paragraphs.map((p) => p.text));
  return {
    id,
    title,
    date: date.date,
    datePrecision: date.precision,
    dateSource: date.source,
    ...(url ? { url } : {}),
    board: board || 'Press Releases',
    paragraphs,
    unofficialTranslation,
  };
}
