/** Named things: quoted titles, capitalized names of forums, projects, agreements and bodies, acronyms with their expansions. */
import { findCountries } from './countries.js';
import type { Span } from './types.js';

const MONTH_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Words that start a post: "Permanent Representative … to the OECD", "Ambassador … to the Kingdom of Thailand". */
const POST_START = /^(?:Permanent|Ambassador|Representative|Envoy|Consul|Special)$/;
/** Words that open a post ("Brazil's Consul General in Shanghai" is a post held, and keeps whose it is). */
const POST_WORD = /^(?:Permanent|Ambassador|Representative|Envoy|Consul|Special|Minister|President|Prime|Foreign|Vice|Deputy|Secretary|Director|Chief|Head|Chair|Commissioner|Governor|Mayor|Senior|First|Second|Third)\b/;
/** Words that start the title of a document, inside which "in the" goes on: "Memorandum of Understanding on … in the …". */
const DOCUMENT_START = /^(?:Memorandum|Agreement|Treaty|Convention|Declaration|Statement|Protocol|Arrangement|Framework|Charter|Accord|MOU)$/;
/** Words that may follow a name's last word without qualifying it: prepositions, relative pronouns, verbs of being and having. */
const AFTER_NAME = /^(?:under|by|with|from|which|who|that|will|would|was|were|is|are|has|have|had|as|into|within|between|among|after|before|since|until|during|through|over|across|against)$/;
const LOWER_INSIDE = new Set(['of', 'for', 'on', 'and', 'the', 'in', 'to', 'de', 'at', 'las', 'los', 'la', 'del', 'da', 'do', 'dos', 'das', 'des', 'du', 'di', 'von', 'van', 'der', 'al', 'el']);
const SENTENCE_START_WORDS = /^(?:The|This|That|These|Those|It|In|On|At|As|By|For|From|With|And|But|Both|After|Before|During|Since|While|When|Under|Upon|Also|Then|Among|A|An|He|She|They|We|His|Her|Their)$/;

