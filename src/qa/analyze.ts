/** Question → Analysis: what kind of answer is wanted, and the slots a fact must agree with. */
import { readFileSync } from 'node:fs';
import { findCountries, findCountriesTyped, isCapital } from '../facts/countries.js';
import { lexiconPath } from '../paths.js';
import { findDates } from '../facts/dates.js';
import { findEvents, RELATION_EVENTS } from '../facts/events.js';
import type { DateMention } from '../facts/types.js';
import { abbreviation, expandAbbreviations, fold, phraseWords, stopWords, terms } from '../search/terms.js';

/** The kind of span the answer must be. */
export type AnswerType = 'when' | 'who' | 'where' | 'number' | 'country' | 'acronym' | 'title' | 'anniversary' | 'choice' | 'reason' | 'ordinal' | 'manner' | 'thing';

export interface Analysis {
  question: string;
  /** Question text with abbreviations expanded ("FM" → "FM foreign minister"). */
  text: string;
  type: AnswerType;
  /** Stems the fact should contain (stop words removed). */
  terms: string[];
  /** For abbreviation terms: the stems of their expansion, any of which stands for the abbreviation. */
  alternatives: Map<string, string[]>;
  /** Countries and groupings named, KOR excluded (the ministry's own country is in every release). */
  countries: string[];
  /** Ordinals asked about: "19th" → 19, "fifth" → 5. */
  ordinals: number[];
  /** Event kinds named (strategic partnership, diplomatic relations, …). */
  events: string[];
  /** Relation kinds that the fact itself must state. */
  relations: string[];
  /** Dates the question gives as limits ("in 2016", "on Aug 21"). */
  dates: DateMention[];
  /** The noun asked about in "what initiative …", "which court …". */
  head?: string;
  /** For "X or Y?" questions: the options. */
  options?: string[];
  /** For "what does KAGI stand for": the acronym. */
  acronym?: string;
  /** Question words that name people or things in capitals, folded. */
  names: string[];
  /** Question terms that name a country in any spelling ("seoul", "tokyo", "kazakh") → its code: the country itself satisfies them. */
  countryTerms: Map<string, string>;
  /** A day of the month the question gives alone ("on the 14th"). */
  day?: number;
  /** The question names the ministry's own country ("did korea send", "the ROK's term"). */
  korea: boolean;
  /** Countries the question names only as the place of an event ("in Lilongwe", "at Lusaka"). */
  places: string[];
  /** Capitals the question names as a place left ("flown out of Beirut"). */
  left: string[];
  /** Capitals the question names a meeting by ("the Athens conference"). */
  venues: string[];
  /** Words typed in capitals that no lexicon explains ("DL", "KAGI"), folded: they may stand for the initials of a name. */
  initialisms: string[];
  /** The question asks since when ("since when has Korea chaired the MSP"), though it is reworded as a start asked. */
  since?: boolean;
  /** For who-questions: the nationality of the person asked about ("Estonian deputy FM" → EST, "Korea's chief delegate" → KOR). */
  nationality?: string;
  /** For who-questions: the nationality of a person named beside the one asked ("who co-chaired alongside the korean FM" → KOR). */
  besides?: string;
}

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, inaugural: 1,
};

/** Ordinals in a text: "19th" → 19, "fifth" → 5. */
export function findOrdinals(text: string): number[] {
  const cached = ordinalCache.get(text);
  if (cached) return cached;
  const out = computeOrdinals(text);
  if (ordinalCache.size > 20_000) ordinalCache.clear();
  ordinalCache.set(text, out);
  return out;
}

const ordinalCache = new Map<string, number[]>();

function computeOrdinals(text: string): number[] {
  const out: number[] = [];
  for (const m of fold(text).matchAll(/\b(\d{1,3})(?:st|nd|rd|th)\b|\b([a-z]+)\b/g)) {
    if (m[1]) out.push(Number(m[1]));
    else if (m[2] && ORDINAL_WORDS[m[2]] !== undefined) out.push(ORDINAL_WORDS[m[2]]!);
  }
  return out;
}

