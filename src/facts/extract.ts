/** Release → Fact[]: one fact per sentence or bullet, with the dates, countries, people, numbers, things and events it mentions. */
import type { Release } from '../releases/types.js';
import { countryCodes } from './countries.js';
import { findDates } from './dates.js';
import { findEvents } from './events.js';
import { findNumbers } from './numbers.js';
import { findPeople } from './people.js';
import { splitSentences } from './sentences.js';
import { findAcronyms, findThings } from './things.js';
import type { Fact, PersonMention } from './types.js';

/** Particles that begin surnames ("Al Mazrouei", "van der Berg", "de la Cruz"): no name on their own. */
const NAME_PARTICLES = new Set(['al', 'el', 'al-', 'bin', 'ibn', 'abu', 'van', 'von', 'de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'dos', 'das', 'le', 'la', 'mc', 'st', 'st.']);

/** Extracts the facts of a release, in reading order. */
export function extractFacts(release: Release): Fact[] {
  const facts: Fact[] = [];
  const known = new Map<string, PersonMention>();
  // people named in full anywhere in the release let later surname-only mentions resolve
  const all = [release.title, ...release.paragraphs.map((p) => p.text)];
  for (const text of all) for (const s of splitSentences(text)) for (const p of findPeople(s, known)) {
    if (p.name.includes(' ')) for (const part of [p.name.split(' ').pop()!, p.name.split(' ')[0]!]) {
      const key = part.toLowerCase();
      // (a particle is no one's name: "Minister Al Mazrouei" does not make "Al Ain" a person)
      if (NAME_PARTICLES.has(key)) continue;
      if (!known.has(key)) known.set(key, p);
    }
  }
  // ("… the Nuclear Suppliers Group (NSG) …" once, then "the ROK, which chaired the NSG …": the names the release pairs)
  const pairs = new Map<string, string>();
  for (const text of all) for (const x of findAcronyms(text)) if (!pairs.has(x.acronym) && x.expansion.includes(' ')) pairs.set(x.acronym, x.expansion);
  const alsoOf = (text: string): string | undefined => {
    const out: string[] = [];
    for (const [acronym, expansion] of pairs) {
      const short = new RegExp(`(?<![\\p{L}\\p{N}])${acronym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);
      const long = text.toLowerCase().includes(expansion.toLowerCase());
      if (short && !long) out.push(expansion); else if (long && !short) out.push(acronym);
    }
    return out.length ? out.join('; ') : undefined;
  };
  let context = '';
  // a second-level bullet ("- US$250,000 through the UNDP") details the first-level one above it ("° Nepal (US$1.8 million)")
  let parent = '';
  let record = '';
  let inList = false;
  let lastSentences: string[] = [];
  // ("Year / Koreans visiting Colombia / Colombians visiting Korea", then "2017 / 13,500 / 10,400": a table's rows are read cell by
  // cell with the header's words, "Year: 2017; Koreans visiting Colombia: 13,500; Colombians visiting Korea: 10,400")
  let header: string[] | null = null;
  for (const paragraph of release.paragraphs) {
    const cells = tableCells(paragraph.text);
    let rowText = paragraph.text;
    // (a header has words only, and a row figures: not a list of "Italy / Genoa / Ms. Francesca Bertolotti / Maritime lawyer")
    if (header && cells && cells.length === header.length && cells.some((c) => /\d/.test(c))) rowText = header.map((h, i) => `${h}: ${cells[i]}`).join('; ');
    else header = cells && cells.every((c) => /\p{L}{2}/u.test(c) && !/\d/.test(c)) ? cells : null;
    const sentences = rowText === paragraph.text ? splitSentences(paragraph.text) : [rowText];
    const before = context;
    // ("The main points of the contract are as follows:" then plain lines "Amount: approximately US$ 1 billion": labelled lines after
    // a lead that ends in a colon speak with that lead, as bullets would)
    const listed: boolean = paragraph.kind === 'plain' && RECORD_LINE.test(paragraph.text) && (inList || /:\s*$/.test(context));
    const inListBefore = inList;
    inList = listed;
    if ((paragraph.kind === 'numbered' || paragraph.kind === 'plain') && !listed) { context = sentences[0] ?? ''; parent = ''; record = ''; }
    // ("2. The main terms of the renewed arrangement are as follows.", after "1. The Bank of Korea and Bank Indonesia signed an
    // agreement … to renew the bilateral local currency swap arrangement …": a lead of a list about the thing the paragraph
    // before named speaks with that paragraph's opening)
    if ((paragraph.kind === 'numbered' || paragraph.kind === 'plain') && !listed && sentences.length === 1 && ((m) => !!m && namedAgain(`The ${m[1]}`, before))(FOLLOWS_OF.exec(context))) context = `${before} ${context}`;
    if (paragraph.kind === 'bullet' && paragraph.level !== 2) parent = paragraph.text;
    // ("° Event: 2017 Gyeongbuk-Viet Nam Export Consultation Fair", then "° Venue: Rex Hotel": a run of labelled lines is one
    // record, and each line after the one that names it speaks of the thing named)
    // (… and so does the first line of a list of labelled lines after a lead that ends in a colon: "Items: K9 self-propelled
    // howitzers …", then "Amount: approximately US$ 1 billion")
    const labelled = (paragraph.kind === 'bullet' && paragraph.level !== 2 && RECORD_LINE.test(paragraph.text)) || listed;
    const lead = paragraph.kind === 'bullet' && paragraph.level === 2 && parent ? `${parent} ${context}`.trim()
      : labelled && record ? `${context} ${record}`.trim() : context;
    if (labelled && !record && (RECORD_NAME.test(paragraph.text) || (listed && !inListBefore))) record = paragraph.text;
    // ("At the ceremony, the two sides also signed a Memorandum …", then "° Signatories: …": a line of signers speaks of what the
    // paragraph before says was signed)
    const signed = labelled && SIGNERS_LABEL.test(paragraph.text) ? lastSentences.filter((x) => x !== context && /\bsign(?:ed|ing)\b/i.test(x)).join(' ') : '';
    if ((paragraph.kind === 'numbered' || paragraph.kind === 'plain') && !listed) lastSentences = sentences;
    sentences.forEach((text, k) => {
      const dates = findDates(text, release.date);
      const n = facts.length;
      const also = pairs.size ? alsoOf(text) : undefined;
      facts.push({
        id: `${release.id}#${n}`,
        release: release.id,
        n,
        text,
        // ("Fired on a lofted trajectory, it flew some 1,010 km": a sentence whose subject is a pronoun speaks of what the
        // sentence before it named)
        // ("2. The ceremony took place in Chinchero on May 21 …": a paragraph that opens on the event the one before named
        // speaks of it)
        context: k === 0 && (paragraph.kind === 'numbered' || paragraph.kind === 'plain') && !listed ? (REFERS_BACK_OPENING.test(text) || (DOCUMENT_OPENING.test(text) && namedAgain(text, before)) ? before : '')
          // ("※ The 2024 Summit … was held in Seoul. Delegations from 48 countries attended.": a note's later sentences speak
          // of what its first names, not of the paragraph it annotates)
          : k > 0 && (paragraph.kind === 'note' || paragraph.kind === 'footnote') ? sentences[0]!
          // ("… fired an intermediate-range ballistic missile that flew over Japan. The missile flew about 4,600 km": a subject
          // that names again a noun of the sentence before speaks of what that sentence named)
          : k > 0 && sentences[k - 1] !== lead && (PRONOUN_SUBJECT.test(text) || namedAgain(text, sentences[k - 1]!)) ? `${lead} ${sentences[k - 1]}`.trim() : signed ? `${lead} ${signed}` : lead,
        ...(also ? { also } : {}),
        countries: countryCodes(text),
        dates,
        people: findPeople(text, known),
        numbers: findNumbers(text, dates),
        things: findThings(text),
        events: findEvents(text),
      });
    });
  }
  return facts;
}

