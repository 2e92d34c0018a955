/** Numbers and amounts with their units: "US$650,000", "some 6,000 people", "three daily flights", "2.4%". */
import { findCountries, isDemonym } from './countries.js';
import type { NumberMention } from './types.js';

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

// ("handed over two vessels": "over" after a verb it belongs to is no "more than")
const QUAL = '(?:(?:some|about|around|roughly|approximately|nearly|almost|(?<!\\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|took|taken?|takes|taking|pass(?:ed|es|ing)?|sign(?:ed|s|ing)?|gave|give[ns]?|giving|carr(?:y|ied|ies|ying)|won|win|wins|winning)\\s)over|more than|less than|fewer than|up to|at least|at most|an estimated|a total of|a record)\\s+)?';
// (other dollars and currencies by their codes: "A$ 2.3 billion", "NZ$ 10 million", "CAD 5 million")
const CUR_BEFORE = '(?:US\\$|USD\\s?|(?:A|AU|C|CA|NZ|S|HK|R|NT)\\$|(?:AUD|CAD|NZD|JPY|CNY|RMB|GBP|CHF|INR|SGD)\\s?|\\$|€|EUR\\s?|KRW\\s?|₩|£|¥)';
const NUM = `(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?`;
const WORD_NUM = `(?:${Object.keys(WORDS).join('|')})(?:[- ](?:${Object.keys(WORDS).join('|')}))?`;
const SCALE_RE = '(?:\\s?(?:thousand|million|billion|trillion|mn|bn))?';
const CUR_AFTER = '(?:\\s(?:US dollars|dollars|won|euros|yen|yuan|rubles|tenge))';

const RE = new RegExp(
  `(?<![\\w$€£¥₩.,:-])${QUAL}(?:${CUR_BEFORE}\\s?${NUM}${SCALE_RE}|${NUM}${SCALE_RE}(?:\\s?(?:%|percent|per cent)|${CUR_AFTER})?|\\b${WORD_NUM}\\b)(?![\\w]|[.,:]\\d)`,
  'gi',
);

/** A telephone number: "+82-2-3210-0404", "+82 2 3210 0404", "02-3210-0404". */
const PHONE = /\+\d{1,3}(?:[-\s.]\(?\d{1,4}\)?){2,4}(?!\d)|(?<![\d,.-])\d{2,4}-\d{3,4}-\d{4}(?![\d-])/g;

/** Words after a number that are not what it counts. */
const NOT_UNIT = /^(?:and|or|to|of|in|on|at|for|from|with|by|per|each|every|the|a|an|is|are|was|were|has|have|had|will|would|could|can|may|who|which|that|than|ago|since|as)$/i;

function valueOf(num: string): number {
  const lower = num.toLowerCase();
  const digits = /[\d,]+(?:\.\d+)?/.exec(lower);
  let v = digits ? Number(digits[0].replace(/,/g, '')) : 0;
  if (!digits) for (const part of lower.split(/[- ]/)) if (WORDS[part] !== undefined) v = v ? v * (WORDS[part]! >= 100 ? WORDS[part]! : 1) + (WORDS[part]! < 100 ? WORDS[part]! : 0) : WORDS[part]!;
  for (const [w, s] of Object.entries(SCALE)) if (lower.includes(w)) v *= s;
  if (/\bbn\b/.test(lower)) v *= 1e9;
  if (/\bmn\b/.test(lower)) v *= 1e6;
  return v;
}

/** A currency, as a figure's unit says it: "US$", "CHF", "€", "won". */
export const MONEY_UNIT = /(?:A|AU|C|CA|NZ|S|HK|R|NT)\$|US\$|USD|\b(?:AUD|CAD|NZD|JPY|CNY|RMB|GBP|CHF|INR|SGD)\b|\$|€|EUR|KRW|₩|£|¥|dollars|\bwon\b|euros|yen|yuan/i;