/** A question about how a member voted: "how did china vote on extending the panel". */
export const VOTE_MANNER_ASKED = /^how (?:did|does|will|would) (?:the )?[\p{L}\s.'’-]{2,40}?\s+vote\b/u;

const TITLE_WORDS = /^(?:Minister|Ministers|President|Secretary|Ambassador|Deputy|Vice|Foreign|Prime|Director|Envoy|Chair|Co-chair|Summit|Meeting|Dialogue|Forum|Consultation|Policy|Talks|Act|Court|Committee|Council|Group|Year|Plan)$/;

/** Words of going somewhere: "which country did he visit" asks a destination (not the "go" of "government"). */
const TRAVEL = /\b(?:visit\w*|go|goes|going|went|gone|travel\w*|head(?:s|ed|ing)?|stop(?:s|ped)?|stopover|trips?)\b/;

/** Nouns that ask for a figure: "trade in 2016?", "size of the fund", "visa quota", "age cap". */
const FIGURE_NOUNS = /\b(?:trade|volume|size|quota|cap|limits?|amount|figure|total|budget|cost|value|worth|allowance|stipend|salary|fees?|population|investment|turnover|sum|number of|percentage|share|contributions?|funding|donations?|grants?|loans?|aid|assistance|oda|votes?|validity|duration|length|magnitude|estimate|estimated|money|tonnage|weight|displacement|range|height|depth|altitude|apogee|distance|speed|turnout|attendance|attendence|headcount|head count|portion|price tag|price|toll|ceiling|capacity|output|pledges?|commitments?|subscriptions?|exports|imports|age limit|age range|age cap|ages|eligible age|floor area|floor space|surface area|thresholds?)\b/;

const PERSON_NOUNS = /\b(member(?=\s+[a-z]|$)(?!\s+(?:of|states?|countr(?:y|ies)|nations?|economies|organi[sz]ations?|bodies)\b)|lawmaker|legislator|senator|mp|chief|researcher|scientist|expert|officer|activist|defector|journalist|fm|foreign minister|minister|president|prime minister|pm|envoy|amb|ambassador|sg|secretary-general|dep|counterpart|co-chair|chair(?:man|person)?|head(?: delegate)?|delegate|representative|rep|official|ambassador|secretary|speaker|diplomat|leader|dg|director(?:-general)?|spokes(?:person|man|woman)|commissioner|governor|mayor|king|queen|prince|consul|chancellor|rector|dean|president-elect|premier|emir|sultan|monarch|rapporteur|commander|student|winner|recipient|laureate|champion|graduate|alum|alumna|alumnus|nominee|signatory|signatories|advis[eo]r|negotiator|coordinator|counsell?or|councill?or|attach[eé]|professor|teacher|instructor|lecturer|scholar|judge|oralist|keynote|artist|sculptor|painter|architect|composer|musician|writer|author|poet|photographer)\b/;

/** A source cited before the question word: "According to the March 2023 … meeting, how many …". */
export const SOURCE_CITED = /^(?:according to|as per|per|based on|citing)\s+[^,?]{3,120},\s*(?=(?:how|what|whats|what's|when|where|who|whom|whose|which|why)\b)/i;

function answerType(typed: string): { type: AnswerType; head?: string } {
  // ("which joint fisheries committee did they hold in march 2025 (number)": the bracket says an ordinal is asked)
  if (/\(\s*(?:number|ordinal|which number|nth)\s*\)\s*\??\s*$/.test(typed)) return { type: 'ordinal' };
  // ("Georgian MPs' Korea visit dates (april 2024)": a bracket at the end limits the question, it is not its noun)
  // ("total recipients to date": "to date" is "so far", not a date asked)
  // ("official name of the pact", "whats the official website": "official" before a noun of things is no person asked)
  // ("according to the March 2023 … meeting, how many missiles …": a source cited before the question word is not asked)
  const q = (typed.replace(/\s*\([^()]*\)\s*\??$/, '').replace(/\b(?:up )?to date\s*\??$/, '').replace(SOURCE_CITED, '').trim() || typed)
    .replace(/\bofficial\s+(?=(?:name|names|title|website|visit|residence|languages?|statement|status|portal|account|document|text|launch|opening|ceremony)\b)/g, '');
  // ("slogan korea france year of cultural exchange": a question that opens with the name-like noun asks it, whatever follows)
  const named = /^(?:the\s+|its\s+|official\s+)*(slogan|motto|theme|tagline|catchphrase)s?\b/.exec(q)?.[1];
  if (named) return { type: 'thing', head: named };
  // ("what emissions cut does the NDC set": a cut is a figure)
  if (/^(?:what|which)\s+(?:[\w-]+\s+)?(?:cut|reduction|increase|rise)\s+(?:does|did|do|will|is|was)\b/.test(q)) return { type: 'number' };
  // (a target of spending, of cuts or of a replenishment is a figure: "defence spending target agreed in the hague declaration")
  if (/\b(?:spending|budget|emissions?|reduction|cut|growth|trade|investment|aid|oda|export|import|renewables?|replenishm\w*|pledging|fundraising|funding)\s+(?:target|goal)\b/.test(q) && !/^(?:when|who|where|which year|what year)\b/.test(q) && !/\btarget (?:year|date)\b/.test(q)) return { type: 'number' };
  // ("what's the yearly cap on working holiday visas", "the new working holiday quota": a cap or quota is a figure)
  if (!/^(?:who|whom|when|where|why)\b/.test(q) && /^(?:(?:what(?:['’]s|s)?|what\s+(?:is|was|are|were)|which)\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:cap|caps|quota|quotas|ceiling)\b(?!\s+(?:and|or)\b)/.test(q)) return { type: 'number' };
  // ("mexican arrivals to korea in 2016": a bare phrase of people counted is a count)
  if (/^(?:[\w-]+\s+){0,2}(?:arrivals|visitors|tourists|travell?ers|entrants)\b(?!\s+(?:centre|center|hall|program|programme|visa|policy)\b)/.test(q)) return { type: 'number' };
  // ("12th sma - % hike for 2026 vs 2025": a change in percent)
  // ("what did Korea give the WHO in voluntary contributions in 2024": what is given in money is a sum)
  if (/^what\s+(?:did|does|will|has|had)\s+[^?]{2,60}?\b(?:give|provide|pledge|contribute|donate|offer)\b[^?]{0,40}?\bin\s+(?:(?:voluntary|core|total|humanitarian|financial|emergency)\s+)?(?:contributions?|funding|aid|assistance|grants?|donations?|money|cash|dollars)\b/.test(q)) return { type: 'number' };
  if (!/^(?:who|whom|when|where|why)\b/.test(q) && /(?:^|\s)%\s*(?:hike|increase|rise|growth|cut|change|drop|fall|jump)\b|\bpercent(?:age)?\s+(?:hike|increase|rise|growth|cut|change|drop|fall|jump)\b/.test(q)) return { type: 'number' };
  // ("by what % did the caseload grow": a share)
  if (/^(?:by\s+)?(?:what|how many)\s*(?:%|percent\b|percentage\b|pct\b)/.test(q)) return { type: 'number' };
  // "through which organization …", "by which body …": the question word after a preposition asks its noun
  const after = /^(?:through|by|via|with|from|under|for)\s+(?:which|what)\s+([\w-]+)/.exec(q)?.[1];
  if (after && !/^(?:year|years|month|date|dates|day|days|time|term|period|duration|country|countries|city|cities|place|venue|purpose|reason)$/.test(after)) return PERSON_NOUNS.test(after) ? { type: 'who' } : { type: 'thing', head: after };
  // ("emergency number during the move", "embassy hotline": a telephone number)
  if (!/^(?:where|when|who|whom|why|how)\b/.test(q) && /\b(?:phone|telephone|hotline|emergency|contact|fax)\s+(?:number|line|no\.?)\b/.test(q)) return { type: 'thing', head: 'phone' };
  // ("flight number that brought the remains home": an airline's flight code)
  if (/\bflight\s+(?:number|no\.?|code)\b/.test(q)) return { type: 'thing', head: 'flight' };
  // ("altitude where the avalanche hit": a measure, though "where" follows)
  if (/^(?:the\s+)?(?:altitude|elevation|height|depth|apogee|max(?:imum)? altitude)\b|\bat what (?:altitude|elevation|height|depth)\b/.test(q)) return { type: 'number' };
  // "evros wildfire area burned": an area burned is a figure
  if (/\barea (?:burned|burnt|affected|covered|destroyed|damaged)\b|\b(?:burned|burnt|affected|damaged) area\b/.test(q)) return { type: 'number' };
  // "itlos judge vote 2023 - where was the meeting held": the question after the dash says what is asked
  const tailQuestion = /\s[-–—:]\s*((?:who|whom|what|which|when|where|how|why)\b.*)$/.exec(q)?.[1];
  if (tailQuestion && tailQuestion.length < q.length - 3) return answerType(tailQuestion);
  if (/\bstand for\b|\bstands for\b|\babbreviation\b|\bacronym\b/.test(q)) return { type: 'acronym' };
  // ("award total recipients to date": a total of people is a count)
  if (/\b(?:total|number of|no\.? of)\s+(?:[\w-]+\s+)?(?:recipients|winners|awardees|participants|members|people|visitors|delegates|attendees|volunteers|students|officials)\b/.test(typed)) return { type: 'number' };
  // ("what was the cause of death": a cause, not a thing named)
  if (/^(?:why|for what reason)\b|\bwhy\b|\breason\b|\bcauses? of\b/.test(q)) return { type: 'reason' };
  // "how was the meeting held?", "format of the 17th joint committee?": in person, by video conference …
  if (/^how (?:was|were|is|will) (?:the )?[\w\s'’-]{0,60}\b(?:held|conducted|hold|organized|organised)\b|\bformat of\b|\bin what format\b|\bwhat format\b/.test(q)) return { type: 'manner' };
  // ("how did china vote on the draft": in favour, against or abstaining)
  if (VOTE_MANNER_ASKED.test(q)) return { type: 'manner' };
  // a question with no question word is its noun phrase: "choi's dates in sweden", "hrc term korea got elected for",
  // "osce asian conf 2023 theme" — its last noun before a verb or a preposition says what is asked
  // "which country chaired the council in may when …", "who was the FM when …": the question word at the start decides
  if (/^(?:which|what)\s+(?:country|nation|countries|nations)\b/.test(q) && !TRAVEL.test(q)) return { type: 'country' };
  // ("which DAC members were the examiners": the members of a grouping of states are countries)
  if (/^(?:which|what)\s+(?:(?:dac|eu|asean|g7|g20|nato|oecd|apec|caricom|sica|gcc|pif|au|unsc|security council|mercosur|brics|quad)\s+members?|member (?:states?|countries))\b/.test(q) && !TRAVEL.test(q)) return { type: 'country' };
  // ("which MOU did korea and the saudis conclude when yoon met …": a document asked, whatever "when" follows)
  const doc = /^(?:which|what)\s+(?:[\w-]+\s+){0,2}?(mous?|agreements?|memorandums?|memoranda|treat(?:y|ies)|deals?|accords?|declarations?|documents?|initiatives?)\s+(?:did|does|do|was|were|will|has|have|had)\b/.exec(q)?.[1];
  if (doc) return { type: 'thing', head: doc };
  // ("sea pearl 3 flag state", "what flag does the tanker fly": a ship's flag is a country)
  if (/\bflag state\b|^(?:which|what) flag\b|\bflag(?:ged)? (?:country|nation)\b/.test(q)) return { type: 'country' };
  // "how many votes did he get when he was re-elected": the question word at the start decides, not the "when" after it
  if (/^(?:how many|how much|how old|how long|how big|how large|how far)\b/.test(q)) return { type: 'number' };
  // ("extra humanitarian $ for ukraine announced at madrid?": a currency sign standing for a word asks an amount; not one
  // that a figure follows, "the $ 5 million grant")
  if (!/^(?:who|whom|when|where|why)\b/.test(q) && /(?:^|\s)(?:\$|€|£|¥|₩)(?=\s+[^\d\s]|[?!.]*$)/.test(q)) return { type: 'number' };
  // ("what was the Global Fund aiming to raise": an amount)
  if (/^what\s+(?:was|is|were|are|did|does)\b.*\b(?:aim(?:ing|s|ed)?|seek(?:ing|s)?|hop(?:ing|es|ed)?|target(?:ing|s|ed)?|want(?:ing|s|ed)?)\s+to\s+(?:raise|mobili[sz]e|collect|secure)\b/.test(q)) return { type: 'number' };
  // ("flight time of the ICBM", "grace period on the EDCF loan": a duration)
  if (/\b(?:flight|travel|journey|transit|flying) time\b|\b(?:grace|repayment|deferment|maturity)\s+periods?\b|\bmaturity\b/.test(q) && !/^(?:when|what time|at what time)\b/.test(q)) return { type: 'number' };
  // ("since when has Mendoza been dean of the diplomatic corps": a date, whatever noun follows)
  if (/^(?:since|until|till) when\b/.test(q)) return { type: 'when' };
  // ("what did Korea commit at the seventh replenishment": what a donor commits or pledges is an amount)
  if (/^what\s+(?:did|does|will|has|have|had)\s+(?:[\w.'’-]+\s+){1,4}?(?:commit|pledge|contribute|donate)\b/.test(q)) return { type: 'number' };
  // ("what will the aid since 2015 add up to", "max jail term for dealing with them": a sum, a length of sentence)
  if (/\b(?:adds?|added) up to\s*$|\b(?:amounts?|amounted|comes?|came) to\s*$|\b(?:jail|prison)\s+(?:term|sentence)s?\b/.test(q.replace(/[?!.]+$/, '').trim())) return { type: 'number' };
  // "which Korean finance minister signed", "what Chinese premier attended": a person asked by the post
  if (/^(?:which|what)\s+(?:(?!(?:did|does|do|was|is|were|are|has|have|had|will|would|can|could)\b)[\w.'’-]+\s+){0,3}?(?:minister|ambassador|official|envoy|president|premier|chancellor|secretary|diplomat|representative|delegate|governor|mayor|speaker|commander|judge|professor|rapporteur|emir|king|queen|prince|princess|sultan|fm|vfm|pm|dpm|dg|ddg|adg|dsg|usg|asg|amb)s?\b(?!['’]|\s*-|\s+(?:meeting|level|post|position|title|office|role|job|rank|name|names|website|languages?|visit|trip|residence|statement|document|text|figures?|data|estimate|list|theme|logo|slogan|motto|emblem|mascot)\b)/.test(q)) return { type: 'who' };
  if (/^(?:who|whom|with whom)\b/.test(q) && !/^who(?:'s| is| was)? (?:the )?(?:host|venue)\b/.test(q)) return { type: 'who' };
  // ("where does the ROK rank among donors": a rank, not a place)
  // ("where does the Sofia center rank numerically among …": an adverb may come between)
  if (/^where\s+(?:does|did|do|is|was|will)\b.*\b(?:rank|ranks|ranked|stand|stands)(?:\s+[a-z]+ly)?\s+(?:among|in|as|on)\b/.test(q)) return { type: 'ordinal' };
  // ("which year of korea's rice aid is 2024": the year is given, its place in the run is asked — "the 7th year")
  if (/^(?:which|what)\s+year\s+of\s+.+\b(?:is|was|will be)\s+(?:(?:19|20)\d{2}|this year|last year)\s*\??$/.test(q)) return { type: 'ordinal' };
  if (/^where\b/.test(q)) return { type: 'where' };
  if (/^(?:what|which)\s+(?:%|(?:percent|percentage|proportion)\b)/.test(q)) return { type: 'number' };
  const bare = noWhHead(q);
  // ("apostilles issued by korea in 2023": things counted, then what was done to them)
  if (bare && /s$/.test(bare) && !/(?:ss|us|is)$/.test(bare) && !/^(?:ties|relations|talks|negotiations|consultations|dates|days|years|terms|elections|visits)$/.test(bare) && !/\b(?:when|date|dates|year|since|where|who)\b/.test(q) && new RegExp(`\\b${bare}\\s+[a-z]+ed\\b`).test(q) && !/^(?:who|whom|what|which|when|where|how|why)\b/.test(q)) return { type: 'number' };
  // ("oldest vet on the revisit trip?": the oldest or youngest of people is a person)
  if (/^(?:(?:who(?:'s| is| was)|name of)\s+)?(?:the\s+)?(?:oldest|youngest|eldest)\s+(?:[a-z]+\s+){0,2}?(?:veterans?|vets?|participants?|members?|delegates?|students?|athletes?|soldiers?|survivors?|persons?|one|recipients?|winners?|scholars?|descendants?)\b/.test(q)) return { type: 'who' };
  // ("2025 friends of korea grand prize winner": a noun phrase that ends with a person)
  if (!/^(?:who|whom|what|which|when|where|how|why)\b/.test(q) && /\b(?:winner|recipient|laureate|awardee|honoree)s?\s*\??$/.test(q)) return { type: 'who' };
  if (bare && /^(?:dates?|term|period|years?|timeframe|timeline|schedule|days?|timing|deadline)$/.test(bare)) return { type: 'when' };
  // ("national assembly consent date, korea-indonesia pact", "zimbabwe posting years", "open which days")
  // (not a span of years that bounds a figure: "KOICA grant to Ghana over next 3 years, how much?")
  if (!/^(?:who|whom|what|which|where|how|why)\b/.test(q) && /^[^,?]*\b(?:date|dates|years|days)\s*(?:,|$)/.test(q) && !/\bhow (?:much|many)\b/.test(q)
    // ("RDNA5 estimate of ukraine's recovery needs over 10 yrs": the years bound the figure asked)
    && !/\b(?:over|within|across|during|for)\s+(?:the\s+)?(?:next\s+|past\s+|last\s+|coming\s+)?(?:\d+|[a-z]+)\s+(?:years|yrs|days)\s*$/.test(q)) return { type: 'when' };
  if (/\b(?:which|what) (?:days|years)\b/.test(q) && !/\bhow many\b/.test(q)) return { type: 'when' };
  // ("whats the great green wall land restoration target by 2030": a target is a figure, unless a year or a group is its kind)
  if (/^(?:what|which)(?:['’]s|s)?\s+(?:(?:is|was|are|were|will be)\s+)?(?:the\s+|its\s+|their\s+|korea['’]?s\s+)?(?:[\w-]+\s+){0,5}?targets?\b(?!\s+(?:years?|dates?|countr\w*|groups?|audiences?|areas?|regions?|sectors?|markets?))/.test(q)
    // (not the verb: "which regions does the drought aid target")
    && !/\b(?:do|does|did|will|would|to|can|could)\b[^?]*\btargets?\b/.test(q)) return { type: 'number' };
  // ("what was the deadline in the ultimatum", "what's the application deadline": a deadline is a time)
  if (/^(?:what|which)(?:['’]s|s)?\s+(?:(?:is|was|are|were|will be)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?deadlines?\b/.test(q)) return { type: 'when' };
  if (bare && /^(?:venue|location|place|city|host city|base|headquarters|hq|seat|site)$/.test(bare)) return { type: 'where' };
  if (bare && PERSON_NOUNS.test(bare)) return { type: 'who' };
  // "ph troops sent in korean war", "korean victims of violent crime in 2023": a count
  // "korea's yearly contribution to X", "people-to-people exchanges in 2024": a figure
  if (bare && (/\b(?:yearly|annual|per year|a year|max|maximum|minimum)\b/.test(q) || /\b(?:ppl|people|people-to-people|human|tourist)\s+exchanges?\b/.test(q) || /\b(?:mutual|two-way|reciprocal)\s+(?:visits|visitors|trips|travel)\b/.test(q))) return { type: 'number' };
  if (bare && /^(?:kia|mia|dead|killed|wounded|injured|troops|soldiers|people|persons|nationals|citizens|votes|members|participants|descendants|veterans|trainees|volunteers|passengers|sailors|seafarers|hostages|detainees|tons|tonnes|visitors|tourists|workers|students|evacuees|casualties|victims|deaths|cases|delegates|refugees|projects|seats|companies|firms|numbers|count|turnout|attendance|attendence|toll|strength|ceiling|quota|total|orders|exports|imports|sales|capacity|abstentions?|abstentons|co-sponsors|cosponsors|sponsors|applicants|signatories|beneficiaries|graduates|alumni|recipients|allocation|budget|funding|cost|yield|yields|output|stock|age|haul|loot|proceeds|revenue|revenues|earnings|losses|damages)$/.test(bare)) return { type: 'number' };
  // "area cleared in phase 1", "area burned": a measure of land
  if (bare === 'area' && /\b(?:cleared|burned|burnt|covered|affected|demined|flooded|planted|protected|restored)\b/.test(q)) return { type: 'number' };
  // "what's the target for people-to-people exchanges by 2030": a figure aimed at
  if (/\b(?:target|goal)\b/.test(q) && /\bby\s+(?:19|20)\d{2}\b/.test(q) && /\b(?:exchanges?|trade|visitors|tourists|investment|emissions?|people|volume|exports?|imports?|number)\b/.test(q)) return { type: 'number' };
  if (/\b(?:ties|relations|partnership)\s+(?:est|estab|established|set up|forged|launched)\.?\s*\??$/.test(q) || /^(?:when|since when|until when)\b|\bwhen\b|\b(?:established|signed|held|launched|set up|founded|adopted|ratified|upgraded|elevated|concluded|opened|took place|take effect|took effect|in force|relations|ties|partners(?:hip)?)\s+(?:on|since|in which year)\s*$|\bsince\s*$|^(?:what|which|on what|on which|in what|in which) (?:exact |precise |specific )?(?:date|day|days|dates|year|month|time|period)\b|^(?:the\s+)?(?:exact\s+)?(?:dates?|year|day)\b|^(?!(?:who|what|which|where|how|why)\b)[^?]*\b(?:dates?|term|period|timeframe|years covered|effective from|valid from|in force from)\s*$|^(?!(?:who|what|which|where|how|why)\b)[^?]*(?<!\b(?:a|per|each|every|this|last|next|the)\s)(?<!\b(?:before|after|since|until|by|during|ahead of|for|on)\s+(?:[\w'’-]+\s+){0,3})\b(?:year|yr|day)(?:\s+(?:19|20)\d{2})?\s*$|^(?:the\s+)?(?:[\w-]+\s+)?(?:dates?|day|year)\s+(?:of|for|when)\b|^(?!(?:who|whom|what|which|where|how|why)\b)(?:[\w'’-]+\s+){1,3}dates\s+(?:of|for)\b|\bwhich years\b|\bwhat (?:term|period)\b|\bwhich period\b|\bcovers? which years\b|\bwhat dates?\b|^(?:what|which)\s+(?:are|were|is|was)\s+(?:the\s+)?(?:exact\s+|precise\s+|specific\s+)?(?:(?:opening|closing|start|starting|end|ending|and)\s+){0,3}(?:dates?|days?)\s+(?:of|for)\b|\bwhat year\b|\bwhich year\b|\bwhat period\b/.test(q)) return { type: 'when' };
  // "which round was …", "what number meeting": the ordinal of a meeting
  if (/[a-z]['’]s which\b|^ordinal of\b|\bwhich\b.*\bin order\b|\bnth\b|\bhow[- ]manyth\b|\bwhich\s+(?:[\w-]+\s+){0,2}number\s+(?:is|was)\b|\bwhich (?:term|number country|number)\b|\b(?:which|what)\s+(?:round|ordinal|edition|session number|number(?!\s+of\s+(?!the\b)))\b|\bwhich\s+(?:[\w-]+\s+){0,2}(?:round|edition|session|contingent|rotation|batch|cohort)\b|\bwhich\s+(?:[\w-]+\s+){0,5}?(?:jc|amm|fmm|wha|meeting|consultation|consultations|dialogue|commission|committee|summit|forum|conference|assembly|session|plenary|congress)\s+(?:(?:with|of|between)\s+[\w-]+\s+)?(?:was|were|is)\s+(?:held|hosted|convened|the one|it|that)\b|^which\s+[a-z]{2,6}\s+(?:general\s+)?(?:assembly|session|plenary|congress|summit|conference|meeting|council)\s+(?:[a-z]+ed|heard|saw|took|met|gave|held|chose|made|won)\b|\bhow many times\b.*\bheld\b|^(?:what(?:'s| is| was)?\s+)?(?:\w+(?:'s)?\s+)?(?:rank|ranking|place)\s+(?:among|in|as)\b|^(?:[\w.-]+(?:'s)?\s+){1,2}(?:rank|ranking)\s+(?!of\b|officer)/.test(q)) return { type: 'ordinal' };
  if (/^#\s*(?:of\b)?|\bnumber of\b|^(?:the\s+)?(?:no\.?|nr\.?|num)\s+of\b|\bhow (?:many|much|big|large|long|often|far|old)\b|\bby how much\b|\bgrowth rate\b|\bwhat (?:was|is|were) .*\b(?:trade|amount|figure|total|volume|budget|rate|concentration|average)\b/.test(q)) return { type: 'number' };
  // a figure asked for by its noun, with or without "what": "ROK-Latvia bilateral trade in 2016?", "total size of the flood
  // relief package?", "visa quota under the agreement?", "age cap for the internship scheme", "what did trade reach last year"
  // ("what's the upper age limit": the noun may follow a modifier or two)
  // ("what will the yearly working holiday cap for poles be": the noun after the verb)
  const asked = /^(?:which|what|whats|what's)\s+(?:(?:is|was|are|were|will|would|does|did|has|had)\s+)?(?:the\s+)?((?:[\w'’-]+\s+){0,3}?[\w-]+)(?=\s+(?:of|for|in|at|to|under|did|does|is|was|will|that|be)\b|\s*$)/.exec(q)?.[1] ?? /^(?:which|what|whats|what's)\s+(?:(?:is|was|are|were)\s+)?(?:the\s+)?([\w-]+)/.exec(q)?.[1];
  // (a figure's word that names people is no figure: "what did the trade ministers adopt")
  // (nor is a figure's word inside a compound: "what cost-sharing deal")
  const figureAsked = asked ? FIGURE_NOUNS.test(asked.replace(/\b[\w-]+\s+(?:ministers?|ministries|ministry|officials?|negotiators?|delegates?|delegations?|envoys?|representatives?|experts?|committees?)\b/g, ' ').replace(/\b[a-z]+-[a-z]+ing\b/g, ' ')) || /^(?:annual|total|bilateral|overall|combined)$/.test(asked) : FIGURE_NOUNS.test(q.split(/\b(?:for|of|under|in|at|between|with)\b/)[0] ?? '');
  // ("what was the lithium deal with the Chilean company worth", "cargo flights per week allowed korea–portugal")
  const rate = !/^(?:which|who|whom|where|when|why)\b/.test(q) && /\b[a-z]+s\s+(?:per|a|each)\s+(?:week|day|month|year)\b/.test(q);
  if (!/^(?:who|whom|where|when|why)\b/.test(q) && (figureAsked || rate || /\bworth\s*$/.test(q) || /\btrade\s+(?:reach|total|amount|stand|grow|hit)/.test(q)
    // ("what did Korea's trade with the five Central Asian countries amount to", "what did the pledges add up to")
    || /^what\s+(?:did|does|do|will|would|has|have|had)\b[^?]*\b(?:amount(?:ed)?\s+to|add(?:ed)?\s+up\s+to|come\s+to|stand\s+at|total)\b/.test(q))) return { type: 'number' };
  // ("which part of bangkok is the campus going up in": the part of a place is a place)
  if (((m) => !!m && (/^(?:the\s+)?(?:city|town|capital|country|island|province|region)$/.test(m[1]!) || isCapital(m[1]!) || findCountriesTyped(m[1]!).some((c) => c.text.length === m[1]!.length)))(/^(?:which|what|in which|in what)\s+parts?\s+of\s+([a-z][a-z'’ -]*?)\s+(?:is|are|was|were|will|did|does|do|has|have|had|would|can)\b/.exec(q))) return { type: 'where' };
  // ("which Slovak city did she go to", "which Korean city is going to host": a people's name, then a verb of the one who acts)
  if (((m) => !!m && (/(?:an|ese|ish)$/.test(m[1]!) || findCountriesTyped(m[1]!).some((c) => c.text.length === m[1]!.length && /^[A-Z]{3}$/.test(c.code))))(/\b(?:which|what)\s+([a-z]+)\s+(?:city|town)\s+(?:did|does|will|has|had|was|were|(?:is|are)\s+(?:going|set|slated|due|scheduled|expected|chosen|selected)\s+to)\b/.exec(q))) return { type: 'where' };
  if (/^where\b|\bwhere\b|\b(?:which|what)\s+(?:city|cities|town|towns|venue|place|places|building|province|provinces|region|regions|island|islands|capital|states?|districts?|areas?|neighbou?rhoods?|suburbs?|quarters?|villages?)\b|\b(?:which|what)\s+(?:korean|[a-z]+an|[a-z]+ese|[a-z]+ish|coastal|port|host|border)\s+(?:city|town|port|province|region|island)\s+(?:hosted|hosts|will host|held|holds)\b|\b(?:venue|location)\b(?!.*\b(?:who|when)\b)/.test(q)) return { type: 'where' };
  // ("which meeting adopted the Cambodia country partnership strategy": a verb between, or "country" as a modifier, asks no country)
  if (/\b(?:which|what)(?:\s+(?!country|nation)(?![a-z]+ed\b|did\b|does\b|do\b|has\b|have\b)[\w-]+){0,5}\s+(?:country|nation|countries|nations)\b(?!\s+(?:partnership|programme|program|strategy|office|director|report|team|plan)\b)/.test(q) && !/\b(?:which|what)\s+(?:[\w-]+\s+){0,2}(?:organization|organisation|body|group|forum|agreement)\b/.test(q)) {
    return TRAVEL.test(q) ? { type: 'where' } : { type: 'country' };
  }
  if (/\b(?:what|which) (?:post|title|position|office|role|job|rank)\b/.test(q)) return { type: 'title' };
  if (/\b(?:what|which) (?:[a-z-]+ ){0,2}anniversary\b|\banniversary\b.*\bwhich\b|^\d*\s*(?:marks|mark) which\b|\bwhich anniversary\b/.test(q)) return { type: 'anniversary' };
  if (/\b(\w[\w\s-]*?) or (\w[\w\s-]*?)\?*$/.test(q) && /^(?:was|is|were|did|does|do|will)\b/.test(q)) return { type: 'choice' };
  if (/^(?:who|whom|with whom|by whom)\b|\bwho\b|\bwhom\b/.test(q)) return { type: 'who' };
  const which = /\b(?:which|what|whats|what's)\s+(?:is\s+the\s+|was\s+the\s+|the\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)/.exec(q);
  if (!/^(?:what|which|whats|what's)\b/.test(q) && PERSON_NOUNS.test(q.split(/\b(?:at|of|in|for|on|that|who)\b/)[0] ?? '')) return { type: 'who' };
  // "name of latvia's foreign minister that …"
  if (/^(?:(?:what(?:'s| is| was)?|whats)\s+(?:the\s+)?)?(?:full\s+)?name of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:fm|pm|vfm|dpm|foreign minister|minister|president|prime minister|ambassador|envoy|counterpart|co-chair|chair|chairman|chairperson|head|director|dg|director-general|secretary|official|representative|spokesperson|commander|chief|leader|governor|mayor|consul|judge|coordinator|rapporteur|administrator|commissioner|registrar|prosecutor|climber|victim|tourist|student|volunteer|soldier|veteran|hostage|sailor|fisherman|journalist|missionary|national|citizen|resident|detainee|winner|recipient|captain|skipper|seafarer|pilot)\b/.test(q)) return { type: 'who' };
  // ("what's the full official name of the JDZ agreement": an adjective before the noun asked is no person)
  if (which && PERSON_NOUNS.test(which[1]!) && !/\b(?:meeting|conference|forum|plan|body|court)\b/.test(which[1]!) && !/^\s+(?:name|names|website|title|languages?|statement|document|text|figures?|data|estimate|list|theme|logo|motto|emblem)\b/.test(q.slice(which.index + which[0].length))) return { type: 'who' };
  // ("which Indian national security adviser did VFM Kim see": the noun that ends the phrase, before its verb)
  // ("which NATO deputy SG came to the opening": a verb in the past too)
  const whichNoun = /\b(?:which|what)\s+((?:(?!(?:did|does|do|is|was|were|are|will|has|have|had|can|could|would|of|in|at|for|to|on|from|with|by)\b)[a-z][\w-]*\s+){1,4})(?:did|does|do|is|was|were|are|will|has|have|had|can|could|would|came|comes|attended|attends|spoke|speaks|visited|met|signed|led|leads|chaired|chairs|headed|heads|represented|delivered|received|won|joined|addressed|hosted|opened)\b/.exec(q)?.[1]?.trim().split(/\s+/).pop();
  if (whichNoun && PERSON_NOUNS.test(whichNoun)) return { type: 'who' };
  // ("which Korean is a judge on the ICC": a people's name asks one of them)
  // ("first Korean to preside over the Human Rights Council": one of a people who did something first)
  const demonym = /^(?:which|what)\s+([a-z]+)\s+(?:is|was|were|are|did|does|do|will|has|had|serves?|served|sits?|sat|won|leads?|led|heads?|headed)\b/.exec(q)?.[1]
    ?? /^(?:the\s+)?(?:first|only|last|youngest|oldest)\s+([a-z]+)\s+(?:woman\s+|man\s+|national\s+)?to\s+[a-z]/.exec(q)?.[1];
  if (demonym && /(?:an|ese|ish|i|ch)$/.test(demonym) && findCountriesTyped(demonym).some((c) => c.text.length === demonym.length)) return { type: 'who' };
  const head = thingHead(q);
  // ("what's the ROK's total humanitarian aid for Sudan", "what's the fee": a figure, though asked with "what")
  if (head && FIGURE_NOUNS.test(head) && (/\b(?:total|overall|combined)\b/.test(q) || /^(?:budget|amount|sum|value|worth|cost|price|fees?)$/.test(head))) return { type: 'number' };
  // ("mongolian seasonal workers runaway rate 2024", "seoul pm2.5 concentration 2024": a measure, though asked without "what")
  // ("korea's US LNG imports 2024 in tons": the unit the answer is to be given in)
  if ((head && /^(?:rate|ratio|concentration)$/.test(head)) || /\bin\s+(?:metric\s+)?(?:tons|tonnes|kilograms|kg|barrels|megawatts|gigawatts|hectares|kilometers|kilometres|km|percent|dollars|us\$|usd|euros|won)\s*\??$/.test(q)) return { type: 'number' };
  return { type: 'thing', ...(head ? { head } : {}) };
}

/** The head noun of a question without a question word: words up to the first verb or preposition, the last of them. */
function noWhHead(q: string): string | undefined {
  // "danish speaker visit to korea - dates?": a short last part after a dash or colon is what is asked
  const tail = /\s[-–—:]\s*((?:[a-z]+\s*){1,2})\??$/.exec(q)?.[1]?.trim();
  if (tail && !/^(?:who|what|which|when|where|how|why)\b/.test(tail)) return noWhHead(tail);
  // ("on what day will Oh head to Konin", "at what site … did": after a preposition, the noun of "what" is asked, not the
  // last noun before the verb)
  const prepWh = /^(?:on|in|at|by|for|from|to|with|through|under|since|until|till|during|after|before)\s+(?:what|which)\s+(.+)$/.exec(q)?.[1];
  if (prepWh) {
    const ws: string[] = [];
    for (const w of prepWh.split(/\s+/)) {
      const b = w.replace(/[^\p{L}\p{N}-]/gu, '');
      if (b && ws.length && /^(?:did|does|do|is|was|were|are|will|would|has|have|had|can|could|should|in|at|of|for|with|to|on|from|by)$/.test(b)) break;
      if (b) ws.push(b);
    }
    return ws[ws.length - 1];
  }
  if (/^(?:who|whom|whose|what|whats|what's|which|when|where|why|how|is|are|was|were|did|does|do|can|will|name of)\b/.test(q)) return undefined;
  // (dates at the end limit the question; they are not its noun: "… visit dates dec 2019")
  // ("kaf budget this year": a time that limits the question is not its noun either)
  // ("korea-vietnam trade last year per the talks": nor is one inside the phrase)
  const words = q.replace(/['’]s\b/g, '').replace(/\s+(?:this|last|next)\s+(?:year|month|week)\b(?=,?\s+(?:per|according|as|in|at|from|cited|said|mentioned|during|under|by)\b)/, '').replace(/(?:\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\s+\d{4}|\s+\d{1,2}(?:st|nd|rd|th)?|\s+(?:this|last|next)\s+year)+\s*\??$/, '').split(/\s+/);
  const phrase: string[] = [];
  for (const w of words) {
    const bare = w.replace(/[^\p{L}\p{N}-]/gu, '');
    if (!bare) continue;
    // ("hospital treating the injured", "cases involving …": a verb in -ing ends the noun phrase)
    if (phrase.length && (/^(?:in|at|of|off|for|with|to|on|from|by|under|between|during|after|before|near|per|since|until|over|as|the|a|an|and|or|that|who|whom|which|whose)$/.test(bare) || VERB_AFTER.test(bare) || /^(?:got|get|gets|is|was|were|are|did|does|held|signed|met)$/.test(bare) || /^[a-z]{3,}ing$/.test(bare) && !/^(?:meeting|building|briefing|hearing|training|opening|signing|funding|spending|housing|landing|ceremonying)$/.test(bare))) break;
    phrase.push(bare);
  }
  // ("hrc term korea got elected for": a country before the verb is its subject, not the noun asked)
  while (phrase.length > 1 && findCountries(phrase[phrase.length - 1]!).some((c) => c.text.length === phrase[phrase.length - 1]!.length)) phrase.pop();
  return phrase[phrase.length - 1];
}

const AUX = /^(?:did|does|do|is|was|were|are|will|would|has|have|had|can|could|should|that|which|who|of|in|at|for|to|with|on|by|from|during|after|before|about|as|called|named|korea|rok)$/;

/**
 * The noun a thing-question asks for: "what initiative did …" → initiative, "which ROK program did …" → program,
 * "what's the forum's official website" → website, "what's the name of the X partnership Y will …" → partnership.
 * Of the words after the question word (up to a verb or preposition) the one that names a kind of thing wins, else the last.
 */
export function thingHead(q: string): string | undefined {
  // without a question word the question is its noun phrase: "theme of the 6th … meeting", "venue of …"
  const m = /\b(?:name of|which|what|whats|what's|wat)\s+(.*)$/.exec(q);
  if (!m) return noWhHead(q);
  const rest = m[1]!.replace(/^(?:(?:is|was|are|were)\s+)?(?:(?:the|a|an|its|their)\s+)?(?:(?:full|official|exact|tentative)\s+)?(?:(?:name|level|kind|type|form|sort|status)\s+of\s+(?:the\s+|a\s+|an\s+)?)?/, '');
  // "what does the ministry plan …", "what did they adopt": no noun follows the question word
  if (/^(?:did|does|do|will|would|can|could|should|has|have|had)\b/.test(rest)) return undefined;
  if (/^(?:was|were|is|are)\s+[a-z]+ed\b/.test(m[1]!)) return undefined;
  let phrase: string[] = [];
  const ws = rest.split(/\s+/);
  for (let i = 0; i < ws.length; i++) {
    const bare = ws[i]!.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}-]/gu, '');
    // ("what was the declaration the ministers signed called": an article after the noun opens a clause about it)
    if (phrase.length && /^(?:the|a|an|its|their)$/.test(bare)) break;
    if (!bare || /^(?:the|a|an|its|their|other)$/.test(bare)) continue;
    // "the current level of partnership": the noun after "level of" is the one asked for
    if (/^(?:level|kind|type|form|sort|name|status)$/.test(bare) && ws[i + 1] === 'of') { phrase = []; i++; continue; }
    if (AUX.test(bare)) { if (phrase.length) break; continue; }
    // a verb or a country ends the noun phrase: "which cyclone hit Madagascar"
    // a word followed by an article is a verb: "which storm struck the coast"
    // ("which sanctioned company fronts for …": a word in -s after a kind noun, before a preposition, is a verb)
    if (phrase.length && /s$/.test(bare) && /^(?:for|with|to|as|in|on|at)$/.test(ws[i + 1] ?? '') && kinds().nouns.has(phrase[phrase.length - 1]!)) break;
    if (phrase.length && (VERB_AFTER.test(bare) || /^(?:the|a|an|its|their|his|her)$/.test(ws[i + 1] ?? '') || findCountries(bare).some((c) => c.text.length === bare.length && !/(?:ian|ese|ish|ean|an|i)$/.test(bare)))) break;
    phrase.push(bare);
    // ("what was the global fund's 7th replenishment target": the owner before a possessive is not the noun asked)
    if (/['’]s$/.test(ws[i]!) && i + 1 < ws.length && /^[\p{L}\p{N}]/u.test(ws[i + 1]!)) { phrase = []; continue; }
    if (phrase.length >= 4) break;
  }
  if (!phrase.length) return undefined;
  const known = kinds();
  const isKind = (w: string) => known.heads.has(w) || known.urls.has(w) || known.quoted.has(w) || known.nouns.has(w);
  // in a noun compound the last noun is the head ("which council category" asks a category), unless it is a bare word
  // the lexicon does not know while an earlier one names a kind
  const last = phrase[phrase.length - 1]!;
  return isKind(last) || /^[a-z]{4,}$/.test(last) && !/(?:ed|ing|ly)$/.test(last) ? last : [...phrase].reverse().find(isKind) ?? last;
}

/** Words that, after the noun of a thing-question, start its verb phrase. */
const VERB_AFTER = /^(?:[a-z]+ed|hit|took|made|led|met|gave|set|won|got|put|ran|brought|sent|say|said|says|call|calls|make|makes|take|takes|give|gives|run|runs|hold|holds|mark|marks|kick|kicks|go|goes|went|come|comes|came|still|also|already|now|then|just|first|recently|ever)$/;

interface KindLexicon { kinds: Record<string, string[]>; urls: string[]; quoted: string[] }
let kindLex: { heads: Set<string>; nouns: Set<string>; members: Map<string, string[]>; urls: Set<string>; quoted: Set<string> } | undefined;

/** The kinds lexicon (data/lexicon/kinds.json): heads of thing-questions and the words that end names of each kind. */
export function kinds(): NonNullable<typeof kindLex> {
  if (!kindLex) {
    const raw = JSON.parse(readFileSync(lexiconPath('kinds.json'), 'utf8')) as KindLexicon;
    const members = new Map(Object.entries(raw.kinds));
    const heads = new Set([...members.keys(), ...[...members.keys()].map((k) => `${k}s`)]);
    const nouns = new Set([...members.values()].flat().flatMap((w) => [w, `${w}s`]));
    kindLex = { heads, nouns, members, urls: new Set(raw.urls), quoted: new Set(raw.quoted) };
  }
  return kindLex;
}

/** Capitals the question gives as places by a pattern, unless the question also names their country otherwise. */
function placesOf(question: string, re: RegExp, text: string): string[] {
  return [...question.matchAll(re)]
    .flatMap((m) => findCountriesTyped(m[1]!).filter((c) => c.start === 0 && isCapital(c.text)).map((c) => c.code))
    .filter((code) => findCountriesTyped(text).filter((c) => c.code === code && !isCapital(c.text)).length === 0);
}

const MONTH_OF: Record<string, string> = { jan: 'January', feb: 'February', mar: 'March', apr: 'April', may: 'May', jun: 'June', jul: 'July', aug: 'August', sep: 'September', oct: 'October', nov: 'November', dec: 'December' };

/** Months as users type them ("october", "sept 2016", "jan 2021") written as the date reader expects; "may" only before a number. */
function typedMonths(q: string): string {
  return q.replace(/\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?=(\s+\d)?)/gi, (w, m: string, num?: string) => {
    const key = m.toLowerCase().slice(0, 3);
    if (key === 'may' && !num) return w;
    if (key === 'mar' && m.toLowerCase() === 'march' && !num && /^[a-z]/.test(m)) return w;
    return MONTH_OF[key] ?? w;
  });
}

/** Dates a question gives, a bare month too ("the october summit"). */
function questionDates(question: string): DateMention[] {
  // ("for 2025-27": a span of years written with the second year short)
  const typed = typedMonths(question).replace(/\b((?:19|20)\d{2})\s?[-–]\s?(\d{2})\b(?![-–\d])/g, (w, y: string, e: string) => (Number(e) > Number(y.slice(2)) ? `${y}-${y.slice(0, 2)}${e}` : w));
  const found = findDates(typed, null);
  for (const m of typed.matchAll(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g)) {
    if (found.some((d) => m.index! >= d.start && m.index! < d.end)) continue;
    const month = String(Object.values(MONTH_OF).indexOf(m[1]!) + 1).padStart(2, '0');
    found.push({ start: m.index!, end: m.index! + m[1]!.length, text: m[1]!, value: `????-${month}`, precision: 'month', yearInferred: true });
  }
  return found;
}

/** The one who runs a body heads it: "who's running the new embassy", "who is in charge of the team" (not a race run for, nor
 * an event run: "who ran the online briefing" held it). */
const NOT_HEADED = String.raw`(?!\s+(?:for|against|as|in|on)\b)(?!\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:briefing|meeting|session|seminar|workshop|event|forum|conference|webinar|course|training|campaign|ceremony)s?\b)`;
const RUNS_HEAD = new RegExp(String.raw`^(who)(?:['’]s|\s+is|\s+was|\s+will\s+be)?\s+(?:running|in\s+charge\s+of)\b${NOT_HEADED}|^(who)\s+(?:runs|ran)\b${NOT_HEADED}`, 'i');

/** ("when did korea ratify the paris agreement"): a city that names a document or a club stands for no government. */
function documentCity(c: { text: string; end: number }, text: string): boolean {
  return isCapital(c.text) && /^\s+(?:agreements?|accords?|conventions?|protocols?|club|pact|statute|charter|treaty|rulebook)\b/i.test(text.slice(c.end, c.end + 16));
}

/** Reads a question. */
export function analyzeQuestion(typed: string): Analysis {
  // shorthand typed in chat: "thru", "w/", "b/w"
  // (and the diplomatic words most often mistyped: "ambasador", "minster", "goverment")
  const question = typed.replace(/\bthru\b/gi, 'through').replace(/\bw\/(?=\s)/gi, 'with').replace(/\bb\/w\b/gi, 'between')
    .replace(/\b(?:ambasador|ambassdor|ambasadors|embassador)\b/gi, 'ambassador').replace(/\bminster(s?)\b/gi, 'minister$1').replace(/\bgoverment\b/gi, 'government')
    // (idioms of signing and adopting: "put pen to paper on", "put his name to", "signed off on" — by a legislature, approved)
    .replace(/\bput (?:pen to paper|(?:his|her|their|its) (?:names?|signatures?) (?:to|on))\b(?:\s+on\b)?/gi, 'signed').replace(/\b((?:senate|parliament|congress|national assembly|assembly|legislature|lawmakers|cabinet)\s+)sign(?:ed|s)? off on\b/gi, '$1approved').replace(/\bsign(?:ed)? off on\b/gi, 'adopted')
    // ("when did the convoy head out of khartoum", "set off from": it left)
    .replace(/\b(?:head(?:ed|s|ing)?\s+out|set(?:s|ting)?\s+off)(?:\s+(?:of|from))?\b/gi, 'leave')
    // ("who's running the new embassy", "who is in charge of the team": who heads it)
    .replace(RUNS_HEAD, (_m, a?: string, b?: string) => `${a ?? b} heads`)
    // ("headcount at the 8th arctic partnership week": how many took part)
    .replace(/\bhead\s?count\b/gi, 'number of participants')
    // ("how strong was the Ecuador earthquake": its magnitude)
    .replace(/\bhow (?:strong|powerful|big|large|severe|intense|bad)\s+(was|is|were)\s+(the\s+)?((?:[\p{L}'’-]+\s+){0,3}?(?:earthquakes?|quakes?|tremors?))\b/giu, 'what $1 the magnitude of $2$3')
    // ("which kazakh DPM/FM": one person with both posts)
    .replace(/\b([A-Za-z]{2,4})\/([A-Za-z]{2,4})\b/g, (x, p: string, q: string) => (/^(?:and|or)$/i.test(q) ? x : `${p} and ${q}`))
    // ("oldest vet on the revisit program": a veteran)
    .replace(/\bvets\b/gi, 'veterans').replace(/\bvet\b(?!\w)/gi, 'veteran')
    // ("by when are berths 8-10 supposed to be done": completed)
    .replace(/\b(be|get|got|gets|been)\s+done\b/gi, '$1 completed')
    // ("what yr was it designated": a year)
    .replace(/\byrs\b/gi, 'years').replace(/\byr\b/gi, 'year')
    // ("UK foreign sec": a secretary)
    .replace(/\b(foreign|home|defen[cs]e|trade|press|cabinet|general|executive|permanent)\s+sec\b\.?/gi, '$1 secretary')
    // ("when is sheikh mansour in korea": the dates of his visit)
    .replace(/^(when\s+(?:is|was|will)\s+(?!(?:it|there|this|that)\b)[\p{L}'’. -]{2,60}?)\s+(?:be\s+)?in\s+(korea|seoul|the rok|south korea|s\.\s?korea)\s*(\??)$/iu, '$1 visiting $2$3')
    // ("when did korea become an IAEA member": it joined the IAEA)
    .replace(/\b(?:become|became|becomes)\s+(?:a|an)\s+((?:[\w-]+\s+)?)(?:full\s+)?member(?:\s+(?:state|country|nation))?(?:\s+of)?\b/gi, 'join $1').replace(/\bjoin\s+(\s*[?.!]?)$/, 'join$1')
    // ("first year koica sent volunteers abroad": the year it began)
    .replace(/^\s*(?:the\s+)?first\s+(?:year|date)\s+(?!(?:of|for|in)\b)([^?]+)/i, 'when did $1 begin')
    // ("since when have Korea and NZ run a working holiday programme": when it began)
    .replace(/^\s*since\s+(?:when|what\s+year)\s+(?:have|has|did|do|does)\s+(?!(?:[\p{L}-]+\s+){0,4}been\b)([^?]+)/iu, 'when did $1 begin')
    // ("how much had Korean firms put into Tanzania": money put into a country is invested)
    .replace(/\b((?:firms|companies|businesses|investors|corporations)\b[^?]*?)\bput(?:ting|s)?\s+into\b/gi, '$1invested in').replace(/\bput(?:ting|s)?\s+into\b/gi, 'contributing to')
    // ("turkish soldiers KIA": killed in action, not the carmaker Kia)
    .replace(/\bKIA\b|(?<=\b(?:soldiers|troops|servicemen|personnel|peacekeepers|marines)\s+)kia\b/g, 'killed in action')
    // ("take S. Korea off its list": remove it from the list)
    .replace(/\b(?:take|takes|taking|took|taken)\s+([\p{L}.'’ -]{2,30}?)\s+off\s+(?=(?:its|the|their|his|her)\b)/giu, 'remove $1 from ')
    .replace(/\b(?:agreemnt|agrement|aggreement)\b/gi, 'agreement').replace(/\bfeasibilty\b/gi, 'feasibility').replace(/\bevacution\b/gi, 'evacuation');
  // ("re-establish" is one word: restore)
  const text = expandAbbreviations(question.replace(/\bre-(establish|open|start)/gi, 're$1'));
  const q = fold(text).replace(/[?!.]+$/, '').trim();
  // ("the name of the WHO project": the World Health Organization's initials, in capitals after the first word, ask no person)
  const asked = answerType(fold(question.replace(/(?<=\S\s+(?:the\s+)?)\bWHO\b(?!\s+(?:is|was|are|were|did|does|do|will|has|had|led|leads|signed|met|chaired|headed)\b)/g, 'W-H-O')).replace(/[?!.]+$/, '').replace(/^what(?:['’]s|s)\s+(?=(?:the\s+)?(?:exact\s+|precise\s+|specific\s+)?(?:dates?|days?)\b)/, 'what is ').replace(/\b(?:wich|whcih|whihc|wihch)\b/g, 'which').replace(/\b(?:waht|whta|wht)\b/g, 'what').replace(/\b(?:wehn|whn)\b/g, 'when').replace(/\b(?:wher|whre)\b/g, 'where').replace(/\bminster\b/g, 'minister').replace(/\blenght\b/g, 'length')
    // ("us under sec of state": an office, however shortened)
    .replace(/\b(?:usec|under sec)\b/g, 'under secretary').replace(/\bsec\b(?=\s+(?:of|gen)\b)/g, 'secretary')
    // ("which state mining co": a company)
    .replace(/\bcos\b(?!-)/g, 'companies').replace(/\bco\b(?!-)/g, 'company')
    // ("the battery JV in kentucky": a joint venture)
    .replace(/\bjvs\b/g, 'joint ventures').replace(/\bjv\b/g, 'joint venture').trim());
  const { type } = asked;
  const sourceEnd = SOURCE_CITED.exec(text)?.[0].length ?? 0;
  // "which Central American country": a grouping that qualifies the country asked for is not a slot the fact must name
  const countries = [...new Set(findCountriesTyped(text)
    .filter((c) => /^[A-Z]{3}$/.test(c.code) || !/^\s+(?:country|countries|nation|nations|state|states)\b/i.test(text.slice(c.end, c.end + 12)))
    .filter((c) => !documentCity(c, text))
    // ("according to the Korea-US-Japan meeting, how many missiles did Pyongyang fire": the parties of a source cited before the
    // question word are not asked, unless the question names them again)
    .filter((c, _, all) => c.end > sourceEnd || all.some((x) => x.code === c.code && x.start >= sourceEnd))
    .map((c) => c.code))].filter((c) => c !== 'KOR');
  const events = findEvents(text);
  // words typed as names (capitalized mid-sentence) that no lexicon explains: people, places, things
  // A question typed in capitals has no capitalized names to tell apart
  const shouting = (question.match(/\p{Lu}/gu)?.length ?? 0) > 0.7 * (question.match(/\p{L}/gu)?.length ?? 1);
  // words inside a country or grouping the question names ("Central Asian") are not names of their own
  const countrySpans = findCountriesTyped(question);
  // ("COP29", "G20", "Atoms4Food": a name may hold digits)
  const names = shouting ? [] : [...question.matchAll(/(?<!^)(?<![.?!]\s)\b[\p{Lu}][\p{L}'’-]+(?:\d+[\p{L}]*)*/gu)]
    .filter((m) => !countrySpans.some((c) => m.index! >= c.start && m.index! < c.end))
    // ("FMs'": a plural initialism with its possessive is the initialism)
    // (… and "FM's" is the FM: an abbreviation with its possessive is the abbreviation)
    .map((m) => m[0].replace(/^([A-Z]{2,6})s['’]$/, '$1').replace(/^([A-Z]{2,6})['’]s$/, '$1'))
    // (a currency's code is no name: "in USD" asks dollars, however the release writes them)
    .filter((w) => !/^(?:USD|EUR|KRW|JPY|CNY|GBP|CHF|AUD|CAD)$/.test(w))
    // (nor a roman number, "phase II": the stage is read as one)
    .filter((w) => !/^(?:I{2,3}|IV|VI{0,3}|IX|X)$/.test(w))
    .filter((w) => !findCountries(w).length && !abbreviation(w) && !stopWords().has(fold(w)) && !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/.test(w) && !TITLE_WORDS.test(w))
    // ("DG-level": of a hyphenated word, the parts written as names that are not initials the lexicon explains)
    .flatMap((w) => (/^[A-Z]{2,6}s$/.test(w) ? w.slice(0, -1) : w.replace(/['’]s?$/, '')).split('-')
      .filter((p, i, all) => p.length > 1 && (all.length === 1 || (/^\p{Lu}/u.test(p) && !abbreviation(p)))).map((p) => fold(p)));
  // ("Georgian port project Beridze pitched to …": a name before a verb is the subject of a clause on the noun before it)
  let head = asked.head;
  const subject = type === 'thing' && head && names.includes(head)
    ? [...question.matchAll(/(?:^|\s)([a-z][a-z-]+)\s+(\p{Lu}[\p{L}'’-]*)\s+([a-z]+)\b/gu)].find((m) => fold(m[2]!) === head && VERB_AFTER.test(m[3]!) && !stopWords().has(m[1]!))
    : undefined;
  if (subject) head = subject[1]!;
  const alternatives = new Map<string, string[]>();
  for (const w of question.split(/[^\p{L}\p{N}.]+/u)) {
    const exp = abbreviation(w);
    const t = terms(w)[0];
    if (exp && t) alternatives.set(t, terms(exp));
  }
  const analysis: Analysis = {
    question,
    text,
    type,
    // the words that frame an ordinal question ("which round", "what edition") are not in the fact
    // (single letters are typing, "w/ Oman"; the words that frame an ordinal question are not in the fact)
    terms: [...new Set(terms(phraseWords(question)))].filter((t) => t.length > 1 || /\d/.test(t)).filter((t) => type !== 'ordinal' || !/^(?:round|ordin|edit|number|rank)$/.test(t))
      // ("how long was the call": "long" frames the question)
      .filter((t) => t !== 'long' || !/\bhow long\b/i.test(question))
      // ("ROK quake aid to syria amount": the amount of what the question names, aid, is asked; "amount" itself frames it)
      .filter((t) => type !== 'number' || !/^(?:amount|figur|sum)$/.test(t) || !/\b(?:aid|assistance|pledges?|pledged|funding|grants?|loans?|contributions?|donations?|budget|investments?|support|relief)\b/i.test(question)),
    alternatives,
    countries,
    // ("on the 14th" is a day of the month, not a meeting's number)
    // ("in the first half of 2024", "when was X first designated": a part of a year and an adverb number no meeting;
    // "first elected" is still not "re-elected")
    ordinals: findOrdinals(question.replace(/\b(?:on|by|until|since) the \d{1,2}(?:st|nd|rd|th)\b(?=\s*(?:$|[?!,.;]|of\s+[a-z]+))/gi, ' ')
      .replace(/\b(?:first|second|1st|2nd|third|fourth)\s+(?:half|quarter)\b/gi, ' ')
      // ("third-country nationals": of countries other than the two, not a third of anything)
      .replace(/\bthird[- ]countr(?:y|ies)\b/gi, ' ')
      // ("1st VFM Yoo": the rank of a vice minister; not "the first vice-ministerial dialogue", a meeting at that level)
      .replace(/\b(?:first|second|1st|2nd)\s+(?=(?:vfm|vm|dm|vice|deputy)\b(?![- ]?(?:ministerial|level)\b))/gi, ' ').replace(/\bfirst\s+(?=(?!(?:elected|appointed|named)\b)(?:[a-z]+ed|held|met|began|took|came|won|set|made|time)\b)/gi, ' ')
      // ("round 1 of the talks", "session 3": a number after the word of a meeting is its ordinal)
      .replace(/\b(round|session)\s+(\d{1,2})\b(?![.,]\d)/gi, '$1 $2th')),
    events,
    // ("roads to be upgraded" upgrade no relationship: an upgrade is a relation only of ties, relations or a partnership)
    relations: events.filter((e) => (RELATION_EVENTS as readonly string[]).includes(e) || ['in_force', 'ratified', 'proclaimed', 'enacted'].includes(e)
      // (joining is a relation when the question says accession: "when did the ROK accede to the NPT", not "joined the meeting")
      || (e === 'joined' && /\b(?:acced\w*|accession)\b/.test(q))
      || (e === 'upgrade' && (/\b(?:ties|relations?|relationship|partner(?:ship|s)?|status|level)\b/.test(q) || !/\b(?:upgrad\w*|elevat\w*)\s+(?!(?:to|into)\b)/.test(q.replace(/\b(?:to be|being|been)\s+/g, ' '))))),
    dates: questionDates(question),
    // (every field is set here, the optional ones to undefined, so that every analysis has one shape: the engine's hot
    // functions then stay optimized for it)
    head: head || undefined,
    names,
    day: ((m) => (m ? Number(m[1]) : undefined))(/\b(?:on|by|until|since) the (\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:$|[?!,.;]|of\s+[a-z]+))/i.exec(question)),
    nationality: undefined,
    options: undefined,
    acronym: undefined,
    korea: findCountriesTyped(text).some((c) => c.code === 'KOR' && !/^seoul$/i.test(c.text)),
    // (only countries the question names no other way than by the place: "ROK-Estonia … in Tallinn" names Estonia)
    // ("fly into Yangon": where goods went is a place too)
    places: placesOf(question, /\b(?:in|at|into)\s+([\p{L}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?)/gu, text),
    // ("bring out of Beirut")
    left: placesOf(question, /\bout of\s+([\p{L}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?)/gu, text),
    // ("at the Athens Our Ocean Conference", "the busan FMM": a capital naming a meeting)
    // ("at the 7th brussels conf": an ordinal may number it)
    venues: placesOf(question, /\b(?:in|at|of|for|to|during) the\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?([\p{L}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?)/gu, text),
    // ("advisory level for Quito after the Ecuador update": a capital named beside its country is the city, not the government)
    countryTerms: new Map(((found) => found.filter((c) => !(isCapital(c.text) && found.some((o) => o.code === c.code && !isCapital(o.text))) && !documentCity(c, text))
      .flatMap((c) => terms(c.text).map((t) => [t, c.code] as const)))(findCountriesTyped(text))),
    // ("MRAs": a plural of an initialism)
    // ("RoU", "MoU": initials written with a small letter)
    initialisms: shouting ? [] : [...question.matchAll(/\b([A-Z]{2,6}|[A-Z][a-z][A-Z]{1,4})s?\b/g)].map((m) => m[1]!).filter((w) => !findCountries(w).length && !abbreviation(w) && !findCountriesTyped(text).some((c) => c.text === w)).map((w) => fold(w)),
    ...(/^\s*since\s+(?:when|what\s+year)\b/i.test(typed) ? { since: true } : {}),
  };
  if (type === 'who' || type === 'title') {
    for (const c of findCountriesTyped(text)) {
      // ("the ASEAN-ROK foreign ministers' meeting": a pair names a relation, not whose the person is)
      if (/-\s*$/.test(text.slice(Math.max(0, c.start - 2), c.start)) || /^\s*[-–]/.test(text.slice(c.end, c.end + 2))) continue;
      const after = fold(text.slice(c.end, c.end + 60));
      // (wide enough for "on behalf of the ")
      const before = fold(text.slice(Math.max(0, c.start - 18), c.start));
      // ("who did the ROK deputy FM meet in Baku": the subject who met is not the one asked)
      if (/^who(?:m)?\s+(?:did|does|will|has|had)\s+(?:the\s+)?$/.test(fold(text.slice(0, c.start))) && /^[\p{L}\s.'’-]{0,40}?\b(?:meet|meeting|met|talk|talks|talking|speak|speaking|call|calling|receive|receiving|host|hosting|see|seeing)\b/u.test(after)) continue;
      // ("who led the team that got Koreans out of Lebanon": a place left is not whose the person is)
      if (/\bout of\s+(?:the\s+)?$/.test(before)) continue;
      // ("who co-chaired alongside the korean FM": the person beside the one asked, of another side)
      // (… and "which WTO DDG signed the agreement with the ROK": the one asked acts with the other side)
      if (/\b(?:alongside|besides|beside|other than|apart from|opposite|with|together with)\s+(?:the\s+|his\s+|her\s+|their\s+)?$/.test(before)
        && (/^who\s+(?!(?:did|does|do|will|has|had)\b)/.test(q) || /^(?:which|what)\s+(?:[\w.'’-]+\s+){1,3}?(?:[a-z]{3,}ed|met|led|spoke|held|took|gave|signed)\b/.test(q))) { analysis.besides ??= c.code; continue; }
      // ("who was korea's icelandic counterpart", "korea's counterpart from the UN": whose counterpart is the other side)
      // (but "who was india's counterpart at the korea-india dialogue" is India's side: in a release of Korea's, the counterpart
      // is of another country than Korea)
      if (c.code === 'KOR' && /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?counterparts?\b/u.test(text.slice(c.end))) { analysis.besides ??= c.code; continue; }
      // ("who took over the MTCR chair from spain": the country taken over from is the predecessor's, not the one asked)
      if (/\bfrom\s+(?:the\s+)?$/.test(before) && /\b(?:took|take|takes|taking|taken)\s+over\b/.test(fold(text.slice(0, c.start)))) { analysis.besides ??= c.code; continue; }
      // ("who led the team sent to havana from mexico": where someone was sent from is not whose the person is)
      if (/\bfrom\s+(?:the\s+)?$/.test(before) && /\b(?:sent|dispatched|deployed|flown|flew|came|travell?ed|evacuated|returned|arrived|moved|transferred|relocated)\b[^?]{0,40}$/.test(fold(text.slice(0, c.start)))) continue;
      // ("who did korea's 2nd vice FM hold talks with": the country of the one who acts, the subject after "who did")
      if (/^who(?:m)?\s+(?:did|does|do|will|has|had|would)\s+(?:the\s+)?$/.test(fold(text.slice(0, c.start)))) continue;
      // ("the korea africa meeting alongside FM Cho": the person named after "alongside" is not the one asked)
      const lead = after.split(/\b(?:at|of|in|for|on|that|who|to|with|alongside|besides|beside)\b/)[0] ?? '';
      // ("who hosted lunch for the Ghanaian VP": the guest's country is not the host's)
      if (/\b(?:host(?:ed|s)?|held|hold|gave|give|threw|organi[sz]ed)\s+(?:a\s+|the\s+)?(?:state\s+|official\s+)?(?:lunch|luncheon|dinner|banquet|reception|breakfast)\s+for\s+(?:the\s+)?$|\b(?:meet|met|welcome[ds]?|receive[ds]?|greet(?:ed)?|call(?:ed)? on|summon(?:ed|s)?|call(?:ed)? in|inform(?:ed|s)?|told|tells?|brief(?:ed|s)?|notif(?:ied|ies|y)|thank(?:ed|s)?|congratulat(?:ed|es|e)|urge[ds]?|assure[ds]?|invite[ds]?)\s+(?:with\s+)?(?:the\s+)?$/.test(fold(text.slice(Math.max(0, c.start - 60), c.start)))) continue;
      // ("the US special rep for NK": the country after an envoy's "for" is the portfolio, not the envoy's nationality)
      const portfolio = /\b(?:rep|representative|envoy|coordinator|ambassador|negotiator|rapporteur|adviser|advisor)\s+for\s+(?:the\s+)?$/.test(fold(text.slice(Math.max(0, c.start - 40), c.start)));
      // ("who signed the MOU for the Kenyan Treasury", "for the turkish central bank": one who acts for a body of that country)
      const forBody = /\b(?:for|on behalf of|representing|from)\s+(?:the\s+)?$/.test(before) && /^\s*(?:[\w-]+\s+){0,2}?(?:treasury|central bank|bank|police|customs|coast guard|armed forces|military|army|navy|parliament|national assembly|agency|authority|commission)\b/.test(after);
      if (!portfolio && (forBody || PERSON_NOUNS.test(lead) || /^\s*(?:(?!(?:for|to|of|in|at|with|on|by|from|our|their|its|the|and)\b)[\w-]+\s+){0,3}?(?:delegation|side|team|government|govt|embassy|mission|ministry|foreign ministry|dept|department)\b/.test(after) || (/\b(?:represented|led|from|of|for|on behalf of)\s+$/.test(before) || /\brepresented\s+the\s+$/.test(fold(text.slice(Math.max(0, c.start - 20), c.start))) || (/\b(?:for|on behalf of)\s+the\s+$/.test(before) && /^\s*(?:$|[?!.,;]|side\b)/.test(text.slice(c.end)))) || (/^['’]s\s/.test(text.slice(c.end, c.end + 3)) && !/^['’]s\s+(?:[\w-]+\s+){0,4}(?:launch|launches|test|attack|provocation|invasion|election|decision|announcement|statement|move|visit|trip)\b/i.test(text.slice(c.end, c.end + 40))))) {
        analysis.nationality = c.code;
        break;
      }
    }
  }
  // ("which korean was chosen to chair the board": a people's name asks one of them)
  if ((type === 'who' || type === 'title') && !analysis.nationality) {
    const people = /^(?:which|what)\s+([a-z]+)\s+(?:is|was|were|are|has|had|did|will|got|won|became|serves|served|sits|sat)\b/.exec(q)?.[1];
    const code = people && /(?:an|ese|ish|i|ch)$/.test(people) ? findCountriesTyped(people).find((c) => c.text.length === people.length && /^[A-Z]{3}$/.test(c.code))?.code : undefined;
    if (code) analysis.nationality = code;
  }
  // ("korea's honorary consul in osh": an honorary consul serves the country that appoints him, but is most often a
  // citizen of the one he lives in — the country names the post, not the person's nationality)
  if (/\bhonorary consul/.test(q)) analysis.nationality = undefined;
  // ("who signed the ROK's … agreement on behalf of the IAEA": the body acted for is the side asked, not the owner of the thing)
  if (analysis.nationality && ((m) => !!m && analysis.initialisms.includes(m[1]!))(/\b(?:on behalf of|representing)\s+(?:the\s+)?([a-z][a-z0-9]{1,9})\b/.exec(q))) analysis.nationality = undefined;
  // ("who announced the aid for our side": the user's side is the ministry's own, unless the question names another's)
  if ((type === 'who' || type === 'title') && !analysis.nationality && /\b(?:for|from|on) our (?:side|government|govt|country|ministry|delegation)\b|\bour (?:side|government|govt|ministry)'?s?\b/.test(q)) analysis.nationality = 'KOR';
  // ("which MOFA official went along": the ministry's own official, a Korean — "which MOFA DG lodged the protest with the
  // Japanese DCM" too, whatever other country the question names)
  if ((type === 'who' || type === 'title') && !analysis.nationality && (!countries.length || /^(?:which|what)\s+(?:mofa|mfa)\b/.test(q)) && /\b(?:mofa|mfa|foreign affairs|foreign ministry)\s+(?:official|officer|diplomat|staff|dg|director|director-general|spokesperson|spokesman|spokeswoman)/.test(q)) analysis.nationality = 'KOR';
  // ("who gave the opening remarks for mofa": the one who spoke for the ministry, a Korean)
  if ((type === 'who' || type === 'title') && !analysis.nationality && /\b(?:for|on behalf of|representing)\s+(?:the\s+)?(?:mofa|mfa|korean foreign ministry|foreign ministry|ministry of foreign affairs)\s*$/.test(fold(question).replace(/[?!.]+$/, '').trim())) analysis.nationality = 'KOR';
  // ("who from MOFA was at the warsaw signing": someone of the ministry, a Korean, whatever the place)
  if ((type === 'who' || type === 'title') && !analysis.nationality && /\bfrom\s+(?:the\s+)?(?:mofa|korean foreign ministry|korean ministry of foreign affairs)\b/.test(q)) analysis.nationality = 'KOR';
  if (type === 'choice') {
    const m = /\b([\w-]+(?:\s[\w-]+)?) or ([\w-]+(?:\s[\w-]+)?)$/.exec(q);
    if (m) analysis.options = [m[1]!, m[2]!];
  }
  if (type === 'acronym') {
    const m = /\b(?:does|is)\s+([A-Za-z0-9&-]{2,10})\s+stand/i.exec(question) ?? /\b([A-Z][A-Z0-9&-]{1,9})\b/.exec(question);
    if (m) analysis.acronym = m[1]!;
  }
  return analysis;
}

const foldedCache = new WeakMap<Analysis, { question: string; text: string }>();

/** The question folded (lower case, no diacritics), once per question: span and slot checks read it for every fact. */
export function foldedQuestion(a: Analysis): string {
  return folded(a).question;
}

/** The question with its abbreviations spelled out, folded, once per question. */
export function foldedText(a: Analysis): string {
  return folded(a).text;
}

function folded(a: Analysis): { question: string; text: string } {
  let got = foldedCache.get(a);
  if (!got) { got = { question: fold(a.question), text: fold(a.text) }; foldedCache.set(a, got); }
  return got;
}
