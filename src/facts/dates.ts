/** Dates as written in diplomatic English: days, months, years, ranges, "early 2018", resolved against the release date. */
import { monthNumber } from '../releases/infer-date.js';
import type { DateMention } from './types.js';

const M = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember)?)?\\.?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const D = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const Y = '(?:18[5-9]\\d|19\\d\\d|20\\d\\d)';
const TO = '\\s*(?:-|–|—|~|to|through|until|till|and)\\s*';
const Q = '(?:early|mid|late|the (?:end|beginning|middle) of|end of|beginning of|(?:the )?(?:first|second) half of|(?:the )?(?:first|second|third|fourth) quarter of)';

interface Pattern { re: RegExp; kind: string }

const PATTERNS: Pattern[] = [
  // March 30 and April 2(, 2021)
  { kind: 'md-md', re: new RegExp(`\\b(${M})\\s+(${D})${TO}(${M})\\s+(${D})(?:,?\\s+(${Y}))?\\b`, 'g') },
  // April 8 to 12(, 2016) / April 8-12, 2016
  { kind: 'md-d', re: new RegExp(`\\b(${M})\\s+(${D})${TO}(${D})(?:,?\\s+(${Y}))?\\b(?!\\s*(?:${M}|%|percent))`, 'g') },
  // 8-12 April 2016 / 14 and 15 March
  { kind: 'd-dm', re: new RegExp(`\\b(${D})${TO}(${D})\\s+(${M})(?:,?\\s+(${Y}))?\\b`, 'g') },
  // March 2016 to March 2020
  { kind: 'my-my', re: new RegExp(`\\b(${M}),?\\s+(${Y})\\s*(?:-|–|to|through|until)\\s*(${M}),?\\s+(${Y})\\b`, 'g') },
  // January-June 2015
  { kind: 'm-my', re: new RegExp(`\\b(${M})${TO}(${M}),?\\s+(${Y})\\b`, 'g') },
  // 14 March 2016
  { kind: 'dmy', re: new RegExp(`\\b(${D})\\s+(${M}),?\\s+(${Y})\\b`, 'g') },
  // March 14, 2016
  { kind: 'mdy', re: new RegExp(`\\b(${M})\\s+(${D}),?\\s+(${Y})\\b`, 'g') },
  // 2016-03-14
  { kind: 'iso', re: new RegExp(`\\b(${Y})-(0[1-9]|1[0-2])-([0-2]\\d|3[01])\\b`, 'g') },
  // early 2018 / late November 2017
  { kind: 'q', re: new RegExp(`\\b(${Q})[- ]?(?:(${M})\\s+)?(${Y})\\b`, 'gi') },
  // November 2017
  { kind: 'my', re: new RegExp(`\\b(${M}),?\\s+(${Y})\\b`, 'g') },
  // 2026-2030 / 2026 to 2030
  { kind: 'y-y', re: new RegExp(`\\b(${Y})\\s*(?:-|–|to|through)\\s*(${Y})\\b`, 'g') },
  // November 6 / 6 November
  { kind: 'md', re: new RegExp(`\\b(${M})\\s+(${D})\\b(?![,.]?\\d)`, 'g') },
  { kind: 'dm', re: new RegExp(`\\b(${D})\\s+(${M})\\b`, 'g') },
  // 2009
  { kind: 'y', re: new RegExp(`(?<![\\w$.,-])(${Y})(?![\\w%]|[.,]\\d|-\\d)`, 'g') },
  // in August / since April (a capitalized month word on its own)
  { kind: 'm', re: new RegExp(`(?<=\\b(?:in|since|from|of|until|by|last|this|next|early|late|mid|and|or)[- ])(${M})(?![\\w-])`, 'g') },
];

const pad = (n: number): string => String(n).padStart(2, '0');
const day = (s: string): number => Number(s.replace(/\D/g, ''));

/** Finds every date in a text; the release date fills in years that are not written. */
export function findDates(text: string, releaseDate: string | null): DateMention[] {
  const releaseYear = releaseDate ? Number(releaseDate.slice(0, 4)) : undefined;
  const found: DateMention[] = [];
  for (const { re, kind } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const mention = toMention(kind, m, releaseYear);
      if (mention) found.push(mention);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  // keep the longest mention at each place
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) continue;
    // ("in September 2017 …, and … in Geneva on October 23 of that year": the year the sentence gave before, not the release's)
    const said = d.yearInferred && /^\s+of\s+(?:that|the same)\s+year\b/i.test(text.slice(d.end, d.end + 24)) ? [...out].reverse().find((x) => !x.yearInferred) : undefined;
    out.push(said ? { ...d, value: `${said.value.slice(0, 4)}${d.value.slice(4)}`, ...(d.until ? { until: `${said.value.slice(0, 4)}${d.until.slice(4)}` } : {}), yearInferred: false } : d);
  }
  return out;
}

