/** Candidate answer spans of each type in one fact, scored by how well they fit the question. */
import { findCountries, findCountriesTyped, countryName, isCapital, isDemonym } from '../facts/countries.js';
import { findPeople, koreanForm } from '../facts/people.js';
import { ACT_EVENTS, eventPositions, eventSpans, findEvents, RELATION_EVENTS } from '../facts/events.js';
import { findAcronyms, findThings, LABELLED_TITLE, namesItsParties } from '../facts/things.js';
import { findNumbers, MONEY_UNIT } from '../facts/numbers.js';
import type { Fact } from '../facts/types.js';
import { expandAbbreviations, fold, nounTerms, sliceTerms, stopWords, synonymsOf, terms } from '../search/terms.js';
import { isEnglishWord } from '../search/english.js';
import type { ReleaseMeta } from '../search/fact-index.js';
import { findOrdinals, foldedQuestion, foldedText, kinds, SOURCE_CITED, VOTE_MANNER_ASKED, type Analysis } from './analyze.js';

export interface SpanCandidate {
  text: string;
  start: number;
  end: number;
  /** 0..1: fit to the question (type details, closeness to the words the question shares with the fact). */
  score: number;
  /** The answer can change over time (a post, a figure): reply says "as of". */
  changeable?: boolean;
  /** A figure the text gives as a total ("a total of 470", "worth a combined US$ 27 million"). */
  total?: boolean;
}

/**
 * "… held the 11th Korea-Mexico Policy Consultation, the first since the 10th Consultation held in Seoul in November 2019":
 * when a sentence numbers two or more meetings and one is asked, a date, place or figure belongs to the stretch from that
 * meeting's number to the next number (and, for the first one named, what comes before it too).
 */
function editionOf(a: Analysis, text: string): (x: { start: number }) => boolean {
  if (!a.ordinals.length) return () => true;
  const said = [...text.matchAll(MEETING_NUMBER)].map((m) => ({ at: m.index!, n: findOrdinals(m[1]!)[0] }));
  if (new Set(said.map((x) => x.n)).size < 2) return () => true;
  const i = said.findIndex((x) => x.n !== undefined && a.ordinals.includes(x.n));
  if (i < 0) return () => true;
  // (meetings named together, no verb between, share what follows: "the 46th ATCM and the 26th meeting of the CEP, which
  // were held in Kochi")
  const joined = (j: number): boolean => j > 0 && j < said.length && /^[^.;]{0,80}?\s(?:and|as well as)\s+(?:the\s+|its\s+)?$/.test(text.slice(said[j - 1]!.at, said[j]!.at)) && !/\b(?:since|after|following|before|preceding|was|were|is|are|will|held|took|hosted)\b/i.test(text.slice(said[j - 1]!.at, said[j]!.at));
  let first = i, last = i;
  while (joined(first)) first--;
  while (joined(last + 1)) last++;
  const from = first === 0 ? 0 : said[first]!.at;
  const to = said[last + 1]?.at ?? text.length;
  return (x) => x.start >= from && x.start < to;
}

/** A meeting's number: an ordinal with a meeting's noun within its next words ("the 10th Consultation", "the 2nd round"). */
const MEETING_NUMBER = /\b(\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b(?=(?:\s+[\p{L}'’-]+){0,5}?\s+(?:meeting|consultations?|dialogue|forum|session|summit|conference|round|talks|commission|committee|plenary)\b)/giu;

/**
 * "… with Unit 1 to begin commercial operation in 2035 and Unit 2 in 2036": when the question names a numbered unit, phase
 * or line, a date or figure belongs to the one written nearest before it.
 */
function labelledFor(a: Analysis, text: string): (x: { start: number }) => boolean {
  const asked = /\b(unit|phase|line|block|stage|tranche|lot|batch|reactor)\s+(\d{1,3}|[ivx]{1,4})\b/i.exec(a.question);
  if (!asked) return () => true;
  const want = asked[2]!.toLowerCase();
  const labels = [...text.matchAll(new RegExp(`\\b${asked[1]}\\s+(\\d{1,3}|[IVXivx]{1,4})\\b`, 'gi'))].map((m) => ({ at: m.index!, n: m[1]!.toLowerCase() }));
  if (labels.length < 2 || !labels.some((l) => l.n === want)) return () => true;
  return (x) => { const before = labels.filter((l) => l.at < x.start).pop(); return !before || before.n === want; };
}

/**
 * "Lim, Park and Cho, held in North Korea since 2013, 2014 and 2016 respectively": when a sentence pairs two lists with
 * "respectively", the date or figure at the place the person or country asked holds in the first list is theirs, and
 * the others of the second list are not.
 */
function respectively(own: ReturnType<typeof respectiveOwn>): (x: { start: number; end: number }) => boolean {
  if (!own) return () => true;
  return (x) => x.start < own.after || x.end > own.at || (x.start === own.start && x.end === own.end);
}

/** The date or figure "respectively" gives the person or country asked, with the bounds of its list. */
function respectiveOwn(a: Analysis, fact: Fact): { start: number; end: number; after: number; at: number } | undefined {
  const at = /\brespectively\b/i.exec(fact.text)?.index;
  if (at === undefined) return undefined;
  // (the people of the list itself: "Mr. Kim (Mr. Choi and Mr. Ko were detained in October 2014 and December 2014,
  // respectively)" — as many as the values after them, the last ones named)
  const named = fact.people.filter((p) => p.end <= at);
  const last = named.length ? named[named.length - 1]!.end : 0;
  const count = [...fact.dates, ...fact.numbers].filter((x) => x.start >= last && x.end <= at).length;
  const people = count > 1 && named.length > count ? named.slice(-count) : named;
  const countries = findCountries(fact.text.slice(0, at)).filter((c) => /^[A-Z]{3}$/.test(c.code) && c.code !== 'KOR');
  const byPerson = people.findIndex((p) => a.names.some((n) => fold(p.name).split(/[\s-]+/).includes(n)));
  const byCountry = countries.findIndex((c) => a.countries.includes(c.code));
  const [index, list] = byPerson >= 0 && people.length > 1 ? [byPerson, people] : byCountry >= 0 && countries.length > 1 ? [byCountry, countries] : [-1, []];
  if (index < 0) return undefined;
  const after = Math.max(...list.map((x) => x.end));
  const values = [...fact.dates, ...fact.numbers].filter((x) => x.start >= after && x.end <= at).sort((x, y) => x.start - y.start);
  if (values.length !== list.length) return undefined;
  return { start: values[index]!.start, end: values[index]!.end, after, at };
}

/** A year the question gives as a bound ("before 2024", "after 2018"), not as the year of what it asks. */
function bounded(a: Analysis, d: { text: string }): boolean {
  const q = foldedQuestion(a);
  const at = q.indexOf(fold(d.text));
  return at > 0 && /\b(?:before|prior to|earlier than|after|later than)\s+(?:the\s+end\s+of\s+|(?:his|her|their|its)\s+)?$/.test(q.slice(0, at));
}

/** Years in brackets: "(1890-1962)". */
const LIFESPAN = /^\(\d{4}\s*[-–]\s*\d{4}\)$/;
const LIFE_ASKED = /\b(?:born|birth|died|death|dies|die|lived|life|lifetime|lifespan|passed away)\b/;

/** The word of a post that holds it: "Minister", "Ambassador" ("Foreign Service Examination" has none). */
const TITLE_HEAD = /\b(?:President|Minister|Premier|Secretary|Ambassador|Envoy|Representative|Director|Chairman|Chairperson|Speaker|King|Queen|Mr|Ms|Dr|H\.E|Counsell?or|Chancellor|Governor|Commissioner|Spokesperson|Consul)\b/;
const TITLE_START = /^(?:President|Minister|Prime|Deputy|Vice|Foreign|Secretary|Ambassador|Director|Chairman|Speaker|King|Queen|Mr|Ms|Dr|H\.E)\b/;

/** True when a span overlaps a person, a date or a number of the fact: it is not a place or a thing. */
function occupied(fact: Fact, start: number, end: number, name = false): boolean {
  const hit = (x: { start: number; end: number }): boolean => start < x.end && end > x.start;
  // a name may end with its year ("Global Ports Forum on Africa 2019", "Expo 2035")
  const yearInName = (d: { precision: string; start: number }): boolean => name && d.precision === 'year' && d.start > start;
  // (… or a number joined by a slash to another, an identifier: "Regulation (EU) 2021/821", "resolution 2231/2015")
  const slashed = (x: { start: number; end: number }): boolean => name && x.start > start && (/\d\/$/.test(fact.text.slice(Math.max(0, x.start - 2), x.start)) || /^\/\d/.test(fact.text.slice(x.end, x.end + 2)));
  return fact.people.some(hit) || fact.dates.some((d) => hit(d) && !yearInName(d) && !slashed(d)) || fact.numbers.some((n) => hit(n) && !/^\d{2,3}(?:st|nd|rd|th)/.test(n.text) && !(name && /^\d{4}$/.test(n.text)) && !slashed(n));
}

/** A country's own currency, by its code: an amount in it is that country's, not Korea's. */
const FOREIGN_CURRENCY: Record<string, string> = { CAD: 'CAN', AUD: 'AUS', NZD: 'NZL', JPY: 'JPN', GBP: 'GBR', CNY: 'CHN', RMB: 'CHN', INR: 'IND', SGD: 'SGP', HKD: 'HKG' };

/** The stems of the verbs of acts, which every item of a list shares: "joined", "signed". */
const ACT_WORD = /^(?:join|sign|ratifi|adopt|launch|establish|open|held|hold|becam|becom|accede|acced)/;

/** A place after "in", "at", "to", "from" …, and a sentence that opens on its place and day: "In San José on September 16, …". */
const PLACE = /(?:^In(?=\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:,\s+\p{Lu}[\p{L}'’.-]*)?,?\s+on\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d))|\b(?:in|at|to|from|into|toward|towards|near|on(?=\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*\s+(?:Island|Islands|Isle|Peninsula)\b)))\s+((?:the\s+)?(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern\s+(?=\p{Lu})|central\s+(?=\p{Lu}))?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of(?:\s+the)?|(?<=(?:Centre|Center|Institute|Museum|Academy|School|College|University|Hall)\s)for(?:\s+the)?|(?<=\b(?:Mission|Delegation)\s(?:[^,.;()]{0,60}\s)?)to(?:\s+the)?|de|des|du|di|del|della|delle|dello|degli|dei|es|el|al|la|da|do|dos|das|van|von|der|den)(?=\s+\p{Lu}|$|[\s,.;:)]))*(?:\s+and\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:Centre|Center|Hall|Complex|Park|Museum|Stadium|Palace|Arena|Theatre|Theater|Gardens?))?(?:,\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of))*)?)/gu;
const EVENT_END = /\b(?:Meeting|Event|Summit|Forum|Dialogue|Council|Assembly|Conference|Session|Talks|Ministry|Committee|Government|Congress|Initiative|Partnership|Agreement|Plan|Act|Affairs|War|Games|Olympics|Cup)\b/;
/** "War" in the name of a place that remembers one ("National War Memorial Park", "War Cemetery", "War Museum"), and an event's
 * word in the name of a building for them ("Accra International Conference Centre", "Assembly Hall"). */
const WAR_SITE = /\bWar\s+(?=(?:Memorial|Cemetery|Museum|Veterans)\b)|\b(?:Conference|Convention|Congress|Assembly|Summit|Government)\s+(?=(?:Cent(?:er|re)|Hall|Palace|House|Building|Complex|Venue)\b)/g;
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s|$)/;

/** The rest of a vote's tally after its first figure: " votes in favour, none against, and one abstention". */
const TALLY_AFTER = /^\s+(?:votes?\s+)?in\s+favou?r(?:,?\s+(?:and\s+)?(?:none|no|zero|one|two|three|four|five|\d+)\s+(?:votes?\s+)?against)?(?:,?\s+(?:and\s+)?(?:none|no|zero|one|two|three|four|five|\d+)\s+abstentions?)?/i;

/** A post just before "at the …": what follows is where its holder works ("Head of International Relations at the …"). */
const AFFILIATION_BEFORE = /\b(?:Head|Director(?:-General)?|Chief|Professor|Researcher|Fellow|Advis[eo]r|Officer|Counsell?or|Dean|Lecturer|Scientist|Analyst|Economist)(?:\s+(?:of|for)(?:\s+(?:\p{Lu}[\p{L}-]*|and|the|of)){1,6})?\s+at\s+(?:the\s+)?$/u;

/** The question asks what Korea gives: "how much will Seoul contribute", "how much is korea giving" (not "korea-japan"). */
function koreaGives(a: Analysis): boolean {
  return once(a, 'koreaGives', () => /\b(?:will|did|does|is|has|had|would|should)\s+(?:the\s+)?(?:rok|korea|south korea|s\.?\s*korea|seoul|korean government)\s+(?!(?:and|&|-)\b)(?:[a-z]+\s+)?(?:give|giving|gave|given|contribute|contributing|contributed|put|putting|provide|providing|provided|pay|paying|paid|pledge|pledging|pledged|spend|spending|spent|fund|funding|funded|chip|offer|offering|offered|donate|donating|donated|commit|committing|committed)\b/.test(foldedQuestion(a))
    || /\b(?:rok|korea|seoul)['’]s\s+(?:own\s+)?(?:share|part|contribution|portion|input)\b/.test(foldedQuestion(a)));
}

const PART_OF_WHOLE = /(\d[\d,.]*)\s+of\s+the\s+(?:approximately\s+|about\s+|some\s+|around\s+|nearly\s+|over\s+|more than\s+)?(\d[\d,.]*)\s+(?:[\p{L}-]+\s+){0,3}?(?:who|that|which)\s+([^,;]{3,90}?)\s+(?:have|has|had|were|was|are|is|will)\s+([^,;.]{3,80})/gu;

/** "N of the M … who <relative> have <predicate>": +0.5 for the figure whose verb the question asks, −0.5 for the other. */
function partOrWhole(a: Analysis, text: string, n: { start: number; end: number }): number {
  if (!/\d\s+of\s+the\s/.test(text)) return 0;
  for (const m of text.matchAll(PART_OF_WHOLE)) {
    const partEnd = m.index! + m[1]!.length;
    const wholeEnd = m.index! + m[0].indexOf(m[2]!, m[1]!.length) + m[2]!.length;
    if (n.end !== partEnd && n.end !== wholeEnd) continue;
    const asked = a.terms.filter((t) => !a.countryTerms.has(t) && !/^\d/.test(t));
    const inRelative = asked.some((t) => sliceTerms(m[3]!).includes(t));
    const inPredicate = asked.some((t) => sliceTerms(m[4]!).includes(t));
    if (inRelative === inPredicate) return 0;
    return (n.end === partEnd) === inPredicate ? 0.5 : -0.5;
  }
  return 0;
}

/** A candidate asked by a people's name, not Korea's: "how many votes did the Thai candidate receive". */
function rivalAsked(a: Analysis): string | undefined {
  return once(a, 'rivalAsked', () => {
    const m = /\b(?:the|a)\s+([a-z]+(?:\s+[a-z]+)?)\s+(?:candidate|candidates|nominee|contender|rival|challenger|runner-up)\b/.exec(foldedQuestion(a));
    const c = m ? findCountriesTyped(m[1]!).find((x) => x.text.length === m[1]!.length) : undefined;
    return c && /^[A-Z]{3}$/.test(c.code) && c.code !== 'KOR' && isDemonym(m![1]!) ? c.code : undefined;
  });
}

/** The country a part is asked for, of several the question names: "… for Türkiye and Syria is earmarked for Syria". */
function partFor(a: Analysis): string | undefined {
  return once(a, 'partFor', () => {
    if (a.countries.filter((c) => /^[A-Z]{3}$/.test(c) && c !== 'KOR').length < 2) return undefined;
    const m = /\b(?:earmarked|allocated|set aside|reserved|destined|going|goes|go|given|provided|channell?ed)\s+(?:for|to)\s+(?:the\s+)?([a-z][a-z'’ -]{2,30}?)\s*(?:specifically|alone|only)?\s*[?.!]*$/.exec(foldedQuestion(a));
    const c = m ? findCountriesTyped(m[1]!).find((x) => x.start === 0 && x.text.length === m[1]!.length) : undefined;
    return c && /^[A-Z]{3}$/.test(c.code) ? c.code : undefined;
  });
}

/** A labelled line's place: "Venue: Busan", or "…Camp: Jeju, October 17 to 21" (the place, then its date). */
const LABELLED_PLACE = /(?:^|[;/]\s*)([^:;,/]{3,60}?)\s*:\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})(,\s+(?:from\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))?/gu;

/** A line labelled with a thing, perhaps numbered, and what it is: "Session 2: Flag registries …", "Session 1 (10:00-11:30): "…"". */
const LABELLED_THING = /^((?:\p{L}[\p{L}-]*\s+){0,2}?\p{L}[\p{L}-]*(?:\s+\d{1,2})?)(?:\s*\([^()]{0,40}\))?\s*:\s*["“]?(\p{L}(?:\([A-Z][A-Za-z]{1,8}\)|[^"”();]){3,120}?)["”]?\s*(?:\((?![A-Z][A-Za-z]{1,8}\))|;|$)/u;

/** A figure's unit that is a currency, whole: "US$", "CHF", "won" (not the "eur" of "entrepreneurs" or "European countries"). */
const MONEY_UNIT_WHOLE = new RegExp(`^(?:${MONEY_UNIT.source})$`, 'i');

/** Capitalized words that name matters, not places: "… Assistance in Criminal Matters", "in Force", "in Principle". */
const NOT_PLACE_WORDS = /\b(?:Matters|Law|Rights|Principle|Force(?!\s+(?:Base|Station)\b)|Trade|Investment|Science|Technology|Development|Protection|Assistance|Security|Education|Culture|Health|Energy|Research|Cooperation|Relations|Policy|Charge|Brief|Total|(?<!Consulate[- ])General)\b|\b(?:Service|Agency|Corporation|Foundation|Administration|Authority|Convention|Treaty|Protocol|Program|Programme|Project|Scholarships?)$/;


/** Positions in the fact where question terms (or their synonyms) occur. */
export function anchors(a: Analysis, text: string): number[] {
  let wanted = wantedTerms.get(a);
  if (!wanted) { wanted = new Set(a.terms.flatMap((t) => synonymsOf(t))); wantedTerms.set(a, wanted); }
  const out: number[] = [];
  for (const [pos, t] of wordTerms(text)) if (wanted.has(t)) out.push(pos);
  return out;
}

const perQuestion = new WeakMap<Analysis, Map<string, unknown>>();

/** A value read from the question alone, computed once per question rather than once per fact. */
function once<T>(a: Analysis, key: string, compute: () => T): T {
  let memo = perQuestion.get(a);
  if (!memo) { memo = new Map(); perQuestion.set(a, memo); }
  if (!memo.has(key)) memo.set(key, compute());
  return memo.get(key) as T;
}

/** The words of the noun a "what" question asks, before its verb: "what two-thirds majority threshold did …". */
function askedHead(a: Analysis): string[] {
  return once(a, 'askedHead', () => sliceTerms(/^(?:what|which)\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:did|does|do|is|was|were|are|will|has|had)\b/.exec(foldedQuestion(a))?.[1] ?? ''));
}

/** Which side of a change a question asks ("the new threshold", "the rate before the amendment"), read once per question. */
function arrowSide(a: Analysis): 'new' | 'old' | undefined {
  return once(a, 'arrowSide', () => {
    const q = foldedQuestion(a);
    return /\b(?:new|amended|revised|raised|lowered|after the (?:amendment|revision|change))\b/.test(q) ? 'new' as const
      : /\b(?:old|previous|former|original|before the (?:amendment|revision|change))\b/.test(q) ? 'old' as const : undefined;
  });
}

const wantedTerms = new WeakMap<Analysis, Set<string>>();
const wordTermCache = new Map<string, Array<[number, string]>>();

/** Offsets and terms of a text's words, kept: fact sentences are read again by every question. */
function wordTerms(text: string): Array<[number, string]> {
  let out = wordTermCache.get(text);
  if (!out) {
    out = [];
    for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
      const t = terms(m[0])[0];
      if (t) out.push([m.index!, t]);
    }
    if (wordTermCache.size > 50_000) wordTermCache.clear();
    wordTermCache.set(text, out);
  }
  return out;
}

/** Units that measure rather than count or pay: a trade or aid figure may be in these. */
/** The clause after a figure says its people live somewhere, or that they went there: a stock and a flow are not one figure. */
const LIVE_AFTER = /^[^,;.()]*?\b(?:live|lives|living|lived|reside|resides|residing|resident|settled)\b/;
const VISIT_AFTER = /^[^,;.()]*?\b(?:visited|visit|visiting|travell?ed|travell?ing|arrived|came|toured|went)\b/;

/** A sentence that ranks something below the top: "ranked 3rd in the world". */
const LOWER_RANK = /\b(?:ranked|ranks|placed|came|finished)\s+(?:(?:[2-9]|\d\d+)(?:nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i;

/** Where a question says someone went: "when did the team return to Seoul". */
const DEST_ASKED = /\b(?:return(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?|come back|came back|get back|got back|fly|flew|travel\w*|go|went|head(?:s|ed)?)\s+(?:back\s+|home\s+)?(?:to|in|at|into)\s+(.+)$/;

/** The countries of the place a clause says someone reached just before a date: "which arrived in Guam on August 29", "who
 * visited Busan on March 6". */
function destinationBefore(text: string, start: number): string[] {
  const m = /\b(?:(?:arrived|returned|landed|came back|got back|flew|travell?ed|went|headed)\s+(?:back\s+)?(?:home\s+)?(?:to|in|at|into)|visited|visiting)\s+([^,;]{2,40}?)\s+(?:on|in|from)\s*$/.exec(text.slice(Math.max(0, start - 70), start));
  return m ? findCountries(m[1]!).map((c) => c.code) : [];
}

/** True when the words spell out initials: "AU" in "of the African Union Commission". */
function spelledOut(initials: string, text: string): boolean {
  if (initials.length < 2) return false;
  const words = [...text.matchAll(/\p{Lu}[\p{L}-]*/gu)].map((m) => m[0][0]!);
  const want = initials.toUpperCase();
  for (let i = 0; i + want.length <= words.length; i++) if (words.slice(i, i + want.length).join('') === want) return true;
  return false;
}

/**
 * The words a figure's part in brackets gives that the other parts do not: in "(US$8 million for Sudan and US$4 million for
 * Sudanese refugees in Chad)" the second's are refugees and Chad, the first has none; in "(US$1.2 million for Mozambique and
 * US$800,000 for Malawi)" each has its country.
 */
function breakdownTerms(text: string, start: number): Set<string> {
  const open = text.lastIndexOf('(', start);
  const close = text.indexOf(')', start);
  const parts = text.slice(open + 1, close < 0 ? undefined : close).split(/\s+and\s+(?=(?:US\$|\$|€|£|KRW|USD|EUR|\d))|[;,]\s*(?=(?:and\s+)?(?:US\$|\$|€|£|KRW|USD|EUR|\d))/);
  let at = open + 1;
  const own: string[][] = [];
  let mine = -1;
  for (const part of parts) {
    const from = text.indexOf(part, at);
    if (from <= start && start < from + part.length) mine = own.length;
    at = from + part.length;
    own.push(sliceTerms(part));
  }
  if (mine < 0) return new Set();
  const others = new Set(own.filter((_, i) => i !== mine).flat());
  return new Set(own[mine]!.filter((t) => !others.has(t)));
}

const isMoneyWord = (t: string): boolean => /^(?:us|usd|dollar|million|billion|won|krw|eur|euro)$/.test(t);

/** The nouns an ordinal numbers: "the 8th Policy Consultation", "its 16th deployment", "the sixth time". */
const NUMBERED_NOUN = /\b(?:meeting|consultations?|dialogue|forum|session|summit|conference|round|talks|commission|committee|council|assembly|negotiations?|term|country|member|ambassador|envoy|president|secretary-general|director-general|chair|chairman|head|partner|donor|contributor|element|center|centre|designations?|package|batch|edition|contingent|rotation|resolution|ceremony|awards?|festival|exhibition|week|fair|congress|convention|symposium|seminar|workshop|course|program|programme|day|games|competition|contest|cup|expo|championships?|tournament|launch(?:es)?|deployments?|dispatch(?:es)?|missions?|time|stint)\b/i;
/** An occasion as the first word after the ordinal: "the 57th session of …", "its third edition" (numbers a gathering, not a stint or a partner). */
const OCCASION_FIRST = /^\s*(?:meetings?|consultations?|dialogues?|forums?|sessions?|summits?|conferences?|talks|assembly|congress|convention|symposium|seminar|workshop|festival|exhibition|fair|ceremony|edition|anniversary|round)\b/i;

/** A figure's clause that speaks of what is needed: "a candidate needs an absolute majority …, currently 97 votes". */
const REQUIRED_BEFORE = /\b(?:needs?|needed|requires?|required|must (?:win|get|obtain|secure)|necessary)\b/i;
/** The words after a figure that rank it below the top: "162 votes, the second-highest total". */
const BELOW_TOP_AFTER = /^[^.;]{0,20}?\b(?:the\s+)?(?:second|third|fourth|fifth|\d+(?:nd|rd|th))[- ](?:highest|largest|most|biggest|best)\b/i;

/** The words after a share that say what it is a share of: "40 percent of global GDP". */
const SHARE_OF = /^\s*(?:percent\s+)?of\s/i;

/** A limit asked, and the words that set one. */
const CAP_ASKED = /\b(?:cap|caps|quota|quotas|ceiling|limit)\b/;
const CAP_SAID = /\b(?:cap|caps|capped|quota|quotas|ceiling|limit|limited|up to|at most|maximum|allotted|allocated|exceed|no more than)\b/i;

/** Bodies counted, not people: "430 Korean companies". */
const ORG_UNIT = /\b(?:companies|firms|businesses|enterprises|organi[sz]ations|institutions|universities|schools|banks|brands|startups)\b/i;

/** A figure a side only asked for: "asked that the number … be raised to 10,000". */
const WISHED_BEFORE = /\b(?:asked|requested|urged|proposed|called for|hoped)\s+(?:that\s+)?[^.;]{0,100}\bbe\s+(?:raised|increased|expanded|set|doubled|lifted|extended)\s+to\s+(?:about\s+|some\s+|around\s+)?$/i;

/** A question about the latest time before now: "when had Korea last hosted APEC". */
const LAST_ASKED = /\b(?:had|has|did|was|were)\b[^?]*\blast\s+(?!(?:year|month|week|time\s+(?:that|when)))[a-z]+ed\b|\bmost recently\b|\bthe last time\b/;

/** A question about a scheme of some kind. */
const SCHEME_ASKED = /\b(?:scheme|program|programme|initiative|project|fund|exchange|fellowship|scholarship|course)s?\b/;

/** Words of a start anywhere in a sentence. */
const START_SAID = /\b(?:start|began|begun|begin|launch|set up|establish|found|open|inaugurat|since|first|kick|commenc|introduc|creat|inception|initiat)/i;

/** A named thing right before its own start: "The ROK-Japan Future Partnership Fund, set up in June 2023". */
const OTHER_START = /\b((?:\p{Lu}[\p{L}-]*\s+){1,6}(?:Fund|Program|Programme|Center|Centre|Foundation|Institute|Initiative|Agency|Council|Committee|Forum|Office|Academy|Scheme)),\s+(?:which was\s+|which were\s+)?(?:set up|established|launched|founded|created|opened|inaugurated)\s+(?:in|on)\s+$/u;

/** A round after the first: "the 4th round of negotiations", "the latest round". */
const LATER_ROUND = /\b(?:(?:[2-9]|\d\d)(?:nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|final)\s+round\b/i;

/** A question that ends on a stranded "with": "which agency did they sign the contract with". */
const WITH_ASKED = /^(?:which|what|who|whom)\b.*\bwith\s*[?.!]*\s*$/;

/** A question about the present count: "how many does Brazil have now". */
/** The figure before a change is asked: "before the increase", "the previous quota", "originally". */
const BEFORE_ASKED = /\bbefore the (?:increase|rise|raise|hike|expansion|change|cut|reduction|extension|revision)\b|\b(?:previous|prior|former|old|original)\s+(?:[a-z]+\s+)?(?:quota|cap|ceiling|limit|figure|number|amount|level|size|target|rate|budget)\b|\boriginally\b|\bused to be\b/;
const NOW_ASKED = /\b(?:now|currently|at present|presently|today)\b/;

/** A question about the value before a change: "how many were there before", "from how many". */
const PAST_VALUE_ASKED = /\b(?:before|previously|originally|initially|at first|used to|earlier|from how many|from what|in the past|at the start)\b/;

/** Things that stretch, whose length may be asked: roads, railways, bridges, borders, cables … */
const STRETCHES = 'roads?|railways?|lines?|bridges?|pipelines?|canals?|highways?|tracks?|border|coast(?:line)?|rivers?|cables?|runways?|tunnels?|walls?|fences?';
/** "length of the rural roads", "how far", "distance": only a length answers it. */
const LENGTH_ASKED = new RegExp(`\\blength\\b[^?]*\\b(?:${STRETCHES})\\b|\\b(?:${STRETCHES})\\b[^?]*\\blength\\b|\\bhow far\\b|\\bdistance\\b|\\bhow many (?:km|kilomet|miles)`);
/** "how long is Spain's high-speed rail network": a length asked of a thing that stretches, not a time. */
const LONG_THING_ASKED = new RegExp(`\\bhow long (?:is|are|was|were|will be)\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}(?:${STRETCHES}|networks?|borders|coast(?:line)?s)\\b(?!\\s+(?:project|programme|program|construction|works?|contract|deal|agreement|talks|visit|journey|trip|ride)\\b)`, 'u');

/** The one a new one replaces: "the existing hospital", "the previous arrangement" (not "in the previous two years", "80-year-old"). */
const OLD_ONE = /(?<!-)\b(?:existing|old|previous|former|outgoing)\b(?!\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several)?\s*(?:years?|months?|weeks?|days?|decades?)\b)/i;

/** A particle inside a name: "Juan Sebastián de Elcano", "Vasco da Gama". */
const NAME_PARTICLE = '(?:de|del|da|di|do|dos|la|van|von|der)';
/** A name right after its description, to a punctuation mark or a lower-case word: "the company Kazgeology", "the training ship
 * Juan Sebastián de Elcano". */
const NAMED_AFTER = new RegExp(`^\\s+(\\p{Lu}[\\p{L}'’&-]+(?:\\s+(?:${NAME_PARTICLE}\\s+)?\\p{Lu}[\\p{L}'’&-]+){0,3})(?=\\s*[,;.:)]|\\s+[a-z]|\\s*$)`, 'u');

/** A ship named right after its kind: "the hospital ship Jutlandia", "the training ship Juan Sebastián de Elcano". */
const SHIP_NAMED = new RegExp(`\\b(?:hospital|training|patrol|cargo|research|relief|navy|naval)?\\s*(?:ship|vessel|destroyer|frigate|icebreaker)\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:${NAME_PARTICLE}\\s+)?\\p{Lu}[\\p{L}'’-]+){0,3})`, 'gu');

/** Nouns of money: "how much aid", "how much funding". */
const MONEY_WORD = /^(?:aid|amount|trade|value|worth|cost|price|support|budget|pledges?|contributions?|funding|donations?|grants?|loans?|investment|assistance|money|financing|envelope|dollars?|won|euros?|yen|revenue|income|exports?|imports?|spending|debt|relief)$/;

/** Verbs and nouns that only money answers: "how much did they lend", "how much does it cost". */
const MONEY_ONLY = /\b(?:lend|lends|lent|loan|loans|loaned|invest|invests|invested|spend|spends|spent|cost|costs|pay|pays|paid|funded|funding|financ\w*|budget|worth|price|earn|earns|earned|earning|earnings|revenue|revenues|income|profit|profits)\b/;

/** A loan's length of time: its grace or repayment period, its maturity. */
const LOAN_TERM = /\b(?:grace|repayment|deferment|maturity)\s+periods?\b|\bmaturity\b/;

/** Units of length: "how long" is a time or one of these. */
const LENGTH_UNIT = /^(?:kilometers?|kilometres?|km|miles?|meters?|metres?|m|feet|ft)(?![\p{L}])/iu;
/** A sentence that says how things stood before: "Until now, Guyana was covered by …". */
const UNTIL_NOW = /\b(?:until now|until then|previously|formerly|before (?:that|then|this|now))\b/i;
const PERIODLY: Record<string, string> = { day: 'daily', week: 'weekly', month: 'monthly' };
const MEASURE = /^(?:tons?|tonnes?|metric tons?|micrograms?|milligrams?|grams?|ppm|GWh|MWh|TWh|kWh|barrels?|kg|kilograms?|kilometers?|kilometres?|km|miles?|meters?|metres?|hectares?|MW|GW|megawatts?|gigawatts?|doses?|liters?|litres?|square (?:meters?|metres?|kilometers?|kilometres?|feet)|cubic (?:meters?|metres?)|sq\.? ?m|m²|km²|m³)(?![\p{L}])/iu;

/** "Mr. Pieter Jansen, a retired Dutch engineer": a role after the name that is not the office asked. */
function otherRole(text: string, end: number, office: string): boolean {
  const role = /^,\s+(?:a|an|the)\s+([^,;.]{3,80})/.exec(text.slice(end, end + 90))?.[1];
  return !!role && !fold(role).includes(office);
}

/** Rank words of a post ("vice", "deputy", "of state", "second" …): a foreign minister and a vice minister differ. */
function ranks(text: string): Set<string> {
  const out = new Set<string>();
  // ("Undersecretary of National Defense" is an under secretary)
  // (a "Minister of State" or a "State Secretary" is a junior rank; a "Secretary of State" is none)
  for (const m of text.replace(/\bunder-?secretary/g, 'under secretary').matchAll(/\b(vice|deputy|assistant|under|junior|prime|first|second|1st|2nd|(?<!secretary )of state|state secretary)\b/g)) out.add(m[1]!.replace(/^1st$/, 'first').replace(/^2nd$/, 'second').replace(/^state secretary$/, 'of state'));
  return out;
}

/** An act named as only planned: "the planned establishment of", "a proposed launch". */
const PLANNED_NOUN = /\b(?:planned|proposed|envisaged|prospective|future|possible|potential|eventual)\s+(?:[a-z-]+\s+)?(?:establishment|launch|launching|opening|creation|founding|inauguration|introduction|setting up)\b/i;
/** The acts such a noun names, as question terms: "when was the agency launched". */
const PLANNED_ACTS = new Set(terms('establish established launch launched open opened create created found founded inaugurate inaugurated introduce introduced set up'));

let signing: Set<string> | undefined;
/** The verbs of signing ("sign", "conclude", "ink"), read once. */
function signingTerms(): Set<string> {
  signing ??= new Set(synonymsOf(terms('sign')[0] ?? ''));
  return signing;
}

/** A date's clause that goes on to say what it marks: "… on June 5 at its headquarters to mark the second anniversary of its launch". */
const MARKS_ANNIVERSARY = /^[^.;]*?\b(?:to mark|marking|to celebrate|celebrating|to commemorate|commemorating)\s+(?:the\s+|its\s+)?(?:[\p{L}\d-]+\s+)?anniversary\s+of\s+(?:the\s+|its\s+|their\s+)?(?:launch|opening|establishment|founding|foundation|inauguration|creation)\b/iu;
/** A question that asks when something began (its start, not a day that marks it), and one that asks of the marking. */
const BEGINNING_ASKED = /\b(?:start\w*|began|begin\w*|launch\w*|open\w*|establish\w*|found(?:ed|ing)?|creat\w*|set up|inaugurat\w*)\b/;
const ANNIVERSARY_ASKED = /\banniv|\bcelebrat|\bcommemorat|\bmark|\bceremon|\bevent\b|\bgala\b|\breception\b/;

/** The words before a date of an anniversary itself: "the 30th anniversary of the re-establishment of relations in". */
const ANNIVERSARY_OF = /\b(\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:tieth|th|st|nd|rd))\s+anniversary\s+of\s+(?:(?!(?:established|signed|founded|set up|launched|opened|concluded|forged|began|started|which|that|when|since)\b)[^,;.()])*\s+in\s+$/i;

/** A day of a visit, right after its date: "On October 17, the final day of the visit". */
const DAY_OF_VISIT = /^,?\s+(?:the\s+)?(?:first|second|third|fourth|last|final|opening|closing)\s+day\s+of\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour|stay|mission)\b/i;

/** A sentence that opens on a part of the amount before it: "Of this amount, …", "Of the total, …". */
const OF_THIS_AMOUNT = /^(?:Of|Out of)\s+(?:this|that|the|these|which)\s+(?:amount|sum|total|contribution|funding|money|package|figure|budget|pledge)\b/i;

/** True when the words before a figure number another edition than the one asked: "since its third review in 2017, when". */
function otherEditionBefore(a: Analysis, before: string): boolean {
  const m = [...before.matchAll(/\b(\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\p{L}-]+\s+){0,3}?(?:review|meeting|session|round|summit|conference|dialogue|consultations?|forum|commission|committee|cycle|plenary)\b/giu)].pop();
  const n = m ? findOrdinals(m[1]!)[0] : undefined;
  return n !== undefined && !a.ordinals.includes(n);
}

/** Verbs of a change by some amount: "raised … by 35 percent", "cut … by half". */
const CHANGE_VERB = /\b(?:raised|boosted|increased|improved|lifted|expanded|cut|reduced|lowered|grew|rose|fell|dropped|declined|decreased|climbed|jumped)\b/i;

/** The words of an act only foreseen, right before it: "will", "is expected to", "shall". */
const WILL_BEFORE = /\b(?:will|shall|would|is expected to|are expected to|is to|are to|is scheduled to|are scheduled to|is set to|are set to)\s+(?:(?:also|then|soon|formally|officially)\s+)?$/i;

/** A question that asks the level a figure was raised to: "what will the yearly contribution be after the top-up". */
const AFTER_RAISE = /\bafter\s+(?:the\s+|this\s+|its\s+)?(?:top-?up|increase|raise|rise|boost|hike|additional\s+[a-z]+)\b/;

/** A question that asks a total: "total number of commitments", "what were all the commitments worth", "… after the top-up". */
export const TOTAL_ASKED = new RegExp(`\\b(?:total|overall|combined|altogether|in all|incl(?:uding)?|cumulative|cumulatively)\\b|\\ball the\\b|${AFTER_RAISE.source}`);

/** Terms of nouns that count people: "about 28,000 people", "some 1,200 nationals". */
const PEOPLE_TERMS = terms('people persons nationals citizens residents workers employees');

/** Words of negotiating an agreement, not of concluding it. */
const NEGOTIATING = /\b(?:negotiations?|negotiating|round|talks)\b/i;
const concludeTerm = terms('concluded')[0];

/** Terms of a beginning, in a date's own words: when something started is when it opened, was launched or founded. */
const START_TERMS = terms('opened began begun started launched inaugurated founded established');

/** The words before a figure of change: "up 31.1 percent", "an increase of 12%", "grew by US$ 2 billion". */
const CHANGE_BEFORE = /\b(?:up|down|an? (?:increase|rise|jump|growth|decrease|drop|decline) of|(?:grew|grow[sn]?|rose|rises?|increased|increases?|jumped|climbed|decreased|fell|dropped|declined) by)\s+(?:about|some|nearly|around|over|more than|almost|roughly)?\s*$/i;
/** The title of an envoy up to the place of the post: "Ambassador of the Republic of Kenya to ". */
const ENVOY_TO = /\b(?:Ambassador|Representative|Envoy|Consul(?:[- ]General)?|Charg[ée] d['’]affaires(?: a\.i\.)?)\b(?!['’])[^,;.()]{0,60}\b(?:to|in)\s+(?:the\s+)?$/;
/** Things numbered in a release that a question names by their kind: "the 41st social security agreement". */
const NUMBERED_KIND = /\b(?:agreements?|treat(?:y|ies)|accords?|memorand(?:um|a)|mous?|ftas?|embass(?:y|ies)|consulates?|missions?|visits?|trips?|projects?)\b/i;
/** An ordinal among some only: "first FTA with a Middle Eastern bloc", "first embassy in Central Asia". */
const AMONG_AFTER = new RegExp(`^(?:\\s+[\\p{L}'’-]+){0,4}?\\s+${NUMBERED_KIND.source.slice(2, -2)}\\s+(?:with|in|among|outside|for)\\b`, 'iu');
/** Nouns that count people by who they are: "diplomats", "officials", "students". */
/** Nouns that count people, as a question names them after a nationality: "how many Vietnamese students". */
const PEOPLE_COUNTED = /^(?:people|persons|nationals|citizens|students|scholars|workers|tourists|visitors|residents|refugees|troops|soldiers|officials|diplomats|experts|journalists|participants|trainees|fellows|graduates|alumni|delegates|volunteers|nurses|doctors|engineers|teachers|employees|staff|migrants|travell?ers|athletes|artists|evacuees|survivors|veterans|applicants|recipients)$/;
/** Nouns of bodies, not people: "how many African countries" is not answered by "200 African officials". */
const BODIES = /^(?:countries|nations|states|governments|companies|firms|businesses|enterprises|universities|schools|cities|provinces|institutions|organi[sz]ations|ministries|agencies)\b/i;
const PEOPLE_UNIT = /^(?:[\p{L}-]+\s+){0,2}?(?:people|persons|nationals|citizens|residents|workers|diplomats|officials|students|experts|journalists|scholars|researchers|officers|civil servants|professionals|leaders|youths?|women|men|participants|trainees|fellows|graduates|alumni)\b/iu;
/** … and nouns of people that say only their place in a group: "121 members", "49 personnel". */
const PEOPLE_MORE = /^(?:[\p{L}-]+\s+){0,2}?(?:personnel|staff|members|nationals|citizens|workers|volunteers|employees|viewers|spectators|visitors|attendees|guests)\b/iu;

/** Stems of acts that date one event and no other: arriving is not being released, resuming is not suspending. */
export const ACTION_VERBS = /^(?:land|return|arriv|depart|leav|left|resum|restart|reopen|freed|evacu|ratifi|suspend|die|di|kill|sank|sink|crash|collaps|erupt|abduct|kidnap|resign|retir|graduat|marri|born|repatri|shut|complet|lift|remov|revok|unveil|restor|reinstat|withdraw|withdrew|finish)$/;

/** Words that put an act still to come: "agreed to work toward the …", "hope for an early …", "plans to …". */
const INTENT_BEFORE = /\b(?:agreed to|agree to|work(?:ing)? (?:together )?toward|towards?|hopes? (?:for|to)|hoped (?:for|to)|call(?:ed|s)? for|urged?|plans? to|planned to|will|would|expect(?:s|ed)?|seeks? to|aims? (?:to|at)|an early|the early|prompt|swift)\b[^.;,]{0,30}$/i;

/** An act of one day asked: a meeting of two, talks, a call, a signing. */
const POINT_ACT = /\b(?:meet|met|meeting|talks?|talked|call|called|phone|spoke|speak|sign|signed|signing|inked|exchange[ds]?|hand(?:ed)? over|present(?:ed)?|deliver(?:ed)?|announce[ds]?|s[ai]t down)\b/;
/** The words of the capitals a question names ("in ottawa"), read once per question. */
function citiesAsked(a: Analysis): Set<string> {
  return once(a, 'cityTerms', () => new Set(findCountries(a.question).filter((c) => isCapital(c.text)).flatMap((c) => terms(c.text))));
}

/** A stay asked, "when was the envoy in ottawa": the days someone was somewhere, not one act of them. */
export const STAY_ASKED = /^when (?:was|were)\b(?![^?]*\b[a-z]{3,}ed\b)[^?]*\bin\s+(?!\d)[a-z]/;
/** An act of one day asked ("when did they hold talks", "what day was it signed"), not a stay, a run or a meeting of days. */
export function oneDayAsked(q: string): boolean {
  // ("when did he meet the energy minister during his doha trip": the trip is when the act happened, not what is dated)
  q = q.replace(/\b(?:during|on|in the course of)\s+(?:his|her|their|its|the)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:visit|trip|tour|stay)\b(?:\s+to\s+[\p{L}'’-]+)?/u, ' ');
  // ("when was the ceremony in Mérida held": a ceremony, a reception, a concert or a speech is an act of one day, though "held")
  if (/\b(?:ceremony|reception|concert|luncheon|banquet|dinner|lecture|recital|performance|speech|keynote|remarks)\b/.test(q) && !/\bdates\b|\bdays\b|\bperiod\b|\bfrom\b|\buntil\b|\bseries\b|\bweek\b|\bfestival\b|\bruns?\b|\blasts?\b/.test(q)) return true;
  // ("on which day did he visit the unit's base": one day asked in so many words, though of a visit)
  if (/\b(?:what|which) day\b/.test(q) && !/\bdates\b|\bdays\b|\bperiod\b|\bfrom\b|\buntil\b|\bweek\b/.test(q)) return true;
  return POINT_ACT.test(q) && !/\bdates\b|\bdays\b|\bperiod\b|\bterm\b|\byears\b|\bfrom\b|\buntil\b|\bstay|\bvisit|\btrip\b|\btour\b|\bruns?\b|\blasts?\b|\bconference\b|\bsession\b|\bforum\b|\bsummit\b|\bassembly\b|\bgames\b|\bexpo\b|\bfestival\b|\bweek\b|\bexercise\b|\bheld\b|\brounds?\b|\bnegotiations\b/.test(q);
}

/** A day asked, not a year: "what date", "which day", "exact dates", "on what date", "what's the date for". */
export const DAY_ASKED = /\b(?:what|which|exact|precise|specific)\s+(?:dates?|days?)\b|\bdates?\s+exactly\b|^what(?:['’]s|s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?dates?\b/;
/** A sentence about the next meeting: "the next one", "will be held", "agreed to hold the 6th round in …". */
export const NEXT_SAID = /\bnext\b|\bwill be (?:held|hosted)\b|\bto be (?:held|hosted)\b|\b(?:agreed|plans?|planning|decided|will|intends?) to (?:hold|host|convene)\b|\bwill (?:hold|host|convene)\b/i;

/** The two sides of a meeting, named together: "The two Ministers held talks". */
const TWO_SIDES = /\b(?:the two|both)\s+(?:ministers|leaders|presidents|prime ministers|heads of state|foreign ministers|vice ministers|sides|delegations|envoys|delegation heads)\b/i;

/** The clause of a sentence around a position: between the commas, semicolons and "and"s that join clauses. */
function clauseAround(text: string, pos: number): string {
  const [start, end] = clauseBounds(text, pos);
  return text.slice(start, end);
}

/** Words that name where a body sits (in lower case: "UN Headquarters" is a building). */
const SEAT_WORDS = /\b(?:headquarters|headquartered|seat(?:ed)?|based)\b/;

/** Where the clause holding `pos` starts and ends. */
function clauseBounds(text: string, pos: number): [number, number] {
  const cut = /;|,\s+(?:and|but|while|whereas)\s+|,\s+(?=the\s+(?:first|second|third|\d{1,2}(?:st|nd|rd|th))\b)/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(cut)) {
    if (m.index! + m[0].length <= pos) start = m.index! + m[0].length;
    else if (m.index! >= pos) { end = m.index!; break; }
  }
  return [start, end];
}

/** Casualties of two kinds, the dead and the hurt, as the synonym lexicon groups them. */
let casualties: { killed: Set<string>; injured: Set<string> } | undefined;
function casualtyTerms(): { killed: Set<string>; injured: Set<string> } {
  casualties ??= { killed: new Set(synonymsOf(terms('killed')[0]!)), injured: new Set(synonymsOf(terms('injured')[0]!)) };
  return casualties;
}

/** How often a thing happens: "once a year", "twice yearly", "every two years", "annually", "on a regular basis". */
const FREQUENCY = /\b(?:(?:once|twice|three times|four times|\d+ times)(?:\s+(?:a|per|each|every)\s+(?:year|month|week|quarter|decade)|\s+(?:yearly|annually|monthly))|(?:once\s+)?every\s+(?:other\s+|(?:two|three|four|five|\d+)\s+)?(?:years?|months?|weeks?|quarters?)|(?:each|every)\s+year|annually|biennially|biannually|triennially|monthly|quarterly|weekly|yearly|on a regular basis|regularly)\b/gi;

/** The part a question asks by itself ("in 2022 alone", "in Tamil Nadu alone", "pay PNG alone"), or undefined. */
function alonePart(q: string): string | undefined {
  // (… or a country named right before it: "pay PNG alone")
  return /\b(?:in|for|from|to|at|of)\s+(?:the\s+)?([\p{L}\d.'’-]+(?:\s+[\p{L}.'’-]+)?)\s+alone\b/u.exec(q)?.[1]
    ?? ((w) => (w && findCountries(w).length ? w : undefined))(/([\p{L}.'’-]+)\s+alone\b/u.exec(q)?.[1]);
}

/** For a question that asks one part by itself (its `alonePart`), true when the sentence tells that part alone: the year said
 * outside a range, or the place named with no other country beside it and not as one of a list. */
function partAloneTold(part: string | undefined, text: string): boolean {
  if (!part) return true;
  if (/^(?:19|20)\d{2}$/.test(part)) {
    return [...text.matchAll(new RegExp(`\\b${part}\\b`, 'g'))].some((m) => !/(?:\d{4}\s*[-–]\s*|\bbetween\s+\d{4}\s+and\s+|\bfrom\s+\d{4}\s+(?:to|through)\s+)$/.test(text.slice(Math.max(0, m.index! - 20), m.index!))
      && !/^\s*[-–]\s*\d{2,4}\b|^\s+(?:to|through)\s+\d{4}\b/.test(text.slice(m.index! + part.length, m.index! + part.length + 10)));
  }
  const esc = part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const named = new RegExp(`\\b${esc}\\b`, 'iu').exec(text);
  if (!named) return false;
  const asked = findCountries(part).map((c) => c.code);
  // (in the clause that names it: "Korean aid to West Africa reached …, and some 600 health workers in Senegal …")
  const clauseStart = Math.max(0, ...[...text.slice(0, named.index).matchAll(/[;:]\s+|,\s+(?:and|while|but|whereas)\s+/g)].map((m) => m.index! + m[0].length));
  const clauseEnd = ((m) => (m ? named.index + m.index! : text.length))(/[;:]\s+|,\s+(?:and|while|but|whereas)\s+/.exec(text.slice(named.index)));
  if (findCountries(text.slice(clauseStart, clauseEnd)).some((c) => c.code !== 'KOR' && !asked.includes(c.code))) return false;
  const name = named[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return !new RegExp(`\\p{Lu}[\\p{L}'’-]+,\\s+${name}\\b|\\b${name},\\s+\\p{Lu}|\\b${name}\\s+and\\s+(?:the\\s+)?\\p{Lu}|\\p{Lu}[\\p{L}'’-]+\\s+and\\s+${name}\\b`, 'u').test(text);
}

/** Units that count a thing named after their "of": "nine items of cultural property", "two sets of remains". */
const CONTAINER_UNIT = /^(?:items?|pieces?|sets?|units?|pairs?|kinds?|types?|copies|volumes?|batch(?:es)?|lots?|cases?|boxes|bags|packages?|consignments?|shipments?)$/i;

/** True when an act word of a question is a participle inside its subject, after the subject's noun: "when did the Korean victims
 * freed in Myawaddy cross the border" asks the crossing, not the freeing (but "when did flights restart at Bali" asks the restart). */
export function participleInSubject(t: string, q: string): boolean {
  return new RegExp(`\\b(?:did|do|does|will|were|was|are|is)\\s+(?:the\\s+)?(?:[a-z'-]+\\s+){0,4}?[a-z]+s\\s+${t}[a-z]*(?<=ed|en)\\s+(?:in|from|by|at|on|during)\\s+(?:[\\w'-]+\\s+){1,4}?[a-z]+\\b`).test(q);
}

/** The title's rank agrees with the one asked: none asked → none held; asked → at least one of them held. */
function sameRank(asked: Set<string>, held: Set<string>): boolean {
  if (!asked.size) return !held.size;
  // "the Danish PM" is not a Deputy Prime Minister: a lower rank held must be asked too
  if (['vice', 'deputy', 'assistant', 'under', 'junior', 'of state'].some((r) => held.has(r) && !asked.has(r))) return false;
  // "the 2nd vice foreign minister" is not the First Vice Minister
  if ((asked.has('first') && held.has('second')) || (asked.has('second') && held.has('first'))) return false;
  return [...asked].some((r) => held.has(r));
}

/** True when what the person leads is what the question names: "the team was led by X" for "who headed the team". */
function roleOfAsked(a: Analysis, text: string, start: number): boolean {
  const m = /([\p{L}'’-]+)(?:\s+(?:was|were|is|are))?,?\s+(?:led|headed|chaired|hosted|presided over)\s+by\s+(?:[\p{L}.'’-]+\s+){0,6}$/u.exec(text.slice(Math.max(0, start - 120), start));
  const noun = m ? terms(m[1]!)[0] : undefined;
  return !!noun && !a.countryTerms.has(noun) && a.terms.some((t) => synonymsOf(t).includes(noun));
}

/** Where the title written right before a person's name starts ("Director of … Relations Ricardo Fontes"), or the name's start. */
function titleStart(text: string, p: { start: number; title?: string }): number {
  if (!p.title) return p.start;
  const at = text.lastIndexOf(p.title, p.start);
  return at >= 0 && /^\s*$/.test(text.slice(at + p.title.length, p.start)) ? at : p.start;
}

/** The country of the side a person leads: "The Russian side was led by Vasily Sokolov" → RUS. */
// (past a long title: "The Brazilian delegation was led by Director of the Department of … External Relations Ricardo Fontes")
function sideCountry(text: string, p: { start: number; title?: string }): string | undefined {
  const start = titleStart(text, p);
  // (a country's name may have two or three words: "The New Zealand delegation was headed by …")
  const side = /\b((?:\p{Lu}[\p{L}]+\s+){0,2}\p{Lu}[\p{L}]+)\s+(?:side|delegation|team)\s+(?:was|were)\s+(?:led|headed)\s+by\s+(?:[\p{L}.'’-]+\s+){0,8}$/u.exec(text.slice(Math.max(0, start - 140), start))?.[1];
  return side ? findCountries(side).find((c) => c.end === side.length)?.code : undefined;
}

/**
 * A name of Korean form, or one whose given name is written the Korean way whatever the family name's spelling: "Chey
 * Tae-won", "Rhee Sung-ho" (two syllables joined by a hyphen, the second in lower case).
 */
function looksKorean(name: string): boolean {
  return koreanForm(name) || /^\p{Lu}\p{Ll}{1,5}\s+[A-Z][a-z]{1,5}-[a-z]{2,5}$/u.test(name);
}

/** A list of hosts: capitalized names joined by commas and "and" ("Saudi Arabia, Norway and the European Union"). */
const HOST_LIST = "(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'’-]*){0,5}(?:(?:,\\s+|,?\\s+and\\s+)(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'’-]*){0,5}){0,5}";
/** Bodies that host: "the European Union", "the UN Development Programme", "the Korea-Arab Society". */
const HOST_BODY = /\b(?:Union|Nations|Organization|Organisation|Bank|Ministry|Government|Council|Secretariat|Agency|Foundation|Institute|Society|Association|Committee|Commission|Programme|Program|Fund|Forum|Centre|Center|Office|Chamber|University)\b/;

/** True when the sentence makes the person the one who did the act asked: "chaired by Ambassador X", "X, …, chaired". */
function agentOf(text: string, p: { start: number; end: number; title?: string }, role: string): boolean {
  // (to head and to lead are one role: "who headed the team" — "the team was led by …"; so are chairing and presiding)
  // (a commander leads: "commanded by Colonel Park", "Colonel Lee, commander of the 31st contingent")
  const verb = role === 'led' || role === 'head' ? '(?:led|leads|headed|heads|lead|head|commanded|commands|command)' : role === 'presid' || role === 'chair' ? '(?:chair(?:ed|s|ing)?|presid(?:e|ed|es|ing)(?: over)?)' : `${role}(?:ed|s)?`;
  // (the title between may be long: "headed by First Vice Minister of Land, Infrastructure and Transport Chae Ho-sung")
  if (new RegExp(`\\b${verb}\\s+by\\s+(?:[\\p{L}.'’-]+,?\\s+){0,9}$`, 'iu').test(text.slice(Math.max(0, p.start - 90), p.start))) return true;
  // (… past a title of any length, brackets and all: "headed by First Assistant Secretary of … Trade (DFAT) Claire Whitford")
  if (p.title && role !== 'sign' && ((at) => at < p.start && new RegExp(`\\b${verb}\\s+by\\s+$`, 'iu').test(text.slice(Math.max(0, at - 30), at)))(titleStart(text, p))) return true;
  // (… and the second of two, after the first one's appositive: "signed by Ambassador Seo, Permanent Representative of the
  // ROK to the WTO, and Deputy Director-General Miguel Ortega Salinas")
  const pair = new RegExp(`\\b${verb}\\s+by\\s+([^.;]{2,160}?),?\\s+and\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*\\s+(?:(?:\\p{Lu}[\\p{L}.'’-]*|for|of|the|and)\\s+){0,7}$`, 'u').exec(text.slice(Math.max(0, p.start - 230), p.start));
  // (… the second one's title may hold brackets: "co-chaired by … Lim Soo-jin of the Ministry … and Joint Secretary
  // (Disarmament …) of the Ministry of External Affairs Anupam Raghavan")
  const titled = pair ? p.start : titleStart(text, p);
  const pair2 = !pair && role !== 'sign' && titled < p.start ? new RegExp(`\\b${verb}\\s+by\\s+([^.;]{2,160}?),?\\s+and\\s+(?:the\\s+)?$`, 'u').exec(text.slice(Math.max(0, titled - 200), titled)) : null;
  if ((pair ?? pair2) && !/\b(?:presence|witness\w*|attended|with|whom|who|which|in the)\b/i.test((pair ?? pair2)![1]!)) return true;
  // (not the title of the next name of a list: "Minister … Han Min-koo, Commander of the United States Forces Korea General
  // Vincent Brooks, …")
  if ((role === 'led' || role === 'head') && /^,\s+(?:the\s+)?(?:commander|head|leader|chief)\s+of\b/i.test(text.slice(p.end, p.end + 30)) && !findPeople(/^,\s+[^,;]*/.exec(text.slice(p.end))![0]).length) return true;
  // ("Head of ROK delegation: Ambassador Lim Kyung-soo, …": a labelled line names the head)
  if ((role === 'led' || role === 'head') && /^\W{0,3}(?:Head|Chief|Leader)s?\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:delegation|team|mission)\s*:\s*(?:[\p{L}.'’-]+\s+){0,8}$/iu.test(text.slice(0, p.start))) return true;
  // ("EU: Managing Director Stefan Kessler, Head of the Sanctions Division Anna Rossi, and officials …": the first named in a
  // side's line leads it)
  if ((role === 'led' || role === 'head') && ((m) => !!m && (/\b(?:side|delegation|team)$/i.test(m[1]!) || findCountries(m[1]!).some((c) => c.text.length >= m[1]!.length - 1)))(/^\W{0,3}([\p{L} .'’-]{2,40}?)\s*:\s*(?:[\p{L}.'’-]+\s+){0,8}$/u.exec(text.slice(0, p.start)))) return true;
  // ("who represented the Korean government": "X, a former minister, attended on behalf of the Korean government")
  if (role === 'represent' && (/^(?:,[^;]{0,140}?,)?\s+(?:(?:also\s+)?(?:attended|spoke|participated|took part|was present|delivered\s+[^.;]{0,40}?)\s+)?(?:on behalf of|representing)\b/i.test(text.slice(p.end, p.end + 200))
    || /\b(?:represented by|on behalf of\s+[^,;]{2,60},)\s+(?:[\p{L}.'’-]+,?\s+){0,9}$/iu.test(text.slice(Math.max(0, p.start - 120), p.start)))) return true;
  // ("began operations on August 1 under Chargé d'affaires a.i. Lee Dong-min": a mission works under its head)
  if ((role === 'led' || role === 'head') && /\b(?:operations?|work|activities|functions|duties)\b[^.;]{0,60}\bunder\s+(?:[\p{L}.'’-]+\s+){0,6}$/iu.test(text.slice(Math.max(0, p.start - 120), p.start))) return true;
  // ("Foreign Minister Park Jin, who headed the government delegation in New York": a relative clause of the person)
  // (… after the office the person holds: "Secretary Ravi Menon of India's Ministry of Earth Sciences, who chaired the meeting")
  if (new RegExp(`^(?:\\s+of\\s+[^,;()]{3,80})?,\\s+who\\s+(?:also\\s+|jointly\\s+)?${verb}\\b`, 'iu').test(text.slice(p.end, p.end + 130))) return true;
  // ("X and Y, Secretary of Education of …, signed a Memorandum …": the first of two who acted together)
  if (new RegExp(`^,?\\s+and\\s+[^;.]{2,160}?(?:,\\s+|\\s+)(?:also\\s+|jointly\\s+)?${verb}\\b`, 'iu').test(text.slice(p.end, p.end + 200))
    && !/\b(?:met|meet|with|who|which)\b/.test(text.slice(p.end, p.end + 40))) return true;
  // (… or will: "Foreign Minister X will travel to New York … to preside over a high-level open debate")
  return new RegExp(`^(?:,[^;]{0,140}?,)?\\s+(?:also\\s+|jointly\\s+)?(?:will\\s+(?:[^.;]{0,80}?\\bto\\s+)?|is\\s+(?:set\\s+|scheduled\\s+)?to\\s+)?${verb}\\b`, 'iu').test(text.slice(p.end, p.end + 180));
}

/** The nouns of a figure's kind, as the index reads them: a clause that names another kind than the one asked is another
 * figure ("trade … US$ 49.7 billion in 2023, and … official development assistance … US$ 310 million"). */
let figureTermCache: string[] | undefined;
function allFigureTerms(): string[] {
  figureTermCache ??= ['trade', 'budget', 'contribution', 'funding', 'donation', 'grant', 'loan', 'investment', 'aid', 'assistance', 'export', 'import', 'oda'].flatMap((w) => synonymsOf(terms(w)[0] ?? w));
  return figureTermCache;
}

/** Acts that have happened or not, whatever was planned: "were evacuated", "arrived", "were trained". */
const DONE_ASKED = /\b(?:evacuated|repatriated|rescued|delivered|arrived|returned|released|discharged|trained|flown|flew|airlifted|brought home|brought back|taken out|crossed|completed|attended|visited|took part|participated|came|went|travell?ed)\b/;

/** A question about what every giver did together: "how much did all donors pledge", "the total pledged by all participants". */
const ALL_GIVERS = /\b(?:all|every)\s+(?:the\s+)?(?:donors?|participants?|participating countries|countries|pledgers?|member states|governments|partners)\b|\b(?:donors|participants)\s+(?:combined|together|collectively)\b|\bcollectively\b|\bthe international community\b/;

/** The text of a sentence before a point in it. */
function sentenceBefore(text: string, at: number): string {
  return text.slice(Math.max(0, at - 250), at).split(/[.;]\s+(?=\p{Lu})/u).pop() ?? '';
}

/** Taking over a post or a chair: "when did Korea take over as chair". */
const TAKE_OVER = /\b(?:take|took|taken|takes|taking) over\b|\bassume[ds]?\b/;

/** A question about what is still to come: "when is it expected to start", "when will the plant be completed". */
const EXPECTED_ASKED = /\b(?:is|are)\s+(?:[\w-]+\s+){0,9}?(?:expected|scheduled|set|due|slated|planned|projected|targeted|supposed)\s+to\b|\b(?:is|are)\s+(?:[\w-]+\s+){0,9}?(?:scheduled|slated|planned)\s*(?:for\b|\??\s*$)|^when will\b/;

/** Questions asked in the past tense, and clauses that state only a plan or an intention. */
const PAST = /^(?:when|where|who|which|what|how many|how much)\b.*\b(?:did|was|were|had)\b|^who\s+(?:[a-z]{3,}ed|led|gave|spoke|read|made|sat|took)\b|(?<!\b(?:being|be|will|is|are)\s)\b(?:held|took place|opened|signed|visited|met|hosted|launched|began|started|won|landed|arrived|concluded|adopted|came|acceded|joined|ratified|travell?ed|went)\b/;
const PLANNED = /\b(?:plans? to|planning to|proposed to|proposes to|offered to|offers to|is planned|are planned|was planned|planned (?:for|in)|intends? to|intention to|is expected to|are expected to|agreed to hold|decided to hold|agreed to launch|to be held|to be hosted|will be held|will be hosted|will take place|will (?:co-)?host|(?:can|could|may|might) be (?:held|hosted|signed|opened|launched|completed|concluded|adopted|approved|endorsed|ratified|finalized|finalised)|(?:is|are|was|were) to (?:hold|be|open|start|begin|sign|launch|meet|visit|take|convene|resume)|agreed to (?:sign|conclude|open|establish|hold|launch|set up|start|begin|resume|convene|meet)|agreed to work to|work to(?:ward)? establish|seek to|aims? to|later this year|next year|in the future|will be considered|(?:set|sets|setting) (?:the|a|its) (?:goal|target)|(?:with )?the (?:goal|aim|target|objective) of|will (?:set up|establish|open|build|launch|create|construct|sign|complete|begin|start|commence|move|relocate)|(?:prepare|preparing|preparations?) (?:for|so that)|(?:^|\bwith\s+)(?:[a-z0-9'-]+\s+){1,4}to (?:begin|start|open|enter|be|take|reach|complete)|tasked (?:[a-z]+\s+){0,4}with (?:drafting|preparing|developing|working out)|to be submitted for|(?:with )?a view to|goal of becoming|targets? to|(?:is|are|was|were) scheduled (?:to|for)|(?:is|are) slated (?:to|for)|(?:is|are) due to|to be (?:produced|built|completed|opened|launched|signed|delivered))\b/i;

const pastOnlyCache = new WeakMap<Analysis, boolean>();

/** True when the question asks what happened, not a plan (read once per question: `planned` runs for every candidate). */
function pastOnly(a: Analysis): boolean {
  let got = pastOnlyCache.get(a);
  if (got === undefined) {
    // ("According to the April 2024 consultation, how much … had Japan released": the question after the source it cites)
    const q = foldedQuestion(a).replace(SOURCE_CITED, '');
    // ("what festival did the ministers agree to hold": the plan is what is asked)
    // ("which court still had to review the FTA": what remains to be done is asked)
    got = PAST.test(q) && !PLANNED.test(q) && !/\b(?:agree|agreed|plan|plans|planned|will|next|intend|decide|decided)\s+to\b|\bnext\b|\bupcoming\b|\bstill\b|\byet to\b|\b(?:had|has|have|needs?|was|is)\s+to\b/.test(q);
    pastOnlyCache.set(a, got);
  }
  return got;
}

/**
 * True when the span at `pos` sits in a clause that states a plan ("Mauritius plans to set up a mission in Seoul next
 * year", "the first session is planned for Windhoek in 2029") and the question asks what happened.
 */
function planned(a: Analysis, text: string, pos: number, end: number): boolean {
  if (!pastOnly(a)) return false;
  // (an "and" between names, "the ROK, the US and Japan in Seoul", ends no clause; one before a verb does)
  const before = text.slice(0, pos).split(/[;]|,\s+(?:and|but|while|whereas|with)\s|,\s+(?:(?:to|in|at|by|under|for)\s+)?(?:which|whom|when|where)\s|\s(?:but|while|whereas)\s|\sand\s(?=(?:the\s+)?[\p{L}-]+\s+(?:[a-z]+ed|will|would|has|have|had|was|were|is|are)\b)/u).pop() ?? '';
  // ("From 2027, the Ministry plans to add …": a date that opens the sentence is dated by the clause after its comma)
  const opening = /\S/.test(before) ? undefined : /^,\s*([^,;]*)/.exec(text.slice(end))?.[1];
  // ("were released on November 20 and are scheduled to return …": an "and" before a verb of its own opens another clause)
  const after = (opening ?? /^[^,;]*/.exec(text.slice(end))?.[0] ?? '').split(/\s(?:and|but|while)\s(?=(?:(?:the\s+)?[\p{L}-]+\s+)?(?:are|is|will|would|was|were|has|have|had)\b)/u)[0]!;
  return PLANNED.test(`${before} … ${after}`);
}

/**
 * True when the nearest agreement named before `pos`, in its clause, is of another kind than the one asked ("social
 * security agreement" asked, "the Korea-Peru Free Trade Agreement that took effect in August 2011" stated).
 */
function otherAgreementAt(a: Analysis, text: string, pos: number): boolean {
  // ("the … Digital Partnership Agreement (DPA) … entered into force on January 14, 2023, and Korea's accession to the …
  // (DEPA) took effect on May 3, 2024": the date after another acronym than the one asked, in a sentence that gives both)
  if (a.initialisms.length) {
    const acronym = [...(text.slice(Math.max(0, pos - 160), pos).split(/;/).pop() ?? '').matchAll(/\b(?:Agreement|Treaty|Convention|Accord|Arrangement|Pact)\s+\(([A-Z][A-Za-z]{1,8})\)/g)].pop()?.[1];
    if (acronym && !a.initialisms.includes(fold(acronym)) && a.initialisms.some((i) => new RegExp(`\\(${i}\\)`, 'i').test(text))) return true;
  }
  const asked = /((?:[a-z-]+\s+){1,3})(?:agreem\w*|treaty|accord|convention|mou|memorandum)\b/.exec(foldedQuestion(a))?.[1];
  // ("… exempted from visa requirements since 2010 under a separate agreement signed in Quito in November 2009": the date of a
  // "separate" agreement is not the one asked, unless the question asks that other one)
  // (… nor the date of what holds "under" it: "since 2010 under a separate agreement")
  if (asked !== undefined && (/\b(?:a|the|another)\s+(?:separate|different|earlier|previous|prior)\s+(?:agreement|treaty|accord|arrangement|mou|memorandum)\b[^.;,]{0,60}$/i.test(text.slice(Math.max(0, pos - 100), pos))
    || /^[^.;,]{0,25}?\s(?:under|by|through)\s+(?:a|the|another)\s+(?:separate|different|earlier|previous|prior)\s+(?:agreement|treaty|accord|arrangement|mou|memorandum)\b/i.test(text.slice(pos, pos + 90)))
    && !/\b(?:separate|different|earlier|previous|prior|other|another|older|first)\b/.test(foldedQuestion(a))) return true;
  const kind = sliceTerms(asked ?? '').filter((t) => !stopWords().has(t) && !a.countryTerms.has(t) && !/^(?:rok|korea|bilater|their|the|new|sign|signe|did|when|what)$/.test(t));
  if (!kind.length) return false;
  const before = text.slice(Math.max(0, pos - 90), pos).split(/;/).pop() ?? '';
  const names = [...before.matchAll(/((?:\p{Lu}[\p{L}-]*\s+(?:on\s+|of\s+|for\s+|and\s+)?){1,6})(?:Agreement|Treaty|Convention|Accord|Memorandum)\b/gu)];
  const last = names.pop();
  if (!last) return false;
  const own = new Set(sliceTerms(last[1]!).flatMap((t) => synonymsOf(t)));
  // ("The Treaty was signed …": a bare "the Treaty" refers back to the one the release is about)
  if (!own.size) return false;
  return !kind.some((k) => own.has(k));
}

/**
 * True when the agreement the date's clause names is between other parties than the country asked: "the Korea-ASEAN FTA,
 * in effect since 2007" does not date the Korea-Malaysia FTA.
 */
function otherPairAt(a: Analysis, text: string, pos: number): boolean {
  const asked = a.countries.filter((c) => c !== 'KOR');
  if (!asked.length) return false;
  const before = text.slice(Math.max(0, pos - 70), pos).split(/;|\.\s/).pop() ?? '';
  const last = [...before.matchAll(/(\p{Lu}[\p{L}]*)\s*[-–]\s*(\p{Lu}[\p{L}]*)\s+(?:FTA|EPA|CEPA|Free Trade Agreement|Agreement|Treaty|Convention|Partnership)\b/gu)].pop();
  if (!last) return false;
  const parties = [last[1]!, last[2]!].flatMap((p) => findCountries(p).filter((c) => c.text.length === p.length).map((c) => c.code));
  return parties.length === 2 && !parties.some((c) => asked.includes(c));
}

/** A line that opens on a short label and goes on in words: "April 26: Official welcoming ceremony …". */
const LABELLED_LINE = /^[^:;,]{3,30}:\s+\p{L}{2}/u;

/** True when another clause of the sentence matches the question clearly better than the one holding `pos`, and holds no date. */
function betterClauseWithoutDate(a: Analysis, text: string, fact: Fact, pos: number): boolean {
  // ("April 26: Official welcoming ceremony …; summit meeting …; state dinner at the White House": the date a line is labelled
  // with dates every item of it)
  if (pos === 0 && LABELLED_LINE.test(text) && fact.dates.length === 1) return false;
  const cuts = [0];
  // ("and Mauritius plans …" opens a clause; "Korean vessels and Korean seafarers" is one noun phrase)
  for (const m of text.matchAll(/;\s*|,?\s+(?:and|but|while|whereas)\s+(?=(\p{Lu}[\p{L}-]*\s+)?(?:[a-z]+s|[a-z]+ed|plans?|will|has|have|is|are|was|were)\b)/gu)) {
    if (!m[1] || !isDemonym(m[1].trim())) cuts.push(m.index! + m[0].length);
  }
  // (a verb right after "and" goes on with the subject before: "The King Sejong Station was built on … and opened on …" — the
  // clause of "opened" speaks of the station too)
  const subjectOf = (from: number): string => /^(.{3,80}?)\s+(?:was|were|is|are|has|have|had|will|[a-z]{3,}ed)\b/.exec(text.slice(from))?.[1] ?? '';
  const carried = (i: number): string => (i > 0 && /^[a-z]{3,}ed\b/.test(text.slice(cuts[i]!)) && !/;\s*$/.test(text.slice(0, cuts[i]!)) ? subjectOf(cuts[i - 1]!) : '');
  if (cuts.length < 2) return false;
  cuts.push(text.length + 1);
  const wanted = a.terms.map((t) => new Set([...synonymsOf(t), ...(a.alternatives.get(t) ?? [])]));
  const score = (from: number, to: number, carry = ''): number => {
    const part = `${carry} ${text.slice(from, to)}`;
    const seen = new Set(sliceTerms(part));
    // (the question's own words as written: a capital in one clause does not stand for its country there)
    return wanted.filter((w) => [...w].some((x) => seen.has(x))).length / (wanted.length || 1);
  };
  let mine = 0;
  let best = { score: -1, dated: true };
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]! - 1];
    const sc = score(from, to, carried(i));
    if (pos >= from && pos < to) mine = sc;
    else if (sc > best.score) best = { score: sc, dated: fact.dates.some((x) => x.start >= from && x.start < to) };
  }
  return !best.dated && best.score - mine >= 0.34;
}

/** The kinds of partnership a text names, by their qualifiers ("comprehensive strategic", "strategic"). */
function partnershipKindsOf(text: string): string[] {
  return [...fold(text).matchAll(/\b((?:(?:comprehensive|special|strategic|cooperative|enhanced|global|future-oriented|all-round)\s+)+)partner(?:ship|s)?\b/g)]
    .map((m) => m[1]!.trim().split(/\s+/).sort().join(' '));
}

/** Closeness to where the fact names the countries the question asks about; 0.5 when it names none of them. */
function slotNear(a: Analysis, text: string, pos: number): number {
  // the countries asked about; the ROK itself when the question asks about it alone ("how many doctors did korea send")
  const foreignAsked = a.countries.filter((c) => /^[A-Z]{3}$/.test(c));
  const asked = foreignAsked.length ? foreignAsked : a.korea ? ['KOR'] : [];
  const mentions = findCountries(text).filter((c) => /^[A-Z]{3}$/.test(c.code) && (c.code !== 'KOR' || asked.includes('KOR')));
  const at = mentions.filter((c) => asked.includes(c.code)).map((c) => c.start);
  if (!at.length) return 0.5;
  // "… Senegal from May 3 to 5 and Gabon from May 5 to 7": the country named last before it owns it
  const before = mentions.filter((c) => c.end <= pos).pop();
  if (before) return asked.includes(before.code) ? 1 : 0.1;
  return closeness(pos, at, text.length);
}

function closeness(pos: number, anchorsAt: number[], len: number): number {
  if (!anchorsAt.length) return 0.5;
  const d = Math.min(...anchorsAt.map((p) => Math.abs(p - pos)));
  return 1 - Math.min(1, d / Math.max(60, len));
}

/** True when the span is (mostly) words of the question: it cannot be the answer to it. */
function inQuestion(a: Analysis, span: string, share = 0.6): boolean {
  // (each word once: "INTEX Osaka in Osaka" is not all the question's "osaka")
  const st = [...new Set(terms(span))];
  if (!st.length) return false;
  const q = new Set(a.terms);
  const qWords = foldedText(a);
  const hits = st.filter((t) => q.has(t)).length;
  // (a figure as a whole figure: "30" is not in "C-130Js")
  return hits / st.length > share || (/^\d/.test(span) ? new RegExp(`(?<![\\p{L}\\p{N}.,-])${fold(span).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{N}])`, 'u').test(qWords)
    // (a name as a whole word: "Tunis" is not in "ROK–Tunisia")
    : wholeWordIn(fold(span), qWords));
}

/** The folded word or phrase stands whole in the folded text: "tunis" is not in "rok–tunisia". */
function wholeWordIn(word: string, folded: string): boolean {
  return new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(folded);
}

/** A time of day, with "around" and the day after it when given: "around 10:00", "6:40 a.m. on October 6". */
const TIME_OF_DAY = /\b((?:(?:around|about|at approximately|approximately)\s+)?(?:\d{1,2}:\d{2}(?:\s*(?:a\.m\.|p\.m\.|am|pm|hours))?|\d{1,2}\s*(?:a\.m\.|p\.m\.))(?:\s*\((?:local time|KST|Korean time|Seoul time)\))?(?:\s+(?:local time\s+)?on\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,\s*\d{4})?)?)/g;

/** A year that names an edition of an event: "the 2023 Korea-Poland Business Forum", "Korea Week 2023". */
const EDITION_AFTER = /^\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’&-]*\s+){0,6}?(?:Forum|Festival|Fest|Week|Summit|Conference|Expo|Games|Olympics|Fair|Exhibition|Awards?|Cup|Championships?|Dialogue|Convention|Show|Contest|Competition|Biennale|Program|Programme|Fellowship|Workshop|Seminar|Symposium|Camp|Exercise|Marathon|Organi[sz]ing Committee)\b/u;
const EDITION_BEFORE = /\b(?:Forum|Festival|Fest|Week|Summit|Conference|Expo|Games|Olympics|Fair|Exhibition|Cup|Convention|Show|Contest|Biennale)\s+$/;
/** Capitalized words before a year that do not name an edition with it: "In 2005", "Since 1990", "Spring 2024". */
const NOT_EDITION_NAME = /^(?:Spring|Summer|Autumn|Fall|Winter|Early|Late|Mid|FY|In|Since|By|From|Until|Till|On|Of|Before|After|During|Through|Throughout|Around|Circa|As|At|For|To|Between|And|Or|The|Also|Then|Only|Even)$/i;

/** Words that start a hyphenated modifier of regions ("Asia-Pacific", "Indo-Pacific", "Euro-Atlantic"). */
const REGION_WORD = /^(?:Asia|Asian|Europe|European|Euro|Africa|African|America|American|Latin|Pacific|Atlantic|Arctic|Indo|Nordic|Baltic|Middle|Central|South|North|East|West|Eurasia|Korea|Inter|Trans|Pan|Sino|Afro|Anglo)$/;

/** A part of the world, not a place in it: "Southern Africa", "East Asia", "the Western Balkans". */
const WORLD_REGION = /^(?:the\s+)?(?:(?:North|South|East|West|Central|Southern|Northern|Eastern|Western|Southeast|Northeast|Southwest|Northwest|Sub-Saharan)\s+)?(?:Asia|Africa|Europe|America|Latin America|Middle East|Pacific|Caribbean|Balkans|Caucasus|Sahel|Mediterranean)$/;

/** Words that make a name a building or a site, not a town: "… Museum", "… Convention Center", "… Air Base". */
const BUILDING = /\b(?:Museum|Cent(?:er|re)|Hall|Hotel|Palace|Palais|Institute|University|Hospital|Ministry|Embassy|Consulate|Office|Building|House|Headquarters|Secretariat|Memorial|Stadium|Airport|Base|School|College|Academy|Library|Gallery|Residence|Complex|Plaza|Tower|Arena|Auditorium|Court)\b/;

/** A part of the world, not a place on the map: "North Africa", "Southeast Asia", "the Middle East". */
const WORLD_PART = /^(?:the\s+)?(?:(?:North|South|East|West|Central|Southeast|Southeastern|Northeast|Northeastern|Southern|Northern|Eastern|Western|Sub-Saharan|Latin|Continental)\s+)?(?:Asia|Africa|Europe|America|Americas|Middle East|Pacific|Caribbean|Balkans|Caucasus|Sahel|Oceania|Eurasia|Asia-Pacific|Indo-Pacific|Asia Pacific)$/;

/** Candidate spans of the type the question wants. */
export function spanCandidates(a: Analysis, fact: Fact, meta?: ReleaseMeta): SpanCandidate[] {
  const text = fact.text;
  const at = anchors(a, text);
  const near = (start: number): number => closeness(start, at, text.length);
  switch (a.type) {
    case 'when': {
      // a summit asked is not a ministers' meeting, nor a ministers' meeting a summit: the kind a dated "… held … on" belongs to
      const meetingKind = once(a, 'meetingKind', () => ((t) => (/\bsummit\b/.test(t) && !/\bminist|\bfmm\b|\bamm\b/.test(t) ? 'summit'
        : /\bfmm\b|\bamm\b|\bministers['’]?\s+(?:meeting|mtg)\b|\bministerial\b|\bfms?\s+(?:meeting|mtg)\b/.test(t) && !/\bsummit\b/.test(t) ? 'ministers' : undefined))(foldedQuestion(a)));
      const otherMeetingKind = (at: number): number => (!meetingKind ? 0 : ((m) => (!m ? 0 : (/^Summit$/.test(m[1]!) ? 'summit' : 'ministers') !== meetingKind ? -0.8 : 0))(
        /\b(Summit|Ministers['’]?\s+Meeting|Ministerial(?:\s+Meeting)?)\b,?\s+(?:which\s+was\s+)?(?:held|convened|hosted)\s+(?:in\s+\p{Lu}[\p{L}'’ -]{1,30}?\s+)?(?:on|in)\s+$/u.exec(text.slice(Math.max(0, at - 90), at))));
      const q = foldedQuestion(a);
      // ("The Ministry plans to: … - add Thai as an eighth language in the second half of 2024": a bullet that goes on from
      // its lead's plan has no date of what happened)
      if (/^[a-z]/.test(text) && PLANNED.test(fact.context) && /:\s*$/.test(fact.context) && pastOnly(a)) return [];
      // ("a discussion on the planned establishment of an agency was held on October 4": the agency has no date of its own yet)
      if (PLANNED_NOUN.test(text) && pastOnly(a) && a.terms.some((t) => PLANNED_ACTS.has(t)) && !sliceTerms(text.replace(new RegExp(PLANNED_NOUN.source, 'gi'), ' ')).some((t) => PLANNED_ACTS.has(t))) return [];
      // ("when were the remains repatriated": a date of the clause that says the act, not of "killed when the mine flooded on …")
      // (a verb, not a noun that names the thing: "the evacuation flight")
      // (or the verb a phrase of the question stands for: "come home" → land, arrive, return)
      // (not a participle that describes the ones asked about: "the three freed sailors arrive back")
      // (read once per question: it asks nothing of the fact)
      const actWords = once(a, 'actWords', () => ((qWords) => a.terms.filter((t) => ACTION_VERBS.test(t) && (qWords.some((w) => w.startsWith(t) && !/(?:tion|sion|ment|ure|al)$/.test(w)) || !qWords.some((w) => w.startsWith(t.slice(0, 3))))
        && !new RegExp(`\\b(?:the|these|those)\\s+(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+${t}[a-z]*\\s+[a-z]{3,}|\\b(?:the|a|an|this|that)\\s+(?:[a-z]+\\s+)?${t}[a-z]*ing\\b`).test(q)
        // (… nor one after its noun, inside the subject: "when did the Korean victims freed in Myawaddy cross the border")
        && !participleInSubject(t, q)).map((t) => synonymsOf(t)))(q.split(/[^\p{L}]+/u)));
      // (and an act only hoped or planned has no date yet: "agreed to work toward the repatriation", "an early resumption")
      const actSaid = (x: string): boolean => actWords.some((syn) => syn.includes(x) || syn.some((y) => y.length >= 5 && x.startsWith(y.slice(0, 5))));
      const pastAsked = /^(?:when|what date|what day|which day|what year|which year)\b[^?]*\b(?:did|was|were|had)\b/.test(q);
      const destAsked = once(a, 'dest', () => findCountries(DEST_ASKED.exec(q)?.[1] ?? '').map((c) => c.code));
      const askedRelations = a.relations.length ? eventSpans(a.relations, text) : [];
      const otherRelationEnds = a.events.length && !a.relations.length ? eventSpans(RELATION_EVENTS.filter((r) => !a.events.includes(r)), text).map(([, e]) => e) : [];
      const actClause = (d: { start: number }): boolean => {
        if (!actWords.length) return true;
        const clause = clauseAround(text, d.start);
        const offset = text.indexOf(clause);
        return [...clause.matchAll(/[\p{L}]+/gu)].some((m) => actSaid(terms(m[0])[0] ?? '')
          && !(pastAsked && INTENT_BEFORE.test(text.slice(Math.max(0, offset + m.index! - 45), offset + m.index!))));
      };
      // ("began commercial operation in April 1978 and was permanently shut down in June 2017": the date nearest the act)
      const actAt = actWords.length ? [...text.matchAll(/[\p{L}]+/gu)].filter((m) => actSaid(terms(m[0])[0] ?? '')).map((m) => m.index!) : [];
      const given = new Set(a.dates.map((d) => d.value.replace(/^\?{4}/, '')));
      // ("when did the ROK join the 1951 refugee convention": the year of a document's name is no date of the act on it)
      const docYear = once(a, 'docYear', () => /\b(?:join|joined|accede|acceded|accession|ratif\w*|become (?:a )?party|became (?:a )?party|sign|signed)\b/.test(q) ? /\bthe\s+((?:19|20)\d{2})\s+(?:[a-z-]+\s+){0,3}?(?:convention|treaty|protocol|covenant|charter|statute|agreement|accord)s?\b/.exec(q)?.[1] : undefined);
      const askedYears = new Set(a.dates.filter((d) => !d.yearInferred && /^\d{4}/.test(d.value) && !bounded(a, d) && d.value.slice(0, 4) !== docYear).map((d) => d.value.slice(0, 4)));
      const wantsYear = /\b(?:what|which|in what|in which) year\b|\byear\b/.test(q);
      // the act asked about ("enter into force", "upgraded") anchors its date more than the thing acted on ("FTA")
      // ("set up diplomatic relations": the start of the relation asked, not an act of its own)
      const relation = a.relations.some((r) => (RELATION_EVENTS as readonly string[]).includes(r));
      const acts = a.events.filter((r) => (ACT_EVENTS as readonly string[]).includes(r) && !(relation && r === 'launch'));
      const asked = acts.length ? acts : a.relations;
      const relAt = asked.length ? eventPositions(asked, text) : [];
      // the act is asked but the fact states it only as a wish ("so that the agreement takes effect"): no date for it
      if (acts.length && !eventPositions(acts, text).length) return [];
      // ("the ceremony, which marks the 35th anniversary of the establishment of diplomatic relations, was held on March 14": an
      // act named only as what an anniversary is of has no date here; the date is the anniversary's)
      if (relAt.length && relAt.every((p) => /\banniversary\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(0, p - 50), p)))
        && !/\banniv|\bcelebrat|\b\d+\s*(?:yrs|years)\s+of\b/.test(q)
        // (but "the 65th anniversary of the establishment of diplomatic relations … on March 11, 1959", "…, which took place on",
        // "…, which date from April 18, 1962" date the act itself)
        && !((m) => !!m && !/,\s+(?:was|were|is|are|will\s+be|took\s+place|takes\s+place|held|opened|began)\b/.test(m[1]!))(/\banniversary\s+of\s+([^;.()]{0,160}?)\b(?:on|in|(?:which|that)\s+(?:date|dates|dated)\s+(?:back\s+)?(?:from|to))\s+(?:\d|January|February|March|April|May|June|July|August|September|October|November|December)/.exec(text))) return [];
      // ("when did Korea become an associated state": "negotiations on the ROK becoming an Associated State, which were launched
      // in 2019" — a becoming only negotiated has not happened)
      if (/\b(?:become|became)\b/.test(q) && /\b(?:negotiations?|talks|bid|application|process|path|road)\s+(?:on|for|toward|towards|to)\s+(?:[\p{L}'’-]+\s+){0,5}?becoming\b/iu.test(text) && !/\b(?:became|has become|have become)\b/i.test(text)) return [];
      // ("… replaces the arrangement concluded in 1998 and will enter into force 30 days after …": an act the sentence only
      // foresees has no date yet, whatever other dates it gives)
      if (pastOnly(a) && relAt.length && relAt.every((p) => WILL_BEFORE.test(text.slice(Math.max(0, p - 40), p)))) return [];
      // a date nearer another relation or act ("… strategic partners since the establishment of diplomatic
      // relations in 1992", "approval of the FTA in May 2016") belongs to that one, not to the one asked about
      // a relationship is "established", "set up", "launched": those words belong to the relation asked, not to another act
      const startsRelation = a.relations.some((r) => (RELATION_EVENTS as readonly string[]).includes(r)) && !acts.length;
      const others = [...RELATION_EVENTS, ...ACT_EVENTS].filter((r) => !a.events.includes(r) && !(startsRelation && r === 'launch'));
      const otherAt = relAt.length ? eventPositions(others, text) : [];
      // a date belongs to the event phrase that leads to it ("diplomatic relations …, established on April 3, 1991,
      // and … elevated to a strategic partnership in 2015"): the nearest before it, else the nearest after it
      const owner = (i: number, mine: number[], theirs: number[]): 'mine' | 'other' => {
        const before = (at: number[]): number => Math.max(-Infinity, ...at.filter((p) => p < i));
        const after = (at: number[]): number => Math.min(Infinity, ...at.filter((p) => p > i));
        const b1 = before(mine), b2 = before(theirs);
        const a1 = after(mine), a2 = after(theirs);
        // "… since June 2016, when the sides lifted ties to …": the clause after the date owns it
        const first = Math.min(a1, a2);
        if (first < Infinity && /^[^.;]{0,30}\bwhen\b/.test(text.slice(i, first))) return a1 <= a2 ? 'mine' : 'other';
        if (b1 > -Infinity || b2 > -Infinity) return b1 >= b2 ? 'mine' : 'other';
        return a1 <= a2 ? 'mine' : 'other';
      };
      // the words that lead to a date, from the date before it: "… further upgraded to a comprehensive strategic
      // partnership in 2025" says more of the question than "… elevated to a strategic partnership in 2015"
      const wanted = a.terms.map((t) => new Set(synonymsOf(t)));
      const sentenceTerms = new Set(terms(text));
      const content = a.terms.filter((t) => !a.countryTerms.has(t) && !/^\d/.test(t)).map((t) => new Set([...synonymsOf(t), ...(a.alternatives.get(t) ?? [])]));
      // the words of a date's clause: the sentence when it holds one date, else from the date before to this one
      // "… after King Sejong Station on King George Island (opened in 1988), began operating on February 12, 2014": a date
      // in brackets belongs to the name before the brackets, which is not the one asked
      const asideOf = (pos: number): number => {
        const open = /([\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,4})\s*\([^()]{0,40}$/u.exec(text.slice(Math.max(0, pos - 120), pos));
        if (!open) return 1;
        // (the name's first word says whose: "Dasan Station (opened in 2002)" is not Hallasan Station's)
        const named = sliceTerms(open[1]!);
        return named.length && (a.terms.includes(named[0]!) || named.filter((t) => a.terms.includes(t)).length >= 2) ? 1 : 0.6;
      };
      // ("launched in August 2018 …, as a follow-up to the Foreign and Defence Ministers' 2+2 Meeting held in October 2017": the
      // date of what an act follows up is that event's, unless the question names it)
      const followedUp = (pos: number): boolean => {
        const what = /\b(?:as a follow-up to|in follow-up to|following up on|pursuant to|on the basis of)\s+([^;.()]{3,100})$/i.exec(text.slice(Math.max(0, pos - 140), pos))?.[1];
        // (named by its number, or asked as what was followed up: "the summit that the program followed up on")
        return !!what && !/\bfollow/.test(q) && !a.ordinals.some((o) => findOrdinals(what).includes(o)) && sliceTerms(what).filter((t) => a.terms.includes(t) && !a.countryTerms.has(t)).length < 2;
      };
      // ("(April 8, Hanoi), … (April 9, Bac Ninh)": a date bracketed with a place is of what happened there; the one with the
      // place asked)
      const bracketPlace = (d: { start: number; end: number }): number => {
        const place = /\($/.test(text.slice(Math.max(0, d.start - 1), d.start)) ? /^,\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\)/u.exec(text.slice(d.end, d.end + 40))?.[1] : undefined;
        const words = place ? sliceTerms(place) : [];
        if (!words.length) return 1;
        if (words.every((t) => a.terms.includes(t))) return 1.5;
        // (… and not one bracketed with another place, where the place asked has its own)
        return [...text.matchAll(/\(([^()]{3,40})\)/g)].some((m) => ((w) => w.length > 0 && w.every((t) => a.terms.includes(t)))(sliceTerms(m[1]!.split(',').pop()!))) ? 0.5 : 1;
      };
      // "… with Ignacia Valdés, …, who took office on March 11": a date in a clause about someone named is that person's act,
      // unless the question asks that act
      const relativeOf = (pos: number): number => {
        const clause = /,\s+(?:who|which)\s+([^,;]*)$/.exec(text.slice(Math.max(0, pos - 80), pos))?.[1];
        if (!clause) return 1;
        return sliceTerms(clause).some((t) => a.terms.some((q) => synonymsOf(q).includes(t))) ? 1 : 0.5;
      };
      // a year that names an edition ("the 2023 Korea-Poland Business Forum", "Korea Week 2023") does not end a clause
      const edition = (d: { start: number; end: number; precision: string }): boolean => d.precision === 'year' && (EDITION_AFTER.test(text.slice(d.end, d.end + 90)) || EDITION_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start)));
      // ("signed a Cultural Exchange Programme for 2025-2027 in Thimphu on September 24": the years a programme runs for are
      // its name's, no date of the clause)
      const periodOf = (d: { start: number }): boolean => /\b\p{Lu}[\p{L}-]*\s+(?:for|covering)\s+(?:the\s+)?(?:period\s+)?$/u.test(text.slice(Math.max(0, d.start - 40), d.start));
      const clauseDates = fact.dates.filter((x) => !edition(x) && !periodOf(x));
      // (read once per date: the filters below ask it for every word of the question)
      const segments = new Map<number, Set<string>>();
      // (the question's words this sentence capitalizes after its first date: read once per sentence, below)
      let capitalizedAfter: string[] | undefined;
      const segmentOf = (d: { start: number; end: number }): Set<string> => {
        let got = segments.get(d.start);
        if (!got) { got = segmentAt(d); segments.set(d.start, got); }
        return got;
      };
      // where a date's own clause starts: after the date before it
      // ("Overseas voting for the election, which will take place on June 3, 2025, was held from May 20 to 25": a date of a
      // relative clause closed before this one does not cut this date off from the sentence's subject)
      const clauseStart = (d: { start: number }): number => {
        // (a year right before "on" and the day is the same phrase's: "the regular budget for 2011 on February 4")
        const before = clauseDates.filter((x) => x.end <= d.start && !/^\s+on\s+$/.test(text.slice(x.end, d.start)));
        const prev = Math.max(0, ...before.map((x) => x.end));
        // (… nor does an appositive that counts the event: "a launching ceremony for …, the eighth class since the program began in
        // 2014, at … on April 7")
        const aside = prev ? /,\s+(?:which|who|the\s+(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+tieth|[a-z]+teenth)\b)[^,;]*$/.exec(text.slice(0, before[before.length - 1]!.start)) : null;
        // (… nor does one closed before a phrase of the main clause: "held talks with X, who is on a visit from June 25 to 28, at the
        // Ministry … on June 26")
        // (… though the clause goes on past its date: "X, who is visiting Korea from November 18 to 22 at the invitation of …, on
        // November 19")
        return aside && /^(?:\s+(?:at|of|for|upon|on)\s[^,;]*)?,\s+(?:was|were|is|are|has|have|had|will|at|in|on)\b/.test(text.slice(prev, d.start)) ? Math.max(0, ...clauseDates.filter((x) => x.end <= aside.index).map((x) => x.end)) : prev;
      };
      const segmentAt = (d: { start: number; end: number }): Set<string> => {
        if (clauseDates.length < 2) return new Set([...terms(text), ...(fact.context && text.length < 140 ? terms(fact.context) : [])]);
        const prev = clauseStart(d);
        const opening = prev === 0 && /^(?:\W*(?:on|in|from|since|as of|at|by)?\s*(?:the\s+)?(?:(?:morning|afternoon|evening|night)\s+of\s+)?)$/i.test(text.slice(0, d.start));
        // (after the date, an edition named further on is another event: "… to March 24, ahead of the 2024 Summit")
        const next = Math.min(text.length, ...(opening ? clauseDates : fact.dates).filter((x) => x.start >= d.end).map((x) => x.start));
        return new Set(sliceTerms(`${text.slice(prev, d.start)} ${opening ? text.slice(d.end, next) : text.slice(d.end, Math.min(next, d.end + 80))}`));
      };
      const lead = (d: { start: number; end: number }): number => {
        if (!wanted.length || clauseDates.length < 2) return 0;
        const prev = clauseStart(d);
        const next = Math.min(text.length, ...clauseDates.filter((x) => x.start >= d.end).map((x) => x.start));
        // a date that opens the sentence ("On May 18 in Tbilisi, X and Y held …") dates its main clause
        const opening = prev === 0 && /^(?:\W*(?:on|in|from|since|as of|at|by)?\s*(?:the\s+)?(?:(?:morning|afternoon|evening|night)\s+of\s+)?)$/i.test(text.slice(0, d.start));
        const trail = opening ? text.slice(d.end, next) : /^(?:(?!\s(?:and|but|while|whereas)\s)[^,;.]){0,40}/.exec(text.slice(d.end, next))?.[0] ?? '';
        const stretch = `${text.slice(Math.max(prev, d.start - 150), d.start)} ${trail}`;
        const seq = sliceTerms(stretch);
        const seg = new Set(seq);
        // ("The two Ministers held talks … on March 13, and on March 14 Minister Yoon called on …": the two of a meeting name
        // each of its sides)
        if (TWO_SIDES.test(stretch)) for (const n of a.names) for (const t of terms(n)) seg.add(t);
        // and the question's words in the question's order: "upgraded to a comprehensive strategic partnership"
        let run = 0;
        let best = 0;
        for (let i = 1; i < seq.length; i++) {
          const k = wanted.findIndex((w) => w.has(seq[i]!));
          run = k > 0 && wanted[k - 1]!.has(seq[i - 1]!) ? run + 1 : 0;
          best = Math.max(best, run);
        }
        // the verb of the date's own clause, when it is the question's: "took off … on October 4 and landed … on October 5"
        const clause = text.slice(Math.max(prev, d.start - 100), d.start).split(/\s(?:and|but|while|then)\s|[;,]/).pop() ?? '';
        const verbsOf = (t: string): string[] => t.split(/[^\p{L}-]+/u).filter((w) => /^(?:[a-z]{2,}ed|took|met|held|left|flew|began|came|went|made|gave|sent|won|spoke|rose|fell)$/.test(w)).flatMap((w) => terms(w));
        let acted = verbsOf(clause);
        // ("joined the NSG in 1995, and the Wassenaar Arrangement … in 1996": a clause without a verb of its own shares the one
        // before it)
        if (!acted.length && prev > 0 && /^[\s,]*and\s+(?:the|its|their)\s+[^,;.]*$/i.test(text.slice(prev, d.start))) acted = verbsOf(text.slice(Math.max(0, prev - 100), prev).split(/[;,]/).pop() ?? '');
        // (a name the question gives, in the date's own stretch, says whose date it is: "joined the NSG in 1995, and the
        // Wassenaar Arrangement and the Australia Group in 1996")
        // (not a name the sentence opens with, before its first date: "Jang Bogo Station, … (opened in 1988), began operating on …")
        const firstDate = Math.min(...clauseDates.map((x) => x.start));
        // (… or a word the question types in lower case that the sentence capitalizes after its first date, when none opens it:
        // "the jeddah amendment" → "The Code … was adopted in 2009 …, and was expanded by the Jeddah Amendment in 2017")
        const capitalized = capitalizedAfter ??= ((caps: (t: string) => string[]) => (caps(text.slice(0, firstDate)).length ? [] : [...new Set(caps(text.slice(firstDate)))]))(
          (t) => [...t.matchAll(/\p{Lu}[\p{L}'’-]{3,}/gu)].flatMap((m) => terms(m[0])).filter((x) => a.terms.includes(x) && !a.countryTerms.has(x)));
        const names = [...new Set([...a.names.filter((n) => n.length >= 4 && sentenceTerms.has(terms(n)[0] ?? n) && !fold(text.slice(0, firstDate)).includes(n)).map((n) => terms(n)[0] ?? n), ...capitalized])];
        const named = !names.length ? 0 : names.some((n) => seg.has(n)) ? 0.5 : -0.5;
        // (… and the verb asked is another thing's act where the stretch names none of them: "The Code was adopted in 2009 …,
        // and was expanded by the Jeddah Amendment in 2017" does not date the amendment's adoption to 2009)
        const verb = acted.some((t) => a.terms.includes(t)) && named >= 0 ? 1 : 0;
        // (the meeting the question numbers, named in the date's own stretch: "since the 1st Dialogue, held in Seoul in October
        // 2023, and since the two countries signed the MOU on Critical Minerals Supply Chains in December 2021")
        const numbered = a.ordinals.length && [...text.slice(Math.max(prev, d.start - 150), d.start).matchAll(/\b(\d{1,3}(?:st|nd|rd|th)|[A-Za-z]+(?:st|nd|rd|th))\b/g)]
          .some((m) => a.ordinals.includes(findOrdinalsCached(m[1]!) ?? -1)) ? 1 : 0;
        // (a city the question names says less of whose date it is than the thing asked: "paris paralympics dates" → "the
        // Paralympic Games, to be held from August 28 …", not "the Olympiad, to be held in Paris from July 26 …")
        const cities = citiesAsked(a);
        const weight = (k: number): number => (cities.has(a.terms[k]!) ? 0.5 : 1);
        const said = wanted.reduce((sum, w, k) => sum + ([...w].some((x) => seg.has(x)) ? weight(k) : 0), 0);
        return said / wanted.reduce((sum, _, k) => sum + weight(k), 0) + 0.15 * best + verb + named + numbered;
      };
      // (measured from the phrase's nearer edge: "raised ties to a special strategic partnership in August 2017")
      const relSpans = asked.length ? eventSpans(asked, text) : [];
      // (the date a line is labelled with is near every item of it: "April 26: …; state dinner at the White House")
      const labelDate = fact.dates.length === 1 && fact.dates[0]!.start === 0 && LABELLED_LINE.test(text);
      const nearRel = (i: number): number => (labelDate ? 1 : relSpans.length ? closeness(i, relSpans.flatMap(([s0, e0]) => [s0, e0]), text.length) : near(i));
      const since = /\bsince (?:when|what year|which year|what date|what month)\b/.test(q);
      const dayOfAsked = /\b(?:first|second|third|last|final|opening|closing|which) day\b/.test(q);
      const eventDay = !a.relations.length && a.events.some((e) => ['meeting', 'consultation', 'visit', 'forum'].includes(e)) && !wantsYear;
      // "when did Korea decide …": a decision or announcement is dated by the release that makes it
      // (unless the sentence gives the day itself: "announced the decision on December 12")
      const announced = ANNOUNCE.test(q) && ANNOUNCE_FACT.test(fold(text)) && !fact.dates.some((d) => d.precision === 'day') && meta?.date && meta.dateSource !== 'inferred' && /^\d{4}-\d{2}-\d{2}$/.test(meta.date)
        ? [{ text: longDate(meta.date), start: 0, end: 0, score: 0.9 }] : [];
      // "exact date of …", "on what day": only a day will do
      const startAsked = /\b(?:begin|begins|began|start|starts|started|commenc\w*)\b|\bfirst\s+(?:held|convened|hosted|organi[sz]ed|took place|met)\b/.test(q);
      const renewedAsked = /\b(?:renewed|revised|amended|updated|new)\b/.test(q) && !/\bfirst\b/.test(q);
      const lastBefore = /\blast\b.*\bbefore\s+(?:the\s+)?([a-z][\p{L}-]{2,})[\s?!.]*$/u.exec(q)?.[1];
      const started = new Map<number, boolean>();
      const startedAt = (d: { start: number }): boolean => {
        let got = started.get(d.start);
        if (got === undefined) { got = START_TERMS.some((x) => sliceTerms(text.slice(Math.max(0, d.start - 40), d.start).split(/[,;]/).pop()!).includes(x)); started.set(d.start, got); }
        return got;
      };
      const startSaid = startAsked && fact.dates.length > 1 && fact.dates.some(startedAt);
      // "when does COP29 wrap up", "when does her term expire": the end of what is asked
      const concludeAsked = /\b(?:conclud(?:e|ed|es|ing)|conclusion|finali[sz](?:e|ed|ing)|ink(?:ed)?|wrap(?:ped)? up)\b/.test(q) && /\b(?:fta|epa|cepa|agreement|treaty|deal|pact|accord|convention)\b/.test(q);
      const endAsked = END_ASKED.test(q) && !/\bby the end\b|\bend of (?:the |this |next )?(?:year|month|week)\b|\bnegotiations?\b|\btalks\b/.test(q);
      const exactDay = /\bexact (?:date|dates|days)\b|\bwhat day\b|\bon what date\b|\bwhich day\b|\bexact day\b/.test(q);
      // "what time did the plane land": a time of day, with its day when the text gives one ("6:40 a.m. on October 6")
      if (/\b(?:what|which) time\b(?!\s+(?:of (?:the )?year|frame|period|span|line|zone))|\bwhat hour\b|\bat what time\b/.test(q)) {
        const times: SpanCandidate[] = [];
        for (const m of text.matchAll(TIME_OF_DAY)) {
          const start = m.index! + m[0].indexOf(m[1]!);
          const clause = text.slice(Math.max(0, start - 80), start).split(/[,;]|\s(?:and|but|while)\s/).pop() ?? '';
          // (the act asked, a word of a synonym group — "landed" — says more than a place also named, "from Santo Domingo")
          const said = new Set(sliceTerms(clause));
          const verb = 0.25 * content.filter((w) => [...w].some((x) => said.has(x))).length
            + (a.terms.some((t) => synonymsOf(t).length > 1 && synonymsOf(t).some((x) => said.has(x))) ? 0.5 : 0);
          // (the day the question gives already is not repeated: "what time … on march 18" → "around 7:40")
          const day = /\s+(?:local time\s+)?on\s+(.+)$/.exec(m[1]!.trim());
          const shown = day && a.dates.some((d) => fold(day[1]!).startsWith(fold(d.text))) ? m[1]!.trim().slice(0, day.index) : m[1]!.trim();
          times.push({ text: shown, start, end: start + shown.length, score: near(start) + verb });
        }
        // (a "what time" question is answered by a time of day or not at all)
        return times;
      }
      const respective = respectiveOwn(a, fact);
      // (what is still to come: "when will …", "… expected to …", "when is X going to …")
      const futureAsked = once(a, 'futureAsked', () => EXPECTED_ASKED.test(q) || /\bgoing to\b/.test(q));
      // the city asked to be in named in a date's own words (the words since the date before it): true; another city: false
      const cityBefore = (d: { start: number }): boolean | undefined => {
        if (fact.dates.length < 2 || !a.places.length) return undefined;
        const asked = citiesAsked(a);
        const words = text.slice(Math.max(0, d.start - 40, ...fact.dates.filter((x) => x.end <= d.start).map((x) => x.end)), d.start);
        if (sliceTerms(words).some((x) => asked.has(x))) return true;
        return findCountries(words).some((c) => isCapital(c.text)) ? false : undefined;
      };
      const placeBefore = (d: { start: number }): number => {
        const place = /\b(?:in|at)\s+(\p{Lu}[\p{L}'’-]+)\s+(?:in|on)\s+$/u.exec(text.slice(Math.max(0, d.start - 40), d.start))?.[1];
        if (!place || !fact.dates.some((x) => x !== d && /\b(?:in|at)\s+\p{Lu}[\p{L}'’-]+\s+(?:in|on)\s+$/u.test(text.slice(Math.max(0, x.start - 40), x.start)))) return 0;
        return a.terms.includes(terms(place)[0] ?? '') ? 0.4 : -0.4;
      };
      // ("having joined the NSG in 1995, the Australia Group … in 1996, and the Missile Technology Control Regime (MTCR) in 2001":
      // of a list of things each with its date, the date of the item that names the thing asked)
      const itemWords = (d: { start: number }): number => {
        const prev = fact.dates.filter((x) => x.end <= d.start).pop();
        const item = text.slice(prev ? prev.end : 0, d.start).split(/,/).pop()!;
        return sliceTerms(item).filter((t) => a.terms.includes(t) && !a.countryTerms.has(t) && !ACT_WORD.test(t)).length;
      };
      const listed = fact.dates.length >= 3 && /,\s+(?:and\s+)?(?:the\s+)?[^,;]{2,80}?\s+in\s+(?:19|20)\d{2},\s+(?:and\s+)?(?:the\s+)?[^,;]{2,80}?\s+in\s+(?:19|20)\d{2}\b/.test(text);
      // (items told apart by their numbers are the ordinal's to weigh: "its 1st National Action Plan in 2014, … the 3rd in 2021")
      const bestItem = listed && !a.ordinals.length ? Math.max(...fact.dates.map(itemWords)) : 0;
      const itemFit = (d: { start: number }): number => (bestItem < 2 ? 0 : itemWords(d) === bestItem ? 0.5 : -0.5);
      // ("on May 12 on the margins of SOM2, which is being held in Jeju as part of the ROK's 2025 APEC host year": a year that
      // modifies a noun names a period or an edition; it does not date an act when the sentence gives a date of its own)
      // (not a span of years: "for the 2025-2027 term")
      const attributive = (d: { start: number; end: number; precision: string; until?: string }): boolean => d.precision === 'year' && !d.until
        && /(?:['’]s|\bthe|\bits|\btheir|\bthis)\s+$/i.test(text.slice(Math.max(0, d.start - 8), d.start)) && /^\s+\p{L}/u.test(text.slice(d.end, d.end + 3));
      const plainDate = fact.dates.some((x) => !attributive(x));
      return [...announced, ...fact.dates
        .filter((d) => !attributive(d) || !plainDate)
        .filter((d) => !exactDay || d.precision === 'day')
        // ("what month did Korea hold the presidency": a month, not a span of years)
        .filter((d) => d.precision !== 'year' || !/\b(?:what|which) month\b/.test(q))
        // ("when is the first new reactor expected to start operating": what is still expected is not dated years before the release)
        .filter((d) => !(futureAsked && !!meta?.date && meta.dateSource !== 'inferred' && !d.yearInferred && /^\d{4}/.test(d.value) && (d.until ?? d.value).slice(0, 4) < meta.date.slice(0, 4)))
        // ("when is the state secretary going to visit seoul", "when will he make his visit": a day before the release's own is
        // past, no answer to what is still to come)
        .filter((d) => !(futureAsked && !!meta?.date && meta.dateSource !== 'inferred' && /^\d{4}-\d{2}-\d{2}$/.test(d.until ?? d.value) && (d.until ?? d.value) < meta.date.slice(0, 10)))
        // ("On June 19, … the two sides agreed to hold the 17th Joint Committee in Seoul next year": the day the sentence opens on
        // dates the agreeing, not what is to come)
        .filter((d) => !(futureAsked && /^\W{0,3}(?:On\s+)?$/i.test(text.slice(0, d.start)) && /^,\s+[^.;]{0,200}?\b(?:agreed|decided|promised|pledged)\s+to\s+(?:hold|host|convene|organi[sz]e)\b/.test(text.slice(d.end))))
        // ("what years does phase II run": a span of years, not the day of its launch ceremony nor a target "by 2025")
        // (… "period covered by the new CPS": its span)
        .filter((d) => !(/\b(?:what|which) years\b|\bperiod covered\b|\byears covered\b|\bcovers? which years\b/.test(q) && !d.until))
        .filter(respectively(respective))
        .filter(labelledFor(a, text))
        .filter(editionOf(a, text))
        // (a date before the release is history, though its sentence speaks of a plan: "next year will mark the 65th
        // anniversary of the establishment of relations on April 18, 1962")
        .filter((d) => !planned(a, text, d.start, d.end) || (/\banniversary\b/i.test(text) && !!meta?.date && !d.yearInferred && d.value.slice(0, 4) < meta.date.slice(0, 4)))
        // "Jang Tae-il (1890-1962)": the years in brackets after a name are a life, not the date of what is asked
        .filter((d) => !LIFESPAN.test(text.slice(Math.max(0, d.start - 1), d.end + 1)) || LIFE_ASKED.test(q))
        // "the social security agreement" is not dated by "the Korea-Peru Free Trade Agreement that took effect in 2011"
        .filter((d) => !otherAgreementAt(a, text, d.start) && !otherPairAt(a, text, d.start))
        // ("in the run-up to the 30th anniversary of the re-establishment of diplomatic relations in 2027": the year of the
        // anniversary, not of the relation, unless a verb between dates the relation: "… of relations established in 1992")
        // ("following Judge Park Choon-ho (1996-2008) and Judge Paik Jin-hyun, who … was President from 2017 to 2020": a date
        // after another person than the one asked is that person's)
        .filter((d) => {
          if (fact.people.length < 2 || /\brespectively\b/i.test(text)) return true;
          // (a name typed in lower case is asked too when all its words are the question's: "when did cho tae-yul sit down with …")
          const asked = (p: { name: string }): boolean => ((parts) => a.names.length ? a.names.some((n) => parts.includes(n)) : parts.length > 1 && parts.every((x) => wholeWordIn(x, foldedQuestion(a))))(fold(p.name).split(/[\s-]+/));
          const before = fact.people.filter((p) => p.end <= d.start);
          const last = before[before.length - 1];
          // (only a clause of the other person's own: "…, who has served since 2014 and was President from 2017 to 2020" — not past the
          // comma that closes it: "…, who is on an official visit to Korea from June 25 to 28, at the Ministry … on June 26")
          return !last || asked(last) || !before.some(asked) || !/^,?\s+(?:who|whose)\b[^;]*$|^\s*\([^)]*$/.test(text.slice(last.end, d.start))
            || /^,\s+(?:who|whose)\b[^;,]*,\s+(?:at|in|on)\s/.test(text.slice(last.end, d.start));
        })
        // (of the two, the year nearer the release's: a relation set up N years before it is the relation's)
        .filter((d) => {
          const m = /\banniv/.test(q) ? null : ANNIVERSARY_OF.exec(text.slice(Math.max(0, d.start - 120), d.start));
          const n = m ? findOrdinals(m[1]!)[0] : undefined;
          const year = Number(d.value.slice(0, 4));
          const released = Number(meta?.date?.slice(0, 4));
          return !n || !year || !released || Math.abs(year - released) >= Math.abs(year + n - released);
        })
        // ("Tanzania, which established diplomatic relations in 1992, reached a new milestone with President Samia's state
        // visit": a date right after a relation not asked is the relation's)
        .filter((d) => !otherRelationEnds.some((e) => e <= d.start && /^\s*(?:in|on|since)\s*$/.test(text.slice(e, d.start))))
        // ("… marking the 70th anniversary of diplomatic relations in 2027, and to launch a program … starting in 2025": a
        // relation asked is dated in the clause that names it)
        .filter((d) => { if (!askedRelations.length) return true; const [s0, e0] = clauseBounds(text, d.start); return askedRelations.some(([r]) => r >= s0 && r < e0); })
        // ("when had Korea last hosted APEC": not the year it "first hosted" it — though "the first time in 20 years" is a last)
        .filter((d) => !LAST_ASKED.test(q) || !/\bfirst\b(?!\s+time\s+in\b)(?![^.;]{0,40}\bsince\b)/i.test(clauseAround(text, d.start)))
        // ("when did the scheme begin": a sentence that speaks of no start dates none — "… invited 1,150 young people in 2024" —
        // unless it gives a span, whose start is one)
        // (of a scheme, a programme or a fund, that is: a war or a fire "broke out", an envoy "took office")
        // (… not the dates of a visit made under it: "veterans … are visiting Korea from September 23 to 29 … under the Revisit Programme")
        .filter((d) => !startAsked || !SCHEME_ASKED.test(q) || START_SAID.test(text)
          || ((!!d.until || /\bfrom\s+$/i.test(text.slice(Math.max(0, d.start - 6), d.start))) && !/\b(?:visit\w*|travel\w*|stay\w*|tour\w*|arriv\w*|held|meet\w*|met)\s+(?:[\p{L}'’-]+\s+){0,6}?from\s+$/iu.test(text.slice(Math.max(0, d.start - 80), d.start))))
        // ("when did the working holiday scheme begin": not "The ROK-Japan Future Partnership Fund, set up in June 2023", the
        // start of another thing the sentence names)
        .filter((d) => { if (!startAsked && !BEGINNING_ASKED.test(q)) return true; const own = OTHER_START.exec(text.slice(Math.max(0, d.start - 140), d.start))?.[1]; return !own || sliceTerms(own).some((t) => a.terms.includes(t) && !a.countryTerms.has(t)); })
        // ("when did they start negotiating": not the dates of "the 4th round of negotiations", a round after the start)
        .filter((d) => !startAsked || !LATER_ROUND.test(clauseAround(text, d.start)) || START_TERMS.some((x) => sliceTerms(clauseAround(text, d.start)).includes(x)))
        // ("when did the team return to Seoul": not the day it "arrived in Guam")
        .filter((d) => { const there = destinationBefore(text, d.start); return !destAsked.length || !there.length || there.some((c) => destAsked.includes(c)); })
        // ("when was the AKCF established": not "… to publish an annual report starting in 2026", a year after the release — what
        // a question asks in the past tense had happened by the release)
        .filter((d) => !pastAsked || !meta?.date || meta.dateSource === 'inferred' || d.yearInferred || !/^\d{4}/.test(d.value) || d.value.slice(0, 4) <= meta.date.slice(0, 4))
        // ("to which it was invited to accede in 2023": the day of the invitation, not of the accession)
        .filter((d) => /\binvit/.test(q) || !/\binvited\s+to\s+[a-z]+\s+(?:in|on)\s*$/i.test(text.slice(Math.max(0, d.start - 40), d.start)))
        // ("held a ceremony on June 5 … to mark the second anniversary of its launch": the day of the ceremony, not of the launch)
        .filter((d) => !BEGINNING_ASKED.test(q) || ANNIVERSARY_ASKED.test(q) || !MARKS_ANNIVERSARY.test(text.slice(d.end, d.end + 160)))
        // ("when did they conclude the FTA": a date of its negotiations, a round or their launch, is not its conclusion)
        .filter(() => !concludeAsked || !NEGOTIATING.test(text) || sliceTerms(text).some((t) => signingTerms().has(t) || t === concludeTerm))
        // "when was the state of emergency lifted", "when did the partnership end": only a date the text gives for an end
        // (not a word of a quoted title before it: "Korean Lacquerware Through the Ages" … "on April 9")
        .filter((d) => !endAsked || !!d.until || rangeEnd(text, d.start) || END_WORDS.test(text.slice(Math.max(0, d.start - 60), d.start).replace(/^[^"“”]*["”](?=[^"“”]*$)/, '').split(/[;,]|\s(?:and|but|while)\s/).pop() ?? ''))
        // "timing of the next consultation": a date the text gives as a plan, or one after the release (the "next" of "next-gen" is none)
        .filter((d) => !/\bnext\b(?!-)/.test(q) || PLANNED.test(text) || /\b(?:will|to be|shall)\b/.test(text) || (!!meta?.date && d.value.replace(/^\?{4}/, '') > meta.date.slice(0, d.value.length)))
        // "when does her term begin": a term, tenure or presidency is dated by a sentence that speaks of it, not by the election
        // (a chairmanship, by one that says who took the chair: "took over the MSP chair … in July 2024")
        // (unless the question asks an event of the term: "date of the flag installation ceremony for korea's new unsc term")
        // (… and its start by a date the text says it begins on, not the day of the election to it: "will begin on January 1")
        .filter((d) => !TERM_NOUN.test(q) || !/\b(?:start|starts|begin|begins|commence|commences|kick off|kicks off)\b/.test(q)
          || /\b(?:start|starts|started|starting|begin|begins|began|beginning|commence[sd]?|commencing|effective|as of|from|take office|took office|takes office|assume[sd]?|assuming|(?:take|takes|took|taken|taking) up)\b[^.;]{0,24}$/i.test(text.slice(Math.max(0, d.start - 60), d.start))
          || !!d.until)
        .filter((d) => !TERM_NOUN.test(q) || TERM_NOUN.test(text) || once(a, 'termEvent', () => /\b(?:ceremony|reception|celebration|meeting|mtg|visit|summit|conference|debate|forum|signing|briefing|launch)\b/.test(q)) || (/\b(?:chairmanship|presidency)\b/.test(q) && /\b(?:chair|chairs|chaired|chairing|presided|presides)\b/i.test(text)) || !!d.until && /\bterm\b/.test(q) && /\b20\d\d\s*-\s*20\d\d\b|\bterm\b/.test(text))
        // "on May 23 … for the month of May": the month again says less than the day
        .filter((d) => d.precision !== 'month' || /\bmonth\b/.test(q) || !fact.dates.some((x) => x !== d && x.precision === 'day' && x.value.startsWith(d.value)))
        // the date must sit in the clause that says what the question asks: "The ROK opened a mission in Port Louis in
        // March 2026, and Mauritius plans to set up one in Seoul next year" does not date Mauritius's mission
        .filter((d) => !betterClauseWithoutDate(a, text, fact, d.start))
        // "forged a strategic partnership in 2009 and agreed to upgrade to a comprehensive one" does not date the latter
        .filter((d) => { const kind = partnershipKindsOf(a.question); if (!kind.length) return true; const own = partnershipKindsOf(text.slice(Math.max(0, d.start - 120), d.start).split(/\s(?:and|but|while)\s|;/).pop() ?? ''); return !own.length || own.includes(kind[0]!); })
        // "… Ecuador, Paraguay, Costa Rica and Jamaica from April 1 to 12 …, Paraguay (April 4-6)": when a date of the
        // sentence belongs to the country asked, the dates of other countries are not its
        .filter((d) => d.start === respective?.start || !(fact.dates.length > 1 && a.countries.some((c) => /^[A-Z]{3}$/.test(c) && !a.places.includes(c)) && slotNear(a, text, d.start) < 0.2
          && fact.dates.some((x) => x !== d && slotNear(a, text, x.start) >= 1)))
        // "… will visit Ecuador, Paraguay, Costa Rica and Jamaica from April 1 to 12": the dates of a whole tour are not
        // one country's
        // (… nor is the date of another country's thing named just before it: "… alongside the Embassy in Azerbaijan, opened
        // in 2007, and the Embassy in Georgia")
        .filter((d) => !(a.countries.filter((c) => /^[A-Z]{3}$/.test(c) && !a.places.includes(c)).length === 1 && slotNear(a, text, d.start) < 0.2
          && (fact.countries.filter((c) => c !== 'KOR' && /^[A-Z]{3}$/.test(c)).length >= 3
            || findCountries(text.slice(Math.max(0, d.start - 40), d.start)).some((c) => /^[A-Z]{3}$/.test(c.code) && c.code !== 'KOR' && !a.countries.includes(c.code)
              // (a capital as the venue is no other country's thing: "the signing of the Korea-GCC FTA in Riyadh on December 28")
              && !(isCapital(c.text) && /\b(?:in|at)\s+$/.test(text.slice(Math.max(0, d.start - 40), d.start).slice(0, c.start)))
              // (… nor the country of a venue named with its city: "signed … in Riyadh, Saudi Arabia, on December 28")
              && !/\b(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?,\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, d.start - 80), Math.max(0, d.start - 40) + c.start))))))
        // and the date's own words must share more with the question than its countries ("… visited Mauritius in 2026"
        // does not date the opening of Mauritius's mission)
        .filter((d) => d.start === respective?.start || !content.length || content.some((w) => [...w].some((x) => segmentOf(d).has(x)))
          // (or it numbers what is asked: "…, and the 3rd in 2021")
          || a.ordinals.some((o) => segmentOf(d).has(`${o}th`))
          // ("has been chairing the CMF, a … initiative launched in May 2021, since August 2024": a "since" after an aside
          // dates the sentence's own verb)
          || (/,\s+since\s+$/i.test(text.slice(Math.max(0, d.start - 9), d.start)) && content.some((w) => [...w].some((x) => sentenceTerms.has(x))))
          // (a start asked is said by the words of a start: "since it opened in April 2005")
          || (startAsked && START_TERMS.some((x) => segmentOf(d).has(x)))
          // (an end asked is said by the end's own words: "opened on November 11 and runs until November 22")
          || (endAsked && (rangeEnd(text, d.start) || END_WORDS.test(text.slice(Math.max(0, d.start - 30), d.start))))
          // (or the clause names the country asked, and the sentence the rest: "… Senegal from May 3 to 5 and Gabon from May 5 to 7")
          // (… or the city asked to be in: "visited Nuuk … from August 26 to 27 and Ottawa, Canada, from August 29 to 30" — "when
          // was the envoy in ottawa")
          || (content.some((w) => [...w].some((x) => sentenceTerms.has(x))) && [...segmentOf(d)].some((x) => a.countryTerms.has(x) && (!a.places.includes(a.countryTerms.get(x)!) || isCapital(x)))))
        // a year that is part of a name ("the "2026 Korea-Latvia Cultural Festival"") is not a date of the event
        .filter((d) => !(d.precision === 'year' && fact.things.some((t) => t.start <= d.start && t.end >= d.end && t.end - t.start > d.end - d.start + 3 && isQuotedAt(text, t.start))))
        // (the question's own date, however written: "2026-2030" asked, "covering 2026 to 2030" stated)
        .filter((d) => !a.dates.some((q) => fold(q.text) === fold(d.text) || (q.value === d.value && (q.until ?? '') === (d.until ?? ''))) && !given.has(d.value.replace(/^\d{4}|\?{4}/, '')))
        .filter((d) => !otherAt.length || owner(d.start, relAt, otherAt) !== 'other')
        // "dates of the 2018 meeting": a date written with another year is another event
        // (but "the term, elected in Oct 2024 — which years?": the years of the term itself, "for the 2025-2027 term")
        .filter((d) => !askedYears.size || d.yearInferred || askedYears.has(d.value.slice(0, 4)) || (!!d.until && askedYears.has(d.until.slice(0, 4)))
          || (/\bterm\b/.test(q) && !!d.until && /^\s*(?:term|mandate|tenure)\b/i.test(text.slice(d.end, d.end + 10))))
        // "before 2024, when did …": a year the question bounds
        // ("before his July 2024 meeting": a month and its year, before a thing of its own, bounds to the month — the year of the
        // release stands for one the text leaves out)
        .filter((d) => {
          const bound = /\b(before|prior to|earlier than|after|later than)\s+(?:(?:his|her|their|its)\s+(?=\p{L}+\s+(?:19|20)\d{2}\b))?(?:(january|february|march|april|may|june|july|august|september|october|november|december)\s+)?((?:19|20)\d{2})\b/u.exec(q);
          if (!bound || (d.yearInferred && !bound[2]) || d.value.startsWith('?')) return true;
          const at = bound[2] ? `${bound[3]}-${String(MONTHS.findIndex((m) => m.toLowerCase() === bound[2]) + 1).padStart(2, '0')}` : bound[3]!;
          const y = ((bound[1] === 'after' || bound[1] === 'later than') ? (d.until ?? d.value) : d.value).slice(0, at.length);
          return /^(?:after|later than)$/.test(bound[1]!) ? y > at : y < at;
        })
        .filter((d) => actClause(d))
        // ("the worst economic crisis since its independence in 1948", "the first review since its entry into force on January 1,
        // 2010": the point a comparison counts from dates nothing asked, unless the question asks what it names)
        .filter((d) => ((m) => !m || sliceTerms(m[1]!).some((t) => a.terms.some((x) => x === t || synonymsOf(x).includes(t))) || findEvents(m[1]!).some((e) => a.relations.includes(e) || a.events.includes(e)))(/\bsince\s+(?:its|their|his|her)\s+((?:[\p{L}-]+\s+){1,4}?)(?:in|on)\s+$/u.exec(text.slice(Math.max(0, d.start - 60), d.start))))
        // ("by what year will every mission issue them": a day whose year the text leaves out tells no year)
        .filter((d) => !(d.yearInferred && d.precision !== 'year' && /\b(?:what|which) year\b/.test(q)))
        // ("what date is the 2nd ministerial in dakar", "exact dates of the 2019 plenary": a day asked is not told by a year,
        // "in 2025" or "the first half of 2025")
        .filter((d) => d.precision !== 'year' || !once(a, 'dayAsked', () => DAY_ASKED.test(q)))
        // ("when's the 2nd dialogue": not "one of the planned venues for Brisbane 2032", a year that names an edition after its
        // place, unless the question names it)
        .filter((d) => !(d.precision === 'year' && !d.until && ((m) => !!m && !MONTH.test(m[1]!) && !NOT_EDITION_NAME.test(m[1]!) && !q.includes(fold(m[1]!)))(/(?:^|[^\p{L}])(\p{Lu}\p{Ll}[\p{L}-]*)\s+$/u.exec(text.slice(Math.max(0, d.start - 30), d.start)))))
        // ("pyeongchang paralympics dates": the days of the games, not the year in their name, "PyeongChang 2018 Olympic …")
        .filter((d) => d.precision !== 'year' || !!d.until || !/\bdates\b/.test(q))
        // ("what date in march is the briefing": "in March" tells nothing the question does not)
        .filter((d) => !new RegExp(`(?<![\\p{L}\\p{N}])${fold(d.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(q))
        // ("the 2030 Agenda for Sustainable Development", "the 2026 Review Conference": a year that opens a name dates nothing)
        // (… unless an act took place at the event the year names: "became an official Olympic sport at the 2000 Sydney Olympic
        // Games")
        .filter((d) => !(d.precision === 'year' && /\bthe\s+$/i.test(text.slice(Math.max(0, d.start - 4), d.start)) && /^\s+\p{Lu}[\p{Ll}]/u.test(text.slice(d.end, d.end + 3)) && !q.includes(fold(text.slice(d.start, d.end + 12).split(/[,;.]/)[0]!))
          && !(/\b(?:at|during|since)\s+the\s+$/i.test(text.slice(Math.max(0, d.start - 14), d.start)) && /^(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(?:Games|Olympics|Paralympics|World Cup|Expo|Exposition|Championships?|Universiade)\b/u.test(text.slice(d.end, d.end + 50)))))
        // ("until when is the waiver now extended": not the end it "was due to expire on" before the extension)
        .filter((d) => !(endAsked && /\b(?:was|were|had been)\s+(?:due|set|scheduled|originally\s+due|to)\s+(?:to\s+)?(?:expire|end|run out|lapse|close)\s+(?:on\s+|in\s+|at the end of\s+)?$/i.test(text.slice(Math.max(0, d.start - 50), d.start))))
        // ("when had the envoys last met before Tokyo": the Tokyo meeting is what the last one came before)
        .filter((d) => !lastBefore || !fold(text.slice(Math.max(0, d.start - 40), d.start)).includes(lastBefore))
        // "when did the meetings begin" is not answered by the date of "the 6th … Meeting"
        .filter((d) => !(startAsked && !a.ordinals.length && laterEdition(text, d.start)))
        // ("the largest since the system was introduced (up from 69,000 in 2022)": the year of a figure compared with is no
        // date of an act)
        .filter((d) => !/\b(?:up|down|rising|falling|rose|fell|increased?|decreased?|compared)\s+(?:(?:by\s+)?[\d.,]+\s*(?:percent|%|percentage points)\s+)?(?:from|with)\s+(?:the\s+)?(?:[^\s()]*\d[^\s()]*)(?:\s+[^\s()]+){0,3}?\s+(?:in|on)\s+$/i.test(text.slice(Math.max(0, d.start - 70), d.start)))
        // ("grew from about 50,000 in 2010 … to 300,000 in 2019": the years of the figures a change runs between date no act
        // the question asks, unless it asks the change)
        .filter((d) => !(/\b(?:from|to)\s+(?:(?:about|some|around|nearly|over|more than|approximately|roughly|almost)\s+)?(?:US\$\s?|\$)?\d[\d.,]*(?:\s+(?:million|billion|thousand|trillion))?(?:\s+[a-z]+){0,2}\s+in\s+$/i.test(text.slice(Math.max(0, d.start - 60), d.start))
          && /\b(?:grew|grown|rose|risen|increased|decreased|fell|fallen|jumped|climbed|declined|dropped|surged|doubled|tripled)\b/i.test(text)
          && !once(a, 'changeAsked', () => /\b(?:grow|grew|grown|rise|rose|risen|increas|decreas|fall|fell|jump|climb|declin|drop|surg|doubl|tripl|reach|hit|top)/.test(q))))
        .filter((d) => !followedUp(d.start))
        .map((d) => ({
          text: endAsked && d.until ? endOf(d) : d.text.replace(/^(?:the )?(?:morning|afternoon|evening) of /i, ''),
          start: d.start, end: d.end,
          // ("the first visit since he took office in July 2024": a point the text counts from, not the event asked)
          score: nearRel(d.start) * ordinalFit(a, text, d.start) * (edition(d) && clauseDates.length ? 0.5 : 1) * asideOf(d.start) * relativeOf(d.start) * bracketPlace(d)
            * (!since && !/\blast\b/.test(q) && !(startAsked && startedAt(d)) && /\bsince\s+(?:[\p{L}'’-]+\s+){2,6}$/iu.test(text.slice(Math.max(0, d.start - 50), d.start)) ? 0.5 : 1)
            // ("on March 23, the fourth such handover since 2014": the year an edition is counted from does not date the edition)
            * (!since && !startAsked && /\b(?:\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+tieth)\s+(?:such\s+|consecutive\s+)?[\p{L}-]+\s+since\s+$/iu.test(text.slice(Math.max(0, d.start - 60), d.start)) ? 0.3 : 1) * (wantsYear && d.precision !== 'year' && d.yearInferred ? (/\b(?:what|which) year\b/.test(q) ? 0.3 : 0.6) : 1) * (d.until && !(startAsked && /\bbegin\s*$/.test(q)) && (/\bdates\b|\bdays\b|\bperiod\b|\bterm\b|\byears\b|\bfrom\b|\buntil\b|\bstay|\bvisit\b|\btrip\b|\btour\b|\bruns?\b|\blasts?\b/.test(q) || STAY_ASKED.test(q)) ? 1.3 : d.until && /\bdate\b|\bwhat day\b/.test(q) ? 0.8 : 1)
            // ("when did they hold talks in beijing", "what day was the contract signed": an act of one day is not dated by the days of
            // a visit, "visited Beijing from May 14 to 16 and held talks on May 15")
            * (d.until && once(a, 'oneDay', () => oneDayAsked(q)) ? 0.5 : 1)
            // "when does the training run", "dates of the trip": what runs, runs from one day to another
            * (!d.until && !rangeEnd(text, d.start) && /\bwhen\b[^?]*\b(?:runs?|lasts?)\b|\bdates\b/.test(q) ? 0.4 : 1)
            // ("handled 421,637 consultations in 2023, … since it opened in April 2005": of a start asked, the date said to start)
            * (startSaid && !startedAt(d) ? 0.5 : 1) - (startSaid && !startedAt(d) ? 0.3 : 0)
            // (the years a programme runs for are no date of its signing, unless its period is asked)
            - (periodOf(d) && !/\b(?:period|years|term|duration|cover|covers|run|runs|span)\b/.test(q) ? 0.6 : 0)
            // ("when is the Athens Our Ocean Conference": not "On the margins of the conference, Vice Minister Kang plans to hold talks
            // … on April 16", the day of an act beside the event, unless that act is asked)
            - (/^\W{0,3}(?:On|At)\s+the\s+(?:margins|sidelines)\s+of\s+(?:the|this)\s+[^,;]{2,60},\s+[^;]*$/.test(text.slice(0, d.start)) && !once(a, 'besideAsked', () => /\b(?:talks?|meet|meets|met|meeting|sit|sits|sat|bilateral|margins?|sidelines?|call|calls|called|discuss\w*|sign\w*|with)\b/.test(q)) ? 0.4 : 0)
            // ("in Daejeon in 1993 and in Yeosu in 2012": the date of the place the question names)
            + placeBefore(d) + itemFit(d)
            // ("visited Nuuk … from August 26 to 27 and Ottawa, Canada, from August 29 to 30": of several dates, the one whose own
            // words name the city asked)
            // (… and not the days said after another city: "visited Lima, Peru, from March 3 to 5 and Santiago, Chile, from …")
            + (cityBefore(d) ? 0.3 : cityBefore(d) === false && fact.dates.some((x) => x !== d && cityBefore(x)) ? -0.3 : 0)
            // ("when did Korea take over as chair of the MSP": "has been chairing the MSP, … launched in June 2022, since July 2024")
            + (TAKE_OVER.test(q) ? (/\b(?:since|took over|taken over|takes over|assumed|took up)\s+(?:[\w-]+\s+){0,4}?(?:in\s+|on\s+)?$/i.test(text.slice(Math.max(0, d.start - 40), d.start).split(/[,;]/).pop() ?? '') ? 0.6
              : /\b(?:launched|founded|established|created|set up)\s+(?:in\s+|on\s+)?$/i.test(text.slice(Math.max(0, d.start - 20), d.start)) ? -0.6 : 0) : 0)
            // ("since when has it been a national holiday": the date the text gives after "since", weighed above a date of
            // another clause of the sentence)
            + (since ? (/\bsince\s+(?:early\s+|late\s+|mid-?)?$/i.test(text.slice(Math.max(0, d.start - 12), d.start)) ? 1 : -0.5) : 0)
            // ("dprk most recent nuclear test": "six tests since 2006, the most recent in September 2017")
            + (/\b(?:most recent|latest)\b/.test(q) && /\b(?:the\s+)?(?:most recent|latest|last)(?:\s+(?:one|[\p{L}-]+))?\s*,?\s+(?:in|on)\s+$/iu.test(text.slice(Math.max(0, d.start - 40), d.start)) ? 0.8 : 0)
            // ("when did they sign the renewed MOU": not "the first country to sign an EPS MOU, in 2004")
            - (renewedAsked && /\bfirst\b/i.test(text.slice(Math.max(0, d.start - 80), d.start).split(/[;]|,\s+and\s/).pop()!) ? 0.5 : 0)
            + (wantsYear && d.precision === 'year' ? 0.3 : 0) + (eventDay && d.precision === 'day' ? 0.3 : 0)
            // ("On October 17, the final day of the visit, …": one day of a visit asked whole is not its dates)
            - (!dayOfAsked && DAY_OF_VISIT.test(text.slice(d.end, d.end + 40)) ? 0.5 : 0)
            // (an act's date mostly follows it: "took off … on October 4 and landed … on October 5")
            + (actAt.length && fact.dates.length > 1 ? 0.6 * (1 - Math.min(1, Math.min(...actAt.map((p) => (d.start >= p ? d.start - p : 3 * (p - d.start)))) / Math.max(60, text.length))) : 0)
            // ("…, which was dispatched … after a quake struck … on July 22, returned home on August 8": the date the act's own
            // words lead straight to)
            // (… past the place it names: "arrived at Incheon International Airport on September 12")
            + (actAt.some((p) => p < d.start && d.start - p < 80 && /^[\p{L}]+(?:\s+(?:home|back|safely))?(?:\s+(?:at|in|to|into)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}?)?\s*(?:on|in)\s+$/u.test(text.slice(p, d.start))) ? 0.5 : 0)
            // ("…, and that in May 2022 it became the first Asian country to join the Centre": a date that opens its clause dates
            // the act its clause goes on to name)
            + (fact.dates.length > 1 && /(?:[,;]\s*(?:and\s+)?|\band\s+)(?:that\s+)?(?:in|on)\s+$/i.test(text.slice(Math.max(0, d.start - 20), d.start))
              && [...actAt, ...relAt, ...(a.events.includes('joined') ? eventPositions(['joined'], text) : [])].some((p) => p > d.end && p - d.end < 90 && !/[,;.]/.test(text.slice(d.end, p))) ? 0.4 : 0)
            // "when does her term begin": the date a term or period runs from (not a date in an aside about another thing:
            // "after King Sejong Station (opened in 1988)")
            + (startAsked && /\b(?:from|begins?\s+on|starts?\s+on|starting|effective|commencing|(?:began|begun|started|commenced|launched|founded|set up|introduced|(?:since\s+(?:it|they)\s+)?opened|first\s+(?:held|convened|organi[sz]ed|hosted|staged))\s+in|took office(?:\s+on)?|assumed (?:office|(?:the|his|her) post)(?:\s+on)?|took up (?:the|his|her) post(?:\s+on)?|(?<!\bfirst\s(?:[\w-]+\s){0,6})since)\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, d.start - 34), d.start)) && asideOf(d.start) === 1 ? 0.4 : 0)
            // "since when …": the date the text gives with "since"
            // ("when did Seoul last hold it": "the first time … since May 2014" says when it last did)
            // (… "since the one held in Seoul on February 20")
            + ((since || /\blast\b/.test(q)) && (/\bsince\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, d.start - 12), d.start))
              || (!since && /\bsince\s+the\s+(?:one|last|previous)\s+(?:held|hosted|convened)\s+(?:in\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?\s+)?(?:on\s+|in\s+)?$/u.test(text.slice(Math.max(0, d.start - 70), d.start)))) ? (since ? 0.4 : 0.6) : 0)
            // ("the 1st … Plan in 2014, the 2nd in 2018, and the 3rd in 2021": the clause's words are the 1st's; the ordinal says whose)
            + 0.5 * lead(d) * (ordinalFit(a, text, d.start) < 1 ? 0.4 : 1)
            // "visited Senegal from May 3 to 5 and Gabon from May 5 to 7": the date by the country asked
            + (fact.dates.length > 1 ? 0.3 * slotNear(a, text, d.start) : 0)
            // ("the first Mekong-ROK FMM": not "the 1st Mekong-ROK Summit, held in Busan on November 27, 2019")
            + otherMeetingKind(d.start),
        }))].flatMap((c) => {
          // ("On July 27, the day before the inauguration, …": a date said to fall before or after the event asked is not its date)
          if (/^,?\s+the\s+(?:day|night|evening|morning|week)\s+(?:before|after|ahead of|prior to)\s+(?:the\s+)?([\p{L}-]+)/iu.test(text.slice(c.end, c.end + 50))
            && ((w) => !a.countryTerms.has(w) && !a.names.includes(w) && a.terms.some((t) => synonymsOf(t).includes(w)))(terms(/^,?\s+the\s+(?:day|night|evening|morning|week)\s+(?:before|after|ahead of|prior to)\s+(?:the\s+)?([\p{L}-]+)/iu.exec(text.slice(c.end, c.end + 50))![1]!)[0] ?? '')) return [];
          // ("held talks in Prague on June 5, a day after KHNP and EDU II signed the EPC contract": a date said to fall a span
          // before or after a clause that states the act asked is the date of another act, the one the clause does not name)
          if (((m) => !!m && acts.length > 0 && eventPositions(acts, m[0]).length > 0 && !eventPositions(acts, text.slice(0, c.start)).length)(/^,?\s+(?:a|one|two|three|four|five|six|several|a few|the)\s+(?:day|days|week|weeks|month|months)\s+(?:before|after)\b[^.;]*/i.exec(text.slice(c.end)))) return [];
          // ("Prior to the adoption, the Special Rapporteur presented his report … on October 23": an opening phrase that puts the
          // sentence before or after the event asked dates another event)
          if (!once(a, 'beforeAfterAsked', () => /\b(?:before|prior|ahead|after|following|run-up|preceding|earlier|later)\b/.test(q))
            && ((m) => !!m && ((w) => !!w && a.terms.some((t) => synonymsOf(t).includes(w)))(terms(m[1]!)[0]))(/^(?:[^,;]{0,40}\s)?(?:prior to|before|ahead of|after|following|in the run-up to)\s+(?:the\s+|its\s+|their\s+)?([\p{L}-]+),/iu.exec(text.slice(0, c.start)))) return [];
          // ("since when has korea been paying into the ADF": of a doing that goes on, a date the text gives neither after "since"
          // nor as a start — "held in Tbilisi from May 2 to 5" — says no since; "Since the first contingent was deployed in March 2013" does)
          if (since && /\b(?:has|have|had)\b[^?]*\bbeen\s+[a-z]+ing\b/.test(q) && !/\bsince\b[^,;.]{0,60}$/i.test(text.slice(Math.max(0, c.start - 70), c.start)) && !startedAt(c)) return [];
          // "term dates": a period written as two dates, "from March 1, 2023 to February 28, 2027", is one answer
          if (!/\b(?:dates|term|period|tenure|mandate)\b/.test(q) || startAsked || endAsked) return [c];
          const next = fact.dates.find((x) => x.start > c.end && /^\s*(?:to|until|through|-|–)\s*$/.test(text.slice(c.end, x.start)));
          return next ? [{ ...c, text: text.slice(c.start, next.end), end: next.end, score: c.score + 0.3 }, c] : [c];
        });
    }
    case 'who': {
      // the office of the person asked about; "PM Tanaka", "Minister Holm" name another person (a capitalized name follows)
      // (not the office of the one who acts: "who did 1st VFM ryu talk to", "who did Minister Hwang meet")
      const officeAt = [...a.text.matchAll(/\b([Mm]inister|[Pp]resident|[Ss]ecretary|[Aa]mbassador|[Cc]onsul|[Gg]overnor|[Mm]ayor|[Cc]hancellor|[Cc]ouncill?or|[Ss]pokes(?:person|man|woman)|[Cc]ommander|[Rr]ector|[Aa]dvis[eo]r|[Pp]riest|[Rr]apporteur|[Hh]ead of [Ss]tate|(?<!\b(?:chief|top|senior|main|lead) )[Rr]epresentative|[Cc]hair(?:man|person|woman)|(?<=^[Ww]ho(?: is| was|['’]s) (?:the )?(?:[\p{L}-]+ ){0,2})[Dd]irector|(?<=^(?:[Ww]hat(?:['’]s| is| was) )?(?:the )?(?:full )?[Nn]ame of (?:the )?(?:[\p{L}-]+ ){0,9})[Dd]irector|(?<=^[Ww]hich (?:[\p{L}-]+ ){0,3})[Dd]irector(?=[- ][Gg]eneral\b))\b(?!\s+\p{Lu})(?!s?\s+(?:talks|meeting|meetings|consultations?|dialogue|summit|forum|conference)\b)/gu)]
        // ("who did minister kim meet": not the office of the one who acts — but "who was the sri lankan foreign minister kim met"
        // asks the minister, whom Kim met)
        // ("romanian defense minister who met Han": a relative pronoun is no name)
        .filter((m) => /^who(?:'s| is| was| are| were)\s/.test(foldedQuestion(a)) || !/^\s+(?!(?:who|that|which)\b)[\p{L}-]+\s+(?:meet|met|talk|talked|speak|spoke|call|called|visit|visited|sign|signed|hold|held|receive|received|invite|invited|host|hosted|thank|thanked)\b/u.test(a.text.slice(m.index! + m[0].length)))
        .filter((m) => !/^who (?:did|does|will|has|had)\b/.test(foldedQuestion(a)) || foldedText(a).indexOf(m[0].toLowerCase()) > foldedText(a).search(/\b(?:meet|met|talk|speak|call|visit|sign|hold|receive|invite|host|thank|hand|give|convey|deliver|present|send)/))
        // ("the moroccan official who exchanged instruments with amb. park": the office of the other party)
        .filter((m) => !/\b(?:with|by|from)\s+(?:the\s+)?(?:[\p{L}.]+\s+){0,2}$/iu.test(a.text.slice(0, m.index!)))
        // ("which chinese director-general for asian affairs did … meet": a director-general after "which" is the office asked)
        // ("which UNICEF deputy executive director met korea's 2nd vice foreign minister cho": the office of the one met, after the
        // verb, not of the one asked before it)
        .filter((m) => !/^(?:which|what)\b[^?]*?\b(?:met|meets|meet|talked|spoke|called on|visited|received|hosted|thanked)\s+(?:with\s+)?(?:[\p{L}'’.\d-]+\s+){0,4}$/iu.test(a.text.slice(0, m.index!)))
        // ("who informed Sri Lanka's agriculture minister of …": the office of the one the verb acts on, not of the one asked)
        .filter((m) => !/^who\s+(?:informed|informs|told|tells|briefed|briefs|notified|met|meets|called on|visited|received|thanked|congratulated|invited|hosted|welcomed|greeted|urged|assured|accompanied|conveyed\s+[^?]{1,60}?\s+to)\s+(?:the\s+)?(?:[\p{L}'’.\d-]+\s+){0,4}$/iu.test(a.text.slice(0, m.index!)))
        // ("korea's candidate for IMO secretary-general": the office run for, not one held)
        .filter((m) => !/\b(?:candidates?|candidacy|nominees?|nominated|running|runs?|bid|campaign)\s+(?:for|to be|as)\s+(?:the\s+)?(?:post\s+of\s+)?(?:[\p{L}.-]+\s+){0,3}$/iu.test(a.text.slice(0, m.index!)))[0];
      // ("who handed the letter to the honorary consul": an office after "to" is the recipient's, not the one asked)
      const toObject = /^who\s+(?:[a-z]+ed|gave|sent|handed|presented|delivered|conveyed|wrote|made)\b[^?]*?\bto\s+/.exec(foldedText(a));
      const office = officeAt && toObject && officeAt.index! >= toObject[0].length ? undefined : officeAt?.[1]?.toLowerCase();
      // (not a people's name: "the angolan minister")
      // (not another office the question names, one acted with: "which FM co-chairs the GFF with the fisheries minister")
      const officeWords = foldedQuestion(a).replace(/\b(?:with|by|from)\s+(?:the\s+)?[a-z]+\s+(?:minister|secretary)\b/g, ' ');
      const portfolio = (office === 'minister' ? ((w) => (w && findCountriesTyped(w).some((c) => c.text.length === w.length) ? undefined : w))(/\b([a-z]{4,})\s+minister\b/.exec(officeWords)?.[1]?.replace(/^(?:foreign|prime|vice|deputy|state|chief|first|second|senior|former|new|the)$/, '') || undefined) : undefined)
        // ("which philippine energy secretary": a secretary's portfolio too — not "Secretary of Foreign Affairs Manalo")
        ?? (office === 'secretary' ? ((w) => (w && !findCountriesTyped(w).some((c) => c.text.length === w.length) && !/^(?:general|executive|permanent|first|second|third|assistant|deputy|under|cabinet|press|chief|private|state|parliamentary|senior|former|new|acting|named|elected|appointed)$/.test(w) && !/(?:ed|ing)$/.test(w) && !stopWords().has(w) ? w : undefined))(/\b([a-z]{3,})\s+(?:cabinet\s+)?secretary\b(?![\s-]+general\b)/.exec(officeWords)?.[1]) : undefined);
      const qualifiedOffice = /\b(?:executive|managing|regional|country|programme|program)\s+director\b/.exec(foldedQuestion(a))?.[0];
      // (or typed "FM", the office asked: "which FM co-chairs …")
      const foreignAsked = office === 'minister' && (/\bforeign\s+minister\b/.test(foldedQuestion(a)) 
        || /^(?:which|what)\s+(?:[a-z]+\s+){0,2}fms?\b|^who(?:['’]s|\s+is|\s+was)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}fm\s*(?:$|\?|\b(?:of|in|at|for|during|when|who|that)\b)/.test(foldedQuestion(a)));
      // (a head "of state" is no Minister of State's rank)
      const officeRanks = officeAt && office !== 'head of state' ? ranks(fold(a.text.slice(Math.max(0, officeAt.index! - 30), officeAt.index! + officeAt[0].length)).split(/\s+/).slice(-5).join(' ')) : new Set<string>();
      // "who chaired the meeting" is not answered by the head of a delegation: chairing must be stated
      // (a "presidency" or a "president" presides over nothing in the sentence)
      // (a visit made "at the invitation of" someone is one that person hosted)
      if (/\b(?:chair(?:ed|s|ing)?|co-chair(?:ed|s)?|presid(?:e|ed|es|ing)|host(?:ed|s)?)\b/.test(foldedQuestion(a)) && !/chair|presid(?:e|ed|es|ing)\b|host|\bpresident of the (?:[\w-]+\s+){0,2}(?:council|assembly|conference|board|session|committee|court|commission)\b/i.test(text)
        && !(/\bhost/.test(foldedQuestion(a)) && /\bat the invitation of\b/i.test(text))) return [];
      // (nor "who moderated the session", "korea's sherpa", "who gave the keynote" by one who only spoke or attended: a role of
      // its own must be stated)
      // (remarks are remarks however named: "the congratulatory speech" — "In his congratulatory remarks")
      const roleAsked = once(a, 'roleAsked', () => ROLE_ASKED.exec(foldedQuestion(a))?.[1]?.replace(/ (?:remarks|address|speech)$/, ' (?:remarks|address|speech|statement|message)').replace(/^welcom(?:e|ing)\b/, 'welcom(?:e|ing)'));
      if (roleAsked && !new RegExp(`\\b${roleAsked}`, 'i').test(text)) return [];
      // a person the question names, in any case ("who did jeon call on"), is not the answer
      const asked = new Set(foldedQuestion(a).split(/[^\p{L}]+/u).filter((w) => w.length > 1));
      // (the place after "to": "the philippine ambassador to korea" is posted in Korea, whatever her nationality)
      // (not the post of the one who acts: "who did our ambassador in maputo hand the decision to" asks whom the ambassador met)
      // (the ones the question asks a person spoke or acted for: "for the sending states", "on behalf of the alumni")
      const behalfAsked = once(a, 'behalfAsked', () => ((m) => (m ? sliceTerms(m[1]!).filter((t) => !stopWords().has(t)) : []))(/\b(?:speech|spoke|speak|speaking|remarks|statement|address|words)\s+(?:for|on behalf of)\s+(?:the\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)(?=\s+(?:at|in|on|during|to)\b|\s*\??$)/.exec(foldedQuestion(a))));
      const postAsked = once(a, 'post', () => /^who(?:m)?\s+(?:did|does|do|will|has|had|would)\s+(?:[\p{L}.'’-]+\s+){0,3}?(?:ambassador|envoy|consul|embassy)\b/u.test(foldedQuestion(a)) ? []
        : ((m) => (m ? findCountriesTyped(m[1]!).map((c) => c.code).filter((c) => /^[A-Z]{3}$/.test(c)) : []))(/\b(?:ambassador|envoy|consul|embassy)\s+(?:in|to|at)\s+([\p{L}.' -]{2,30})/u.exec(foldedQuestion(a))));
      // ("on behalf of the Ferrante family": a member of the family named is an answer)
      const family = (n: string): boolean => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(?:family|families|descendants|heirs|estate)\\b`).test(foldedQuestion(a));
      // ("who did the Korean deputy minister meet in Zagreb": the one the question names by post, who met, is not the one asked)
      // ("which Korean artist co-designed the memorial": "jointly designed by Korean sculptor Choi Yeon-ju and Nomvula Dlamini")
      const koreanAsked = once(a, 'koreanAsked', () => /^(?:which|what)\s+korean\b|\bkorean\s+(?:national|citizen|diplomat|official|expert|judge|candidate|professor|scholar|artist|sculptor|painter|designer|architect|composer|musician|writer|author|poet|scientist|researcher|engineer|athlete|doctor|volunteer|journalist|photographer)\b/.test(foldedQuestion(a)));
      // ("who did the expo envoy meet in jamaica": with no people named, the post is a Korean one, which a MOFA release speaks of;
      // its words — "envoy", or "expo" — name the one who met)
      const actorPost = once(a, 'actorPost', () => ((m) => (m && !findCountriesTyped(m[1]!).some((c) => c.code !== 'KOR') ? m[1] : undefined))(/^who(?:m)?\s+(?:did|does|will|has|had)\s+(?:the\s+)?(?:(?:korean|rok|s\.?\s*korean|south korean|our|(?:korea|rok|seoul)['’]s)\s+)?((?:[a-z0-9-]+\s+){0,4}(?:minister|ambassador|president|envoy|secretary|official|delegation|fm|vfm|dg|director-general|director general|director|consul general|consul))\s+(?:(?:in|to|at)\s+[a-z-]+\s+)?(?:meet|see|call on|visit|receive|host|talk to|speak with|speak to|hold talks with|hand|give|convey|deliver|present)\b/.exec(foldedText(a))));

      const actorWords = actorPost ? actorPost.split(/\s+/).filter((w) => w.length >= 3 && !stopWords().has(w) && !/^(?:foreign|first|second|vice|deputy|prime|the)$/.test(w)) : [];
      const actorOfQuestion = (p: { title?: string; country?: string; name: string }): boolean => !!actorPost && !!p.title && (fold(p.title).includes(actorPost.split(/\s+/).pop()!) || actorWords.slice(0, -1).some((w) => new RegExp(`\\b${w}\\b`).test(fold(p.title!)))) && (p.country === 'KOR' || looksKorean(p.name));
      const sideBody = once(a, 'sideBody', () => ((m) => (m && a.initialisms.includes(m[1]!) ? m[1] : undefined))(/\b(?:the\s+)?([a-z]{2,8})\s+(?:side|delegation|team)\b/.exec(foldedQuestion(a))));
      // ("who co-chaired the JPRC for the ASEAN Secretariat": the side a co-chair stood for, named by its words, not a country)
      // (not when the question names the Korean side itself, save in a pair: "who represented Seoul at the summit for Gavi")
      const forSide = once(a, 'forSide', () => ((m) => (!m || /(?<![-–])\b(?:korea|korean|koreans|rok|seoul|mofa|our|s\.?\s*korea)\b(?![-–])/.test(foldedText(a)) || /\b(?:first|second|last|time|year|years|event|events|meeting|occasion|talks|record|term|period|now|today|position|post|job|role|seat|award|prize)\b/.test(m[1]!) || findCountriesTyped(m[1]!).some((c) => /^[A-Z]{3}$/.test(c.code)) ? undefined
        : ((t) => (t.length ? t : undefined))(terms(m[1]!))))(/^who\b[^?]*?\b(?:co-chair|chair|sign|led|lead|head|represent|spoke|speak)[a-z]*\b[^?]*?\bfor\s+(?:the\s+)?((?:[\p{L}-]+\s*){1,3}?)\s*(?:\s(?:on|in|at|over|about|regarding)\s[^?]*)?$/u.exec(foldedQuestion(a).replace(/[?!.\s]+$/, ''))));
      const people = fact.people.filter((p) => !actorOfQuestion(p) && !a.names.some((n) => fold(p.name).split(/[\s-]+/).includes(n) && !family(n)) && (!inQuestion(a, p.name) || a.names.some((n) => family(n)))
        && !fold(p.name).split(/\s+/).some((w) => asked.has(w) && !stopWords().has(w)))
        // ("who signed the MOU for the fisheries ministry": one it was signed "in the presence of" saw it signed, and signed nothing)
        .filter((p) => !/^who\b(?:\s+[a-z]+){0,2}?\s+sign(?:ed|s)?\b/.test(foldedQuestion(a)) || !/\bin the presence of\s+[^;.]*$/i.test(text.slice(Math.max(0, p.start - 120), p.start)))
        // "who was Finland's foreign minister" is not answered by a state secretary
        // ("which uzbek head of state": a president, a king, an emir … is one)
        .filter((p) => !office || !p.title || (/^(?:mr|ms|mrs|dr|h\.e)\.?(?:\s|$)/i.test(p.title) && !otherRole(text, p.end, office)) || fold(p.title).includes(office) || /\bcounterparts?\b/i.test(p.title)
          || (office === 'head of state' && /\b(?:president|king|queen|emir|amir|sultan|grand duke|monarch)\b/.test(fold(p.title)) && !/\b(?:vice|deputy)\b/.test(fold(p.title)))
          // (a title cut at a comma, "Minister of Foreign Affairs, African Cooperation and … X", or held "as President")
          // (not another person's title: "Deputy Governor of Lagos State Obafemi Adeyinka, Director-General … Seo Hyun-jin")
          // (nor the appositive of the person before, when this one has a title of its own: "Lee, Deputy Minister for FTA
          // Negotiations …, and Carolina Valdés, Director General …")
          || ((prev) => !(prev >= 0 && /^\s*,/.test(text.slice(prev, p.start)) && !!p.title) 
            // (as a title, written with a capital or right before the name: not "After each ambassador presented his or her
            // credentials, President Kang", but "the unit commander, Colonel Park")
            && ((before) => before.includes(office) && (new RegExp(`\\b${office.replace(/\b\w/g, (c) => c.toUpperCase())}`).test(text.slice(Math.max(0, p.start - 90, prev), p.start)) || before.slice(-30).includes(office)))(fold(text.slice(Math.max(0, p.start - 90, prev), p.start)).split(/[.;]/).pop()!))(Math.max(-1, ...fact.people.filter((o) => o.end <= p.start).map((o) => o.end)))
          || new RegExp(`\\bas (?:the )?(?:[a-z-]+ )?${office}\\b`).test(fold(text.slice(p.end, p.end + 150)))
          // ("the 17th contingent, commanded by Colonel Park": a commander asked is the one the text says commands)
          || (/^(?:commander|head|chief|leader)$/.test(office) && agentOf(text, p, 'led')))
        // "the petroleum minister" is not the foreign minister: a portfolio the question names must be the title's
        // (spelled either way: "defence secretary" — "Secretary of National Defense", "labor" — "Minister of Labour")
        .filter((p) => !portfolio || !p.title || fold(p.title).includes(portfolio) || terms(p.title).includes(terms(portfolio)[0] ?? portfolio))
        // ("the Executive Director of UN Women" is not a Director-General for International Organizations)
        .filter((p) => !qualifiedOffice || !p.title || fold(p.title).includes(qualifiedOffice))
        // ("Minister of Finance and Budget" is not the foreign minister the question asks for)
        .filter((p) => !foreignAsked || !p.title || !/\bminister\s+(?:of|for)\b/.test(fold(p.title)) || /\b(?:foreign|external|exterior|international relations)\b/.test(fold(p.title)))
        // "foreign minister" is not a Minister of State, a Vice or Deputy Minister; "vice FM" needs the rank
        // ("Deputy Prime Minister and Minister of Foreign Affairs" holds two posts, each of its own rank)
        .filter((p) => !office || !p.title || fold(p.title).split(/\s+and\s+(?=(?:[a-z-]+\s+){0,2}(?:minister|secretary|president|ambassador|director|governor|chair(?:man|person|woman)?)\b)/).some((post) => sameRank(officeRanks, ranks(post))))
        // "Finland's foreign minister" is not a person of another country, nor a titled official of the ministry's own
        // ("which korean was chosen to chair the board": a person of no stated country is Korean only by a Korean name)
        // (a Korean asked is asked though the question names another people too: "which Korean artist co-designed the South
        // African memorial")
        // (a body asked is one the person's post is for, whatever the person's country: "who is the APEC SOM chair" — "Seo, Ambassador
        // for APEC Affairs and 2025 APEC SOM Chair")
        .filter((p) => { const c = p.country ?? sideCountry(text, p); const nat = a.nationality ?? (koreanAsked ? 'KOR' : undefined); return !nat || (c ? c === nat : !koreanAsked || looksKorean(p.name)) || (!/^[A-Z]{3}$/.test(nat) && !!p.title && new RegExp(`\\b${nat}\\b`).test(p.title)); })
        // ("who headed the UNICEF side": not "Yoo Jae-sung led the ROK delegation, and … Lindqvist-Araya led the UNICEF delegation")
        .filter((p) => { const led = sideBody ? /^[^.;]{0,12}?\b(?:led|headed)\s+(?:the\s+)?([\p{L}-]+)\s+(?:side|delegation|team)\b/u.exec(text.slice(p.end, p.end + 60))?.[1] : undefined; return !led || fold(led) === sideBody; });
      // "who hosted lunch for the Ghanaian VP": the Ghanaian Vice President is the guest, not the answer
      const guest = /\b(?:for|with|met|meet|welcomed?|received?|greeted?|hosted?|invited?)\s+(?:the\s+)?([\p{L}-]+)(?:['’]s)?\s+(vp|vice president|president|pm|prime minister|fm|foreign minister|king|queen|crown prince|speaker|emir|sultan)\b/u.exec(foldedQuestion(a));
      const guestCountry = guest ? findCountriesTyped(guest[1]!).map((c) => c.code)[0] : undefined;
      const guestTitle = guest ? ({ vp: 'vice president', pm: 'prime minister', fm: 'foreign minister' } as Record<string, string>)[guest[2]!] ?? guest[2]! : undefined;
      const isGuest = (p: { title?: string; country?: string }): boolean => !!guestTitle && !!guestCountry && !!p.title && fold(p.title).includes(guestTitle) && (!p.country || p.country === guestCountry);
      // "who chaired …": the one the sentence says chaired ("was chaired by Ambassador X", "X … chaired")
      const receiveAsked = /\b(?:receiv\w*|awarded|recipients?|won|win)\b/.test(foldedQuestion(a));
      const toAsked = /^who\s+(?:[a-z]+ed|gave|sent|handed|presented|delivered|conveyed|wrote|made)\b[^?]*\bto\s+(?:the\s+)?[\p{L}]/u.test(foldedQuestion(a));
      const predecessorAsked = once(a, 'predecessorAsked', () => /\b(?:before|previous|previously|predecessor|former|outgoing|preced\w*|replac\w*|succe\w*|over from|handed over|last)\b/.test(foldedQuestion(a)));
      // ("who took over the MTCR chair from spain": the one who took over, not the one taken over from)
      const newAsked = (/\b(?:elected|appointed|named|new|newly|incoming)\b/.test(foldedQuestion(a)) || /^who\s+(?:took|takes|will take|has taken|is taking)\s+over\b/.test(foldedQuestion(a))) && !/\b(?:former|previous|outgoing|predecessor|before)\b/.test(foldedQuestion(a));
      // ("who signed the MOU": the one the sentence says signed it, "signed by X", not one who attended the signing)
      // (not an event's own description: "the UK-hosted summit")
      // (not a post named by its unit: "who was the EEAS sanctions division head" asks the one with that title, not who led)
      const role = /\b(?<!(?<!\bco)-)(co-chair|chair|presid|host|led\b|head|lead(?=s?\b|ing\b)|command|sign(?=s?\b|ed\b)|represent(?=s?\b|ed\b|ing\b))/.exec(foldedQuestion(a).replace(/\bwho (?:is|was|are|were) (?:the )?head\b/, '')
        .replace(/\b(?:division|department|bureau|section|office|desk|branch|directorate)\s+head\b/, '')
        // ("who will run the new cultural center": to run or manage a body is to head it — "will be headed by Director X")
        .replace(RUN_ASKED, 'who heads'))?.[1]?.replace(/^(?:lead|command)$/, 'led');
      // ("who summoned the Russian envoy": the one named before the verb did it; the one after it was summoned)
      // (… not when a role is asked, which its own clause must hold: "who delivered the keynote speech" — "X delivered opening
      // remarks, and Y gave the keynote speech")
      const actVerb = role || receiveAsked || roleAsked ? undefined : /^who\s+([a-z]{3,}ed)\b/.exec(foldedQuestion(a))?.[1];
      const actAt = actVerb ? [...text.matchAll(/\b[a-z]{3,}\b/g)].find((m) => terms(m[0])[0] === terms(actVerb)[0])?.index : undefined;
      // ("who was called in to MOFA", "who did seoul summon": the one the sentence calls in, after the verb, not the one who does)
      const summonedAsked = once(a, 'summoned', () => /\bwho\s+(?:was|were|got|has been|had been)\s+(?:called in|summoned)\b|^who(?:m)?\s+(?:did|does|will|has|had)\b[^?]*\b(?:call in|summon)\b/.test(foldedQuestion(a)));
      const summoned = (p: { start: number }): number => !summonedAsked ? 0
        : /\b(?:called in|summoned|summoning|calling in)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,8}$/iu.test(text.slice(Math.max(0, p.start - 90), p.start)) && !/[,;]/.test(/\b(?:called in|summoned|summoning|calling in)\b(.*)$/i.exec(text.slice(Math.max(0, p.start - 90), p.start))?.[1] ?? ',') ? 0.6 : -0.3;
      const actor = (p: { start: number; end: number }): number => actAt === undefined ? 0
        : p.end <= actAt && !people.some((o) => o.start > p.end && o.end <= actAt) ? 0.4 : p.start > actAt && p.start - actAt < 60 ? -0.3 : 0;
      // ("which slovenian FM came to Seoul in 2014": "Horvat's visit was the first … since Minister Novak came to Seoul in
      // 2014" — of the people a sentence names, the one next to the date the question gives, no other named between them)
      const askedYears = a.dates.filter((d) => !d.yearInferred && /^\d{4}/.test(d.value)).map((d) => d.value);
      const datedAt = askedYears.length ? fact.dates.filter((d) => !d.yearInferred && askedYears.some((v) => d.value.startsWith(v))) : [];
      const nextToDate = (p: { start: number; end: number }): boolean => datedAt.some((d) => {
        const gap = d.start >= p.end ? [p.end, d.start] : [d.end, p.start];
        return gap[1]! - gap[0]! < 90 && !/[;]/.test(text.slice(gap[0], gap[1])) && !fact.people.some((o) => o.start >= gap[0]! && o.end <= gap[1]!);
      });
      const dateFit = (p: { start: number; end: number }): number => (datedAt.length && fact.people.length > 1 && fact.people.some((o) => !nextToDate(o)) && nextToDate(p) ? 0.3 : 0);
      const label = /^([\p{Lu}][\p{L}'’ -]{2,40}?)\s*(?:\([^)]{0,40}\))?\s*:/u.exec(text)?.[1];
      const labelled = label ? findCountries(label).find((c) => c.text.length >= label.trim().length - 2)?.code : undefined;
      // (the places the question names by name: "honorary consul in Lyon")
      const placeAsked = a.names.filter((n) => new RegExp(`\\b(?:in|at)\\s+${n}\\b`).test(foldedQuestion(a)));
      // ("full name of the climber": a surname alone, "Mr. Kim", is not one)
      const fullName = /\bfull name\b/.test(foldedQuestion(a));
      const side = ((x) => (x && a.initialisms.includes(x) ? x : undefined))(/\bthe ([a-z]+)(?:'s)? side\b/.exec(foldedQuestion(a))?.[1]);
      // ("the korean climber killed on annapurna": a person asked by what they did or were is one the text calls so)
      // (the one asked, not one the question's verb acts on: "who made ethiopian veteran abebe an honorary citizen")
      const calledAs = /^(?:(?:what(?:'s| is| was)?\s+)?(?:the\s+)?(?:full\s+)?name of\s+(?:the\s+)?|which\s+|who\s+(?:is|was|are|were)\s+(?:the\s+)?)(?:[\w-]+\s+){0,2}?(climber|victim|tourist|student|volunteer|soldier|veteran|hostage|sailor|fisherman|journalist|missionary|detainee|worker|captain|skipper|seafarer|pilot|crew member)s?\b/.exec(foldedQuestion(a))?.[1];
      const called = (p: { start: number; end: number }): boolean => !calledAs || new RegExp(`\\b${calledAs}`, 'i').test(text.slice(Math.max(0, p.start - 50), p.end + 50));
      // ("who heads the new embassy" is not answered by a sentence that says no one heads or leads anything)
      const unled = (role === 'head' || role === 'led') && !/\b(?:head(?:s|ed|ing)?|led|leads?|leading|chief|under|chair(?:s|ed|ing|man|person|woman)?)\b/i.test(text) ? -0.4 : 0;
      // (who runs a body is stated or not answered: not the guest who spoke at its opening)
      if (unled && once(a, 'runAsked', () => RUN_ASKED.test(foldedQuestion(a))) && !/\b(?:run|runs|running|manag\w*|direct(?:s|ed|or)|director)\b/i.test(text)) return [];
      // ("Vice Minister Seo … attended the signing": one who saw it signed did not sign)
      // ("Witnesses: ROK Ambassador … and Uzbek Minister of Health Dilnoza Yusupova": a labelled line of witnesses or guests names none who signed)
      // ("The signing ceremony was attended by some 60 guests, including … Kim": a guest of the signing signed nothing)
      const witness = (p: { start: number; end: number }): boolean => role === 'sign' && (/^(?:,[^;]{0,140}?,)?\s+(?:also\s+)?(?:attended|witnessed|observed|was present at|looked on at)\s+(?:the\s+)?signing\b/.test(text.slice(p.end, p.end + 200))
        || /\bsigning(?:\s+ceremony)?\s+(?:was|were)\s+(?:also\s+)?(?:attended|witnessed|observed)\s+by\s+[^.;]{0,200}$/i.test(text.slice(Math.max(0, p.start - 220), p.start))
        || /^\W{0,3}(?:Witness(?:es|ed by)?|In (?:the )?presence of|Attendees|Attended by|In attendance|Also present|Guests)\s*:/i.test(text));
      // ("who hosted the meeting": "co-hosted by Saudi Arabia, Norway and the European Union", hosts that are countries or
      // bodies; "who did Korea co-host the side event with": "… with Australia and Japan")
      const hosts: SpanCandidate[] = [];
      // (not when a person is asked by post: "who is the Thai foreign minister set to co-chair")
      // ("who was the indonesian leader co-chairing the summit": a leader, king or head asked is a person too)
      if ((role === 'host' || role === 'co-chair') && !/\b(?:minister|fm|vfm|pm|ambassador|president|premier|official|envoy|secretary|director|representative|mayor|governor|leader|king|queen|emir|sultan|chancellor|head of (?:state|government))\b/.test(foldedQuestion(a))) {
        const verb = role === 'host' ? '(?:co-)?host(?:ed|s)?' : 'co-chair(?:ed|s)?';
        const withAsked = /\b(?:co-?)?host\w*\b.*\bwith\b(?!\s+(?:the\s+)?\p{L}+\s+(?:and|as)\b)/u.test(foldedQuestion(a)) && /^who(?:m)?\s+(?:did|does|will|has|had)\b/.test(foldedQuestion(a));
        const re = withAsked ? new RegExp(`\\b${verb}\\b[^.;]{0,140}?\\bwith\\s+(${HOST_LIST})`, 'gu') : new RegExp(`\\b${verb}\\s+by\\s+(${HOST_LIST})`, 'gu');
        for (const m of text.matchAll(re)) {
          const list = m[1]!.replace(/[.,;:]+$/, '');
          const items = list.split(/,\s+|\s+and\s+/).map((x) => x.replace(/^(?:the|and)\s+/i, '').trim()).filter(Boolean);
          if (!items.length || !items.every((x) => findCountries(x).some((c) => c.text.length >= x.length - 1) || HOST_BODY.test(x) || /^[A-Z]{2,8}$/.test(x))) continue;
          if (inQuestion(a, list)) continue;
          const start = m.index! + m[0].length - m[1]!.length;
          hosts.push({ text: list, start, end: start + list.length, score: 1 + 0.35 * near(start) });
        }
        // ("who did Korea co-host the summit with": "co-hosted by the Republic of Korea and the United Kingdom" — the other host)
        if (withAsked) {
          for (const m of text.matchAll(new RegExp(`\\b${verb}\\s+by\\s+(?:the\\s+)?(?:Republic of Korea|ROK|Korea)\\s+and\\s+(${HOST_LIST})`, 'gu'))) {
            const other = m[1]!.replace(/[.,;:]+$/, '');
            if (!findCountries(other).length && !HOST_BODY.test(other)) continue;
            const start = m.index! + m[0].length - m[1]!.length;
            hosts.push({ text: other, start, end: start + other.length, score: 1 + 0.35 * near(start) });
          }
        }
      }
      // ("who publishes the passport index": the firm or body it is "released … by", not a person of the sentence)
      if (/^who\s+(?:(?:is|was)\s+)?(?:publish|releas|issu|compil|produc)(?:es|ed|e|ing|s)?\b/.test(foldedQuestion(a))) {
        for (const m of text.matchAll(/\b(?:published|released|issued|compiled|produced)\b(?:\s+(?:on|in|every|each)\s+[^,;.]{1,25}?)?\s+by\s+((?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}&'’.-]*){0,6})/gu)) {
          const body = m[1]!.replace(/^the\s+/i, '').replace(/[.,;:]+$/, '');
          const start = m.index! + m[0].length - m[1]!.length + (m[1]!.length - m[1]!.replace(/^the\s+/i, '').length);
          if (!inQuestion(a, body) && !fact.people.some((p) => p.start === start)) hosts.push({ text: body, start, end: start + body.length, score: 1 + 0.35 * near(start) });
        }
      }
      // (… or the body's initials right before the title: "AfDB Vice President for Agriculture … Kouadio N'Guessan", "UNHCR
      // Assistant High Commissioner for Operations Ramón Estévez Ruiz")
      const bodyBefore = (p: { title?: string; start: number }): string => ((at) => (at > 0 ? /(?:^|[^\p{L}])(\p{Lu}[\p{L}]{1,9})\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u.exec(text.slice(Math.max(0, at - 60), at))?.[1] ?? '' : ''))(p.title ? text.slice(0, p.start).lastIndexOf(p.title) : -1);
      // (a post "to" the body is held by one of the other side: "Permanent Representative to the IMO Kim Tae-jin")
      const ofAskedBody = (p: { title?: string; start: number; end: number }): boolean => !a.nationality && (side ? [side] : a.initialisms)
        .some((i) => new RegExp(`(?<!\\bto\\s+(?:the\\s+)?)\\b${i}\\b`, 'i').test(`${bodyBefore(p)} ${p.title ?? ''}`) || spelledOut(i, `${p.title ?? ''} ${/^,\s+([^,;]{2,90})/.exec(text.slice(p.end, p.end + 100))?.[1] ?? ''}`));
      const bodyPeople = a.initialisms.length > 0 && people.some(ofAskedBody);
      const koreaSide = once(a, 'koreaSide', () => /\b(?:on behalf of|representing|on the)\s+(?:the\s+)?(?:republic of korea|korea|rok|korean government|korean side|seoul)\b/.test(foldedQuestion(a)));
      return [...hosts, ...people.filter((p) => !isGuest(p) && (!fullName || /\s/.test(p.name)) && called(p) && !witness(p)).map((p) => {
        // ("Chung Byung-won, who served as chief representative": the role said after the name is a title too)
        // (… or the post one is appointed to after one's own: "the appointment of Vuk Marković, Chief Executive Officer of …, as the
        // Honorary Consul of the Republic of Korea")
        const servedAs = /^,\s+who\s+(?:served|serves|is serving|was serving|acted|acts|was|is)\s+as\s+([^,;.]{2,60})/.exec(text.slice(p.end, p.end + 90))?.[1]
          ?? (/\b(?:appointment|appointed|appointing|designation|designated|nomination|nominated|naming|named)\s+(?:of\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/u.test(text.slice(Math.max(0, p.start - 60), p.start)) ? /^(?:,[^;,]{2,90},)?\s+as\s+(?:the\s+|a\s+|an\s+)?([^,;.]{2,60})/.exec(text.slice(p.end, p.end + 160))?.[1] : undefined) ?? '';
        const titleTerms = new Set(terms(`${p.title ?? ''} ${servedAs}`));
        // ("FM" counts as the words it stands for: "Minister of Foreign Affairs" fits it better than "Minister of Fisheries")
        const overlap = a.terms.filter((t) => titleTerms.has(t) || synonymsOf(t).some((s) => titleTerms.has(s))).length
          + a.terms.filter((t) => (a.alternatives.get(t) ?? []).length > 1 && a.alternatives.get(t)!.every((x) => titleTerms.has(x))).length;
        let nationality = 0;
        const pc = p.country ?? sideCountry(text, p);
        // (a person of no known country is the ROK's only when the name has the Korean form: "Vasily Sokolov" is not)
        // (one who acts "on behalf of Korea" is Korea's: a person of no known country and no Korean name is not)
        if (a.nationality === 'KOR') nationality = pc === 'KOR' || (!pc && looksKorean(p.name)) ? 0.35 : !pc && !koreaSide ? -0.1 : -0.4;
        // ("° Canada (July 1): Minister Yun met Minister of Foreign Affairs John Baird": the bullet's label says whose)
        // (… and a foreign side's official is not one of no known country with the Korean form: "Vice Minister Kim Jina")
        // ("who co-chaired … on the Indian side": of two co-chairs, one the ROK's, the other of no known country is the other side's)
        else if (a.nationality) nationality = pc === a.nationality || (!pc && labelled === a.nationality) ? 0.5 : !pc && looksKorean(p.name) && /^[A-Z]{3}$/.test(a.nationality) ? -0.6
          : !pc && role === 'co-chair' && a.nationality !== 'KOR' && /^[A-Z]{3}$/.test(a.nationality) && agentOf(text, p, role) && fact.people.some((o) => o.start < p.start && (o.country ?? (looksKorean(o.name) ? 'KOR' : undefined)) === 'KOR' && /\bco-chaired\s+by\s+[^.;]{0,120}$/.test(text.slice(Math.max(0, o.start - 130), o.start))) ? 0.5
          // (a head of state of no stated country, in a release about the one country asked: "paid a courtesy call on President
          // Shavkat Mirziyoyev" — "which uzbek head of state")
          : !pc && office === 'head of state' && !looksKorean(p.name) && ((own) => own.length === 1 && own[0] === a.nationality)(meta?.countries.filter((c) => c !== 'KOR' && /^[A-Z]{3}$/.test(c)) ?? []) ? 0.2 : -0.2;
        else if (pc && a.countries.includes(pc)) nationality = 0.2;
        // ("who co-chaired alongside the korean FM": not the Korean)
        if (a.besides && (pc === a.besides || (!pc && a.besides === 'KOR' && looksKorean(p.name)))) nationality -= 0.6;
        // "who received the medal": the one the sentence says received it, never the one who conferred it
        const recipient = receiveAsked ? (/^(?:,[^;]{0,140}?,)?\s+(?:(?:also|was|were|has been)\s+)?(?:received|receives|was awarded|accepted)\b|^\s+(?:of\s+[^,;]{2,60}\s+)?received\b/.test(text.slice(p.end, p.end + 180)) || /\b(?:awarded to|conferred on|presented to|went to)\s+(?:[\p{L}.'’-]+\s+){0,6}$/u.test(text.slice(Math.max(0, p.start - 60), p.start))
          // (or a table's "Winner: Lee Da-eun")
          || /\b(?:Winners?|Recipients?|Laureates?|Awardees?|Honou?rees?)\s*:\s*(?:(?:Mr|Ms|Mrs|Dr|Prof)\.\s+)?$/.test(text.slice(Math.max(0, p.start - 20), p.start)) ? 0.5 : -0.5) : 0;
        // "who got elected …", "the new ambassador": not the one succeeded ("succeeding Secretary-General X")
        // (… nor, when no one before is asked, "who chaired the plenary": not the one "taken over from", who chaired before)
        const succeeded = newAsked && /\b(?:succeeds?|succeeding|succeeded|replac(?:es|ing|ed)|predecessor|former|outgoing|previous|(?:taking|took|takes|taken) over from)\s+(?:[\p{L}.'’-]+\s+){0,5}$/iu.test(text.slice(Math.max(0, p.start - 60), p.start)) ? -0.5
          : !newAsked && !predecessorAsked && /\b(?:succeeding|(?:taking|took|takes|taken) over from)\s+(?:[\p{L}.'’-]+\s+){0,5}$/iu.test(text.slice(Math.max(0, p.start - 60), p.start)) ? -0.25
          // ("who did tanabe replace": the one succeeded, "He succeeds Ambassador X")
          : predecessorAsked && !newAsked && /\b(?:succeeds?|succeeding|succeeded|replac(?:es|ing|ed)|(?:taking|took|takes|taken) over from)\s+(?:[\p{L}.'’-]+\s+){0,5}$/iu.test(text.slice(Math.max(0, p.start - 60), p.start)) ? 0.5 : 0;
        const chosen = newAsked && /^(?:,[^;]{0,160}?,)?\s+(?:was|has been|is)\s+(?:newly\s+)?(?:elected|appointed|named)\b/.test(text.slice(p.end, p.end + 200)) ? 0.4 : 0;
        // ("korea's ambassador in amman": the ambassador whose post is Jordan, not an envoy travelling there)
        // (… and one whose post is said to be elsewhere is not it: "Permanent Representative of the Philippines to ASEAN")
        const postText = `${p.title ?? ''} ${/^,[^;]{0,80}/.exec(text.slice(p.end))?.[0] ?? ''}`;
        // ("the Korean Embassy in Thailand under Ambassador Lee": the mission a person heads is in the country of the post, and an
        // ambassador heading one elsewhere is not the one asked)
        const missionOf = postAsked.length ? /\b(?:Embassy|Consulate(?:[- ]General)?|Mission)\s+(?:of\s+(?:the\s+)?(?:Republic\s+of\s+)?Korea\s+)?(?:in|to)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s*,?\s+(?:under|led by|headed by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u.exec(text.slice(Math.max(0, p.start - 120), p.start))?.[1] : undefined;
        const missionElsewhere = !!missionOf && findCountries(missionOf).some((c) => /^[A-Z]{3}$/.test(c.code)) && !findCountries(missionOf).some((c) => postAsked.includes(c.code));
        const posted = postAsked.length ? (missionElsewhere ? -2 : findCountries(postText).some((c) => postAsked.includes(c.code)) ? 0.4
          // (… nor is an ambassador of a field, posted nowhere: "Ambassador for Arctic Affairs", "Ambassador-at-Large")
          : /\b(?:Ambassador|Envoy)(?:-at-Large|\s+at\s+Large|\s+for\s+\p{Lu})/u.test(postText) ? -2 : /\bto\s+(?:the\s+)?\p{Lu}/u.test(postText) ? -0.8 : -0.2) : 0;
        // ("who handed the letter to the honorary consul": the one who handed it, not the one it went "to")
        const toBefore = toAsked ? /\bto\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/u.exec(text.slice(Math.max(0, p.start - 45), p.start))?.[0] : undefined;
        // (not the "to" of the person's own title: "Ambassador of the Republic of Korea to Bolivia Seo Dong-ik")
        const toOwnTitle = !!toBefore && !!p.title && fold(p.title).includes(fold(toBefore).trim().split(/\s+/).slice(0, 2).join(' '));
        const recipient2 = !toAsked ? 0 : toBefore && !toOwnTitle ? -0.6
          : /^(?:,[^;]{0,120}?,)?\s+(?:also\s+)?(?:handed|presented|gave|delivered|conveyed|sent|conferred|awarded|passed|read out)\b/.test(text.slice(p.end, p.end + 140)) ? 0.6 : 0;
        // ("FAO deputy DG who signed the Kenya MOU": the initials of a body the question gives, in the title of a person of no
        // nationality asked)
        // ("who signed the MOU with KOICA on the CMAC side": the side named, not the body the other one signed with)
        // (… or spelt out in the words after the name: "Ambassador Amina Bello Sadiq, Director … of the African Union Commission";
        // then the body's is not the other co-chair, a Korean official)
        const ofBody = ofAskedBody(p) ? 0.3 : bodyPeople && (pc === 'KOR' || (!pc && looksKorean(p.name))) ? -0.4
          : side && a.initialisms.some((i) => i !== side && new RegExp(`\\b${i}\\b`, 'i').test(p.title ?? '')) ? -0.3 : 0;
        // (… the one whose title or appositive holds the side's words; a Korean official is not a side that is not Korea's)
        const sideFit = !forSide ? 0 : ((ts) => 0.3 * forSide.filter((t) => ts.has(t)).length / forSide.length)(new Set(terms(`${p.title ?? ''} ${/^(?:,\s+[^,;]{2,90}|\s+of\s+(?:the\s+)?[^,;.]{2,80})/.exec(text.slice(p.end, p.end + 100))?.[0] ?? ''}`)))
          - (!forSide.some((t) => /^(?:korea|korean|rok|mofa|seoul)$/.test(t)) && (pc === 'KOR' || (!pc && looksKorean(p.name))) ? 0.4 : 0);
        // ("Crown Prince Munhyo", "King Jeongjo": a royal of one name is known by the title with it)
        const royal = p.title && /^(?:King|Queen|Crown Prince|Crown Princess|Prince|Princess|Emperor|Empress|Grand Prince)$/.test(p.title) && !/\s/.test(p.name)
          && text.slice(Math.max(0, p.start - p.title.length - 1), p.start) === `${p.title} ` ? p.title.length + 1 : 0;
        // ("new ROK honorary consul in Lyon": in a list of people each "in" a place, the one whose own place is asked)
        const ownPlace = placeAsked.length ? /^,?\s+in\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/u.exec(text.slice(p.end, p.end + 60))?.[1] : undefined;
        const placeFit = !ownPlace ? 0 : placeAsked.includes(fold(ownPlace).split(/\s+/)[0]!) ? 0.5 : -0.3;
        // ("who chaired the Council meeting": not the one a plan names, "… to host an open debate on June 20, to be chaired by …")
        const plannedRole = planned(a, text, p.start, p.end) ? -0.4 : 0;
        // ("who gives the opening remarks": "Noh will deliver the opening remarks, and Ms. Diallo … a keynote speech" — the one
        // whose own clause holds the role)
        const roleFit = roleAsked && new RegExp(`\\b${roleAsked}`, 'i').test(clauseAround(text, p.start)) ? 0.3 : 0;
        // ("who gave the speech for the sending states": the one who spoke "on behalf of the UN sending states")
        const behalf = behalfAsked.length && ((m) => !!m && behalfAsked.every((t) => sliceTerms(m[1]!).includes(t)))(/\bon behalf of\s+([^,.;]{3,80})/.exec(text.slice(p.end, p.end + 90)) ?? /\bon behalf of\s+([^,.;]{3,80}),\s+(?:[\p{L}.'’-]+\s+){0,12}$/u.exec(text.slice(Math.max(0, p.start - 140), p.start))) ? 0.6 : 0;
        return { text: royal ? text.slice(p.start - royal, p.end) : p.name, start: p.start - royal, end: p.end, score: plannedRole + 0.35 * near(p.start) + 0.12 * Math.min(2, overlap) + nationality + ofBody + unled + succeeded + chosen + posted + recipient2 + (role && agentOf(text, p, role) ? 0.5 + (roleOfAsked(a, text, p.start) ? 0.3 : 0) : 0) + recipient + placeFit + actor(p) + summoned(p) + sideFit + roleFit + behalf + dateFit(p), changeable: true };
      })];
    }
    case 'where': {
      const out: SpanCandidate[] = [];
      const venue = /\b(?:held|hold|holding|take place|took place|taking place|takes place|meet|met|host|hosts|hosted|hosting|venue|convened?|(?:side\s+)?events?|ceremony|reception|conference|seminar|workshop|exhibition|festival|concert|summit)\b/.test(foldedQuestion(a)) || a.events.some((e) => ['meeting', 'consultation', 'forum'].includes(e));
      // ("where in Bolivia", "where was the team based in sierra leone": a place inside a country asked)
      const whereIn = a.countries.length > 0 && (/\bwhere in\b/.test(foldedQuestion(a))
        || once(a, 'inCountry', () => /^where\b/.test(foldedQuestion(a)) && findCountriesTyped(a.question).some((c) => !isCapital(c.text) && /\bin\s+(?:the\s+)?$/i.test(a.question.slice(0, c.start)))));
      // (the words of a place a question asks inside of: "where in osaka was the summit held")
      const insideOf = once(a, 'insideOf', () => sliceTerms(/\bwhere in\s+(?:the\s+)?([\p{L}'-]+(?:\s+[\p{L}'-]+)?)/u.exec(foldedQuestion(a))?.[1] ?? ''));
      // ("where was INC-4 held": in a list, "INC-1 in Punta del Este …; INC-4 in Ottawa", the place of the name numbered as asked)
      const numbered = /\b(\p{Lu}[\p{L}]*)-(\d{1,3})\b/u.exec(a.question);
      const labelRe = numbered ? new RegExp(`\\b${numbered[1]}-(\\d{1,3})\\s+(?:in|at)\\s+(?:the\\s+)?$`) : undefined;
      const numberedFit = (start: number): number => {
        const label = labelRe?.exec(text.slice(Math.max(0, start - 30), start));
        return !label ? 0 : label[1] === numbered![2] ? 0.6 : -0.5;
      };
      // ("which island is King Sejong Station on": "King George Island", not "the South Shetland Islands")
      // (a people's word or two between: "which korean city", "what Japanese port city")
      const kindWord = /\b(?:which|what)\s+(?:[a-z]+\s+){0,2}?(island|city|town|province|region|port|state|district|county|village)\b/.exec(foldedQuestion(a))?.[1];
      const kindOne = kindWord ? new RegExp(`\\b${kindWord}$`, 'i') : undefined;
      const kindMany = kindWord ? new RegExp(`\\b${kindWord}s$`, 'i') : undefined;
      const kindFit = (place: string): number => !kindOne ? 0 : kindOne.test(place) ? 0.3 : kindMany!.test(place) ? -0.3 : 0;
      // "where's the next conference": the sentence that says where the next one will be
      const nextAsked = /\bnext\b/.test(foldedQuestion(a));
      const askedYearsWhere = new Set(a.dates.filter((d) => !d.yearInferred && /^\d{4}/.test(d.value)).map((d) => d.value.slice(0, 4)));
      const seatAsked = /\b(?:headquartered|based|located|seated|headquarters|seat)\b/.test(foldedQuestion(a));
      const nextSaid = NEXT_SAID.test(text);
      const capitalsAsked = once(a, 'capitalsAsked', () => findCountriesTyped(a.question).filter((c) => isCapital(c.text)).map((c) => c.code));
      const envoyAsked = /\b(?:ambassador|envoy|consul|representative|posted|accredited|charge d'affaires)\b/.test(foldedQuestion(a));
      const missionAsked = once(a, 'missionAsked', () => /\bwhere\s+(?:is|are|was|were)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:embassy|consulate|mission)\b/u.test(foldedQuestion(a)));
      const edition = editionOf(a, text);
      const push = (place: string, start: number, base: number): void => {
        if (!edition({ start })) return;
        // ("co-chaired by …, Head of International Relations at the Swiss State Secretariat for Education": where a person works is
        // no place of the event)
        if (AFFILIATION_BEFORE.test(text.slice(Math.max(0, start - 90), start))) return;
        // (where a thing is located may be said of one still to open: "which is set to be inaugurated on May 12 in Pijnacker")
        if (!nextAsked && !seatAsked && planned(a, text, start, start + place.length)) return;
        // ("where's the ChemTech Centre located": "the OPCW Centre for Chemistry and Technology (ChemTech Centre)" is the thing
        // asked, not its place)
        const itself = /^[^.;,()]{0,60}\(([^()]{2,40})\)/.exec(text.slice(start + place.length))?.[1];
        if (itself && /\p{L}{2}/u.test(itself) && foldedQuestion(a).includes(fold(itself))) return;
        // ("where is the grad school they attended": "the KEPCO International Nuclear Graduate School (KINGS) in Ulsan" is the
        // school asked and its place; the place is what follows its "in")
        const building = /^(.*?\b(School|University|College|Academy|Institute|Hospital|Museum|Cent(?:er|re)|Library|Stadium|Station|Airport)\b(?:\s*\([^()]{2,12}\))?)\s+in\s+(?=\p{Lu})/u.exec(place);
        if (building && new RegExp(`\\b${building[2]!.toLowerCase().replace(/^cent(?:er|re)$/, 'cent(?:er|re)')}\\b`).test(foldedQuestion(a))) { push(place.slice(building[0].length), start + building[0].length, base); return; }
        // (not inside a quoted theme: "United in Recovery. Stronger Together")
        if (((text.slice(0, start).match(/["“”]/g) ?? []).length) % 2 === 1) return;
        if (nextAsked) base += nextSaid ? 0.5 : -0.3;
        // "where is ITLOS headquartered": the place it is based in, not a venue ("at UN Headquarters in New York")
        if (seatAsked && /\bheadquarters\b/i.test(place)) return;
        if (seatAsked) base += /\b(?:based|headquartered|located|seated|resident|residing|headquarters\s+(?:is|are)|seat\s+(?:is|are))\s+(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 30), start)) ? 0.5 : -0.2;
        place = /\bD\.C\.$/.test(place) ? place : place.replace(/[.,;:]+$/, '');
        // ("at the Collegium Novum of the university in Kraków": a name ends before the words that join it to a common noun)
        place = place.replace(/\s+(?:of|of the|and|for|in)$/, '');
        // "ROK-Latvia relations", "Asia-Pacific": a hyphenated modifier, not a place
        // (but "Ny-Ålesund" is a place: the part before the hyphen names no country or region)
        const firstPart = /^([\p{L}'’.]+)-\p{Lu}/u.exec(place)?.[1];
        if ((firstPart && (findCountries(firstPart).length || /^[A-Z]{2,}$/.test(firstPart) || REGION_WORD.test(firstPart))) || text.charAt(start + place.length) === '-') return;
        // ("at the G20", "due to the COVID-19 pandemic": a place ends where a word ends)
        if (/[\p{L}\p{N}-]/u.test(text.charAt(start + place.length)) || place.endsWith('-')) return;
        // "in IT": an acronym is a place only when it names a country
        if (/^[A-Z]{2,5}$/.test(place) && !findCountries(place).length) return;
        // ("posts in UN peacekeeping missions": a body's initials before a common noun modify it, and name no place)
        if (/^[A-Z]{2,5}$/.test(place) && !findCountries(place).some((c) => /^[A-Z]{3}$/.test(c.code)) && /^\s+\p{Ll}{3,}/u.test(text.slice(start + place.length, start + place.length + 12))
          && !stopWords().has(/^\s+(\p{Ll}+)/u.exec(text.slice(start + place.length))![1]!)) return;
        if (occupied(fact, start, start + Math.min(place.length, place.indexOf(',') > 0 ? place.indexOf(',') : place.length)) || TITLE_START.test(place) || EVENT_END.test(place.replace(WAR_SITE, '')) || MONTH.test(place) || NOT_PLACE_WORDS.test(place)) return;
        // ("the Project for … in Kyenjojo District", "the Meeting of … Leaders in the CIS Region": the question's own place, though
        // the kind of area after it is not in the question)
        if (inQuestion(a, place) || ((own) => own !== place && /\p{L}{2}/u.test(own) && inQuestion(a, own))(place.replace(/^the\s+/i, '').replace(/\s+(?:District|Province|Region|Area|County|Prefecture|Governorate|Oblast)$/, ''))) return;
        // ("a Professorship in Korean Studies": a field of learning is no place, unless a school bears it)
        if (/\bStudies$/.test(place) && !BUILDING.test(place)) return;
        // ("peacekeepers from Asian and African countries": a people's word is no place)
        if (isDemonym(place)) return;
        // ("officials from the ASEAN Member States", "entities from EU Member States": the members of a body are no place)
        if (/\bMember (?:States|Countries|Economies|Nations)$/i.test(place)) return;
        // ("which korean city will host …": a country is no city; nor is a region, "four cities in Central Asia")
        if ((kindWord === 'city' || kindWord === 'town') && !isCapital(place) && (WORLD_REGION.test(place) || findCountries(place).some((c) => /^[A-Z]{3}$/.test(c.code) && c.text.length >= place.replace(/^the\s+/i, '').length - 1))) return;
        // (… nor is what stands in a place named after it: "at the Collegium Novum of the university in Kraków")
        // ("at the Europa building in Brussels")
        // (but "the port city of Beira in Mozambique" is a city, named by its kind)
        if ((kindWord === 'city' || kindWord === 'town') && !/\b(?:city|town|port)\s+of\s+$/.test(text.slice(Math.max(0, start - 12), start)) && /^(?:\s+of\s+the\s+\p{Ll}[\p{Ll}\s]{0,30}?|\s+(?:building|hall|tower|palace|house|complex|compound|campus|centre|center|headquarters))?\s+in\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u.test(text.slice(start + place.length))) return;
        // (… nor is a building: "at the National Memorial Museum of Forced Mobilization … in Busan")
        if ((kindWord === 'city' || kindWord === 'town') && BUILDING.test(place)) return;
        // ("Peter Njoroge, Ambassador of Kenya to Italy, signed …": the post of an envoy is no venue)
        if (!envoyAsked && ENVOY_TO.test(text.slice(Math.max(0, start - 90), start))) return;
        // ("The Embassy in Ottawa co-hosted a ceremony … at the Korean War Memorial Wall in Brampton": the seat of a mission is no
        // venue of what it holds, unless where it is, is asked)
        // ("The Embassy of the Republic of Korea in Ethiopia held a ceremony … at the Korean War Memorial Park": of whatever country)
        if (!seatAsked && !missionAsked && /\b(?:Embassy|Consulate(?:[- ]General)?|Mission|Office)(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?Korea)?\s+(?:in|at)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, start - 60), start))) return;
        // ("the Memorandum of Understanding on Cooperation in Critical Minerals Supply Chains": a field a document's name joins by
        // "in" is no place; but "the Joint Committee on Economic Cooperation in Lima" meets in one)
        if (/\b(?:Memorandum|Agreement|MOU|Treaty|Convention|Protocol|Arrangement|Framework)\b[^.;,()]{0,60}\b(?:Cooperation|Collaboration|Partnership|Excellence|Innovation|Research)\s+in\s+(?:the\s+)?$/.test(text.slice(Math.max(0, start - 100), start))
          && !findCountries(place).length) return;
        // ("from North Korea's …": a possessive names an owner, not a place)
        if (/^['’]s\b/.test(text.slice(start + place.length, start + place.length + 3)) || /['’]s$/.test(place)) return;
        // "at the Bumar-Łabędy plant in Gliwice": a name before a facility's noun names the facility, not the place
        if (/^\s+(?:plant|factory|facility|site|complex|project|company|shipyard|works|mine|refinery|terminal)\b/.test(text.slice(start + place.length, start + place.length + 14))) return;
        // the question already names this country (or its capital): "… before their Riga talks" is not answered by Latvia
        const named = findCountries(place);
        // "where in Bolivia …": a place inside it, not a list of countries
        if (whereIn && named.length && named.reduce((n, c) => n + c.text.length, 0) >= place.replace(/[,\s]|and/g, '').length - 2) return;
        // ("at which venue in Nairobi will the team perform": countries are no venue — "to Kenya, Tanzania and Rwanda")
        // (nor a city, when the question asks inside a place: "venue of the assembly in reykjavik")
        if (named.length && once(a, 'venueWord', () => /\bvenues?\b/.test(foldedQuestion(a))) && (a.places.length > 0 || named.every((c) => !isCapital(c.text))) && named.reduce((n, c) => n + c.text.length, 0) >= place.replace(/[,\s]|and|the/g, '').length - 2) return;
        // ("where in osaka was the summit held": not "Osaka, Japan", the place the question gives, but "INTEX Osaka")
        if (insideOf.length && ((own) => own.length > 0 && own.every((t) => insideOf.includes(t)))(sliceTerms(named.reduce((p, c) => p.replace(c.text, ' '), place)))) return;
        // ("… reception in seoul": a country whose capital the question names is no answer, though the question does not name it)
        if (named.length && named.every((c) => capitalsAsked.includes(c.code) && !isCapital(c.text)) && named.reduce((n, c) => n + c.text.length, 0) >= place.replace(/^the\s+/i, '').length - 2) return;
        // (a capital the question does not name is an answer: "the 6th Korea-Latvia consultation" was held in Riga)
        // ("ROK–Tunisia treaty" names Tunisia, not its capital Tunis: the capital is named as a whole word)
        if (named.length && named.every((c) => a.countries.includes(c.code) && (!isCapital(c.text) || wholeWordIn(fold(c.text), foldedQuestion(a)))) && named.reduce((n, c) => n + c.text.length, 0) >= place.replace(/^the\s+/i, '').length - 2) return;
        // ("where is korea's primary seismic station": Korea, which the question names outside a pair, is no answer)
        if (named.length && named.every((c) => c.code === 'KOR' && !isCapital(c.text)) && named.reduce((n, c) => n + c.text.length, 0) >= place.replace(/^the\s+/i, '').length - 2
          && once(a, 'koreaNamed', () => /(?<![-–])\b(?:korea|korea's|rok|s\.?\s*korea|south korea)\b(?![-–])/.test(foldedQuestion(a)))) return;
        const known = findCountries(place).length > 0 || /\bCity$/.test(place);
        // ("held in Mexico City in 2022, and the second in Monterrey in 2023": the place of the clause that says the year asked)
        const clause = askedYearsWhere.size ? clauseAround(text, start) : '';
        // ("… began in London in 2016, following the 2017 meeting in Vancouver and the 2019 meeting in New York": the place
        // whose own words give the year asked)
        // (a year right after the place is its own: "… in Lugano in 2022, London in 2023 and Berlin in 2024")
        const yearWords = askedYearsWhere.size ? /^\s+in\s+(?:19|20)\d{2}\b/.exec(text.slice(start + place.length, start + place.length + 12))?.[0] ?? /(?:19|20)\d{2}\b[^,;()]{0,25}$/.exec(text.slice(Math.max(0, start - 40), start))?.[0] ?? /^[^,;()]{0,12}\b(?:19|20)\d{2}\b/.exec(text.slice(start + place.length, start + place.length + 20))?.[0] : undefined;
        const yearFit = yearWords ? ([...askedYearsWhere].some((y) => yearWords.includes(y)) ? 1.3 : 0.6)
          : askedYearsWhere.size && /\b(?:19|20)\d{2}\b/.test(clause) ? ([...askedYearsWhere].some((y) => clause.includes(y)) ? 1 : 0.6) : 1;
        // ("where was the treaty signed": "the first such treaty with a country in North Africa" says where a country lies, not
        // where anything happened, unless a region is asked)
        if (kindWord !== 'region' && WORLD_PART.test(place) && /\b(?:countr(?:y|ies)|nations?|states|partners?)\s+(?:in|of|from)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 30), start))) return;
        // ("This was the fourth 2+2 meeting …, following those held in Seoul in July 2010 and in Washington in June 2012": a
        // closing clause of what came before gives the places of earlier ones, unless their year is asked)
        if (!askedYearsWhere.size && !once(a, 'earlierAsked', () => /\b(?:before|previous|previously|earlier|prior|last|first|had)\b/.test(foldedQuestion(a))) && /,\s+(?:following|after|succeeding)\s+(?:those|the ones|ones|their|its|the (?:previous|earlier|last|preceding)|previous|earlier)\b[^;.]*$/i.test(text.slice(0, start))) return;
        const ordinal = ordinalFit(a, text, start, true);
        if (ordinal === 0) return;
        // ("at the African Union headquarters in Addis Ababa": a body's headquarters is the place, not the body, with its city)
        const seat = seatAsked ? undefined : /^\s+(?:headquarters|HQ|Secretariat building)\b(?:\s+in\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:,\s+D\.C\.)?)?/u.exec(text.slice(start + place.length, start + place.length + 60))?.[0];
        // ("where is the agency headquartered": "Its headquarters are located in Sejong, while its Service Center … is located in
        // Seoul" — the place of the clause that names the seat asked)
        const seatFit = seatAsked && SEAT_WORDS.test(text) ? (SEAT_WORDS.test(clauseAround(text, start)) ? 1.15 : 0.8) : 1;
        out.push({ text: place + (seat ?? ''), start, end: start + place.length + (seat?.length ?? 0), score: base * ordinal * (known ? 1 : 0.85) * yearFit * seatFit });
      };
      const counts = new Map<string, number>();
      for (const [, t] of wordTerms(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
      // (not the verb of a venue, which every place of the sentence shares: "the first … was held in Mexico City, and the second …")
      // (an abbreviation by all the words of its expansion: "cmte" by "Committee", "hrc" only by "Human Rights Council")
      const rareAsked = a.terms.flatMap((t) => [[t], ...(a.alternatives.has(t) ? [a.alternatives.get(t)!] : [])])
        .filter((g) => g.every((t) => counts.get(t) === 1 && !a.countryTerms.has(t) && !ACTION_VERBS.test(t) && !/^(?:held|hold|take|took|place|locat|base|get|got|situat|venu|host)$/.test(t)));
      // "where's the cargo plane flying the blankets to": the place it goes to, not the one it leaves
      // ("which city did the convoy drive to from the capital": the verb's "to", not its "from")
      const toward = once(a, 'toward', () => /\bto\s*$|\b(?:going|heading|flying|travel(?:l)?ing|bound|moving|sent|shipped|delivered|carried|headed)\b|\b(?:drive|drove|driven|fly|flew|flown|travel(?:l)?ed|travel|go|went|move|moved|sail|sailed|head|evacuated|taken|brought|transferred)\s+to\b/.test(foldedQuestion(a).replace(/[?!.]+$/, ''))
        // ("where did the helicopter … land": where it came down, not where it took off)
        || /^where\b.*\b(?:land|lands|landed|arrive|arrives|arrived|touch down|touched down|end up|ended up)\s*$/.test(foldedQuestion(a).replace(/[?!.]+$/, '').trim()));
      // ("where was the satellite launched from": the place after "from")
      const fromAsked = once(a, 'fromAsked', () => /^where\b.*\bfrom\s*$/.test(foldedQuestion(a).replace(/[?!.]+$/, '').trim()));
      // ("FM Yoo visited Jakarta … and co-chaired the 7th Joint Commission Meeting": the city visited hosts the meeting held there)
      if (venue) {
        for (const m of text.matchAll(/\bvisit(?:ed|ing|s)?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?=[\s,]+(?:on|from|in|and|to)\b)/gu)) {
          const start = m.index! + m[0].length - m[1]!.length;
          // (any city, when a city is asked: "visited Gwangju on June 13 and met with victims" — "in which city did he hold the
          // meeting")
          if ((isCapital(m[1]!) || ((kindWord === 'city' || kindWord === 'town') && !findCountries(m[1]!).length)) && /^[^.;]{0,80}?\band\s+(?:co-)?(?:chaired|held|attended|hosted|opened|addressed|took part in|met)\b/.test(text.slice(start + m[1]!.length))) push(m[1]!, start, near(start) + numberedFit(start) + kindFit(m[1]!) - 0.1);
        }
      }
      // ("where did Sato go on May 9": the place visited, "when Prime Minister Sato visited Seoul on May 9")
      if (once(a, 'goAsked', () => /^where\b[^?]*\b(?:go|goes|went|travel\w*|head|headed|visit|visited|fly|flew)\b/.test(foldedQuestion(a)))) {
        for (const m of text.matchAll(/\bvisit(?:ed|ing|s)?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?=[\s,.;]|$)/gu)) {
          const start = m.index! + m[0].length - m[1]!.length;
          if (isCapital(m[1]!) || findCountries(m[1]!).some((c) => c.text === m[1])) push(m[1]!, start, near(start) + 0.4);
        }
      }
      let lastPlaceEnd = 0;
      let buildingEnd = 0;
      for (const m of text.matchAll(PLACE)) {
        // ("Head of the ROK Mission to the European Union": a post's "to" says where it is held, not where anything took place)
        if (/^to\b/i.test(m[0]) && /\b(?:Mission|Ambassador|Representative|Delegation|Envoy|Embassy|Delegate|Observer)(?:\s+of\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+$/u.test(text.slice(Math.max(0, m.index! - 40), m.index!)) && !/\b(?:ambassador|envoy|mission|embassy|representative)\b/.test(foldedQuestion(a))) continue;
        // ("the Plan of Action to Implement the …": a "to" inside a capitalized title leads to no place)
        if (/^to\b/i.test(m[0]) && !/^the\s/i.test(m[1]!) && /\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(0, m.index! - 20), m.index!)) && isEnglishWord(fold(m[1]!.split(/\s+/)[0]!))) continue;
        let place = m[1]!.replace(/^the\s+/, '');
        const start = m.index! + m[0].length - m[1]!.length + (m[1]!.length - place.length);
        // (the city of "at Tamale Teaching Hospital in the Northern Region" is given with its building, unless a city is asked)
        if (!kindWord && start < buildingEnd) continue;
        // "at the Peace Palace in The Hague", "at the Foreign Ministry in Tirana": the building with its city (and its initials
        // between: "at the Ebola Treatment Center (ETC) in Goderich")
        // (and the rest of its name: "at the UNODC Regional Office for Southeast Asia and the Pacific in Bangkok")
        // (an office "at" its city is named so: "at the UN Office at Nairobi")
        let inCity = /^(?:at|from)\b/i.test(m[0]) ? /^(?:\s+\([A-Z][A-Za-z&]{1,9}\))?(?:\s+for\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,5})?\s+(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/u.exec(text.slice(start + place.length)) : null;
        if (inCity && /\sat\s+(?:the\s+)?\S+(?:\s+\S+)?$/.test(inCity[0]) && !/\b(?:Office|Headquarters)$/.test(place)) inCity = null;
        // (not when the initials are the thing asked: "where is KINS located")
        // (nor when the city is the one the question asks inside of: "where in osaka" is "INTEX Osaka"; initials keep it, "BEXCO in
        // Busan", being no place alone)
        if (inCity && !(/^\s+\(/.test(inCity[0]) && inQuestion(a, /\(([^)]+)\)/.exec(inCity[0])![1]!)) && !(insideOf.length && !/^[A-Z]{2,6}$/.test(place) && ((city) => city.every((t) => insideOf.includes(t)) || insideOf.includes(city[0]!))(sliceTerms(inCity[1]!)))) place = `${place}${text.slice(start + place.length, start + place.length + inCity[0].length)}`;
        // "Tartu, Estonia" keeps its country; other comma tails are dropped
        const comma = place.indexOf(',');
        if (comma > 0 && !findCountries(place.slice(comma + 1)).length) place = place.slice(0, comma);
        // ("Washington, D.C.": a district's initials belong to the city)
        const district = /^,\s*(?:D\.C\.|DC)(?![\p{L}])/u.exec(text.slice(start + place.length, start + place.length + 8))?.[0];
        if (district) place += district;
        place = place.replace(/\s+(?:on|in|of|and)$/, '');
        // ("specialists from the Central 119 Rescue Headquarters": English words that a number and a name go on from are no place;
        // a city's name is — "the Incheon 2014 Asian Games")
        if (/^\s+\d[\d,.]*\s+\p{Lu}/u.test(text.slice(start + place.length, start + place.length + 16)) && !findCountries(place).length && place.split(/\s+/).every((w) => isEnglishWord(fold(w)))) continue;
        const before = text.slice(Math.max(0, start - 90), start);
        // "journalists from Albania" is where people come from, not where a meeting was held
        if (venue && /\bfrom\s+(?:the\s+)?$/.test(before)) continue;
        // ("rice provided to Rohingya refugees in Bangladesh … was held at the WFP logistics hub in Ukhiya": where people live is
        // no venue; "the first in Latin America" says where a rank holds)
        if (venue && /\b(?:refugees|nationals|residents|communities|populations?|citizens|migrants|displaced persons|people)\s+(?:living\s+|sheltered\s+|staying\s+)?in\s+(?:the\s+)?$/.test(before)) continue;
        if (kindWord !== 'region' && WORLD_PART.test(place.replace(/[.,;:]+$/, '')) && /\bthe\s+(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|only|last)(?:\s+(?:one|country|nation|such))?\s+in\s+(?:the\s+)?$/.test(before)) continue;
        // ("INC-5 … under resolution 5/14, which the fifth session of UNEA adopted in Nairobi": a place in a clause about
        // another thing than the one asked, which neither the clause nor the words it hangs on name)
        const which = /(.{0,60}),\s+which\s+((?:(?!\.\s)[^;]){0,140})$/s.exec(before.length >= 90 ? text.slice(Math.max(0, start - 200), start) : before);
        // (a clause that says where its thing is held, based or serving may say it of the thing asked: "the 18th contingent,
        // which has served in Bor since January 2024"; "the conference, which is under way in Bucharest")
        if (which && !/\b(?:hosted|hosts|host|held|holds|hold|convened|took place|takes place|taking place|under ?way|based|stationed|located|situated|deployed|served|serves|serving|operat\w*)\b/.test(which[2]!)) {
          const said = new Set(sliceTerms(`${which[1]!.split(/[,;]/).pop()} ${which[2]}`));
          if (!a.terms.some((t) => !/^\d/.test(t) && !a.countryTerms.has(t) && synonymsOf(t).some((x) => said.has(x)))) continue;
        }
        // ("where was the 3rd consultation held": not "Following the 2nd consultation, which was held in Seoul", the place of
        // the one another number names)
        // (… and no other thing before the clause has the number asked: "the 46th ATCM and the 26th meeting of the CEP, which were
        // held in Kochi")
        if (a.ordinals.length && /\b(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s[^,;.]{0,60},\s+which\s+(?:was|were|had been|has been|is|will be)\s+(?:held|hosted|convened|organi[sz]ed)\s+(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 140), start))
          && !findOrdinals(text.slice(Math.max(0, start - 200), start).split(/[.;]\s/).pop()!).some((o) => a.ordinals.includes(o))) continue;
        // ("held talks with X, who is paying an official visit to the ROK from April 9 to 12, at the Ministry … in Seoul": the
        // country a guest is visiting is not where the talks the clause interrupts were held, unless the visit is asked)
        if (/,\s+who\s+(?:is|was|are|were)\s+(?:(?:paying|making|on)\s+(?:an?\s+|his\s+|her\s+)?(?:official\s+|working\s+|state\s+)?visit\s+to|visiting)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, start - 80), start))
          && /^[^;.]*?,\s+(?:at|in)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(start + place.length)) && !/\b(?:visit\w*|trip|tour|stay\w*|travel\w*)\b/.test(foldedQuestion(a))) continue;
        // ("the Global Fund to Fight AIDS": a "to" inside a name, after an institution's noun, leads to no place)
        if (/^to\b/i.test(m[0]) && /\b(?:Fund|Committee|Campaign|Alliance|Partnership|Coalition|Initiative|Movement|Commission|Council|Organi[sz]ation|Foundation|Programme|Program|Network|Agenda|Plan|Call|Pledge)\s+to\s+$/.test(before) && !findCountries(place).length) continue;
        // ("the ROK's policy toward the DPRK" is no venue)
        if (venue && /^(?:toward|towards|into)\b/i.test(m[0])) continue;
        // ("stolen assets linked to North Korea", "aid to Cambodia": where a thing goes is no venue, unless a trip goes there)
        if (venue && !toward && /^to\b/i.test(m[0]) && !/\b(?:visits?|visited|visiting|trips?|travel\w*|tours?|toured|went|go|goes|going|came|come|comes|coming|moved|relocated|returned|returning|arrived?|flew|delegations?|missions?)\s+(?:\S+\s+){0,3}$/i.test(before)) continue;
        // "views on developments in the Baltic region": a topic, not a venue
        // (a capital is where a meeting sits, not its topic: "… for the North Korean nuclear issue in Tokyo")
        if (venue && TOPIC.test(before) && !/\b(?:held|hold|holds|took place|take place|host|hosts|hosted|hosting|convened?|met|visit)/.test(text.slice(Math.max(0, start - 160), start)) && !isCapital(place)) continue;
        const dir = toward ? (/^(?:to|into|toward|towards)\b/i.test(m[0]) ? 0.3 : /^from\b/i.test(m[0]) ? -0.4 : 0)
          : fromAsked ? (/^from\b/i.test(m[0]) ? 0.4 : -0.1) : 0;
        // ("… handed over to Ecuadorian authorities in Manta": a people's word is no place before it)
        if (isDemonym(place)) continue;
        // ("a bachelor's degree … from Seoul National University and a master's degree … from the Harvard Kennedy School":
        // a word the question gives that the sentence says once, between the place before and this one, says whose place it is)
        const lead = new Set(sliceTerms(text.slice(Math.max(lastPlaceEnd, start - 60), start)));
        const own = rareAsked.some((g) => g.every((t) => lead.has(t))) ? 0.3 : 0;
        lastPlaceEnd = start + place.length;
        // ("which town is the unit based in": not the body it serves, "the United Nations Mission in …", but "its base in Bor")
        if (seatAsked && /\b(?:Mission|Programme|Program|Fund|Agency|Organi[sz]ation|Council|Committee|Commission|Force|Secretariat)$/.test(place)) continue;
        const seat = seatAsked && /\b(?:base|based|headquartered|located|stationed|deployed)\s+(?:is\s+)?(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 30), start)) ? 0.4 : 0;
        // ("the 5th GKS Alumni Networking Forum in Southeast Asia in Jakarta": a region with a place in it right after is the
        // name's own; the place after it is the venue)
        if ((REGION_WORD.test(place.split(/\s+/)[0]!) || findCountries(place).some((c) => !/^[A-Z]{3}$/.test(c.code))) && !findCountries(place).some((c) => /^[A-Z]{3}$/.test(c.code)) && /^\s+in\s+\p{Lu}/u.test(text.slice(start + place.length, start + place.length + 8))) continue;
        // ("in the southern Red Sea": a part of a region is a vaguer place than one named on its own)
        push(place, start, near(start) + dir + own + seat + numberedFit(start) + kindFit(place) - (/^\p{Ll}/u.test(place) ? 0.5 : 0));
        if (inCity && out.some((c) => c.start === start && c.text === place)) buildingEnd = start + place.length;
        // ("the second roadshow took place in Warsaw and Budapest": two cities of one event)
        const pair = /^\s+and\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)(?![\p{L}-])/u.exec(text.slice(start + place.length, start + place.length + 40));
        if (pair && isCapital(place) && isCapital(pair[1]!) && venue) push(`${place} and ${pair[1]}`, start, near(start) + dir + own + 0.1);
        // ("those held in Lugano in 2022, London in 2023 and Berlin in 2024": each place of a list dated as the first is)
        if (/^\s+in\s+(?:19|20)\d{2}\b/.test(text.slice(start + place.length, start + place.length + 10))) {
          const list = /^\s+in\s+(?:19|20)\d{2}((?:(?:,\s+|,?\s+and\s+)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+in\s+(?:19|20)\d{2})+)/u.exec(text.slice(start + place.length));
          for (const item of list ? list[1]!.matchAll(/(?:,\s+|,?\s+and\s+)(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)(?=\s+in\s+(?:19|20)\d{2})/gu) : []) {
            const at = start + place.length + list!.index + list![0].length - list![1]!.length + item.index! + item[0].length - item[1]!.length;
            push(item[1]!, at, near(at) + dir + own);
          }
        }
      }
      // ("where exactly did the ramming happen": "about 90 km west of Eocheong Island", a place told by its distance from another)
      for (const m of text.matchAll(/\b(?:(?:about|some|approximately|around|roughly)\s+)?\d[\d,.]*\s*(?:km|kilomet(?:er|re)s|nautical miles|miles|nm)\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?/gu)) {
        // ("which city did he go to": "the imec headquarters in Leuven, about 25 kilometres east of Brussels" names the city)
        if (seatAsked || envoyAsked || kindWord === 'city' || kindWord === 'town') continue;
        const place = m[0].replace(/,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?$/u, (tail) => (findCountries(tail).length ? tail : ''));
        // (pushed whole: its distance is a figure of the sentence, which would otherwise hold the place)
        if (!planned(a, text, m.index!, m.index! + place.length)) out.push({ text: place, start: m.index!, end: m.index! + place.length, score: near(m.index!) + 0.3 + (/\bexact(?:ly)?\b|\bprecise(?:ly)?\b/.test(foldedQuestion(a)) ? 0.4 : 0) });
      }
      // ("venue of the export fair": "Venue: Rex Hotel, Ho Chi Minh City", a labelled line, gives the place of a meeting or event
      // whole, with no preposition before it)
      // (to a comma that goes on in lower case: "Venue: Busan North Port, on a site of 3.43 million square meters")
      // (initials in brackets stay with the name: "Venue: Kenyatta International Convention Centre (KICC), Nairobi")
      // (… and so does the name initials stand for: "Venue: HICO (Hwabaek International Convention Center), Gyeongju")
      const venueLine = /^(\W{0,3}(?:Venue|Place|Location|Site|Host city)\s*:\s*)(\p{Lu}(?:(?!,\s+\p{Ll})(?:\([A-Z][A-Za-z&.-]{1,12}\)|\(\p{Lu}[\p{L}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}&.'’-]*|of|and|for|the|de)){1,8}\)|[^;()])){1,120}?)(?:\.?$|,\s+\p{Ll})/u.exec(text);
      // ("which part of bangkok is the campus going up in": "Location: Bang Na District, Bangkok" places the thing the release is
      // about, an event or not)
      if (venueLine && (venue || /^\W{0,3}(?:Location|Site)\b/.test(venueLine[1]!)) && !seatAsked) push(venueLine[2]!, venueLine[1]!.length, near(venueLine[1]!.length) + 0.1 + kindFit(venueLine[2]!));
      // ("Venue: Ministry of Foreign Affairs of Estonia (Tallinn)", "Venue: Ministry of Foreign Affairs, Warsaw": the city the line
      // ends on is the place too, after the whole line: the answer when a ministry or a building is no place)
      const venueCity = venueLine && venue && !seatAsked ? /(?:\(|,\s+)(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\)?\s*$/u.exec(venueLine[2]!) : null;
      if (venueCity) push(venueCity[1]!, venueLine!.index + venueLine![1]!.length + venueCity.index! + venueCity[0].indexOf(venueCity[1]!), near(venueLine![1]!.length) + kindFit(venueCity[1]!));
      // ("where was the handover ceremony": "Handover ceremony: September 22, Joint Base Pearl Harbor-Hickam, Hawaii", a line
      // labelled with the event the question names, its date, then its place)
      const eventLine = /^(\W{0,3}((?:\p{Lu}[\p{L}-]*\s+){0,3}(?:[Cc]eremony|[Mm]eeting|[Ss]igning|[Ff]orum|[Ss]eminar|[Cc]onference|[Rr]eception|[Dd]ialogue|[Cc]onsultation|[Bb]riefing|[Ww]orkshop|[Ee]xhibition|[Ff]estival|[Cc]oncert|[Ee]vent)s?)\s*:\s*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,\s*\d{4})?(?:\s*\([^()]{1,12}\))?,\s+)?)(\p{Lu}(?:(?!,\s+\p{Ll})(?:\([A-Z][A-Za-z&.-]{1,12}\)|[^;()])){1,80}?)\.?$/u.exec(text);
      if (eventLine && !seatAsked && sliceTerms(eventLine[2]!).every((t) => a.terms.includes(t))) push(eventLine[3]!, eventLine[1]!.length, near(eventLine[1]!.length) + 0.1 + kindFit(eventLine[3]!));
      // (… and "Venue: Busan" after other labels, "Venue: Seoul will host …"; and so does a line labelled with the thing
      // asked whose words open on a place and a date: "MIKTA Young Professionals' Camp: Jeju, October 17 to 21")
      for (const m of text.matchAll(LABELLED_PLACE)) {
        const label = m[1]!;
        if (/^(?:Venues?|Place|Location|Host city)$/i.test(label) ? !venue || seatAsked : !(m[3] && ((lt) => lt.length > 0 && lt.filter((t) => a.terms.includes(t)).length * 2 >= lt.length)(sliceTerms(label)))) continue;
        const start = m.index! + m[0].length - m[2]!.length - (m[3]?.length ?? 0);
        if (out.some((c) => c.start === start)) continue;
        push(m[2]!.replace(/,\s*$/, ''), start, near(start) + 0.4);
      }
      // ("° Schedule and venues: - Nairobi, Kenya (Oct. 11-13): Kasarani Indoor Arena": under a lead of venues, the line labelled
      // with the city or country asked gives its venue)
      const cityLine = /^([^:]{2,80}):\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|de|du|del|la|des))*)\s*$/u.exec(text);
      if (cityLine && /\b(?:venues?|locations?)\b/i.test(fact.context) && (findCountries(cityLine[1]!).some((c) => a.countries.includes(c.code)) || sliceTerms(cityLine[1]!).some((t) => a.terms.includes(t) && !/^\d/.test(t)))) {
        const start = text.length - cityLine[2]!.length;
        push(cityLine[2]!, start, near(start) + 0.6);
      }
      // ("which port did the shipment sail from": "left Gunsan Port on April 9, bound for Port Sudan", the place left)
      if (FROM_ASKED.test(foldedQuestion(a)) || /\bfrom\s+(?:which|what|where)\b|^where\b.*\b(?:depart(?:ed|s)?|leave|left)\b/.test(foldedQuestion(a))) {
        for (const m of text.matchAll(/\b(?:left|departed(?:\s+from)?|departing(?:\s+from)?|sailed\s+from|leaving|set out from|shipped from)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/gu)) {
          const start = m.index! + m[0].length - m[1]!.length;
          push(m[1]!, start, near(start) + 0.8 + kindFit(m[1]!));
        }
      }
      // "which provinces": a list as the text gives it ("Kara, Savanes and Plateaux")
      if (/\b(?:which|what)\s+(?:[\w-]+\s+)?(?:provinces|cities|regions|places|towns|districts|areas|states|islands)\b/.test(foldedQuestion(a))) {
        for (const m of text.matchAll(/\b(?:in|of|to|for)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)*,?\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/gu)) {
          const start = m.index! + m[0].length - m[1]!.length;
          if (!occupied(fact, start, start + m[1]!.length)) out.push({ text: m[1]!, start, end: start + m[1]!.length, score: near(start) + 0.4 });
        }
      }
      // ("visited the port city of Esbjerg": a place named by its kind, when that kind is asked — and a city so named is a place
      // whatever is asked: "send a team … to the city of Chillán")
      // (not "Bor, the capital of Jonglei State": the capital's "of" names what holds it)
      for (const m of text.matchAll(/\bthe\s+(?:[a-z-]+\s+){0,2}(city|town|port|island|province|region|village|capital|county|prefecture)\s+of\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/gu)) {
        if (!kindWord && !/^(?:city|town|port|village)$/.test(m[1]!)) continue;
        const start = m.index! + m[0].length - m[2]!.length;
        if (!out.some((c) => c.start === start)) push(m[2]!, start, near(start) + (kindWord ? 0.3 : 0.2) + kindFit(m[2]!));
      }
      // "Riga, the Republic of Latvia, hosted the …": the host is the place
      // (… and "the final pledging meeting, which Seoul hosted on December 5 and 6")
      // (… but not a country that hosts in a city it names: "Thailand will host the 2nd Ministerial Meeting in Bangkok in 2028")
      for (const m of text.matchAll(/(?:^|[.;]\s+|,\s+and\s+|,?\s+(?:which|that)\s+)(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)(?:,\s+(?:the\s+)?[^,]{2,40},)?\s+(?:hosted|hosts|will host|is hosting|was hosting)\b/gu)) {
        if (!/\b(?:country|nation|state)\b/.test(foldedQuestion(a)) && findCountries(m[1]!).some((c) => c.text.length >= m[1]!.length - 1 && !isCapital(c.text))
          && ((city) => !!city && findCountries(city).every((c) => isCapital(c.text)))(/^[^.;]{0,80}?\s(?:in|at)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/u.exec(text.slice(m.index! + m[0].length))?.[1])) continue;
        push(m[1]!, m.index! + m[0].indexOf(m[1]!), 1);
      }
      return out;
    }
    case 'number': {
      const q = foldedQuestion(a);
      // (what each sum of the fact goes to, read at the first sum that needs it)
      let sumsToMemo: { start: number; to: string | undefined }[] | undefined;
      // (the region whose people the question counts: "how many officials from Latin American countries")
      const regionAsked = once(a, 'regionAsked', () => ((m) => (m ? sliceTerms(m) : undefined))(/\bfrom\s+((?:[a-z-]+\s+){1,2})(?:countries|nations|states|economies)\b/.exec(q)?.[1]));
      // ("what is korea's 2035 NDC target": a figure aimed at, not "a contribution of US$ 7 million" of a sentence that aims at none)
      if (/^(?:what|which)\b[^?]*\btargets?\b/.test(q) && !/\b(?:targets?|aims?|aiming|aimed|goals?|objectives?|pledg\w*|commit\w*|by\s+(?:19|20)\d{2}|reduc\w*|cut|rais\w*|increas\w*|expand\w*|reach\w*)\b/i.test(text)) return [];
      // "how often does the working group meet": a frequency ("once a year", "every two years", "annually"), not a figure
      if (/\bhow often\b|\bhow frequently\b|\bfrequency\b/.test(q)) {
        return [...text.matchAll(FREQUENCY)].filter((m) => !inQuestion(a, m[0])).map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length, score: 0.6 + 0.5 * near(m.index!), changeable: false }));
      }
      // "how many consecutive terms has Korea won": the ordinal of the run ("its 13th consecutive election")
      if (/\bhow many\b[^?]*\b(?:consecutive|successive|straight|in a row|times)\b/.test(q)) {
        // ("This is the sixth time the ROK has been elected": an ordinal written as a word)
        const runs = [...text.matchAll(/\b(\d{1,3}(?:st|nd|rd|th))\s+(?:consecutive|successive|straight)\b|\b(?:for|is|was|marks?|marked)\s+the\s+(\d{1,3}(?:st|nd|rd|th)|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)) (?:consecutive |straight |successive )?time\b/gi)]
          .map((m) => { const t = m[1] ?? m[2]!; const start = m.index! + m[0].indexOf(t); return { text: t, start, end: start + t.length, score: 0.8 + 0.4 * near(start), changeable: true }; });
        if (runs.length) return runs;
        // (nor another count of the sentence: "11 members were chosen, including three from the Asia-Pacific Group")
        if (/\bhow many times\b/.test(q) && !/\b(?:\d+|[a-z]+)\s+times\b|\b(?:once|twice|thrice)\b/i.test(text)) return [];
      }
      // the measures the question gives itself ("a 10-year 58-page passport"): a figure of that unit with another value is
      // another thing's
      // (not a year: "the Sept 2023 vote")
      const askedMeasures = [...q.matchAll(/\b(\d{1,4})[-\s]([a-z]{3,})\b/g)].filter((m) => !/^(?:19|20)\d{2}$/.test(m[1]!)).map((m) => ({ value: Number(m[1]), unit: nounTerms(m[2]!)[0] ?? '' })).filter((m) => !!m.unit);
      // ("by how much did it boost yields": a change, in whatever unit the text gives it)
      const money = (/\bhow much\b|\baid\b|\bamount\b|\btrade\b|\bvalue\b|\bworth\b|\bcost\b|\bprice\b|\bsupport\b|\bbudget\b|\bpledge|\bcontribut|\bfunding\b|\bdonat|\bgrants?\b|\bloans?\b|\binvest|\bassistance\b|\bmoney\b|\bfinancing\b|\benvelope\b|\bpaid\b|\bpay(?:s|ing)? out\b|\bspent\b|\bdisbursed\b|\b(?:flash|humanitarian|funding|emergency|un|consolidated)\s+appeals?\b/.test(q.replace(/\bby how much\b/, ' '))
        // ("how big is the swap line", "the ceiling on the framework arrangement": the size of a sum of money)
        || /\b(?:how (?:big|large)|size of|ceiling)\b[^?]*\b(?:swaps?|credit|loans?|framework|facility|fund|package|financing|deal|contract|budget|envelope)\b/.test(q))
        // ("grace period on the loan": the loan's length of time, not its money)
        && !LOAN_TERM.test(q);
      // ("how much squid do korean vessels catch": a quantity of a thing that is no money — "about 200,000 tonnes of squid", not the
      // sum the catch is worth)
      const muchOf = once(a, 'muchOf', () => ((w) => (w && isEnglishWord(w) && !/^(?:is|was|are|were|did|does|do|will|would|has|have|had|can|could|should|more|less|of|in|the|money|cash|aid|funding|oda|further|additional|extra|total|overall|exactly|roughly|approximately)$/.test(w)
        && !findCountriesTyped(w).length && !MONEY_WORD.test(w) ? nounTerms(w)[0] : undefined))(/\bhow much\s+(?:[a-z]+\s+)?([a-z]{3,})\s+(?:do|does|did|is|was|are|were|has|have|had|will|would|can|could)\b/.exec(q)?.[1]));
      const investAsked = /\binvest(?:ed|s|ing)?\b/.test(q);
      const outputAsked = /\b(?:output|production|produce|capacity|yield)\b/.test(q);
      const changeAsked = /\bby how much\b|%\s*(?:hike|increase|rise|growth|jump)\b|\bpercent(?:age)?\s+(?:hike|increase|rise|growth|jump)\b|\bhow much\b.*\b(?:grow|grew|grown|rise|rose|risen|increase|increased|go up|went up|jump|jumped)\b\s*(?:by|compared|from|over|on|since|$)/.test(q);
      const percent = /\brate\b|\bpercent|%|\bby how much\b|\bshare of\b|\bwhat share\b|\bproportion\b|\bturnout\b/.test(q);
      // ("how long was the drive, distance wise": a length, not a time)
      const duration = !/\bdistance\b|\bhow far\b/.test(q) && !LONG_THING_ASKED.test(q) && (LOAN_TERM.test(q) || /\bhow long\b|\b(?:flight|travel|journey|transit|flying) time\b|\b(?:jail|prison)\s+(?:term|sentence)s?\b|\byears had passed\b|\bhow many (?:years|months|days|weeks|hours|minutes|nights)\b|\bvalidity\b|\bduration\b|\blength of (?!(?:the\s+)?(?:[\w-]+\s+){0,2}(?:roads?|railways?|lines?|bridges?|pipelines?|canals?|highways?|tracks?|border|coast(?:line)?|river|cables?))/.test(q));
      // ("Nine items of Korean cultural property": a figure of items, pieces or sets counts the thing after their "of")
      const containerOf = (n: { end: number; unit?: string }): string | undefined => (n.unit && CONTAINER_UNIT.test(n.unit)
        ? /^\s+(?:\p{L}+\s+){0,1}of\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(text.slice(n.end, n.end + 80))?.[1] : undefined);
      // "how many joint exhibitions": a count of something else ("the two sides") does not answer it
      // the noun counted: the words after "how many" up to a verb or a preposition ("coastal states took part", "yemenis needing aid")
      const countedWords: string[] = [];
      // (up to the question's mark or a comma: "… total number of participants?")
      for (const w of (/(?:\bhow many|^#\s*(?:of)?|\bnumber of)\s+(.*)$/.exec(fold(expandAbbreviations(a.question)))?.[1] ?? '').split(/[?!,;:]/)[0]!.split(/\s+/)) {
        // ("number of 2025 KF korean studies fellows": a year says which, not what is counted)
        if (/^\d{4}$/.test(w)) continue;
        if (!w || /^(?:did|does|do|is|was|were|are|will|would|has|have|had|can|could|in|of|for|at|to|from|per|a|an|the|run|ran|runs|been|that|took|take|attended|attend|joined|visited|came|went|made|got|get|gets|received|receive|receives|signed|there|sent|send|gave|give|brought|bring|held|hold|won|win|met|meet|paid|pay|sold|bought|built|began|led|spent|lent|chose|drew|flew|grew|rose|fell|saw|sought|told|wrote|ran|put|set)$/.test(w) || /(?:ed|[a-z]{3}ing)$/.test(w) && countedWords.length) break;
        countedWords.push(w);
        if (countedWords.length >= 4) break;
      }
      // ("korean tourists in the tour groups - how many?": the noun comes before)
      // ("s. korean troops still deployed with UNIFIL, how many?": the noun ends before its verb, "taken out of Juba" too)
      if (!countedWords.length && /\bhow many\s*\??$/.test(q)) countedWords.push(...(q.split(/\s+(?:in|of|at|for|on|from|with|under|-|still|now|currently|already|who|that|which)\s+|,/)[0] ?? '').split(/\s+/).filter((w, i, all) => !all.slice(0, i + 1).some((x) => /^(?:[a-z]{3,}ed|[a-z]{3,}ing|taken|sent|brought|flown|given|made|done|seen|found|left|kept|shown|drawn|held|won|lost|killed|hurt)$/.test(x))).slice(-2));
      // ("visitor count at the 1993 expo", "troop numbers in 2024": the noun before "count")
      if (!countedWords.length) countedWords.push(...(/^(?:the\s+)?((?:[a-z-]+\s+)?[a-z-]+)\s+(?:count|numbers|tally|headcount)\b/.exec(q)?.[1]?.split(/\s+/).filter((w) => !stopWords().has(w)) ?? []));
      // ("korea human rights council 2025-2027 vote tally": the noun right before a tally that ends the question)
      if (!countedWords.length) countedWords.push(...(/\b([a-z-]+)\s+(?:tally|headcount)\s*$/.exec(q)?.[1]?.split(/\s+/).filter((w) => !stopWords().has(w)) ?? []));
      const counted = countedWords.length ? countedWords.join(' ') : undefined;
      const countedTerms = counted ? nounTerms(counted).flatMap((t) => synonymsOf(t)) : [];
      // (the noun counted itself, its last word: "Chinese trawlers" → trawlers, "Koreans" → Koreans)
      // ("how many Poles do Korean firms employ": a people's name counts people)
      const demonymCounted = !!counted && countedWords.length === 1 && /s$/.test(counted) && findCountriesTyped(counted).some((c) => c.text.length === counted.length);
      const countedHead = counted ? [...synonymsOf(nounTerms(counted).pop() ?? ''), ...(demonymCounted ? PEOPLE_TERMS : [])] : [];
      // "how many Estonian students" is not answered by "Korean students": nationalities must not differ
      // (a capital among the words counted is the government that acts, not a nationality: "number of japanese Seoul flew out")
      const countedFrom = counted ? findCountries(counted).filter((c) => !isCapital(c.text)).map((c) => c.code) : [];
      // (a noun of those who do something: "visitors" are those who visit)
      const visitorsCounted = /^(?:visitors?|travell?ers?|tourists?|arrivals?)$/.test(countedWords[countedWords.length - 1] ?? '');
      const measureCounted = countedWords[0] && MEASURE.test(countedWords[0]) ? terms(countedWords[0])[0] : undefined;
      // ("how many days can koreans stay": a figure of days, not "about 14,000 Koreans visiting")
      const durationCounted = /^(?:days|weeks|months|years|hours|nights)$/.exec(countedWords[0] ?? '')?.[0].slice(0, -1);
      const modelCounted = countedWords[0] ? /^([a-z]{1,4}-?\d+[a-z]*?)(?:'?s)?$/.exec(countedWords[0])?.[1]?.replace(/-/g, '') : undefined;
      const countedNat = counted ? findCountriesTyped(counted).filter((c) => !isCapital(c.text)).map((c) => c.code) : [];
      // ("how many Vietnamese students got a scholarship": a sentence that names no Viet Nam counts everyone, not them)
      // (people only: "NK trash balloons" are counted wherever they are found)
      if (countedNat.length && PEOPLE_COUNTED.test(countedWords[countedWords.length - 1]!)
        && countedNat.every((c) => c !== 'KOR' && !fact.countries.includes(c) && !findCountries(fact.context).some((x) => x.code === c))) return [];
      // ("how much … in 2021 alone", "how many people in Mozambique alone": a part asked by itself is told only by a sentence that
      // names it alone — not by a period's total, "(2021-2025)", nor by a figure of several places, "in the Oromia region of Ethiopia
      // and the Nampula province of Mozambique", nor of a region that holds it, "Hallyu fan clubs in East Africa")
      if (!partAloneTold(once(a, 'alonePart', () => alonePart(q)), text)) return [];
      // the words right after a figure, up to the next figure or clause: whose figure it is
      const countriesAfter = (end: number): string[] => findCountries(/^[^:;,()\d]*/.exec(text.slice(end, end + 80))?.[0] ?? '').map((c) => c.code).filter((c) => c !== 'KOR');
      const countryAfter = (end: number): boolean => countriesAfter(end).some((c) => a.countries.includes(c));
      // (the country in brackets right after a figure: "US$ 5 million (ROK)")
      const bracketOwners = (end: number): string[] => ((m) => (m ? findCountries(m[1]!).filter((c) => c.text.length >= m[1]!.length - 1).map((c) => c.code) : []))(/^\s*\(([^()]{2,30})\)/.exec(text.slice(end, end + 34)));
      // (the countries a question asks about: any it names, but one it goes "with", "and" or "to")
      const ownersAsked = (): string[] => once(a, 'ownersAsked', () => findCountriesTyped(a.question).filter((c) => !/\b(?:with|and|to|from|between)\s+(?:the\s+)?$/i.test(a.question.slice(0, c.start))).map((c) => c.code));
      // "the number of Polish tourists visiting Korea reached about 52,000": the noun counted comes before the figure
      // ("He reported that of the 52 follow-up projects …, 37 had been launched": after "that" too)
      const openingWhole = fact.numbers.find((x) => /(?:^(?:[^,;]{0,30}[,;]\s+)?Of|\bthat\s+of)\s+(?:the\s+)?(?:some\s+|about\s+|approximately\s+|a total of\s+)?$/.test(text.slice(0, x.start)));
      const sizeAsked = /\bhow (?:big|large)\b|\bsize of\b|\bwhat size\b/.test(q);
      // (a figure its clause says is needed: "… needs an absolute majority, currently 97 votes", "a majority of 96 votes required")
      const required = (n: { start: number; end: number }): boolean => REQUIRED_BEFORE.test(text.slice(Math.max(0, n.start - 120), n.start).split(/[;.]\s/).pop() ?? '')
        || /^\s+[\p{L}-]+\s+(?:required|needed|necessary)\b/iu.test(text.slice(n.end, n.end + 30));
      // (a threshold to reach: "how many votes were needed to win", not "how many people need help")
      const needAsked = once(a, 'needAsked', () => /\b(?:need|needs|needed|required?|necessary)\s+(?:to|for)\b|\bminimum\b|\bthreshold\b/.test(q) && /\bhow many\b/.test(q));
      const gotAsked = /\b(?:did|has|have|had)\b[^?]*\b(?:get|got|receive|received|win|won|obtain|obtained|secure|secured|garner|garnered)\b/.test(q) && !/\b(?:need|needs|needed|required?|minimum|majority|threshold)\b/.test(q);
      const topCountAsked = /\b(?:top-placed|top-ranked|first-placed|winning|highest-ranked|top)\s+(?:candidate|country|nominee|finisher|vote-getter)\b|\bthe most votes\b/.test(q);
      const askedVerb = /\bhow many\b(.*)$/.exec(q)?.[1] ?? '';
      const residentsAsked = /\b(?:live|lives|living|lived|reside\w*|residents?|settled)\b/.test(askedVerb) ? 'stock'
        : /\b(?:travel\w*|visit\w*|went|go|gone|came|come|toured|arriv\w*|flew)\b/.test(askedVerb) ? 'flow' : undefined;
      // ("how much land was demined": an area, not the budget of the phase that cleared it)
      const areaAsked = /\bhow much (?:land|area|territory|ground|farmland|forest)\b/.test(q);
      // (initials count as the words they stand for: "KIA")
      // (to live somewhere is not a life lost: "how many Koreans live in Russia")
      const askedWords = [...a.terms, ...[...a.alternatives.values()].flat()].filter((t) => t !== 'live' || /\blives\b/.test(q));
      const casualtyAsked = askedWords.some((t) => casualtyTerms().killed.has(t)) ? 'killed' : askedWords.some((t) => casualtyTerms().injured.has(t)) ? 'injured' : undefined;
      // ("The number of North Korean defectors … has fallen sharply since …, with 236 arriving in 2024": past a comma to "with")
      // ("the number of Korean professional staff … from 563 … to 700": a noun counted may have no plural s)
      // (the whole a figure after "of whom" or "of which" is part of: "some 5,100 … soldiers fought …, of whom 213 …")
      const wholeOfPart = (n: { start: number }): (typeof fact.numbers)[number] | undefined => /\bof\s+(?:whom|which)\s+$/i.test(text.slice(Math.max(0, n.start - 16), n.start)) ? fact.numbers.filter((x) => x.end <= n.start).pop() : undefined;
      const countedBefore = (start: number): string | undefined => /\bnumber of\s+((?:[\p{L}-]+\s+){0,2}?(?:[\p{L}-]+s|staff|personnel|people))\b[^,;:]{0,70}$/u.exec(text.slice(Math.max(0, start - 120), start))?.[1]
        ?? (/\bwith\s+$/.test(text.slice(Math.max(0, start - 6), start)) ? /\bnumber of\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s)\b[^;:.]{0,110}$/u.exec(text.slice(Math.max(0, start - 180), start))?.[1] : undefined);
      // ("how many travelers visiting each other's country": "the number of people visiting each other's country", people doing
      // what the question's counted noun does)
      const peopleDoing = (n: { start: number; end: number; unit?: string }): boolean => {
        const last = countedWords[countedWords.length - 1];
        if (!last || !PEOPLE_COUNTED.test(last)) return false;
        const m = /^\s+(?:people|persons)\s+([a-z]{3,}ing)\b/.exec(text.slice(n.end, n.end + 40))
          ?? /\bnumber of\s+(?:people|persons)\s+([a-z]{3,}ing)\b[^,;:]{0,70}$/.exec(text.slice(Math.max(0, n.start - 120), n.start));
        return !!m && new RegExp(`\\b${last}\\s+${m[1]}\\b`).test(q);
      };
      // ("number of cosponsors": "co-sponsored by 60 countries", the counted said by the verb before the figure)
      // (or by the label of the line's part: "… / Co-sponsors: 64 Member States")
      const countedByVerb = (n: { start: number; unit?: string }): boolean => !!n.unit && /^(?:(?:member\s+)?(?:countries|states|nations)|members|parties|governments|people|persons)\b/i.test(n.unit)
        && (((verb) => !!verb && countedTerms.some((t) => t.length >= 5 && fold(verb).replace(/-/g, '').includes(t.replace(/-/g, ''))))(/([\p{L}-]+)\s+by\s+(?:some\s+|about\s+|over\s+|more than\s+)?$/u.exec(text.slice(Math.max(0, n.start - 40), n.start))?.[1])
          || ((label) => !!label && sliceTerms(label).some((t) => countedTerms.includes(t)))(/(?:^|[/;]\s*)(\p{L}[\p{L} -]{1,30}):\s*(?:some\s+|about\s+|over\s+|a total of\s+)?$/u.exec(text.slice(Math.max(0, n.start - 40), n.start))?.[1]));
      // "how many filipinos visited korea" is not answered by "about 1.45 million Koreans visited the Philippines"
      // ("how many korean companies": not "25 Swedish and Korean companies", which counts both)
      const nationalityOk = (end: number): boolean => {
        const both = countedNat.length === 1 ? /^\s+(\p{Lu}\p{L}+)\s+and\s+(\p{Lu}\p{L}+)\s+[a-z]+s\b/u.exec(text.slice(end, end + 60)) : null;
        if (both && ((codes) => codes.length === 2 && codes.includes(countedNat[0]!) && codes.some((c) => !countedNat.includes(c)))([both[1]!, both[2]!].flatMap((w) => findCountries(w).filter((c) => c.text.length === w.length).map((c) => c.code)))) return false;
        const word = /^\s+(\p{Lu}[\p{L}]+)\b/u.exec(text.slice(end, end + 30))?.[1];
        const from = word ? findCountries(word).filter((c) => c.text.length === word.length).map((c) => c.code) : [];
        return !countedFrom.length || !from.length || from.some((c) => countedFrom.includes(c));
      };
      // ("how many New Zealanders have joined": not "the annual quota of Korean young people … from 3,000 to 6,000")
      const peopleBeforeOk = (start: number): boolean => {
        if (!countedNat.length) return true;
        const m = /\b(?:of|for)\s+(\p{Lu}\p{Ll}+)\s+(?:[a-z]+\s+){0,2}(?:people|persons|nationals|citizens|students|workers|youths?|tourists|visitors|residents)\b[^.;]{0,140}$/u.exec(text.slice(Math.max(0, start - 220), start));
        const from = m ? findCountries(m[1]!).filter((c) => c.text.length === m[1]!.length).map((c) => c.code) : [];
        return !from.length || from.some((c) => countedNat.includes(c));
      };
      const mentions = findCountriesTyped(a.text).filter((c) => /^[A-Z]{3}$/.test(c.code) && c.code !== 'KOR');
      // (a capital the question names is where, not whose: "… forum in jakarta")
      const countryInPair = mentions.some((c) => !isCapital(c.text)) && mentions.filter((c) => !isCapital(c.text)).every((c) => /[-–]\s*$/.test(a.text.slice(Math.max(0, c.start - 2), c.start)) || /^\s*[-–]/.test(a.text.slice(c.end, c.end + 2)));
      // ("monitors in the OSCE ukraine mission": a country that names a body's mission or office, in the singular too)
      const countryAsModifier = mentions.length > 0 && mentions.every((c) => /^\s+(?!(?:and|or|in|to|from|for|with|at|on)\b)[a-z]+s\b|^\s+(?:mission|embassy|office|project|programme|program|fund|centre|center|team|unit|operation|force|contingent|initiative)\b/.test(a.text.slice(c.end, c.end + 20)));
      // ("In Yemen, where more than 8 million people are on the brink of famine, the rice will …": a figure of a clause that
      // describes a country is not what the question asks, unless the clause says some other word of the question)
      const placeFigure = (n: { start: number; end: number }): boolean => {
        const m = /\b(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?),\s+where\s+[^,;.]{0,40}$/u.exec(text.slice(Math.max(0, n.start - 70), n.start));
        const whole = (w: string): boolean => findCountries(w).some((c) => /^[A-Z]{3}$/.test(c.code) && c.text.length === w.length);
        if (!m || !(whole(m[1]!) || whole(m[1]!.split(/\s+/).pop()!))) return false;
        const said = new Set(sliceTerms(m[0] + (/^[^,;.]*/.exec(text.slice(n.end))?.[0] ?? '')));
        return !a.terms.some((t) => !/^\d/.test(t) && !a.countryTerms.has(t) && !countedTerms.includes(t) && synonymsOf(t).some((x) => said.has(x)));
      };
      // ("how many visitors did the Hallyu Expo in Brazil attract": a country an event is held in names the event, not whose figure)
      const countryOfEvent = mentions.length > 0 && mentions.every((c) => /\b(?:expo|festival|fair|forum|week|exhibition|show|concert|games|tournament|cup|roadshow)\s+in\s+(?:the\s+)?$/i.test(a.text.slice(Math.max(0, c.start - 30), c.start)));
      // ("how many African countries sent officials": "200 African officials" share the people's name, not the noun counted)
      const isPeople = (w: string): boolean => findCountriesTyped(w).some((c) => c.text.length === w.length);
      const countedAdjective = once(a, 'countedAdjective', () => countedWords.length >= 2 && !isPeople(countedWords[countedWords.length - 1]!) && countedWords.slice(0, -1).some(isPeople)
        && !countedWords.some((w) => isPeople(w) && /s$/.test(w)));
      const otherNounOfPeople = (end: number): boolean => {
        if (!countedAdjective) return false;
        const m = /^\s+(\p{Lu}\p{Ll}+)\s+((?:[a-z][a-z-]+\s*){1,3})/u.exec(text.slice(end, end + 60));
        // (a people named in the plural is counted itself: "4.6 million Koreans visited")
        if (!m || !isPeople(m[1]!) || /s$/.test(m[1]!)) return false;
        // (only bodies counted as people, or people as bodies: "Korean travellers" may be the Korean visitors asked)
        const head = countedWords[countedWords.length - 1]!;
        return (BODIES.test(head) && PEOPLE_UNIT.test(m[2]!)) || (PEOPLE_UNIT.test(head) && BODIES.test(m[2]!));
      };
      // ("how many Korean nationals were living in Libya": "has left more than 5,300 people dead" counts people whose nationality
      // is not said near the figure, not the Koreans asked)
      // (… "killing more than 2,900 people and injuring over 5,500": a figure whose noun is left out counts the one before)
      const peopleOfNoNation = (n: { start: number; end: number; unit?: string }): boolean => countedNat.length > 0 && countedWords.length >= 2 && countedWords.some((w) => isDemonym(w))
        && (n.unit ? /^(?:people|persons)\b/i.test(n.unit) : /\d\s+(?:people|persons)\b[^.;\d]{0,30}$/.test(text.slice(Math.max(0, n.start - 60), n.start)))
        && !findCountries(text.slice(Math.max(0, n.start - 80), n.end + 60)).some((c) => countedNat.includes(c.code));
      // ("how many vets + family members": a figure of veterans alone, "21 veterans and 51 family members", counts a part)
      const countedParts = once(a, 'countedParts', () => (counted && /\s(?:\+|and|&)\s/.test(counted) ? counted.split(/\s(?:\+|and|&)\s/).map((p) => nounTerms(p).flatMap((t) => synonymsOf(t))).filter((p) => p.length) : []));
      const onePart = (start: number, end: number): boolean => {
        if (countedParts.length < 2) return false;
        const own = /^\s+([^\d,;.]{1,40}?)\s+and\s+(?:some\s+|about\s+|around\s+)?\d/.exec(text.slice(end, end + 60))?.[1]
          ?? (/\d\s+[^\d,;.]{1,40}?\s+and\s+(?:some\s+|about\s+|around\s+)?$/.test(text.slice(Math.max(0, start - 60), start)) ? /^\s+([^\d,;.]{1,40})/.exec(text.slice(end, end + 60))?.[1] : undefined);
        if (!own) return false;
        const said = new Set(nounTerms(own));
        return !countedParts.every((p) => p.some((t) => said.has(t)));
      };
      const countedOk = (unit: string | undefined): boolean => {
        // ("how many non-Koreans": only a figure that says it counts others — "9 foreign nationals" — answers)
        if (/\bnon-?\s?[a-z]/.test(counted ?? '')) return /^(?:foreign|non-|other)/i.test(unit ?? '');
        // ("how many tons of relief goods": a figure in tons, not "Two … aircraft carrying 30 tons")
        if (measureCounted) return !!unit && MEASURE.test(unit) && terms(unit.split(/\s+/)[0]!)[0] === measureCounted;
        if (durationCounted) return !!unit && new RegExp(`^${durationCounted}s?\\b`, 'i').test(unit);
        if (!countedTerms.length || !unit) return true;
        // ("how many lawmakers were in the delegation": "a five-member delegation")
        if (/^member\s+(?:delegation|team|group|contingent|mission|panel|committee)\b/i.test(unit) && /\b(?:delegation|team|group|contingent|mission|panel|committee)\b/.test(q)) return true;
        const from = findCountries(unit.split(/\s+/).slice(0, 2).join(' ')).map((c) => c.code);
        // (a nationality typed in lower case counts too: "how many koreans working in brazil")
        const asked = countedFrom.length ? countedFrom : countedNat;
        if (asked.length && from.length && !from.some((c) => asked.includes(c))) return false;
        // ("how many joint patrols … conducting them four times": a number of times counts what its sentence names)
        if (/^times\b/i.test(unit) && countedTerms.some((t) => terms(text).includes(t))) return true;
        // ("how many Poles do Korean firms employ": a nationality counted is counted as people, workers, nationals …)
        // (… their nationality repeated or not: "30,000 Mongolian nationals")
        if (countedNat.length && countedWords.length === 1 && /^(?:\p{Lu}\p{Ll}+\s+)?(?:people|persons|nationals|citizens|workers|residents|employees|staff|locals|jobs)\b/iu.test(unit)) return true;
        // (… and so are the people of a place: "how many Gazans" — "some 1.7 million people")
        if (countedWords.length === 1 && /(?:ans|ns|ese|ites)$/.test(countedWords[0]!) && /^(?:people|persons|residents|civilians|inhabitants)\b/i.test(unit)) return true;
        // ("9 foreign nationals" are not the Koreans asked)
        if (countedNat.length && /^(?:foreign|non-)/i.test(unit) && !/\b(?:foreign|non-?\w+)\b/.test(q)) return false;
        // ("Three Korean nationals were killed, and 12 others were injured": others of the same kind)
        if (/^others?\b/i.test(unit)) return true;
        // ("how many people are on the team": "seven officials", "121 members" — people, whoever they are)
        // (… and the people of a programme are counted by who they are: "how many alumni" — "412 diplomats")
        // (… and a body's staff are its people, whatever their post: "how many staff" — "nine officials")
        if ((countedWords.length && countedWords.every((w) => /^(?:people|persons|ppl|individuals|staff|staffers|personnel)$/.test(w))
          || countedWords.some((w) => /^(?:alumni|alumnus|graduates|participants|trainees|fellows|attendees|fellowship)$/.test(w))) && (PEOPLE_UNIT.test(unit) || PEOPLE_MORE.test(unit))) return true;
        // (a nationality shared is not the noun counted: "430 Korean companies" are no Korean nationals)
        // (unless a people is what is counted: "how many Peruvians came" — "14,800 Peruvians")
        // (… or only a nationality is: "how many chinese" before a verb)
        // (… or the unit is the people itself, "4.6 million Koreans visited": only a nationality qualifying a noun is put aside)
        const nat = demonymCounted || countedWords.every((w) => findCountriesTyped(w).some((c) => c.text.length === w.length)) || !ORG_UNIT.test(unit) ? [] : findCountries(unit).filter((c) => !/s$/.test(c.text));
        const own = nat.length ? nounTerms(nat.reduce((u, c) => u.replace(c.text, ' '), unit)) : nounTerms(unit);
        return (own.length ? own : nounTerms(unit)).some((t) => countedTerms.includes(t));
      };
      // a year the question gives ("per year from 2017"): the figure stated by it
      const wanted = a.terms.filter((t) => !/^\d{4}$/.test(t)).map((t) => new Set(synonymsOf(t)));
      // (the noun counted: "how many colombians visited korea")
      const countedNoun = once(a, 'countedNoun', () => ((w) => (w ? terms(w)[0] : undefined))(/\bhow many\s+([a-z]{3,})/.exec(q)?.[1]));
      const figureTerms = once(a, 'figureTerms', () => [...q.matchAll(/\b(trade|budget|contributions?|funding|donations?|grants?|loans?|investment|fdi|aid|assistance|exports?|imports?)\b/g)].flatMap((m) => synonymsOf(terms(m[1] === 'fdi' ? 'investment' : m[1]!)[0] ?? '')));
      // (read once per question: the figure filters below ask them of every figure of every fact)
      const doneAsked = once(a, 'doneAsked', () => DONE_ASKED.test(q));
      const costAsked = once(a, 'costAsked', () => /\b(?:cost|costs|costing|price|worth|value(?!\s+chains?)|budget|paid|spent|spend|fees?|investments?|fdi)\b/.test(q) && !/\bhow many\b|\bnumber of\b|\b(?:tons?|tonnes?|barrels?|megawatts?|mw|gw|hectares?|kilomet(?:er|re)s?|km|units?)\b/.test(q));
      const askedYears = new Set(a.dates.filter((d) => !d.yearInferred && /^\d{4}/.test(d.value) && !bounded(a, d)).map((d) => d.value.slice(0, 4)));
      const yearsAt = a.dates.filter((d) => /^\d{4}/.test(d.value) && !d.yearInferred).flatMap((d) => [...text.matchAll(new RegExp(`\\b${d.value.slice(0, 4)}\\b`, 'g'))].map((m) => m.index!));
      // "magnitude of the quake": as written ("a magnitude 6.1 earthquake", "a 5.9-magnitude quake")
      if (/\bmagnitude\b/.test(q)) {
        // ("magnitude of the strongest aftershock": not "a magnitude 7.1 earthquake … followed by more than 40 aftershocks")
        const shockAsked = /\baftershocks?\b/.test(q) ? 'aftershock' : /\b(?:earthquake|quake)s?\b/.test(q) ? 'quake' : undefined;
        const mags = [...text.matchAll(/\bmagnitude[- ]\d+(?:\.\d)?|\b\d+(?:\.\d)?[- ]magnitude\b/gi)]
          .filter((m) => { const noun = /^\s+(?:[\p{L}-]+\s+){0,2}?(aftershocks?|earthquakes?|quakes?|tremors?)\b/iu.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40))?.[1]?.toLowerCase(); return !shockAsked || !noun || (shockAsked === 'aftershock') === noun.startsWith('aftershock'); })
          .map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length, score: 1.2, changeable: false }));
        // (a magnitude asked of a shock the sentence does not measure has no answer here)
        if (mags.length || shockAsked) return mags;
      }
      // "age cap": an age range as written ("aged 19 to 29", "between the ages of 19 and 29")
      if (/\bages?\b|\bhow old\b/.test(q)) {
        // ("Eligible age: 18 to 34", "aged between 18 and 30", "18 to 30 years of age")
        const ages = [...text.matchAll(/\b(?:aged(?: between)?|ages?(?: of)?(?: between)?|between the ages of|age:)\s+(\d{1,2}\s*(?:to|-|–|and)\s*\d{1,2})\b|\b(\d{1,2}\s*(?:to|-|–)\s*\d{1,2})\s+years?\s+(?:of age|old)\b/gi)]
          .map((m) => { const t = (m[1] ?? m[2])!; const start = m.index! + m[0].indexOf(t); return { text: t, start, end: start + t.length, score: 1.2, changeable: true }; });
        // a person's age: "aged 92", "the 92-year-old veteran"
        for (const m of text.matchAll(/\b(?:aged|at the age of)\s+(\d{1,3})\b(?!\s*(?:to|-|–|and)\s*\d)|\b(\d{1,3})-year-old\b|\((\d{2,3})\)(?=\s*,|\s+(?:was|is|who|fought|served))/gi)) {
          const t = (m[1] ?? m[2] ?? m[3])!;
          const start = m.index! + m[0].indexOf(t);
          ages.push({ text: t, start, end: start + t.length, score: 1, changeable: true });
        }
        // (an age is asked: no other figure answers it)
        return ages;
      }
      // "how much does an online apostille cost": what is free costs nothing
      const free = /\b(?:cost|costs|fee|fees|charge|charged|price|pay)\b/.test(q) ? /\b(?:free of charge|for free|at no cost|without charge|free)\b/i.exec(text) : null;
      const freeSpan: SpanCandidate[] = free ? [{ text: free[0], start: free.index, end: free.index + free[0].length, score: 0.5 + 0.5 * near(free.index) }] : [];
      // ("how many individuals and entities": both counts as the text pairs them — "4 individuals and 7 entities")
      const pairAsked = /\b([a-z-]{3,}s)\s+(?:and|&)\s+([a-z-]{3,}s)\b/.exec(q);
      if (pairAsked) {
        const [one, two] = [terms(pairAsked[1]!)[0], terms(pairAsked[2]!)[0]];
        for (let i = 0; i + 1 < fact.numbers.length; i++) {
          const [x, y] = [fact.numbers[i]!, fact.numbers[i + 1]!];
          if (!x.unit || !y.unit || !/^,?\s+(?:and\s+)?$/.test(text.slice(x.end + text.slice(x.end).indexOf(x.unit) + x.unit.length, y.start))) continue;
          if (terms(x.unit.split(/\s+/).pop()!)[0] !== one || terms(y.unit.split(/\s+/).pop()!)[0] !== two) continue;
          const end = y.end + text.slice(y.end).indexOf(y.unit) + y.unit.length;
          freeSpan.push({ text: text.slice(x.start, end), start: x.start, end, score: 1.6 + 0.5 * near(x.start) });
        }
      }
      // ("ghana rice value chain project - duration?": "(US$ 12 million, 2025-2028)", a span of years is how long it runs)
      // (not a loan's terms: its project's years are not its maturity)
      if (duration && !/\bhow long\b|\b(?:jail|prison)\b|\bhow many\b/.test(q) && !LOAN_TERM.test(q)) {
        for (const d of fact.dates) if (d.until && !d.yearInferred) freeSpan.push({ text: d.text, start: d.start, end: d.end, score: 0.3 + 0.5 * near(d.start) });
      }
      const respective = respectiveOwn(a, fact);
      // ("turnout" of an event is its crowd; of an election, a share)
      const crowdAsked = /\battend(?:ance|ees)\b|\baudience\b|\bspectators\b|\bviewers\b|\bcrowds?\b|\bturnout\b/.test(q) && !/\bvot|\belect|\bballot|\bpoll/.test(q);
      const totalAsked = TOTAL_ASKED.test(q);
      // ("the World Food Programme (WFP, US$4 million)": initials and a figure may share the brackets)
      const bodies = a.initialisms.filter((i) => /^[a-z]{2,6}$/.test(i) && new RegExp(`\\(${i}[),]`, 'i').test(text));
      const soFar = /\b(?:so far|to date|until now|thus far)\b|\b(?:have|has)\s+(?:[a-z]+ed|done|been|gone|taken|made|seen|come)\b/.test(q);
      const counted2 = counted ? nounTerms(counted) : [];
      // ("daily average", "calls per day", "flights a week"): the period a rate is asked per
      // (read once per question: the patterns of the period, and the group nouns a "62-member team" may be)
      const { period, averageAsked, groupAfter } = once(a, 'numberPeriod', () => {
        const asked = /\b(?:daily|per day|a day|each day)\b/.test(q) ? 'day' : /\b(?:weekly|per week|a week|each week)\b/.test(q) ? 'week' : /\b(?:monthly|per month|a month|each month)\b/.test(q) ? 'month' : undefined;
        const groups = [...q.matchAll(/\b(team|delegation|contingent|unit|mission|crew|group|panel|committee)\b/g)].map((m) => m[1]);
        return {
          period: asked ? { after: new RegExp(`^[^,;.]{0,60}?\\b(?:a|per|each|every)\\s+${asked}\\b`, 'iu'), before: new RegExp(`\\b${PERIODLY[asked]}\\b[^,;.]{0,80}$`, 'iu') } : undefined,
          averageAsked: /\baverage\b/.test(q),
          groupAfter: groups.length ? new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${groups.join('|')})\\b`, 'iu') : undefined,
        };
      });
      // (the edition the question numbers is the release's own, its title says: "Korea Pledges US$8 Million at 8th Brussels Conference")
      const thisEdition = a.ordinals.length > 0 && !!meta && once(a, `edition:${meta.id}`, () => findOrdinals(meta.title).some((o) => a.ordinals.includes(o)));
      // (a labelled line, "Coahuila: US$ 1.4 billion", speaks with the lead of its list: "the cumulative investment … is as follows")
      const spoken = /^[^:;,]{2,40}:\s/.test(text) && text.length < 100 && fact.context ? `${text} ${fact.context}` : text;
      const tallyAsked = once(a, 'tallyAsked', () => /\b(?:vote|voting|tally)\b/.test(q) && !/\bhow many\b|\bnumber of\b/.test(q));
      const targetAsked = /\b(?:target|goal|aim|aims|aimed|aiming|seek|seeks|seeking|sought|hope|hopes|hoping|want|wants|objective|raise|mobili[sz]e)\b/.test(q);
      return [...freeSpan, ...fact.numbers
        .filter(respectively(respective))
        .filter(labelledFor(a, text))
        .filter(editionOf(a, text))
        // "the two Ministers", "the two sides": who acts, not a figure, unless they are what is counted
        // (unless the verb before counts what is asked: "co-sponsored by 60 countries")
        .filter((n) => !(/^\s+(?:ministers?|sides?|countries|leaders|parties|delegations|governments|nations|presidents|heads|peoples)\b/i.test(text.slice(n.end, n.end + 14)) && !countedByVerb(n) && !/\b(?:how many|number of|# of)\s+(?:[a-z-]+\s+)?(?:ministers|sides|countries|leaders|parties|delegations|governments|nations)\b/.test(q)))
        // "aged between 18 and 30": ages, unless ages are asked
        .filter((n) => /\bages?\b|\bhow old\b/.test(q) || (!/\baged\s+(?:between\s+)?(?:\d+\s*(?:to|and|-)\s*)?$/i.test(text.slice(Math.max(0, n.start - 22), n.start)) 
          // ("a 54-year-old resident": an age)
          && !/^(?:-(?:year|month)s?)?-old\b/i.test(text.slice(n.end, n.end + 12))))
        // "a magnitude 5.7 earthquake": a magnitude answers only a magnitude
        .filter((n) => /\bmagnitude\b/.test(q) || !(/\bmagnitude[- ]$/i.test(text.slice(Math.max(0, n.start - 10), n.start)) || /^[- ]magnitude\b/i.test(text.slice(n.end, n.end + 11))))
        // (not a figure that describes a country: "In Yemen, where more than 8 million people are …")
        .filter((n) => !placeFigure(n))
        // "Phase 2", "Article 5", "Section 4": labels, not figures
        .filter((n) => !/\b(?:Level|Phase|Grade|No\.?|Article|Chapter|Section|Category|Stage|Group|Round|Session|Resolution|Annex|Paragraph|Item|Gate|Terminal)\s+$/i.test(text.slice(Math.max(0, n.start - 14), n.start)))
        // "Latvia (131 votes), Estonia (122 votes) and Albania": a figure belongs to the country named just before it
        // … or to the one its own words name: "some 280 troops in South Sudan and about 250 troops with the force in Lebanon"
        // (not a country the question gives as a modifier of another noun: "move to NK ships")
        // (nor a place the question says people were taken out of: "nationals taken out of Khartoum - how many")
        .filter((n) => n.start === respective?.start || !(a.countries.some((c) => /^[A-Z]{3}$/.test(c) && !a.left.includes(c)) && !countryAsModifier && !countryInPair && !countryOfEvent && fact.numbers.length > 1 && slotNear(a, text, n.start) < 0.2 && !countryAfter(n.end)))
        // ("Budget: US$ 5 million (ROK), US$ 3 million (China)" — "how much is seoul putting in under the MOU with china": of figures
        // whose owners follow in brackets, the one of the country the question asks about, not of the one it goes "with")
        .filter((n) => !bracketOwners(n.end).length || bracketOwners(n.end).some((c) => ownersAsked().includes(c)) || !fact.numbers.some((o) => o !== n && bracketOwners(o.end).some((c) => ownersAsked().includes(c))))
        // (the question's own figure, as a figure: "30" is not in "C-130Js")
        .filter((n) => !(/^\d/.test(n.text) ? new RegExp(`(?<![\\p{L}\\p{N}.,-])${n.text.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')}(?![\\p{N}])`, 'u').test(a.question) : a.question.toLowerCase().includes(n.text.toLowerCase())) && !(n.unit && /^(?:percent|%)$/.test(n.unit) === false && inQuestion(a, n.text)))
        // ("number of cosponsors": "co-sponsored by 60 countries", the counted said by the verb before the figure)
        // ("some 5,100 Colombian soldiers fought …, of whom 213 lost their lives": a part counts what its whole counts)
        // ("Nine items of Korean cultural property": a figure of items, pieces or sets counts the thing after their "of")
        .filter((n) => (countedOk(n.unit ?? countedBefore(n.start)) || countedByVerb(n) || peopleDoing(n) || ((c) => !!c && countedOk(c))(containerOf(n)) || ((whole) => !!whole && countedOk(whole.unit ?? /^\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s)\b/u.exec(text.slice(whole.end, whole.end + 60))?.[1]))(wholeOfPart(n))) && nationalityOk(n.end) && peopleBeforeOk(n.start) && !otherNounOfPeople(n.end) && !onePart(n.start, n.end) && !peopleOfNoNation(n))
        // ("Seven of the Tribunal's 21 judges": a bare figure counts what its whole counts)
        // (not one a noun before already says: "the families of 41 of the 52 plaintiffs")
        .filter((n) => !counted || !!n.unit || /\b[\p{L}-]+\s+of\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, n.start - 30), n.start)) || ((m) => !m || countedOk(m[1]))(/^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?\d[\d,.]*\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)/u.exec(text.slice(n.end, n.end + 50))))
        // ("how many K2s": "180 K2 tanks", not "152 K9 howitzers")
                // (… or "81 of which will be produced as the K2PL variant": the model named in the figure's clause)
        .filter((n) => !modelCounted || ((m) => (m ? fold(m[1]!).replace(/-/g, '') === modelCounted : fold(text.slice(n.end, n.end + 80).split(/[;.]/)[0]!).replace(/-/g, '').includes(modelCounted)))(/^\s+([A-Za-z]{1,4}-?\d+[A-Za-z]*)\b/.exec(text.slice(n.end, n.end + 12))))
        // ("how many Koreans traveled to Mongolia": not "some 2,500 Korean nationals live in Mongolia", nor the other way round)
        .filter((n) => !residentsAsked || !(residentsAsked === 'flow' ? LIVE_AFTER : VISIT_AFTER).test(text.slice(n.end, n.end + 70)))
        // ("has doubled from three to six": the figure it changed from is no longer the one, unless the earlier is asked)
        .filter((n) => PAST_VALUE_ASKED.test(q) || !(/\bfrom\s+(?:about\s+|some\s+|around\s+)?$/i.test(text.slice(Math.max(0, n.start - 14), n.start)) && /^\s+(?:[\p{L}$%]+\s+){0,2}to\s+(?:about\s+|some\s+|around\s+|a record\s+)?(?:US\$\s?|\$|KRW\s?)?[\d,.]+|^\s+to\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b/iu.test(text.slice(n.end, n.end + 40))))
        // ("Harambee Korea: Together for the Next 60 Years": a figure inside a quoted title is part of the name)
        .filter((n) => !fact.things.some((t) => t.start <= n.start && t.end >= n.end && isQuotedAt(text, t.start)) || /\b(?:title|theme|slogan|motto|name|called)\b/.test(q))
        // ("how many workers came in 2026": not "asked that the number be raised to 10,000 in 2026", a figure only wished for)
        .filter((n) => !pastOnly(a) || !WISHED_BEFORE.test(text.slice(Math.max(0, n.start - 140), n.start)))
        // ("how many votes did he get": not the majority a candidate needs, "… needs an absolute majority, currently 97 votes")
        // (… nor "above the two-thirds majority of 106 votes required for election")
        .filter((n) => !gotAsked || !required(n))
        // (… and the other way round: "how many votes were needed to win" is the majority required, not the 167 the ROK received)
        .filter((n, _, all) => !needAsked || required(n) || !all.some(required))
        // ("how big is the new arrangement": not "two and a half times the size of the previous one", a ratio to another)
        .filter((n) => /\btimes\b|\bfold\b|\bratio\b|\bmultiple\b/.test(q) || !/^(?:\s+and\s+a\s+half)?\s+times\s+(?:the|as|more|larger|bigger|higher|greater|that|what)\b/i.test(text.slice(n.end, n.end + 30)))
        // ("how many officials from Latin American countries will it train": not "120 government officials from Southeast Asian
        // countries", people counted from another region)
        .filter((n) => !regionAsked || ((said) => !said || sliceTerms(said).some((t) => regionAsked.includes(t)))(REGION_COUNTED.exec(text.slice(n.end, n.end + 110))?.[1]))
        // ("how many votes did the top-placed candidate get": not "received 162 votes, the second-highest total")
        .filter((n) => !topCountAsked || !BELOW_TOP_AFTER.test(text.slice(n.end, n.end + 60)))
        // ("how big was the relief team": a size, not how long it stayed)
        .filter((n) => !sizeAsked || !n.unit || !/^(?:days?|weeks?|months?|years?|hours?|minutes?)\b/i.test(n.unit))
        // ("how big is the contingent": its troops, not the 4.5 kilometers of dikes it built)
        .filter((n) => !sizeAsked || !n.unit || !/\b(?:team|contingent|unit|delegation|force|mission|crew)\b/.test(q) || !(LENGTH_UNIT.test(n.unit) || /^(?:hectares?|square|tons?|tonnes?)\b/i.test(n.unit)))
        .filter((n) => !areaAsked || (!!n.unit && /^(?:hectares?|ha|acres?|square|sq\.?|km²|m²|km2|m2)\b/i.test(n.unit)))
        .map((n) => {
          // "won 121 of the 162 votes cast": the first is what was won, with the unit of the second, which is the whole
          // (amounts too: "some US$5.2 billion of the US$14 billion in export finance")
          // ("Seven of the Tribunal's 21 judges")
          const partOf = /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?:some\s+|about\s+|approximately\s+|around\s+|nearly\s+|a total of\s+)?(?:US\$|\$|USD|KRW|EUR|€|£|₩)?\s?\d[\d,.]*(?:\s+(?:million|billion|trillion))?\s+((?:(?:valid|total|eligible|registered|available|recorded)\s+)?[\p{L}-]+)/u.exec(text.slice(n.end, n.end + 60));
          // ("136 Koreans were among the 183 workers killed": "among" names the whole too)
          // (… and so does a sentence that opens "Of the 263 recommendations made …, the government accepted 164")
          const wholeOf = /(?:(?:\d|\b(?:million|billion|trillion|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen))\s+of|\b(?:were|was|are|is)\s+among)\s+(?:the\s+)?(?:some\s+|about\s+|approximately\s+|around\s+|nearly\s+|a total of\s+)?$/.test(text.slice(Math.max(0, n.start - 30), n.start))
            || (/(?:^(?:[^,;]{0,30}[,;]\s+)?Of|\bthat\s+of)\s+(?:the\s+)?(?:some\s+|about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|a total of\s+)?$/.test(text.slice(0, n.start)) && fact.numbers.some((x) => x.start > n.end && /^[^.;]*,/.test(text.slice(n.end, x.start))));
          // ("home to about 420 of the some 600 Korean nationals living in Bolivia": a whole the question describes in its
          // own words, "how many nationals live in bolivia", is the one asked, not the part)
          // (… by more of its words than the part's own clause says: "confirmed the safety of 387 of the 400 nationals residing
          // in Morocco" is asked by "how many residents has the embassy confirmed safe")
          // (names and countries the question gives, "the Korea-Qatar CEPA", place the figure; they do not say which of the two it is)
          const wordsSaid = (t: string, skip: Set<string>): number => { const own = new Set(terms(t).filter((x) => !skip.has(x)).flatMap((x) => synonymsOf(x))); return a.terms.filter((x) => !skip.has(x) && !a.countryTerms.has(x) && !a.names.includes(x) && own.has(x)).length; };
          const clauseBefore = (at: number): string => /[^,;.]*$/.exec(text.slice(0, at))![0];
          const describes = (part: { start: number }, wholeEnd: number, unit: string): boolean => {
            const skip = new Set(nounTerms(unit));
            const w = wordsSaid(/^[^,;.]*/.exec(text.slice(wholeEnd))![0], skip);
            return w >= 2 && w > wordsSaid(clauseBefore(part.start), skip);
          };
          const partStart = wholeOf ? fact.numbers.filter((x) => x.end <= n.start).pop() : undefined;
          // ("how much of the pledged export finance has been disbursed": a question that asks "of" the whole asks the part)
          const partAsked = /\bhow (?:much|many) of\b|\b(?:what|which) (?:part|share|portion|proportion) of\b/.test(q);
          // ("Of the roughly 800 Korean nationals residing in the Dominican Republic, about 120 live within the new consulate's
          // jurisdiction": a whole that opens the sentence, of which a part in a narrower place follows, is asked when its clause
          // names the country asked and the part's does not)
          const placesSaid = (t: string): number => findCountries(t).filter((c) => /^[A-Z]{3}$/.test(c.code) && a.countries.includes(c.code)).length;
          const partAfter = wholeOf && !partStart && /^(?:[^,;]{0,30}[,;]\s+)?Of\s/.test(text) ? fact.numbers.find((x) => x.start > n.end && /^[^.;]*,/.test(text.slice(n.end, x.start))) : undefined;
          const wholeDescribed = wholeOf && !partAsked && (partStart ? describes(partStart, n.end, n.unit ?? countedBefore(n.start) ?? '')
            : !!partAfter && ((own, part) => placesSaid(own) > placesSaid(part) && /\b(?:within|in|near|around)\s+(?:the\s+)?(?:(?:[\p{L}'’-]+\s+){0,3}(?:jurisdiction|region|province|city|area|district|capital|state)\b|\p{Lu})/u.test(part))(/^[^,;.]*/.exec(text.slice(n.end))![0], /^[^,;.]*/.exec(text.slice(partAfter.start))![0]));
          const partOfDescribed = !!partOf && describes(n, n.end + partOf[0].length, partOf[1]!);
          // ("14 of the 26, are women": a part that only a property sets apart is not asked unless the question names it)
          const property = (wholeEnd: number): boolean => { const m = /^(?:\s+[\p{L}-]+){0,2}\s*,?\s+(?:are|were|is|was)\s+([a-z][\p{L}-]+)/u.exec(text.slice(wholeEnd, wholeEnd + 60)); return !!m && !terms(m[1]!).some((t) => a.terms.some((x) => synonymsOf(x).includes(t))); };
          const partByProperty = (!!partOf && property(n.end + partOf[0].length - partOf[1]!.length)) || (wholeOf && property(n.end));
          // ("some 5,100 Colombian soldiers fought …, of whom 213 lost their lives": of a whole and the part after "of whom", the
          // one whose own words say the act asked, "killed")
          const acted = (t: string): number => ((own) => a.terms.filter((x) => !a.countryTerms.has(x) && !countedTerms.includes(x) && !/^\d/.test(x) && synonymsOf(x).some((y) => own.has(y))).length)(new Set(sliceTerms(t)));
          const partNext = fact.numbers.find((x) => x.start > n.end && !!wholeOfPart(x) && !/[;.]/.test(text.slice(n.end, x.start)));
          const wholeBefore = wholeOfPart(n);
          const partClause = (x: { start: number; end: number }): string => /^[^,;.]*/.exec(text.slice(x.end))![0];
          // (the whole's clause from its start: "the EWS currently monitors some 4,000 items …, of which about 200 …")
          const wholeClause = (w: { start: number }, part: { start: number }): string => `${/[^;.]*$/.exec(text.slice(0, w.start))![0]} ${text.slice(w.start, part.start)}`;
          const ofWhomFit = partAsked ? 0 : wholeBefore ? (acted(partClause(n)) > acted(wholeClause(wholeBefore, n)) ? 0.4 : 0)
            : partNext && acted(partClause(partNext)) > acted(wholeClause(n, partNext)) ? -0.4 : 0;
          // ("around 110 Korean nationals residing in Venezuela, about 70 of whom live in the capital, Caracas": a part set apart
          // by a narrower place the question does not name is not the count asked)
          const narrowerPart = !partAsked && /^\s+of\s+(?:whom|which|them)\b/.test(text.slice(n.end, n.end + 12)) && fact.numbers.some((x) => x.end <= n.start)
            && ((clause) => ((place) => !!place && !sliceTerms(place).some((t) => a.terms.includes(t)) && !findCountries(place).some((c) => !isCapital(c.text) && a.countries.includes(c.code)))(/\b(?:in|at|near|within|around)\s+(?:the\s+)?((?:capital|city|province|region|area|district|state)\b[^;.]{0,30}|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u.exec(clause)?.[1]))(/^[^;.]*/.exec(text.slice(n.end))![0]) ? -0.4 : 0;
          // ("the safety of 47 of the approximately 60 Korean nationals … has been confirmed" — "how many … confirmed safe": a part
          // whose own noun before it says what the question asks)
          const partLead = partOf && !partAsked ? /\b([\p{L}-]{4,})\s+of\s+$/u.exec(text.slice(Math.max(0, n.start - 30), n.start))?.[1] : undefined;
          const leadAsked = !!partLead && !/^(?:total|number|some|each|most|part|share|none|many|majority|percent)$/i.test(partLead)
            && terms(partLead).some((t) => a.terms.some((x) => x.length >= 4 && !countedTerms.includes(x) && (t.startsWith(x) || x.startsWith(t) || synonymsOf(x).includes(t))));
          const whole = leadAsked ? 0.4 : narrowerPart + ofWhomFit + (partAsked ? (wholeOf ? -0.4 : partOf ? 0.2 : 0) : wholeDescribed || (wholeOf && partByProperty) ? 0.4 : partOfDescribed || (partOf && partByProperty) ? -0.4 : wholeOf && !/\b(?:total|cast|out of|in all|altogether|overall|available|seats in)\b|\b(?:have|has|had)\b(?!\s+(?:been\s+)?[a-z]+(?:ed|en)\b)/.test(q) ? -0.4 : 0);
          // ("Of the 263 recommendations made …, the government accepted 164": the whole's noun counts its parts too)
          // ("27 teams applied, of which 16 advanced": a part after "of which" counts what its whole counts)
          // ("Some 120 delegations took part, 40 of them at the ministerial level": "of them" after the part too)
          const wholeUnit = /\bof\s+(?:which|whom|them|these)\s+$/i.test(text.slice(Math.max(0, n.start - 20), n.start)) 
            // (… when the part's own words, not said before it, are asked: not "designated 25 priority fish stocks, 8 of which were
            // classified as depleted")
            || (/^\s+of\s+(?:them|these|those|which|whom)\b/.test(text.slice(n.end, n.end + 14)) && ((before) => sliceTerms(/^[^;.,]*/.exec(text.slice(n.end, n.end + 100))![0]).some((t) => a.terms.includes(t) && !a.countryTerms.has(t) && !before.has(t)))(new Set(sliceTerms(text.slice(0, n.start))))) ? fact.numbers.filter((x) => x.end <= n.start).pop()?.unit : undefined;
          const unitTerms = new Set(nounTerms(`${n.unit ?? countedBefore(n.start) ?? wholeUnit ?? (openingWhole && openingWhole.end <= n.start ? openingWhole.unit ?? '' : '')} ${partOf?.[1] ?? ''}`));
          // ("how many countries …": the noun counted fits the unit, even when the question's words leave it out)
          // (the noun itself, not only its nationality: "Chinese gillnet vessels" are not the "Chinese trawlers" asked)
          // ("41 Korean nationals and 9 foreign nationals": the nationality asked, written before the noun)
          // (and a part shares its whole's: "387 of the approximately 400 Korean nationals")
          // ("some 81,000 British troops served …, and 1,106 of them lost their lives": "of them" counts what the figure before did)
          const themOf = /^\s+of\s+(?:them|these|those)\b/.test(text.slice(n.end, n.end + 14)) ? fact.numbers.filter((x) => x.end <= n.start).pop() : undefined;
          const natFrom = partOf ? n.end + partOf[0].length - partOf[1]!.length - 1 : themOf ? themOf.end : n.end;
          // ("some 26,000 Sri Lankan nationals": a nationality of two words)
          const natNoun = countedNat.length && !n.unit ? /^\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+([a-z]+)/u.exec(text.slice(natFrom, natFrom + 40)) : null;
          const natAfter = natNoun?.[1];
          // (… of the noun counted: "430 Korean companies" are no Korean nationals)
          const natSaid = !!natAfter && findCountries(natAfter).some((c) => c.text.length === natAfter.length && countedNat.includes(c.code));
          // ("about 1.45 million Koreans visited": the people named by their nationality, doing what the noun counted does)
          const natOfCounted = !!natNoun && (countedWords.length < 2 || countedTerms.includes(nounTerms(natNoun[2]!)[0] ?? '') || PEOPLE_COUNTED.test(natNoun[2]!)
            || (/s$/.test(natNoun[1]!) && visitorsCounted && /^(?:visit|travel|tour|arriv|trip)/.test(natNoun[2]!)));
          const natFit = natSaid && natOfCounted;
          // (… unless the nationality is the noun: "how many Koreans")
          const unitFit = natFit || (!!counted && !!n.unit && /^others?\b/i.test(n.unit)) ? 0.35 : natSaid ? -0.3 : a.terms.some((t) => !a.countryTerms.has(t) && (unitTerms.has(t) || synonymsOf(t).some((s) => unitTerms.has(s)))) || countedHead.some((t) => unitTerms.has(t)) ? 0.35
            : a.terms.some((t) => unitTerms.has(t)) ? 0.1
            // ("number of extra flights": a figure that counts nothing said is a weaker answer than one that counts flights)
            : countedTerms.length && !n.unit && !countedBefore(n.start) && !wholeUnit && !countedNat.length ? -0.3 : 0;
          // "180 K2 tanks, 81 of which will be produced as the K2PL variant": the part its own clause describes
          // ("A total of 27 teams applied, of which 16 advanced to the oral rounds": the part, after its whole)
          // ("Of this amount, US$ 1.5 million will go to the OHCHR Seoul Office": a part of the sentence before's amount, asked
          // only by its own words, not by the body or year the whole shares)
          const ofThis = !partAsked && OF_THIS_AMOUNT.test(text) && n.start < 60
            // (a body the question names by its initials, when the part's own words give it: "… through SENAPRED")
            && !sliceTerms(/^[^;.]*/.exec(text.slice(n.end))![0].split(/,\s+and\s+/)[0]!).some((t) => a.terms.includes(t) && !a.countryTerms.has(t) && ((!a.names.includes(t) && !a.initialisms.includes(t)) || (a.initialisms.includes(t) && !fold(fact.context).includes(t))) && !/^\d/.test(t)) ? -0.5 : 0;
          const partitive = (/^\s+of\s+(?:which|whom|them)\b/.test(text.slice(n.end, n.end + 15)) || /\bof\s+(?:which|whom|them|these)\s+$/i.test(text.slice(Math.max(0, n.start - 20), n.start)))
            && a.terms.some((t) => !a.countryTerms.has(t) && sliceTerms(/^[^;.,]*/.exec(text.slice(n.end, n.end + 100))![0]).includes(t)) ? 0.4 : 0;
          // ("a total of 1,021 of the approximately 1,380 Korean nationals who had been residing in Libya have left": the part does
          // what the main verb says, the whole what its relative clause says — the words the question asks say which)
          const ofTheWhole = partOrWhole(a, text, n);
          // ("The KDRT, consisting of 118 members, including 62 … personnel …, 50 personnel from the Ministry of National Defense":
          // a part listed after the whole is asked only by words of its own)
          const listedPart = /\b(?:consisting of|comprising|composed of|made up of|consists of|comprises)\s+(?:some\s+|about\s+|a total of\s+)?\d[\d,.]*\s+[\p{L}-]+,?\s+including\s+[^;.]*$/u.test(text.slice(Math.max(0, n.start - 200), n.start))
            && !((own) => a.terms.some((t) => !a.countryTerms.has(t) && own.has(t)))(new Set(sliceTerms(/^[^,;]*/.exec(text.slice(n.end, n.end + 90))![0].replace(/\s+and\s+\d[\s\S]*$/, '')))) ? -0.4 : 0;
          // (… and the whole those parts are listed after is the size asked: "consisting of 118 members, including …")
          const listWhole = /\b(?:consisting of|comprising|composed of|made up of|consists of|comprises)\s+(?:some\s+|about\s+|a total of\s+)?$/.test(text.slice(Math.max(0, n.start - 40), n.start))
            && /^\s+[\p{L}-]+,?\s+including\s+(?:some\s+|about\s+)?\d/u.test(text.slice(n.end, n.end + 40)) ? 0.3 : 0;
          // "Since 1998, a total of 684 …" is not the figure of the 2025 programme
          // (but "Held for the 9th time since 2017, the seminar brought together …": the since counts the editions)
          const sinceYear = /\bsince\s+(?:(?:early|late|mid-)\s*)?((?:19|20)\d{2})\b[^.;]*$/i.exec(text.slice(0, n.start).replace(/\b(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+time\s+since\s+(?:19|20)\d{2}\b/gi, ' '))?.[1];
          if (sinceYear && askedYears.size && !askedYears.has(sinceYear)) return null;
          // ("the contribution for 2024 rises by 6.5 percent over 2022 to 52.4 billion won": the figure is the year it is "for"; the
          // year it is compared with is asked of another figure)
          const forOver = askedYears.size ? /\bfor\s+((?:19|20)\d{2})\b(?:[^.;]|\.(?=\d))*?\b(?:over|than|from|compared\s+(?:with|to))\s+((?:19|20)\d{2})\b(?:[^.;]|\.(?=\d))*$/i.exec(text.slice(Math.max(0, n.start - 160), n.start)) : null;
          if (forOver && !askedYears.has(forOver[1]!) && askedYears.has(forOver[2]!)) return null;
          // ("how many Kenyan students got it this yr": not "Last year's send-off … bade farewell to 11 Kenyan scholars")
          if (once(a, 'thisYear', () => /\bthis (?:year|yr)\b/.test(q)) && (/\b(?:last|previous)\s+year(?:['’]s)?\b[^,;.]*$/i.test(text.slice(Math.max(0, n.start - 120), n.start)) || /^(?:Last|Previous)\s+year(?:['’]s)?\b[^;]*$/.test(text.slice(0, n.start)) || /^\s+(?:[\p{L}-]+\s+){0,3}?(?:last|previous)\s+year\b/iu.test(text.slice(n.end, n.end + 50)))) return null;
          // … nor is "some 1,140 diplomats have completed the program so far": a running total is no one year's figure
          // (nor one edition's: "how many are in the 4th program" is not "since the program was launched in 2021, a total of 142")
          if ((askedYears.size || a.dates.length || a.ordinals.length) && !/\b(?:so far|to date|in all|cumulative|altogether|since|total)\b/.test(q) && (/^[^.;]{0,80}\b(?:so far|to date|since (?:its|the) (?:launch|start|inception|founding|establishment))\b/i.test(text.slice(n.end)) || /\btotal\b[^.;]{0,40}\bsince\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d{2}\b[^.;]{0,20}$/i.test(text.slice(0, n.start))
            // ("Since its first contribution … in 2006, the ROK has provided a total of US$41.5 million")
            || (/^a total of\b/i.test(n.text) && /\bsince\b[^.;]{0,80}\b(?:19|20)\d{2}\b[^.;]{0,80}$/i.test(text.slice(0, n.start)))
            // ("Including this year's participants, a total of 412 diplomats have taken part")
            || (/^a total of\b/i.test(n.text) && /\bincluding\s+(?:this|last|the current|the latest)\s+(?:year|round|edition|batch|group|class)['’]?s?\b[^.;]{0,60}$/i.test(text.slice(0, n.start)))
            // ("As of December 2024, the Government had accepted a total of 34,314 defectors": a running total, not the year's)
            || (/^a total of\b/i.test(n.text) && /\bas of\b[^.;]{0,60}$/i.test(text.slice(0, n.start)) && !/\bas of\b/.test(q))
            // ("With it, a total of 73 individuals … are now subject to sanctions": the running total the round brings)
            || (/^a total of\b/i.test(n.text) && (/\b(?:with (?:it|this|these|that|them)|bringing|brings)\b[^.;]{0,40}$/i.test(text.slice(0, n.start)) || /^[^.;]{0,80}\b(?:are|is|have|has) now\b/i.test(text.slice(n.end)))))) return null;
          if (askedYears.size && !/\b(?:cumulative|so far|to date|in all)\b/.test(q) && /\bcumulative\s+$/i.test(text.slice(Math.max(0, n.start - 12), n.start))) return null;
          // ("how many troops did France send, per the release on returning the 2 French soldiers' remains": a figure the question
          // gives itself says which event, it is not what is asked)
          if (once(a, 'givenFigures', () => new Set(findNumbers(a.question).filter((x) => !/^(?:19|20)\d{2}$/.test(x.text)).map((x) => x.value))).has(n.value) && !/^(?:19|20)\d{2}$/.test(n.text)) return null;
          const isMoney = !!n.unit && MONEY_UNIT_WHOLE.test(n.unit);
          const isPercent = n.unit === '%';
          const isDuration = !!n.unit && /^(?:years?|months?|days?|weeks?|hours?|minutes?)\b/.test(n.unit);
          // "trade in 2022" is not answered by a loan: a sentence that never speaks of trade gives no trade figure
          // (not the "Foreign Trade" of a minister's title)
          if (/\btrade\b/.test(q) && !/\b(?:[Tt]rade|[Ee]xports?|[Ii]mports?)\b/.test(spoken.replace(/\b(?:Minist(?:er|ry)|Department|Secretary)\s+(?:of|for)\s+(?:\p{Lu}[\p{L}-]*\s+|and\s+)*Trade\b/gu, ' '))) return null;
          // (… and so for investment: "how much has Egypt invested" is not answered by two-way trade)
          if (investAsked && !/\binvest|\bFDI\b/i.test(spoken)) return null;
          let typeFit = 0;
          // (where the sentence gives a sum of money too)
          if (muchOf && fact.numbers.some((x) => /(?:US\$|\$|USD|KRW|EUR|€|£|¥|₩)|\b(?:won|dollars?|euros?|yen)\b/i.test(x.text))) typeFit += nounTerms(/^[^,;.()]*/.exec(text.slice(n.end, n.end + 25))![0]).includes(muchOf) || (!!n.unit && nounTerms(n.unit).includes(muchOf)) ? 0.4 : isMoney ? -0.3 : 0;
          // "how much aid …" is answered by an amount of money, never by a count of people
          // (a figure of money is asked when the question names money, unless it counts things or measures in tons)
          // ("number of yemenis needing humanitarian aid": a count of people, though aid is named)
          // (a weight may answer "how much aid"; an area burned never does)
          // (… "how much did the EDCF lend": only money is lent, spent or invested — "950 MW" is no loan, though "how much rice" weighs)
          if (money && !isMoney && !percent && !/\bhow many\b|\bnumber of\b/.test(q) && !(n.unit && MEASURE.test(n.unit) && !MONEY_ONLY.test(q) && (!/^(?:hectares?|acres?|square|sq|m²|km²|kilomet|km|miles?|meters?|metres?)\b/i.test(n.unit) || /\b(?:area|land|hectares?|acres?|long|length|far|distance)\b/.test(q)))) return null;
          // ("how many people were actually evacuated on the KC-330": not "plans to send a KC-330 … to bring home about 200" — a
          // movement asked as done is not counted by a plan; a pledge or a budget is a plan itself)
          // (… nor is a quantity "how much" asks, "how much treated water had Japan released": "plans to carry out seven rounds of
          // discharge, totaling about 54,600 tons")
          if (pastOnly(a) && (!money || !isMoney) && doneAsked && planned(a, text, n.start, n.end)) return null;
          // ("how much ODA will korea put into the indo-pacific": not "CAD 2.3 billion", an amount in another country's money)
          // (… when the sentence names that country: Korea pays "CHF 400,000" to a fund in Geneva)
          if (isMoney && koreaGives(a) && ((cur) => !!cur && fact.countries.includes(FOREIGN_CURRENCY[cur]!))(/^(CAD|AUD|NZD|JPY|GBP|CNY|RMB|INR|SGD|HKD)\b/.exec(n.text)?.[1])) return null;
          // ("how many tents did Korea send": not "affected 22 of the country's 25 districts", a part of a whole of other things)
          if (countedTerms.length && !n.unit && ((w) => !!w && !nounTerms(w).some((t) => countedTerms.includes(t)))(/^\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?\d[\d,.]*\s+(districts|provinces|regions|counties|municipalities|prefectures|governorates|states|islands|villages|towns|cities)\b/u.exec(text.slice(n.end, n.end + 60))?.[1])) return null;
          // ("how many personnel in the hanbit unit": not "The advance party of 40 personnel", a group of the unit the question does
          // not name)
          if (!money && ((g) => !!g && !terms(g[1]!).some((t) => a.terms.includes(t)))(/\b(party|team|group|batch|detachment)\s+of\s+(?:some\s+|about\s+|around\s+|approximately\s+)?$/i.exec(text.slice(Math.max(0, n.start - 40), n.start)))) typeFit -= 0.5;
          // ("total amount pledged by all donors": not what an appeal "seeks" — a sum asked as given is not one asked for)
          if (money && once(a, 'givenAsked', () => /\b(?:pledg|gave|give|given|contribut|donat|provid)/.test(q) && !/\b(?:seek|sought|appeal|need|requir|request|call(?:ed|s)? for|shortfall|gap)/.test(q))
            && /\b(?:seeks?|seeking|sought|requires?|requiring|needs?|needed|requested|calls? for|appeals? for)\s+(?:some\s+|about\s+|an estimated\s+|a total of\s+)?$/i.test(text.slice(Math.max(0, n.start - 30), n.start))) return null;
          // ("how much did korea pay to the UN regular budget": not what it "plans to pay" — a payment asked as made is no plan)
          if (pastOnly(a) && money && /\b(?:did|had|has)\b[^?]*\b(?:pay|paid|disburse|disbursed|spend|spent)\b/.test(q) && planned(a, text, n.start, n.end)) return null;
          // ("how much will the feasibility study cost", "contract value of the LNG deal": a cost or a worth is money, never a
          // capacity or a volume — "the 621-megawatt plant", "2 million tons per annum")
          if (!isMoney && !percent && costAsked) return null;
          // ("the dollar value of the rice": money named outright is answered by money alone, never by tons)
          if (!isMoney && /\b(?:dollars?|usd|us\$|euros?|eur|price tag|in money|monetary|financial value)\b|\$/.test(q)) return null;
          // "how much relief cargo": goods are weighed, not paid for
          if (isMoney && /\bhow much\s+(?:[a-z-]+\s+)?(?:cargo|goods|supplies|items|rice|food|aid supplies|relief goods|equipment)\b/.test(q)) return null;
          // (… and an output, "annual output of green h2", by a measure, never by money)
          if (isMoney && !money && outputAsked) return null;
          // … and a count ("how many", "death toll", "troop numbers") never by money
          if (isMoney && !money && /\bhow many\b|\btoll\b|\bturnout\b|\bnumbers\b/.test(q)) return null;
          if (money) typeFit += isMoney ? 0.35 : -0.1;
          // (a share asked of a sentence that gives one: "about 67 percent of Guam's 730,000 visitors" is the share, not the whole)
          if (percent) typeFit += isPercent ? 0.35 : /\bshare\b|\bproportion\b/.test(q) && fact.numbers.some((x) => /%$|\bpercent/.test(`${x.text} ${x.unit ?? ''}`)) ? -0.5 : -0.1;
          // ("by what % did it grow": a share, never a count)
          // ("what share of bilateral aid goes to africa", "what proportion of …": a share asked so is a percentage)
          if (!isPercent && /\b(?:what|how many)\s*(?:%|percent\b|percentage\b|pct\b)|\bwhat\s+(?:share|proportion)\s+of\b/.test(q)) return null;
          // ("interest rate on the loan": only a share answers a rate of that kind)
          if (!isPercent && !/^percent/i.test(n.unit ?? '') && /\b(?:interest|growth|tariff|tax|unemployment|inflation|vaccination|employment|participation|turnout|success|approval)\s+rates?\b/.test(q)) return null;
          // ("by how much does the 2024 budget grow": the change — "KRW 6.26 trillion, up 31.1 percent" — not the level)
          // ("consular cases … rose by 14 percent year on year in 2024, to 1,146 cases": a change is not the level asked)
          if (!changeAsked && !percent && CHANGE_BEFORE.test(text.slice(Math.max(0, n.start - 30), n.start))) typeFit -= 0.4;
          // ("how many beds will the new hospital have": not "the existing provincial hospital, built in 1964, has only 120 beds")
          // (a figure in the clause of the existing one is its, and the new one's only when the clause goes on to it: "from 120 … to")
          if (once(a, 'newAsked', () => /\bnew\b/.test(q) && !/\b(?:existing|old|older|previous|former|current|outgoing)\b/.test(q))
            && ((clause) => OLD_ONE.test(clause) && !/\b(?:to|into|new|replace[sd]?|replacing|with)\b/i.test(clause.split(OLD_ONE).pop()!))(text.slice(Math.max(0, n.start - 80), n.start).split(/[;:]|\.\s/).pop()!)) return null;
          // ("fee for a 10-year 58-page passport": "US$ 50 for one with 26 pages" counts pages of another one)
          if (n.unit && askedMeasures.some((m) => m.unit === (nounTerms(n.unit!)[0] ?? '') && m.value !== n.value)) typeFit -= 0.6;
          // ("had raised rice yields on 3,200 hectares of farmland by 35 percent": the "by" of a change verb earlier in the clause)
          if (changeAsked) typeFit += CHANGE_BEFORE.test(text.slice(Math.max(0, n.start - 30), n.start))
            || (/\bby\s+(?:about|some|nearly|around|over|more than|almost|roughly)?\s*$/i.test(text.slice(Math.max(0, n.start - 25), n.start)) && CHANGE_VERB.test(/[^,;.]*$/.exec(text.slice(Math.max(0, n.start - 100), n.start))![0])) ? 0.5 : -0.2;
          // ("floor area of the centre": only an area answers it)
          if (/\b(?:floor area|floor space|surface area|area of)\b/.test(q) && !(n.unit && /^(?:square|sq|m²|km²|hectares?)/i.test(n.unit))) return null;
          // ("length of the rural roads", "how far", "how long is the rail network": only a length answers it)
          if (!duration && (LENGTH_ASKED.test(q) || LONG_THING_ASKED.test(q)) && !(n.unit && /^(?:km|kilomet|miles?|met(?:er|re)s?\b|m\b)/i.test(n.unit))) return null;
          // ("how long can tourists stay": "submit the list at least 24 hours before arrival" is a lead time, not a length of stay)
          if (duration && isDuration && /^(?:-?\s*(?:hours?|days?|weeks?|months?|years?|minutes?))?\s+(?:before|prior to|ahead of|in advance of)\b/.test(text.slice(n.end, n.end + 24)) && !/\b(?:before|prior|advance|ahead|after|notice|later|earlier)\b/.test(q)) return null;
          // ("how long can koreans stay": "up to 90 days within any 180-day period" — the period a stay is counted in is not the stay)
          if (duration && isDuration && /\b(?:within|in|during|per|of|every|each)\s+(?:any|a|an|each|every|the|one)?\s*$/.test(text.slice(Math.max(0, n.start - 16), n.start)) && /^-?\s*(?:hours?|days?|weeks?|months?|years?)?[\s-]*(?:period|window|cycle|span)\b/.test(text.slice(n.end, n.end + 20)) && !/\b(?:period|window|cycle)\b/.test(q)) return null;
          // ("how long were they held": a count never says how long; a length in km may)
          // (… nor a count a jail term: "up to three years in prison")
          // (… and only a length is long: a "4,800-ton tanker" is not)
          if (duration && !isDuration && !(n.unit && LENGTH_UNIT.test(n.unit)) && /\bhow long\b|\b(?:jail|prison)\s+(?:term|sentence)s?\b/.test(q)) return null;
          // "festival attendance": people who came, not the days it ran
          if (crowdAsked && (isDuration || isMoney || isPercent)) return null;
          // ("Two Korean nationals … were killed, and 14 others were injured": the clause of the casualty asked)
          // (the words right after the figure first: "9 Korean nationals lost their lives and 41 were injured")
          // ("killed at least 37 civilians and wounded more than 200 others": the verb right before it, too)
          const ownWords = casualtyAsked ? `${/(\p{L}+)\s+(?:(?:at least|more than|some|about|over|nearly|around)\s+)?$/u.exec(text.slice(Math.max(0, n.start - 30), n.start))?.[1] ?? ''} ${/^[^,;.]*?(?=\s+and\s|[,;.]|$)/.exec(text.slice(n.end, n.end + 80))?.[0] ?? ''}` : '';
          const clauseSays = casualtyAsked ? new Set(terms([...casualtyTerms().killed, ...casualtyTerms().injured].some((t) => terms(ownWords).includes(t)) ? ownWords : clauseAround(text, n.start))) : undefined;
          const says = (kind: 'killed' | 'injured'): boolean => [...casualtyTerms()[kind]].some((t) => clauseSays!.has(t));
          // ("how many people are on the relief team": not "at least 1,960 people had been killed", a toll the question does not ask)
          const casualty = casualtyAsked ? (says(casualtyAsked) ? 0.4 : says(casualtyAsked === 'killed' ? 'injured' : 'killed') ? -0.5 : 0)
            // ("colombian troops sent": not "the names of the 213 Colombian soldiers killed in the war")
            : /^\s+(?:\p{Lu}[\p{L}-]+\s+)?(?:people|persons|civilians|soldiers|troops|servicemen|service members|nationals)\s+(?:(?:had\s+been|have\s+been|were|was)\s+)?(?:killed|injured|dead|wounded|missing|lost their lives)\b/iu.test(text.slice(n.end, n.end + 60)) && !/\b(?:toll|dead|died|killed|death|casualt|victims|injur|wounded|missing|lost)\b/.test(q) ? -0.6 : 0;
          // ("how many greek troops were sent": not "the 163 Greek soldiers killed in the war", who are of those sent, not all)
          if (casualty < 0 && /\b(?:sen[dt]|sending|dispatch\w*|deploy\w*|fought|fight|served|serve|participat\w*)\b/.test(q)) return null;
          // ("colombian soldiers KIA": not "invited 12 Colombian veterans", whose clause says no one was killed or hurt)
          if (casualtyAsked && !says('killed') && !says('injured') && !/\b(?:toll|casualt|dead|death|fatalit|victims?|lost their lives|missing)/i.test(clauseAround(text, n.start))) return null;
          const crowd = crowdAsked && !!n.unit && /^(?:people|persons|guests|viewers|visitors|spectators|participants|attendees|fans|students|audience|delegates)\b/i.test(n.unit) ? 0.4 : 0;
          if (duration) typeFit += isDuration ? 0.35 : -0.2;
          // (… and never by money or a share)
          if (duration && (isMoney || isPercent)) return null;
          // "annual cap", "quota", "how many people": a count, not a length of stay
          if (!duration && isDuration && /\b(?:cap|quota|limit|how many|number of|votes?|size|strength|numbers|volume|annual|amount|capacity|output)\b/.test(q)) return null;
          // "6 years", "3.2 million tonnes": a duration or a measure keeps its unit
          // ("17 percentage points": a difference of shares keeps both words)
          const points = !!n.unit && /^percentage points?\b/i.test(n.unit);
          const unitWords = n.unit ? n.unit.split(' ').slice(0, /^(?:square|cubic)\b/i.test(n.unit) || points ? 2 : 1).join(' ') : '';
          // ("6 tons per hectare": a rate keeps what it is per)
          const after = text.slice(n.end);
          const unitEnd = unitWords && after.startsWith(` ${unitWords}`) ? unitWords.length + 1 : 0;
          const per = !!n.unit && MEASURE.test(n.unit) ? /^\s+per\s+(?:hectare|ha|acre|year|annum|day|week|month|capita|person|household|cubic (?:meter|metre)|square (?:meter|metre|kilometer|kilometre)|liter|litre|kilogram|kg)\b/.exec(after.slice(unitEnd))?.[0] ?? '' : '';
          // ("5 percent of GDP": a share keeps what it is a share of)
          const shareOf = isPercent || /^\s*percent\b/i.test(after) ? /^(?:\s*percent)?\s+of\s+(?:its\s+|their\s+|the\s+)?(?:GDP|GNI|gross (?:domestic|national) (?:product|income))\b/.exec(after)?.[0] ?? '' : '';
          // ("a five-member delegation": the count is "five")
          const figure = n.text.replace(/-(?:member|strong|person|man|woman)$/i, '');
          const withUnit = figure !== n.text ? figure : shareOf && n.text.endsWith('%') ? `${n.text}${shareOf}` : shareOf ? `${n.text}${shareOf.replace(/^\s*percent/, ' percent')}` : (isDuration || points || (!!n.unit && MEASURE.test(n.unit))) && !/-/.test(n.text) && !n.text.includes(n.unit!.split(' ')[0]!) ? `${n.text} ${unitWords}${per}` : n.text;
          // (the country may follow the figure in its clause: "some 1,080 Korean nationals are staying in Iraq: about 920 in …")
          const countryInClause = countryAfter(n.end);
          // ("US$1 million for Malawi and US$500,000 for Mozambique": the country after a figure owns it before the one before)
          const othersAfter = !countryInClause && countriesAfter(n.end).some((c) => /^[A-Z]{3}$/.test(c));
          // (not a country the question names only in a pair that names a meeting: "the korea-indonesia business forum")
          // ("followed by the United Kingdom (12), Türkiye (10)": a figure in brackets after a country is that country's)
          const bracketed = /(?:^|[,;]\s+|\s(?:and|by|from)\s+)((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s*\(\s*$/u.exec(text.slice(Math.max(0, n.start - 45), n.start))?.[1];
          const bracketCountries = bracketed && /^\s*\)/.test(text.slice(n.end, n.end + 3)) ? findCountries(bracketed).map((c) => c.code).filter((c) => /^[A-Z]{3}$/.test(c)) : [];
          const byCountry = fact.numbers.length > 1 && !countryInPair ? (bracketCountries.length ? (bracketCountries.some((c) => a.countries.includes(c)) ? 1 : 0) : 0.4 * (countryInClause ? 1 : othersAfter ? 0 : slotNear(a, text, n.start))) : 0;
          // "a total of US$5 million … to Malawi, Zambia and Mozambique" is not Malawi's share unless a total is asked
          // ("This brings the ROK's total humanitarian assistance to Lebanon this year to US$ 12 million")
          const broughtTo = /\b(?:brings?|bringing|brought|raises?|raising|raised)\s+(?:[\p{L}'’-]+\s+){0,3}(?:total|cumulative|overall)\b[^.;]{0,80}\bto\s+$/iu.test(text.slice(Math.max(0, n.start - 130), n.start))
            // ("what will the yearly contribution be after the top-up": "…, raising its annual contribution to US$ 1.8 million")
            || (AFTER_RAISE.test(q) && /\b(?:brings?|bringing|brought|raises?|raising|raised|increas(?:es|ing|ed))\s+(?:its|the|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}to\s+$/iu.test(text.slice(Math.max(0, n.start - 80), n.start)));
          // (… is never the extra amount asked)
          if (broughtTo && !totalAsked && /\b(?:extra|additional|further|new)\b/.test(q)) return null;
          // (… and an extra amount is never the total asked: "how much in total since it was created" — "an additional US$ 20 million")
          if (totalAsked && /\b(?:total|in all|altogether|cumulative)\b/.test(q) && /\b(?:a further|an additional|another|an extra)\s+(?:[\p{L}-]+\s+){0,2}(?:of\s+)?(?:about\s+|some\s+)?$/iu.test(text.slice(Math.max(0, n.start - 40), n.start))) return null;
          // ("how much did all donors pledge in total": not "The Korean government pledged US$ 8 million", one donor's own sum)
          if (isMoney && ALL_GIVERS.test(q) && /\b(?:Korean|ROK)\s+government\b|\b(?:Korea|the ROK|ROK|the Republic of Korea)\s+(?:will|has|had|pledge[sd]?|announce[sd]?|contribute[sd]?|provide[sd]?|decided)\b/i.test(sentenceBefore(text, n.start))
            && !/\b(?:total|totall?ing|combined|in all|altogether|collectively|together)\b/i.test(text.slice(Math.max(0, n.start - 40), n.end + 20))) return null;
          // ("worth a combined US$ 27 million", "US$ 27 million in all")
          // ("The ICC is made up of 18 judges": what a body is made of is its total)
          const totalFigure = /^a total of\b/i.test(n.text) || /^\s*in (?:total|all)\b/i.test(text.slice(n.end, n.end + 10)) || broughtTo
            // (not when parts follow: "up to US$ 3 billion …, made up of about US$ 250 million in grants and up to US$ 2.75 billion …")
            || (/\b(?:made up of|consists? of|consisting of|composed of|comprises|comprising)\s+(?:some\s+|about\s+)?$/i.test(text.slice(Math.max(0, n.start - 24), n.start))
              && !/^[^.;]{0,80}\band\s+(?:about\s+|some\s+|up to\s+)?(?:US\$|\$|KRW|EUR)?\s?\d/.test(text.slice(n.end)))
            || /\b(?:a\s+)?combined\s+(?:of\s+)?$|\b(?:totalling|totaling|totals?|totalled|totaled)\s+$/i.test(text.slice(Math.max(0, n.start - 20), n.start))
            // ("the total number of ROK personnel serving in UN peacekeeping operations will rise to approximately 640")
            || /\bthe total (?:number|amount|sum|value) of\b[^.;]{0,100}?\b(?:to|at|is|was|reached|reaches|stands at|stood at)\s+(?:approximately\s+|about\s+|some\s+|around\s+|nearly\s+|over\s+|more than\s+)?$/i.test(text.slice(Math.max(0, n.start - 140), n.start))
            // ("a total of 470 commitments worth US$ 11.4 billion": the worth of a total is a total)
            || /\ba total of\s+[\d,.]+\s+(?:[\p{L}-]+\s+){1,3}(?:worth|valued at|totall?ing)\s+(?:about\s+|some\s+|over\s+)?$/iu.test(text.slice(Math.max(0, n.start - 80), n.start));
          // ("A total of 31 diplomats completed the program" is a plain count: only a total of money or of several countries is shared)
          const shared = isMoney || fact.countries.filter((c) => c !== 'KOR' && /^[A-Z]{3}$/.test(c)).length > 1;
          // ("a total of 35 people, 31 Korean nationals and 4 family members": the total when a total is asked, else the
          // part whose words are all the question counts)
          const totalBefore = fact.numbers.find((x) => x !== n && /^a total of\b/i.test(x.text) && x.end <= n.start && /^(?:\s+[\p{L}-]+){0,3}\s*(?:[,:(]|\u2014|--|including|of (?:whom|which|them))[^.;]{0,60}$/u.test(text.slice(x.end, n.start)) && !/\b(?:up|down|rising|falling|compared|against)\b/.test(text.slice(x.end, n.start)));
          const wholeTerms = new Set(nounTerms(totalBefore?.unit ?? ''));
          // (the part's own words, written with a capital too: "31 Korean nationals")
          const partWords = new Set(totalBefore ? nounTerms(/^[^,;]*?(?=\s+and\b|[,;]|$)/.exec(text.slice(n.end, n.end + 40))?.[0] ?? '') : []);
          const total = (!totalAsked && totalFigure && shared ? -0.3 : 0) + (totalAsked && totalFigure ? 0.5 : 0) + (totalAsked && totalBefore ? -0.4 : 0)
            // ("a further contribution of 2 billion won …, bringing the total to 6 billion won": the increment is no total)
            + (totalAsked && /\b(?:a further|an additional|another|an extra|a new)\s+(?:[\p{L}-]+\s+){0,2}(?:of\s+)?(?:about\s+|some\s+)?$/iu.test(text.slice(Math.max(0, n.start - 40), n.start)) ? -0.4 : 0)
            // ("total value of the three new projects": one project's cost, "at a cost of US$ 10.5 million", is no total)
            + (totalAsked && isMoney && !totalFigure && /\b(?:at a cost of|cost|costing)\s+(?:of\s+)?(?:about\s+|some\s+)?$/i.test(text.slice(Math.max(0, n.start - 25), n.start)) ? -0.4 : 0)
            + (!totalAsked && totalBefore && counted2.length && counted2.every((t) => partWords.has(t)) && !counted2.every((t) => wholeTerms.has(t)) ? 0.6 : 0)
            // ("US$12 million (US$8 million for Sudan and US$4 million for Sudanese refugees …)": the parts in brackets after the
            // whole are asked only by words of their own)
            + (isMoney && fact.numbers.some((x) => x !== n && x.end <= n.start && /\$|USD|EUR|won/.test(`${x.text} ${x.unit ?? ''}`) && /^\s*\([^()]*$/.test(text.slice(x.end, n.start)))
              && !a.terms.some((t) => !isMoneyWord(t) && synonymsOf(t).some((y) => breakdownTerms(text, n.start).has(y))) ? -0.4 : 0);
          // ("how many votes did the Thai candidate receive": a figure whose clause names no Thai, or names the Thai as one defeated,
          // is another candidate's)
          const rival = rivalAsked(a);
          if (rival && !findCountries(clauseAround(text, n.start)).some((c) => c.code === rival && !/\b(?:defeat\w*|beat(?:ing|s)?|against|over|ahead of|outpoll\w*)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, c.start - 40), c.start)))) return null;
          // ("how many tons will Myanmar get": "100,000 tons of Korean rice to 11 countries" is all of theirs, no one country's share,
          // unless the sentence names the country asked)
          // (… nor is it when the sentence names the country only as one of those countries: "to 9 countries facing food crises,
          // including Haiti, Peru and Bolivia")
          const manyCountries = /^[^.;]{0,60}?\b(?:to|for|among|across|in)\s+(?:some\s+|about\s+|over\s+|more than\s+)?\d+\s+(?:countries|nations|states)\b([^.;]*)/i.exec(text.slice(n.end));
          if (!totalAsked && manyCountries && a.countries.some((c) => /^[A-Z]{3}$/.test(c) && c !== 'KOR' && !a.places.includes(c)
            && (!fact.countries.includes(c) || findCountries(/^[^.;]{0,80}?\bincluding\b([^.;]*)/i.exec(manyCountries[1]!)?.[1] ?? '').some((x) => x.code === c)))) return null;
          // ("how much did korea give argentina for the wildfires": a sum given "to Chile, which suffered … near the border with
          // Argentina", or "to people in Kenya …, which has also hit Uganda", goes to the countries it is given to, not to one the
          // sentence names besides)
          const givenTo = /^[^.;\d]{0,70}?(?<!\bup\s)\bto\s+(?:the\s+)?(?!US\$|USD\b|KRW\b|EUR\b)(?:(?:people|government|victims|refugees)\s+(?:of|in)\s+(?:the\s+)?)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})*)/u.exec(text.slice(n.end));
          const receivers = isMoney && givenTo ? findCountries(givenTo[1]!).map((c) => c.code).filter((c) => /^[A-Z]{3}$/.test(c) && c !== 'KOR') : [];
          const askedReceivers = a.countries.filter((c) => /^[A-Z]{3}$/.test(c) && c !== 'KOR' && !a.places.includes(c) && !a.left.includes(c));
          if (!totalAsked && receivers.length && askedReceivers.length && !askedReceivers.some((c) => receivers.includes(c))) return null;
          // ("drew pledges totalling US$ 12.8 billion from 25 countries" is no one country's pledge)
          if (a.countries.some((c) => /^[A-Z]{3}$/.test(c)) && /\btotal|\bcombined|\baltogether/i.test(text.slice(Math.max(0, n.start - 25), n.end)) && /^[^.;]{0,40}\b(?:from|by|of)\s+(?:some\s+|about\s+|over\s+|more than\s+)?\d+\s+(?:countries|donors|nations|member states|governments)\b/i.test(text.slice(n.end))) return null;
          // ("the shipment is part of the 150,000 tons of rice Korea will provide to 17 countries": the whole it is part of)
          if (!totalAsked && /\b(?:part|share|portion)\s+of\s+(?:the|a|an|its|their)\s+(?:total\s+(?:of\s+)?)?(?:about\s+|some\s+|over\s+)?$/i.test(text.slice(Math.max(0, n.start - 40), n.start))) return null;
          // … and never the answer for one of the countries it is shared by
          // (unless it goes to the country asked alone: "a total of US$ 8 million to Jordan … to support Syrian refugees")
          if (totalFigure && a.countries.filter((c) => /^[A-Z]{3}$/.test(c)).length === 1 && fact.countries.filter((c) => c !== 'KOR' && /^[A-Z]{3}$/.test(c)).length > 1
            && !((to) => to !== undefined && a.countries.includes(to))(findCountries(/^\s+(?:to|for)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?![\p{L}'’-]|\s*,|\s+and\b|\s+\()/u.exec(text.slice(n.end, n.end + 60))?.[1] ?? '')[0]?.code)) return null;
          // "… US$1 million through the UNICEF": the words right after a figure say whose it is
          const nextNumber = Math.min(text.length, ...fact.numbers.filter((x) => x.start >= n.end).map((x) => x.start));
          // (in a list of names each before its figure, "WFP US$ 1 million, UNICEF US$ 500,000", the name before it is whose it is)
          const namedBefore = /^\s*,\s*(?:and\s+)?\p{Lu}[^,;:.]{0,50}?\s*$/u.test(text.slice(n.end, nextNumber))
            ? /(?:^|[:;,]\s*)(\p{Lu}[^:;,]{0,60}?)\s+$/u.exec(text.slice(Math.max(0, n.start - 70), n.start))?.[1] : undefined;
          const right = new Set(sliceTerms(namedBefore ?? /^[^;)]*\)?/.exec(text.slice(n.end, Math.min(nextNumber, n.end + 90)))?.[0] ?? ''));
          // (a body named by its initials or name says most: "via SENAPRED" — "… through SENAPRED", not "… to support shelters")
          const through = !/\b(?:through|via|channel\w*|by way of)\b/.test(q) ? 0 : [...a.initialisms, ...a.names].some((t) => right.has(terms(t)[0] ?? t)) ? 0.6
            : a.terms.filter((t) => !a.countryTerms.has(t) && synonymsOf(t).some((x) => right.has(x))).length ? 0.4 : 0;
          // ("how much … goes through the red cross federation": the body after the figure's own "through", "US$ 700,000 will be
          // delivered in cash through the International Federation of Red Cross and Red Crescent Societies (IFRC)", not the
          // next figure's "the remaining US$ 300,000 … through KOICA")
          // (what it says replaces the looser fit above)
          const bodyAsked = once(a, 'throughBody', () => sliceTerms(/\b(?:through|via|by way of)\s+(?:the\s+)?([^?]{2,80})\??\s*$/.exec(q)?.[1] ?? '').filter((t) => !stopWords().has(t)));
          // (only where the sentence's figures go through different bodies, one of them the one asked: not "send up to US$3,000
          // via the Ministry", asked "wire thru the quick money transfer service")
          const bodyFit = (x: { end: number }): boolean | undefined => ((said) => said === undefined ? undefined : ((w) => bodyAsked.filter((t) => synonymsOf(t).some((y) => w.has(y))).length * 2 >= bodyAsked.length)(new Set(sliceTerms(said))))(
            /^[^.;]*?\b(?:through|via|by way of)\s+(?:the\s+)?([^;]{2,160}?)(?=,\s|;|\.\s|$)/.exec(text.slice(x.end, Math.min(text.length, ...fact.numbers.filter((y) => y.start >= x.end).map((y) => y.start))))?.[1]);
          const fits = bodyAsked.length ? bodyFit(n) : undefined;
          const throughBody = fits === undefined || !fact.numbers.some((x) => x !== n && bodyFit(x) !== undefined) ? 0 : fits ? 0.6 - through : fact.numbers.some((x) => x !== n && bodyFit(x)) ? -0.3 - through : 0;
          // ("how many GA votes": "97 votes in the General Assembly and 8 votes in the Security Council" — the body the
          // question names by its initials, spelt out right after the figure)
          // ("how many … does Brazil have now": the figure a change brings it to — "has doubled from three to six")
          // ("what was the quota before the increase": the figure a change starts from — "raise the quota from 1,800 to 3,000")
          const changeFrom = once(a, 'beforeAsked', () => BEFORE_ASKED.test(q)) ? (/\bfrom\s+(?:about\s+|some\s+|around\s+)?$/i.test(text.slice(Math.max(0, n.start - 20), n.start)) && /^[^.;]{0,30}?\bto\s+(?:about\s+|some\s+|around\s+)?\d/.test(text.slice(n.end, n.end + 40)) ? 0.5
            : /\bfrom\s+[^.;]{1,30}\bto\s+(?:about\s+|some\s+|around\s+)?$/i.test(text.slice(Math.max(0, n.start - 50), n.start)) ? -0.3 : 0) : 0;
          // ("how many officials were on the UK delegation": "The Korean delegation consisted of nine officials" counts another side's)
          const sideAsked = once(a, 'delegationSide', () => ((m) => (m ? findCountriesTyped(m[1]!).find((c) => c.text.length === m[1]!.length)?.code : undefined))(/\b([a-z.]{2,20})\s+(?:delegation|side|team)\b/.exec(foldedQuestion(a))));
          const sideSaid = sideAsked ? /\b(\p{Lu}[\p{L}.]+)\s+(?:delegation|side|team)\b/u.exec(clauseAround(text, n.start))?.[1] : undefined;
          const otherSide = sideSaid && findCountriesTyped(sideSaid).some((c) => c.text.length === sideSaid.length && c.code !== sideAsked) ? -1 : 0;
          // ("what share of its tariff lines will Seoul scrap duties on": "the GCC will eliminate tariffs on 90.3 percent …, while
          // the ROK will eliminate tariffs on 93.1 percent" — the figure of the clause whose subject is the party asked)
          const actorAsked = fact.numbers.length > 1 ? once(a, 'actorAsked', () => ((m) => (m ? findCountriesTyped(m[1]!).find((c) => c.start === 0)?.code : undefined))(/\b(?:will|did|does|do|is|are|has|have|had|would|should|can)\s+(?:the\s+)?([a-z.]+(?:\s+[a-z.]+)?)\s+(?!(?:and|&)\b)[a-z]+/.exec(foldedQuestion(a)))) : undefined;
          const actorSaid = actorAsked ? ((m) => (m ? findCountriesTyped(m[1]!).find((c) => c.text.length === m[1]!.length)?.code : undefined))(/(?:^|[,;]\s+|\b(?:while|whereas|and|but)\s+)(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+(?:will|would|shall|has|have|had|is|are|was|were)\s+[^,;]*$/u.exec(text.slice(clauseBounds(text, n.start)[0], n.start))) : undefined;
          const actorFit = !actorSaid ? 0 : actorSaid === actorAsked ? 0.3 : -0.3;
          // ("how many countries came to the London Conference": "between the two countries" names the pair a bilateral release
          // speaks of, not a count of those that came)
          const pair = /^two$/i.test(n.text) && /\bthe\s+$/i.test(text.slice(Math.max(0, n.start - 5), n.start)) && /^\s+(?:countries|sides|nations|governments|peoples|ministries|leaders|ministers)\b/.test(text.slice(n.end, n.end + 14)) ? -0.3 : 0;
          const nowTo = NOW_ASKED.test(q) && /\b(?:doubled|tripled|increased|rose|grown|grew|risen|brings?|bringing|brought|raised|expanded|climbed|reached)\b[^.;]{0,60}\bto\s+(?:about\s+|some\s+|around\s+)?$/i.test(text.slice(Math.max(0, n.start - 90), n.start)) ? 0.4 : 0;
          // ("how long had it been since a Chinese FM last visited": the time gone by — "the first visit … in 21 months, since …")
          const elapsedAsked = /\bhow long\b[^?]*\bsince\b/.test(q);
          // (… never how long something lasted: "the talks lasted 2 hours and 40 minutes")
          if (elapsedAsked && isDuration && /\b(?:lasted|lasting|took|taking)\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+)?$/i.test(text.slice(Math.max(0, n.start - 25), n.start))) return null;
          const elapsed = elapsedAsked && (/^\s*,?\s*since\b/.test(text.slice(n.end, n.end + 10))
            || /\bfirst\b[^.;]{0,80}\bin\s+(?:about\s+|some\s+|over\s+|more than\s+|nearly\s+|almost\s+)?$/i.test(text.slice(Math.max(0, n.start - 120), n.start))) ? 0.6 : 0;
          // ("monitors some 4,000 items …, of which about 200 have been designated as …": a part of the figure before it is asked
          // only by words of its own)
          const ofWhich = /,?\s+of\s+(?:which|whom|them|these)\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|more than\s+|only\s+)?$/i.exec(text.slice(Math.max(0, n.start - 30), n.start));
          const wholeText = ofWhich ? text.slice(clauseBounds(text, n.start)[0], n.start - ofWhich[0].length) : '';
          const partText = ofWhich ? /^(?:[^;.]|\.(?=\d))*/.exec(text.slice(n.end, n.end + 100))?.[0] ?? '' : '';
          // (the part's own words, or a country of its own: "…, of which US$38 million is for Uzbekistan")
          const partOwn = ofWhich ? ((whole) => new Set(sliceTerms(partText).filter((t) => !whole.has(t))))(new Set(sliceTerms(wholeText))) : new Set<string>();
          const partCountry = !!ofWhich && findCountries(partText).some((c) => a.countries.includes(c.code) && !findCountries(wholeText).some((w) => w.code === c.code));
          const partOfWhole = !!ofWhich && !totalAsked && !partCountry && !a.terms.some((t) => synonymsOf(t).some((x) => partOwn.has(x))) ? -0.3 : 0;
          // ("capped at 10 percent on dividends and on royalties at 8 percent": the noun the figure is set "on" or "for" owns it)
          const owner = /\b(?:on|for)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:at|to)\s+(?:about\s+|some\s+|around\s+|up to\s+)?$/i.exec(text.slice(Math.max(0, n.start - 50), n.start))?.[1];
          const ownerFit = owner ? (((own) => a.terms.some((t) => synonymsOf(t).some((x) => own.has(x))))(new Set(sliceTerms(owner))) ? 0.4 : -0.2) : 0;
          // ("to which the ROK will contribute US$ 2.5 million and the UK £3 million": in a list whose verb is left out, the country
          // right before a figure gives it — the UK's is not the figure asked of Korea)
          const giver = isMoney ? /\band\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s+$/u.exec(text.slice(Math.max(0, n.start - 40), n.start))?.[1] : undefined;
          const giverCode = giver ? findCountries(giver).find((c) => c.text.length === giver.length)?.code : undefined;
          // ("how much of the US$ 5 million for Türkiye and Syria is earmarked for Syria": of the countries asked, the one a part
          // goes to — "US$ 3.5 million will be provided to Türkiye and US$ 1.5 million to Syria")
          const focus = isMoney ? partFor(a) : undefined;
          const goesTo = focus ? /^(?:\s+(?:will\s+be\s+|is\s+|are\s+|was\s+|were\s+)?(?:provided|given|allocated|earmarked|channell?ed|disbursed|sent|delivered|going)?)?\s+(?:to|for)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)/u.exec(text.slice(n.end, n.end + 50))?.[1] : undefined;
          const goesToCode = goesTo ? findCountries(goesTo)[0]?.code : undefined;
          const focusFit = !goesToCode ? 0 : goesToCode === focus ? 0.4 : -0.4;
          const giverFit = !giverCode ? 0 : koreaGives(a) ? (giverCode === 'KOR' ? 0.3 : -0.5) : a.countries.includes(giverCode) ? 0.3 : 0;
          // ("Since the first contingent was deployed in 2013, about 4,600 troops have served": a running total, not the count
          // of the one contingent asked)
          // (the figure of the main clause, after the "since" one: not "Since the Government first sent 44 volunteers …")
          const runningTotal = !soFar && !totalAsked && /^\s*Since\b[^;]*\b(?:have|has)\s+(?:been\s+)?[a-z]+(?:ed|en|ne|wn)\b/i.test(clauseAround(text, n.start))
            && /^\s*Since\b[^;]*,\s/i.test(text.slice(clauseBounds(text, n.start)[0], n.start)) ? -0.3 : 0;
          // ("new yearly cap on working holiday visas": a figure set as a quota, not the visas issued last year)
          // (… or one a pronoun of the clause refers back to: "The annual quota … was expanded to 40 this year, and the Government
          // plans to raise it to 60 people from 2025")
          const capFit = CAP_ASKED.test(q) && !money ? (CAP_SAID.test(clauseAround(text, n.start)) || (/\b(?:raise|raised|raising|increase|increased|expand|expanded|lift|lifted|cut|reduce|reduced|set)\s+it\b/i.test(clauseAround(text, n.start)) && CAP_SAID.test(text)) ? 0.3 : -0.4) : 0;
          // ("share of world GDP": "around 40 percent of global GDP and 28 percent of world trade" — what each share is of)
          // (only where two shares each say what they are of: "health for 27 percent" leaves it to the one before)
          const ofWhat = isPercent && fact.numbers.filter((x) => /%$|percent/i.test(`${x.text} ${x.unit ?? ''}`) && SHARE_OF.test(text.slice(x.end, x.end + 12))).length > 1
            ? /^\s*(?:percent\s+)?of\s+([^,;.]*?)(?=\s+and\b|[,;.]|$)/i.exec(text.slice(n.end, n.end + 60))?.[1] : undefined;
          const shareFit = ofWhat ? ((said) => 0.15 * Math.min(2, a.terms.filter((t) => synonymsOf(t).some((x) => said.has(x))).length))(new Set(sliceTerms(ofWhat))) : 0;
          // ("how much is earmarked for intangible heritage": "US$ 4 million will go to World Heritage … in Africa and US$ 3.5
          // million to the safeguarding of intangible cultural heritage …" — the words only one sum goes to say which it is)
          const sumsTo = isMoney ? (sumsToMemo ??= fact.numbers.filter((x) => !!x.unit && MONEY_UNIT_WHOLE.test(x.unit)).map((x) => ({ start: x.start, to: SUM_GOES_TO.exec(text.slice(x.end, x.end + 160))?.[1] }))) : [];
          const destFit = sumsTo.length > 1 && sumsTo.every((x) => x.to) ? ((mine, others) => 0.15 * Math.min(2, a.terms.filter((t) => synonymsOf(t).some((x) => mine.has(x)) && !synonymsOf(t).some((x) => others.has(x))).length))(
            new Set(sliceTerms(sumsTo.find((x) => x.start === n.start)?.to ?? '')), new Set(sumsTo.filter((x) => x.start !== n.start).flatMap((x) => sliceTerms(x.to!)))) : 0;
          const inBody = fact.numbers.length > 1 ? /^[^;,]{0,25}?\b(?:in|at|by|from)\s+the\s+([^;,]{2,60})/.exec(text.slice(n.end, n.end + 90))?.[1] : undefined;
          const bodyAfter = inBody && ((said) => [...a.alternatives.values()].some((alt) => alt.length > 1 && alt.every((x) => said.has(x))))(new Set(sliceTerms(inBody))) ? 0.3 : 0;
          const byYear = yearsAt.length && fact.numbers.length > 1 ? 0.5 * closeness(n.start, yearsAt, text.length) : 0;
          // the figure's own clause, from the figure before it to the one after it: "bilateral trade reached US$13.4
          // billion in 2016 and … invested a cumulative US$5.1 billion"
          // (a small count inside the clause, "in the three countries", does not end it)
          const bounds = fact.numbers.filter((x) => x.value >= 100 || (!!x.unit && /\$|%|USD|EUR|won/.test(x.unit)));
          const prev = Math.max(0, ...bounds.filter((x) => x.end <= n.start).map((x) => x.end), ...fact.dates.filter((x) => x.end <= n.start && x.precision !== 'year').map((x) => x.end));
          const next = Math.min(text.length, ...bounds.filter((x) => x.start >= n.end).map((x) => x.start));
          // "from US$1.4 million to US$3.5 million": the figure now is the one after "to"
          // (a unit may come between: "from 15 days to 45 days")
          const fromTo = /\bfrom\s+$/i.test(text.slice(Math.max(0, n.start - 6), n.start)) && /^(?:\s+[\p{L}%]+)?\s+to\s+\S*\d/iu.test(text.slice(n.end, n.end + 24));
          const toFrom = fromTo ? null : fact.numbers.find((x) => x.end <= n.start && /^(?:\s+[\p{L}%]+)?\s+to\s+$/iu.test(text.slice(x.end, n.start)) && /\bfrom\s+$/i.test(text.slice(Math.max(0, x.start - 6), x.start)));
          const leadFrom = toFrom ? toFrom.start : n.start;
          const leadParts = text.slice(Math.max(prev > leadFrom ? 0 : prev, leadFrom - 120), leadFrom).split(/[,;]|\s(?:and|while|whereas|but)\s/);
          let lead = leadParts.pop() ?? '';
          // ("… a new project on smart water management for the Piura region, worth US$ 8.5 million": the figure's words are before the comma)
          if (/^\s*(?:worth|valued at|totall?ing|amounting to|costing|at a cost of|with a budget of)\s*(?:about|some|around|nearly|over|more than)?\s*$/i.test(lead)) lead = `${leadParts.pop() ?? ''} ${lead}`;
          // ("Korea contributed US$100 million during … and US$200 million to the first replenishment": a figure after
          // "and" with no words of its own shares the verb of the figure before it)
          if (!/\p{L}{3}/u.test(lead) && /\band\s+$/.test(text.slice(Math.max(0, leadFrom - 6), leadFrom))) {
            const before = bounds.filter((x) => x.end <= leadFrom).pop();
            if (before) lead = /[^,;]*$/.exec(text.slice(Math.max(0, before.start - 120), before.start))?.[0] ?? lead;
          }
          // (a part's clause goes on past its whole: "some US$1.3 billion of the US$3 billion in export finance committed")
          const partEnd = partOf ? fact.numbers.find((x) => x.start >= n.end && x.start <= n.end + partOf[0].length)?.end : undefined;
          const trail = partEnd !== undefined
            ? /^(?:(?!\s(?:and|while|whereas|but)\s)[^,;]){0,50}/.exec(text.slice(partEnd, Math.min(text.length, ...bounds.filter((x) => x.start >= partEnd).map((x) => x.start))))?.[0] ?? ''
            // (past a list of names the figure is for: "US$ 800,000 for Zimbabwe, Mozambique and Malawi after Cyclone Idai")
            : ((list) => `${list}${/^(?:(?!\s(?:and|while|whereas|but)\s)[^,;]){0,50}/.exec(text.slice(n.end + list.length, next))?.[0] ?? ''}`)(/^\s+(?:for|to)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:,\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)*,?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u.exec(text.slice(n.end, next))?.[0] ?? '');
          const clause = `${lead} ${trail}`;
          // (a bullet's figure is also its parent's: "- US$250,000 through the UNDP" under "° Nepal (US$1.8 million)")
          const said = new Set([...sliceTerms(clause), ...(fact.context && text.length < 140 ? terms(fact.context) : [])]);
          // "… US$ 624 million, up from the 10 commitments worth US$ 297 million …": the figure it rose from is the old one
          // (… after the change too: "up about 55 percent from the some 31,000 visitors at the 2nd expo")
          const upFrom = /\b(?:up|down|rising|falling|increased|decreased|compared)(?:\s+(?:by\s+)?(?:(?:about|some|around|nearly|almost|over|more than|roughly)\s+)?[\d.,]+\s*(?:%|percent|per cent|-fold))?\s+(?:from|with)\s+(?:[^,;.]{0,60}?)$/i.test(text.slice(Math.max(0, n.start - 80), n.start)) && !/\b(?:from|before|previous|prior|earlier|last|old)\b/.test(q) ? -0.5 : 0;
          const own = upFrom + wanted.filter((w) => [...w].some((x) => said.has(x))).length / (wanted.length || 1)
            // the figure's own noun ("trade", "contribution") in its clause says most
            + (figureTerms.length ? (figureTerms.some((f) => said.has(f)) ? 0.6 : allFigureTerms().some((f) => said.has(f)) ? -0.5 : 0) : 0)
            // ("Koreans visiting Colombia: 13,500; Colombians visiting Korea: 10,400": a table cell's label opens with the noun counted)
            + (((label) => (label && countedNoun && terms(label)[0] === countedNoun ? 0.4 : 0))(/(?:^|;\s*)([\p{L}][^:;]{1,60}):\s*$/u.exec(text.slice(Math.max(0, n.start - 70), n.start))?.[1]))
            // ("… a year from 2024": a year the question starts from asks the new figure)
            + (fromTo && !/\b(?:from|before|previous|until|old)\b/.test(q.replace(/\b(?:from|starting|until|before)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+)?(?:19|20)\d{2}\b/g, ' ')) ? -0.5 : 0) + (toFrom ? 0.3 : 0);
          // a year the question gives must be this figure's, when the sentence gives figures of other years
          const clauseYears = [...clause.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => m[0]);
          // ("seized 85 Chinese fishing vessels for illegal fishing in Korean waters in 2023": the year that ends the
          // figure's clause, past the words the clause keeps)
          const endYear = clauseYears.length ? undefined : /^[^,;.]{0,100}?\bin\s+((?:19|20)\d{2})\b(?![-–\d])/.exec(text.slice(n.end, next))?.[1];
          if (endYear) clauseYears.push(endYear);
          // ("… and sent about 3,000 additional troops in January and February 2025": a dated month after the figure)
          else if (!clauseYears.length) {
            // (not the year of the figure it is compared with: "up 3.8 percent from KRW 6.26 trillion in 2024"; but "to 60 people
            // from 2025" starts then)
            const dateAfter = fact.dates.find((x) => x.start >= n.end && x.start - n.end < 60 && !x.yearInferred && /^\d{4}/.test(x.value) && !/[,;]|\s(?:and|while|but)\s|\s(?:from|over|than|compared|against)\s+\S/.test(text.slice(n.end, x.start)));
            if (dateAfter) clauseYears.push(dateAfter.value.slice(0, 4));
          }
          // ("In 2019, 14,800 Peruvians visited …": a year that opens the sentence dates its figures up to another year)
          const opening = /^(?:in|during|as of|by the end of|at the end of|throughout)\s+(?:[a-z]+\s+)?((?:19|20)\d{2})\b/i.exec(text)?.[1];
          if (opening && !/\b(?:19|20)\d{2}\b/.test(text.slice(8, n.start)) && !/^[^,;]{0,15}\b(?:19|20)\d{2}\b/.test(text.slice(n.end))) clauseYears.push(opening);
          // ("Under the scale of assessments for 2022-2024, the ROK's share was 2.574 percent": a lead phrase's years frame the
          // main clause after its comma)
          const frame = !clauseYears.length ? /^(?:Under|For|In|During|Over|Throughout)\b[^,;]{0,80}?\b((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?\b[^,;]*,/.exec(text) : null;
          if (frame && n.start > frame[0].length && !/\b(?:19|20)\d{2}\b/.test(text.slice(frame[0].length, n.start))) clauseYears.push(frame[1]!, ...(frame[2] ? [frame[2]] : []));
          // ("elected … in June 2023 with 180 votes": the date just before the figure, in its clause, is the figure's)
          const dateBefore = fact.dates.filter((x) => x.end <= n.start && !x.yearInferred && !/[,;]|\s(?:and|while|but)\s/.test(text.slice(x.end, n.start)) && n.start - x.end < 40).pop();
          if (dateBefore) clauseYears.push(dateBefore.value.slice(0, 4));
          // ("Bilateral trade … reached US$ 38 million last year", in a 2024 release: the year before the release's)
          const relativeYear = !clauseYears.length && meta?.date ? /^\s+(last|this)\s+year\b/.exec(text.slice(n.end, n.end + 16))?.[1] : undefined;
          if (relativeYear) clauseYears.push(String(Number(meta!.date!.slice(0, 4)) - (relativeYear === 'last' ? 1 : 0)));
          if (askedYears.size && clauseYears.length && !clauseYears.some((y) => askedYears.has(y))) return null;
          // ("exports reached US$ 312 million in 2022, and its cosmetics exports US$ 129 million": a clause that leaves the
          // year out shares the one year its sentence gives before it)
          if (askedYears.size && !clauseYears.length) {
            const sentenceYears = fact.dates.filter((x) => !x.yearInferred && x.precision === 'year' && x.end <= n.start).map((x) => x.value.slice(0, 4));
            if (sentenceYears.length === 1 && fact.dates.filter((x) => !x.yearInferred).length === 1 && !askedYears.has(sentenceYears[0]!) && /,\s+and\s+(?:its|their|the)\s/i.test(text.slice(0, n.start))) return null;
          }
          // "reached an apogee of approximately 6,600 km": the noun the figure measures, when the question asks it
          // (… or the noun after "in": "about US$ 250 million in grants")
          const ofNoun = /\b([\p{L}-]{3,})\s+of\s+$/u.exec(text.slice(Math.max(0, n.start - 30), n.start))?.[1] ?? /^\s+in\s+(?:(?:new|additional|concessional|humanitarian|grant)\s+)?([\p{L}-]{3,})/u.exec(text.slice(n.end, n.end + 40))?.[1];
          // ("the 4,500-ton oil tanker …, moving an estimated 38,000 tons of refined petroleum": a measure written as a
          // modifier sizes the thing it modifies; it is not the quantity asked)
          const modifier = /-(?:ton|tonne|km|kilometre|kilometer|metre|meter|mw|gw|kg|kilogram|liter|litre)$/i.test(n.text) && /^\s+[a-z]/.test(text.slice(n.end, n.end + 3))
            && !/\b(?:size|tonnage|displacement|how big|how large|class|capacity|how heavy|how long)\b/.test(q) ? -0.6 : 0;
          const inNoun = !/\b[\p{L}-]{3,}\s+of\s+$/u.test(text.slice(Math.max(0, n.start - 30), n.start));
          // (a noun after "in" counts only when the question says it itself: "grant money" — "US$ 250 million in grants")
          // ("a vote of 158 to 4, with 11 abstentions": a figure that counts the noun asked says more than "a vote of")
          const countsElsewhere = fact.numbers.some((x) => x !== n && !!x.unit && nounTerms(x.unit).some((u) => a.terms.some((t) => !a.countryTerms.has(t) && t === u)));
          // (… unless the noun the figure measures is the one asked: "what two-thirds majority threshold did Seoul need to win
          // its seat" — "the two-thirds majority of 128 votes", not "the one seat")
          const measured = !(partAsked && wholeOf) && (!countsElsewhere || (!!ofNoun && askedHead(a).includes(terms(ofNoun)[0] ?? ''))) && ofNoun && !/^(?:total|sum|number|amount|part|share|out|some|each|one|all|most)$/i.test(ofNoun)
            && a.terms.some((t) => !a.countryTerms.has(t) && (inNoun ? t === (terms(ofNoun)[0] ?? '') : synonymsOf(t).includes(terms(ofNoun)[0] ?? ''))) ? 0.4 : 0;
          // ("how much into the GCF": the figure whose own words name the body asked, "US$ 300 million it pledged to the Green
          // Climate Fund (GCF)", not "US$ 7 million to the Fund for responding to Loss and Damage (FRLD)")
          const own2 = bodies.length ? text.slice(n.end, Math.min(n.end + 90, ...fact.numbers.filter((x) => x.start > n.end).map((x) => x.start))).split(/[;]/)[0]! : '';
          // ("Channels: the WFP US$ 3 million, the Office of the UN High Commissioner for Refugees (UNHCR) US$ 2 million": the
          // body named right before a figure in a list is the figure's)
          // (… or in brackets of its own after them: "the IFRC (IFRC) (US$500,000)")
          const bodyBefore = bodies.length ? /(?:\(([A-Z]{2,8})\)|\b([A-Z]{2,8}))\s*[:,(]?\s*$/.exec(text.slice(Math.max(0, n.start - 16), n.start)) : null;
          const toBody = !bodies.length ? 0 : bodyBefore ? (bodies.includes(fold(bodyBefore[1] ?? bodyBefore[2]!)) ? 0.5 : -0.4)
            : bodies.some((b) => new RegExp(`\\b${b}\\b`, 'i').test(own2)) ? 0.4 : /\([A-Z]{2,6}\)/.test(own2) ? -0.4 : 0;
          // ("26 of the 73 textbooks … describe Dokdo as Japanese territory": the part the question's words describe, not the whole;
          // but "14 of the 26 are women" answers a count of all of them)
          const ofWhole = /^\s+of\s+(?:the|its|their|his|her|our)\s+\d[\d,.]*/.exec(text.slice(n.end, n.end + 30))?.[0];
          const isWhole = /\b\d[\d,.]*\s+of\s+(?:the|its|their|his|her|our)\s+$/.test(text.slice(Math.max(0, n.start - 30), n.start));
          const predicate = ofWhole || isWhole ? sliceTerms(/^[^;.]*/.exec(text.slice(n.end + (ofWhole?.length ?? 0)))![0]) : [];
          const described = predicate.some((t) => a.terms.includes(t) && !countedTerms.includes(t) && !a.countryTerms.has(t));
          const partFit = !!counted && !totalAsked && (ofWhole || isWhole) ? (ofWhole ? (described ? 0.5 : -0.3) : described ? -0.6 : 0) : 0;
          // ("how many have done a working holiday so far": a figure of what will be is no count of what was)
          const willBe = soFar && /\b(?:will|shall|to be|plans? to|is expected to)\b/.test(text.slice(Math.max(0, n.start - 100), n.start).split(/;|,\s/).pop()!) ? -0.4 : 0;
          // ("how many korean visitors": a figure whose clause says they visited, not "3 ROK nationals were victims")
          // ("how many people are on the relief team": "the 62-member team", not "1,960 people had been killed")
          const memberFit = !!groupAfter && /-(?:member|strong|person)$/i.test(n.text) && groupAfter.test(text.slice(n.end, n.end + 40)) ? 0.5 : 0;
          // ("new PE threshold after the amendment": "12 months → 9 months" — the value after the arrow is the new one, the value
          // before it the old)
          const arrowFit = ((side) => !side ? 0 : /^\s*(?:→|->|⇒|⟶)/.test(text.slice(n.end, n.end + 6)) ? (side === 'new' ? -0.5 : 0.3)
            : /(?:→|->|⇒|⟶)\s*$/.test(text.slice(Math.max(0, n.start - 6), n.start)) ? (side === 'new' ? 0.3 : -0.5) : 0)(arrowSide(a));
          const agentFit = visitorsCounted ? (/\b(?:visit|travel|tour|arriv|trip)/i.test(clauseAround(text, n.start)) ? 0.3 : -0.3) : 0;
          // ("the call centre's daily average": "412,386 calls in 2024, an average of 1,127 a day" — the figure of the period
          // asked, and an average when one is asked)
          // ("new ROK pledge to the pandemic fund": not "pledges … toward the Fund's target of US$ 2 billion", a sum only aimed at)
          const targetOnly = !targetAsked && /\b(?:target|goal)\s+(?:of\s+)?(?:about\s+|some\s+|around\s+|at\s+)?$/i.test(text.slice(Math.max(0, n.start - 20), n.start)) ? -0.4 : 0;
          // ("ROK pledge at the 8th Brussels conference", in the release on the 8th: "including US$2.5 million for Syria following
          // the earthquakes of February 6, 2023" is a figure of an earlier year's event)
          const otherYearsEvent = thisEdition && !!meta?.date && fact.dates.some((x) => x.start >= n.end && x.start - n.end < 80 && !x.yearInferred && /^\d{4}/.test(x.value)
            && x.value.slice(0, 4) < meta.date!.slice(0, 4) && !/[,;.]/.test(text.slice(n.end, x.start))) ? -0.5 : 0;
          // ("won 151 votes out of 163 ballots cast": the figure "out of" names is the whole, not what was won)
          const outOf = /\bout\s+of\s+(?:the\s+)?(?:some\s+|about\s+|a total of\s+)?$/i.test(text.slice(Math.max(0, n.start - 24), n.start)) && !/\b(?:total|cast|out of|in all|overall|turnout|members|states|countries|ballots)\b/.test(q) ? -0.4 : 0;
          const perFit = (period ? (period.after.test(text.slice(n.end, n.end + 80)) || period.before.test(text.slice(Math.max(0, n.start - 100), n.start)) ? 0.4 : -0.2) : 0)
            + (averageAsked && /\baverag(?:e|ed|ing)\s+(?:of\s+)?(?:about\s+|some\s+|around\s+|nearly\s+)?$/i.test(text.slice(Math.max(0, n.start - 30), n.start)) ? 0.3 : 0);
          // ("what was the vote on the renewal": the whole tally, "13 in favour, 0 against and 2 abstentions")
          const tally = tallyAsked ? TALLY_AFTER.exec(text.slice(n.end, n.end + 90))?.[0] : undefined;
          return { text: tally ? `${withUnit}${tally}` : withUnit, start: n.start, end: n.end + (tally?.length ?? 0), score: agentFit + arrowFit + destFit + actorFit + 0.5 * near(n.start) + unitFit + typeFit + byCountry + byYear + total + whole + partitive + 0.5 * own + through + throughBody + bodyAfter + nowTo + elapsed + shareFit + partOfWhole + runningTotal + ownerFit + capFit + measured + modifier + crowd + casualty + willBe + toBody + partFit + ofThis + perFit + targetOnly + otherYearsEvent + outOf + memberFit + changeFrom + pair + otherSide + giverFit + focusFit + ofTheWhole + listedPart + listWhole
            // ("since its third review in November 2017, when it received 218 recommendations": a figure of another edition)
            - (a.ordinals.length && otherEditionBefore(a, text.slice(Math.max(0, n.start - 80), n.start)) ? 0.4 : 0)
            // ("up from the US$6 million it pledged at the 7th Conference": a figure its own clause puts at another edition)
            - (a.ordinals.length && otherEditionBefore(a, /^[^,;.]{0,40}?\b(?:at|in|during|for)\s+the\s+[^,;.]{0,40}/.exec(text.slice(n.end, n.end + 90))?.[0] ?? '') ? 0.6 : 0), changeable: true, ...(totalFigure ? { total: true } : {}) };
        })
        .filter((c): c is NonNullable<typeof c> => c !== null)];
    }
    case 'ordinal': {
      // "which round was the policy consultation …": the ordinal that numbers a meeting ("the 8th … Policy Consultation")
      const out: SpanCandidate[] = [];
      const ranked = /\b(?:rank|ranks|ranked|ranking|place|position|largest|biggest)\b|\bstands?\s+among\b/.test(foldedQuestion(a));
      // (the kind of thing the question numbers: "what number stint", "the KDRT's how-manyth deployment")
      // (a round or an edition numbers any meeting: "which round was the policy consultation")
      // (the last noun of the phrase: "which UNGA session", "the ROK's how-manyth working holiday partner")
      const kindAsked = once(a, 'ordinalKind', () => {
        const phrase = /\b(?:what number|which number|how[- ]?many(?:th)?|what|which)\s+((?:[a-z][a-z'’-]*\s+){0,3}?[a-z][a-z-]+)(?=\s+(?:was|is|were|are|did|does|do|has|have|will|on|in|of|for|at|with|since|that|abroad|overseas)\b|\s*[?,]|\s*$)/.exec(foldedQuestion(a))?.[1]?.split(/\s+/) ?? [];
        // ("which council session votes on …": a verb after the noun numbered is no kind)
        const last = phrase.pop();
        const kindWord = last && phrase.length && !NUMBERED_NOUN.test(last) && /[^s]s$/.test(last) && NUMBERED_NOUN.test(phrase[phrase.length - 1]!) ? phrase[phrase.length - 1] : last;
        return kindWord && !stopWords().has(kindWord) && !/^(?:round|rounds|edition|editions|time|times|number|numbered)$/.test(kindWord) && terms(kindWord)[0] ? new Set(synonymsOf(terms(kindWord)[0]!)) : undefined;
      });
      // (the words the question puts before the kind: "which council session" → the Council's, not "the 35th session of the Assembly")
      const kindOwner = once(a, 'ordinalOwner', () => {
        const words = /\b(?:what number|which number|how[- ]?many(?:th)?|what|which)\s+((?:[a-z][a-z'’-]*\s+){1,3}?)(?:session|meeting|round|summit|conference|edition|term|plenary)s?\b/.exec(foldedQuestion(a))?.[1] ?? '';
        return sliceTerms(words).filter((t) => !a.countryTerms.has(t) && !stopWords().has(t));
      });
      // (the bounds the question counts within: "how manyth in Africa", not the country of the thing counted, "Türkiye mission")
      const scopeAsked = once(a, 'ordinalScope', () => new Set([...foldedQuestion(a).matchAll(/\b(?:in|within|among|across)\s+(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/gu)].flatMap((m) => terms(m[1]!)).filter((t) => a.countryTerms.has(t))));
      const asked = new Set(a.terms.flatMap((q) => [...synonymsOf(q), ...(a.alternatives.get(q) ?? [])]));
      // (a quoted name may follow: 'the 5th "Friends of Korea" Award Ceremony')
      for (const m of text.matchAll(/\b(\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|inaugural)\b((?:\s+["“(]?[\p{L}'’-]+["”)]?){0,8})/giu)) {
        // "the 8th largest donor": a rank
        const rank = /^[\s-]*(?:largest|biggest|highest|top|most|leading|greatest)\b/i.exec(text.slice(m.index! + m[1]!.length, m.index! + m[1]!.length + 20));
        if (rank && !ranked) continue;
        if (rank) { out.push({ text: text.slice(m.index!, m.index! + m[1]!.length + rank[0].length).replace(/\s+$/, ''), start: m.index!, end: m.index! + m[1]!.length + rank[0].length, score: near(m.index!) + 0.2 }); continue; }
        // ("korea rank UN e-gov survey 2024": "which ranked 4th in the UN E-Government Survey 2024")
        if (ranked && /\b(?:ranked|ranks|placed|came|finished|stood)\s+(?:at\s+)?$/i.test(text.slice(Math.max(0, m.index! - 20), m.index!))) { out.push({ text: m[1]!, start: m.index!, end: m.index! + m[1]!.length, score: near(m.index!) + 0.3 }); continue; }
        // ("which year of the rice aid is 2024": "This year marks the 7th year of Korea's rice aid")
        if (!NUMBERED_NOUN.test(m[2]!) && !(/^(?:which|what)\s+year\s+of\b/.test(foldedQuestion(a)) && /^\s+year\s+of\b/i.test(m[2]!))
          // ("the ROK's 41st social security agreement": an agreement, a mission or a visit numbered, when the question asks one)
          && !((kindNamed) => !!kindNamed && new RegExp(`\\b${kindNamed[0].slice(0, 5)}`, 'i').test(a.question))(NUMBERED_KIND.exec(m[2]!))) continue;
        // ("Korea's first FTA with a Middle Eastern regional bloc": an ordinal among some only, when another numbers them all)
        const among = AMONG_AFTER.test(text.slice(m.index! + m[1]!.length, m.index! + m[1]!.length + 80));
        if (a.ordinals.includes(findOrdinals(m[1]!)[0] ?? -1)) continue;
        if (planned(a, text, m.index!, m.index! + m[0].length)) continue;
        // ("the 10th Joint Commission, the first session held in person since 2018": the first in a while numbers nothing)
        if (/^first$/i.test(m[1]!) && /^(?:\s+[\p{L}'’-]+){0,6}?\s+(?:since|in\s+(?:[\w-]+\s+)?(?:years?|decades?|months?))\b/iu.test(text.slice(m.index! + 5, m.index! + 90))) continue;
        // the meeting numbered must be the one asked: its name shares a word with the question beyond countries
        // ("the 2nd round of the CEPA negotiations", not "the 4th Strategic Dialogue")
        const named = sliceTerms(`${m[2]!} ${text.slice(m.index! + m[0].length, m.index! + m[0].length + 40)}`).filter((t) => !a.countryTerms.has(t) && !/^(?:rok|korea|round)$/.test(t));
        if (!named.some((t) => asked.has(t))) continue;
        // "the 5th ROK-Latvia Policy Consultation" does not number the ROK-Estonia one
        const its = findCountries(text.slice(m.index!, m.index! + m[0].length + 20)).map((c) => c.code).filter((c) => c !== 'KOR' && /^[A-Z]{3}$/.test(c));
        const want = a.countries.filter((c) => /^[A-Z]{3}$/.test(c) && !a.places.includes(c));
        if (its.length && want.length && !its.some((c) => want.includes(c))) continue;
        // (… unless the question asks within the same bounds: "how manyth in Africa" — "its 24th embassy in Africa")
        if (among && !/\b(?:with|among|outside)\b/.test(foldedQuestion(a)) && !sliceTerms(m[2]!.split(/\s+and\s+|,/)[0]!).some((t) => scopeAsked.has(t))) continue;
        // ("which edition of World Koreans Day": the name that says the question's words and few others, not "the 21st World
        // Korean Community Leaders Convention")
        const own = sliceTerms(m[2]!.split(/\s+(?:of|on|for|in|at|with|by)\s+/)[0]!).filter((t) => !a.countryTerms.has(t));
        const fit = 0.1 * Math.min(3, own.filter((t) => asked.has(t)).length) - 0.1 * Math.min(3, own.filter((t) => !asked.has(t)).length);
        // ("its 24th embassy in Africa and its 118th embassy worldwide": the count within the region asked)
        const phrase = m[2]!.split(/\s+and\s+|,/)[0]!;
        const scope = sliceTerms(phrase).some((t) => scopeAsked.has(t)) ? 0.3 : /\b(?:worldwide|globally|overall|in the world)\b/i.test(phrase) && !/\b(?:world\w*|global\w*|overall|in total)\b/.test(foldedQuestion(a)) ? -0.2 : 0;
        // ("what number stint on the council": "its sixth time on the Council" over "the 57th session of the Council")
        // (the "sixth time" numbers whatever recurs, the kind asked too; another kind named outright numbers another thing)
        const kindFit = !kindAsked ? 0 : sliceTerms(m[2]!.trim().split(/\s+/).slice(0, 3).join(' ')).some((t) => kindAsked.has(t)) ? 0.4 : /^\s*times?\b/.test(m[2]!) ? 0.2 : -0.1;
        if (kindAsked && kindFit < 0 && OCCASION_FIRST.test(m[2]!)) continue;
        const owned = !kindOwner.length ? 0 : ((said) => (kindOwner.some((t) => said.has(t)) ? 0.3 : 0))(new Set(sliceTerms(`${text.slice(Math.max(0, m.index! - 30), m.index!).split(/[,;]/).pop()} ${m[2]!.split(/\s+and\s+|,/)[0]}`)));
        out.push({ text: m[1]!, start: m.index!, end: m.index! + m[1]!.length, score: near(m.index!) + fit + scope + kindFit + owned });
      }
      return out;
    }
    case 'country': {
      // ("the East China Sea" is a sea, not China)
      // (a country the question names only by its city as a place, "the nairobi championships", may still be the answer)
      const named = findCountriesTyped(a.question);
      const onlyAsPlace = new Set(a.countries.filter((c) => named.some((m) => m.code === c) && named.filter((m) => m.code === c).every((m) => isCapital(m.text))));
      // (… but not by that city itself, "the Abu Dhabi Ministerial Declaration", nor as the city's country where the event was
      // held, "held in Abu Dhabi, the United Arab Emirates", unless the host is asked)
      const hostAsked = /\bhost/.test(foldedQuestion(a));
      const found = findCountries(text).filter((c) => c.code !== 'KOR' && (!a.countries.includes(c.code) || (onlyAsPlace.has(c.code) && !isCapital(c.text)
        && (hostAsked || !/\b(?:in|at)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, c.start - 40), c.start))))) && c.code.length === 3 && !/^\s+(?:Sea|Ocean|Strait|Gulf|Basin)\b/.test(text.slice(c.end, c.end + 8)));
      // "flag state": the country whose flag it flies
      const flagAsked = /\bflag/.test(foldedQuestion(a));
      const flies = (c: { start: number }): boolean => /\bflag(?:ged)?\s+(?:of\s+)?(?:the\s+)?$|\b(?:registered|flagged)\s+in\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, c.start - 20), c.start));
      // "which country chaired ASEAN": the one the text says holds the chair ("Malaysia, which holds the ASEAN chairmanship")
      const chairAsked = /\b(?:chair\w*|presid\w*|host\w*)\b/.test(foldedQuestion(a));
      const chairs = (c: { start: number; end: number }): boolean => /\b(?:chaired|hosted|presided over)\s+by\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, c.start - 25), c.start))
        || /^,?\s+(?:which|who)\s+(?:holds|held|has|had|assumed|takes|took)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:chair\w*|presidency)\b/iu.test(text.slice(c.end, c.end + 60))
        || /^\s+(?:chairs|chaired|hosts|hosted|holds the (?:[\p{L}-]+\s+)?(?:chair\w*|presidency))\b/iu.test(text.slice(c.end, c.end + 40));
      // "which country had the FTA take effect in March 2021": the country named last before the date asked
      const datesAsked = a.dates.map((d) => d.value.replace(/^\?{4}-?/, ''));
      const dated = fact.dates.filter((d) => datesAsked.some((v) => v && (d.value.endsWith(v) || d.value.includes(`-${v}`) || d.value.startsWith(v))));
      const ownsDate = (c: { start: number; end: number }): boolean => dated.some((d) => d.start > c.end && !found.some((o) => o.start > c.end && o.end <= d.start));
      // (the country as the release spells it when it is the same name: "Viet Nam", not "Vietnam")
      const spelled = (c: { code: string; text: string }): string => (fold(c.text).replace(/[\s-]/g, '') === fold(countryName(c.code)).replace(/[\s-]/g, '') ? c.text : countryName(c.code));
      // "which country had the strongest passport": the one the text says topped the ranking, not one that ranked 3rd with Korea
      const topAsked = once(a, 'top', () => /\b(?:strongest|most powerful|top|topped|tops|first place|number one|no\.? ?1|ranked first|ranked 1st|led the)\b/.test(foldedQuestion(a)));
      const rankOf = (c: { start: number; end: number }): number => (/^,?\s+(?:topped|tops|led|leads|ranked (?:first|1st)|came (?:first|top)|(?:was|is) (?:first|top))\b/i.test(text.slice(c.end, c.end + 24))
        || /\b(?:topped by|led by)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, c.start - 16), c.start))
        // ("calls most often concerned Japan, Viet Nam, the Philippines … in that order": the first of a ranked list)
        || (/\bmost\s+(?:often|frequently|commonly)\s+(?:[a-z]+\s+){0,2}(?:the\s+)?$/i.test(text.slice(Math.max(0, c.start - 40), c.start)) && /^[^.;]*\bin that order\b/i.test(text.slice(c.end))) ? 0.6
        : 0);
      // (a sentence that ranks its subject below the top names no top: "ranked 3rd in the world, together with Japan")
      const lowerRanked = topAsked && LOWER_RANK.test(text);
      // ("which country topped the vote": only one the text says came top answers a ranking verb)
      const toppedAsked = once(a, 'topped', () => /\b(?:topped|tops|top the|ranked first|ranked 1st|came first|came top|first place)\b/.test(foldedQuestion(a)));
      // ("which country takes over the chair": not the country a meeting was held in, "in Kiruna, Sweden")
      const chairOnly = once(a, 'chairOnly', () => /\b(?:chair\w*|presid\w*)\b/.test(foldedQuestion(a)) && !/\bhost/.test(foldedQuestion(a)));
      const venue = (c: { start: number }): boolean => /\b(?:in|at)\s+(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,\s+)?$/u.test(text.slice(Math.max(0, c.start - 40), c.start));
      // ("which countries voted against the resolution": a country whose clause says how it voted, not its sponsors)
      const voteAsked = once(a, 'voteAsked', () => /\bvot(?:e|ed|ing)\s+(?:against|for|in favou?r|no|yes)\b|\babstain/.test(foldedQuestion(a)));
      const votedAt = (c: { start: number }): boolean => /\bvot|\babstain|\bagainst\b|\bin favou?r\b|\bopposed\b/i.test(clauseAround(text, c.start));
      const out: SpanCandidate[] = found.filter((c) => (!(lowerRanked || toppedAsked) || rankOf(c) > 0) && !(chairOnly && venue(c) && !chairs(c)) && (!voteAsked || votedAt(c))).map((c) => ({ text: spelled(c), start: c.start, end: c.end, score: near(c.start) + (chairAsked && chairs(c) ? 0.6 : 0) + (ownsDate(c) ? 0.6 : 0) + (flagAsked && flies(c) ? 0.6 : 0) + (topAsked ? rankOf(c) : 0) }));
      // "which countries …": a list as the text gives it ("Estonia, Latvia, Lithuania and Finland")
      // (… or "which DAC members", "which member states")
      if (/\b(?:countries|nations|members|states)\b/.test(foldedQuestion(a))) {
        for (let i = 0; i < found.length; i++) {
          if (voteAsked && !votedAt(found[i]!)) continue;
          let j = i;
          while (j + 1 < found.length && /^(?:,\s*|\s+and\s+|,\s+and\s+|\s+or\s+)$/.test(text.slice(found[j]!.end, found[j + 1]!.start))) j++;
          if (j > i) {
            // (the list over any one of its members: "which other countries won seats" — all four, not the one nearest the verb)
            const members = out.filter((c) => c.start >= found[i]!.start && c.end <= found[j]!.end);
            out.push({ text: text.slice(found[i]!.start, found[j]!.end), start: found[i]!.start, end: found[j]!.end, score: Math.max(near(found[i]!.start), ...members.map((c) => c.score)) + 0.3 });
            i = j;
          }
        }
      }
      return out;
    }
    case 'acronym': {
      const want = fold(a.acronym ?? '');
      return findAcronyms(text).filter((x) => fold(x.acronym) === want).map((x) => {
        const start = text.indexOf(x.expansion);
        return { text: x.expansion, start, end: start + x.expansion.length, score: 1 };
      });
    }
    case 'title': {
      return fact.people
        .filter((p) => p.title && a.names.some((n) => fold(p.name).split(/\s+/).includes(n)))
        .map((p) => ({ text: plainTitle(p.title!), start: p.start, end: p.end, score: 1, changeable: true }));
    }
    case 'anniversary': {
      return [...text.matchAll(/\b((?:\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:tieth|th|st|nd|rd))\s+anniversary)\b/gi)]
        .map((m) => ({ text: m[1]!, start: m.index!, end: m.index! + m[1]!.length, score: near(m.index!) }));
    }
    case 'choice': {
      const out: SpanCandidate[] = [];
      for (const option of a.options ?? []) {
        const syn = new Set(terms(option).flatMap((t) => synonymsOf(t)));
        for (const m of text.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
          const t = terms(m[0])[0];
          if (t && syn.has(t)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, score: 1 });
        }
      }
      return out;
    }
    case 'manner': {
      // how a member voted: "13 in favour, one against (Russia) and one abstention (China)"
      if (VOTE_MANNER_ASKED.test(foldedQuestion(a))) {
        return [...text.matchAll(/\b(?:in favou?r|against|abstention|abstained|abstaining|vetoed|a veto|voted (?:for|against|yes|no))\b/gi)]
          .map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length, score: near(m.index!) + (/^\s*\(\s*\p{Lu}/u.test(text.slice(m.index! + m[0].length)) ? 0.3 : 0) }));
      }
      // how a meeting was held: in person, by video conference, by telephone
      return [...text.matchAll(/\b(?:(?:by|via|through)\s+(?:a\s+)?(?:video(?:\s?conference|\s?link|\s?call)?|videoconference|telephone|phone|teleconference)|in\s+(?:a\s+)?(?:virtual|hybrid|in-person|online)\s+format|virtually|online|in person|in-person|face-to-face|in a hybrid format)\b/gi)]
        .map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length, score: near(m.index!) + 0.5 }));
    }
    case 'reason': {
      return [...text.matchAll(/\b(?:due to|because of|owing to|thanks to|as a result of|driven by|on the back of|caused by|with)\s+((?:the\s+)?[^,.;]{3,80}?)(?=[,.;]|\s+(?:and|as|which|in other)\b|$)/gi)]
        .map((m) => ({ text: m[1]!, start: m.index!, end: m.index! + m[0].length, score: near(m.index!) * (/^with\b/i.test(m[0]) ? 0.5 : 1) }));
    }
    case 'thing': {
      // ("which thai border town", "which ugandan district": a place of that kind, not a building or a project in it)
      const placeKind = /^(?:town|city|district|province|village|county|municipality|prefecture)$/.test(a.head ?? '');
      const out = thingCandidates(a, fact, near).filter((c) => !placeKind
        || !(BUILDING.test(c.text.replace(/\s+(?:in|at)\s+.*$/, '')) || /\b(?:Project|Programme|Program|Initiative|Agreement|Partnership)\b/.test(c.text)));
      // ("which agency is the aid to Malawi going through": the body the text says it goes "through", not another name)
      if (!once(a, 'throughAsked', () => /\b(?:going|go|goes|went|gone|channell?ed|delivered|provided|sent|flow(?:s|ing)?|disbursed|implemented)\s+(?:through|via)\W*$|^(?:through|via)\s+(?:which|what)\b/.test(foldedQuestion(a).trim()))) return out;
      return out.map((c) => ({ ...c, score: c.score + (/\b(?:through|via|by way of)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, c.start - 20), c.start)) ? 0.3 : -0.3) }));
    }
  }
}

/** A post without its country and portfolio: "Estonian Deputy Foreign Minister in charge of …" → "Deputy Foreign Minister". */
function plainTitle(title: string): string {
  let t = title.replace(/\s+(?:as well as|and also|who)\s.*$/, '');
  const lead = findCountries(t).find((c) => c.start === 0);
  if (lead) t = t.slice(lead.end).replace(/^['’]s\b/, '');
  return t.replace(/\s+(?:in charge of|for|of)\s.*$/, '').trim();
}

const ANNOUNCE = /\b(?:announc\w*|decide[ds]?|decision|unveil\w*|pledge[ds]?|make (?:the|a|its) decision|made (?:the|a|its) decision)\b/;
const ANNOUNCE_FACT = /\b(?:announc\w*|decided|decision|unveil\w*|pledge[ds]?|will (?:provide|offer|give|send|extend|contribute))\b/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const TERM_NOUN = /\b(?:term|tenure|mandate|presidency|chairmanship)\b/i;
const END_ASKED = /(?<!\breceiving\s)(?<!\bthe other\s)\b(?:(?<=\b(?:was|were|be|been|get|got)\s+)(?:released|freed)|(?:released|freed)(?=\s*[?.!]?\s*$)|put out|close|closes|closed(?!-door)|extinguished|contained|brought under control|end|ends|ended|lifted|lift|expire|expires|expired|expiry|wrap(?:s|ped)? up|finish|finishes|finished|terminated?|abolished?|step(?:s|ped)? down|resign(?:s|ed)?|left office|leave office)\b|\b(?:until|till|til)\s+(?:when|what (?:date|day|month|year)|which (?:date|day|month|year))\b|\b(?:runs?|valid|extended|last|lasts)\s+(?:\w+\s+)?until\b/;
/** The region whose people a figure counts, right after it: "120 government officials from Southeast Asian countries". */
const REGION_COUNTED = /^[^.;]{0,60}?\bfrom\s+(?:(?:some|about|over|nearly|\d+|[a-z]+teen|[a-z]+ty|two|three|four|five|six|seven|eight|nine|ten)\s+)?((?:\p{Lu}[\p{L}-]*\s+){1,2})(?:countries|nations|states|economies)\b/u;
/** What a sum goes to, right after it: "US$ 4 million will go to World Heritage capacity-building", "and US$ 3.5 million to
 * the safeguarding of …", up to the next sum or the clause's end. */
const SUM_GOES_TO = /^\s+(?:will\s+(?:go|be\s+[a-z]+ed)\s+|(?:is|are|was|were)\s+[a-z]+ed\s+|goes\s+|went\s+)?(?:to|for)\s+([^;,.]*?)(?=\s+and\s+(?:US\$|\$|USD|KRW|EUR|€)|[;,.]|$)/;

const END_WORDS = /\b(?:end(?:ed|s|ing)?|released|freed|release|lift(?:ed|s)?|expir\w*|until|through|till|terminat\w*|clos(?:ed|es|ing)|conclud\w*|wrap\w*|finish\w*|abolish\w*)\b/i;

/** True when a date ends a range written as two dates: "from March 1, 2027 to February 28, 2031". */
function rangeEnd(text: string, start: number): boolean {
  return /\d\s*(?:to|until|through|till|–|-)\s*$/.test(text.slice(Math.max(0, start - 12), start));
}

/** The end of a range as written: "November 11 to 22" → "November 22", "2023 to 2026" → "2026". */
function endOf(d: { text: string; until?: string; precision: string }): string {
  const tail = d.text.split(/\s*(?:\bto\b|\buntil\b|\bthrough\b|\btill\b|–|-)\s*/).pop()!.trim();
  if (/^\d{1,2}(?:,\s*\d{4})?$/.test(tail) && d.until && /^\d{4}-\d{2}/.test(d.until)) return `${MONTHS[Number(d.until.slice(5, 7)) - 1]} ${tail}`;
  return tail || d.text;
}

/** "2016-03-14" → "March 14, 2016". */
function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[m! - 1]} ${d}, ${y}`;
}

/** The clause of a date names a later edition of a meeting ("The 6th … Meeting took place … on 24 October 2024"). */
function laterEdition(text: string, pos: number): boolean {
  const clause = text.slice(Math.max(0, pos - 160), pos).split(/[;]|,\s+(?:and|while|but)\s/).pop() ?? '';
  return [...clause.matchAll(/\b(\d{1,3})(?:st|nd|rd|th)\s+(?:[\p{Lu}][\p{L}'’-]*\s+){0,8}?(?:Meeting|Summit|Forum|Dialogue|Conference|Session|Consultation|Commission|Committee|Assembly|Program|Programme|Course|Workshop|Seminar|Festival|Week|Round|Exhibition|Competition|Contest|Games|Cup|Congress|Convention|Symposium|Expo|Fair|Awards?)\b/gu)].some((m) => Number(m[1]) > 1);
}

/** Nouns whose prepositional phrases are topics ("developments in Europe", "peace on the Korean Peninsula"). */
const TOPIC = /\b(?:developments?|situation|issues?|peace|stability|security|cooperation|crisis|conflict|affairs|interests?|presence|country|countries|nations?|people|population|region|economy|economies|market|markets)\s+(?:[a-z]+\s+){0,2}(?:on|in|across|of)\b[^.;]*$/;

/** A sentence of how a series began: "was launched", "the inaugural …", "agreed … to set up a working group". */
const LAUNCH_SAID = /\b(?:was|were)\s+(?:first\s+)?(?:launched|inaugurated|founded|first\s+(?:held|convened|hosted))\b|\binaugural\b|\b(?:agreed|decided)\s+(?:[^\s;.]+\s+){0,10}?to\s+(?:set up|establish|create|launch|form)\b/i;

/**
 * How well a span sits with the ordinal asked ("the second one in Porto"): 1 near it or when none is asked
 * or stated, 0.5 when another ordinal of the sentence is nearer ("the first … was held in Quito"). A place (`place`) in
 * a clause that numbers its meeting as asked gets 1.15: it says more than one that numbers none.
 */
export function ordinalFit(a: Analysis, text: string, pos: number, place = false): number {
  if (!a.ordinals.length) return 1;
  // the span belongs to the clause of the last ordinal before it ("the first … in Quito, and the second one in Porto"),
  // or, with none before it, to the first one after it
  let before: number | undefined;
  let beforeEnd = 0;
  let after: number | undefined;
  for (const m of text.matchAll(/\b(\d{1,3}(?:st|nd|rd|th)|[A-Za-z]+(?:st|nd|rd|th))\b/g)) {
    const n = findOrdinalsCached(m[1]!);
    if (n === undefined) continue;
    // ("held in Seoul, was the first in five years": a first since a while numbers no meeting)
    if (/^\s+(?:(?:such|time|one|meeting)\s+)?(?:(?:in|since)\s+(?:(?:over|more than|almost|nearly|about|some)\s+)?(?:[\w-]+\s+)?(?:years|decades?|months)|since\s+(?:19|20)\d{2})\b/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40))) continue;
    // (a semicolon ends the clause an ordinal speaks for: "held in Seoul; the 1st Joint Commission took place in Abuja")
    if (text.slice(Math.min(m.index!, pos), Math.max(m.index!, pos)).includes(';')) continue;
    if (m.index! < pos) { before = n; beforeEnd = m.index! + m[0].length; }
    else if (after === undefined) after = n;
  }
  // ("a follow-up to the 1st consultation held in Tokyo" — "where was the second consultation held": the place another number's
  // own verb of holding says is none of the one asked, 0)
  if (place && before !== undefined && !a.ordinals.includes(before) && /^\s+(?:[\p{L}-]+\s+){0,4}?(?:held|hosted|convened|took place)\s+(?:in|at)\s+(?:the\s+)?$/u.test(text.slice(beforeEnd, pos))) return 0;
  // ("The ROK-EU Cyber Dialogue was launched in Seoul in 2013": a sentence of how a series began speaks of its first)
  const owner = before ?? after ?? (LAUNCH_SAID.test(text) ? 1 : undefined);
  return owner === undefined ? 1 : a.ordinals.includes(owner) ? place && (before ?? after) !== undefined ? 1.15 : 1 : 0.5;
}

function findOrdinalsCached(word: string): number | undefined {
  return findOrdinals(word)[0];
}

/** Words of states' formal names ("Plurinational State of Bolivia" is a country, not a thing). */
const STATE_WORDS = /\b(?:Socialist|Republic|Kingdom|Federation|Federal|Democratic|People['’]s|Islamic|Arab|United|Union|State|States|Commonwealth|Grand|Duchy|Principality|Sultanate|Plurinational|Bolivarian|Co-operative|of|the|and)\b/g;

const isQuotedAt = (text: string, start: number): boolean => /["“']$/.test(text.slice(Math.max(0, start - 1), start));

/** Verbs that come right before a noun in releases ("held talks", "handle issues"): not modifiers of a name. */
const VERBS = /^(?:held|hold|holds|holding|handle|handled|handling|made|make|makes|take|took|taken|discuss|discussed|sign|signed|agree|agreed|said|say|noted|note|expressed|express|has|have|had|raise|raised|address|addressed|review|reviewed|launch|launched|promote|promoted|strengthen|boost|continue|continued|attend|attended|join|joined|host|hosted|adopt|adopted|reach|reached|pass|passed|set|build|built|develop|developed|explore|expand|deepen|enhance)$/i;

const LEAD_WORDS = /^(?:the|a|an|of|in|on|its|their|his|her|for|and|to|with|as|at|by|from|this|that|which|relatively|low|high|still|such|other|more|most|very|is|was|are|were|be|been|has|have|had|will|would|also|including)$/i;

/** Stems of the words that end names of the kind asked ("document" → statement, declaration, plan …). */
function kindStems(head: string): Set<string> {
  const { members } = kinds();
  const key = members.has(head) ? head : head.replace(/s$/, '');
  const words = [head, ...(members.get(key) ?? [])];
  return new Set(words.flatMap((w) => terms(w).flatMap((t) => synonymsOf(t))));
}

/** A question about where something left from: "which port did it sail from". */
// ("from which airport did the flight depart", "which port did the ship leave": the place left, as much as "depart from")
const FROM_ASKED = /\b(?:sail(?:ed)?|depart(?:ed)?|leave|left|set out|ship(?:ped)?|fly|flew|flown|come|came)\s+from\s*\??$|^from\s+(?:which|what)\b|\b(?:depart|departs|departed|leave|leaves|left|take off|took off)\s*\??$/;

/** Heads that ask for a document: its name says what it is ("Memorandum of Understanding on …", "… Agreement"). */
/** Kinds of building or institution that a name of one says in its words ("Cebu Doctors' Hospital", "Hotel Shilla"). */
const FACILITY_HEAD = /^(?:hospitals?|universit(?:y|ies)|schools?|hotels?|museums?|airports?|stadiums?|libraries|library|academ(?:y|ies)|colleges?)$/;
const PROGRAMME_HEAD = /^(?:programm?es?|programs?|initiatives?|projects?|schemes?|funds?|facilit(?:y|ies)|mechanisms?|networks?|platforms?)$/;
const MEETING_END = /\b(?:Summit|Meeting|Conference|Forum|Dialogue|Session|Talks|Consultations?|Assembly)$/;
const DOCUMENT_HEAD = /^(?:mous?|memorand(?:um|ums|a)|agreements?|treat(?:y|ies)|accords?|conventions?|protocols?|ftas?|pacts?)$/;

/** "who will run / manages …": to run or manage a body is to head it. */
const RUN_ASKED = /^who\s+(?:will\s+|would\s+|is\s+going\s+to\s+|is\s+to\s+)?(?:run|runs|manage|manages)\b/;

/** Roles at a meeting a who-question may ask, which only a sentence that names the role answers (the stem of each). */
const ROLE_ASKED = /\b(moderat|sherpa|facilitat|keynote|master of ceremonies|emcee|panel(?:l)?ist|(?:opening|closing|welcoming|welcome|congratulatory|concluding) (?:remarks|address|speech))/;

const DOCUMENT_NAME = /\b(?:Memorandum|Memoranda|MOU|MoU|Agreement|Treaty|Accord|Convention|Protocol|Arrangement|Pact|FTA|Charter|Declaration)\b/;

/** Candidate names of the kind asked for. */
const thingAskedCache = new WeakMap<Analysis, ThingAsked>();

interface ThingAsked {
  /** Countries that qualify the head noun asked ("which Paraguayan body"). */
  headCountries: string[];
  /** The words before the head noun ("which red cross body"), as terms. */
  headMods: string[];
  /** A document of the kind asked, numbered ("Resolution 84", "Article 5"). */
  numberedDoc: RegExp | undefined;
  /** Names listed before the plural kind asked ("Guayas, Los Ríos and El Oro provinces"). */
  listed: RegExp | undefined;
}

/** What a thing-question's candidates need of the question alone, read once per question rather than once per fact. */
function thingAsked(a: Analysis): ThingAsked {
  let got = thingAskedCache.get(a);
  if (got) return got;
  const head = a.head;
  const escaped = head?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = head?.replace(/s$/, '');
  const name = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:de|del|la|el|of)?\\s*\\p{Lu}[\\p{L}'’.-]*){0,3}";
  got = {
    headCountries: head ? findCountriesTyped(a.text).filter((c) => new RegExp(`^(?:['’]s)?(?:\\s+[\\p{L}-]+){0,2}\\s+${escaped}`, 'iu').test(a.text.slice(c.end))).map((c) => c.code) : [],
    headMods: head ? sliceTerms(new RegExp(`\\b(?:which|what)\\s+((?:[\\p{L}-]+\\s+){1,3})${head}\\b`, 'u').exec(foldedQuestion(a))?.[1] ?? '').filter((t) => !stopWords().has(t) && !a.countryTerms.has(t)) : [],
    numberedDoc: head && word && /^(?:resolution|decision|article|protocol|convention|directive|order|law|act|rule|regulation)s?$/.test(head)
      // ("resolution 25/25", "Resolution 84": either case)
      ? new RegExp(`\\b[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}\\s+(?:No\\.\\s*)?\\d{1,4}(?:\\/\\d{1,4})?(?:\\s*\\(\\d{4}\\))?`, 'g') : undefined,
    // (… or after it: "the ports of Busan and Oslo")
    listed: head && word && /[^s]s$/.test(head) ? new RegExp(`(${name}(?:,\\s+${name})*,?\\s+and\\s+${name})\\s+${word}s\\b|\\bthe\\s+${word}s\\s+of\\s+(${name}(?:,\\s+${name})*,?\\s+and\\s+${name})`, 'gu') : undefined,
  };
  thingAskedCache.set(a, got);
  return got;
}

function thingCandidates(a: Analysis, fact: Fact, near: (i: number) => number): SpanCandidate[] {
  const text = fact.text;
  const out: SpanCandidate[] = [];
  const head = a.head;
  const { urls, quoted: quotedHeads } = kinds();
  // "what's the forum's official website": a web address
  if (head && urls.has(head)) {
    for (const m of text.matchAll(/\b(?:https?:\/\/|www\.)[^\s,;()<>"]+[^\s,;()<>".]/gi)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, score: 1 });
    return out;
  }
  const kind = head ? kindStems(head) : new Set<string>();
  // ("what was session 2 about", "the first outreach session's title": "Session 1 (10:00-11:30): "Open Societies …"", the
  // words of a line labelled with the thing the question names, numbered as it asks)
  const labelled = LABELLED_THING.exec(text);
  if (labelled) {
    const words = labelled[1]!.split(/\s+/);
    const number = /^\d{1,2}$/.test(words[words.length - 1]!) ? Number(words.pop()) : undefined;
    const own = sliceTerms(words.join(' '));
    const numbered = number === undefined || a.ordinals.includes(number) || new RegExp(`(?<![\\d.])${number}(?![\\d.])`).test(a.question);
    // (only a numbered label or a quoted title: other labelled lines say more than a name)
    if (own.length && numbered && (number !== undefined || /["“]\s*$/.test(text.slice(0, labelled.index + labelled[0].length - labelled[2]!.length))) && own.every((t) => a.terms.some((x) => synonymsOf(x).includes(t)))) {
      const start = labelled.index + labelled[0].length - labelled[2]!.length;
      out.push({ text: labelled[2]!.trim(), start, end: start + labelled[2]!.trim().length, score: 1.3 });
    }
  }
  // ("what's the name of the IAEA project Korea is funding": "Project title: Strengthening Regulatory Infrastructure …", a line
  // labelled as the name of the thing the question names)
  const titleLine = LABELLED_TITLE.exec(text);
  if (titleLine && /\b(?:name|names|named|title|titled|called|entitled)\b/.test(foldedQuestion(a)) && sliceTerms(titleLine[1]!).every((t) => a.terms.some((x) => synonymsOf(x).includes(t)))) {
    const start = titleLine.index + titleLine[0].length - titleLine[2]!.length - (titleLine[0].endsWith('.') ? 1 : 0);
    out.push({ text: titleLine[2]!, start, end: start + titleLine[2]!.length, score: 1.3 });
  }
  // ("what new working group did they agree to launch": "to launch a working group on shipbuilding cooperation under …", a
  // body of common words named by what it is on or for)
  const compound = head && /^[a-z-]+$/.test(head) ? once(a, 'commonCompound', () => new RegExp(`\\b(?:which|what)\\s+(?:new\\s+)?((?:[a-z-]+\\s+){0,2}${head})\\b`).exec(foldedQuestion(a))?.[1]) : undefined;
  if (compound && text.includes(compound)) {
    for (const m of text.matchAll(new RegExp(`\\b(?:a|an|the)\\s+(?:new\\s+)?(${compound}\\s+(?:on|for)\\s+(?:[\\p{Ll}-]+\\s+){0,4}?[\\p{Ll}-]+)(?=\\s+(?:under|within|by|in|at|with|between|to|from|and|that|which)\\b|[,;.:]|$)`, 'gu'))) {
      const start = m.index! + m[0].length - m[1]!.length;
      out.push({ text: m[1]!, start, end: start + m[1]!.length, score: 1 });
    }
  }
  // "what were relations upgraded to": the kind of relationship after "to"
  if (/\b(?:upgrad|elevat|rais|lift|promot)\w*\b.*\bto\b/.test(foldedQuestion(a)) || /\bto what\b/.test(foldedQuestion(a))) {
    for (const m of text.matchAll(/\b(?:upgrad|elevat|rais|lift|promot)\w*\s+(?:[\p{L}'’-]+\s+){0,5}?to\s+(?:an?\s+|the\s+)?["“]?((?:[\p{L}-]+\s+){0,4}(?:[Pp]artnership|[Rr]elationship|[Pp]artners|[Ll]evel|[Ss]tatus))\b/gu)) {
      const start = m.index! + m[0].length - m[1]!.length;
      // (a quoted label is whole: "to a "Comprehensive Partnership for Shared Growth."")
      const quoted = /["“]$/.test(m[0].slice(0, -m[1]!.length)) ? /^[^"”]{0,80}(?=["”])/.exec(text.slice(start))?.[0].replace(/[.,;:]+$/, '') : undefined;
      const label = quoted ?? m[1]!;
      out.push({ text: label, start, end: start + label.length, score: 1.2 });
    }
  }
  // "what aircraft": a model ("AX-210 twin-engine transport aircraft")
  if (head && /^(?:aircraft|plane|airplane|jet|ship|vessel|vehicle|model|type|system|missile|satellite|helicopter|tank|frigate|destroyer|submarine|howitzer|rocket|launcher|ifv|rifle|gun|drone|reactor|icbm|slbm|irbm|mrbm|srbm)s?$/.test(head)) {
    for (const m of text.matchAll(/\b([A-Z][A-Za-z]*-?\d+[A-Za-z0-9-]*)\b/g)) {
      const after = sliceTerms(text.slice(m.index! + m[0].length, m.index! + m[0].length + 50));
      // (the model's own name goes with it: "a P-3C Orion patrol aircraft")
      const own = /^(?:\s+\p{Lu}[\p{L}'’-]*){0,2}/u.exec(text.slice(m.index! + m[1]!.length))![0];
      const model = m[1]! + (terms(own).some((t) => kind.has(t)) ? '' : own);
      if (after.some((t) => kind.has(t))) out.push({ text: model, start: m.index!, end: m.index! + model.length, score: 1.1 });
    }
  }
  // "which warship": a ship by its name and prefix ("the ROKS Wang Geon, a 4,400-ton destroyer")
  if (head && /^(?:warship|ship|vessel|destroyer|frigate|boat|navy ship|naval vessel|submarine|cruiser|carrier)s?$/.test(head)) {
    for (const m of text.matchAll(/\b(?:ROKS|USS|HMS|HMCS|HMAS|HMNZS|INS|JS|RSS|KRI|BRP|FNS|ARA|BNS|NRP|TCG|RFS|PNS|KD|HTMS)\s+\p{Lu}[\p{L}'’-]+(?:\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+){0,3}/gu)) {
      if (!inQuestion(a, m[0])) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, score: 1.3 });
    }
    // ("the hospital ship Jutlandia": a ship named right after its kind)
    for (const m of text.matchAll(SHIP_NAMED)) {
      const start = m.index! + m[0].length - m[1]!.length;
      if (!inQuestion(a, m[1]!) && !out.some((c) => c.start <= start && c.end > start)) out.push({ text: m[1]!, start, end: start + m[1]!.length, score: 1.2 });
    }
  }
  // ("what vaccine does the firm make": "produces the Novarix vaccine", a name of one word or more before the kind asked, in
  // lower case; not a people's word, "the Korean vaccine")
  if (head && /^[a-z-]+$/.test(head)) {
    for (const m of text.matchAll(/\b(?:the|a|an|its|their)\s+((?:\p{Lu}[\p{L}\d&'’.-]*\s+){1,3})([a-z][a-z-]+)\b/gu)) {
      const name = m[1]!.trim();
      // (a name, not a word of the dictionary: not "the Government aims", "the ROK's candidate")
      if (!kind.has(terms(m[2]!)[0] ?? '') || /['’]s$/.test(name) || name.split(/\s+/).every((w) => isEnglishWord(w.toLowerCase())) || inQuestion(a, name) || isDemonym(name) || findCountries(name).some((c) => c.text.length >= name.length - 1)) continue;
      const start = m.index! + m[0].length - m[1]!.length - m[2]!.length;
      out.push({ text: `${name} ${m[2]!}`, start, end: start + name.length + 1 + m[2]!.length, score: 1 });
    }
  }
  const qTerms = new Set(a.terms.flatMap((t) => [...synonymsOf(t), ...(a.alternatives.get(t) ?? [])]));
  const verbs = a.terms.filter((t) => !kind.has(t));
  const beforeAsked = /\b(?:before|previous|previously|prior|former|formerly|earlier|last post|last posting)\b/.test(foldedQuestion(a));
  const newAsked = /\b(?:new|newly|next|incoming|appointed|named)\b/.test(foldedQuestion(a)) && !/\b(?:former|formerly|previous|previously|before|prior|last|old)\b/.test(foldedQuestion(a));
  const { headCountries, headMods, numberedDoc, listed } = thingAsked(a);
  // ("before the Nouakchott embassy opened": the act the question puts after the thing asked)
  const laterAct = once(a, 'laterAct', () => ((v) => (v ? terms(v)[0] : undefined))(/\bbefore\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?([a-z]{3,}ed)\b/.exec(foldedQuestion(a))?.[1]));
  // "the theme of …: 'Bridges Across the Sea'": a quoted title or one named right after the head noun
  // (an apostrophe is no quote: "the theme of this year's ceremony was "…"")
  if (head && quotedHeads.has(head)) {
    const re = new RegExp(`\\b${head}s?\\b(?:\\s+[\\p{L}\\p{N}'’-]+){0,4}?(?:\\s+(?:of|was|is|were|:))?[\\s:,]*(?:["“‘]|(?<![\\p{L}\\p{N}])')([^"”’']{3,160})(?:["”’]|'(?![\\p{L}\\p{N}]))`, 'giu');
    for (const m of text.matchAll(re)) {
      const name = m[1]!.replace(/[.,;:]+$/, '');
      out.push({ text: name, start: m.index! + m[0].indexOf(m[1]!), end: m.index! + m[0].indexOf(m[1]!) + name.length, score: 1.1 });
    }
  }
  // ("troika for the ROK's fourth UPR": "Lithuania, the Gambia and Malaysia served as the "troika" of rapporteurs" — who or
  // what served as the thing asked is its answer)
  if (head && head.length >= 4) {
    const re = once(a, 'servedAs', () => new RegExp(`^((?:the\\s+)?\\p{Lu}[^;:]{1,100}?)\\s+(?:served|serve|serves|acted|act|acts)\\s+as\\s+(?:the\\s+|a\\s+|an\\s+)?["“]?[${head[0]!.toUpperCase()}${head[0]}]${head.slice(1)}s?\\b`, 'u'));
    const m = re.exec(text);
    if (m && !inQuestion(a, m[1]!)) out.push({ text: m[1]!, start: 0, end: m[1]!.length, score: 1.2 });
  }
  const asksName = /\bcalled\b|\bnamed\b|\bname of\b|\bfull name\b|\btitle of\b/.test(foldedQuestion(a));
  const asksCodeName = /\bcode[- ]?names?\b|\bcodenames?\b|\bcode-?named\b/.test(foldedQuestion(a));
  // "which red cross body": the words before the head noun describe the name asked; they are not the question's own thing
  // "what did they agree on / discuss / adopt": the content, not the meeting where it happened
  const actObject = !head && /\b(?:agree|agreed|discuss|discussed|adopt|adopted|decide|decided|sign|signed|announce|announced|come out of|came out of)\b/.test(foldedQuestion(a));
  // "which minerals will KOMIR explore": the things the question's verb acts on, a list in lower case ("agreed to jointly
  // explore tungsten and molybdenum in …")
  if (head && /[^s]s$/.test(head)) {
    const acts = verbs.filter((t) => !a.countryTerms.has(t) && !a.names.some((n) => terms(n)[0] === t)).map((t) => synonymsOf(t));
    for (const v of text.matchAll(/\b[a-z]+\b/g)) {
      if (!acts.some((syn) => syn.includes(terms(v[0])[0] ?? ''))) continue;
      const m = /^\s+((?:[a-z-]+\s+){0,2}[a-z-]+(?:,\s+(?:[a-z-]+\s+){0,2}[a-z-]+)*,?\s+and\s+(?:[a-z-]+\s+){0,2}[a-z-]+)(?=\s+(?:in|at|on|for|with|by|from|to|under|over|across|through)\b|\s*[,.;:]|$)/.exec(text.slice(v.index! + v[0].length));
      if (!m || /^(?:the|a|an|its|their|his|her|to|and|or)\s/.test(m[1]!)) continue;
      const start = v.index! + v[0].length + m[0].length - m[1]!.length;
      out.push({ text: m[1]!, start, end: start + m[1]!.length, score: 0.5 + 0.45 * near(start) });
    }
  }
  for (const t of findThings(text)) {
    // "what was agreed at the June 12 side event" is not answered by the side event the sentence says will be held
    if (planned(a, text, t.start, t.end)) continue;
    // "the code name of the evacuation": a name given ("Operation Promise", code-named "Desert Kite"), not a place or body named
    if (asksCodeName && !isQuotedAt(text, t.start) && !/^Operation\s/.test(t.text) && !/\b(?:code-?named|dubbed|named|called)\s+$/i.test(text.slice(Math.max(0, t.start - 16), t.start))) continue;
    if (actObject && /\b(?:Meeting|Consultations?|Summit|Dialogue|Forum|Conference|Session|Talks|Commission|Committee)\b/.test(t.text) && !/\b(?:Statement|Declaration|Agreement|Plan|Memorandum|MOU|Communiqu)/i.test(t.text)) continue;
    // a post ("Minister of State for Foreign Affairs of …") is not a thing, unless a post is asked
    // ("the Foreign Service Examination" starts like a post but names none)
    // ("Resident Representative of UNDP in Ukraine" is a post too, though its first word is not a title's)
    // (… and no place: "which regions" is not answered by it)
    if (TITLE_START.test(t.text) && TITLE_HEAD.test(t.text) && !(head && /^(?:post|title|position|office|role|job|rank)$/.test(head))) continue;
    if (head && /^(?:regions?|provinces?|cit(?:y|ies)|areas?|places?|districts?|towns?|states?|villages?)$/.test(head) && /^(?:\p{Lu}[\p{L}-]+\s+){0,2}(?:Representative|Ambassador|Minister|Director|Director-General|Secretary|Envoy|Coordinator|Commissioner|Administrator)\s+(?:of|to|for|in)\b/u.test(t.text)) continue;
    // "Prince Karim Al Rashed Institute for …" starts with a person but is an institution
    const person = fact.people.find((p) => t.start < p.end && t.end > p.start);
    // a name that only holds a person ("Minister Kim Soo-jin") is the person's; one that goes on is a thing
    // (a quoted name is a name given, not a person met: 'under the alias "Peter Kim"')
    if (person && !isQuotedAt(text, t.start) && !/\s\S+\s+\S+/.test(text.slice(person.end, t.end))) continue;
    // (a quoted title may hold numbers: "Three Rivers, One Future"; and so does the kind asked with its number: "Level 3")
    const numberLabel = !!head && !/[^s]s$/.test(head) && /^\p{Lu}[\p{L}-]+\s+\d{1,2}(?:\s*\([^)]*\))?$/u.test(t.text) && kind.has(terms(t.text.split(/\s+/)[0]!)[0] ?? '');
    if (!isQuotedAt(text, t.start) && !numberLabel && occupied(fact, person ? person.end : t.start, t.end, true)) continue;
    // a country, however long its name ("Plurinational State of Bolivia"), is not a thing
    let left = t.text;
    for (const c of findCountries(t.text)) left = left.replace(c.text, ' ');
    // (… nor is a list of them: "Africa, Latin America and Asia")
    if (!left.replace(STATE_WORDS, ' ').replace(/\b(?:and|the|Asia|Africa|Europe|Oceania|Americas|Pacific|Middle East)\b/g, ' ').replace(/[^\p{L}\p{N}]+/gu, '').trim()) continue;
    // a trailing acronym repeats the name: "Enhanced Strategic Partnership (ESP)"
    const name = t.text.replace(/\s*\([A-Z][A-Za-z0-9&-]{1,10}\)$/, '');
    const st = terms(name);
    if (!st.length) continue;
    // the name must say something the question does not; words of the kind asked are neither new nor old
    const own = st.filter((x) => !kind.has(x));
    // ("Category A", "Group II", "Part 3": the kind asked and its label)
    const labelled = head && kind.has(st[0] ?? '') && /\s(?:[A-Z]|[IVX]{1,4}|\d{1,2})$/.test(t.text);
    // ("Part I: … / Part II: … / Part III: …", "Level 1 (…), Level 2 (…), Level 3 (…)": a list of every label defines the
    // kind; it gives none of them as the one asked)
    if (labelled && [...text.matchAll(new RegExp(`\\b${t.text.split(/\s+/)[0]!}\\s+(?:[A-Z]|[IVX]{1,4}|\\d{1,2})\\b`, 'g'))].length >= 3) continue;
    const fresh = labelled ? [t.text.split(/\s+/).pop()!] : st.filter((x) => !qTerms.has(x));
    // "what's the fisheries institute … called": the name may be the question's own words, written as a name
    const named = asksName && (isQuotedAt(text, t.start) || /^\p{Lu}/u.test(t.text)) && !foldedQuestion(a).includes(fold(t.text));
    // ("which foreign service exam did he pass": "the 26th Foreign Service Examination" says its number, if not its name)
    const numberedBefore = !fresh.length ? /\bthe\s+((\d{1,3})(?:st|nd|rd|th)\s+)$/.exec(text.slice(Math.max(0, t.start - 12), t.start)) : null;
    const numbered = !!numberedBefore && !a.ordinals.includes(Number(numberedBefore[2]));
    if (!fresh.length && !named && !numbered) continue;
    const described = headMods.length > 0 && headMods.every((m) => st.includes(m));
    // (a document's parties are the question's own: "what arrangement are KASI and CNES to sign" — "Implementing Arrangement
    // between the Korea Astronomy and Space Science Institute and …": its own words are those before "between")
    const ownWords = namesItsParties(t.text) ? terms(t.text.split(/\s+between\s+/)[0]!).filter((x) => !kind.has(x)) : own;
    const share = named || described || !ownWords.length ? 0 : ownWords.filter((x) => qTerms.has(x)).length / ownWords.length;
    // "Second Master Plan for Coastal Fisheries" ends with its kind before "for"
    // (… and "Contribution Agreement between A and B on C" before "between")
    const core = terms(name.split(/\s+(?:of|for|on|to|between)\s+/)[0]!);
    // "… Plan for Coastal Fisheries" ends with its kind before "for"; "Cyclone Tala" starts with it
    // ("the Anaklia Deep Sea Port project": the kind asked, in lower case right after the name, is part of it; of kinds asked in
    // the plural, a list of names before it is read as listed)
    const kindAfter = head && !/[^s]s$/.test(head) && !/[,.;:]$/.test(t.text) ? /^\s+([a-z][a-z-]+)\b/.exec(text.slice(t.end, t.end + 30)) : null;
    const kindTail = kindAfter && kind.has(terms(kindAfter[1]!)[0] ?? '') ? kindAfter[0] : '';
    const endsWithKind = !!kindTail || kind.has(st[st.length - 1] ?? '') || kind.has(core[core.length - 1] ?? '') || kind.has(st[0] ?? '');
    // "which agency … UNDP": an organization is often named by its acronym alone
    const orgHead = !!head && /^(?:agency|agencies|organization|organisation|body|bodies|institution|organizations|organisations)$/.test(head);
    const hasKind = st.some((x) => kind.has(x)) || (orgHead && /^[A-Z]{2,8}$|\([A-Z]{2,8}\)$/.test(t.text));
    const isQuoted = isQuotedAt(text, t.start);
    // ("which MOU did they sign": a plant, a forum or a body named in the sentence is no MOU — a document asked is one that
    // says its kind, or a quoted title)
    if (head && DOCUMENT_HEAD.test(head) && !hasKind && !isQuoted && !kindTail && !DOCUMENT_NAME.test(t.text)) continue;
    // (… nor is the theme it was held under: 'under the theme "Together Along the K-Silk Road"')
    if (head && (DOCUMENT_HEAD.test(head) || /^(?:documents?|declarations?|statements?|communiqu\w*|outcomes?)$/.test(head)) && !hasKind && isQuoted && /\b(?:theme|slogan|motto|banner)\s*(?:of\s*)?[,:]?\s*["“']$/i.test(text.slice(Math.max(0, t.start - 20), t.start))) continue;
    // ("what is Korea's 2035 NDC target": a goal is a figure or a stated aim, not the body it is submitted to)
    if (head && /^(?:target|goal|objective|aim)s?$/.test(head) && !hasKind && !isQuoted && !kindTail) continue;
    // "a touring exhibition, "Rivers We Share"": a quoted name right after the kind asked
    const kindBefore = /([\p{L}-]+)\s*[,:]?\s*(?:(?:called|titled|entitled|named|dubbed|themed)\s+)?["“']$/u.exec(text.slice(Math.max(0, t.start - 45), t.start))?.[1];
    // ("deploy the frigate HMCS Montréal", "the tanker Sae Byol": a name right after a word of the kind asked)
    const kindWordBefore = /\b(?:the|a|an|its)\s+([a-z][a-z-]+)\s+$/.exec(text.slice(Math.max(0, t.start - 30), t.start))?.[1];
    const afterKind = (isQuoted && kindBefore && kind.has(terms(kindBefore)[0] ?? '')) || (head && kindWordBefore && kind.has(terms(kindWordBefore)[0] ?? '')) ? 0.35 : 0;
    // ("which cebu hospital are they treated at": a hospital, school or hotel asked is one the name says it is — not the typhoon's
    // local name in quotes, "(known locally as 'Yolanda')")
    if (head && FACILITY_HEAD.test(head) && !hasKind && !kindTail && !afterKind) continue;
    // ("which EU research program …", "what financing mechanism was launched at …": a programme or a mechanism asked is not the
    // meeting the sentence names, "the ROK-EU Summit", "the UN General Assembly")
    if (head && PROGRAMME_HEAD.test(head) && !hasKind && !kindTail && !isQuoted && MEETING_END.test(t.text)) continue;
    // "held under the title "Three Rivers, One Future"": a quoted title names the thing asked when a name is asked
    const wholeQuote = isQuoted && /^[,.;:]?["”']/.test(text.slice(t.end - (/[,.;:]$/.test(t.text) ? 1 : 0), t.end + 2).replace(/^[^"”',.;:]*/, ''));
    const titled = wholeQuote && (asksName || (head && quotedHeads.has(head))) && /\b(?:title|theme|slogan|motto|name|banner|called|named|dubbed|entitled|titled)\s*(?:of\s*)?[,:]?\s*["“']$/i.test(text.slice(Math.max(0, t.start - 30), t.start)) ? 1 : 0;
    // "upgraded to what": the name after "to", not the one after "from"
    // ("what did Seoul and London upgrade their ties to under the Accord")
    // ("which port did the shipment sail from": "left Gunsan Port on April 9, bound for Port Sudan")
    const fromFit = FROM_ASKED.test(foldedQuestion(a)) ? (/\b(?:left|departed|departing|sailed from|leaving|from)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.start - 20), t.start)) ? 0.4
      : /\b(?:bound for|to|towards?|arriv\w*\s+(?:in|at))\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.start - 20), t.start)) ? -0.4 : 0) : 0;
    // ("which agency did they sign the contract with": the one the sentence signs "with")
    const withWhat = WITH_ASKED.test(foldedQuestion(a)) && /\bwith\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.start - 10), t.start)) ? 0.4
      // ("under what program had the workers been working": the one the sentence works "under")
      : /\bunder\s+(?:what|which)\b/.test(foldedQuestion(a)) ? (/\bunder\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.start - 11), t.start)) ? 0.4 : -0.2) : 0;
    const toWhat = /\bto what\b|\b(?:upgraded|elevated|raised|changed|renamed) to\s*$|\b(?:[a-z]+ed|[a-z]+ing|go|goes|went|move|moves|rise|rises|rose|fall|falls|fell)\s+(?:up\s+|down\s+)?to\s*$|^what\s+(?:did|have|has|will)\b.*\b(?:upgrade|elevate|raise|change|rename)\s+(?:[\w'-]+\s+){0,3}?to\s*(?:$|(?:under|in|at|during|with|after|when)\b)/.test(foldedQuestion(a).replace(/[?!.]+$/, '')) ? (/\bto\s+(?:an?\s+|the\s+)?["“']?$/i.test(text.slice(Math.max(0, t.start - 12), t.start)) ? 0.4 : /\bfrom\s+(?:an?\s+|the\s+)?["“']?$/i.test(text.slice(Math.max(0, t.start - 14), t.start)) ? -0.4
      // (… and not the thing upgraded: "negotiations to upgrade the Korea-UK Free Trade Agreement")
      : /\b(?:upgrad|elevat|rais|chang|renam)\w*\s+(?:the\s+|their\s+|its\s+)?$/i.test(text.slice(Math.max(0, t.start - 24), t.start)) ? -0.5 : 0) : 0;
    // the expansion of an acronym the question names is the question's own thing ("… MOU with KOMAR")
    // (not a document between it and another party: "Contribution Agreement between the Government of … and the International
    // Atomic Energy Agency on …")
    if (a.initialisms.some((i) => findAcronyms(text).some((x) => fold(x.acronym) === i && (x.expansion.includes(t.text) || (t.text.includes(x.expansion) && !namesItsParties(t.text)))))) continue;
    // (… and so is a name whose words' first letters are initials the question gives: "in NY" — "held in New York")
    if (/^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}$/u.test(t.text) && a.initialisms.includes(t.text.split(/\s+/).map((w) => w[0]!.toLowerCase()).join(''))) continue;
    // (… a word in capitals giving its letters whole: "SK On" is "SKO"; and a list of such names and the question's own:
    // "SK On and Ford" for "the SKO-Ford JV")
    const initialsOf = (x: string): string => x.split(/\s+/).map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w[0]!)).join('').toLowerCase();
    if (/\s+and\s+/.test(t.text) && t.text.split(/,\s+|\s+and\s+/).every((x) => foldedQuestion(a).includes(fold(x)) || (/^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}$/u.test(x) && a.initialisms.includes(initialsOf(x))))) continue;
    // "which Paraguayan body": a name that carries the nationality asked
    // (the country must qualify the head noun asked: "Seoul and Ulaanbaatar sign" names the parties, not whose body)
    // (… or a quoted name carries it: "the "Joint Statement on … the ASEAN-ROK Comprehensive Strategic Partnership"")
    const qualifying = headCountries.length ? headCountries : isQuoted ? a.countries : [];
    const ofCountry = qualifying.length && findCountries(t.text).some((c) => qualifying.includes(c.code)) ? 0.2 : 0;
    // the object of the question's verb: "adopted the Tri-Sea Vision Statement"
    const lead = text.slice(Math.max(0, t.start - 30), t.start);
    // (… or another verb of signing: "conclude" an MOU the sentence says was "signed")
    const leadTerms = sliceTerms(lead).slice(-3);
    const object = verbs.some((v) => leadTerms.includes(v) || (signingTerms().has(v) && leadTerms.some((x) => signingTerms().has(x)))) ? 0.2 : 0;
    // "the Haegumgang General Trading Company, a front for the Ministry of Atomic Energy": the description after a name
    // says which of several names the question means
    const appositive = /^,\s+(?:a|an|the|which|who|that)\b[^;,]{0,120}/.exec(text.slice(t.end))?.[0] ?? '';
    // ("Park Jeong-hoon's new post": not the one held "(formerly Director-General for …)")
    // (… and a post asked from before is the one held "previously": "what was Duarte doing before Seoul")
    const heldBefore = /\b(?:formerly|previously(?:\s+(?:served|worked))?(?:\s+as)?|served as|was previously)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.start - 35), t.start));
    const former = newAsked && heldBefore ? -0.5 : beforeAsked && heldBefore ? 0.4 : 0;
    const describedBy = appositive ? new Set(sliceTerms(appositive)) : null;
    // ("BlueOval Power, a joint venture of …": an appositive in lower case that says the name is of the kind asked; not a list
    // of names)
    const kindAppositive = !endsWithKind && !!head && /^,\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+(?=\s+(?:of|for|between|with|by|in|that|which)\b|\s*$)/u.test(appositive) && sliceTerms(appositive.split(/\s+(?:of|for|between|with|by|in|that|which)\s+/)[0]!).some((x) => kind.has(x)) ? 0.4 : 0;
    const describes = describedBy ? verbs.filter((v) => !a.countryTerms.has(v) && !st.includes(v) && synonymsOf(v).some((x) => describedBy.has(x))).length : 0;
    // "an expanded Korea-Latvia Festival": a modifier between the article and the name belongs to it
    // (and so does the number of a meeting: "the 11th Korea-India Joint Commission Meeting")
    const mod = /\b(?:a|an|the)\s+((?:[a-z]+ed|new|joint|annual|inaugural|first|second|third)\s+)$/.exec(lead)
      // (… and of a plan or a strategy in a series: "the 3rd Country Partnership Strategy for …")
      ?? (numbered || /\b(?:Meeting|Commission|Committee|Dialogue|Forum|Summit|Conference|Session|Consultations?|Talks)$/.test(t.text) || /^(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:Plan|Strategy|Programme|Program|Framework|Roadmap|Action Plan)\b/u.test(t.text) ? /\bthe\s+(\d{1,3}(?:st|nd|rd|th)\s+)$/.exec(lead) : null)
      // (… and the year of a meeting that opens its name: "the 2025 Review Conference of the Treaty on …")
      ?? (/^(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:Conference|Summit|Forum|Games|Olympics|Expo)\b/u.test(t.text) ? /\bthe\s+((?:19|20)\d{2}\s+)$/.exec(lead) : null);
    const start = mod ? t.start - mod[1]!.length : t.start;
    const end = t.end - (/[,.;:]$/.test(t.text) ? 1 : 0) + kindTail.length;
    // (a bracket the name's initials open and a figure shares, "(UNRWA, US$1 million)", is closed after the initials)
    // ("the Order of Diplomatic Service Merit, Heung-in Medal": an order goes on to its class)
    const orderClass = /^Order\s+of\b/.test(t.text) ? /^,\s+\p{Lu}[\p{L}]*(?:-[\p{L}]+)?\s+(?:Medal|Class|Cross|Star)\b/u.exec(text.slice(end))?.[0] ?? '' : '';
    const span = t.text.endsWith(')') && text[t.end - 1] !== ')' && !kindTail ? `${text.slice(start, t.end - 1)})` : text.slice(start, end + orderClass.length);
    out.push({
      text: span, start, end: end + orderClass.length,
      // ("what was the theme of the seminar": a theme, slogan or motto is quoted or labelled, not a hall's name)
      score: 0.45 * near(t.start) + (!head ? 0.3 : endsWithKind ? 0.5 : hasKind ? 0.3 : 0) + (isQuoted ? 0.15 : 0) + Math.min(0.1, st.length * 0.03) - 0.25 * share + object + afterKind + ofCountry + toWhat + withWhat + fromFit + titled + (described ? 0.3 : 0) + 0.15 * Math.min(3, describes) + former + kindAppositive
        - (head && /^(?:theme|themes|slogan|motto)$/.test(head) && !isQuoted ? 0.5 : 0)
        // ("which mission handled Mauritania before the embassy opened": "Until now, … Mauritania by the ROK Embassy in Morocco")
        + (beforeAsked && UNTIL_NOW.test(text) ? 0.3 : 0)
        // (… not the sentence of the later act itself: "The Ministry opened the Embassy … in Nouakchott")
        - (laterAct && !UNTIL_NOW.test(text) && sliceTerms(text).includes(laterAct) ? 0.5 : 0),
    });
  }
  // ("UNSC resolution that created the UNC": a document numbered, "Security Council Resolution 84", "Article 5")
  if (numberedDoc) {
    for (const m of text.matchAll(numberedDoc)) {
      if (!inQuestion(a, m[0])) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, score: 0.9 + 0.3 * near(m.index!) });
    }
  }
  // "which provinces": the names listed before the kind ("Guayas, Los Ríos and El Oro provinces"), or after it ("the ports of
  // Busan and Oslo")
  if (listed) {
    for (const m of text.matchAll(listed)) {
      const names = m[1] ?? m[2]!;
      if (inQuestion(a, names)) continue;
      const start = m.index! + m[0].indexOf(names);
      out.push({ text: names, start, end: start + names.length, score: 0.8 + 0.4 * near(start) });
    }
  }
  // "flight number that brought the remains home": "KE696", "OZ 742"
  if (head === 'flight') {
    for (const m of text.matchAll(/\b(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{2,4}\b/g)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, score: 0.8 + 0.4 * near(m.index!) });
    return out;
  }
  // "emergency number during the move": a telephone number as written
  if (head === 'phone') {
    for (const m of text.matchAll(/\+?\(?\d{1,4}\)?(?:[\s.-]\(?\d{2,4}\)?){2,4}\d?/g)) {
      if (/^\d{4}$/.test(m[0].trim()) || m[0].replace(/\D/g, '').length < 7) continue;
      const phone = m[0].trim().replace(/\)$/, (x) => (m[0].includes("(") ? x : ""));
      out.push({ text: phone, start: m.index!, end: m.index! + phone.length, score: 0.8 + 0.4 * near(m.index!) });
    }
    return out;
  }
  // "through which organization will the aid be delivered": the channel a bullet labels ("Channel: the Hellenic Red Cross")
  if (/\b(?:through|via)\s+(?:which|what|whom)\b|\bchannel\b/.test(foldedQuestion(a))) {
    const m = /^(?:Channels?|Delivered through|Implementing (?:agency|agencies|partners?)|Through)\s*:\s*(.+?)\s*$/i.exec(text);
    if (m) out.push({ text: m[1]!.replace(/[.;]$/, ''), start: text.length - m[1]!.length, end: text.length, score: 1.2 });
  }
  // a lower-case noun phrase ending with the kind asked: "the water management training project", "industrial sector"
  if (head) {
    const own = new Set(synonymsOf(terms(head)[0] ?? ''));
    for (const m of text.matchAll(/[\p{L}][\p{L}-]*/gu)) {
      const last = terms(m[0])[0];
      if (!last || !own.has(last) || /^\p{Lu}/u.test(m[0])) continue;
      // ("which crossing": "groups crossed into Egypt" — a verb of the same stem is no noun of the kind asked)
      if (/ed$/.test(m[0]) && !/ed$/.test(head)) continue;
      const before = text.slice(Math.max(0, m.index! - 60), m.index!);
      const prev = before.split(/[,;:.()"“”]/).pop()!.trim().split(/\s+/).filter(Boolean).slice(-3);
      while (prev.length && (LEAD_WORDS.test(prev[0]!) || /^\p{Lu}/u.test(prev[0]!))) prev.shift();
      const firstLead = prev.findLastIndex((w) => LEAD_WORDS.test(w));
      const mods = firstLead >= 0 ? prev.slice(firstLead + 1) : prev;
      if (!mods.length || mods.some((w) => /^\p{Lu}/u.test(w) || VERBS.test(w) || w.length < 2)) continue;
      // ("which provinces": "three provinces" counts them, it names none)
      if (/^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|all|both|these|those)$/i.test(mods[0]!)) continue;
      // ("name of the arrangement": "the signing of today's arrangement" points back to it, it names none)
      if (/['’]s$/.test(mods[0]!)) continue;
      let phrase = `${mods.join(' ')} ${m[0]}`;
      let start = m.index! - (phrase.length - m[0].length);
      if (text.slice(start, m.index! + m[0].length) !== phrase) continue;
      // (a proper name before the phrase is part of it: "the Dalsu hydropower project", "the Kambarata-1 hydropower plant")
      const proper = /\b(?:the|a|an|its|their)\s+((?:\p{Lu}[\p{L}\p{N}'’-]*\s+){1,2})$/u.exec(text.slice(Math.max(0, start - 50), start))?.[1];
      // (not an owner: "the Centre's annual live-fire cyber defence exercise, Locked Shields 2025")
      const named = !!proper && !findCountries(proper).length && !/['’]s\s*$/.test(proper);
      // (a phrase of the question's own words is no answer, though the name after it may be: "its first earth observation
      // satellite, Inzozi-2", "the Mongolian state mining company Erdenes Tavan Tolgoi" for "which state mining co"; and a name
      // the question does not give is fresh, however much of the question the phrase repeats: "the Galkynysh gas field" for
      // "which gas field")
      const fresh = sliceTerms(mods.join(' ')).some((x) => !qTerms.has(x)) || (named && !inQuestion(a, proper!.trim()));
      if (named) { phrase = proper! + phrase; start -= proper!.length; }
      const toFrom = /\bto what\b|\b(?:upgraded|elevated|raised|changed|renamed) to\s*$/.test(foldedQuestion(a).replace(/[?!.]+$/, '')) ? (/\bto\s+(?:an?\s+|the\s+)?["“']?$/i.test(text.slice(Math.max(0, start - 12), start)) ? 0.4 : /\bfrom\s+(?:an?\s+|the\s+)?["“']?$/i.test(text.slice(Math.max(0, start - 14), start)) ? -0.4 : 0) : 0;
      // ("which nuclear plant project": the phrase the question's modifiers describe)
      const described = headMods.length > 0 && headMods.every((x) => sliceTerms(phrase).includes(x)) ? 0.3 : 0;
      // (a phrase with its name says which one, more than one without: "the Galkynysh gas field, one of the largest gas fields")
      const score = 0.45 * near(start) + (asksName ? 0.25 : 0.35) + toFrom + described + (named ? 0.15 : 0);
      if (fresh) out.push({ text: phrase, start, end: start + phrase.length, score });
      // ("which danish city did she visit": "the port city of Esbjerg" names the city after its kind)
      const ofName = /^(?:city|cities|town|towns|port|ports|island|islands|province|provinces|region|regions|village|villages)$/.test(head)
        ? /^\s+of\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/u.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 60)) : null;
      if (ofName && !findCountries(ofName[1]!).length && !inQuestion(a, ofName[1]!)) {
        const at = m.index! + m[0].length + ofName[0].length - ofName[1]!.length;
        out.push({ text: ofName[1]!, start: at, end: at + ofName[1]!.length, score: score + 0.2 });
      }
      // ("the national geological exploration company Kazgeology": the name that follows the description is the one asked)
      const after = m.index! + m[0].length;
      // (a name's particle inside it: "the training ship Juan Sebastián de Elcano")
      // (… or set off by commas: "its first operational earth observation satellite, Taifa-1, in April 2023")
      const name = NAMED_AFTER.exec(text.slice(after, after + 80))
        ?? /^,\s+(\p{Lu}[\p{L}\p{N}'’&-]+(?:\s+\p{Lu}[\p{L}\p{N}'’&-]+){0,3}),/u.exec(text.slice(after, after + 80));
      if (name && !MONTH.test(name[1]!) && !findCountries(name[1]!).length && !inQuestion(a, name[1]!)) {
        const at = after + name[0].length - name[1]!.length;
        if (!occupied(fact, at, at + name[1]!.length)) out.push({ text: name[1]!, start: at, end: at + name[1]!.length, score: score + 0.15 });
      }
    }
  }
  // ("what is the service hall largely modeled on": "…, largely modeled on Korea's one-stop civil service system"; "what did the
  // council adopt": "the Council adopted a presidential statement (S/PRST/2024/3) together with …" — the object of the verb asked, with
  // the preposition the question ends on)
  const objectOf = once(a, 'objectOf', () => ((m) => (m ? { verb: terms(m[1]!)[0] ?? '', prep: m[2] } : actObject ? ((v) => (v ? { verb: terms(v)[0] ?? '', prep: undefined } : undefined))(/\b(adopt|adopted|sign|signed|announce|announced)\b/.exec(foldedQuestion(a))?.[1]) : undefined))(
    /\b([a-z]{3,}(?:ed|en))\s+(on|upon|after|from|into|as|by|for|with)\s*[?.!]*\s*$/.exec(foldedQuestion(a))));
  if (objectOf?.verb) {
    for (const v of text.matchAll(/\b[a-z]{3,}\b/g)) {
      if (terms(v[0])[0] !== objectOf.verb) continue;
      const rest = text.slice(v.index! + v[0].length, v.index! + v[0].length + 160);
      const lead = once(a, 'objectLead', () => new RegExp(`^\\s+(?:[a-z]+ly\\s+)?${objectOf.prep ? `${objectOf.prep}\\s+` : ''}(?:(?:the|a|an|its|their)\\s+)?`)).exec(rest);
      if (!lead) continue;
      const m = /^((?:[^\s,;.()]+\s+){0,7}?[^\s,;.()]+(?:\s*\([^()]{1,30}\))?)(?=\s+(?:together with|along with|as well as|with|at|in|on|to|for|by|during|which|that|and|under|from|after|before|since)\b|\s*[,;.]|$)/.exec(rest.slice(lead[0].length));
      if (!m || /^(?:it|them|this|that|these|those|to|at|of|by|in|on)\b/i.test(m[1]!) || inQuestion(a, m[1]!)) continue;
      // (a verb asked without a preposition leaves names to the names the sentence gives, whole: "signed the MOU on …")
      if (!objectOf.prep && !/^\p{Ll}/u.test(m[1]!)) continue;
      const start = v.index! + v[0].length + lead[0].length;
      out.push({ text: m[1]!, start, end: start + m[1]!.length, score: 1.2 });
    }
  }
  // ("which korean university runs the project": not "the University of Rwanda College of Education", named for another country)
  const own = once(a, 'thingPeople', () => ((w) => (w ? findCountriesTyped(w).filter((c) => c.text.length === w.length && /^[A-Z]{3}$/.test(c.code)).map((c) => c.code) : []))(/^(?:which|what)\s+([a-z]+)\s+[a-z]/.exec(foldedQuestion(a))?.[1]));
  if (own.length) return out.filter((c) => ((named) => !named.length || named.some((x) => own.includes(x)))(findCountries(c.text).map((x) => x.code).filter((x) => /^[A-Z]{3}$/.test(x))));
  // ("the full name of the loan arrangement": not "Framework Arrangement" where the sentence goes on to "Framework Arrangement
  // concerning Loans from … for the Years 2014 through 2016")
  if (/\bfull (?:name|title)\b/.test(foldedQuestion(a))) return out.filter((c) => !out.some((d) => d.start === c.start && d.end > c.end));
  return out;
}
