/** Tokens and terms shared by indexing and question analysis, so both sides agree on what a word is. */
import { readFileSync } from 'node:fs';
import { stemmer } from 'stemmer';
import { lexiconPath } from '../paths.js';
import { isEnglishWord } from './english.js';

interface StopLexicon { question: string[]; function: string[]; domain: string[] }
interface SynonymLexicon { groups: string[][]; abbreviations: Record<string, string> }

let stops: Set<string> | undefined;
let synonyms: { byTerm: Map<string, string[]>; abbreviations: Map<string, string>; phrases: { pattern: RegExp; word: string }[]; phraseTokens: Map<string, string>; phraseRe: RegExp | undefined; phraseStarts: Set<string> } | undefined;

/** A text without its accents: "Asunción" → "Asuncion". */
export function unaccented(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** Folds case, width and diacritics: "Hélène" and "helene" are one word. */
export function fold(text: string): string {
  return unaccented(text).toLowerCase()
    .replace(/[’‘`´]/g, "'").replace(/[‐-―−]/g, '-');
}

/** Words of a text: letters and digits, hyphenated parts split, possessives dropped. */
export function words(text: string): string[] {
  return fold(text).replace(/'s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

let grammar: Set<string> | undefined;

/** Question and function words only: what a noun phrase never counts ("how many countries" counts countries). */
function grammarWords(): Set<string> {
  if (!grammar) {
    const lex = JSON.parse(readFileSync(lexiconPath('stopwords.json'), 'utf8')) as StopLexicon;
    grammar = new Set([...lex.question, ...lex.function].map((w) => fold(w)));
  }
  return grammar;
}

/** Stems of a noun phrase, keeping the words common to every release ("countries", "Korean", "sides"): what is counted. */
export function nounTerms(text: string): string[] {
  return words(text).flatMap((w) => {
    const t = term(w);
    if (t) return [t];
    return grammarWords().has(w) || /^\d/.test(w) ? [] : [stemmer(w)];
  });
}

/** Stop words: question words, function words and words common to every release. */
export function stopWords(): Set<string> {
  if (!stops) {
    const lex = JSON.parse(readFileSync(lexiconPath('stopwords.json'), 'utf8')) as StopLexicon;
    stops = new Set([...lex.question, ...lex.function, ...lex.domain].map((w) => fold(w)));
  }
  return stops;
}

const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19',
  twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90', hundred: '100',
  first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th', sixth: '6th', seventh: '7th', eighth: '8th', ninth: '9th',
  tenth: '10th', eleventh: '11th', twelfth: '12th', thirteenth: '13th', fourteenth: '14th', fifteenth: '15th', sixteenth: '16th', seventeenth: '17th', eighteenth: '18th', nineteenth: '19th', twentieth: '20th', thirtieth: '30th', fiftieth: '50th', sixtieth: '60th', seventieth: '70th',
};

/** The index term of a word: stemmed, or null for a stop word; number words become digits ("six" → 6, "fifth" → 5th). */
export function term(word: string): string | null {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  const t = computeTerm(word);
  if (termCache.size > 200_000) termCache.clear();
  termCache.set(word, t);
  return t;
}

/** Words repeat across facts and questions: stemming each once keeps answering in milliseconds. */
const termCache = new Map<string, string | null>();

function computeTerm(word: string): string | null {
  let w = fold(word);
  w = NUMBER_WORDS[w] ?? w;
  if (/^\d+(?:st|nd|rd|th)$/.test(w)) w = `${parseInt(w, 10)}th`;
  if (!w || stopWords().has(w)) return null;
  if (/^\d/.test(w)) return w;
  // ("nine memoranda of understanding": Latin plurals are the word itself)
  w = LATIN_PLURALS[w] ?? w;
  // ("finalised", "organisation": British spelling is the same word as "finalized", "organization")
  if (/[a-z]{3}is(?:e|ed|es|ing|ation|ations)$/.test(w)) {
    const z = w.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1');
    if (isEnglishWord(z)) return stemmer(z);
  }
  return stemmer(american(w));
}

/** Latin plurals the stemmer does not know. */
const LATIN_PLURALS: Record<string, string> = { memoranda: 'memorandum', criteria: 'criterion', curricula: 'curriculum', fora: 'forum', symposia: 'symposium', consortia: 'consortium', addenda: 'addendum' };

/** British spellings as American ones ("programme", "centre", "labour", "defence", "dialogue"), so both are one term. */
const BRITISH: [RegExp, string, (m: RegExpExecArray) => string][] = [
  [/^([a-z]{2,}[a-z])our(s|ed|ing|ite|ites|er|ers)?$/, '$1or$2', (m) => `${m[1]}or`],
  [/^([a-z]{2,}[tb])re(s)?$/, '$1er$2', (m) => `${m[1]}er`],
  [/^(def|off|lic|pret)ence(s)?$/, '$1ense$2', (m) => `${m[1]}ense`],
  [/^([a-z]*gra)mme(s)?$/, '$1m$2', (m) => `${m[1]}m`],
  [/^([a-z]{3,}og)ue(s)?$/, '$1$2', (m) => m[1]!],
  [/^([a-z]{3,})yse(s|d)?$/, '$1yze$2', (m) => `${m[1]}yze`],
];

function american(w: string): string {
  for (const [re, to, base] of BRITISH) {
    const m = re.exec(w);
    if (m && isEnglishWord(base(m))) return w.replace(re, to);
  }
  return w;
}

/** Index terms of a text, in order, stop words removed. */
export function terms(text: string): string[] {
  const cached = textCache.get(text);
  if (cached) return cached;
  const out = computeTerms(text);
  if (textCache.size > 50_000) textCache.clear();
  textCache.set(text, out);
  return out;
}

/** Terms of a passing slice of text (not kept: slices are new strings every time, and would crowd the cache out). */
export function sliceTerms(text: string): string[] {
  return computeTerms(text);
}

/** Fact sentences, titles and spans are asked for again by every question. */
const textCache = new Map<string, string[]>();

/** "US$20 million", "$20M" and "20 mn" are one amount: "20m"; "3.6 billion" → "3x6b". */
const AMOUNT = /(\d+(?:[.,]\d+)?)\s*(million|mn|m|billion|bn|b|trillion|tn)\b/gi;

/** A span of years whose second year is written short: "2026-27", "FY2019/20". */
const SHORT_YEAR_RANGE = /(?<!\d)(19|20)(\d{2})\s*[-–/]\s*(\d{2})\b(?![-–/.,:]?\d)/g;
/** Two short years with a slash, the second the next: "the 23/24 season". */
const SHORT_SEASON = /(?<![\d/.,])([0-3]\d)\/([0-3]\d)\b(?![/.,]?\d)/g;

/** Prefixes written with a hyphen that users often close up ("counter-terrorism" / "counterterrorism"). */
const HYPHEN_PREFIXED = /\b(co|counter|non|anti|multi|inter|cross|sub|post|pre|trans|self|semi)-([a-z]{4,})\b/g;

function computeTerms(text: string): string[] {
  const out = rawTerms(text);
  // ("took part", "driven from their homes": a phrase of the synonym lexicon is one term of its own, "took_part", so that a
  // fact says it only when it says the phrase, not when it says "took" or "part" somewhere)
  const { phraseTokens, phraseRe, phraseStarts } = loadSynonyms();
  if (!phraseRe) return out;
  // (most texts hold no phrase's first word: the word check is cheaper than the phrase pattern)
  const folded = fold(text);
  if (!folded.split(/[^\p{L}\p{N}]+/u).some((w) => phraseStarts.has(w))) return out;
  for (const m of folded.matchAll(phraseRe)) { const t = phraseTokens.get(m[0].replace(/\s+/g, ' ')); if (t) out.push(t); }
  return out;
}

/** Index terms of a text without the lexicon's phrases. */
function rawTerms(text: string): string[] {
  const out: string[] = [];
  // ("the 2026-27 term": the years 2026 and 2027, as "2026-2027" says them)
  // (and "the 23/24 season" of the years 2023 and 2024)
  const years = /\d{2}\s*[-–/]\s*\d{2}\b/.test(text)
    ? text.replace(SHORT_YEAR_RANGE, (m, c: string, y: string, z: string) => (z > y ? `${c}${y}-${c}${z}` : m))
      .replace(SHORT_SEASON, (m, y: string, z: string) => (Number(z) === Number(y) + 1 ? `20${y}-20${z}` : m)) : text;
  const amounts = /\d\s*(?:million|mn|m|billion|bn|b|trillion|tn)\b/i.test(years)
    ? years.replace(AMOUNT, (_, n: string, u: string) => ` ${n.replace(/[.,]/, 'x')}${u[0]!.toLowerCase()} `) : years;
  for (const w of words(amounts)) {
    const t = term(w);
    if (t) out.push(t);
  }
  // "Counter-Terrorism", "co-sponsor": a prefixed compound is also its closed form ("counterterrorism", "cosponsor")
  if (text.includes('-')) {
    for (const m of fold(text).matchAll(HYPHEN_PREFIXED)) {
      const t = term(`${m[1]}${m[2]}`);
      if (t) out.push(t);
    }
  }
  return out;
}

/** A lexicon entry of several words ("took part", "one-on-one"); "re-establish" is one word. */
function isPhrase(p: string): boolean {
  return p.includes(' ') || (p.includes('-') && rawTerms(p).length > 1 && !/^(?:re|co|non|anti|pre|post)-/.test(p));
}

function loadSynonyms(): NonNullable<typeof synonyms> {
  if (!synonyms) {
    const lex = JSON.parse(readFileSync(lexiconPath('synonyms.json'), 'utf8')) as SynonymLexicon;
    const byTerm = new Map<string, string[]>();
    const phrases: { pattern: RegExp; word: string }[] = [];
    const phraseTokens = new Map<string, string>();
    for (const group of lex.groups) {
      // a phrase's words are what a fact may say ("took part"), but alone they mean nothing of the group:
      // "take" is not "attend", and "conference" is not "online"; a question's phrase is read whole (phraseWords)
      const single = group.filter((p) => !isPhrase(p));
      for (const p of group.filter(isPhrase)) phraseTokens.set(fold(p).replace(/\s+/g, ' '), rawTerms(p).join('_'));
      const stems = [...new Set(group.flatMap((p) => (isPhrase(p) ? [rawTerms(p).join('_')] : rawTerms(p))))].filter(Boolean);
      for (const s of new Set(single.flatMap((p) => rawTerms(p)))) byTerm.set(s, [...new Set([...(byTerm.get(s) ?? []), ...stems])]);
      for (const p of group.filter(isPhrase)) {
        if (single[0]) phrases.push({ pattern: new RegExp(`\\b${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi'), word: single[0] });
      }
    }
    const abbreviations = new Map(Object.entries(lex.abbreviations).map(([k, v]) => [fold(k), v]));
    const alternatives = [...phraseTokens.keys()].sort((x, y) => y.length - x.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    const phraseRe = alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
    const phraseStarts = new Set([...phraseTokens.keys()].map((p) => p.split(/[^\p{L}\p{N}]+/u)[0]!));
    synonyms = { byTerm, abbreviations, phrases, phraseTokens, phraseRe, phraseStarts };
  }
  return synonyms;
}

/** The single-word terms of the synonym lexicon. */
export function synonymTerms(): string[] {
  return [...loadSynonyms().byTerm.keys()];
}

/** Terms that mean the same in a question ("start" → forge, establish, launch …), itself included. */
export function synonymsOf(t: string): string[] {
  return loadSynonyms().byTerm.get(t) ?? [t];
}

/** A question's synonym phrases read as one word of their group ("took part" → "attend", "entered into force" → "effective"). */
export function phraseWords(text: string): string {
  let out = text;
  for (const { pattern, word } of loadSynonyms().phrases) out = out.replace(pattern, word);
  return out;
}

/** The expansion of an abbreviation the user typed ("fm" → "foreign minister"), if it is one. */
export function abbreviation(word: string): string | undefined {
  const abbr = loadSynonyms().abbreviations;
  return abbr.get(fold(word).replace(/\.$/, '')) ?? abbr.get(fold(word));
}

/** Abbreviations that are also prefixes of hyphenated words ("co-chair"). */
const PREFIXES = /^(?:co|cos)$/;

/** Expands the user's abbreviations ("FM" → "foreign minister"), keeping the original word too. */
export function expandAbbreviations(text: string): string {
  const abbr = loadSynonyms().abbreviations;
  return text.replace(/[\p{L}\p{N}.]+/gu, (w, at: number) => {
    const key = fold(w).replace(/\.$/, '');
    // ("co-chaired", "co-host": a prefix of a hyphenated word is no company)
    if (PREFIXES.test(key) && text.charAt(at + w.length) === '-') return w;
    const exp = abbr.get(key) ?? abbr.get(fold(w));
    return exp ? `${w.replace(/\.$/, '')} ${exp}` : w;
  });
}