/** Finds numbers with what they count; years and dates are left to the date finder (pass their spans to skip). */
export function findNumbers(text: string, skip: Array<{ start: number; end: number }> = []): NumberMention[] {
  const out: NumberMention[] = [];
  // ("the Consular Call Center (+82-2-3210-0404)": the groups of a telephone number count nothing)
  const phones = [...text.matchAll(PHONE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  RE.lastIndex = 0;
  for (let m = RE.exec(text); m; m = RE.exec(text)) {
    let span = m[0];
    const start = m.index;
    if (phones.some((p) => start < p.end && start + span.length > p.start)) continue;
    const money = MONEY_UNIT.exec(span)?.[0];
    const percent = /%|percent|per cent/i.test(span);
    if (!money && !percent && skip.some((s) => start < s.end && start + span.length > s.start)) continue;
    // what it counts: "-member delegation", "direct flights", "member countries"
    // (units of power are written in capitals: "1,000 MW reactors")
    // ("two 52-meter patrol vessels": a measure that sizes the things counted stands between the figure and its noun)
    const sizing = /^\s+\d[\d,.]*-(?:meter|metre|ton|tonne|km|kilometer|kilometre|foot|feet|seat|bed|story|storey|MW|GW)\b/.exec(text.slice(start + span.length))?.[0] ?? '';
    const after = /^(-[a-z]+)?((?:\s+(?:[a-z][a-z'-]*|[kMGT]Wh?\b)){0,3})/.exec(text.slice(start + span.length + sizing.length));
    // ("a 175,000-strong community": "-strong" says nothing of what is counted)
    const hyphen = after?.[1] === '-strong' ? '' : after?.[1] ?? '';
    const unitWords = (after?.[2] ?? '').trim().split(/\s+/).filter(Boolean);
    const stop = unitWords.findIndex((w) => NOT_UNIT.test(w));
    if (stop >= 0) unitWords.length = stop;
    // ("27 teams applied", "16 advanced to the oral rounds": a verb in the past after the figure ends what it counts;
    // a participle before a noun is part of it: "16 registered voters")
    const past = (w: string | undefined): boolean => !!w && /^[a-z]{3,}(?:ed|ied)$/.test(w) && !/^(?:need|speed|seed|hundred|feed|breed|deed)$/.test(w);
    // ("220 crossed into Egypt": a verb in the past that goes on to where or how ends what is counted, however soon)
    const acted = unitWords.findIndex((w, i) => past(w) && /^(?:into|to|from|in|at|on|through|across|via|with|the|a|an|by|for|over|out|back|home|safely)$/.test(unitWords[i + 1] ?? ''));
    if (acted >= 0) unitWords.length = acted;
    if (unitWords.length > 1 && past(unitWords[unitWords.length - 1])) unitWords.pop();
    else if (unitWords.length === 1 && stop === 1 && past(unitWords[0])) unitWords.pop();
    // ("more than 150 Member States", "40 Contracting Parties": bodies of members are written in capitals)
    const members = !unitWords.length && !hyphen ? /^\s+((?:Member|Contracting|State|Observer)\s+(?:States|Parties)|States|Parties)\b/.exec(text.slice(start + span.length)) : null;
    if (members) unitWords.push(...members[1]!.split(/\s+/));
    // ("136 Koreans were among …": a people named by their country counts them)
    if (!unitWords.length && !hyphen) {
      // ("some 11,000 Vietnamese seasonal workers": the nationality and the noun after it)
      const people = /^\s+(\p{Lu}\p{Ll}+(?:ans|ese|is|ers|ns|s))(?!\p{L})((?:\s+[a-z][a-z'-]*){0,3})/u.exec(text.slice(start + span.length));
      if (people && findCountries(people[1]!).some((c) => c.text.length === people[1]!.length)) {
        const rest = people[2]!.trim().split(/\s+/).filter(Boolean);
        const cut = rest.findIndex((w) => NOT_UNIT.test(w));
        unitWords.push(people[1]!, ...(cut >= 0 ? rest.slice(0, cut) : rest));
      }
    }
    // ("126 Global Korea Scholarship (GKS) students": a name in capitals, its initials in brackets, then the noun counted)
    if (!unitWords.length && !hyphen && !money && !percent) {
      const named = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,5}\([A-Z][A-Za-z&]{1,9}\)\s+([a-z][a-z'-]*s|people|personnel|staff|children)\b/u.exec(text.slice(start + span.length));
      if (named && !NOT_UNIT.test(named[1]!) && !past(named[1]!) && !/^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(text.slice(start + span.length).trim())) unitWords.push(...named[0].replace(/\([^()]*\)/g, ' ').trim().split(/\s+/));
    }
    // ("70 export control, customs and licensing officials": the noun a list of its kinds ends with is what is counted)
    const listed = unitWords.length && !hyphen && !money && !percent ? /^\s+(?:[a-z][a-z'-]*\s+){0,2}[a-z][a-z'-]*(?:,\s+(?:[a-z][a-z'-]*\s+){0,2}[a-z][a-z'-]*)*,?\s+(?:and|or)\s+(?:[a-z][a-z'-]*\s+){0,2}?([a-z][a-z'-]*s)\b(?!\s+(?:[a-z][a-z'-]*\s+)?(?:of|to)\b)/.exec(text.slice(start + span.length)) : null;
    // (not a list of things counted together: "3 tents, blankets and kits")
    if (listed && /,/.test(listed[0]) && !/s$|^(?:people|personnel|staff|children|men|women)$/.test(unitWords[unitWords.length - 1]!) && !NOT_UNIT.test(listed[1]!) && !unitWords.includes(listed[1]!)) unitWords.push(listed[1]!);
    if (/^(?:one|a)$/i.test(span.trim()) && !hyphen && !unitWords.length) continue; // "one of", pronoun uses
    // ("a royal seal made in 1676 for Queen Myeongseong": a bare year after "in", "since", "from" or "until" counts nothing)
    if (/^1\d{3}$|^20\d{2}$/.test(span) && !hyphen && !unitWords.length && /\b(?:in|since|until|till|from|circa)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) continue;
    // "ASEAN Plus Three", "the Group of Seven": a number word written with a capital inside a name counts nothing
    if (/^[A-Z][a-z]+$/.test(span) && WORDS[span.toLowerCase()] !== undefined && /(?:\b[A-Z][\w-]*|\bof)\s+$/.test(text.slice(Math.max(0, start - 30), start))
      && !/(?:^|[.!?:;]\s+|["“(]\s*)$/.test(text.slice(Math.max(0, start - 3), start))) continue;
    // ("Venue: Four Seasons Hotel Seoul", "at the Three Gorges Dam": … and so is one written with a capital before another
    // capitalized word that names no people, and a third, unless it opens a sentence: "Three Koreans", "Two ROK nationals")
    const nameAfter = /^[A-Z][a-z]+$/.test(span) && WORDS[span.toLowerCase()] !== undefined ? /^\s+(\p{Lu}[\p{L}'’-]*)(?=\s+\p{Lu})/u.exec(text.slice(start + span.length))?.[1] : undefined;
    if (nameAfter && !findCountries(nameAfter).length && !isDemonym(nameAfter) && !/(?:^|[.!?]\s*)$/.test(text.slice(0, start))) continue;
    if (/^-(?:way|fold|time|party|sided|track)$/.test(hyphen)) continue; // "two-way trade" counts nothing
    span += hyphen;
    const unit = money ?? (percent ? '%' : [hyphen.slice(1), ...unitWords].filter(Boolean).join(' ') || undefined);
    // "a flight of about 1 hour 10 minutes", "2 years and 6 months": one length of time
    const compound = !hyphen && unitWords.length && /^(?:years?|months?|weeks?|days?|hours?)$/.test(unitWords[0]!)
      ? new RegExp(`^\\s+${unitWords[0]}(?:,?\\s+and)?\\s+(?:${NUM}|${WORD_NUM})\\s+(?:months?|weeks?|days?|hours?|minutes?)\\b`, 'i').exec(text.slice(start + span.length))?.[0] : undefined;
    if (compound) {
      span += compound;
      RE.lastIndex = start + span.length;
    }
    out.push({ start, end: start + span.length, text: span, value: valueOf(m[0]), ...(unit ? { unit: compound ? compound.trim() : unit } : {}) });
  }
  return out;
}
