/** Countries in any spelling: names, official names, demonyms and capitals (world-countries) plus data/lexicon extras. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { lexiconPath } from '../paths.js';
import { isEnglishWord } from '../search/english.js';
import { unaccented } from '../search/terms.js';

/** A country or a grouping (ASEAN, V4, Central Asia) found in text. */
export interface CountryMention {
  /** ISO alpha-3 code, or a group key such as ASEAN. */
  code: string;
  start: number;
  end: number;
  text: string;
}

interface Lexicon {
  aliases: Record<string, string[]>;
  caseSensitive: string[];
  ignore: string[];
  groups: Record<string, string[]>;
  capitals?: Record<string, string[]>;
  capitalNames?: Record<string, string[]>;
}

interface Gazetteer {
  byAlias: Map<string, string>;
  /** Spellings that are countries only as written ("US", "Chad"), by their lower case. */
  caseSensitive: Map<string, string>;
  byStart: Map<string, string[]>;
  names: Map<string, string>;
  capitals: Map<string, string>;
  /** Words for a country's or region's people (see isDemonym), lower case. */
  demonyms: Set<string>;
}

/** Peoples of regions, which the country data does not name. */
const REGION_DEMONYMS = ['asian', 'african', 'european', 'arab', 'caribbean', 'latin american', 'middle eastern', 'scandinavian', 'southeast asian', 'central asian', 'south asian', 'east asian', 'north african', 'west african', 'east african', 'central american', 'south american', 'north american', 'pacific islander', 'pacific islanders'];

let gazetteer: Gazetteer | undefined;
const countries = createRequire(import.meta.url)('world-countries/countries.json') as Countries;

