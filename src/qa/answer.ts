/** Question → Answer | Abstention: retrieve facts, check they agree with the question's slots, extract the span. */
import { MAX_QUESTION_CHARS, cleanInput } from '../commands.js';
import { countryCodes, countryName, editDistanceAtMostOne, findCountries, findCountriesTyped, inGrouping, isCapital } from '../facts/countries.js';
import { findPeople } from '../facts/people.js';
import { findDates } from '../facts/dates.js';
import { ACT_EVENTS, findEvents } from '../facts/events.js';
import { findAcronyms, findThings } from '../facts/things.js';
import type { DateMention, Fact } from '../facts/types.js';
import type { AbstentionReply, AnswerReply, Reply, Source } from '../reply.js';
import type { FactIndex, ReleaseMeta } from '../search/fact-index.js';
import { isEnglishWord } from '../search/english.js';
import { abbreviation, expandAbbreviations, fold, sliceTerms, stopWords, synonymsOf, terms } from '../search/terms.js';
import { analyzeQuestion, findOrdinals, foldedQuestion, foldedText, kinds, type Analysis } from './analyze.js';
import { ACTION_VERBS, NEXT_SAID, oneDayAsked, participleInSubject, spanCandidates, STAY_ASKED, TOTAL_ASKED, type SpanCandidate } from './spans.js';
import { correctTypos, nearlyKnown } from './typos.js';

/** Tunables of answering, with their defaults. */
export interface AnswerOptions {
  /** How many facts retrieval hands to the ranker. */
  candidates: number;
  /** Below this share of the question's weighted terms found, the engine abstains. */
  minCoverage: number;
  /** Least span score for named-thing and reason answers. */
  minThingSpan: number;
  /** Debugging hook: receives the ranked candidates (best first) before the answer is chosen. */
  trace?: (ranked: readonly { fact: Fact; coverage: number; mismatch: string | null; span: SpanCandidate | null; score: number }[]) => void;
}

export const DEFAULT_ANSWER_OPTIONS: AnswerOptions = { candidates: 60, minCoverage: 0.6, minThingSpan: 0.5 };

interface Ranked {
  fact: Fact;
  meta: ReleaseMeta;
  coverage: number;
  mismatch: string | null;
  span: SpanCandidate | null;
  score: number;
}

/** A fact's citation. */
export function sourceOf(fact: Fact, meta: ReleaseMeta): Source {
  return { release: meta.id, title: meta.title, date: meta.date, dateSource: meta.dateSource, ...(meta.url ? { url: meta.url } : {}), quote: fact.text };
}

/** Term sets are the same for every question: kept per fact and per index, built on first use. */
const factTermSets = new WeakMap<Fact, { sentence: Set<string>; near: Set<string>; pairs: Set<string> }>();
const releaseTermCaches = new WeakMap<FactIndex, Map<string, Set<string>>>();

const SINCE_DATE = /\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:19|20)\d{2}\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/;

function factTerms(fact: Fact, meta: ReleaseMeta): { sentence: Set<string>; near: Set<string>; pairs: Set<string> } {
  let sets = factTermSets.get(fact);
  if (!sets) {
    // (the other name the release gives what the sentence names is the sentence's own: "the NSG" says Nuclear Suppliers Group)
    const seq = terms(fact.also ? `${fact.text} ${fact.also}` : fact.text);
    const pairs = new Set<string>();
    for (let i = 1; i < seq.length; i++) pairs.add(`${seq[i - 1]} ${seq[i]}`);
    sets = { sentence: new Set(seq), near: new Set(terms(`${fact.context} ${meta.title}`)), pairs };
    factTermSets.set(fact, sets);
  }
  return sets;
}

/** The release-term cache of an index (releases are never changed once added, so it never goes stale). */
function releaseCache(index: FactIndex): Map<string, Set<string>> {
  let cache = releaseTermCaches.get(index);
  if (!cache) { cache = new Map(); releaseTermCaches.set(index, cache); }
  return cache;
}

function releaseTerms(index: FactIndex, meta: ReleaseMeta, cache: Map<string, Set<string>>): Set<string> {
  let set = cache.get(meta.id);
  if (!set) {
    set = new Set(terms(meta.title));
    for (const f of index.factsOf(meta.id)) for (const t of terms(f.text)) set.add(t);
    cache.set(meta.id, set);
  }
  return set;
}

/** Weight of a question term: rare terms say more; terms the index never saw count little (typos, paraphrase). */
function weight(index: FactIndex, a: Analysis, t: string): number {
  const df = index.df.get(t) ?? 0;
  if (!df) return a.names.some((n) => terms(n)[0] === t) ? 1.5 : 0.25;
  return Math.log(1 + index.facts.length / df);
}

/** The years a sentence names by the release's date: "this year's program" in a 2024 release is 2024's. */
function yearsSaid(fact: Fact, meta: ReleaseMeta): string[] {
  const y = Number(meta.date?.slice(0, 4));
  if (!y || !/\b(?:this|last|next) year\b/i.test(fact.text)) return [];
  return [...fact.text.matchAll(/\b(this|last|next) year\b/gi)].map((m) => String(y + ({ this: 0, last: -1, next: 1 } as Record<string, number>)[m[1]!.toLowerCase()]!));
}

/** What coverage needs of one question term, read once per question (not once per fact). */
interface TermPlan {
  t: string;
  w: number;
  syn: string[];
  alt: string[] | undefined;
  code: string | undefined;
  date: DateMention | undefined;
  year: boolean;
  /** The question puts what it asks "in" or "at" this place ("the delegation in Montreal"). */
  place: boolean;
}

const openingPlaces = new WeakMap<ReleaseMeta, Set<string>>();

/** The places the release's opening sentence puts its event in or at: "… the ICAO Assembly, which is being held in Montreal". */
function openingPlacesOf(index: FactIndex, meta: ReleaseMeta): Set<string> {
  let places = openingPlaces.get(meta);
  if (!places) {
    const first = index.factsOf(meta.id)[0]?.text ?? '';
    places = new Set([...first.matchAll(/\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?)/gu)].flatMap((m) => terms(m[1]!)));
    openingPlaces.set(meta, places);
  }
  return places;
}

const planCache = new WeakMap<Analysis, { index: FactIndex; plan: TermPlan[]; total: number }>();

function termPlan(index: FactIndex, a: Analysis): { plan: TermPlan[]; total: number } {
  let got = planCache.get(a);
  if (!got || got.index !== index) {
    const dated = datedTerms(a);
    // ("what document came out of the summit": a declaration is one — the kinds of the head noun asked say it)
    // (only a head as general as "document": a "body" is not met by any council a sentence names)
    const head = a.type === 'thing' && a.head && /^(?:documents?|docs?|papers?|texts?|outcome documents?)$/.test(fold(a.head)) ? terms(a.head)[0] : undefined;
    const members = head ? (kinds().members.get(fold(a.head!)) ?? kinds().members.get(fold(a.head!).replace(/s$/, '')) ?? []).flatMap((w) => terms(w)) : [];
    const { nameWords } = askedOnce(a);
    const plan = a.terms.map((t) => ({
      // (a word of a name the question capitalizes is matched as written: the "Global Fund" is no "world" fund)
      t, w: weight(index, a, t), syn: t === head && members.length ? [...new Set([...synonymsOf(t), ...members])] : nameWords.has(t) ? [t] : synonymsOf(t), alt: a.alternatives.get(t), code: a.countryTerms.get(t), date: dated.get(t), year: /^\d{4}$/.test(t),
      place: askedOnce(a).placeWords.includes(t),
    }));
    got = { index, plan, total: plan.reduce((n, p) => n + p.w, 0) };
    planCache.set(a, got);
  }
  return got;
}

/** The term (or one of its synonyms, or all the words of its alternative) is in the set. */
function planHas(p: TermPlan, set: Set<string>): boolean {
  for (const s of p.syn) if (set.has(s)) return true;
  return !!p.alt?.length && p.alt.every((x) => set.has(x));
}

/** Question words that ask a percentage ("what share", "what proportion"). */
const SHARE_TERM = /^(?:share|percentag|proport|percent|pct)$/;

function coverage(index: FactIndex, a: Analysis, fact: Fact, meta: ReleaseMeta, cache: Map<string, Set<string>>): number {
  const { sentence, near } = factTerms(fact, meta);
  const release = releaseTerms(index, meta, cache);
  const { plan, total } = termPlan(index, a);
  let got = 0;
  for (const p of plan) {
    const { w, code, date } = p;
    // "Seoul", "Tokyo", "Kazakh" stand for their countries: the country named in any spelling satisfies them
    // ("in the February 26, 2025 launch": the words of a date the question gives are met by the fact's date, or by the
    // release's day when the fact gives none — "Today's launch …"; a month or year of the release's says less)
    // ("since when has the ROK chaired the MSP": "…, which the ROK has chaired since July 2024" says when it began)
    const inSentence = planHas(p, sentence) || (!!code && fact.countries.includes(code)) || (p.t === 'begin' && askedOnce(a).sinceAsked && SINCE_DATE.test(fact.text)) || (p.year && yearsSaid(fact, meta).includes(p.t))
      || (!!date && (dateMet(date, fact) || (date.precision === 'day' && !fact.dates.length && dateMet(date, fact, meta.date ?? undefined))))
      // ("what share of bilateral aid goes to africa": "Africa: 19.8%", a percentage is a share)
      // (not "unicef's share of the package", a sum)
      || (a.type === 'number' && SHARE_TERM.test(p.t) && askedOnce(a).percentAsked && fact.numbers.some((n) => n.unit === '%'));
    if (inSentence) got += w;
    // a bullet ("- Malawi: US$1.8 million (through UNDP)") spells out its paragraph's lead: the lead's words are nearly its own
    // (and so does a sentence that refers back to it: "… the event drew some 25,000 visitors")
    else if (planHas(p, near) || code === 'KOR' || (!!date && !fact.dates.length && dateMet(date, fact, meta.date ?? undefined))) got += (fact.context && (fact.text.length < 120 || REFERS_BACK.test(fact.text)) ? 0.85 : 0.7) * w;
    // (a place the question puts it "in", given by the release's opening sentence, is where the whole release happens)
    else if (p.place && planHas(p, openingPlacesOf(index, meta))) got += 0.7 * w;
    // (a rare word the release says elsewhere is about something else there: "UNDP" in another bullet)
    else if (planHas(p, release) || (!!code && meta.countries.includes(code))) got += (code || (index.df.get(p.t) ?? 0) > 2 ? 0.4 : 0.15) * w;
  }
  return total ? got / total : 0;
}

/** A value worked out once per question and release (not once per fact): the caches of the three checks below. */
function perRelease<T>(cache: WeakMap<Analysis, Map<string, T>>, a: Analysis, meta: ReleaseMeta, compute: () => T): T {
  let memo = cache.get(a);
  if (!memo) { memo = new Map(); cache.set(a, memo); }
  if (!memo.has(meta.id)) memo.set(meta.id, compute());
  return memo.get(meta.id) as T;
}

const saysCache = new WeakMap<Analysis, Map<string, boolean>>();

/** True when some sentence of the release says one of the terms (once per question and release, not once per fact). */
function releaseSays(a: Analysis, index: FactIndex, meta: ReleaseMeta, wanted: string[]): boolean {
  return perRelease(saysCache, a, meta, () => index.factsOf(meta.id).some((f) => wanted.some((v) => factTerms(f, meta).sentence.has(v))));
}

const absentCache = new WeakMap<Analysis, Map<string, string | null>>();

/** The first initials of three letters or more the question gives and the release never names nor spells out (once per release). */
function absentInitials(a: Analysis, index: FactIndex, meta: ReleaseMeta): string | null {
  if (!a.initialisms.length) return null;
  return perRelease(absentCache, a, meta, () => {
    const text = releaseText(index, meta);
    // (a currency's code, "in USD", names no body)
    return a.initialisms.find((i) => i.length >= 3 && /^[a-z]+$/.test(i) && !/^(?:usd|eur|krw|jpy|gbp|cny|rmb|chf|aud|cad|inr|sdr)$/.test(i) && !new RegExp(`\\b${i}`, 'i').test(text) && !spelledIn(i, text)) ?? null;
  });
}

const venueCache = new WeakMap<Analysis, Map<string, string | null>>();

/** The first city the question names a meeting by that the release never names (once per question and release). */
function absentVenue(a: Analysis, index: FactIndex, meta: ReleaseMeta): string | null {
  const cities = askedOnce(a).venueCities;
  if (!cities.length) return null;
  return perRelease(venueCache, a, meta, () => {
    const text = fold(releaseText(index, meta));
    return cities.find((c) => !text.includes(c)) ?? null;
  });
}

const releaseTextCaches = new WeakMap<FactIndex, Map<string, string>>();

/** A release's title and sentences as one text (checked once per release, not once per question and fact). */
function releaseText(index: FactIndex, meta: ReleaseMeta): string {
  let cache = releaseTextCaches.get(index);
  if (!cache) { cache = new Map(); releaseTextCaches.set(index, cache); }
  let text = cache.get(meta.id);
  if (text === undefined) {
    text = [meta.title, ...index.factsOf(meta.id).map((f) => f.text)].join('\n');
    if (cache.size > 5000) cache.clear();
    cache.set(meta.id, text);
  }
  return text;
}

const titleTermCaches = new WeakMap<FactIndex, Set<string>>();

/** The terms of every release title in the index (a place may be named only in a title: "… Koreans Stranded in Bali"). */
function titleTerms(index: FactIndex): Set<string> {
  let set = titleTermCaches.get(index);
  if (!set) {
    set = new Set();
    for (const meta of index.byRelease.values()) for (const t of terms(meta.title)) set.add(t);
    titleTermCaches.set(index, set);
  }
  return set;
}

const unknownCache = new WeakMap<Analysis, string | null>();

/** A place the question types in lower case that no release names, in its text or a title, nor one letter off. */
function unknownPlace(a: Analysis, index: FactIndex): string | undefined {
  let got = unknownCache.get(a);
  if (got === undefined) {
    got = askedOnce(a).placesTyped.find((w) => {
      const t = terms(w)[0] ?? '';
      return !index.df.has(t) && !titleTerms(index).has(t) && !nearlyKnown(t || w, index) && !nearlyKnown(fold(w), index);
    }) ?? null;
    unknownCache.set(a, got);
  }
  return got ?? undefined;
}

const datedCache = new WeakMap<Analysis, Map<string, DateMention>>();

/** The question's terms that belong to a date it gives ("februari", "26", "2025" of "February 26, 2025"), → that date. */
function datedTerms(a: Analysis): Map<string, DateMention> {
  let map = datedCache.get(a);
  if (!map) {
    map = new Map();
    // ("feb 26" is read as "February 26": the short month typed is the date's word too)
    for (const d of a.dates) for (const t of terms(d.text.replace(/\b(January|February|March|April|June|July|August|September|October|November|December)\b/g, (m) => `${m} ${m.slice(0, 3)} ${m.slice(0, 4)}`))) map.set(t, d);
    datedCache.set(a, map);
  }
  return map;
}

/** True when the fact's dates (or the release's date, given) fall on the date the question gives. */
function dateMet(d: DateMention, fact: Fact, released?: string): boolean {
  const fits = (v: string | undefined): boolean => {
    if (!v) return false;
    if (d.value.startsWith('????')) return v.slice(4, d.value.length) === d.value.slice(4);
    return v.startsWith(d.value) || d.value.startsWith(v) && v.length >= 7;
  };
  return released ? fits(released) : fact.dates.some((x) => fits(x.value) || fits(x.until));
}

/**
 * The longest run of question terms that the fact states in the same order ("Tri-Sea Meeting of Foreign Affairs
 * Ministers", "Joint Working Group Meeting"): a name quoted whole says more than its words scattered.
 */