/** The cells of a table's line, split at " / " or " | " (two splits or more), or null. */
function tableCells(text: string): string[] | null {
  const sep = /\s\|\s/.test(text) ? /\s+\|\s+/ : /\s\/\s/.test(text) ? /\s+\/\s+/ : null;
  if (!sep || text.length > 200) return null;
  const cells = text.trim().replace(/^\|\s*|\s*\|$/g, '').split(sep).map((c) => c.trim());
  return cells.length >= 3 && cells.every((c) => c.length > 0 && c.length <= 60) ? cells : null;
}

/** A labelled line of a record ("Venue: Rex Hotel, Ho Chi Minh City"), and the label of the line that names the record. */
const RECORD_LINE = /^\p{Lu}[\p{L} ()'’/-]{1,30}:\s+\S/u;
const RECORD_NAME = /^(?:Event|Name|Official name|Title|Project|Programme|Program|Meeting|Occasion|Agreement|Treaty|Convention|Forum|Conference|Exhibition|Festival|Initiative)\s*:/i;

/** The lead of a list of the parts of a thing: "The main terms of the renewed arrangement are as follows." (its noun, the thing's) */
const FOLLOWS_OF = /^(?:The|Its|Their)\s+(?:main\s+|key\s+|principal\s+|major\s+)?(?:terms|points|elements|details|contents|features|highlights|provisions|components)\s+of\s+(?:the|this|that|these)\s+(?:[a-z-]+\s+){0,2}?([a-z]{4,})\s+(?:are|is|were|was|include)\b[^.]*\.?\s*$/;

/** A labelled line of those who signed or saw it signed: "° Signatories: …", "Witnesses: …". */
const SIGNERS_LABEL = /^(?:Signator(?:y|ies)|Signed by|Signers?|Witness(?:es|ed by)?)(?:\s*\([^)]{0,40}\))?\s*:/i;