const latin = (s: string): boolean => /^[\p{Script=Latin}\p{N}\s.'’,()-]+$/u.test(s) && /\p{L}/u.test(s) && s.length >= 2;

function build(): Gazetteer {
  const lex = JSON.parse(readFileSync(lexiconPath('countries.json'), 'utf8')) as Lexicon;
  const ignore = new Set(lex.ignore);
  const byAlias = new Map<string, string>();
  const names = new Map<string, string>();
  const capitals = new Map<string, string>();
  const demonyms = new Set(REGION_DEMONYMS);
  const add = (alias: string, code: string): void => {
    const a = alias.trim();
    if (!a || ignore.has(a) || !latin(a)) return;
    const key = a.toLowerCase();
    if (!byAlias.has(key)) byAlias.set(key, code);
    // ("Asuncion", "Bogota", "Turkiye": users often type a name without its accents)
    const plain = unaccented(key);
    if (plain !== key && !byAlias.has(plain)) byAlias.set(plain, code);
  };
  const capital = (cap: string, code: string): void => {
    capitals.set(cap.toLowerCase(), code);
    capitals.set(unaccented(cap.toLowerCase()), code);
  };
  // extras first: they settle ambiguities ("Korea" is the ROK in the ministry's releases)
  for (const [code, aliases] of Object.entries(lex.aliases)) for (const a of aliases) add(a, code);
  for (const [code, aliases] of Object.entries(lex.groups)) { names.set(code, aliases[0]!); for (const a of aliases) add(a, code); }
  for (const c of countries) {
    names.set(c.cca3, c.name.common);
    add(c.name.common, c.cca3);
    add(c.name.official, c.cca3);
    for (const a of c.altSpellings) if (a.length > 3) add(a, c.cca3);
    const dem = c.demonyms?.eng;
    if (dem) for (const d of [dem.m, dem.f]) { demonyms.add(d.toLowerCase()); if (/(?:an|o|i|er)$/.test(d)) demonyms.add(`${d.toLowerCase()}s`); }
    // ("Ecuadorean" is also written "Ecuadorian", "Chilean" not "Chilian": both spellings of -ean/-ian demonyms)
    // (… each a people's word too, with its plural: "Ecuadorian authorities")
    if (dem) for (const d of [dem.m, dem.f]) {
      add(d, c.cca3);
      const other = /ean$/.test(d) ? d.replace(/ean$/, 'ian') : /ian$/.test(d) ? d.replace(/ian$/, 'ean') : undefined;
      if (other) { add(other, c.cca3); demonyms.add(other.toLowerCase()); demonyms.add(`${other.toLowerCase()}s`); }
    }
    // (and their plurals: "Filipinos", "Pakistanis", "Kenyans")
    if (dem?.m && /(?:an|o|i|er)$/.test(dem.m)) add(`${dem.m}s`, c.cca3);
    for (const cap of c.capital ?? []) { add(cap, c.cca3); capital(cap, c.cca3); }
  }
  // (capitals as releases spell them when the package spells them otherwise: "Ulaanbaatar" for "Ulan Bator")
  for (const [code, caps] of Object.entries(lex.capitals ?? {})) for (const cap of caps) { add(cap, code); capital(cap, code); }
  for (const [code, caps] of Object.entries(lex.capitalNames ?? {})) for (const cap of caps) capital(cap, code);
  // (aliases by their first two letters, longest first: the scan tries at each word's start only the few that can match there)
  const byStart = new Map<string, string[]>();
  for (const key of byAlias.keys()) {
    const k = key.slice(0, 2);
    const list = byStart.get(k);
    if (list) list.push(key); else byStart.set(k, [key]);
  }
  for (const list of byStart.values()) list.sort((x, y) => y.length - x.length);
  const caseSensitive = new Map(lex.caseSensitive.map((c) => [c.toLowerCase(), c] as const));
  for (const aliases of Object.values(lex.aliases)) for (const a of aliases) if (/(?:an|ese|ish|ch)s?$/.test(a)) demonyms.add(a.toLowerCase());
  // (a demonym that is also the name of a country or a capital stays a place)
  for (const d of [...demonyms]) if (capitals.has(d) || countries.some((c) => c.name.common.toLowerCase() === d)) demonyms.delete(d);
  return { byAlias, caseSensitive, names, capitals, byStart, demonyms };
}

function g(): Gazetteer {
  gazetteer ??= build();
  return gazetteer;
}

/** Every country or grouping mentioned in a text, longest spelling first ("Guinea-Bissau" is not Guinea). */
export function findCountries(text: string): CountryMention[] {
  const cached = mentionCache.get(text);
  if (cached) return cached;
  const out = scan(text, false);
  if (/\b[Tt]he North\b/.test(text)) { theNorth(text, out, false); out.sort((x, y) => x.start - y.start); }
  if (mentionCache.size > 50_000) mentionCache.clear();
  mentionCache.set(text, out);
  return out;
}

/**
 * Countries in what a user typed: people type "korea-latvia" and "japanese" in lower case, so only spellings that are
 * everyday English words in lower case ("us", "polish", "turkey", "chad", "jordan", "georgia", "guinea") keep their capitals,
 * unless a preposition of place leads to a country's ("where in turkey").
 */
export function findCountriesTyped(text: string): CountryMention[] {
  const cached = typedCache.get(text);
  if (cached) return cached;
  const out = scan(text, true);
  // a two- or three-letter code joined to Korea, either side ("korea-ph", "rok-us", "kr-aus", "jp-kr"): the country with that
  // ISO code, and "kr" or "kor" there is Korea ("korea us bilateral trade": "us" and "uk" after Korea, with or without a dash)
  const code = (x: string): string | undefined => {
    // (not the initials of a grouping: "Korea-PA" is the Pacific Alliance, "Korea-AU" the African Union)
    // (… and "Korea-ME" is the Middle East, not Montenegro)
    if (/^(?:pa|au|ca|sa|me)$/i.test(x)) return undefined;
    if (/^(?:kr|kor)$/i.test(x)) return 'KOR';
    if (/^uk$/i.test(x)) return 'GBR';
    // (a word is no code unless written in capitals: "and-korea" is no Andorra, "CAN-KR" is Canada)
    if (x.length === 3 && x !== x.toUpperCase() && isEnglishWord(x.toLowerCase())) return undefined;
    return countries.find((c) => (x.length === 2 ? c.cca2 : c.cca3).toLowerCase() === x.toLowerCase())?.cca3;
  };
  const joined = (x: string, start: number): void => {
    const c = code(x);
    if (c && !out.some((o) => start >= o.start && start < o.end)) out.push({ code: c, start, end: start + x.length, text: x });
  };
  for (const m of text.matchAll(/\b(rok|korea|kor|kr)(?:\s?[-–/]\s?([a-z]{2,3})|\s+(us|uk))\b/gi)) {
    if (/^k/i.test(m[1]!) && m[1]!.length <= 3) joined(m[1]!, m.index!);
    const x = (m[2] ?? m[3])!;
    joined(x, m.index! + m[0].length - x.length);
  }
  for (const m of text.matchAll(/\b([a-z]{2,3})\s?[-–/]\s?(rok|korea|kor|kr)\b/gi)) {
    joined(m[1]!, m.index!);
    if (/^k/i.test(m[2]!) && m[2]!.length <= 3) joined(m[2]!, m.index! + m[0].length - m[2]!.length);
  }
  theNorth(text, out, true);
  // one letter off in a longer name ("uzbekstan", "kuwiat", "phillipines"): the country meant
  for (const m of text.matchAll(/[\p{L}]{6,}/gu)) {
    if (out.some((c) => m.index! >= c.start && m.index! < c.end)) continue;
    const code = nearName(m[0].toLowerCase());
    if (code) out.push({ code, start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  out.sort((x, y) => x.start - y.start);
  if (typedCache.size > 10_000) typedCache.clear();
  typedCache.set(text, out);
  return out;
}

const typedCache = new Map<string, CountryMention[]>();

const EVERYDAY_WORDS = new Set(['us', 'polish', 'turkey', 'chad', 'jordan', 'georgia', 'guinea', 'man']);

/** A name typed in lower case that is a place where a preposition of place leads to it: "where in turkey", "aid to chad". */
function placeAfter(text: string, at: number, raw: string): boolean {
  return /^(?:turkey|chad|jordan|georgia|guinea)$/i.test(raw) && /\b(?:in|to|from|for|of|and|with|toward|visit(?:s|ed|ing)?)\s+$/i.test(text.slice(Math.max(0, at - 12), at))
    && !/\bgulf\s+of\s+$/i.test(text.slice(Math.max(0, at - 12), at));
}

/** Sentences, titles and spans are scanned again by every question: each text once. Callers must not change the result. */
const mentionCache = new Map<string, CountryMention[]>();

function scan(text: string, typed: boolean): CountryMention[] {
  const { byAlias, caseSensitive, byStart } = g();
  const out: CountryMention[] = [];
  // (one alternation of some 2,000 spellings is slow to run over every sentence; at each word's start, the spellings that begin
  // with its two letters are tried, longest first — what the alternation did)
  const lower = sameLengthLower(text);
  let from = 0;
  WORD_START.lastIndex = 0;
  for (let w = WORD_START.exec(lower); w; w = WORD_START.exec(lower)) {
    const at = w.index;
    if (at < from) continue;
    const list = byStart.get(lower.slice(at, at + 2));
    if (!list) continue;
    const alias = list.find((x) => lower.startsWith(x, at) && !AFTER_NAME.test(lower.charAt(at + x.length)));
    if (!alias) continue;
    const raw = text.slice(at, at + alias.length);
    const possessive = /^['’]s/.test(text.slice(at + alias.length, at + alias.length + 2)) ? 2 : 0;
    from = at + alias.length + possessive;
    WORD_START.lastIndex = from;
    const canonical = caseSensitive.get(raw.toLowerCase());
    if (canonical && raw !== canonical && raw !== canonical.toUpperCase() && (!typed || (EVERYDAY_WORDS.has(raw.toLowerCase()) && !placeAfter(text, at, raw)))) continue;
    const code = byAlias.get(raw.toLowerCase());
    if (code) out.push({ code, start: at, end: at + raw.length, text: raw });
  }
  return out;
}

/** Where a word starts (no letter or digit before it). */
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;
/** What may not follow a name: a letter, a digit, or "$" ("US$41.7 billion" is a currency, not the United States). */
const AFTER_NAME = /[\p{L}\p{N}$]/u;

/** The text in lower case, letter for letter (a letter whose lower case is longer is kept as written). */
function sameLengthLower(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return [...text].map((c) => { const l = c.toLowerCase(); return l.length === c.length ? l : c; }).join('');
}

const THE_NORTH_AFTER = "(?=['’]s\\b|\\s*[?.,!]|\\s*$|\\s+(?:has|had|have|is|was|did|does|will|would|fired|launched|conducted|tested|sent|carried|test|fire|launch|conduct|do|done|send|deployed|deploy|continues|continued)\\b)";
const THE_NORTH = new RegExp(`\\b[Tt]he (North)\\b${THE_NORTH_AFTER}`, 'g');
const THE_NORTH_TYPED = new RegExp(`\\bthe (north)\\b${THE_NORTH_AFTER}`, 'gi');

/**
 * "The North has carried out …", "the North's provocations", "which ICBM did the North fire": North Korea, as the
 * peninsula's press says it (not "the North Field", "the North Atlantic": a verb, a possessive or the end follows).
 */
function theNorth(text: string, out: CountryMention[], typed: boolean): void {
  for (const m of text.matchAll(typed ? THE_NORTH_TYPED : THE_NORTH)) {
    const start = m.index! + 4;
    if (!out.some((c) => start >= c.start && start < c.end)) out.push({ code: 'PRK', start, end: start + 5, text: m[1]! });
  }
}

/** Distinct codes mentioned in a text. */
export function countryCodes(text: string): string[] {
  return [...new Set(findCountries(text).map((c) => c.code))];
}

/** Resolves one spelling ("S. Korea", "Kazakh", "Manila") to a code and its common name. */
export function resolveCountry(text: string): { code: string; name: string } | null {
  const found = findCountries(text.trim());
  const first = found[0];
  if (first) return { code: first.code, name: countryName(first.code) };
  const code = g().byAlias.get(text.trim().toLowerCase());
  return code ? { code, name: countryName(code) } : null;
}

/** The common English name of a code ("KAZ" → "Kazakhstan"). */
export function countryName(code: string): string {
  return g().names.get(code) ?? code;
}

/** True when the word is a capital city (used as a place, or standing for its government). */
export function isCapital(word: string): boolean {
  return g().capitals.has(word.toLowerCase());
}

/** A word for a country's or region's people, no place itself: "Kenyan", "Filipinos", "Asian", "Latin American". */
export function isDemonym(text: string): boolean {
  return g().demonyms.has(text.trim().toLowerCase());
}

/** The region of a country for grouping briefings ("Central Asia", "Eastern Asia"). */
export function countryRegion(code: string): string | undefined {
  const c = countries.find((x) => x.cca3 === code);
  return c?.subregion || c?.region || undefined;
}

/** Groupings whose members the country data can tell, by region or subregion, or by list. */
const MEMBERS: Record<string, { region?: string; subregions?: string[]; codes?: string[]; except?: string[] }> = {
  EU: { codes: ['AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'IRL', 'ITA', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE'] },
  V4: { codes: ['CZE', 'HUN', 'POL', 'SVK'] },
  MIKTA: { codes: ['MEX', 'IDN', 'TUR', 'AUS'] },
  ASEAN: { codes: ['BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'VNM'] },
  MEKONG: { codes: ['KHM', 'LAO', 'MMR', 'THA', 'VNM'] },
  AFRICA: { region: 'Africa' },
  AU: { region: 'Africa' },
  CENTRAL_ASIA: { subregions: ['Central Asia'] },
  SOUTHEAST_ASIA: { subregions: ['South-Eastern Asia'] },
  MIDDLE_EAST: { subregions: ['Western Asia', 'Northern Africa'] },
  GCC: { codes: ['BHR', 'KWT', 'OMN', 'QAT', 'SAU', 'ARE'] },
  NORDIC: { codes: ['DNK', 'FIN', 'ISL', 'NOR', 'SWE'] },
  LATIN_AMERICA: { region: 'Americas', except: ['USA', 'CAN'] },
  SOUTH_AMERICA: { subregions: ['South America'] },
  CENTRAL_AMERICA: { subregions: ['Central America'] },
  CARIBBEAN: { subregions: ['Caribbean'] },
  NORTH_AMERICA: { codes: ['USA', 'CAN', 'MEX'] },
  PACIFIC_ISLANDS: { subregions: ['Melanesia', 'Micronesia', 'Polynesia'] },
  PIF: { subregions: ['Melanesia', 'Micronesia', 'Polynesia', 'Australia and New Zealand'] },
};

/** Whether a country belongs to a grouping; undefined when the grouping's members are not known (the UN, the G20). */
export function inGrouping(code: string, group: string): boolean | undefined {
  const m = MEMBERS[group];
  if (!m) return undefined;
  if (m.codes) return m.codes.includes(code);
  if (m.except?.includes(code)) return false;
  const c = countries.find((x) => x.cca3 === code);
  if (!c) return false;
  if (m.subregions) return m.subregions.includes(c.subregion ?? '');
  return c.region === m.region;
}

let singleWordNames: Map<string, string> | undefined;

/** A one-word country name or demonym one edit away from a typed word of six letters or more. */
function nearName(word: string): string | undefined {
  singleWordNames ??= new Map([...g().byAlias].filter(([k]) => /^[a-z]{6,}$/.test(k)));
  // (an English word is itself: "finish" is not "Finnish")
  if (singleWordNames.has(word) || /^(?:korean|koreans)$/.test(word) || isEnglishWord(word)) return undefined;
  for (const [name, code] of singleWordNames) {
    if (Math.abs(name.length - word.length) > 1 || name[0] !== word[0]) continue;
    if (editDistanceAtMostOne(name, word)) return code;
  }
  return undefined;
}

export function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    const diff = [...a].map((ch, i) => (ch === b[i] ? -1 : i)).filter((i) => i >= 0);
    return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]);
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  // (not a letter missing at the end: "Antarctic" is an adjective, not "Antarctica")
  return i < s.length && s.slice(i) === l.slice(i + 1);
}