/** A run of capitalized words with the given small words inside it (and, if asked, a body's initials in brackets after a word). */
const run = (small: string, initials = false): string => {
  const word = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*${initials ? String.raw`(?:\s+\([A-Z][A-Za-z]{1,9}\))?` : ''}`;
  return String.raw`(?:the\s+)?${word}(?:\s+(?:(?:${small})\s+)*${word})*`;
};
/** A run of capitalized words with the small words inside a name: "the Government of the Kingdom of the Netherlands". */
const NAME_RUN = run('of|for|and|the|in|de|du|la');
/** The kinds of document whose titles name their parties, with up to three words before the kind ("Implementing Arrangement"). */
const DOCUMENT_KIND = String.raw`(?:\p{Lu}[\p{L}-]+\s+){0,3}?(?:Memorandum of Understanding|Memorandum|Agreement|Arrangement|Treaty|Convention|Protocol|Accord|Exchange of Notes|Letter of Intent|Program(?:me)?(?=\s+of\s))`;
/** A document's title that names its parties and subject: "Memorandum of Understanding between A and B on C". */
/** … and its subject, which may go on through "to the": "concerning Contributions to the Triangular Partnership Programme". */
const SUBJECT_RUN = run('of|for|and|the|in|de|du|la|to');
const DOCUMENT_BETWEEN = new RegExp(String.raw`(?<![\p{L}"“])(${DOCUMENT_KIND}(?:\s+of\s+${run('of|and')})?\s+between\s+${NAME_RUN}\s+and\s+${NAME_RUN}\s+(?:on|for|concerning|regarding)\s+${SUBJECT_RUN})`, 'gu');
/** A document's title whose subject comes first, with the small words inside it: "the Memorandum of Understanding on the
 * Establishment of a Joint Response Mechanism against Online Scam Crimes (between …)". */
/** (… through "from" and "through", and a body's initials in brackets: "Framework Arrangement concerning Loans from the Economic
 * Development Cooperation Fund (EDCF) for the Years 2014 through 2016") */
const DOCUMENT_ON = new RegExp(String.raw`(?<![\p{L}"“])(${DOCUMENT_KIND}\s+(?:on|concerning|regarding)\s+(?:the\s+|an?\s+)?${run('of|for|and|the|in|on|against|a|an|to|from|through', true)})`, 'gu');
const NAMES_PARTIES = new RegExp(String.raw`^${DOCUMENT_KIND}\s+between\s.+\sand\s`, 'u');

/** True when a name is a document's title that names its parties: "Contribution Agreement between A and B on C". */
export function namesItsParties(name: string): boolean {
  return NAMES_PARTIES.test(name);
}

/** A line labelled as a thing's title or name: the label's words before "title"/"name" (up to two), then the title. */
export const LABELLED_TITLE = /^\W{0,3}((?:[\p{L}-]+\s+){0,2})(?:[Tt]itle|[Nn]ame)\s*:\s*(\p{Lu}[^;]{2,250}?)\.?$/u;

/** A day or a place at the end of a run: "… on May 2", "… in Dhaka". */
const SIGNED_WHEN_WHERE = /\s+(?:on|in|at)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s+\d{1,2}(?:,\s+\d{4})?)?)$/u;

/** Words that open a person's name: a name that reaches them has ended before them. */
const PERSON_TITLE = /^(?:Professor|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|H\.E\.?|Ambassador|President|Governor|Mayor|Senator|Honorary)$/;

/** Quoted spans and capitalized multi-word names (with inner "of", "for", "on", "and", "the"). */
export function findThings(text: string): Span[] {
  const out: Span[] = [];
  // double quotes, or single quotes that are not apostrophes ("Brazil's", "Ministers' Meeting")
  const quoted = /["“]([^"“”]{2,120})["”]|(?<![\p{L}\p{N}])[‘']([^'‘’\n]{2,120})['’](?![\p{L}\p{N}])/gu;
  for (let m = quoted.exec(text); m; m = quoted.exec(text)) {
    const raw = m[1] ?? m[2]!;
    const inner = raw.replace(/\*+$/, '').trim();
    if (inner.split(' ').length > 14) continue;
    out.push({ start: m.index + 1, end: m.index + 1 + inner.length, text: inner });
  }
  // (a document's quoted title is whole however long: "the "Framework Agreement between the Government of the Republic of
  // Korea and the Government of … on Grant Aid"" — its parties and subject are part of its name)
  for (const m of text.matchAll(/["“]((?:\p{Lu}[\p{L}-]+\s+){0,3}?(?:Memorandum|Agreement|Treaty|Convention|Protocol|Arrangement|Framework|Charter|Accord|Exchange of Notes)\b[^"“”]{2,400})["”]/gu)) {
    const inner = m[1]!.replace(/[\s,.;:*]+$/, '');
    if (inner.split(' ').length <= 14 && m[1]!.length <= 120) continue;
    out.push({ start: m.index! + 1, end: m.index! + 1 + inner.length, text: inner });
  }
  // (and so is one unquoted that names its parties and subject: "the Implementing Arrangement between the Korea Astronomy and
  // Space Science Institute and the National Centre for Space Studies on Cooperation in Space Situational Awareness")
  // (the long pattern runs only where it may match: few sentences say "between")
  for (const m of /\sbetween\s/.test(text) ? text.matchAll(DOCUMENT_BETWEEN) : []) {
    const start = m.index! + m[0].length - m[1]!.length;
    // (not the quote that closes it: "… for the Years 2016-2019'")
    const title = m[1]!.replace(/[.'’]+$/, '');
    if (out.some((s) => s.start <= start && s.end >= start + title.length)) continue;
    out.push({ start, end: start + title.length, text: title });
  }
  for (const m of /\s(?:on|concerning|regarding)\s/.test(text) ? text.matchAll(DOCUMENT_ON) : []) {
    const start = m.index! + m[0].length - m[1]!.length;
    // (not a document inside another's title: "Agreement under the United Nations Convention on the Law of the Sea on …",
    // "the Council of Europe Convention on Cybercrime")
    if (m[1]!.split(/\s+/).length > 30 || /\b(?:under|of|to)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, start - 12), start)) || out.some((s) => s.start <= start && s.end >= start + m[1]!.length)) continue;
    // (not the day or the place of the signing after it: "… through 2016 in Dhaka.", "… Crimes on May 2")
    let title = m[1]!.replace(/\.$/, '');
    for (let tail = SIGNED_WHEN_WHERE.exec(title); tail && (/^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(tail[1]!) || findCountries(tail[1]!).some((c) => c.text.length === tail![1]!.length)); tail = SIGNED_WHEN_WHERE.exec(title)) title = title.slice(0, tail.index);
    out.push({ start, end: start + title.length, text: title });
  }
  // ("Project title: Strengthening Regulatory Infrastructure … in the Asia-Pacific Region": a labelled title is whole)
  const titled = LABELLED_TITLE.exec(text);
  if (titled && /^(?:(?:Project|Programme|Program|Official|Full)\s+)?$/.test(titled[1]!)) {
    const start = titled.index + titled[0].length - titled[2]!.length - (titled[0].endsWith('.') ? 1 : 0);
    out.push({ start, end: start + titled[2]!.length, text: titled[2]! });
  }
  // a body named by the resolution that set it up: "the 1540 Committee", "the 1718 Sanctions Committee"
  for (const m of text.matchAll(/\bthe\s+(\d{3,4}(?:\/\d{3,4})*\s+(?:\p{Lu}[\p{L}-]+\s+)?(?:Committee|Commission|Panel))\b/gu)) {
    const start = m.index! + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, text: m[1]! });
  }
  // capitalized runs: words starting with a capital or digit-led names (G20), joined by lowercase connectors
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’&.\-]*/gu)];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (!/^[\p{Lu}]/u.test(w[0]) || SENTENCE_START_WORDS.test(w[0])) { i++; continue; }
    let j = i + 1;
    let lastCap = i;
    while (j < words.length) {
      const gap = text.slice(words[j - 1]!.index! + words[j - 1]![0].length, words[j]!.index);
      // ("Korea Hydro & Nuclear Power": an ampersand joins a name)
      // ("Regulation (EU) 2021/821": a number's slash joins it)
      if (!/^\s+$|^\s*\(\s*$|^\s*\)\s*$|^\)\s+$/.test(gap) && !/^\s*-\s*$/.test(gap) && !/^\s+&\s+$/.test(gap) && !(gap === '/' && /^\d+$/.test(words[j - 1]![0]) && /^\d+$/.test(words[j]![0]))) break;
      const t = words[j]![0];
      // (not across a sentence's end inside a quote: "… the sacrifice of the Kagnew Battalion. Korea will never forget …")
      if (/\p{Ll}{2,}\.$/u.test(words[j - 1]![0]) && !/^(?:Co|Inc|Ltd|St|Jr|Sr|Dr|Mt|No|Corp|Bros|Gen|Col|Lt|Amb|Rep|Sen|Gov|Prof)\.$/.test(words[j - 1]![0])) break;
      if (/^[\p{Lu}\p{N}]/u.test(t)) { lastCap = j; j++; continue; }
      // (not into a date: "… Airport in Tirana on March 9"; not past an acronym into a place or a class: "… (IMO) in Category A")
      if (/^(?:in|at|to)$/.test(t) && /\)\s*$/.test(gap)) break;
      // (a name its initials close ends there: "Korea AeroSpace Administration (KASA) and Argentina's National Commission …")
      if (t === 'and' && /^\)\s+$/.test(gap)) break;
      // (not into a person: "conferred the Heung-in Medal on Professor Eszter Balogh-Szabó")
      if (/^(?:on|to|with)$/.test(t) && PERSON_TITLE.test(words[j + 1]?.[0] ?? '')) break;
      if (LOWER_INSIDE.has(t) && j + 1 < words.length && /^\p{Lu}/u.test(words[j + 1]![0]) && !MONTH_NAME.test(words[j + 1]![0].replace(/\.$/, ''))) { j++; continue; }
      // ("the Memorandum of Understanding on Cooperation in the Critical Minerals Supply Chain": "in the" inside the title
      // of a document, not into a place)
      if (t === 'in' && words[j + 1]?.[0] === 'the' && /^\p{Lu}/u.test(words[j + 2]?.[0] ?? '') && DOCUMENT_START.test(w[0]) && !findCountries(words[j + 2]![0]).length) { j += 2; continue; }
      // ("the United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA, …)": "in the" inside a name
      // whose initials, closing it further on, begin with its first word's)
      if (t === 'in' && words[j + 1]?.[0] === 'the' && /^\p{Lu}/u.test(words[j + 2]?.[0] ?? '') && words[j + 2]![0][0] !== w[0][0]) {
        let k = j + 2;
        while (k + 1 < words.length && (/^\p{Lu}/u.test(words[k + 1]![0]) || (/^(?:of|and)$/.test(words[k + 1]![0]) && /^\p{Lu}/u.test(words[k + 2]?.[0] ?? ''))) && /^\s+$/.test(text.slice(words[k]!.index! + words[k]![0].length, words[k + 1]!.index))) k++;
        const initials = /^\s*\(([A-Z]{2,10})[),]/.exec(text.slice(words[k]!.index! + words[k]![0].length))?.[1];
        if (initials && initials[0] === w[0][0] && initials.length >= 3) { j += 2; continue; }
      }
      // ("the Pledging Conference on the Rohingya Refugee Crisis", "the Conference on the Law of the Sea": "on the" inside the
      // name of a meeting, before its subject)
      // (… or of a treaty inside a longer name: "the 2025 Review Conference of the Treaty on the Prohibition of Nuclear Tests")
      if (t === 'on' && words[j + 1]?.[0] === 'the' && /^\p{Lu}/u.test(words[j + 2]?.[0] ?? '') && /^(?:Conference|Summit|Forum|Dialogue|Symposium|Seminar|Workshop|Meeting|Roundtable|Colloquium|Treaty)$/.test(words[j - 1]![0]) && !MONTH_NAME.test(words[j + 2]![0]) && !findCountries(words[j + 2]![0]).length) { j += 2; continue; }
      // ("Permanent Representative of the Republic of Korea to the OECD": a post goes on to where it is held)
      if (t === 'to' && words[j + 1]?.[0] === 'the' && /^\p{Lu}/u.test(words[j + 2]?.[0] ?? '') && POST_START.test(w[0]) && !PERSON_TITLE.test(words[j + 2]![0])) { j += 2; continue; }
      // ("… Commission for Asia and the Pacific (ESCAP)": "and the" inside a name that its initials close)
      if (t === 'and' && words[j + 1]?.[0] === 'the' && /^\p{Lu}/u.test(words[j + 2]?.[0] ?? '') && /^\s*\([A-Z]{2,10}\)/.test(text.slice(words[j + 2]!.index! + words[j + 2]![0].length))) { j += 2; continue; }
      // ("… Capacity Building in Latin America and the Caribbean", "… Centre for Asia and the Pacific": a region's own name)
      if (t === 'and' && words[j + 1]?.[0] === 'the' && /^(?:America|Asia)$/.test(words[j - 1]![0]) && /^(?:Caribbean|Pacific)\.?$/.test(words[j + 2]?.[0] ?? '')) { j += 2; continue; }
      // ("Virgen de las Nieves University Hospital": two particles of a Romance name)
      if (/^(?:de|da|do|van|von)$/.test(t) && /^(?:la|las|los|le|les|der|den|dos|das)$/.test(words[j + 1]?.[0] ?? '') && /^\p{Lu}/u.test(words[j + 2]?.[0] ?? '')) { j += 2; continue; }
      // "Executive Council of the League of Coastal States"
      // (not into a name that only qualifies a common noun: "ROKS Wang Geon of the Cheonghae anti-piracy unit")
      // (… and "for the" inside a name of two words or more, not after a place or initials: "the Organization for the
      // Prohibition of …", not "in Quito for the Summit", "the Fund (EDCF) for the Aqaba-Amman Project")
      if ((t === 'of' || (t === 'for' && j - 1 > i && !/\)\s*$/.test(gap) && !findCountries(words[j - 1]![0]).length)) && words[j + 1]?.[0] === 'the' && j + 2 < words.length && /^\p{Lu}/u.test(words[j + 2]![0]) && !SENTENCE_START_WORDS.test(words[j + 2]![0])
        // (a preposition or a verb after the word ends the name there, it does not qualify the word: "the National Center for
        // the Rights of the Child under the Ministry …")
        && !(words[j + 3] && /^\s+$/.test(text.slice(words[j + 2]!.index! + words[j + 2]![0].length, words[j + 3]!.index)) && /^[a-z]/.test(words[j + 3]![0]) && !LOWER_INSIDE.has(words[j + 3]![0]) && !AFTER_NAME.test(words[j + 3]![0]))) { j += 2; continue; }
      break;
    }
    if (lastCap > i || /^[A-Z]{2,}[a-z]?$/.test(w[0])) {
      let start = w.index!;
      const end = words[lastCap]!.index! + words[lastCap]![0].replace(/[.’']+$/, '').length;
      // ("Argentina's National Commission on Space Activities": the country whose body it is is not part of its name)
      const owner = /^([\p{L}-]+(?:\s[\p{L}-]+)?)['’]s\s+(?=\p{Lu})/u.exec(text.slice(start, end));
      if (owner && lastCap > i + 1 && !POST_WORD.test(text.slice(start + owner[0].length, end)) && findCountries(owner[1]!).some((c) => c.text.length === owner[1]!.length)) start += owner[0].length;
      let span = text.slice(start, end);
      // close an opened parenthesis: "Global Ports Forum (GPF) on Africa 2019"
      if ((span.match(/\(/g) ?? []).length > (span.match(/\)/g) ?? []).length) span += ')';
      out.push({ start, end: start + span.length, text: span });
    }
    i = lastCap + 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "Korea-Andes Green Initiative (KAGI)" → KAGI ⇒ the long form; also "KAGI (Korea-…)". */
export function findAcronyms(text: string): Array<{ acronym: string; expansion: string }> {
  const out: Array<{ acronym: string; expansion: string }> = [];
  const re = /((?:[\p{Lu}][\p{L}'’-]*|of|for|on|and|the|in)(?:\s+(?:[\p{Lu}][\p{L}'’-]*|of|for|on|and|the|in)){0,10})\s+\(([A-Z][A-Za-z0-9&-]{1,10})\)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const acronym = m[2]!;
    const words = m[1]!.split(/\s+/);
    // keep the shortest tail of capitalized words whose initials cover the acronym
    const letters = acronym.replace(/[^A-Z]/g, '');
    let best = words.join(' ');
    let found = false;
    for (let k = words.length - 1; k >= 0; k--) {
      const tail = words.slice(k);
      const initials = tail.flatMap((w) => w.split('-')).filter((w) => /^[\p{Lu}]/u.test(w)).map((w) => w[0]).join('');
      if (initials.length >= letters.length && initials.endsWith(letters.slice(-1))) { best = tail.join(' '); found = true; if (initials.startsWith(letters[0]!)) break; }
    }
    // ("National Institute for International Education (NIIED)": a word may give two letters; the tail whose initials begin
    // the acronym, not the whole run of capitals before it, "Ministry of Education and the …")
    if (!found && letters.length >= 4) {
      for (let k = words.length - 1; k >= 0; k--) {
        const tail = words.slice(k);
        const initials = tail.flatMap((w) => w.split('-')).filter((w) => /^[\p{Lu}]/u.test(w)).map((w) => w[0]).join('');
        if (initials.length >= letters.length - 1 && letters.startsWith(initials) && /^\p{Lu}/u.test(tail[0]!)) { best = tail.join(' '); break; }
      }
    }
    out.push({ acronym, expansion: best.replace(/^(?:(?:the|of|for|and|in|on)\s+)+/i, '') });
  }
  return out;
}