function phraseRun(a: Analysis, fact: Fact, meta: ReleaseMeta): number {
  const { pairs } = factTerms(fact, meta);
  const ending = questionPairs(a);
  let best = 0;
  let run = 0;
  for (let i = 1; i < ending.length; i++) {
    let hit = false;
    for (const key of ending[i]!) if (pairs.has(key)) { hit = true; break; }
    run = hit ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

const pairMaps = new WeakMap<Analysis, string[][]>();

/** The question's adjacent term pairs, synonyms included, by the position they end at. */
function questionPairs(a: Analysis): string[][] {
  let ending = pairMaps.get(a);
  if (!ending) {
    ending = a.terms.map((t, i) => (i ? synonymsOf(a.terms[i - 1]!).flatMap((p) => synonymsOf(t).map((c) => `${p} ${c}`)) : []));
    pairMaps.set(a, ending);
  }
  return ending;
}

/** A sentence that speaks of the event its paragraph named before: "the event drew …", "the meeting was chaired by …". */
const REFERS_BACK = /\b(?:the|this|that) (?:event|meeting|forum|festival|conference|session|ceremony|visit|talks|summit|exhibition|dialogue|consultation|week|unit|team|contingent|delegation|programme|program|project|agreement|treaty|designations?|measures?|sanctions|amendments?|arrangement|changes|rules|service|scheme)\b/i;

/** The kinds of a visit: "a state visit", "an official visit", "a working visit". */
const VISIT_KINDS = /\b(state|official|working|private)\s+visit/gi;

/** Kinds of diplomatic mission: an embassy is not a consulate, nor a consulate an honorary one. */
const MISSION_KINDS = /\b(honorary consulate|consulate[- ]general|consulate|embassy|permanent mission|representative office|liaison office)\b/g;

function missionKinds(t: string): string[] {
  return [...fold(t).matchAll(MISSION_KINDS)].map((m) => m[1]!.replace(/[- ]general$/, ' general'));
}

/** Words that refer back to an agreement or relationship named just before ("… approval of the agreement in June 2015"), or
 * to the round of its negotiations ("took part in this round"; not "on the margins of the round", an aside). */
const ANAPHOR = /\b(?:the|this|that|the two countries'|their) (?:agreement|accord|treaty|deal|partnership|relationship|relations|ties|mou|memorandum|pact|convention)\b|\bthis round\b/i;

/** True when the fact refers back to a relation that its paragraph lead or the sentence before it states. */
function referredTo(r: string, fact: Fact, index: FactIndex): boolean {
  if (!ANAPHOR.test(fact.text)) return false;
  if (fact.context && findEvents(fact.context).includes(r)) return true;
  const facts = index.factsOf(fact.release);
  const i = facts.indexOf(fact);
  if (i > 0 && facts[i - 1]!.events.includes(r)) return true;
  // ("The Agreement was signed in Seoul on May 12, 2021" in a release titled "Korea-Israel FTA Enters into Force")
  // (a document referred back to only: "their ties" may be any ties)
  const title = index.byRelease.get(fact.release)?.title;
  return !!title && /\b(?:the|this|that) (?:agreement|accord|treaty|deal)\b/i.test(fact.text) && findEvents(title).includes(r);
}

/** The initials match, the letters of a short initialism in the text counted one by one ("UNSCR": "UN Security Council resolution"). */
function initialsIn(re: RegExp, text: string): boolean {
  return re.test(text) || (/\b[A-Z]{2,3}\b/.test(text) && re.test(text.replace(/\b[A-Z]{2,3}\b/g, (w) => [...w].join(' '))));
}

/** The words whose first letters are the letters typed, in order, small words and a list's commas between them allowed:
 * "WPS" — "Women, Peace and Security", "DPO" — "Department of Peace Operations". */
function initialsPattern(letters: string): RegExp {
  return new RegExp(`\\b${[...letters].map((l) => `${l}[\\p{L}'’-]*`).join(',?\\s+(?:(?:of|for|and|the|on)\\s+)*')}\\b`, 'iu');
}

/** True when a text names something whose initials are the letters typed, in order or not. */
function spelledIn(letters: string, text: string): boolean {
  const re = initialsPattern(letters);
  if (initialsIn(re, text)) return true;
  // ("STS": "ship-to-ship", initials of a hyphenated compound)
  if (new RegExp(`\\b${[...letters].map((l) => `${l}[\\p{L}'’]*`).join('-')}\\b`, 'iu').test(text)) return true;
  return scatteredInName(letters, text);
}

/**
 * The word is made of the first letters of consecutive words of the text, as short names are clipped: "PrepCom" is the
 * Preparatory Committee, "RevCon" the Review Conference, "ChemTech" Chemistry and Technology.
 */
function blendIn(word: string, text: string): boolean {
  if (word.length < 6 || !/^[a-z]+$/.test(word)) return false;
  const parts = (w: string, n: number): string[][] => n === 1 ? [[w]]
    : [...Array(Math.max(0, w.length - 2 - 3 * (n - 1) + 1)).keys()].flatMap((k) => parts(w.slice(k + 3), n - 1).map((rest) => [w.slice(0, k + 3), ...rest]));
  return [2, 3].some((n) => parts(word, n).some((ps) => ps.every((p) => p.length >= 3)
    && new RegExp(`\\b${ps.map((p) => `${p}[\\p{L}]*`).join('\\s+(?:(?:and|of|for|the)\\s+)?')}\\b`, 'iu').test(text)));
}

const initialsHeads = new Map<string, string | null>();

/** The last word of the name the release gives initials ("WHA" → "Assembly" of "World Health Assembly (WHA)"), read once per release. */
function initialsHead(letters: string, index: FactIndex, meta: ReleaseMeta): string | undefined {
  const key = `${meta.id}\u0000${letters}`;
  let head = initialsHeads.get(key);
  if (head === undefined) {
    const found = findAcronyms(releaseText(index, meta)).find((x) => fold(x.acronym) === letters);
    head = found ? /(\p{Lu}\p{Ll}+)$/u.exec(found.expansion)?.[1] ?? null : null;
    if (initialsHeads.size > 20_000) initialsHeads.clear();
    initialsHeads.set(key, head);
  }
  return head ?? undefined;
}

/** The letters are the initials of one capitalized name in another order ("MLAT": "Treaty … on Mutual Legal Assistance"). */
function scatteredInName(letters: string, text: string): boolean {
  if (letters.length < 3) return false;
  for (const t of findThings(text)) {
    const caps = [...t.text.matchAll(/\b\p{Lu}[\p{L}'’-]*/gu)].map((m) => m[0][0]!.toLowerCase());
    if (caps.length < letters.length || caps.length > letters.length + 3) continue;
    if ([...letters].every((l) => caps.filter((x) => x === l).length >= [...letters].filter((y) => y === l).length)) return true;
  }
  return false;
}

/** True when the release names something whose initials are the letters typed ("DL" → "Digital Literacy …"). */
function spelledOut(letters: string, index: FactIndex, meta: ReleaseMeta): boolean {
  const re = initialsPattern(letters);
  // "TG" for Tegucigalpa: one long name that starts with the first letter and holds the others in order
  const one = new RegExp(`\\b${letters[0]}${[...letters.slice(1)].map((l) => `[\\p{L}]*${l}`).join('')}[\\p{L}]*`, 'iu');
  // or the capitalized words of a name in another order: "DTA" for "Agreement … for the Avoidance of Double Taxation"
  const scattered = (t: string): boolean => scatteredInName(letters, t);

  const hit = (t: string): boolean => initialsIn(re, t) || scattered(t) || [...t.matchAll(/\b\p{Lu}[\p{L}]{4,}/gu)].some((m) => one.test(m[0]) && one.exec(m[0])![0] === m[0]);
  return hit(meta.title) || index.factsOf(meta.id).some((f) => hit(f.text));
}

/** Ordinals that number a meeting in a text: "the 8th Policy Consultation" → 8. */
function eventOrdinals(text: string, a: Analysis, heads: string[] = []): number[] {
  const out: number[] = [];
  // (and the last word of what the question's initials stand for in the release: "UPR" asks a "review")
  const wanted = new Set([...a.terms, ...heads.flatMap((h) => terms(h))].flatMap((t) => synonymsOf(t)));
  for (const m of text.matchAll(/\b(\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth)\b((?:\s+[\p{L}'’-]+){0,6})/giu)) {
    // "… and the second one in Lusaka": the same kind of meeting
    if (/^\s+one\b/i.test(m[2]!)) { out.push(...findOrdinals(m[1]!)); continue; }
    const noun = /\b(meeting|consultations?|dialogue|forum|session|summit|conference|round|talks|commission|committee|contracts?|contingent|rotation|batch|package|tranche|review|plenary|replenishment)\b/i.exec(m[2]!);
    if (!noun) continue;
    // ("held the 11th Korea-Mexico Policy Consultation, … since the 10th Consultation": the bare noun again, the same kind)
    if (out.length && new RegExp(`^\\s+${noun[1]!}\\b`, 'i').test(m[2]!) && new RegExp(`\\b${noun[1]!}\\b`, 'i').test(text.slice(0, m.index!))) { out.push(...findOrdinals(m[1]!)); continue; }
    // only a meeting of the kind asked: "the 71st session of the UN General Assembly" is not "the 9th Tri-Sea FMM"
    // (… or the very kind the question names: "since its third review" is not the fourth review asked)
    const shared = new Set(sliceTerms(m[2]!).filter((t) => wanted.has(t) && !/^(?:meet|meeting|session|talk|consult)/.test(t)));
    const kindAsked = /^(?:review|plenary|replenishment)$/i.test(noun[1]!) && wanted.has(terms(noun[1]!)[0] ?? '');
    if ((shared.size >= 1 && sliceTerms(m[2]!).filter((t) => wanted.has(t)).length >= 2) || kindAsked) out.push(...findOrdinals(m[1]!));
  }
  return out;
}

/** The numbered thing a question asks ("the first Korea-EU Security and Defence Dialogue"), read once per question. */
const askedNumbered = new WeakMap<Analysis, { kind: string; words: Set<string>; initials: string } | null>();

/** An ordinal and the words after it. */
const NUMBERED = /\b(\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b((?:\s+[\p{L}'’-]+){0,5})/giu;
/** Kinds of numbered things, a meeting of any name being one kind. */
const NUMBERED_KINDS: Array<[string, RegExp]> = [
  ['meeting', /\b(?:meetings?|conferences?|sessions?|forums?|summits?|dialogues?|consultations?|talks|rounds?|committees?|commissions?|plenary|congress|assembly|review|symposium|seminar|workshop|replenishment)\b|\b2\s?\+\s?2\b/i],
  ['plan', /\b(?:plans?|strategy|strategies|programmes?|programs?|roadmaps?|framework)\b/i],
  ['report', /\b(?:reports?|resolutions?|statements?|declarations?)\b/i],
  ['group', /\b(?:contingents?|batch|rotations?|cohorts?|classes)\b/i],
  ['phase', /\b(?:phases?|stages?|tranches?|rounds? of funding)\b/i],
  ['event', /\b(?:festivals?|exhibitions?|anniversary|games|cup|awards?|fairs?|expos?)\b/i],
];
const NUMBERED_KINDS_ALL = NUMBERED_KINDS.map(([, re]) => new RegExp(re.source, 'gi'));

/** Words of a series' name that say only what kind of talks they are. */
const GENERIC_NAME = new Set(terms('policy joint bilateral high level high-level senior officials official working annual regular general ministerial director-general vice-ministerial'));

const numberedKinds = new Map<string, { kind: string; words: Set<string>; initials: string } | null>();

/**
 * The kind and name of the first numbered thing in a text ("the 4th National Action Plan" → plan; "the 1st Korea-EU
 * Strategic Dialogue" → a meeting named "strategic"), read once per text: facts are read again by every question with an
 * ordinal.
 */
function numberedKind(text: string): { kind: string; words: Set<string>; initials: string } | undefined {
  const key = text.slice(0, 140);
  let got = numberedKinds.get(key);
  if (got === undefined) {
    got = readNumberedKind(key) ?? null;
    if (numberedKinds.size > 20_000) numberedKinds.clear();
    numberedKinds.set(key, got);
  }
  return got ?? undefined;
}

function readNumberedKind(text: string): { kind: string; words: Set<string>; initials: string } | undefined {
  NUMBERED.lastIndex = 0;
  const m = NUMBERED.exec(text);
  NUMBERED.lastIndex = 0;
  if (!m) return undefined;
  // (the words after the number up to a stop: "the first Korea-UK 2+2 Meeting in Seoul")
  const after = text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 120).split(/[,.;:()"“”]/)[0]!;
  // (the kind is the noun of the number's own phrase, within its first words: "fourth competitive presentation for the bid to
  // host World Expo 2030" numbers a presentation, not an expo)
  const phrase = /^(?:\s+[^\s]+){1,6}/.exec(after)?.[0] ?? after;
  let best: { kind: string; at: number } | undefined;
  for (const [kind, re] of NUMBERED_KINDS) { const k = re.exec(phrase); if (k && (!best || k.index < best.at)) best = { kind, at: k.index }; }
  if (!best) return undefined;
  // the name between the number and its kind, and the complement after it, countries left out: "Security and Defence" of "the
  // first Korea-EU Security and Defence Dialogue", "Joint … on Disarmament and Non-Proliferation" of "the 23rd ROK-UN Joint
  // Conference on Disarmament and Non-Proliferation Issues"
  const complement = /^[\p{L}-]*\s+(?:on|of|for)\s+((?:(?:[\p{Lu}\p{N}][\p{L}\p{N}'’&-]*|and|of|the|on|for|&)\s*){1,8})/u.exec(after.slice(best.at))?.[1] ?? '';
  let name = `${after.slice(0, best.at)} ${complement}`;
  for (const c of findCountriesTyped(name)) name = name.replace(c.text, ' ');
  // (kind nouns said again are no name: "the 6th meeting of the Committee")
  for (const re of NUMBERED_KINDS_ALL) name = name.replace(re, ' ');
  // (… nor are the words every series of talks has: "the 6th Policy Consultation", "the 3rd Joint Committee")
  // (… nor an abbreviation the question spells out beside it: "the 7th S&T joint cmte committee")
  const words = new Set(sliceTerms(name.replace(/\b(?:korea|rok|eu|us)\b/gi, ' ')).filter((t) => !stopWords().has(t) && t.length > 2 && !GENERIC_NAME.has(t) && !abbreviation(t)).flatMap((t) => synonymsOf(t)));
  // (… and the acronym the name is given in brackets: "the 6th Session of the Assembly of the Asian Forest Cooperation
  // Organization (AFoCO)" is the 6th AFoCO assembly)
  const acronym = /^[^()]*\(\s*(\p{Lu}[\p{L}&-]{1,9})\s*\)/u.exec(text.slice(m.index + m[1]!.length))?.[1];
  if (words.size && acronym && (acronym.match(/\p{Lu}/gu) ?? []).length >= 2) for (const t of sliceTerms(acronym)) words.add(t);
  // (the first letters of the name's words, for a name the other gives in initials: "Global Health Security Agenda", "GHSA")
  const initials = name.split(/[^\p{L}]+/u).filter((w) => w.length > 1 && !stopWords().has(w.toLowerCase())).map((w) => w[0]!.toLowerCase()).join('');
  return { kind: best.kind, words, initials };
}

/** Ordinals that number any meeting in a text ("the 1st Consular Consultation"), not a post ("First Vice Minister") or a half-year. */
function meetingOrdinals(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\b(\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b((?:\s+[\p{L}\p{N}'’()-]+){0,6})/giu)) {
    if (/^\s+(?:vice|deputy|half|quarter|secretary|lady)\b/i.test(m[2]!)) continue;
    if (/\b(?:meeting|consultations?|dialogue|forum|session|summit|conference|round|talks|commission|committee)\b/i.test(m[2]!)) out.push(...findOrdinals(m[1]!));
  }
  return out;
}

/** Why a fact cannot answer the question, or null when its slots agree. */
/** What the slot checks need of the question alone, worked out once per question rather than once per candidate fact. */
interface AskedOnce {
  /** The number of sides of the meeting asked, when it says one: "two" (one-on-one, bilateral) or "three" (trilateral). */
  sidesAsked: string | undefined;
  /** A pair without the ROK that names the thing asked ("the EU-Japan digital partnership"): its two codes and the noun. */
  pairNamed: { codes: string[]; noun: string; word: string } | undefined;
  /** A post the question says was met ("meet the Ethiopian state minister"): "state minister". */
  metPost: string | undefined;
  /** The question's own words (see slotMismatch), before keeping those the fact's release knows. */
  ownWords: string[];
  /** The words of the names the question capitalizes ("the Global Fund"): matched as written, never by a synonym. */
  nameWords: Set<string>;
  /** Cities the question names a meeting by ("at the vientiane ASEAN-ROK FMM"), folded. */
  venueCities: string[];
  /** "since when has …": a sentence that says since when answers the start asked. */
  sinceAsked: boolean;
  /** The question asks a percentage: "what share of", "what proportion", "percentage of". */
  percentAsked: boolean;
  /** The words of the places a question puts what it asks "in" or "at" ("the delegation in Montreal"). */
  placeWords: string[];
  /** Own words that modify the noun after them, with that noun's term. */
  ownHeads: Map<string, string>;
  /** Places the question types in lower case after "in" or "at" that are no English words ("in samarkand"). */
  placesTyped: string[];
  /** The kind of mission a when- or where-question asks about ("embassy"). */
  missionKind: string | undefined;
  /** The kind of visit asked ("state", "official", "working"), for when- and where-questions. */
  visitKind: string | undefined;
  /** The words of the occasion a figure or thing is asked of: "during the state visit" → state, visit. */
  occasion: string[];
  /** Which end of an occasion is asked: "the closing ceremony", "the opening session". */
  ceremonyEnd: 'closing' | 'opening' | undefined;
  /** Names the question numbers ("DubaiSat-2", "Unit 2"), with patterns that find them numbered in a fact. */
  numberedNames: Array<{ base: string; n: string; numberedRe: RegExp; nameRe: RegExp }>;
  /** The question asks about an upgraded agreement ("the upgraded Korea-Chile FTA"). */
  upgraded: boolean;
  /** The country the question asks what it gave ("how much did Germany pledge"). */
  giver: string | undefined;
  /** The side of a meeting the question names by its people ("the Japanese delegation"). */
  side: string | undefined;
  /** A storm named by a name that is not an English word ("Cyclone Tamsin"). */
  storm: string | undefined;
  /** A summit asked where or when, not a ministers' meeting. */
  summit: boolean;
  stage: number | undefined;
  /** The acts of a when-question that date one event and no other. */
  acts: string[];
  /** "2nd vice minister", "first deputy director": the rank an office is asked with, as the words a release would say it. */
  rankOrdinal: RegExp | undefined;
  /** An office asked with its portfolio ("defense secretary", "trade minister"), as the words a release would name it in. */
  portfolio: RegExp | undefined;
  portfolioWords: string | undefined;
  /** Names the question gives that may be places said of another meeting or site ("the new Temelin units"). */
  placeNames: string[];
  /** A foreign official asked by nationality and office ("the swedish foreign minister"). */
  officialAsked: { code: string; office: RegExp; phrase: RegExp; words: string } | undefined;
  /** The credentials asked, not their copies. */
  credentials: boolean;
  /** A ranking asked: "which country gets the biggest slice". */
  superlative: boolean;
  /** The city a who-question puts a post in ("honorary consul in calgary"), with its term; not a capital, which stands for its country. */
  postPlaces: Array<{ word: string; term: string }>;
  /** A when-question about taking up a post: "when did X start as vice minister", "when does she take office". */
  officeStart: boolean;
  /** Countries the question names as what a document or an issue is about ("the dprk arms-transfer resolution"). */
  topics: Set<string>;
  /** The portfolio of the ministers' meeting asked ("the energy ministers' meeting" → energy). */
  meetingPortfolio: string[];
  /** A question asking the first time something happened ("for the first time", "first-ever"). */
  firstTime: boolean;
  /** Bodies whose share a figure-question asks ("UNICEF share"), with the pattern of a figure given to them. */
  shareBodies: Array<{ body: string; own: RegExp }>;
  /** Whose companies a question about investing asks ("american companies investing in korea" → USA). */
  investors: string[];
  /** The country of the place an embassy asked is in ("its embassy in seoul" → KOR). */
  embassyIn: string | undefined;
  /** The act a who-question asks the doer of, when no other word says it ("who abstained"). */
  whoVerb: string[] | undefined;
  /** The question names the ROK and one country as a pair: "Seoul and London", "korea-uk". */
  koreaPair: boolean;
  /** The topic that names a document asked: "their quantum cooperation MOU" → quantum. */
  docTopic: string[];
  /** What a when-question asks was joined: "when did korea join the OECD" → oecd. */
  joinObject: string | undefined;
  /** The post a when-question asks someone became: "when did Chung become ICC president" → president. */
  becameRole: string | undefined;
}
const askedCache = new WeakMap<Analysis, AskedOnce>();

/** The portfolio of a ministers' meeting a text names ("the G20 Energy Ministers' Meeting" → energy). */
function ministersPortfolio(t: string): string[] {
  return [...fold(t).matchAll(/\b([a-z]+)\s+ministers['’]?\s+(?:meeting|conference|summit|dialogue)|\b(?:meeting|conference) of (?:the\s+)?([a-z]+)\s+(?:affairs\s+)?ministers/g)].map((m) => (m[1] ?? m[2])!);
}

/** The countries whose companies a text names: "Korean companies", "US firms". */
function companiesOf(text: string): string[] {
  return [...text.matchAll(/([\p{L}.]+)\s+(?:companies|firms|businesses|investors|enterprises|corporations)\b/gu)].flatMap((m) => findCountriesTyped(m[1]!).map((c) => c.code)).filter((c) => /^[A-Z]{3}$/.test(c));
}

/** What follows a country named as a document's or an issue's subject: "dprk arms-transfer resolution", "North Korea arms draft". */
const TOPIC_AFTER = /^['’]?s?\s*(?:[\p{L}-]+\s+){0,2}?(?:resolution|draft|sanctions|issue|question|file|crisis|conflict|situation|case|abduction|kidnapping|hostage|incident)\b/iu;

/** Words that frame a figure asked, whatever it sums: "the combined value", "the overall total". */
const FRAME_TERMS = new Set(['combin', 'overal', 'valu', 'aggreg', 'sum']);

/** Words that rank: "the largest", "the most", "topped". */
const SUPERLATIVE = /\b(?:largest|biggest|greatest|highest|most|top|topped|tops|leading|lowest|smallest|fewest|least|best|number one|ranked first)\b/i;

/** The sides of the meetings a text speaks of: "two" (one-on-one, bilateral), "three" (trilateral, three-way). */
function sidesOf(t: string): string[] {
  return [
    ...(/\b(?:bilateral|one-on-one|one on one|two-way)\s+(?:meeting|talks|session|call)s?\b|\b(?:met|meet|sit down|sat down)\s+one-on-one\b/i.test(t) ? ['two'] : []),
    ...(TRILATERAL.test(t) || /\bthree-way\b/i.test(t) ? ['three'] : [])];
}

/** The country or grouping one word of a pair names ("eu", "japan", "rok"). */
function codeOfWord(w: string): string | undefined {
  return findCountriesTyped(w).find((c) => c.text.length >= w.length - 1)?.code;
}

function askedOnce(a: Analysis): AskedOnce {
  let got = askedCache.get(a);
  if (!got) {
    const q = foldedQuestion(a);
    const head = terms(a.head ?? '')[0];
    const storm = /\b(?:cyclone|typhoon|hurricane|storm)\s+([a-z][\w-]+)/i.exec(a.question)?.[1];
    const nameWords = new Set([...a.question.matchAll(/\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu)].flatMap((m) => terms(m[0])));
    const sides = sidesOf(q);
    const pair = /\b([a-z][a-z.]+)\s*[-–]\s*([a-z][a-z.]+)\s+([a-z]{4,})\b/.exec(q);
    const pairCodes = pair ? [codeOfWord(pair[1]!), codeOfWord(pair[2]!)] : [];
    got = {
      sidesAsked: a.type !== 'number' && sides.length === 1 ? sides[0] : undefined,
      pairNamed: pair && pairCodes.every((c) => !!c) && !pairCodes.includes('KOR') && terms(pair[3]!)[0] ? { codes: pairCodes as string[], noun: terms(pair[3]!)[0]!, word: pair[3]! } : undefined,
      metPost: a.type === 'when' || a.type === 'where' ? /\b(?:meet|met|meets|meeting|talks with|call on|called on|sit down with|sat down with)\s+(?:with\s+)?(?:the|her|his|their)\s+(?:[a-z]+\s+)?((?:state|deputy|vice|junior|assistant|under)\s+(?:foreign\s+)?(?:minister|secretary))\b/.exec(q)?.[1] : undefined,
      nameWords,
      venueCities: [...a.question.matchAll(/\b(?:at|in|during|of|for|from)\s+the\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?(\p{L}[\p{L}'’-]+)\s+(?:[\p{L}-]+\s+){0,4}?(?:meeting|mtg|summit|conference|conf|forum|ministerial|dialogue|session|talks|fmm|amm)\b/giu)]
        .map((m) => m[1]!).filter((w) => findCountriesTyped(w).some((c) => c.text.length === w.length && isCapital(c.text) && c.code !== 'KOR')).map((w) => fold(w)),
      sinceAsked: !!a.since || /\bsince (?:when|what year|which year|what date|what month)\b/.test(q),
      percentAsked: /\b(?:what|which|how big a|how large a)\s+(?:share|percentage|proportion|percent|pct)\b|\bpercentage\b|\bproportion\b/.test(q),
      // (a word whose only synonyms are phrases, "remain" / "refused to leave", is still the question's own)
      ownWords: a.terms.filter((t) => !a.countryTerms.has(t) && !isCapital(t) && !/^\d/.test(t) && (synonymsOf(t).filter((x) => !x.includes('_')).length === 1 || nameWords.has(t)) && t !== head
        && !a.initialisms.includes(t) && !abbreviation(t) && !ANSWER_WORDS.has(t)
        // ("the name of the greek battalion that fought in korea": a clause that describes the thing asked need not be said)
        && !(a.type === 'thing' && terms(/^.+?\s(?:that|which|who)\s+([^?]+)$/.exec(q)?.[1] ?? '').includes(t))),
      // (not initials: "at ITLOS" names a body, not a place)
      placeWords: [...q.matchAll(/\b(?:in|at)\s+(?!(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|the|a|an|its|their|his|her|this|that|first|last|early|late|mid)\b)([a-z][a-z-]+)/g)].map((m) => terms(m[1]!)[0] ?? '').filter((t) => !!t && !a.initialisms.some((i) => i === t || terms(i)[0] === t) && !a.alternatives.has(t) && !abbreviation(t)),
      // ("the 2024 ODA implementation plan": a modifier, and the noun it modifies, which a fact may say alone — "the 2024 plan")
      // (a noun modifying a noun, not an adjective or a verb: "oldest veteran", "commission held")
      ownHeads: new Map([...q.matchAll(/\b([a-z][a-z-]+(?:tion|sion|ment|ance|ence|ship|ity|ure))\s+(?!(?:[a-z]+ed|held|met|made|took|won|sent|began|is|are|was|were)\b)([a-z][a-z-]+)\b(?=\s*(?:$|[?,;.]|\b(?:of|for|in|at|on|to|with|by|from|under|and|or)\b))/g)]
        .map((m) => [terms(m[1]!)[0] ?? '', terms(m[2]!)[0] ?? ''] as const).filter(([t, h]) => !!t && !!h && !stopWords().has(h))),
      storm: storm && !isEnglishWord(fold(storm)) ? storm : undefined,
      missionKind: a.type === 'when' || a.type === 'where' ? missionKinds(a.question)[0] : undefined,
      visitKind: a.type === 'when' || a.type === 'where' ? /\b(state|official|working|private)\s+visit/i.exec(a.question)?.[1]?.toLowerCase() : undefined,
      occasion: a.type === 'number' || a.type === 'thing' ? terms(/\bduring (?:the|his|her|their|this)\s+((?:[a-z-]+\s+){0,2}?(?:visit|summit|trip|tour))\b/.exec(q)?.[1] ?? '').filter((t) => isEnglishWord(t) || /^(?:visit|summit|trip|tour)$/.test(t)) : [],
      ceremonyEnd: /\b(closing|opening)\s+(?:ceremony|session|plenary|day|concert|event|reception)\b/.exec(q)?.[1] as 'closing' | 'opening' | undefined,
      // ("INC-5.2", a resumed session, is not "INC-5")
      numberedNames: [...a.question.matchAll(/\b(\p{L}[\p{L}]+)[-\s](\d{1,3}(?:\.\d{1,2})?)\b/gu)]
        // (a day of a month, "the May 27 designations", numbers no name)
        .filter((m) => !/^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i.test(m[1]!))
        .filter((m) => /[A-Z]/.test(m[1]!) || /^(?:unit|phase|line|block|stage|tranche|lot|batch|reactor)$/i.test(m[1]!))
        .map((m) => {
          const base = m[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          // ("TRM 12" is "the 12th Top Regulators' Meeting (TRM)" too, and "the 16th TRM" another; the name is left to be read
          // again: "the 19th ITU Plenipotentiary Conference (PP-14)")
          return { base: m[1]!, n: m[2]!, numberedRe: new RegExp(`\\b${base}[-\\s](\\d{1,3}(?:\\.\\d{1,2})?)\\b${/^[A-Z]{2,6}$/.test(m[1]!) ? `|\\b(\\d{1,3})(?:st|nd|rd|th)\\s+(?:[\\p{L}'’-]+\\s+){0,8}?\\(?(?=${base}\\b)` : ''}`, 'giu'), nameRe: new RegExp(`\\b${base}\\b`, 'i') };
        })
        // ("Dukovany unit 6": the plant numbered with or without its "unit" — "Dukovany 5")
        .concat([...a.question.matchAll(/\b(\p{Lu}[\p{L}]+)\s+(?:unit|reactor|block)\s+(\d{1,3})\b/giu)].map((m) => {
          const base = m[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          return { base: m[1]!, n: m[2]!, numberedRe: new RegExp(`\\b${base}(?:\\s+(?:unit|reactor|block))?[-\\s](\\d{1,3})\\b`, 'giu'), nameRe: new RegExp(`\\b${base}\\b`, 'i') };
        })),
      upgraded: /\b(?:the|an?)\s+(?:upgraded|revised|amended)\s+(?!(?:to|into|as)\b)(?:[\p{L}-]+\s+){0,3}(?:fta|agreement|cepa|epa|treaty|accord|pact|protocol|partnership)\b/u.test(q),
      giver: ((g) => (g ? findCountriesTyped(g[1]!).find((c) => /^[A-Z]{3}$/.test(c.code))?.code : undefined))(/\b(?:did|does|will|has|have|had|is|was)\s+(?:the\s+)?([\p{L}.' -]{2,30}?)\s+(?:pledged?|give|given|gave|contribut(?:e|ed|es|ing)|provided?|donated?|send|sent|offered|offer|committed|commit|spend|spent|spending|invest(?:ed)?|allocated?|allocating)\b/u.exec(a.question)),
      side: ((m) => (m ? findCountriesTyped(m[1]!).find((c) => c.text.length === m[1]!.length && /^[A-Z]{3}$/.test(c.code))?.code : undefined))(/\b(?:the|on|of|in|from)\s+([a-z]+)\s+(?:delegation|side|team)\b/.exec(foldedQuestion(a))),
      // ("in phnom penh": a capital of two words stands for its country)
      placesTyped: [...a.question.matchAll(/\b(?:in|at)\s+(\p{Ll}[\p{Ll}'’-]{3,})(?![\p{L}])(\s+\p{Ll}[\p{Ll}'’-]{2,})?/gu)]
        .filter((m) => !findCountries(`${m[1]}${m[2] ?? ''}`).length).map((m) => m[1]!)
        .filter((w) => !isEnglishWord(w) && !findCountries(w).length && !stopWords().has(w) && !abbreviation(w)),
      summit: (a.type === 'where' || a.type === 'when') && /\bsummit\b/.test(q) && !/\bminist|\bsenior officials\b|\bsom\b/.test(q),
      stage: stageOf(a.question),
      // (not a participle inside the subject, after its noun: "when did the Korean victims freed in Myawaddy cross the border")
      acts: a.type === 'when' ? a.terms.filter((t) => ACTION_VERBS.test(t) && !participleInSubject(t, q)) : [],
      officialAsked: a.type === 'when' || a.type === 'where' ? officialOf(q) : undefined,
      placeNames: a.type === 'when' || a.type === 'where' || a.type === 'number' || a.type === 'who'
        ? a.names.filter((n) => n.length >= 4 && !a.initialisms.includes(n) && !a.countryTerms.has(terms(n)[0] ?? '') && !isEnglishWord(n) && !!terms(n)[0]) : [],
      credentials: /\bcredentials\b/.test(q) && !/\bcop(?:y|ies)\b/.test(q),
      // (a capital stands for its country: "korea's ambassador in amman" is the ambassador to Jordan)
      postPlaces: a.type !== 'who' ? [] : [...a.question.matchAll(/\b(?:consul|consulate|ambassador|embassy|envoy|mayor|governor)\b[^?]*?\bin\s+(\p{L}[\p{L}'’-]+)/giu)]
        .filter((m) => !findCountriesTyped(m[1]!).length).map((m) => ({ word: m[1]!, term: terms(m[1]!)[0] ?? '' })).filter((p) => !!p.term),
      superlative: ['country', 'who', 'thing', 'where'].includes(a.type) && /\b(?:largest|biggest|greatest|highest|most|lowest|smallest|fewest|least|the (?:leading|top))\b/.test(q.replace(/\bmost recent(?:ly)?\b|\bat most\b|\bat least\b|\bthe top (?:official|diplomat|envoy|negotiator|brass|leader|court|level)s?\b/g, ' ')),
      ...portfolioOf(q),
      // ("park start date as special rep")
      officeStart: a.type === 'when' && (/\b(?:start(?:ed|s)?|begin|began|begins)\s+(?:date\s+|day\s+|work(?:ing)?\s+)?as\b/.test(q) || TOOK_OFFICE.test(q)),
      // (a verb of its own meaning only: "represented" is also "led", "headed", "chaired", said of many)
      koreaPair: findCountriesTyped(a.text).some((c) => c.code !== 'KOR' && /^[A-Z]{3}$/.test(c.code) && /\b(?:seoul|korea|rok|s\.\s?korea|south korea)\s*(?:and|-|–|&|\/)\s*(?:the\s+)?$/i.test(a.text.slice(Math.max(0, c.start - 16), c.start))),
      // (the words before the document's noun, abbreviations spelled out: "digital govt MOU" → digital, government)
      docTopic: ((m) => (m ? expandAbbreviations(m[1]!).split(/\s+/).filter((w) => w.length > 2 && !stopWords().has(w) && !a.countryTerms.has(terms(w)[0] ?? '') && !/^(?:the|their|its|his|her|new|bilateral|signed|first|second|this|that|which|what|korea|rok|mutual|framework|cooperation|trade|free|comprehensive|economic|did|does|was|were|when)$/.test(w))
        // ("anti-trafficking": each word of a hyphenated topic, not its prefix)
        .flatMap((w) => (/-/.test(w) ? terms(w).filter((t) => !/^(?:anti|non|co|pre|post|pro|inter)$/.test(t)) : [terms(w)[0] ?? ''])).filter(Boolean) : []))(/\b((?:[a-z][\w-]{2,}\s+)?[a-z][\w-]{2,})\s+(?:cooperation\s+)?(?:mou|memorandum|agreement|treaty|accord|arrangement|pact)\b/.exec(q)),
      becameRole: a.type === 'when' ? /\b(?:become|became|made|named|appointed)\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,2}?(president|chair|chairman|chairperson|chairwoman|secretary-general|director-general|prosecutor|registrar)\b/.exec(q)?.[1] : undefined,
      // ("join intl IDEA": the word abbreviated, as the release writes it)
      joinObject: a.type === 'when' ? ((m) => (m ? terms(abbreviation(m[1]!) ?? m[1]!)[0] : undefined))(/\bjoin(?:ed|s)?\s+(?:the\s+)?([a-z][\w-]+)/.exec(q)) : undefined,
      // (to preside is to chair: "who presided over the meeting" — "the meeting, chaired by …")
      whoVerb: a.type === 'who' ? ((v) => (v && synonymsOf(v).filter((x) => !x.includes('_')).length === 1 ? (v === 'presid' ? [v, 'chair'] : [v]) : undefined))(terms(/^who\s+([a-z]{3,}ed)\b/.exec(q)?.[1] ?? '')[0]) : undefined,
      investors: /\binvest/.test(q) ? companiesOf(a.question) : [],
      firstTime: /\bfor the first time\b|\bfirst[- ]ever\b/.test(q),
      meetingPortfolio: ministersPortfolio(a.text),
      // (only a part asked as the body's: "UNICEF share", "the portion for WFP", "how much goes to UNICEF")
      shareBodies: a.type !== 'number' ? [] : a.initialisms
        .filter((body) => !findCountries(body.toUpperCase()).length
          && new RegExp(`\\b${body}(?:'s)?\\s+(?:share|portion|part|slice|cut)\\b|\\b(?:share|portion|part|slice)\\s+(?:of|for|to|going to)\\s+(?:the\\s+)?${body}\\b|\\b(?:goes|went|go|going)\\s+to\\s+(?:the\\s+)?${body}\\b`).test(q))
        .map((body) => ({ body, own: new RegExp(`\\b${body}\\b\\s*(?:\\(\\s*|:\\s*)(?:US\\$|USD|KRW|EUR|\\$|€)?\\s*\\d|\\d(?:[\\d.,]*)\\s*(?:million|billion)?\\s+(?:to|through|via)\\s+(?:the\\s+)?${body}\\b`, 'i') })),
      embassyIn: ((m) => (m ? findCountriesTyped(m[1]!)[0]?.code : undefined))(/\bembassy\s+in\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)/u.exec(q)),
      topics: new Set(findCountriesTyped(a.question).filter((c) => TOPIC_AFTER.test(a.question.slice(c.end, c.end + 40))).map((c) => c.code)),
      rankOrdinal: ((m) => (m ? new RegExp(`\\b${/^(?:1st|first)$/.test(m[1]!) ? '(?:1st|first)' : '(?:2nd|second)'}\\s+${m[2]}\\b`, 'i') : undefined))(/\b(1st|first|2nd|second)\s+(vice|deputy)\b/.exec(q)),
    };
    askedCache.set(a, got);
  }
  return got;
}

/** The stage a text names: "Phase II", "phase 2", "the second phase", "Stage 3" → 2, 2, 2, 3. */
function stageOf(text: string): number | undefined {
  const m = /\b(?:phase|stage|tranche)\s+([IVX]{1,4}|\d{1,2}|one|two|three|four|five)\b|\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:phase|stage|tranche)\b/i.exec(text);
  if (!m) return undefined;
  const v = (m[1] ?? m[2])!.toLowerCase();
  const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };
  const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };
  return roman[v] ?? words[v] ?? (parseInt(v, 10) || undefined);
}

const officialCache = new WeakMap<Analysis, Map<string, boolean>>();

/** False when the release's holders of the office asked are all of other countries (once per question and release). */
function officialNamed(a: Analysis, official: NonNullable<AskedOnce['officialAsked']>, index: FactIndex, meta: ReleaseMeta): boolean {
  let cache = officialCache.get(a);
  if (!cache) { cache = new Map(); officialCache.set(a, cache); }
  let got = cache.get(meta.id);
  if (got === undefined) {
    const holders = index.factsOf(meta.id).flatMap((f) => f.people).filter((p) => !!p.title && official.office.test(fold(p.title)));
    got = !holders.length || !holders.every((p) => !!p.country && p.country !== official.code) || official.phrase.test(releaseText(index, meta));
    cache.set(meta.id, got);
  }
  return got;
}

/** "the swedish foreign minister" → Sweden, and how a release titles that office. */
function officialOf(q: string): AskedOnce['officialAsked'] {
  const m = /\b([a-z]+)\s+(foreign minister|fm|prime minister|pm|president|ambassador)\b/.exec(q);
  if (!m) return undefined;
  const code = findCountriesTyped(m[1]!).find((c) => c.text.length === m[1]!.length && /^[A-Z]{3}$/.test(c.code) && c.code !== 'KOR')?.code;
  if (!code) return undefined;
  const office = { fm: 'foreign minister', pm: 'prime minister' }[m[2]!] ?? m[2]!;
  const title = office === 'foreign minister' ? /\bforeign (?:minister|affairs)\b|\bminister (?:of|for) (?:foreign|external|europe and foreign)\b|\bexternal affairs\b/ : new RegExp(`\\b${office}\\b`);
  return { code, office: title, phrase: new RegExp(`\\b${m[1]}\\s+(?:[a-z]+\\s+){0,2}${office.replace(' ', '\\s+')}\\b`, 'i'), words: `${m[1]} ${office}` };
}

/** "the US defense secretary" → how a release names that office: "Secretary of Defense", "Defence Minister", "Minister of National Defense". */
function portfolioOf(q: string): { portfolio: RegExp | undefined; portfolioWords: string | undefined } {
  const m = /\b(defen[cs]e|trade|finance|economy|interior|health|education|energy|agriculture|environment|justice|labou?r|industry|unification|culture|transport|fisheries)\s+(minister|secretary)\b/.exec(q);
  if (!m) return { portfolio: undefined, portfolioWords: undefined };
  const field = m[1]!.replace(/^defen[cs]e$/, 'defen[cs]e').replace(/^labou?r$/, 'labou?r');
  return {
    portfolio: new RegExp(`\\b${field}\\s+(?:minister|secretary|ministry|department)\\b|\\b(?:minister|secretary|ministry|department)\\s+(?:of|for)\\s+(?:the\\s+)?(?:national\\s+|home\\s+)?(?:[\\p{L}-]+,?\\s+(?:and\\s+)?){0,3}?${field}\\b`, 'iu'),
    portfolioWords: `${m[1]} ${m[2]}`,
  };
}

/** Copies of credentials, received by a foreign minister before the credentials go to the head of state. */
const COPIES = /\bcop(?:y|ies) of (?:[\p{L}'’]+\s+){0,2}credentials\b/iu;
const COPIES_ALL = new RegExp(COPIES.source, 'giu');

/** Words for the pair a bilateral release is about. */
const TWO_COUNTRIES = /\b(?:the two|both) (?:countries|nations|governments|sides)\b|\bbilateral\b/i;

/** Taking up a post: "took office", "assumed his post", "took up her duties". */
const TOOK_OFFICE = /\b(?:took|takes|take|taking|taken|assumed|assumes|assume|assuming)\s+(?:office|(?:his|her|the)\s+post|up\s+(?:his|her|the)\s+(?:post|duties))\b/i;

/** Being given a post: "the appointment of X as", "was named", "sworn in". */
const APPOINTED = /\b(?:appoint(?:ed|ment)|nominat(?:ed|ion)|named|sworn in|inaugurat(?:ed|ion)|elected|took up|assum(?:ed|es))\b/i;

/** Organizations of states, each its own partner: one is never another. */
const BLOCS = new Set(['ASEAN', 'EU', 'MIKTA', 'V4', 'GCC', 'AU', 'PIF', 'MERCOSUR', 'CARICOM', 'SICA', 'PACIFIC_ALLIANCE', 'APEC', 'NATO', 'OECD', 'G20', 'G7']);

/** The region a bloc is made of, which a sentence may name for it. */
const BLOC_REGIONS: Record<string, string[]> = {
  CARICOM: ['CARIBBEAN'], SICA: ['CENTRAL_AMERICA'], ASEAN: ['SOUTHEAST_ASIA'], MERCOSUR: ['SOUTH_AMERICA'], PACIFIC_ALLIANCE: ['LATIN_AMERICA'],
  PIF: ['PACIFIC_ISLANDS'], AU: ['AFRICA'], GCC: ['MIDDLE_EAST'],
};

/** Words that say what kind of answer is asked ("size of the team", "which seat"), not what it is about. */
const ANSWER_WORDS = new Set(['size', 'number', 'amount', 'total', 'figure', 'count', 'value', 'date', 'day', 'year', 'time', 'name', 'title', 'seat', 'place', 'venue', 'location', 'citi', 'person', 'offici', 'role', 'post', 'type', 'kind', 'level', 'rate', 'share', 'percent', 'age', 'length', 'period', 'term', 'exact', 'much', 'mani',
  // (verbs of intent and expectation frame what is asked; the fact says its content: "commitment to expand … by 2030")
  'intend', 'plan', 'want', 'hope', 'expect', 'seek', 'aim', 'wish', 'suppos', 'due', 'go',
  // (and so do words of time that any sentence may leave out: "the new yearly contribution")
  'new', 'current', 'latest', 'recent', 'now', 'today', 'yet']);

/**
 * The ordinals a release gives its own event in a sentence that refers back to it, each with the words of what it numbers:
 * "This was the fourth 2+2 meeting between the two countries, following those held in Seoul …" numbers the 2+2 meeting every
 * sentence of that release reports (a "first" there is mostly a first of something else: "the first visit … in ten years").
 */
function declaredOrdinals(release: string, index: FactIndex): Array<{ ordinal: number; of: string[] }> {
  const known = declaredCache.get(index)?.get(release);
  if (known) return known;
  const out: Array<{ ordinal: number; of: string[] }> = [];
  for (const f of index.factsOf(release)) {
    const m = /^(?:This|It)\s+(?:was|is|marks|marked)\s+the\s+(?:[\p{L}'’.-]+\s+){0,2}?(\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+((?:[\p{L}\d+'’-]+\s+){0,3})/iu.exec(f.text);
    if (m) for (const o of findOrdinals(m[1]!)) out.push({ ordinal: o, of: terms(m[2]!).filter((t) => !/^(?:such|consecut|time|year|round)$/.test(t)) });
  }
  if (!declaredCache.has(index)) declaredCache.set(index, new Map());
  declaredCache.get(index)!.set(release, out);
  return out;
}
const declaredCache = new WeakMap<FactIndex, Map<string, Array<{ ordinal: number; of: string[] }>>>();

/** Nouns of a meeting that a release numbers ("the 18th session of the Committee") and a later sentence calls back by name. */
// (not a series' name, which a sentence of its history calls back too: "the Dialogue was launched in 2022")
const MEETING_NOUN = String.raw`(session|conference|summit|workshop|seminar|symposium)s?`;
const MEETING_CALLED = new RegExp(String.raw`\b(?:the|this|that)\s+${MEETING_NOUN}\b`, 'gi');
const MEETING_NUMBERED = new RegExp(String.raw`\b(\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+(?:[\p{L}'’-]+\s+){0,5}?${MEETING_NOUN}\b`, 'giu');
const numberedCache = new WeakMap<FactIndex, Map<string, Map<string, Set<number>>>>();

/**
 * ("The Korean delegation to the session was led by …" in a release on "the 18th session of the Committee"): a meeting the
 * sentence calls "the session", when the release numbers only one session, and with the number asked.
 */
function theNumbered(fact: Fact, meta: ReleaseMeta, index: FactIndex, ordinal: number): boolean {
  const called = [...fact.text.matchAll(MEETING_CALLED)].map((m) => m[1]!.toLowerCase());
  if (!called.length) return false;
  let byRelease = numberedCache.get(index);
  if (!byRelease) { byRelease = new Map(); numberedCache.set(index, byRelease); }
  let numbered = byRelease.get(meta.id);
  if (!numbered) {
    numbered = new Map();
    for (const f of index.factsOf(meta.id)) {
      const said = seriesText(f.text);
      for (const m of said.matchAll(MEETING_NUMBERED)) {
        // (not one still to come: "hope that a second workshop would take place in 2019")
        if (/\b(?:a|an|will|would|shall|hold|host|next|upcoming|agreed|plans?|planned|hopes?|expected)\s+$/i.test(said.slice(Math.max(0, m.index! - 30), m.index!))) continue;
        const noun = m[2]!.toLowerCase();
        for (const o of findOrdinals(m[1]!)) numbered.set(noun, new Set([...(numbered.get(noun) ?? []), o]));
      }
    }
    byRelease.set(meta.id, numbered);
  }
  return called.some((noun) => ((set) => !!set && set.size === 1 && set.has(ordinal))(numbered.get(noun)));
}

/**
 * A text with the ordinals that number no meeting of a series put out: "the first half of 2015", "the third-largest
 * trading partner", "the first Joint Committee meeting … in four years, since 2019".
 */
function seriesText(text: string): string {
  // (most sentences hold none of these words: the long patterns run only where one may match)
  if (!/\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\b/i.test(text)) return text;
  return text.replace(/\b(?:first|second|third|fourth|1st|2nd)\s+(?:half|quarter)\b/gi, ' ')
    .replace(/\bfirst\b(?=(?:\s+[\p{L}'’-]+){0,4}?\s+(?:meeting|session|summit|visit|round|dialogue|consultations?)(?:\s+[\p{L}'’-]+){0,4}?,?\s+(?:(?:in|for)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|over a)\s+(?:years?|months?|decades?)|since)\b)/giu, ' ')
    .replace(/\b(?:\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[-\s]+(?:largest|biggest|highest|lowest|smallest|most|top|leading|greatest)\b/gi, ' ')
    // ("headed by Second Vice Minister Seo": the rank of a post numbers no event)
    // (… and so do "First Assistant Secretary", "Second Secretary", "First Lady")
    .replace(/\b(?:First|Second|Third|1st|2nd|3rd)\s+(?=(?:(?:Vice|Deputy|Assistant|Executive)\s+(?:Foreign\s+)?(?:Minister|President|Secretary|Director)|Secretary|Lady|Counsell?or)\b)/g, ' ');
}

/** True when every mention of the country in the text only qualifies a vessel, an aircraft or a firm ("the British ship Ilford"). */
function incidentalCountry(text: string, code: string): boolean {
  const mentions = findCountries(text).filter((c) => c.code === code);
  return mentions.length > 0 && mentions.every((c) => /^[-\s]+(?:flagged\s+)?(?:ship|vessel|freighter|tanker|steamer|aircraft|plane|airline|carrier|company|firm|crew)\b/i.test(text.slice(c.end, c.end + 20))
    // (a country the sentence only compares with: "the largest order … since the Barakah project in the United Arab Emirates")
    || /\b(?:since|than|like|after)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,4}(?:in|of|with)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, c.start - 60), c.start)) && /\b(?:largest|biggest|first|highest|most|only)\b/i.test(text.slice(0, c.start))
    // (a country or a bloc among the examples of a counted group: "the Forum's 21 dialogue partners, including the United States, … and the EU")
    || (/\d[\d,]*\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+,\s+(?:including|such as|among them)\s+(?:\p{Lu}[\p{L}'’.-]*\s*|,\s*|and\s+|the\s+){0,24}$/u.test(text.slice(Math.max(0, c.start - 220), c.start))));
}

/** The countries of the sentence before one that speaks of "the two countries" and names none itself. */
function pairBefore(fact: Fact, index: FactIndex): string[] {
  if (!TWO_COUNTRIES.test(fact.text) || fact.countries.some((c) => c !== 'KOR')) return [];
  const facts = index.factsOf(fact.release);
  const before = facts[facts.indexOf(fact) - 1];
  return before && before.context === fact.context ? before.countries : [];
}

/** A when-question whose subject is the ministry's own country: "what year did the ROK accede to …", "when did korea join …". */
const KOREA_SUBJECT = /^(?:when|what year|which year|in what year|in which year|since when)\s+(?:did|was|were|will|has|had|does)\s+(?:the\s+)?(?:rok|korea|south korea|s\.?\s?korea|republic of korea|seoul)\s+(?!and\b|[-–])/;

/** A sector named by its field: "the textile industry", "Pakistan's hydropower sector". */
const SECTOR = /\b([a-z][a-z-]{3,})\s+(sector|industry|industries|market)\b/;

/** What may follow "joined" without naming another thing joined: a preposition, or a head noun that refers back. */
const JOIN_OPEN = /^(?:in|on|at|as|with|by|from|since|hands|forces|efforts|system|regime|program|programme|convention|organization|organisation|group|treaty|agreement|forum|initiative|partnership|alliance|bank|fund|council|committee|union|body|scheme|network|club|bloc|pact)$/;

/** "first kick off", "first started", "first opened": an adverb of a start. */
const FIRST_START = /\bfirst\s+(?:kick(?:ed|s)?\s+off|start(?:ed|s)?|beg[aiu]n|begins|launch(?:ed|es)?|open(?:ed|s)?)\b/;

/** A sentence of three parties: "trilateral", "the three countries", "the three envoys". */
const TRILATERAL = /\btrilateral\b|\bthe three (?:countries|sides|nations|governments|envoys|ministers|leaders|partners)\b/i;

/** Ordinal words and roman numerals as the numbers they stand for. */
const NUMBER_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/** A country's own act after its name: "North Korea announced …", "Japan has joined …". */
const FOREIGN_ACT = /^\s+(?:(?:has|had|have|also|formally|officially|first)\s+)*(?:[a-z]+ed|withdrew|became|joined|signed|began|took|made|won|left|rejoined)\b/;

function slotMismatch(a: Analysis, fact: Fact, meta: ReleaseMeta, index: FactIndex, cache: Map<string, Set<string>>): string | null {
  const around = `${fact.text} ${fact.context} ${meta.title}`;
  // ("when did Chung Chang-ho become ICC president" is not answered by "Judge Chung, elected in December 2014"): the post
  // someone became must be the sentence's
  const role = askedOnce(a).becameRole;
  if (role && !fold(fact.text).includes(role.replace(/man$|woman$|person$/, ''))) return `the fact does not say who became ${role}`;
  // the nearest text that names a foreign country decides whose fact this is: the sentence, else its paragraph's lead
  // (only for relations: a partnership or ties are between the countries the fact names; groupings like UN don't count)
  const foreign = (codes: string[]): string[] => codes.filter((c) => c !== 'KOR' && /^[A-Z]{3}$/.test(c));
  // relations bind to the countries of their own sentence, and so do figures ("bilateral trade stood at …")
  const bound = a.relations.length > 0 || a.type === 'number';
  // with neither naming one ("the two countries"), the release's own pair: its title and lead
  const factCountries = fact.countries.filter((c) => !incidentalCountry(fact.text, c));
  const own = !bound ? null : foreign(factCountries).length ? factCountries : foreign(countryCodes(fact.context)).length ? countryCodes(fact.context) : foreign(meta.countries).length ? meta.countries : null;
  // "how many votes did Spain get" is not answered by "The ROK received 171 votes": a figure of a sentence about the
  // ROK alone is the ROK's, unless the question asks about the ROK or the paragraph names the country asked
  if (a.type === 'number' && !a.korea && fact.countries.includes('KOR') && !foreign(fact.countries).length) {
    const askedForeign = a.countries.filter((c) => /^[A-Z]{3}$/.test(c) && !a.places.includes(c));
    if (askedForeign.length && !askedForeign.some((c) => countryCodes(fact.context).includes(c)) && /^(?:the\s+)?(?:rok|republic of korea|korea)\b/i.test(fact.text)) return 'the figure is the ROK\'s';
  }
  // "when did Thailand become an OECD member" is not answered by a sentence about the ROK alone
  if (a.type === 'when' && !a.korea && fact.countries.includes('KOR') && !foreign(fact.countries).length) {
    const subject = findCountriesTyped(/^when\s+(?:did|was|were|will|has|had)\s+(?:the\s+)?([\p{L}.' -]{2,30}?)\s+(?:become|join|accede|sign|ratify|open|establish|apply|start|begin|launch)\b/u.exec(foldedQuestion(a))?.[1] ?? '').find((c) => /^[A-Z]{3}$/.test(c.code) && c.code !== 'KOR');
    if (subject && !countryCodes(fact.context).includes(subject.code)) return `the fact is about the ROK, not ${subject.code}`;
  }
  // "how many doctors did korea send": a figure of a sentence about other countries only is theirs
  // (… and so is a date of a relation: "China's accession … took effect on November 7" does not say when it did for the ROK)
  // (not when Korea only says whose firms they are: "the contract won by the korean consortium" — a Korean firm's contract
  // abroad is named by its country)
  if ((a.type === 'number' || (a.type === 'when' && a.relations.length > 0)) && a.korea && !a.countries.some((c) => /^[A-Z]{3}$/.test(c)) && foreign(fact.countries).length && !fact.countries.includes('KOR')
    && !/\b(?:korean|korea's|rok)\s+(?:consortium|consortia|firms?|compan(?:y|ies)|contractors?|builders?|businesses|investors?|conglomerates?)\b/.test(foldedQuestion(a))
    // (nor for a labelled line of a list its lead says is of Koreans: "[Korean nationals in Iraq by area]" — "Bismayah … : about 1,050")
    && !(/^[^:]{2,80}:\s/.test(fact.text) && /\bKoreans?\b/.test(fact.context))) return `the fact is about ${foreign(fact.countries).join(', ')}, not KOR`;
  // ("what year did the ROK accede to the NPT" is not answered by "North Korea announced its withdrawal from the NPT in
  // January 2003": what the ROK did is dated by a sentence that speaks of the ROK)
  if (a.type === 'when' && a.korea && !a.countries.some((c) => /^[A-Z]{3}$/.test(c) && c !== 'KOR') && KOREA_SUBJECT.test(foldedQuestion(a))
    // (a sentence whose subject is another country: not one that names the countries the ROK acted in or for)
    && !fact.countries.includes('KOR') && findCountries(fact.text).some((c) => c.code !== 'KOR' && /^[A-Z]{3}$/.test(c.code) && FOREIGN_ACT.test(fact.text.slice(c.end, c.end + 40)))) return `the fact is about ${foreign(fact.countries).join(', ')}, not KOR`;
  // a figure or a date of a sentence that names other countries, and not the one asked, is theirs
  // ("In 2019, the ROK provided US$350,000 in flood relief to Malawi" does not answer for Zambia)
  if (a.type !== 'country' && !bound) {
    // (a capital the question gives as the place, "in Lilongwe", is a place, not whose fact it is)
    // (nor is the country of a case the release is about: "who ran the response HQ for the yemen abduction case")
    const asked = a.countries.filter((c) => /^[A-Z]{3}$/.test(c) && !a.places.includes(c) && !(askedOnce(a).topics.has(c) && meta.countries.includes(c)));
    // ("aboard the British ship Ilford": a country that only qualifies a vessel, an aircraft or a firm is not whose fact it is)
    const named = foreign(fact.countries).filter((c) => !incidentalCountry(fact.text, c));
    // (the paragraph's lead speaks for a short line or one that refers back, not for a sentence that names its own country:
    // "In Zimbabwe, where the government declared …" is Zimbabwe's, whatever its paragraph says of Zambia)
    const opener = findCountries(fact.text.slice(0, 40)).find((c) => c.start < 16 && c.code !== 'KOR');
    const opensWithOther = !!opener && /^[A-Z]{3}$/.test(opener.code) && !asked.includes(opener.code) && fact.text.length >= 120;
    // ("Some 5,000 Korean nationals live in Paraguay … The two countries established …": "the two countries" of a sentence that
    // names none are those of the sentence before it)
    // ("… they agreed to launch a trilateral working group on North Korean cyber threats": a sentence of a release about the
    // ROK-US-Japan trilateral that says "trilateral" or "the three" speaks for the three the question names)
    const trilateral = (asked.length >= 2 && TRILATERAL.test(fact.text) && asked.every((c) => meta.countries.includes(c) || countryCodes(meta.title).includes(c)))
      // (North Korea, the subject of a release about the ROK and the country asked, is not whose sentence it is)
      || (named.length > 0 && named.every((c) => c === 'PRK') && !asked.includes('PRK') && asked.every((c) => meta.countries.includes(c)));
    if (asked.length && named.length && !trilateral && !asked.some((c) => named.includes(c)) && !(!opensWithOther && asked.some((c) => countryCodes(fact.context).includes(c))) && !asked.some((c) => pairBefore(fact, index).includes(c))) return `the fact is about ${named.join(', ')}, not ${asked.join(', ')}`;
    // ("… the Convention between the two countries, signed in 1989" in a release about Brazil is not Chile's)
    // (the pair the title names, else the one of the release's opening)
    const pair = foreign(countryCodes(meta.title)).length ? foreign(countryCodes(meta.title)) : foreign(meta.countries);
    if (asked.length && !named.length && pair.length && !asked.some((c) => pair.includes(c) || countryCodes(fact.context).includes(c)) && TWO_COUNTRIES.test(fact.text)) return `the fact is about ${pair.join(', ')}, not ${asked.join(', ')}`;
    // ("when did Seoul and London hold their latest cyber consultation" is not answered by a sentence, naming no country, of a
    // release about Australia: the pair the question names must be the release's)
    if (asked.length === 1 && !named.length && pair.length && !pair.includes(asked[0]!) && !countryCodes(fact.context).includes(asked[0]!) && askedOnce(a).koreaPair) return `the fact is about ${pair.join(', ')}, not ${asked[0]}`;

  }
  // ("when did the envoys sit down one-on-one" is not answered by "… held a trilateral meeting …", nor a trilateral meeting by a
  // bilateral one: the number of sides asked must be the sentence's)
  const sidesAsked = askedOnce(a).sidesAsked;
  if (sidesAsked) {
    const said = sidesOf(fact.text);
    if (said.length && !said.includes(sidesAsked)) return `the fact is about a ${said[0]}-sided meeting, not a ${sidesAsked}-sided one`;
  }
  // ("when was the EU-Japan digital partnership signed" is not answered by "… the ROK-EU Digital Partnership, which … signed on
  // …, as the EU's second digital partnership with an Asian country after Japan": the pair that names the thing asked must be
  // the pair the question names)
  const pairNamed = askedOnce(a).pairNamed;
  if (pairNamed) {
    const own = [...fact.text.matchAll(/\b(\p{Lu}[\p{L}.]*)\s*[-–]\s*(\p{Lu}[\p{L}.]*)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}?(\p{Lu}[\p{L}-]*|[a-z]{4,})\b/gu)]
      .filter((m) => terms(m[3]!)[0] === pairNamed.noun).map((m) => [codeOfWord(m[1]!.toLowerCase()), codeOfWord(m[2]!.toLowerCase())]);
    if (own.length && own.every((p) => p.every((c) => !!c) && !pairNamed.codes.every((c) => p.includes(c)))) return `the fact is about the ${own[0]!.join('-')} ${pairNamed.word}, not the ${pairNamed.codes.join('-')} one`;
  }
  // ("when did Kim meet the Ghanaian state minister" is not dated by "… met with 15 Ghanaian alumni": a post the
  // question says was met is held by someone the sentence names, where another sentence of the release names its holder)
  const metPost = askedOnce(a).metPost;
  if (metPost) {
    const holds = (f: Fact): boolean => f.people.some((p) => !!p.title && fold(p.title).replace(/\bminister of state\b/, 'state minister').replace(/\s+(?:of|for)\s+foreign\s+affairs\b/, '').includes(metPost.replace(/\s+foreign\b/, '')));
    if (!holds(fact) && index.factsOf(meta.id).some((f) => f !== fact && holds(f))) return `another sentence names the ${metPost}`;
  }
  // ("when did Togo open its embassy in Seoul" is not answered by "the Embassy of the Republic of Korea in Togo opened …": an
  // embassy in another country)
  const embassyIn = askedOnce(a).embassyIn;
  if (embassyIn) {
    const hosts = [...fact.text.matchAll(/\b[Ee]mbassy\s+(?:of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+(?:of\s+)?){1,4})?in\s+(?:the\s+)?(?:capital,?\s+)?([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?)/gu)]
      .map((m) => findCountries(m[1]!)[0]?.code).filter((c): c is string => !!c);
    if (hosts.length && !hosts.includes(embassyIn)) return `the fact is about an embassy in ${hosts[0]}, not ${embassyIn}`;
  }
  // ("when did a Korean president attend a NATO summit for the first time" is not answered by a sentence that says no first)
  if (askedOnce(a).firstTime && !/\bfirst\b|\binaugural\b|\bmaiden\b|\bdebut\b|\b1st\b/i.test(`${fact.text} ${fact.context}`)) return 'the fact says no first time';
  // ("how much are American companies investing in Korea" is not answered by "Korean companies … invest US$5.9 billion in the
  // United States": whose companies invest)
  const investors = askedOnce(a).investors;
  if (investors.length) {
    const own = companiesOf(fact.text);
    if (own.length && !own.some((c) => investors.includes(c))) return `the fact is about ${own[0]} companies, not ${investors[0]}`;
  }
  // ("how much did Seoul give WHO": initials the release never names, nor spells out, are a body it does not speak of)
  // ("when did Korea and Finland sign their quantum cooperation MOU" is not answered by "… signed a memorandum of understanding
  // (MOU) on cooperation in sixth-generation (6G) mobile communications": a document whose topic is not the one asked)
  const topic = askedOnce(a).docTopic;
  if (topic.length && !topic.some((t) => factTerms(fact, meta).sentence.has(t))) {
    const about = /\b(?:memorandum of understanding|mou|agreement|treaty|arrangement|memorandum|accord)\b(?:\s*\([A-Za-z]{2,6}\))?\s+(?:on|for|concerning|regarding)\s+(?!(?:the\s+)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:19|20)\d{2}\b)([^.;]{3,120})/i.exec(fact.text)?.[1];
    // (not one that refers back to what the release is about: "an MOU on carrying out the programme"; nor a date, "approved the
    // Agreement on November 14")
    if (about && !/\bthe\s+(?:programme|program|project|initiative|plan|scheme|fund)\b/i.test(about) && !topic.some((t) => synonymsOf(t).some((x) => sliceTerms(about).includes(x)) || spelledIn(t, about))) return `the fact is about an agreement on ${about.split(/\s+/).slice(0, 6).join(' ')}`;
  }
  // ("when did korea join the OECD" is not answered by "… in 2009, the year before it joined the DAC": where the release says
  // what was joined, the sentence must say the joining asked)
  const joined = askedOnce(a).joinObject;
  if (joined) {
    // (a head noun refers back, "joined the system"; "joined in 2019" says no object; the name joined may be long, "the North
    // Atlantic Treaty Organization (NATO)", or given by initials the release spells out elsewhere)
    const own = [...fold(fact.text).matchAll(/\bjoin(?:ed|s|ing)?\s+(?:the\s+)?([\p{L}-]+)([^.;]{0,100})/gu)];
    const named = own.filter((m) => !JOIN_OPEN.test(m[1]!));
    const said = new Set(terms(`${named.map((m) => `${m[1]} ${m[2]}`).join(' ')} ${fact.also ?? ''}`));
    if (named.length && named.length === own.length && !said.has(joined) && !named.some((m) => spelledIn(joined, `${m[1]} ${m[2]}`))) return `the fact is about joining ${named[0]![1]}, not ${joined}`;
    // (… and a sentence that says no joining at all, nor membership, dates something else)
    if (!own.length && !fact.events.includes('joined') && !/\bmember(?:ship)?\b/i.test(fact.text) && /\bjoin(?:ed|s|ing)?\s+(?:the\s+)?\p{Lu}/u.test(releaseText(index, meta))) return 'another sentence says what was joined';
  }
  // ("how much have Korean companies put into Pakistan's textile industry" is not answered by "… invested about US$700 million
  // in Pakistan's hydropower sector": the sector the question names, where the sentence names another)
  // (not the sector asked, "which Ethiopian sector", nor a country's: "Pakistan's textile sector" names textiles)
  const sector = SECTOR.exec(foldedQuestion(a));
  if (sector && !stopWords().has(sector[1]!) && !findCountriesTyped(sector[1]!).length && !/\b(?:which|what)\s+(?:[\w-]+\s+)?$/.test(foldedQuestion(a).slice(0, sector.index))) {
    const own = [...fold(fact.text).matchAll(new RegExp(SECTOR.source, 'g'))].map((m) => m[1]!).filter((w) => !stopWords().has(w));
    const asked = synonymsOf(terms(sector[1]!)[0] ?? '');
    if (own.length && !factTerms(fact, meta).sentence.has(terms(sector[1]!)[0] ?? '') && !own.some((w) => asked.includes(terms(w)[0] ?? ''))) return `the fact is about the ${own[0]} ${sector[2]}, not ${sector[1]}`;
  }
  const absent = absentInitials(a, index, meta);
  if (absent) return `${absent.toUpperCase()} not in the release`;
  // ("the Lao FM at the vientiane ASEAN-ROK meeting" is not answered by a release about a meeting in Phnom Penh: a city the
  // question names a meeting by must be the release's)
  const venue = absentVenue(a, index, meta);
  if (venue) return `the release names no meeting in ${venue}`;
  // ("how many Korean nationals live in Quito" is not answered by "Some 1,050 Korean nationals live in Ecuador": a figure
  // placed in the whole country is not the city's)
  if (a.type === 'number' && a.places.length) {
    for (const city of findCountriesTyped(a.question).filter((m) => a.places.includes(m.code) && isCapital(m.text))) {
      if (fold(fact.text).includes(fold(city.text))) continue;
      if (findCountries(fact.text).some((c) => c.code === city.code && !isCapital(c.text) && /\b(?:in|across|throughout)\s+(?:the\s+)?$/i.test(fact.text.slice(Math.max(0, c.start - 12), c.start)))
        // (unless the city is where the release's meeting sat: "how many projects got the green light in vientiane" — "the
        // meeting, held on July 26 in Vientiane")
        && !((sat) => index.factsOf(meta.id).some((f) => sat.test(f.text)))(new RegExp(`\\b(?:held|took place|convened|hosted)\\b[^.;]{0,60}\\bin\\s+${city.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'))) return `the figure is for the whole of ${city.code}, not ${city.text}`;
    }
  }
  // ("who abstained in the vote": where the release says who abstained, a sentence that does not say it names someone else)
  const whoVerb = askedOnce(a).whoVerb;
  if (whoVerb?.length && whoVerb[0] && !whoVerb.some((v) => factTerms(fact, meta).sentence.has(v)) && releaseSays(a, index, meta, whoVerb)) return `another sentence says who ${whoVerb[0]}`;
  // ("UNICEF share of the aid package" is not the package's total, in a release that gives UNICEF a figure of its own:
  // "Channels: WFP (US$ 3 million) and UNICEF (US$ 1.5 million)", "US$ 3 million to WFP": that sentence answers)
  for (const { body, own } of askedOnce(a).shareBodies) {
    if (!own.test(fact.text) && index.factsOf(meta.id).some((f) => f !== fact && own.test(f.text))) return `the release gives ${body.toUpperCase()} a figure of its own`;
  }
  // ("Ukraine's allocation in the ODA plan" is not the plan's whole budget, in a release that gives Ukraine's own figure
  // in another sentence: a figure for a country the release is not about is in a sentence that names it)
  if (a.type === 'number') {
    const asked = a.countries.filter((c) => /^[A-Z]{3}$/.test(c) && !a.places.includes(c));
    const facts = index.factsOf(meta.id);
    const before = facts.slice(Math.max(0, facts.indexOf(fact) - 2), facts.indexOf(fact));
    // (… or in the sentences just before it: "Q: North Korea has been sending balloons …" — "A: … about 260 balloons")
    if (asked.length && !foreign(fact.countries).length && !asked.some((c) => meta.countries.includes(c) || countryCodes(fact.context).includes(c) || before.some((f) => f.countries.includes(c)))
      && asked.every((c) => facts.some((f) => f !== fact && f.countries.includes(c) && f.numbers.length > 0))
      // (… among figures of other countries)
      && new Set(facts.filter((f) => f.numbers.length > 0).flatMap((f) => foreign(f.countries).filter((c) => /^[A-Z]{3}$/.test(c)))).size >= 2) return `the release gives ${asked.join(', ')} a sentence of its own`;
  }
  for (const c of a.countries) {
    // (a capital the question gives as a place, "at the Athens conference", is not whose figure or relation it is)
    // (… nor is one the question gives as the place: "bring out of Beirut", "in Lilongwe")
    // (… "announced at madrid": a capital after "at" or "in")
    if (bound && (a.venues.includes(c) || a.left.includes(c) || a.places.includes(c)) && (meta.countries.includes(c) || index.factsOf(meta.id).some((f) => f.countries.includes(c)))) continue;
    // a grouping the sentence itself names ("the ROK-GCC FTA") is its own; a grouping ("the Nordic region") does not
    // decide between the countries a sentence names
    if (own && fact.countries.includes(c)) continue;
    // (a bloc is not another bloc: "trade with the SICA member states" is not CARICOM's)
    if (own && BLOCS.has(c) && !own.includes(c) && own.some((x) => BLOCS.has(x))) return `the fact is about ${own.filter((x) => BLOCS.has(x)).join(', ')}, not ${c}`;
    // (… nor the region around it: "trade between the ROK and Latin America and the Caribbean" is not CARICOM's)
    // (its own region may stand for it: "the Caribbean" for CARICOM, "Central America" for SICA)
    const regions = fact.countries.filter((x) => x !== 'KOR');
    if (bound && BLOCS.has(c) && regions.length && !regions.includes(c) && regions.every((x) => !/^[A-Z]{3}$/.test(x) && !BLOCS.has(x) && x !== 'UN')
      && regions.some((x) => !(BLOC_REGIONS[c] ?? []).includes(x))) return `the fact is about ${regions.join(', ')}, not ${c}`;
    // (… and a region asked is not a bloc of another region: "the 4th Korea-Caribbean Dialogue" is not "the 4th Korea-SICA
    // Foreign Ministers' Meeting")
    if (!BLOCS.has(c) && !/^[A-Z]{3}$/.test(c) && c !== 'UN' && regions.length && !regions.includes(c) && regions.every((x) => BLOCS.has(x) && BLOC_REGIONS[x] && !BLOC_REGIONS[x]!.includes(c))) return `the fact is about ${regions.join(', ')}, not ${c}`;
    // (a grouping whose members are known must have one among the fact's countries: "ROK-EU trade" is not Viet Nam's)
    if (own && !/^[A-Z]{3}$/.test(c)) {
      const members = foreign(own).map((x) => inGrouping(x, c));
      // (… unless the countries are the release's, which names the grouping itself)
      if (members.length && members.every((x) => x === false) && !own.includes(c)) return `the fact is about ${foreign(own).join(', ')}, not ${c}`;
      continue;
    }
    // ("how many council members backed the dprk arms-transfer resolution": the country a resolution is about, in a release
    // about it, is not whose figure it is)
    if (own && a.type === 'number' && askedOnce(a).topics.has(c) && meta.countries.includes(c)) continue;
    // ("Some 5,000 Korean nationals live in Paraguay … The two countries established …": "the two countries" of a sentence that
    // names none may be those of the sentence before it)
    // (… and North Korea, the subject of a release about the ROK and the country asked, is not whose sentence it is)
    if (own) { if (!own.includes(c) && !pairBefore(fact, index).includes(c) && !(foreign(own).every((x) => x === 'PRK') && !a.countries.includes('PRK') && meta.countries.includes(c))) return `the fact is about ${foreign(own).join(', ')}, not ${c}`; continue; }
    if (!meta.countries.includes(c) && !index.factsOf(meta.id).some((f) => f.countries.includes(c))) return `country ${c} not in the release`;
  }
  // ("the first half of 2015", "the third-largest trading partner" number no meeting)
  // ("the first Joint Committee meeting … in four years, since 2019" is no first meeting)
  // (a lead that says what the meeting followed numbers the one before, not this one: "The meeting followed the 6th meeting
  // held in Tokyo" leads sentences about the 7th)
  const ords = new Set(findOrdinals(seriesText(findOrdinals(seriesText(fact.text)).length ? around
    : `${fact.text} ${fact.context.replace(/\b(?:followed|following|after|since|preceding|previous|succeeding)\s+(?:the\s+|its\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b[^,;.]*/gi, ' ')} ${meta.title}`)));
  // ("Session 1: …": a line labelled with a thing numbered after its noun is of the one of that number)
  const labelNumber = /^(?:Session|Round|Phase|Part|Stage|Panel|Workshop|Day|Tranche)\s+(\d{1,2})\s*(?:\([^()]{0,40}\))?\s*:/.exec(fact.text)?.[1];
  if (labelNumber) ords.add(Number(labelNumber));
  // ("when did the FTA negotiations first kick off": the first start of a thing is its launch, whatever number it has)
  // (… nor "when did the delegation first open": an opening, "opened in Seoul in 1989", is a first one)
  for (const o of a.ordinals) if (!ords.has(o) && !declaredOrdinals(meta.id, index).some((d) => d.ordinal === o && d.of.some((t) => a.terms.includes(t))) && !theNumbered(fact, meta, index, o) && !(o === 1 && FIRST_START.test(foldedQuestion(a)) && (fact.events.includes('launch') || (/\bfirst\s+open/.test(foldedQuestion(a)) && /\bopen(?:ed|ing)\b/i.test(fact.text))))) return `ordinal ${o} not stated`;
  // ("Who gave the keynote at the 4th Conference" is not answered by "… is drafting the 4th National Action Plan"): the
  // number the question asks must number a thing of the same kind where the sentence gives it
  if (a.ordinals.length) {
    let asked = askedNumbered.get(a);
    // (abbreviations spelt out: "the 34th intl conference" is the International Conference)
    if (asked === undefined) { asked = numberedKind(foldedText(a)) ?? null; askedNumbered.set(a, asked); }
    const here = asked ? [...fact.text.matchAll(NUMBERED)].filter((m) => findOrdinals(m[1]!).some((o) => a.ordinals.includes(o))) : [];
    // (… or another of the same kind: "the 1st Korea-EU Strategic Dialogue" is not the first Security and Defence Dialogue)
    if (here.length && here.every((m) => { const k = numberedKind(fact.text.slice(m.index!)); return !!k && !!asked && (k.kind !== asked.kind || (k.words.size > 0 && asked.words.size > 0 && !a.initialisms.some((i) => asked.words.has(i)) && ![...asked.words].some((w) => [...k.words].some((x) => x.startsWith(w) || w.startsWith(x)))
      // (a name the question spells out: "the 4th GHSA Ministerial Meeting" is the 4th Global Health Security Agenda one)
      && ![...k.words].some((x) => x.length >= 3 && asked.initials.startsWith(x)))); })) return `the ${a.ordinals[0]}th here numbers another thing`;
  }
  // the sentence numbers another meeting ("… to host the 7th meeting in Lusaka"): it is about that one
  if (a.ordinals.length) {
    const own = eventOrdinals(seriesText(fact.text), a, a.initialisms.map((i) => initialsHead(i, index, meta)).filter((h): h is string => !!h));
    if (own.length && !own.some((o) => a.ordinals.includes(o))) return `the fact is about the meeting numbered ${own.join(', ')}`;
  }
  for (const r of a.relations) if (!fact.events.includes(r) && !referredTo(r, fact, index)) return `relation ${r} not stated in the fact`;
  // names the question gives (people, places, things) must be known to the release
  const rel = releaseTerms(index, meta, cache);
  for (const n of a.names) {
    const t = terms(n)[0];
    // ("Gazans" are the people of Gaza: a name of people made from a place the release names)
    const people = /^(.{3,}?)(?:ans|ns|ites|ers)$/.exec(n)?.[1];
    if (people && (rel.has(terms(people)[0] ?? '') || rel.has(terms(`${people}a`)[0] ?? ''))) continue;
    // ("MOUs" asked, "memoranda of understanding" stated: a name the release gives by another name of its synonym group)
    if (t && synonymsOf(t).some((x) => x !== t && rel.has(x))) continue;
    if (t && !rel.has(t) && !(index.df.get(t) === undefined && !/^[a-z]/.test(n)) && !(a.initialisms.includes(n) && spelledOut(n, index, meta)) && !blendIn(n, releaseText(index, meta))) {
      if (!index.df.has(t) || !rel.has(t)) return `"${n}" not in the release`;
    }
  }
  // "the honorary consul in samarkand": a place the question gives in lower case, that no release names, is not known
  // (one letter off is the same place: "tromso" for "Tromsø")
  // "who's korea's honorary consul in calgary" is not answered by the consul in Halifax: a place the question puts a person
  // in, that the release names elsewhere, must be this sentence's
  for (const { word, term } of askedOnce(a).postPlaces) {
    if (rel.has(term) && !factTerms(fact, meta).sentence.has(term) && !factTerms(fact, meta).near.has(term)) return `the fact is not about ${word}`;
  }
  const unknown = unknownPlace(a, index);
  if (unknown) return `"${unknown}" is named in no release`;
  // "when did Korea open its embassy in Bishkek" is not answered by the opening of an honorary consulate in Osh
  const askedKind = askedOnce(a).missionKind;
  if (askedKind) {
    const stated = missionKinds(fact.text);
    if (stated.length && !stated.includes(askedKind)) return `the fact is about a ${stated[0]}, not an ${askedKind}`;
  }
  // "when was the closing ceremony held" is not answered by the opening ceremony, nor the other way round
  const closingAsked = askedOnce(a).ceremonyEnd;
  // (… and a closing asked is said by words of an end: "the Korean Film Week in April 2026" closes nothing)
  if (closingAsked && !(closingAsked === 'closing' ? /\b(?:closing|closed|closes|close of|conclud\w*|conclusion|ended|ends|end of|wrap(?:ped|s)? up)\b/i : /\b(?:opening|opened|opens|launch\w*|inaugura\w*|kick(?:ed|s)? off|began|begins|start\w*)\b/i).test(`${fact.text} ${fact.context}`)) return `the fact says nothing of the ${closingAsked}`;
  // "when did X make his state visit" is not answered by a sentence about an official or working visit
  const visitKind = askedOnce(a).visitKind;
  if (visitKind) {
    const stated = [...fact.text.matchAll(VISIT_KINDS)].map((m) => m[1]!.toLowerCase());
    if (stated.length && !stated.includes(visitKind)) return `the fact is about a ${stated[0]} visit, not a ${visitKind} one`;
  }
  // ("how much did Korean companies commit during the state visit": a figure of a release that does not speak of the visit is
  // of another occasion)
  const occasion = askedOnce(a).occasion;
  if (occasion.length && !((seen) => occasion.every((t) => seen.has(t)))(new Set([...factTerms(fact, meta).sentence, ...terms(fact.context), ...terms(meta.title)]))) return `the fact is not of the ${occasion.join(' ')}`;
  // "DubaiSat-2" is not "DubaiSat-1", nor "Unit 2" "Unit 1": a name numbered in the question must carry that number
  for (const { base, n, numberedRe, nameRe } of askedOnce(a).numberedNames) {
    // (or its paragraph's lead, when the sentence names none)
    const numbered = (t: string): string[] => [...t.matchAll(numberedRe)].map((x) => (x[1] ?? x[2])!);
    const own = numbered(fact.text);
    // (… or the release's title, when neither does: "The ROK delegation is led by …" under "… (INC-5) Opens in Busan")
    const said = own.length || nameRe.test(fact.text) ? own : numbered(fact.context).length || nameRe.test(fact.context) ? numbered(fact.context) : numbered(meta.title);
    if (said.length && !said.includes(n)) return `the fact is about ${base} ${said[0]}, not ${n}`;
    // ("how much did Korea pledge to ADF-15" in a release that numbers ADF-16 and ADF-17 only: a sentence of no number is not
    // about the one asked)
    if (!said.length) {
      const inRelease = numbered(releaseText(index, meta));
      if (inRelease.length && !inRelease.includes(n)) return `the release numbers ${base} ${inRelease[0]}, not ${n}`;
    }
  }
  // "when did the upgraded Korea-Chile FTA take effect" is not answered by the date of the FTA it upgrades
  if (askedOnce(a).upgraded && !/\b(?:upgrad|revis|amend)/i.test(fact.text)) return 'the fact is about the agreement before its upgrade';
  // ("how many officials were on the Japanese delegation": not "The Korean delegation consisted of 9 officials", another side's)
  const side = askedOnce(a).side;
  if (side && /\b(?:delegation|side|team)\b/i.test(fact.text)) {
    const said = [...fact.text.matchAll(/\b([\p{Lu}][\p{L}]+)\s+(?:delegation|side|team)\b/gu)].flatMap((m) => findCountries(m[1]!).filter((c) => c.text.length === m[1]!.length && /^[A-Z]{3}$/.test(c.code)).map((c) => c.code));
    if (said.length && !said.includes(side)) return `the fact is about the ${said[0]} side, not ${side}`;
  }
  // "how much did Germany pledge" is not answered by "… in Bonn, Germany, … the government of the ROK pledged US$ 300 million"
  const giverCode = askedOnce(a).giver;
  if (giverCode && giverCode !== 'KOR') {
    // (the verb in lower case: "the Pledging Conference" pledges nothing)
    // ("the Korean government has allocated KRW 4.5 billion to the project" does not say what China put into it)
    const subjects = [...fact.text.matchAll(/\b(?:pledg|gave|give|contribut|provid|donat|sent|send|offer|commit|spen|invest|allocat|earmark)\w*/g)]
      // ("The Philippines was the first … with the ROK, and sent 7,420 troops": a verb after ", and" shares the sentence's subject)
      .map((v) => {
        const before = fact.text.slice(0, v.index).split(/[;.]/).pop() ?? '';
        const found = findCountries(before).filter((c) => /^[A-Z]{3}$/.test(c.code));
        return (/,\s+and\s+(?:also\s+)?$/.test(before) ? found[0] : found.pop())?.code;
      }).filter(Boolean);
    // (… unless the verb, left out, goes on to the country asked: "the ROK will contribute US$ 3.2 million and Canada CAD 5 million")
    const gapped = (): boolean => findCountries(fact.text).some((c) => c.code === giverCode && /^\s+(?:[A-Z]{2,3}\$?|\$|€|£|¥|₩)?\s?\d/.test(fact.text.slice(c.end, c.end + 8)));
    if (subjects.length && subjects.every((c) => c === 'KOR') && !gapped()) return `the fact is about what KOR gives, not ${giverCode}`;
  }
  // a year the question limits to must fit the fact's dates or the release's
  for (const d of a.dates) {
    const y = /^\d{4}/.exec(d.value)?.[0];
    if (!y || d.yearInferred) continue;
    // "each year before 2019": a year the question bounds is met by the sentence's years on its side of the bound
    const bound = /\b(?:(before|prior to|earlier than)|(after|later than))\s+(?:the\s+end\s+of\s+)?$/.exec(foldedQuestion(a).slice(0, Math.max(0, foldedQuestion(a).indexOf(fold(d.text)))));
    if (bound) {
      const said = fact.dates.map((x) => x.value.slice(0, 4)).filter((x) => /^\d{4}$/.test(x));
      if (said.length && said.every((x) => (bound[1] ? x >= y : x <= y))) return `the fact is dated ${said.join(', ')}, not ${bound[1] ?? bound[2]} ${y}`;
      continue;
    }
    const years = new Set([meta.date?.slice(0, 4), ...fact.dates.map((x) => x.value.slice(0, 4)), ...fact.dates.map((x) => x.until?.slice(0, 4))]);
    for (const x of findDates(`${fact.context} ${meta.title}`, meta.date)) years.add(x.value.slice(0, 4));
    // ("ROK-Peru trade in 2014", in a 2015 release: "trade had reached some US$ 2.4 billion last year")
    for (const x of yearsSaid(fact, meta)) years.add(x);
    if (!years.has(y)) return `year ${y} does not fit`;
  }
  // "IMO" asked, "ICAO" stated: a sentence that names another organization by its initials, and not the one asked, is about that one
  if (a.initialisms.length) {
    // (a name written in capitals, "the tanker SEA PEARL 3", is no initialism)
    const own = [...fact.text.matchAll(/\b[A-Z]{3,6}\b/g)].map((m) => m[0].toLowerCase()).filter((x) => !/^(?:rok|dprk|usa|eu|un|uk|us|mofa|ceo|gdp|covid|hmcs|hms|uss|hmas|hmnzs|roks)$/.test(x) && !findCountries(x.toUpperCase()).length && !isEnglishWord(x));
    const spelled = (i: string): boolean => spelledIn(i, `${fact.text} ${fact.context}`);
    // (the initials its paragraph is about, named in the sentence's lead: "Under the third CPS, … US$ 250 million in grants")
    const topic = (i: string): boolean => new RegExp(`\\b${i}\\b`, 'i').test(fact.context);
    // (… or the sentence calls it by the last word of its name: "the Assembly" for the World Health Assembly (WHA))
    const called = (i: string): boolean => ((head) => !!head && new RegExp(`\\bthe ${head}\\b`).test(fact.text))(initialsHead(i, index, meta));
    // (… unless the question spells out the one the sentence names: "where is the International Vaccine Institute mentioned in
    // Korea's GAVI statement headquartered" — "the International Vaccine Institute (IVI) headquartered in Seoul")
    if (own.length && !a.initialisms.some((i) => own.includes(i) || fold(fact.text).includes(i) || spelled(i) || topic(i) || called(i)) && !own.some((o) => spelledIn(o, a.question))) return `the fact is about ${own[0]!.toUpperCase()}`;
  }
  // "on the 14th": a fact dated to other days is about another day
  if (a.day) {
    const days = fact.dates.filter((x) => x.precision === 'day').map((x) => Number(x.value.slice(8, 10)));
    if (days.length && !days.includes(a.day)) return `day ${a.day} does not fit`;
  }
  // "in March" is not answered by a sentence about July 9: a month the question gives must be the fact's
  // (not for a person: "the new ambassador (April reshuffle)" is named in a sentence about the career, "since August 2017")
  for (const d of a.type === 'who' ? [] : a.dates) {
    // ("rounds held as of nov 2022": a point of reference, not the month of the fact)
    // (… nor a bound before a thing of its own: "before his July 2024 meeting")
    if (/\b(?:as of|by|until|till|since|before|after|through)\s+(?:(?:his|her|their|its)\s+)?$/.test(foldedQuestion(a).slice(0, Math.max(0, foldedQuestion(a).indexOf(fold(d.text)))))) continue;
    const month = /^(?:\d{4}|\?{4})-(\d{2})/.exec(d.value)?.[1];
    // ("according to the March 2023 … meeting": the month of the source the question cites, the release's own, not the fact's)
    if (month && meta.date?.slice(5, 7) === month && /\b(?:according to|per|as per)\s+(?:the\s+|its\s+|their\s+|a\s+)?$/.test(foldedQuestion(a).slice(0, Math.max(0, foldedQuestion(a).indexOf(fold(d.text)))))) continue;
    if (!month || d.precision === 'year') continue;
    // ("the 14th designation since May 2022": a month after "since" is where a count starts, not the fact's month)
    // (nor are dates of others it follows: "This is the fourth launch this year, following those of February 18, March 16 …")
    const months = fact.dates.filter((x) => x.precision !== 'year' && !/\bsince\s+$/i.test(fact.text.slice(Math.max(0, x.start - 7), x.start))
      && !/\b(?:following|after)\s+(?:those|that|the ones?)\s+(?:of|on|in)\s+(?:[^.;]{0,40}?,\s+)?(?:and\s+)?$/i.test(fact.text.slice(Math.max(0, x.start - 70), x.start))
      // (nor the period a thing covers: "agreed on a package … during the three-year period from July 2025 to June 2028")
      && !(x.until && /\b(?:period|during|over|covering|spanning)\s+(?:[\w-]+\s+){0,4}?(?:from\s+)?$/i.test(fact.text.slice(Math.max(0, x.start - 50), x.start)))).flatMap((x) => [x.value.slice(5, 7), x.until?.slice(5, 7)]).filter(Boolean);
    if (months.length && !months.includes(month)) return `month ${month} does not fit`;
  }
  // "the G20 Energy Ministers' Meeting" does not answer for the foreign ministers' meeting
  // (the fact's own is read only when the question names a portfolio: folding every sentence is dear)
  const askedPortfolio = askedOnce(a).meetingPortfolio;
  const factPortfolio = askedPortfolio.length && /\bministers?\b/i.test(fact.text) ? ministersPortfolio(fact.text) : [];
  if (askedPortfolio.length && factPortfolio.length && !factPortfolio.some((p) => askedPortfolio.includes(p))) return `the fact is about the ${factPortfolio[0]} ministers' meeting`;
  // ("what's the deadline for nominations": a date by which, or the end of a period, "from April 20 to May 4"; not the date
  // of what follows — "will be elected … in July 2027")
  if (a.type === 'when' && /\bdeadlines?\b/.test(foldedQuestion(a)) && !/\bto\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:by|until|till|before|no later than)\s+(?:the\s+)?(?:(?:end|middle|close)\s+of\s+|early\s+|mid-?|late\s+)?(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|noon|midnight)\b)|\b(?:deadline|due|closes?|closing|expires?)\b/i.test(fact.text)) return 'no deadline here';
  // the event a when-question asks the date of, named as the release names it ("Baltic Heritage Week"), must be the fact's
  if (a.type === 'when') {
    for (const name of namedThings(a, index, meta)) {
      // (a labelled line of the release's plan, "Proposed period: May 1 to October 31, 2030", speaks of what its title names)
      // (… and so does a dated line of its schedule, "April 26: … state dinner at the White House", of the visit its lead reports)
      const labelled = /^[\p{L}\p{N} ,.-]{3,40}:\s/u.test(fact.text);
      const around = new Set([...factTerms(fact, meta).sentence, ...terms(fact.context), ...(labelled ? terms(meta.title) : []), ...(labelled && /^\d{1,2}|^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(fact.text) ? terms(index.factsOf(meta.id)[0]?.text ?? '') : [])]);
      // ("UB ITS phase 2": "the second phase", "Phase II" number it too)
      if (name.some((t) => /^\d{1,2}$/.test(t))) for (const m of `${fact.text} ${fact.context}`.matchAll(/\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|I{1,3}|IV|V|VI{1,3}|IX|X)\b/g)) around.add(String(NUMBER_WORDS[m[1]!.toLowerCase()] ?? ''));
      // (not a name that only sets the time: "after Cyclone Tala", "during the Summit")
      const adjunct = /\b(?:after|before|during|since|following|ahead of|on the sidelines of|on the margins of)\b/.test(foldedQuestion(a));
      // ("the program, first held in 2013": the name's head noun after "the" refers back to it)
      // (… or the event's noun its name opens with: "the Consultation on Sanctions Implementation" — "The consultation was
      // launched in May 2019")
      const refersTo = (head: string): boolean => new RegExp(`\\b(?:the|this|that)\\s+${head}`, 'i').test(fold(fact.text)) && !new RegExp(`\\b(?:the|this|that)\\s+(?!(?:the|this|that)\\b)(?:[a-z-]+\\s+){1,3}${head}`, 'i').test(fold(fact.text));
      const refers = refersTo(name[name.length - 1]!) || (/^(?:consult|dialogu|meet|confer|forum|summit|committe|commiss|talk|session|symposium|seminar|workshop)/.test(name[0]!) && refersTo(name[0]!));
      if (!adjunct && !refers && !name.every((t) => around.has(t))) return `the fact does not speak of ${name.join(' ')}`;
    }
  }
  // a "comprehensive strategic partnership" is not a "strategic partnership": the kind of partnership must be the one asked
  const kindAsked = partnershipKinds(a.question);
  if (kindAsked.length && !partnershipKinds(fact.text).some((k) => k === kindAsked[0]) && !referredTo('strategic_partnership', fact, index)) return `the fact states another kind of partnership`;
  // "when will President Lee visit Ghana" is not answered by "President Mahama paid a state visit to Korea"
  const asked = visitDestinations(a.question).filter((c) => c !== 'KOR');
  if (asked.length) {
    const there = visitDestinations(fact.text);
    if (there.length && !there.some((c) => asked.includes(c))) return `the visit is to ${there[0]}, not ${asked[0]}`;
    // ("… held a summit in Seoul on November 18" is not a visit to Ghana)
    const inPlace = [...fact.text.matchAll(/\b(?:in|at)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu)].flatMap((m) => findCountries(m[1]!).filter((c) => c.text.length === m[1]!.length && /^[A-Z]{3}$/.test(c.code)).map((c) => c.code));
    if (!fact.countries.some((c) => asked.includes(c)) && inPlace.length && !inPlace.some((c) => asked.includes(c))) return `the fact is in ${inPlace[0]}, not ${asked[0]}`;
  }
  // "Her five-year term begins …" speaks of the person its paragraph names ("Dr. Lee …"): not of Chung, asked
  if (/^(?:his|her|their)\b/i.test(fact.text) && !fact.people.length) {
    const lead = findPeople(fact.context);
    const asked = a.names.map((n) => n.replace(/['’]s$/, ''));
    if (lead.length && asked.some((n) => index.factsOf(meta.id).some((f) => f.people.some((p) => fold(p.name).split(/[\s-]+/).includes(n))))
      && !lead.some((p) => asked.some((n) => fold(p.name).split(/[\s-]+/).includes(n)))) return `the fact is about ${lead[0]!.name}`;
  }
  // "how much goes via UNHCR": a figure of a sentence that does not name the channel asked is not that channel's
  const channel = /\b(?:via|through|channel(?:l?ed|l?ing)?(?:\s+(?:through|via))?)\s+(?:the\s+)?([A-Za-z][\w-]{1,20})/.exec(a.question)?.[1];
  // (a bullet under a lead that names the channel, and names no other body, is the channel's)
  const underChannel = (): boolean => !!channel && new RegExp(`\\b${channel}\\b`, 'i').test(fact.context) && !/\b[A-Z]{3,8}\b/.test(fact.text.replace(/\b(?:ROK|DPRK|USA|UN|EU|UK|US)\b/g, ''));
  // (not when it is one of several the question lists: "total aid via WFP, UNICEF and WHO" is the sum through them all)
  const several = (): boolean => new RegExp(`\\b${channel}\\s*(?:,|&|\\band\\b)\\s*(?:the\\s+)?[A-Za-z]`).test(a.question);
  if (a.type === 'number' && channel && /^[A-Z]{2,8}$/.test(channel) && !new RegExp(`\\b${channel}\\b`, 'i').test(fact.text) && !spelledIn(fold(channel), fact.text) && !underChannel() && !several()) return `the fact does not speak of ${channel}`;
  // "the 2+2 dialogue": a name written with figures must be the release's own
  for (const m of a.question.matchAll(/\d\s*\+\s*\d/g)) {
    const want = m[0].replace(/\s+/g, '');
    if (![meta.title, fact.text, fact.context, ...index.factsOf(meta.id).map((f) => f.text)].some((t) => t.replace(/\s+/g, '').includes(want))) return `"${want}" not in the release`;
  }
  // "when did construction on the hospital start" is not answered by "… since the two countries established relations in
  // 1992": a fact that says none of the question's own words (beyond countries and words of relation) is about something else
  // (an event's initials, "OOC", "FMM", name what the whole release is about: its sentences need not repeat them)
  const once = askedOnce(a);
  // "who was appointed 2nd vice foreign minister" is not answered by a release that names only the First Vice Minister
  if (once.rankOrdinal && !once.rankOrdinal.test(releaseText(index, meta))) return `the release names no ${once.rankOrdinal.source.replace(/\W+/g, ' ').trim()}`;
  // "when did the ambassador present her credentials" is not dated by the day the foreign minister received copies of them
  // "which country gets the biggest slice": a sentence that ranks nothing names no largest
  if (once.superlative && !SUPERLATIVE.test(fact.text)) return 'the fact ranks nothing';
  if (once.credentials && COPIES.test(fact.text) && !/\bcredentials\b/i.test(fact.text.replace(COPIES_ALL, ''))) return 'the fact is about copies of the credentials';
  // "when did FM Morimoto take office" is not answered by "… since Minister Yoo took office in March 2025"
  if (once.officeStart && a.names.length) {
    const took = TOOK_OFFICE.exec(fact.text);
    const who = took ? fact.people.filter((p) => p.end <= took.index && took.index - p.end < 40).pop() : undefined;
    if (who && !a.names.some((n) => fold(who.name).split(/[\s-]+/).includes(n))) return `the fact says when ${who.name} took office`;
  }
  // "when did Yoo talk with the US defense secretary" is not answered by a release that names no defense secretary
  // ("the Mutual Defense Treaty" and "Secretary of State Whitfield" are not one)
  if (once.portfolio && !once.portfolio.test(releaseText(index, meta))) return `the release names no ${once.portfolioWords}`;
  // "when did the swedish foreign minister visit seoul" is not answered by a release whose foreign ministers are all of other
  // countries (though it names Sweden elsewhere)
  const official = once.officialAsked;
  if (official && !officialNamed(a, official, index, meta)) return `the release names no ${official.words}`;
  // "when did Ryu start as vice minister" is dated by "took office on February 3", not by "announced on February 1 the
  // appointment": where the release says when the post was taken up, that sentence dates it
  // (and a sentence that says neither, "Vice Minister Han received a delegation on February 10", dates something else)
  if (once.officeStart && !TOOK_OFFICE.test(fact.text)
    && (!APPOINTED.test(fact.text) || TOOK_OFFICE.test(releaseText(index, meta)))) return 'the fact does not say when the post was taken up';
  const ownWords = once.ownWords.filter((t) => rel.has(t));
  // (initials typed in lower case count when the fact spells them out: "icbm", "… intercontinental ballistic missile")
  const said = (t: string | undefined): boolean => !!t && (factTerms(fact, meta).sentence.has(t) || factTerms(fact, meta).near.has(t));
  // (… or a word of its synonym group: "demining" is said by "mine action")
  // (a place the question puts it "in", which the release's opening sentence gives and this sentence does not contradict:
  // "who led the ROK delegation in Montreal" — "The ROK delegation to the Assembly was headed by …" under "… the ICAO
  // Assembly, which is being held in Montreal")
  const setIn = (t: string): boolean => once.placeWords.includes(t) && !/\b(?:in|at)\s+\p{Lu}/u.test(fact.text) && openingPlacesOf(index, meta).has(t);
  if (ownWords.length && !ownWords.some((t) => said(t) || setIn(t) || synonymsOf(t).some((x) => x.includes('_') && said(x)) || said(once.ownHeads.get(t)) || (/^[a-z]{2,6}$/.test(t) && !/[aeiou]/.test(t.slice(1)) && spelledIn(t, fact.text)))) return `the fact speaks of none of ${ownWords.join(', ')}`;
  // "aid for Cyclone Tamsin" is not answered by "… after Cyclone Idai": a storm named in the question must be the fact's
  const storm = once.storm;
  if (storm) {
    const named = [...fact.text.matchAll(/\b(?:Cyclone|Typhoon|Hurricane|Storm)\s+(\p{Lu}[\p{L}-]+)/gu)].map((m) => fold(m[1]!));
    if (named.length && !named.includes(fold(storm))) return `the fact is about ${named[0]}, not ${storm}`;
  }
  // "the first Mekong-ROK summit" is not answered by "the foreign ministers' meeting … was first held in Seoul"
  if (once.summit && !/\bsummit\b/i.test(fact.text)
    && /\bministers['’]?\s+meeting\b|\bministerial\b|\bsenior officials['’]?\s+meeting\b/i.test(fact.text)) return `the fact is about a ministers' meeting, not a summit`;
  // "the Phase II budget" is not answered by "Phase I … with a budget of US$ 4.5 million"
  const stageAsked = once.stage;
  if (stageAsked !== undefined) {
    const stated = stageOf(fact.text);
    if (stated !== undefined && stated !== stageAsked) return `the fact is about stage ${stated}, not ${stageAsked}`;
  }
  // "when did the sailors land back in Korea" is not answered by "… were released on May 20", nor "when did the embassy
  // resume operations" by "… suspended its operations since April 24": a when-question's act must be the fact's
  if (once.acts.length) {
    const acts = once.acts;
    const { sentence, near } = factTerms(fact, meta);
    if (acts.length && !acts.some((t) => synonymsOf(t).some((x) => sentence.has(x) || near.has(x)))) return `the fact does not say ${acts.join(', ')}`;
  }
  // "how many seats did the Democratic Party win" is not answered by "the People's Party won 68 seats"
  const other = otherName(a, fact, rel, index, meta);
  if (other) return other;
  // "… negotiations held in Dakar" is not answered by "… took place in Seoul"
  const place = placeConflict(a, fact);
  if (place) return place;
  // an act asked about a thing the release names elsewhere ("the visa waiver agreement … enter into force") is
  // not answered by a sentence about another thing ("the air services agreement … will enter into force on March 1")
  // (… and so is an accession: "when did the ROK accede to the NPT" is not answered by "The ROK joined the Agency in 1957")
  if (a.type !== 'thing' && a.type !== 'acronym' && a.type !== 'title' && (a.events.some((e) => (ACT_EVENTS as readonly string[]).includes(e)) || a.relations.includes('joined'))) {
    const { sentence, near } = factTerms(fact, meta);
    // ("the agreement" refers back to the sentence before: its words count as this one's)
    const facts = index.factsOf(fact.release);
    // (and so does "the launch", "the meeting": "Shortly after the launch, …")
    const before = ANAPHOR.test(fact.text) || REFERS_BACK.test(fact.text) || /\bthe (?:launch|test|attack|incident|election|vote)\b/i.test(fact.text) ? new Set(terms(facts[facts.indexOf(fact) - 1]?.text ?? '')) : new Set<string>();
    // (a date the question gives is checked as a date, not as words)
    const dated = datedTerms(a);
    // (a name the release opens with, "the Korea-ASEAN FTA (AKFTA)", is what its later lines speak of: "the first round was held in Seoul")
    const opening = new Set(terms(`${meta.title} ${facts[0]?.text ?? ''}`));
    const elsewhere = a.terms.filter((t) => !a.countryTerms.has(t) && !isCapital(t) && !stopWords().has(t) && !dated.has(t) && !synonymsOf(t).some((x) => sentence.has(x) || near.has(x) || before.has(x) || (ROUND_OF.test(fact.text) && opening.has(x)))
      && (index.df.get(t) ?? 0) > 0 && rel.has(t) && !ACT_WORDS.test(t) && !/^\d+$/.test(t) && !(t === '1th' && !a.ordinals.length) && !ANSWER_WORDS.has(t) && !FRAME_TERMS.has(t)
      // (a treaty asked is the sentence's "Convention between … for the Elimination of Double Taxation": one document, named)
      && !(/^(?:treati|agreement|convent|accord|pact)$/.test(t) && /\b(?:Treaty|Agreement|Convention|Accord|Pact)\b/.test(fact.text))
      // (talks asked are the sentence's negotiations: "FTA talks first kicked off" — "Negotiations on a Korea-GCC FTA were first launched")
      && !(/^(?:talk|negoti)$/.test(t) && (sentence.has('talk') || sentence.has('negoti')))
      // (an abbreviation the sentence writes out: "FTA", the Korea-GCC "Free Trade Agreement")
      && !((long) => !!long && terms(long).every((x) => sentence.has(x)))(abbreviation(t))
      // (… or initials no lexicon knows, that the sentence spells out: "IUU", "… Eliminate Illegal, Unreported and Unregulated Fishing")
      && !(t.length >= 3 && t.length <= 6 && !isEnglishWord(t) && spelledIn(t, fact.text)));
    if (elsewhere.length) return `"${elsewhere.join(' ')}" is stated elsewhere in the release, not here`;
  }
  // "when will construction of the new Temelin units start" is not dated by "Construction of Unit 5 is scheduled to begin in
  // 2029" in a release that names Temelín only in another sentence: a place's name the question gives, said elsewhere
  const placeNames = once.placeNames;
  if (placeNames.length) {
    const { sentence, near } = factTerms(fact, meta);
    const unsaid = placeNames.filter((n) => ((t) => !!t && rel.has(t) && !sentence.has(t) && !near.has(t))(terms(n)[0]));
    if (unsaid.length) {
      const facts = index.factsOf(fact.release);
      const before = new Set(terms(facts[facts.indexOf(fact) - 1]?.text ?? ''));
      const title = new Set(terms(meta.title));
      const away = unsaid.filter((n) => !before.has(terms(n)[0]!) && !title.has(terms(n)[0]!));
      if (away.length && away.every((n) => new RegExp(`\\b(?:at|in)\\s+(?:the\\s+)?${n}\\b`, 'i').test(fold(releaseText(index, meta))))) return `"${away.join(' ')}" is stated elsewhere in the release, not here`;
    }
  }
  return null;
}

/**
 * Names of the release's things (two words or more beyond countries, such as "Baltic Heritage Week" or "Young Envoys
 * Program") that the question spells out in full, as terms.
 */
function namedThings(a: Analysis, index: FactIndex, meta: ReleaseMeta): string[][] {
  const q = ` ${a.terms.join(' ')} `;
  const out: string[][] = [];
  for (const f of index.factsOf(meta.id)) {
    for (const t of f.things) {
      const st = terms(t.text).filter((x) => !a.countryTerms.has(x));
      if (st.length >= 2 && st.length <= 5 && q.includes(` ${st.join(' ')} `) && !out.some((o) => o.join(' ') === st.join(' '))) out.push(st);
    }
  }
  return out;
}

/** The kinds of partnership a text names, by their qualifiers: "comprehensive strategic", "strategic", "special strategic". */
function partnershipKinds(text: string): string[] {
  const out: string[] = [];
  for (const m of fold(text).matchAll(/\b((?:(?:comprehensive|special|strategic|cooperative|enhanced|global|future-oriented|all-round|creative|substantive|mutually beneficial)\s+)+)partner(?:ship|s)?\b/g)) {
    out.push(m[1]!.trim().split(/\s+/).filter((w) => w !== 'mutually' && w !== 'beneficial').sort().join(' '));
  }
  return out;
}

/** A line about one round or session of talks the release has named: "the first round was held in Seoul". */
const ROUND_OF = /\bthe\s+(?:first|second|third|fourth|fifth|sixth|next|last|latest|final|\d{1,2}(?:st|nd|rd|th))\s+(?:round|session)\b/i;

/** Words of acts themselves: they may be phrased otherwise in the fact. */
const ACT_WORDS = /^(?:enter|forc|effect|take|took|sign|ratifi|ratif|adopt|launch|start|began|begin|establish|set|upgrad|elev|rais|proclaim|enact|conclud|come|came|agre)/;

/**
 * A name the question gives by a modifier and a noun ("the democratic party", "the Baltic fund") when the fact gives the
 * noun a name of its own ("the Mongolian People's Party") and the release never says the modifier (nor a word one letter off).
 */
function otherName(a: Analysis, fact: Fact, release: Set<string>, index: FactIndex, meta: ReleaseMeta): string | null {
  const words = foldedQuestion(a).split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  let raw: string | undefined;
  for (let i = 0; i + 1 < words.length; i++) {
    const [m, h] = [words[i]!, words[i + 1]!];
    // (the noun must be one that names things: "party", "fund", "forum"; the modifier a word, not an abbreviation: "coop")
    if (!NAMED_NOUNS.test(h) && !kinds().nouns.has(h) && !AGREEMENT_NOUNS.test(h) && !AWARD_NOUNS.test(h)) continue;
    if (m.length < 5 || !/^\p{L}+$/u.test(m) || stopWords().has(m) || findCountries(m).length || /^(?:there|their|these|those|korea|korean|koreans|which|whose|where)$/.test(m)) continue;
    const mt = terms(m)[0];
    const ht = terms(h)[0];
    if (!mt || !ht) continue;
    // "who received the Gwanghwa Medal" is not answered by "… received the Sungnye Medal", though the release names both
    if (AWARD_NOUNS.test(h) && !terms(fact.text).includes(mt)) {
      const other = new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]+)\\s+${h.replace(/s$/, '')}s?\\b`, 'iu').exec(fact.text);
      if (other && /^\p{Lu}/u.test(other[1]!) && fold(other[1]!) !== m) return `the fact names the ${other[0]}, not the ${m} ${h}`;
    }
    if (synonymsOf(mt).some((x) => release.has(x)) || oneLetterOff(mt, release)) continue;
    raw ??= fold([meta.title, ...index.factsOf(meta.id).map((f) => f.text)].join(' ')).replace(/-/g, '');
    if (new RegExp(`\\b${m}`).test(raw)) continue;
    // "their visa waiver agreement" in a release that never speaks of visas: no sentence of it is about that agreement
    if (AGREEMENT_NOUNS.test(h)) return `the release does not speak of a ${m} ${h}`;
    for (const named of fact.text.matchAll(new RegExp(`\\b[\\p{L}'’-]+\\s+(${h.replace(/[^\p{L}]/gu, '')}s?)\\b`, 'giu'))) {
      if (/^\p{Lu}/u.test(named[0]) && /^\p{Lu}/u.test(named[1]!) && terms(named[1]!)[0] === ht) return `the fact names another ${h}: ${named[0]}`;
    }
  }
  return null;
}

/** True when the set holds a word one letter off the given one ("agreemnt" — "agreement"). */
function oneLetterOff(word: string, words: Set<string>): boolean {
  for (const x of words) if (Math.abs(x.length - word.length) <= 1 && editDistanceAtMostOne(x, word)) return true;
  return false;
}

const AWARD_NOUNS = /^(?:medals?|awards?|prizes?|orders?|scholarships?|fellowships?)$/;
const AGREEMENT_NOUNS = /^(?:agreements?|treaty|treaties|convention|accord|mou|memorandum|fta|pact)$/;
const NAMED_NOUNS = /^(?:party|parties|fund|funds|bank|award|prize|center|centre|foundation|institute|university|station|unit|company|corporation|airport|port|hospital|school|program|programme|project|initiative)$/;

/** The countries a text says someone visits or travels to: "visit Ghana", "a state visit to the Republic of Korea". */
function visitDestinations(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(?:visit(?:s|ed|ing)?(?:\s+to)?|(?:going|go|goes|went|travel(?:l?ing|l?ed|s)?|trip|tour|heading|head)\s+(?:to|of)(?!\s+(?:visit|see|meet|attend|hold|sign|make)\b))\s+((?:the\s+)?[\p{L}'’ -]{2,40})/giu)) {
    const c = findCountries(m[1]!).find((x) => x.start <= 4 && /^[A-Z]{3}$/.test(x.code));
    if (c) out.push(c.code);
  }
  return out;
}

/** The place the question puts an event in, against the one the fact's sentence gives it. */
function placeConflict(a: Analysis, fact: Fact): string | null {
  // ("in the nairobi attack": the place may follow "the")
  // ("where's the first meeting of the working group agreed in Tokyo to be held": the place of an act before is not the one asked)
  const asked = [...a.question.matchAll(/\b(?:in|at)\s+(?:the\s+)?([A-Za-z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)/gu)]
    .filter((m) => !(a.type === 'where' && /\b(?:agreed|announced|decided|signed|launched|adopted|set up|established|reached|proposed)\s+$/i.test(a.question.slice(0, m.index!))))
    .map((m) => m[1]!).filter((p) => findCountries(p).some((c) => c.text.length === p.length && /^[A-Z]{3}$/.test(c.code)));
  if (!asked.length) return null;
  const text = fold(fact.text);
  if (asked.some((p) => text.includes(fold(p)))) return null;
  const askedCodes = new Set(asked.flatMap((p) => findCountries(p).map((c) => c.code)));
  // ("took off from … Beirut … and landed at Seoul Air Base": the place asked is named too)
  if (findCountries(fact.text).some((c) => askedCodes.has(c.code)) || fact.text.split(/[^\p{L}]+/u).some((w) => isCapital(w) && findCountries(w).some((c) => askedCodes.has(c.code)))) return null;
  for (const m of fact.text.matchAll(/\b(?:in|at)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?![$\d])/gu)) {
    // (a post's place is no event's: "former Permanent Representative to the International Organizations in Vienna")
    if (/\b(?:Representative|Ambassador|Consul(?:ate)?(?:[\s-]+General)?|Embassy|Mission)(?:\s+(?:to|of|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4})?\s*$/u.test(fact.text.slice(Math.max(0, m.index! - 80), m.index!))) continue;
    const there = findCountries(m[1]!).filter((c) => c.text.length === m[1]!.length && /^[A-Z]{3}$/.test(c.code));
    if (there.length && !there.some((c) => askedCodes.has(c.code)) && isCapitalOrCountry(m[1]!)) return `the fact puts it in ${m[1]}, not ${asked[0]}`;
  }
  return null;
}

function isCapitalOrCountry(name: string): boolean {
  return isCapital(name) || findCountries(name).some((c) => c.text.length === name.length);
}

function abstain(a: Analysis | null, question: string, reason: string, closest: Ranked[], message?: string): AbstentionReply {
  const seen = new Set<string>();
  const picks = closest.filter((r) => !seen.has(r.fact.id) && seen.add(r.fact.id)).slice(0, 3);
  return {
    kind: 'abstention',
    question,
    message: message ?? 'The releases in the index do not state this.',
    closest: picks.map((r) => sourceOf(r.fact, r.meta)),
    reason,
    confidence: a ? Math.max(0, Math.min(1, 1 - (closest[0]?.coverage ?? 0) / 2)) : 1,
  };
}

/**
 * Another release's date for the same relation or act, which the best answer's date does not agree with ("2008"
 * against "2009"; "May 2009" agrees with "2009"). Only for historical dates: both facts must state the
 * relation or act asked and match the question about as well as the best one.
 */
function rivalDate(a: Analysis, best: Ranked, viable: Ranked[]): Ranked | undefined {
  const kinds = [...new Set([...a.relations, ...a.events.filter((e) => (ACT_EVENTS as readonly string[]).includes(e))])];
  if (a.type !== 'when' || !kinds.length || !best.span) return undefined;
  const valueOf = (r: Ranked): string | undefined => r.fact.dates.find((d) => d.start === r.span!.start)?.value;
  const mine = valueOf(best);
  if (!mine) return undefined;
  const agree = (x: string, y: string): boolean => x.startsWith(y) || y.startsWith(x) || x.replace(/^\?{4}/, '') === y.replace(/^\?{4}/, '');
  return viable.find((r) => {
    if (r === best || r.meta.id === best.meta.id || !r.span) return false;
    const theirs = valueOf(r);
    return !!theirs && !agree(mine, theirs) && kinds.every((x) => r.fact.events.includes(x))
      && r.coverage >= Math.max(0.85, best.coverage - 0.05) && r.score >= best.score - 0.1 && r.span.score >= 0.8 * best.span!.score;
  });
}

/**
 * Of facts that match the question about equally well, the answer more of them give: when three sentences of a release
 * say "Category A" and a footnote as close says "Category B", the three are more likely right.
 */
function agreed(viable: Ranked[]): Ranked | undefined {
  const best = viable[0];
  if (!best?.span) return best;
  const near = viable.filter((r) => r.score >= best.score - AGREE_MARGIN);
  if (near.length < 3) return best;
  const votes = new Map<string, Ranked[]>();
  for (const r of near) { const k = fold(r.span!.text); votes.set(k, [...(votes.get(k) ?? []), r]); }
  const mine = votes.get(fold(best.span.text))!.length;
  const [, group] = [...votes].sort((x, y) => y[1].length - x[1].length)[0]!;
  return group.length > mine ? group[0] : best;
}
const AGREE_MARGIN = 0.08;

/**
 * "How many commitments did Korea announce": when the best figure's sentence does not speak of the ROK, a close one
 * that does ("The ROK announced 14 commitments …") is the ROK's figure, and the other ("the Conference announced 469") is not.
 */
function koreasOwn(a: Analysis, best: Ranked | undefined, viable: Ranked[]): Ranked | undefined {
  if (!best || a.type !== 'number') return best;
  // (the ROK alone: "did the korea japan FMs talk" has two subjects)
  // ("new ROK pledge to the pandemic fund": the ROK's own, named before what it gives)
  const subject = /\b(?:did|does|will|has|had|is|was)\s+(?:the\s+)?(?:rok|korea|s\.?\s*korea|south korea|seoul)\b\s*([\p{L}&-]*)|\b(?:rok|korea)['’]s\b()|\b(?:rok|korean?|seoul)\s+(?:new\s+)?(?:pledge|contribution|commitment|donation|funding|grant)s?\b()/u.exec(foldedQuestion(a));
  if (!subject || findCountriesTyped(subject[1] ?? '').length || /^(?:and|&|-)$/.test(subject[1] ?? '')) return best;
  // (a bullet, "- Kenya: US$1.5 million", speaks with its paragraph's lead)
  // (not a capital inside a name: "the OHCHR Seoul Office", "the Seoul Declaration")
  const ours = (r: Ranked): boolean => {
    // (… so does one that opens with its amount: "- US$ 1.5 million to the Technical Cooperation Fund")
    const text = /^[^:]{2,40}:\s|^(?:US\$|USD|KRW|EUR|\$|€|₩)\s?\d/.test(r.fact.text) ? `${r.fact.text} ${r.fact.context}` : r.fact.text;
    // ("Amount: US$ 4.5 million": the amount a release sets out as a labelled line is its own project's, the ROK's)
    if (AMOUNT_LABEL.test(r.fact.text)) return true;
    // ("The government also decided to contribute …": in the ministry's releases the government is the ROK's own)
    if (/\b[Tt]he [Gg]overnment\b(?!\s+of\b)/.test(text) && !r.fact.countries.some((c) => c !== 'KOR' && /^[A-Z]{3}$/.test(c))) return true;
    return findCountries(text).some((c) => c.code === 'KOR' && !(isCapital(c.text) && (/^\s+\p{Lu}/u.test(text.slice(c.end)) || /\p{Lu}[\p{L}-]*\s+$/u.test(text.slice(Math.max(0, c.start - 30), c.start)))));
  };
  // (a sentence that names the country asked, "US$1.2 million for Zambia", is that country's figure already)
  const asked = a.countries.filter((c) => /^[A-Z]{3}$/.test(c) && !a.places.includes(c) && !a.venues.includes(c));
  // ("how much of Korea's OHCHR money goes to the Seoul Office": a part of Korea's is asked, not Korea's whole)
  // (… as the one that receives it, not the one whose figure it is: "under which Pakistan puts its needs at US$16.3 billion")
  const received = (r: Ranked): boolean => r.fact.countries.some((c) => asked.includes(c))
    && findCountries(r.fact.text).some((c) => asked.includes(c.code) && (/\b(?:to|for|in|into|toward|towards|of)\s+(?:the\s+(?:people|government)\s+of\s+)?$/i.test(r.fact.text.slice(Math.max(0, c.start - 30), c.start)) || /^\s*[-–•◦°o]?\s*$/.test(r.fact.text.slice(0, c.start)))
      && !/^['’]s\b/.test(r.fact.text.slice(c.end)));
  if (ours(best) || received(best) || /\bhow (?:much|many) of\b/.test(foldedQuestion(a))) return best;
  return viable.find((r) => r !== best && r.meta.id === best.meta.id && ours(r) && r.score >= best.score - 0.3) ?? best;
}

/**
 * "When did the two ministers hold talks": a visit's days ("visited Beijing from May 13 to 15") do not date talks of one day
 * another sentence of the release dates ("On May 14 the two ministers held talks …").
 */
function oneDay(a: Analysis, best: Ranked | undefined, viable: Ranked[]): Ranked | undefined {
  if (!best?.span || a.type !== 'when' || !oneDayAsked(foldedQuestion(a))) return best;
  const range = best.fact.dates.find((d) => d.until && d.start === best.span!.start);
  if (!range) return best;
  // (a day within the days of the visit, of the same release, said by a sentence nearly as close)
  return viable.find((r) => r !== best && r.meta.id === best.meta.id && r.span && r.score >= best.score - 0.3
    && r.fact.dates.some((d) => !d.until && d.start === r.span!.start && d.precision === 'day' && d.value >= range.value && d.value <= range.until!)) ?? best;
}

/**
 * "When was the envoy in Ottawa": the days of the stay ("… and Ottawa, Canada, from August 29 to 30") over the day of one
 * act there, said by a sentence as close ("In Ottawa, Ambassador Jeong held the Dialogue … on August 29").
 */
function wholeStay(a: Analysis, best: Ranked | undefined, viable: Ranked[]): Ranked | undefined {
  if (!best?.span || a.type !== 'when' || !STAY_ASKED.test(foldedQuestion(a))) return best;
  const day = best.fact.dates.find((d) => !d.until && d.precision === 'day' && d.start === best.span!.start)?.value;
  if (!day) return best;
  // (the days of a stay there, said with the place: "toured the Balkans from June 5 to 9, visiting Serbia, Croatia …" are a tour's)
  const place = findCountries(a.question).filter((c) => a.places.includes(c.code)).map((c) => fold(c.text));
  if (!place.length) return best;
  return viable.find((r) => r !== best && r.meta.id === best.meta.id && r.span && r.score >= best.score - 0.1 && place.some((p) => fold(r.fact.text).includes(p))
    && r.fact.dates.some((d) => !!d.until && d.start === r.span!.start && d.value <= day && d.until >= day)) ?? best;
}

/**
 * "Total number of commitments announced at the conference": a figure the release gives as a total ("a total of 470
 * commitments") over a closer match that is a part of it ("The ROK government announced 76 commitments").
 */
function totalOne(a: Analysis, best: Ranked | undefined, viable: Ranked[]): Ranked | undefined {
  if (!best || a.type !== 'number' || best.span?.total || !TOTAL_ASKED.test(foldedQuestion(a))) return best;
  // (a total of the same kind: a sum of money does not total a count of consultations)
  return viable.find((r) => r !== best && r.meta.id === best.meta.id && r.span?.total && isMoneyText(r.span.text) === isMoneyText(best.span!.text) && r.score >= best.score - 0.35) ?? best;
}

/**
 * "Where will the next round be held": the sentence that speaks of the next one ("agreed to hold the 6th round in Kuala
 * Lumpur") over a closer match about the round just held.
 */
function nextOne(a: Analysis, best: Ranked | undefined, viable: Ranked[]): Ranked | undefined {
  if (!best || (a.type !== 'where' && a.type !== 'when') || !/\bnext\b/.test(foldedQuestion(a))) return best;
  // (for a place, said near it: "a bridging role in Geneva so that the talks could be concluded … before the next
  // Ministerial Conference" does not say the next one is held in Geneva)
  const says = (r: Ranked): boolean => NEXT_SAID.test(a.type === 'where' && r.span ? r.fact.text.slice(Math.max(0, r.span.start - 80), r.span.end + 60) : r.fact.text);
  if (says(best)) return best;
  const other = viable.find((r) => r !== best && r.meta.id === best.meta.id && says(r) && r.score >= best.score - 0.4);
  if (other) return other;
  // ("when's the next working group meeting": not "The Working Group was launched in March 2019", a date of what has
  // happened, where nothing says what comes next)
  // (… nor "visited Beijing from April 11 to 13 …, and the two agreed to meet again in Seoul": a date before the release's)
  if (a.type !== 'when') return best;
  const d = best.fact.dates.find((x) => x.start === best.span!.start);
  const last = d ? d.until ?? d.value : undefined;
  const past = !!last && !!best.meta.date && last < best.meta.date.slice(0, last.length);
  return past || !FUTURE.test(withoutOngoing(best.fact.text)) ? undefined : best;
}

/**
 * "How much is Zambia getting": when the best figure is a sum for several countries ("US$4 million … to Zambia, Zimbabwe,
 * Malawi and Lesotho") or names none, and a sentence of the same release gives the asked country a figure of its own
 * ("Zambia (US$1.2 million)", "Zambia: US$1.2 million", "US$1.2 million for Zambia"), that figure is the one asked.
 */
function countrysShare(a: Analysis, best: Ranked | undefined, viable: Ranked[]): Ranked | undefined {
  if (!best?.span || a.type !== 'number' || /\b(?:total|in all|altogether|combined|overall|all)\b/.test(foldedQuestion(a))) return best;
  const asked = a.countries.filter((c) => /^[A-Z]{3}$/.test(c) && c !== 'KOR' && !a.places.includes(c));
  if (asked.length !== 1) return best;
  const own = (r: Ranked): boolean => {
    const text = r.fact.text;
    // (… or the country right before its sum, in a breakdown: "(Malawi US$ 900,000, Zambia US$ 600,000)")
    return findCountries(text).some((c) => c.code === asked[0] && (/^\s*(?:\(|:|-|–|—)\s*$/.test(text.slice(c.end, r.span!.start))
      || (/^\s+$/.test(text.slice(c.end, r.span!.start)) && isMoneyText(r.span!.text))
      || /^\s+(?:to|for)\s+(?:the\s+)?$/.test(text.slice(r.span!.end, c.start))));
  };
  if (own(best)) return best;
  // ("how much did Seoul give Cambodia specifically": a part asked by itself that no figure of the release gives the country
  // is not stated — a sum for "the five Mekong countries" is not Cambodia's)
  if (/\bspecifically\b/.test(foldedQuestion(a))) return viable.find((r) => r !== best && r.meta.id === best.meta.id && r.span && own(r) && r.score >= best.score - 0.5);
  const several = (t: string): boolean => { const named = new Set(countryCodes(t).filter((c) => /^[A-Z]{3}$/.test(c) && c !== 'KOR')); return named.size >= 3 && named.has(asked[0]!); };
  // (a figure of the asked country's own sentence stays: only a sum for several gives way, or a bullet under a lead that
  // names several: "Amount of assistance: US$4 million in total")
  if (!several(best.fact.text) && (countryCodes(best.fact.text).length || !several(best.fact.context))) return best;
  return viable.find((r) => r !== best && r.meta.id === best.meta.id && r.span && own(r) && r.score >= best.score - 0.5) ?? best;
}

/**
 * "How much of the aid is earmarked for the WHO": a part for one body the question names by its initials. The figure the
 * release gives that body ("- WHO: US$ 2 million", "US$ 2 million to the World Health Organization (WHO)", "US$ 9 million
 * through the WFP", "UNICEF, US$ 800,000") is the one asked; when a part is asked and no figure is the body's own ("…
 * through the WFP and UNICEF"), the releases do not state it.
 */
function bodysShare(a: Analysis, best: Ranked | undefined, viable: Ranked[]): Ranked | undefined {
  if (!best?.span || a.type !== 'number') return best;
  const q = foldedQuestion(a);
  const m = /\b(?:earmarked|allocated|set aside|channell?ed|going|goes|go|went|given|provided|delivered)\s+(?:for|to|through|via)\s+(?:the\s+)?([a-z]{2,8})\b|\b(?:for|to)\s+(?:the\s+)?([a-z]{2,8})\s+specifically\b/.exec(q);
  const body = m?.[1] ?? m?.[2];
  // (initials however the question writes them: "goes to unicef specifically", as the release writes them)
  if (!body || (!a.initialisms.includes(body) && !viable.some((r) => r.meta.id === best.meta.id && new RegExp(`\\b${body.toUpperCase()}\\b`).test(r.fact.text)))) return best;
  const named = `(?:[\\p{L}'’.-]+\\s+){0,14}?\\(?${body}\\)?`;
  const caps = body.toUpperCase();
  const own = (r: Ranked): boolean => {
    const text = r.fact.text;
    return new RegExp(`^\\W{0,3}[^:]{0,80}?\\b${body}\\b[^:]{0,60}:\\s*$`, 'iu').test(text.slice(0, r.span!.start))
      || new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,6}?(?:to|for|through|via)\\s+(?:the\\s+)?${named}(?![\\p{L}])`, 'iu').test(text.slice(r.span!.end, r.span!.end + 120));
  };
  if (own(best)) return best;
  // (its figure right after its name, "UNICEF, US$ 800,000", "(FAO) - US$ 200,000", even inside the sentence of the whole:
  // "Amount: US$ 5 million (UNICEF: US$ 3.2 million; UNHCR: US$ 1.8 million)")
  const labelled = new RegExp(`\\b${caps}${LABEL_TAIL}\\s*$`, 'u');
  const inside = (r: Ranked): Ranked | undefined => {
    const n = r.fact.numbers.find((x) => isMoneyText(x.text) && labelled.test(r.fact.text.slice(Math.max(0, x.start - 80), x.start)));
    return n && r.span ? { ...r, span: { ...r.span, text: n.text, start: n.start, end: n.end } } : undefined;
  };
  const close = viable.filter((r) => r !== best && r.meta.id === best.meta.id && r.span && r.score >= best.score - 0.5);
  const found = inside(best) ?? close.find(own) ?? close.map(inside).find((r) => r);
  if (found) return found;
  return /\bhow much of\b|\bspecifically\b|\bshare\b/.test(q) ? undefined : best;
}

/** What may come between a body's initials and its figure: more of its name, a bracket, a colon ("IOM Regional Office for West Africa (", "(FAO) - "). */
const LABEL_TAIL = String.raw`\b(?:\s+(?:(?:for|of|and|the|in)\s+)*\p{Lu}[\p{L}-]*){0,6}?\)?\s*[(:,–-]?`;

/** A sum of money as written: "US$ 4 million", "KRW 2 billion", "3 million euros". */
function isMoneyText(t: string): boolean {
  return /US\$|\$|€|£|¥|\b(?:KRW|USD|EUR|JPY|AUD|CAD|NZD|CNY|RMB|GBP|CHF|INR|SGD|won|dollars?|euros?|yen)\b/i.test(t);
}

/** A labelled line that sets out a project's money: "Amount: US$ 15 million", "Budget: US$ 3 million (2025-2027)". */
const AMOUNT_LABEL = /^\W{0,3}(?:Amount|Budget|Total amount|Total budget|Project budget|Project cost|Funding|Grant|Contribution|Size)\s*:/i;

/**
 * "korea afdb women entrepreneurs fund - how big": the amount the release sets out as a labelled line ("Amount: US$ 15
 * million") over a closer sentence that gives another sum ("… help women obtain about US$ 120 million in loans").
 */
function labelledAmount(a: Analysis, best: Ranked | undefined, viable: Ranked[]): Ranked | undefined {
  if (!best || a.type !== 'number' || AMOUNT_LABEL.test(best.fact.text) || !/\bhow (?:much|big|large)\b|\bworth\b|\bbudget\b|\bamount\b|\bvalue\b|\bsize\b|\bcost\b/.test(foldedQuestion(a))) return best;
  return viable.find((r) => r !== best && r.meta.id === best.meta.id && AMOUNT_LABEL.test(r.fact.text) && isMoneyText(r.span!.text) && r.score >= best.score - 0.25) ?? best;
}

/**
 * "Venue of the 2025 Korea-Africa Economic Cooperation Forum": the release's own "Venue:" line ("Venue: Eko Hotel and Suites,
 * Lagos") over a sentence that names only the city the forum is held in.
 */
function labelledVenue(a: Analysis, best: Ranked | undefined, viable: Ranked[]): Ranked | undefined {
  const venueLine = (r: Ranked): boolean => /^\W{0,3}Venues?\s*:/i.test(r.fact.text);
  if (!best || a.type !== 'where' || venueLine(best) || !/\bvenues?\b/.test(foldedQuestion(a))) return best;
  return viable.find((r) => r !== best && r.meta.id === best.meta.id && venueLine(r) && r.score >= best.score - 0.25) ?? best;
}

/** A team's size asked: "how big is the taekwondo team", "size of the relief team". */
const TEAM_SIZE_ASKED = /\b(?:how (?:big|large)|size of|what size)\b[^?]*?\b(?:team|delegation|contingent|unit|crew|group|mission|squad|troupe|corps)\b/;

/**
 * "How big is the taekwondo team going to Central America": the sentence that gives the team's size ("The 22-member team")
 * over a closer one whose figure counts something else ("300 practitioners from seven Central American countries").
 */
function teamSize(a: Analysis, best: Ranked | undefined, viable: Ranked[]): Ranked | undefined {
  if (!best?.span || a.type !== 'number' || !TEAM_SIZE_ASKED.test(foldedQuestion(a))) return best;
  const sized = (r: Ranked): boolean => /^-?\s*(?:member|strong|person|people|man)\b/i.test(r.fact.text.slice(r.span!.start + r.span!.text.length, r.span!.start + r.span!.text.length + 10));
  if (sized(best)) return best;
  return viable.find((r) => r !== best && r.meta.id === best.meta.id && sized(r) && r.score >= best.score - 0.35) ?? best;
}

/**
 * "How many Koreans were hurt in the bus crash": the verb of the count says which figure is asked. When the best
 * figure's sentence never says it ("a bus carrying 24 Korean tourists") and a close sentence of the same release
 * does ("Eleven Korean nationals were injured"), that sentence holds the count.
 */
function countsAsked(a: Analysis, best: Ranked | undefined, viable: Ranked[]): Ranked | undefined {
  if (!best || a.type !== 'number') return best;
  const q = foldedQuestion(a);
  // "how many member states does the IMO have": what something has is the figure the sentence says it has ("The IMO
  // currently has 176 Member States"), not a figure of a part of it ("the 40 Member States of the IMO Council")
  if (/\bhow many\s+(?:[\p{L}'’-]+\s+){1,4}?(?:do|does|did)\s+(?:[\p{L}'’.-]+\s+){1,5}?(?:have|has|count)\b/u.test(q)) {
    const has = (r: Ranked): boolean => {
      const at = r.fact.text.indexOf(r.span!.text);
      return at >= 0 && /\b(?:has|have|had|counts|numbers)\s+(?:(?:now|currently|today|still|already|a total of|in total|some|about|around|nearly|over|more than|almost)\s+)*$/i.test(r.fact.text.slice(Math.max(0, at - 50), at));
    };
    if (has(best)) return best;
    const other = viable.find((r) => r !== best && r.meta.id === best.meta.id && has(r) && r.score >= best.score - 0.3);
    if (other) return other;
  }
  const m = /\bhow many\s+(?:[\p{L}'’-]+\s+){1,3}?(?:were|was|are|is|have been|has been|got|get|been|went|go|gone)\s+((?:(?!(?:in|at|on|during|after|before|by|from|for|to|with|under|since|when|while|of)\b)[\p{L}'’-]+\s*){1,2})/u.exec(q)
    // ("how many ppl in the KDRT sent to nepal": the first verb after the noun counted)
    ?? /\bhow many\s+(?:[\p{L}'’-]+\s+){1,5}?((?:[a-z]{3,}ed|sent|won|left|fled|fought|flew|brought|built|drew))\b/u.exec(q);
  if (!m) return best;
  const verbs = terms(m[1]!).filter((t) => !a.countryTerms.has(t)).map((t) => new Set(synonymsOf(t)));
  if (!verbs.length) return best;
  // (a bullet speaks with its paragraph's lead: "Team size: 62 persons" under "… decided to dispatch the team")
  const says = (r: Ranked): boolean => { const st = terms(r.fact.text.length < 120 ? `${r.fact.text} ${r.fact.context}` : r.fact.text); return verbs.some((v) => st.some((t) => v.has(t))); };
  if (says(best)) return best;
  const other = viable.find((r) => r !== best && r.meta.id === best.meta.id && says(r) && r.score >= best.score - 0.3);
  // ("how many went missing in action": a count of the killed or the wounded is no count of the missing)
  if (!other && /^(?:missing|killed|dead|died|wounded|injured|hurt|captured|detained|abducted|kidnapped|rescued|evacuated|released)\b/.test(m[1]!.trim())) return undefined;
  return other ?? best;
}

/**
 * "When was the unit first sent": a sentence that says "first" ("Since it was first deployed in March 2009") holds the
 * first time; a close sentence of the same release that does not ("on January 21, 2011, the Unit rescued …") is a later one.
 */
function firstTime(a: Analysis, best: Ranked | undefined, viable: Ranked[]): Ranked | undefined {
  // (and "what year did the fellowship begin": the year it was launched, not this year's session)
  const began = /\b(?:what|which) year\b.*\b(?:begin|began|start|started|launch(?:ed)?|commenc\w*|inaugurat\w*)\b/.test(foldedQuestion(a));
  if (!best || a.type !== 'when' || !(a.ordinals.includes(1) || began)) return best;
  // ("First Vice Minister" is a title, not a first time)
  // ("the first such dialogue since the two countries elevated ties in October 2024": the first in a while is no first time)
  const firstSaid = (t: string): boolean => FIRST_WORDS.test(t.replace(/\bFirst\s+(?:Vice|Deputy|Secretary|Lady|Minister|Assistant|Lieutenant)\b/g, '').replace(/\bfirst\b(?:\s+[\p{L}'’-]+){0,4}?\s+(?:since|in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|over a)\s+(?:years?|months?|decades?))\b[^.;]*/giu, ' '));
  // (a "since" says a first time of the date it leads to, not of another date of the sentence: "… will take effect in
  // September 2023, and Brazil's law, which has been in force since September 2020")
  const says = (r: Ranked): boolean => firstSaid(r.fact.text) && (firstSaid(r.fact.text.replace(/\bsince\b/gi, ' '))
    || ((at) => at < 0 || /\bsince\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$/i.test(r.fact.text.slice(Math.max(0, at - 20), at)))(r.span ? r.fact.text.indexOf(r.span.text) : -1));
  if (says(best)) return best;
  const other = viable.find((r) => r !== best && r.meta.id === best.meta.id && says(r) && r.score >= best.score - 0.4);
  // ("when was the first Korea-Poland strategic dialogue held": a date of the dialogue that says nothing of a first is
  // the latest one's, unless its paragraph says first)
  // (… but an opening asked, "when did the delegation first open", is one the sentence that says it opened dates)
  if (!other && a.ordinals.includes(1) && /\b(?:first|1st|inaugural)\b/.test(foldedQuestion(a)) && !firstSaid(best.fact.context)
    && !(/\bfirst\s+open/.test(foldedQuestion(a)) && /\bopen(?:ed|ing)\b/i.test(best.fact.text))) return undefined;
  return other ?? best;
}
const FIRST_WORDS = /\b(?:first|1st|inaugural|initially|launched|established|founded|since)\b/i;

/**
 * "Since when has Korea sat in Category A": the date a close sentence of the same release puts after "since" ("elected to
 * Category A twelve consecutive times since 2001") over the date of the latest term.
 */
function sinceOne(a: Analysis, best: Ranked | undefined, viable: Ranked[]): Ranked | undefined {
  if (!best?.span || a.type !== 'when' || !askedOnce(a).sinceAsked) return best;
  const since = (r: Ranked): boolean => /\bsince\s+(?:the\s+)?$/i.test(r.fact.text.slice(Math.max(0, r.span!.start - 12), r.span!.start));
  if (since(best)) return best;
  return viable.find((r) => r !== best && r.meta.id === best.meta.id && since(r) && r.score >= best.score - 0.3) ?? best;
}

/**
 * The answer at the precision another close sentence gives it: "2013" when a close sentence dates the same year to the
 * month ("granted observer status … in May 2013"), "Texas" when the release names the city there ("Venue: Austin, Texas").
 */
function finer(a: Analysis, best: Ranked | undefined, viable: Ranked[]): Ranked | undefined {
  if (!best?.span) return best;
  if (a.type === 'where') {
    const place = fold(best.span.text);
    // (a place before it, of the same release: "Austin, Texas" refines "Texas", "Yongsan, Seoul" refines "Seoul")
    return viable.find((r) => r !== best && r.meta.id === best.meta.id && r.score >= best.score - 0.45
      && ((t) => t.endsWith(`, ${place}`) && /^\p{L}[\p{L}\s.'’-]{1,40}$/u.test(t.slice(0, -place.length - 2)))(fold(r.span!.text))) ?? best;
  }
  if (a.type !== 'when') return best;
  const dateOf = (r: Ranked) => r.fact.dates.find((d) => d.start === r.span!.start && d.end === r.span!.end);
  const year = dateOf(best);
  if (!year || year.until || year.qualifier) return best;
  // ("the 2+2 Meeting in October 2016", cited from a later release: the release of that month that dates it "on October 19")
  if (year.precision === 'month' && !year.yearInferred) {
    return viable.find((r) => {
      const d = r === best ? undefined : dateOf(r);
      return !!d && d.precision === 'day' && !d.until && !d.qualifier && d.value.slice(0, 7) === year.value && r.score >= best.score - 0.3;
    }) ?? best;
  }
  if (year.precision !== 'year') return best;
  // (a single month or day of that year, written with its year: not a range)
  // (a day whose year the release date supplies only when it is nearly as good: "signed a loan agreement … on May 24" in a
  // release of 2016 refines "(loan agreement signed in 2016)")
  return viable.find((r) => {
    const d = r === best ? undefined : dateOf(r);
    if (!d || d.precision === 'year' || d.until || d.qualifier || d.value.slice(0, 4) !== year.value) return false;
    return d.yearInferred ? r.meta.id === best.meta.id && r.score >= best.score - 0.15 : r.score >= best.score - 0.3;
  }) ?? best;
}

/** A sentence about what is yet to happen. */
const FUTURE = /\b(?:will|plans?|planned|planning|to be|agreed to|expected|scheduled|under way|underway|aims?|intends?|next|invited|invitation|proposed|would)\b/i;

/** A question about what is yet to happen: "where will next year's conference be held", "when is the team due back". */
const FUTURE_ASKED = /\b(?:will|next|upcoming|scheduled|due|going to)\b/;

/** A sentence without the clause that says an event it names is going on: "at the conference, which is under way in
 * Bucharest" (what is under way has begun; what the sentence reports of it has happened). */
function withoutOngoing(text: string): string {
  return text.replace(/,?\s*(?:which|that) (?:is|are) (?:now |currently )?(?:under ?way|ongoing|in progress)\b/gi, '');
}

/** Answers one question over the index. Never throws for user input. */
export function answerQuestion(index: FactIndex, rawQuestion: string, options: Partial<AnswerOptions> = {}): Reply {
  const opts = { ...DEFAULT_ANSWER_OPTIONS, ...options };
  const question = cleanInput(rawQuestion);
  if (!question || !/[\p{L}\p{N}]/u.test(question)) {
    return { kind: 'text', tone: 'error', text: 'Ask a question about the releases, e.g. "when did ROK–Kazakhstan strategic partnership start?"' };
  }
  if (question.length > MAX_QUESTION_CHARS) {
    return { kind: 'text', tone: 'error', text: `That question is ${question.length} characters long; please keep it under ${MAX_QUESTION_CHARS}.` };
  }
  const a = analyzeQuestion(correctTypos(question, index));
  if (!a.terms.length) return abstain(a, question, 'no_match', [], 'The question has no words the releases could match; ask about a country, a person, a meeting or an event.');

  // ("how much is seoul giving rabat": a capital standing for its government retrieves what names the country)
  const capitals = findCountriesTyped(a.text).filter((c) => isCapital(c.text) && /^[A-Z]{3}$/.test(c.code) && c.code !== 'KOR').map((c) => countryName(c.code));
  const hits = index.retrieve(capitals.length ? `${a.text} ${capitals.join(' ')}` : a.text, opts.candidates);
  if (!hits.length) return abstain(a, question, 'no_match', []);
  const cache = releaseCache(index);
  const top = hits[0]!.score;
  const ranked: Ranked[] = hits.map((h) => {
    const fact = index.facts[h.id]!;
    const meta = index.byRelease.get(fact.release)!;
    const cov = coverage(index, a, fact, meta, cache);
    // slots are checked only where they can matter: a fact that covers the question well enough to answer it
    const mismatch = cov < opts.minCoverage ? null : slotMismatch(a, fact, meta, index, cache);
    // spans only where they can matter: a fact that could answer (the others only order the closest facts)
    const spans = mismatch || cov < opts.minCoverage ? [] : spanCandidates(a, fact, meta).sort((x, y) => y.score - x.score);
    const span = spans[0] ?? null;
    const run = phraseRun(a, fact, meta);
    // (for a person the span says most: the right nationality and post, or an unknown one)
    const score = cov + 0.1 * (h.score / top) + (span ? (a.type === 'who' ? 0.5 : a.type === 'thing' ? 0.4 : 0.25) * Math.min(1, span.score) : 0) + Math.min(0.24, 0.08 * Math.max(0, run - 1));
    return { fact, meta, coverage: cov, mismatch, span, score };
  }).sort((x, y) => y.score - x.score);

  opts.trace?.(ranked);
  // a named thing without its head noun nearby is a guess: it needs a stronger span than other types
  const minSpan = a.type === 'thing' || a.type === 'reason' ? opts.minThingSpan : a.type === 'who' ? -0.15 : a.type === 'number' ? 0.2 : -Infinity;
  const viable = ranked.filter((r) => !r.mismatch && r.span && r.coverage >= opts.minCoverage && r.span.score >= minSpan);
  // the best agreed candidate, then each re-pick in turn: a close candidate that fits what the question asks better
  const best = [koreasOwn, labelledAmount, labelledVenue, countsAsked, teamSize, countrysShare, bodysShare, firstTime, nextOne, totalOne, oneDay, wholeStay, sinceOne, finer]
    .reduce((b: Ranked | undefined, pick) => pick(a, b, viable), agreed(viable));
  if (!best || !best.span) {
    const why = ranked.find((r) => r.coverage >= opts.minCoverage);
    return abstain(a, question, !why ? 'no_match' : why.mismatch ? 'slot_mismatch' : 'no_span', ranked);
  }
  // the sentence that matches the question far better than the answer's, and holds no answer (it speaks of a plan, or
  // of the thing without the fact asked), says the releases do not state it: a weak match elsewhere is a guess
  const closest = ranked.find((r) => !r.mismatch);
  if (closest && closest !== best && !closest.span && closest.coverage >= 0.85 && closest.coverage - best.coverage >= 0.2 && closest.meta.id === best.meta.id
    && FUTURE.test(withoutOngoing(closest.fact.text))) return abstain(a, question, 'no_span', ranked);
  // (closer still when the question asks what is to come and the answer's sentence tells what has happened: "where will next
  // year's conference be held" — "… including at next year's conference", not "the 2023 conference … in London")
  if (closest && closest !== best && !closest.span && closest.coverage >= 0.85 && closest.coverage - best.coverage >= 0.08 && closest.meta.id === best.meta.id
    && FUTURE_ASKED.test(foldedQuestion(a)) && FUTURE.test(withoutOngoing(closest.fact.text)) && !FUTURE.test(withoutOngoing(best.fact.text))
    // (not a line that sentence leads: "A handover ceremony … will be held as follows:" — "Venue: Noi Bai International Airport")
    && best.fact.context !== closest.fact.text) return abstain(a, question, 'no_span', ranked);
  // (… and a weak match in another release is a guess when one release speaks of the question far better and gives no answer:
  // "the ROK's assessment rate for 2025-2027" is not "About 52 percent of them", a figure of another release)
  if (closest && closest !== best && !closest.span && closest.coverage >= 0.9 && closest.coverage - best.coverage >= 0.2 && closest.meta.id !== best.meta.id) return abstain(a, question, 'no_span', ranked);
  // (… and so in the same release, when the answer's sentence is far from the one that speaks of the question: "the 3rd …
  // Ministerial in Lima, which brought together ministers of member countries" is not counted by "launched in 2016 with 31
  // countries"; a sentence right after it may give its detail)
  if (closest && closest !== best && !closest.span && closest.coverage >= 0.95 && closest.coverage - best.coverage >= 0.3 && closest.meta.id === best.meta.id && Math.abs(closest.fact.n - best.fact.n) > 2) return abstain(a, question, 'no_span', ranked);
  // "how many visitors did the festival draw in Krakow": a place the release names only in a plan ("plans to expand the
  // festival to Kraków in 2025") has had no figure yet; the figure of a sentence that does not name it is another place's
  // (a place's name, not the initials of a meeting: "at the JEC")
  // (a capital too: "When did the King Sejong Institute in Lusaka open" — "An institute in Lusaka … is scheduled to open")
  const capitalsTyped = findCountriesTyped(a.question).filter((c) => isCapital(c.text) && c.code !== 'KOR').map((c) => fold(c.text));
  const plannedPlace = [...a.names, ...capitalsTyped].find((n) => n.length >= 4 && !a.initialisms.includes(n) && !new RegExp(`\\b${n.toUpperCase()}\\b`).test(a.question)
    && new RegExp(`\\b(?:in|at|to)\\s+${n}\\b`).test(foldedQuestion(a)));
  if (plannedPlace && !fold(`${best.fact.text} ${best.fact.context}`).includes(plannedPlace)) {
    const naming = index.factsOf(best.meta.id).filter((f) => fold(f.text).includes(plannedPlace));
    // (not the words of a quoted theme: "under the theme 'Together Toward the Next 60'" is no plan)
    if (naming.length && naming.every((f) => FUTURE.test(f.text.replace(/["“][^"”]*["”]/g, ' ')))) return abstain(a, question, 'no_span', ranked);
  }
  // "where was the 1st X held": the sentence that names the 1st X and says nothing of the place asked ("plans to hold
  // the first X in the second half of the year") outranks a sentence about another, numbered meeting
  if (a.ordinals.length) {
    const named = (r: Ranked): boolean => a.ordinals.every((o) => meetingOrdinals(r.fact.text).includes(o));
    const top = ranked.find((r) => !r.mismatch && r.coverage >= 0.8);
    // (unless a figure is asked, the answer's release is about that one and the answer numbers no other: "Korea Pledges
    // US$8 Million at 8th Brussels Conference" — "In her statement, … Korea will provide US$8 million")
    const ownRelease = a.type === 'number' && top?.meta.id === best.meta.id && a.ordinals.every((o) => findOrdinals(best.meta.title).includes(o)) && !meetingOrdinals(best.fact.text).length
      // (… and dates nothing to an earlier year: "※ The 2024 Korea-Pacific Islands Summit … 18 Pacific countries attended")
      // (its paragraph's lead included: "Leaders and delegations from 18 Pacific countries attended")
      && !!best.meta.date && ![...`${best.fact.text} ${best.fact.context}`.matchAll(/\b(?:19|20)\d{2}\b/g)].some((m) => m[0] < best.meta.date!.slice(0, 4));
    // (… but the figure of the sentence its paragraph leads with, which numbers no other meeting, is that meeting's: "… was
    // re-elected at the 33rd session of the IMO Assembly" — "The ROK received 146 votes …")
    const ledBy = !!top && best.fact.release === top.fact.release && best.fact.context === top.fact.text && !FUTURE.test(withoutOngoing(top.fact.text))
      && !meetingOrdinals(best.fact.text).length;
    if (top && top !== best && !top.span && named(top) && !named(best) && top.score >= best.score - 0.02 && !ownRelease && !ledBy) return abstain(a, question, 'no_span', ranked);
  }
  // ("who did cho hold talks with": two releases that answer the question as well, each with another person, leave it open —
  // a guess between them is as likely wrong as right)
  if (a.type === 'who' && best.coverage >= 0.95) {
    const rival = viable.find((r) => r !== best && r.meta.id !== best.meta.id && r.span && r.coverage >= best.coverage - 0.02 && r.score >= best.score - 0.05
      && !fold(r.span.text).split(/\s+/).some((w) => w.length > 2 && fold(best.span!.text).split(/\s+/).includes(w)));
    if (rival) return abstain(a, question, 'ambiguous', ranked, 'Several releases answer this, each with someone else; name the meeting, the date or the country to choose one.');
  }
  // releases that disagree on a historical date (the relation or act asked, stated by both) are shown side by side
  const conflict = rivalDate(a, best, viable);
  if (conflict) {
    const both = [best, conflict].sort((x, y) => (x.meta.date ?? '').localeCompare(y.meta.date ?? ''));
    return {
      kind: 'conflict',
      question,
      message: 'The releases disagree on this; here is what each of them says.',
      answers: both.map((r) => ({ answer: r.span!.text, source: sourceOf(r.fact, r.meta) })),
      confidence: Math.max(0, Math.min(1, Math.min(best.coverage, conflict.coverage) * 0.8)),
    };
  }
  // several releases state it: a historical fact is cited from the earliest, one that can change from the latest
  const same = viable.filter((r) => fold(r.span!.text) === fold(best.span!.text) && r.score >= best.score - 0.15);
  const byDate = (x: Ranked, y: Ranked): number => (x.meta.date ?? '9999').localeCompare(y.meta.date ?? '9999');
  const lead = best.span.changeable ? best : [...same].sort(byDate)[0] ?? best;
  const others = viable.filter((r) => r !== lead && r.meta.id !== lead.meta.id && fold(r.span!.text) === fold(best.span!.text));
  const sources = [sourceOf(lead.fact, lead.meta), ...others.slice(0, 2).map((r) => sourceOf(r.fact, r.meta))];
  const reply: AnswerReply = {
    kind: 'answer',
    question,
    answer: best.span.text,
    evidence: lead.fact.text,
    sources,
    confidence: Math.max(0, Math.min(1, best.coverage * 0.8 + Math.min(1, best.span.score) * 0.2)),
    notes: lead.meta.dateSource === 'inferred' ? ['Release date inferred from its text.'] : [],
    ...(best.span.changeable && best.meta.date ? { asOf: best.meta.date } : {}),
  };
  return reply;
}
