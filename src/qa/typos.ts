/**
 * Typos typed in chat ("invset", "recieve", "opperating", "frist"): a word the index has never seen is read as the word
 * of the index one letter off (a letter missing, extra, changed or two swapped), the most common such word winning.
 */
import { editDistanceAtMostOne, findCountries } from '../facts/countries.js';
import type { FactIndex } from '../search/fact-index.js';
import { isEnglishWord } from '../search/english.js';
import { abbreviation, fold, stopWords, synonymTerms, term } from '../search/terms.js';

/** Ordinal and number words are no index terms ("first" is "1st"): their typos are checked against them. */
const NUMBER_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'three', 'seven', 'eight'];

/** At most this many unknown words are looked up per question: a question in another language is not a set of typos. */
const MAX_LOOKUPS = 3;

/** The index's terms by first letter and length: a typo is looked up among a few thousand terms, not all of them. */
const buckets = new WeakMap<FactIndex, Map<string, string[]>>();

function bucketsOf(index: FactIndex): Map<string, string[]> {
  let by = buckets.get(index);
  if (!by) {
    by = new Map();
    for (const t of index.df.keys()) {
      if (t.length < 4 || /\d/.test(t)) continue;
      const key = `${t[0]}${t.length}`;
      const list = by.get(key);
      if (list) list.push(t); else by.set(key, [t]);
    }
    buckets.set(index, by);
  }
  return by;
}

/** The question with its typos mended; words the index knows, names of countries and short words are kept as typed. */
export function correctTypos(question: string, index: FactIndex): string {
  let lookups = 0;
  return question.replace(/(?<![\p{L}\p{N}'’-])[\p{L}]{5,}(?![\p{L}\p{N}'’-])/gu, (word) => {
    const w = fold(word);
    if (stopWords().has(w)) return word;
    // ("frist" is in the word list as an old word, but typed in a question it is "first")
    const number = NUMBER_WORDS.find((n) => n !== w && Math.abs(n.length - w.length) <= 1 && n[0] === w[0] && editDistanceAtMostOne(n, w));
    if (number && (w === 'frist' || !isEnglishWord(w))) return number;
    const t = term(w);
    // (a country or its people typed in lower case is no typo: "japanese rep")
    if (!t || index.df.has(t) || NUMBER_WORDS.includes(w) || abbreviation(w) || findCountries(word).length || findCountries(word.charAt(0).toUpperCase() + word.slice(1)).length) return word;
    if (isEnglishWord(w)) return word;
    if (++lookups > MAX_LOOKUPS) return word;
    const by = bucketsOf(index);
    let best: string | undefined;
    let bestDf = 0;
    for (const n of [t.length - 1, t.length, t.length + 1]) {
      for (const c of by.get(`${t[0]}${n}`) ?? []) {
        const df = index.df.get(c)!;
        if (df > bestDf && editDistanceAtMostOne(c, t)) { best = c; bestDf = df; }
      }
    }
    // ("altitute": a word the releases never use, but that the synonym lexicon knows — "altitude", said "apogee")
    if (!best) best = synonymTerms().find((c) => c[0] === t[0] && c.length >= 4 && Math.abs(c.length - t.length) <= 1 && editDistanceAtMostOne(c, t));
    // ("stratgic" stems to "stratgic", two letters off "strateg": the word mended by a vowel, a dropped or a swapped letter)
    if (!best) {
      const fixed = vowelEdits(w).find((v) => { const vt = term(v); return !!vt && (index.df.get(vt) ?? 0) > 0; });
      if (fixed) return /^\p{Lu}/u.test(word) ? fixed[0]!.toUpperCase() + fixed.slice(1) : fixed;
    }
    if (!best) return word;
    // the word mended as its stem was ("embasy" → "embassy"), when that gives the stem found; else the word as typed
    const mended = mend(w, t, best);
    if (!mended || term(mended) !== best) return word;
    // (a name typed with a capital keeps it: "Speaker Moler")
    return /^\p{Lu}/u.test(word) ? mended[0]!.toUpperCase() + mended.slice(1) : mended;
  });
}

/** The one edit that turns stem `t` into `best`, made to the word `w` that `t` was stemmed from. */
function mend(w: string, t: string, best: string): string | undefined {
  let p = 0;
  while (p < t.length && p < best.length && t[p] === best[p]) p++;
  if (w.slice(0, p) !== t.slice(0, p)) return undefined;
  if (best.length === t.length + 1) return w.slice(0, p) + best[p]! + w.slice(p);
  if (best.length === t.length - 1) return w.slice(0, p) + w.slice(p + 1);
  if (t[p + 1] === best[p] && t[p] === best[p + 1] && t.slice(p + 2) === best.slice(p + 2)) return w.slice(0, p) + w[p + 1]! + w[p]! + w.slice(p + 2);
  return w.slice(0, p) + best[p]! + w.slice(p + 1);
}

/** True when the index knows a term one letter off from `t` ("tromso" for "tromsø"). */
export function nearlyKnown(t: string, index: FactIndex): boolean {
  const by = bucketsOf(index);
  return [t.length - 1, t.length, t.length + 1].some((n) => (by.get(`${t[0]}${n}`) ?? []).some((c) => editDistanceAtMostOne(c, t)));
}

/** The word with one vowel put in or changed, or one letter dropped, or two swapped: the usual slips of typing. */
function vowelEdits(w: string): string[] {
  const out: string[] = [];
  for (let i = 1; i <= w.length; i++) for (const v of 'aeiou') out.push(w.slice(0, i) + v + w.slice(i));
  for (let i = 1; i < w.length; i++) {
    out.push(w.slice(0, i) + w.slice(i + 1));
    if (i + 1 < w.length) out.push(w.slice(0, i) + w[i + 1]! + w[i]! + w.slice(i + 2));
    if ('aeiou'.includes(w[i]!)) for (const v of 'aeiou') if (v !== w[i]) out.push(w.slice(0, i) + v + w.slice(i + 1));
  }
  return out.filter((x) => x.length >= 5 && isEnglishWord(x));
}