function toMention(kind: string, m: RegExpExecArray, releaseYear: number | undefined): DateMention | null {
  const text = m[0];
  const start = m.index;
  const base = { start, end: start + text.length, text };
  const yearOr = (y: string | undefined): { year: number | undefined; inferred: boolean } =>
    y ? { year: Number(y), inferred: false } : { year: releaseYear, inferred: true };
  const ymd = (y: number | undefined, mo: number, d?: number): string =>
    `${y ?? '????'}-${pad(mo)}${d ? `-${pad(d)}` : ''}`;
  switch (kind) {
    case 'md-md': {
      const m1 = monthNumber(m[1]!); const m2 = monthNumber(m[3]!);
      if (!m1 || !m2) return null;
      const { year, inferred } = yearOr(m[5]);
      return { ...base, value: ymd(year, m1, day(m[2]!)), until: ymd(year, m2, day(m[4]!)), precision: 'day', yearInferred: inferred };
    }
    case 'md-d':
    case 'd-dm': {
      // "April 8 to 12" and "8-12 April": one month, a range of days
      const [mo, d1, d2] = kind === 'md-d' ? [m[1]!, m[2]!, m[3]!] : [m[3]!, m[1]!, m[2]!];
      const month = monthNumber(mo); if (!month) return null;
      if (day(d2) <= day(d1)) return null;
      const { year, inferred } = yearOr(m[4]);
      return { ...base, value: ymd(year, month, day(d1)), until: ymd(year, month, day(d2)), precision: 'day', yearInferred: inferred };
    }
    case 'my-my': {
      const m1 = monthNumber(m[1]!); const m2 = monthNumber(m[3]!);
      if (!m1 || !m2) return null;
      return { ...base, value: ymd(Number(m[2]), m1), until: ymd(Number(m[4]), m2), precision: 'month', yearInferred: false };
    }
    case 'm-my': {
      const m1 = monthNumber(m[1]!); const m2 = monthNumber(m[2]!);
      if (!m1 || !m2) return null;
      return { ...base, value: ymd(Number(m[3]), m1), until: ymd(Number(m[3]), m2), precision: 'month', yearInferred: false };
    }
    case 'dmy': {
      const mo = monthNumber(m[2]!); if (!mo) return null;
      return { ...base, value: ymd(Number(m[3]), mo, day(m[1]!)), precision: 'day', yearInferred: false };
    }
    case 'mdy': {
      const mo = monthNumber(m[1]!); if (!mo) return null;
      return { ...base, value: ymd(Number(m[3]), mo, day(m[2]!)), precision: 'day', yearInferred: false };
    }
    case 'iso':
      return { ...base, value: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day', yearInferred: false };
    case 'q': {
      const q = m[1]!.toLowerCase();
      const qualifier = q.includes('early') || q.includes('beginning') || /first (?:half|quarter)|second quarter/.test(q) ? 'early' : q.includes('late') || q.includes('end') || /second half|(?:third|fourth) quarter/.test(q) ? 'late' : 'mid';
      const mo = m[2] ? monthNumber(m[2]) : undefined;
      return { ...base, value: mo ? ymd(Number(m[3]), mo) : m[3]!, precision: mo ? 'month' : 'year', qualifier, yearInferred: false };
    }
    case 'my': {
      const mo = monthNumber(m[1]!); if (!mo) return null;
      return { ...base, value: ymd(Number(m[2]), mo), precision: 'month', yearInferred: false };
    }
    case 'y-y': {
      if (Number(m[2]) <= Number(m[1])) return null;
      return { ...base, value: m[1]!, until: m[2]!, precision: 'year', yearInferred: false };
    }
    case 'md': case 'dm': {
      const mo = monthNumber(kind === 'md' ? m[1]! : m[2]!); if (!mo) return null;
      const d = day(kind === 'md' ? m[2]! : m[1]!);
      if (/^May$/.test(kind === 'md' ? m[1]! : m[2]!) && d > 31) return null;
      const { year, inferred } = yearOr(undefined);
      return { ...base, value: ymd(year, mo, d), precision: 'day', yearInferred: inferred };
    }
    case 'y':
      return { ...base, value: m[1]!, precision: 'year', yearInferred: false };
    case 'm': {
      const mo = monthNumber(m[1]!); if (!mo) return null;
      const { year, inferred } = yearOr(undefined);
      return { ...base, value: ymd(year, mo), precision: 'month', yearInferred: inferred };
    }
  }
  return null;
}