/** A sentence that opens on an event named before it: "The ceremony took place …", "The event drew …". */
const REFERS_BACK_OPENING = /^(?:The|This|That)\s+(?:ceremony|event|meeting|forum|festival|conference|session|talks|summit|exhibition|dialogue|consultation|groundbreaking|reception|seminar|workshop)\s+(?:took place|was held|were held|was attended|drew|brought together|attracted|featured)\b/;

/** ("2. The contract was signed in Prague on June 4 …" after "… signed the engineering, procurement and construction (EPC)
 * contract for …": a paragraph that opens on the document the one before named, signed, speaks of it) */
const DOCUMENT_OPENING = /^(?:The|This|That)\s+(?:contract|agreement|memorandum|treaty|deal|loan|accord|protocol|convention|arrangement|declaration)\s+(?:was|were|had been|has been)\s+(?:(?:formally|officially|jointly)\s+)?(?:signed|concluded|inked|initial(?:l)?ed|adopted)\b/;

/** A sentence that opens on "The <noun>" ("This", "That", "These", "Those") the sentence before it names: "The project will …". */
function namedAgain(text: string, before: string): boolean {
  const noun = /^(?:The|This|That|These|Those)\s+([a-z]{4,}(?:-[a-z]+)?)\b/.exec(text)?.[1];
  return !!noun && new RegExp(`\\b${noun}\\b`, 'i').test(before);
}

/** A sentence whose subject is a pronoun, perhaps after an opening phrase: "It was …", "Fired on …, it flew …". */
const PRONOUN_SUBJECT = /^(?:[^,.;]{0,60},\s+)?(?:it|they|he|she)\s+(?!is\s+(?:expected|hoped|believed|noted|said)\b)[a-z]/i;

