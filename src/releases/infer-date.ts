/** Infers a release's date from its own text when the page has no date block. Never invents a day. */
import type { DatePrecision } from './types.js';

export interface InferredDate {
  date: string | null;
  precision: DatePrecision | null;
  source: 'inferred' | 'unknown';
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** Month number (1-12) of an English month name or abbreviation. */
export function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\./g, '');
  const i = MONTH_NAMES.findIndex((m) => m.startsWith(n.slice(0, 3)));
  return i >= 0 ? i + 1 : undefined;
}

/** Years a text mentions, with a flag for those that are plans ("by 2035", the end of "2026-2030"). */
function yearsIn(text: string): number[] {
  const years: number[] = [];
  const re = /\b(19[5-9]\d|20\d\d)\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/(by|until|till|through|to|[-–~])\s*$/i.test(before)) continue; // a target or the end of a range
    years.push(Number(m[1]));
  }
  return years;
}

/** The day an event-led release reports on: "On November 6", "(Mar. 14)", "on Oct. 3". */
function firstDay(texts: string[]): { month: number; day: number } | null {
  const re = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?!\\d|,?\\s*\\d{4})\\b|\\b(\\d{1,2})\\s+${MONTH_RE}(?!\\s*,?\\s*\\d{4})`, 'i');
  for (const t of texts) {
    const m = re.exec(t);
    if (!m) continue;
    const month = monthNumber(m[1] ?? m[4] ?? '');
    const day = Number(m[2] ?? m[3]);
    if (month && day >= 1 && day <= 31) return { month, day };
  }
  return null;
}

/**
 * Reads the year from the years the release mentions (the latest one that is not a plan), moved one
 * on when the text speaks of that year as "last year"; the day from the title or the first paragraph.
 */
export function inferReleaseDate(title: string, paragraphs: string[]): InferredDate {
  const all = [title, ...paragraphs].join('\n');
  // years in sentences about plans and hopes ("will continue to work together in 2019") are not the release's past
  const sentences = all.split(/(?<=[.!?])\s+|\n/);
  const FUTURE = /\b(will|would|shall|hope[sd]?|plans?|planned|expected|scheduled|upcoming|next year|to be held|agreed to|decided to|aims? to|goal|target)\b/i;
  const years = sentences.filter((s) => !FUTURE.test(s)).flatMap(yearsIn);
  if (!years.length) years.push(...sentences.flatMap(yearsIn));
  // "the 71st session of the UN General Assembly" is held in 1945 + 71
  const unga = /\b(\d{2})(?:st|nd|rd|th) (?:session of the )?(?:UN|United Nations) General Assembly|\b(\d{2})(?:st|nd|rd|th) UNGA\b/i.exec(all);
  if (unga) years.push(1945 + Number(unga[1] ?? unga[2]));
  if (!years.length) return { date: null, precision: null, source: 'unknown' };
  let year = Math.max(...years);
  // "in 2016 trade … reached …" next to "… visit … last year": the release is from the year after
  if (/\blast year\b/i.test(all) && !new RegExp(`\\b${MONTH_RE}\\s+\\d{1,2},?\\s+${year}\\b`, 'i').test(all)) year += 1;
  const day = firstDay([title, ...paragraphs.slice(0, 2)]);
  // ("… Strategic Dialogue (Sept. 5)" and "… in Seoul on September 5, 2023": the day written with its year says the year)
  const written = day ? new RegExp(`\\b${MONTH_RE}\\s+${day.day},?\\s+(19\\d\\d|20\\d\\d)\\b`, 'gi') : null;
  // (not the same day of a year long past: "the four Geneva Conventions, adopted on August 12, 1949", in a release of 2024)
  for (const m of written ? all.matchAll(written) : []) if (monthNumber(m[1]!) === day!.month && Number(m[2]) >= year - 1) { year = Number(m[2]); break; }
  if (day) {
    return { date: `${year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`, precision: 'day', source: 'inferred' };
  }
  return { date: String(year), precision: 'year', source: 'inferred' };
}
