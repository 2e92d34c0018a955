/** Candidate answer spans of each type in one fact, scored by how well they fit the question. */
import { findCountries, countryName } from '../facts/countries.js';
import { findAcronyms, findThings } from '../facts/things.js';
import type { Fact } from '../facts/types.js';
import { fold, synonymsOf, terms } from '../search/terms.js';
import type { Analysis } from './analyze.js';

export interface SpanCandidate {
  text: string;
  start: number;
  end: number;
  /** 0..1: fit to the question (type details, closeness to the words the question shares with the fact). */
  score: number;
  /** The answer can change over time (a post, a figure): reply says "as of". */
  changeable?: boolean;
}

const PLACE_PREP = /\b(?:in|at|to|from|into|toward|towards)\s+$/;
const NOT_PLACE = /^(?:the|a|an|which|this|that|order|particular|addition|part|charge|time|terms|favor|view|line|support|response|light|order)$/i;

/** Positions in the fact where question terms (or their synonyms) occur. */
export function anchors(a: Analysis, text: string): number[] {
  const wanted = new Set(a.terms.flatMap((t) => synonymsOf(t)));
  const out: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const t = terms(m[0])[0];
    if (t && wanted.has(t)) out.push(m.index!);
  }
  return out;
}

function closeness(pos: number, anchorsAt: number[], len: number): number {
  if (!anchorsAt.length) return 0.5;
  const d = Math.min(...anchorsAt.map((p) => Math.abs(p - pos)));
  return 1 - Math.min(1, d / Math.max(60, len));
}

/** True when the span is (mostly) words of the question: it cannot be the answer to it. */
function inQuestion(a: Analysis, span: string): boolean {
  const st = terms(span);
  if (!st.length) return false;
  const q = new Set(a.terms);
  const qWords = fold(a.text);
  const hits = st.filter((t) => q.has(t)).length;
  return hits / st.length > 0.6 || qWords.includes(fold(span));
}

/** Candidate spans of the type the question wants. */
export function spanCandidates(a: Analysis, fact: Fact): SpanCandidate[] {
  const text = fact.text;
  const at = anchors(a, text);
  const near = (start: number): number => closeness(start, at, text.length);
  switch (a.type) {
    case 'when': {
      const asked = new Set(a.dates.map((d) => d.value.replace(/^\?{4}/, '')));
      const wantsYear = /\b(?:what|which|in what|in which) year\b|\byear\b/.test(fold(a.question));
      return fact.dates
        .filter((d) => !a.dates.some((q) => fold(q.text) === fold(d.text)) && !asked.has(d.value.replace(/^\d{4}|\?{4}/, '')))
        .map((d) => ({
          text: d.text.replace(/^(?:the )?(?:morning|afternoon|evening) of /i, ''),
          start: d.start, end: d.end,
          score: near(d.start) * (wantsYear && d.precision !== 'year' && d.yearInferred ? 0.6 : 1) * (d.until && /\bdates\b|\bdays\b|\bperiod\b|\bfrom\b|\buntil\b|\bstay/.test(fold(a.question)) ? 1.2 : 1),
        }));
    }
    case 'who': {
      const people = fact.people.filter((p) => !a.names.some((n) => fold(p.name).split(/\s+/).includes(n)) && !inQuestion(a, p.name));
      return people.map((p) => {
        const titleTerms = new Set(terms(`${p.title ?? ''} ${p.country ? countryName(p.country) : ''}`));
        const overlap = a.terms.filter((t) => titleTerms.has(t)).length;
        const countryFit = p.country && a.countries.includes(p.country) ? 0.3 : 0;
        const koreanAsked = /\b(?:korea|korean|rok|s\.? korea)\b/.test(fold(a.question)) && !a.countries.length;
        const koreanFit = koreanAsked && !p.country ? 0.2 : 0;
        return { text: p.name, start: p.start, end: p.end, score: 0.4 * near(p.start) + 0.15 * Math.min(2, overlap) + countryFit + koreanFit, changeable: true };
      });
    }
    case 'where': {
      const out: SpanCandidate[] = [];
      for (const t of findThings(text)) {
        const before = text.slice(Math.max(0, t.start - 12), t.start);
        if (!PLACE_PREP.test(before) || NOT_PLACE.test(t.text) || inQuestion(a, t.text)) continue;
        if (fact.people.some((p) => p.start <= t.start && p.end >= t.start)) continue;
        const isCountry = findCountries(t.text).length > 0;
        out.push({ text: t.text.replace(/,$/, ''), start: t.start, end: t.end, score: near(t.start) * (isCountry ? 0.9 : 1) });
      }
      // "Hanoi, the Socialist Republic of Viet Nam" / "Buenos Aires, Argentina": keep the city
      for (const c of findCountries(text)) {
        if (c.code === 'KOR' || a.countries.includes(c.code) || out.some((o) => o.start <= c.start && o.end >= c.end)) continue;
        const before = text.slice(Math.max(0, c.start - 12), c.start);
        if (PLACE_PREP.test(before)) out.push({ text: c.text, start: c.start, end: c.end, score: near(c.start) * 0.8 });
      }
      return out;
    }
    case 'number': {
      const q = fold(a.question);
      const money = /\bhow much\b|\baid\b|\bamount\b|\btrade\b|\bsupport\b|\bbudget\b|\bpledge/.test(q);
      const percent = /\brate\b|\bpercent|%|\bby how much\b/.test(q);
      const duration = /\bhow long\b|\byears had passed\b|\bhow many (?:years|months|days|weeks)\b/.test(q);
      return fact.numbers
        .filter((n) => !a.question.includes(n.text) && !(n.unit && /^(?:percent|%)$/.test(n.unit) === false && inQuestion(a, n.text)))
        .map((n) => {
          const unitTerms = new Set(terms(n.unit ?? ''));
          const unitFit = a.terms.some((t) => unitTerms.has(t) || synonymsOf(t).some((s) => unitTerms.has(s))) ? 0.35 : 0;
          const isMoney = !!n.unit && /\$|USD|€|EUR|KRW|₩|£|¥|dollars|won|euros|yen|yuan/.test(n.unit);
          const isPercent = n.unit === '%';
          const isDuration = !!n.unit && /^(?:years?|months?|days?|weeks?|hours?)\b/.test(n.unit);
          let typeFit = 0;
          if (money) typeFit += isMoney ? 0.35 : -0.1;
          if (percent) typeFit += isPercent ? 0.35 : -0.1;
          if (duration) typeFit += isDuration ? 0.35 : -0.2;
          const withUnit = isDuration && !/-/.test(n.text) ? `${n.text} ${n.unit!.split(' ')[0]}` : n.text;
          return { text: withUnit, start: n.start, end: n.end, score: 0.5 * near(n.start) + unitFit + typeFit, changeable: true };
        });
    }
    case 'country': {
      return findCountries(text)
        .filter((c) => c.code !== 'KOR' && !a.countries.includes(c.code) && c.code.length === 3)
        .map((c) => ({ text: countryName(c.code), start: c.start, end: c.end, score: near(c.start) }));
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
        .map((p) => ({ text: p.title!.replace(/^(?:Russian|Japanese|Chinese|[A-Z][a-z]+(?:'s)?)\s+(?=Deputy|Vice|Foreign|Prime|Minister|President)/, '').replace(/\s+(?:in charge of|for|of)\s.*$/, ''), start: p.start, end: p.end, score: 1, changeable: true }));
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
    case 'reason': {
      return [...text.matchAll(/\b(?:due to|because of|owing to|thanks to|as a result of|driven by|on the back of|caused by|with)\s+((?:the\s+)?[^,.;]{3,80}?)(?=[,.;]|\s+(?:and|as|which|in other)\b|$)/gi)]
        .map((m) => ({ text: m[1]!, start: m.index!, end: m.index! + m[0].length, score: near(m.index!) * (/^with\b/i.test(m[0]) ? 0.5 : 1) }));
    }
    case 'thing':
      return thingCandidates(a, fact, near);
  }
}

function thingCandidates(a: Analysis, fact: Fact, near: (i: number) => number): SpanCandidate[] {
  const text = fact.text;
  const out: SpanCandidate[] = [];
  const head = a.head ? terms(a.head)[0] : undefined;
  const headSyn = new Set(head ? synonymsOf(head) : []);
  const peopleAt = (s: number): boolean => fact.people.some((p) => s >= p.start && s < p.end);
  for (const t of findThings(text)) {
    if (peopleAt(t.start) || inQuestion(a, t.text)) continue;
    if (findCountries(t.text).some((c) => c.text === t.text)) continue;
    const st = terms(t.text);
    const endsWithHead = head ? headSyn.has(st[st.length - 1] ?? '') : false;
    const hasHead = head ? st.some((x) => headSyn.has(x)) : false;
    const quoted = /["“']$/.test(text.slice(Math.max(0, t.start - 1), t.start));
    out.push({ text: t.text, start: t.start, end: t.end, score: 0.45 * near(t.start) + (endsWithHead ? 0.5 : hasHead ? 0.3 : 0) + (quoted ? 0.15 : 0) + Math.min(0.1, st.length * 0.03) });
  }
  // a lower-case noun phrase ending with the head noun: "industrial sector", "humanitarian diplomacy"
  if (head) {
    for (const m of text.matchAll(/\b((?:[\p{L}][\p{L}'’-]*\s+){0,3}?)([\p{L}][\p{L}'’-]*)\b/gu)) {
      const last = terms(m[2]!)[0];
      if (!last || !headSyn.has(last)) continue;
      const phrase = m[0].split(/\s+/);
      while (phrase.length > 1 && (/^(?:the|a|an|of|in|on|its|their|his|her|for|and|to|with|as|at|by|from|this|that|which|relatively|low|still)$/i.test(phrase[0]!) || a.terms.includes(terms(phrase[0]!)[0] ?? ''))) phrase.shift();
      if (phrase.length < 2) continue;
      const span = phrase.join(' ');
      const start = m.index! + m[0].length - span.length;
      out.push({ text: span, start, end: start + span.length, score: 0.45 * near(start) + 0.45 });
    }
  }
  return out;
}
