/** People with their titles and countries: "Executive Secretary … of Kazakhstan Yermek KOSHERBAYEV" → Yermek Kosherbayev. */
import { readFileSync } from 'node:fs';
import { lexiconPath } from '../paths.js';
import { isEnglishWord } from '../search/english.js';
import { findCountries, isCapital } from './countries.js';
import { isCapitalized, tokenize, type Token } from './tokens.js';
import type { PersonMention } from './types.js';

interface TitleLexicon { heads: string[]; words: string[] }
let lex: { heads: Set<string>; lowerHeads: Set<string>; words: Set<string> } | undefined;

function titles(): NonNullable<typeof lex> {
  if (!lex) {
    const raw = JSON.parse(readFileSync(lexiconPath('titles.json'), 'utf8')) as TitleLexicon;
    lex = {
      heads: new Set(raw.heads.flatMap((h) => h.split(' ')).map((w) => w.toLowerCase())),
      // heads written in lower case ("counterpart") may head a name in lower case; "Member", "Head" only as titles
      lowerHeads: new Set(raw.heads.flatMap((h) => h.split(' ')).filter((w) => w === w.toLowerCase())),
      words: new Set(raw.words.map((w) => w.toLowerCase())),
    };
  }
  return lex;
}

const ARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|ud|ul)-\p{Lu}\p{Ll}+$/u;
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'binti', 'al', 'el', 'da', 'del', 'della', 'di', 'dos', 'du', 'la', 'le', 'ibn']);
const CONNECTORS = new Set(['of', 'for', 'the', 'on', 'in', 'charge', 'at', 'to', 'affairs']);

let surnames: Set<string> | undefined;

/** A name of Korean form: a Korean family name, then a one- or two-syllable given name ("Han Min-su", "Park Sang Woo", "Jang hoon"). */
export function koreanForm(name: string): boolean {
  surnames ??= new Set((JSON.parse(readFileSync(lexiconPath('names.json'), 'utf8')) as { korean_surnames: string[] }).korean_surnames.map((s) => s.toLowerCase()));
  const parts = name.split(/\s+/);
  if (parts.length < 2 || parts.length > 3 || !surnames.has(parts[0]!.toLowerCase())) return false;
  const given = parts.slice(1);
  // (a surname Chinese names share, before a given name of Chinese spelling: "Yang Jiechi", "Wang Xiaolong", "Zhou Qiang")
  if (given.some((p) => /zh|x|q|ie|ian|iao|uo/i.test(p))) return false;
  const syllable = /^[A-Za-z][a-z]{0,5}$/;
  if (given.length === 1) return given[0]!.includes('-') ? given[0]!.split('-').length === 2 && given[0]!.split('-').every((p) => syllable.test(p)) : /^[A-Za-z][a-z]{1,8}$/.test(given[0]!);
  return given.every((p) => syllable.test(p) && !p.includes('-'));
}

/** Title-case for surnames written in capitals (KOSHERBAYEV → Kosherbayev), keeping the rest as written. */
export function normalizeName(name: string): string {
  return name.split(' ').map((w) => (w.length > 2 && w === w.toUpperCase() && /\p{L}/u.test(w)
    ? w.split('-').map((p) => p.charAt(0) + p.slice(1).toLowerCase()).join('-') : w)).join(' ');
}

/** True when a word of the text is a title head: capitalized ("Minister", "Member"), or a lower-case head ("counterpart"). */
function isHead(word: string): boolean {
  const { heads, lowerHeads } = titles();
  // ("Under-Secretary-General": a head joined to its rank's words by hyphens)
  return isCapitalized(word) ? heads.has(word.toLowerCase()) || (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+){2,}$/u.test(word) && word.toLowerCase().split('-').some((p) => p.length > 3 && heads.has(p)))
    : lowerHeads.has(word);
}

/**
 * A dictionary word that can be a title's field: "Development", "Non-Sovereign" (each part capitalized and a dictionary word;
 * not "Young-ho"), "Peacebuilding" (two dictionary words of four letters or more run together).
 */
function fieldWord(w: string): boolean {
  const lower = w.toLowerCase();
  if (w.includes('-')) return /^\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)+$/u.test(w) && lower.split('-').every((p) => isEnglishWord(p));
  if (isEnglishWord(lower)) return true;
  for (let k = 4; k <= lower.length - 4; k++) if (isEnglishWord(lower.slice(0, k)) && isEnglishWord(lower.slice(k))) return true;
  return false;
}

/** True for a word that can be part of a person's name. */
function nameWord(t: Token, countryAt: Set<number>): boolean {
  const w = t.text;
  if (!isCapitalized(w) || countryAt.has(t.start)) return false;
  if (/\d/.test(w) || w.length < 2) return false;
  const { words } = titles();
  if (words.has(w.toLowerCase())) return false;
  // hyphenated words are names only if no part is a title word (Soon-gu yes, Asia-Pacific no)
  // (a Korean given name "Min-young", "Jong-un" is a name even when a syllable is also an English word)
  const korean = /^[A-Z][a-z]{1,6}-[a-z]{2,6}$/.test(w) && !words.has(w.split('-')[0]!.toLowerCase());
  if (!korean && w.includes('-') && w.split('-').some((p) => words.has(p.toLowerCase()))) return false;
  if (/^[A-Z]{2,5}$/.test(w) && w.length <= 4) return false; // acronyms: ROK, WEF, NIS
  // a headline's verb ends the name before it: "Ambassador Lee Jae-hoon Presents Credentials"
  if (HEADLINE_VERBS.test(w)) return false;
  return true;
}

/** Nouns of institutions and places: the capitalized words before them name the institution, not a person ("the Dongmyeong Unit"). */
const INSTITUTION = 'Company|Corporation|Group|Bank|Agency|Institute|Center|Centre|Association|Foundation|Fund|Office|Bureau|Unit|Battalion|Brigade|Regiment|Contingent|Squadron|Fleet|Corps|Ministry|Department|Council|Committee|Commission|Authority|Administration|Service|Trust|Union|Enterprise|Co\.|Corp\.|Ltd\.?|Inc\.?|Island|Islands|Bay|Station|Street|Road|Avenue|Square|Park|Hall|Palace|Bridge|Port|Airport|Stadium|Hospital|University|School|Museum|Cemetery|Memorial|Base|Lake|River|Mountain|Peninsula|Land|Strait|Sea|Gulf';
/** A title that ends in an office's "of": what follows is the office's field, not a person ("India's Ministry of"). */
const OFFICE_OF = new RegExp(`(?:^|\\s)(?:${INSTITUTION})\\s+(?:of|for)(?:\\s+the)?$`);
/** … of them, the ones that are never a surname, ending a run of capitalized words: "the Dongmyeong Unit". */
const INSTITUTION_LAST = /^(?:Logistics|Holdings|Industries|Solutions|Systems|Technologies|Partners|Consulting|Shipping|Airlines|Airways|Motors|Electronics|Enterprises|Ventures|Cross|Crescent|Unit|Battalion|Brigade|Regiment|Contingent|Squadron|Fleet|Corps|Company|Corporation|Group|Bank|Agency|Organisation|Organization|Institute|Center|Centre|Association|Foundation|Fund|Office|Bureau|Ministry|Department|Council|Committee|Commission|Authority|Administration|Service|Trust|Union|University|School|Museum|Hospital|Island|Islands|Station|Airport|Stadium|Cemetery|Memorial|Section|Division|Directorate|Secretariat|Branch|Programme|Program|Commissariat|Inspectorate|Prefecture|Procuratorate|Gendarmerie|Police|Chancellery)$/;

/** Title words that are family names too: "Laura King", "Tom Bishop". */
const SURNAME_TITLES = /^(?:King|Bishop|Dean|Judge|Marshal|Major|Sheriff)$/;

/** Forms of address before a name, which say less than a title: "H.E. Mr.", "Senator the Hon.", "The Rt. Hon.". */
const HONORIFIC_WORDS = /\b(?:H\.E\.|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|Excellency|His|Her|Sir|Dame|Lord|Lady|Hon\.|Honourable|Honorable|Rt\.|Right|the|The)(?:\s+|$)/g;
/** True when what stands before a name is forms of address only (a "Senator the Hon." is addressed, not titled, here). */
function honorificOnly(before: string): boolean {
  return /^(?:(?:Highness|Royal|Sheikh|Sheikha|Prince|Princess|Senator)\s*)*$/.test(before.replace(HONORIFIC_WORDS, ''));
}
/** Letters written after a name: "Richard Marles MP", "Jane Doe KC". */
const POSTNOMINALS = /^(?:,?\s+(?:MP|M\.P\.|QC|KC|OBE|CBE|KBE|MBE|CMG|KCMG|GCMG|AO|AC|PhD|Ph\.D\.))+(?=[,;]|\.?\s|$)/;

/** Verbs of release titles, written with a capital. */
const HEADLINE_VERBS = /^(?:Presents|Meets|Visits|Holds|Attends|Calls|Receives|Hosts|Signs|Speaks|Delivers|Opens|Pays|Discusses|Welcomes|Congratulates|Concludes|Chairs|Co-chairs|Takes|Joins|Launches|Leads|Sends|Condemns|Expresses|Announces|Appoints|Awards|Confers|Elected|Appointed|Departs|Arrives|Returns|Wins|Addresses|Participates|Agrees|Says|Talks|Thanks)$/;

/** An age set off by commas right after a name: ", 94" (then ", president of …"). */
const AGE_AFTER = /^,\s+(?:aged\s+)?\d{1,3}(?=,)/;

/**
 * True when a title follows the name as an appositive: ", Paraguay's Undersecretary of Foreign Affairs",
 * ", Special Envoy of the President of …", ", who is the Vice-Minister for …".
 */
function titleFollows(after: string): boolean {
  // ("Melaku Gebre-Selassie, 94, president of the … Association": an age between the name and the post)
  after = after.replace(AGE_AFTER, '');
  const m = /^,\s+(?:who\s+(?:is|was|serves as|served as|is also)\s+)?(?:the\s+)?((?:[\p{Lu}][\p{L}'’.-]*|of|for|and|the)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|of|for|and|the)){0,6})/u.exec(after);
  // ("Choi Jung-ae, chairperson of the … Family Union": a post written in lower case, followed by what it heads)
  if (!m) return /^,\s+(?:the\s+)?(?:head|chair|chairperson|chairman|chairwoman|president|director|founder|leader|secretary-general|spokesperson|representative)\s+of\b/.test(after) || /^,\s+(?:the\s+)?head\b/.test(after);
  const { heads } = titles();
  return m[1]!.split(/\s+/).some((w) => w.split('-').some((p) => heads.has(p.toLowerCase().replace(/['’]s$/, ''))) || heads.has(w.toLowerCase()));
}

/** Finds people in a sentence; `known` maps surnames (lowercase) to full names already seen in the release. */
export function findPeople(text: string, known: Map<string, PersonMention> = new Map()): PersonMention[] {
  const tokens = tokenize(text);
  const countryAt = new Set<number>();
  const countries = findCountries(text);
  // "Ecuador's" is a country token too
  // (a one-word capital right after a capitalized name goes on with it: "Ambassador Ricardo Monteiro Lima")
  // (… and so does a country's one word after a given name no dictionary has: "Vice President … Ricardo Montenegro delivered")
  const nameGoesOn = (c: { text: string; start: number }): boolean => !/\s/.test(c.text)
    && ((m) => !!m && (isCapital(c.text) || (!isEnglishWord(m[1]!.toLowerCase()) && /^\s+\p{Ll}/u.test(text.slice(c.start + c.text.length, c.start + c.text.length + 3)))))(/(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s$/u.exec(text.slice(Math.max(0, c.start - 20), c.start)))
    && !/\b(?:The|In|At|Of|To|From|And)\s$/.test(text.slice(Math.max(0, c.start - 5), c.start))
    && !countries.some((x) => x.end === c.start - 1);
  for (const c of countries) if (!nameGoesOn(c)) for (const t of tokens) if (t.start >= c.start && t.start < c.end) countryAt.add(t.start);
  const out: PersonMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "June Okafor": a month is a given name when a name follows and no date is being written
    const monthName = /^(?:January|May|June|April|August)$/.test(tokens[i]!.text) && !!tokens[i + 1] && nameWord(tokens[i + 1]!, countryAt)
      && !/^(?:on|in|since|from|until|of|by|last|next|early|late|mid)$/i.test(tokens[i - 1]?.text ?? '') && /^\s+$/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start));
    if (!nameWord(tokens[i]!, countryAt) && !monthName) continue;
    // a run of name words, particles allowed inside
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      const gap = text.slice(tokens[j - 1]!.end, t.start);
      if (!/^\s+$/.test(gap)) break;
      // (a possessive ends the name: "Park Jin's Visit")
      if (/['’]s$/.test(tokens[j - 1]!.text)) break;
      if (nameWord(t, countryAt)) { j++; continue; }
      // ("Director Tom Bishop met …": a title word that is also a family name ends a name, when no name follows it)
      if (SURNAME_TITLES.test(t.text) && nameWord(tokens[j - 1]!, countryAt) && !(tokens[j + 1] && /^\s+$/.test(text.slice(t.end, tokens[j + 1]!.start)) && isCapitalized(tokens[j + 1]!.text))) { j++; continue; }
      // an Arabic article joined to the name: "Taher al-Baour", "Ahmed el-Sayed"
      if (ARTICLE_NAME.test(t.text)) { j++; continue; }
      // particles, one or two: "de Almeida", "de la Vega", "van der Berg"
      if (PARTICLES.has(t.text)) {
        const k2 = tokens[j + 1] && PARTICLES.has(tokens[j + 1]!.text) ? j + 2 : j + 1;
        if (tokens[k2] && nameWord(tokens[k2]!, countryAt)) { j = k2 + 1; continue; }
      }
      // "Cho Young-ho": a Korean given name after a Korean family name, though a syllable is also a title word ("Young")
      if (j === i + 1 && /^[A-Z][a-z]{1,6}-[a-z]{2,6}$/.test(t.text) && koreanForm(`${tokens[i]!.text} ${t.text}`)) { j++; continue; }
      // "Jang hoon": a Korean given name written in lower case right after a capitalized surname
      if (j === i + 1 && /^[a-z]{2,5}$/.test(t.text) && /^(hoon|gu|ho|ha|ki|ok|il|su|wa)$/.test(t.text)) { j++; continue; }
      break;
    }
    // ("Governor of Jalisco Alejandro Ruiz Cárdenas": the word after a title's "of" is the title's place, not the name's start)
    // ("Consul General in Montreal Ha Yoon-jae", "Ambassador to Kenya Yoo Min-seo": so is the word after its "in" or "to")
    if (j - i >= 3 && /^(?:of|in|to)$/.test(tokens[i - 1]?.text ?? '') && [2, 3].some((d) => !!tokens[i - d] && isHead(tokens[i - d]!.text)) && !koreanForm(tokens.slice(i, j).map((t) => t.text).join(' '))) i++;
    // ("Director-General for International Organizations Lee Jae-woong": a Korean name in its usual form ends a run of the
    // title's capitalized words)
    if (j - i >= 3 && /-/.test(tokens[j - 1]!.text) && koreanForm(`${tokens[j - 2]!.text} ${tokens[j - 1]!.text}`) && !koreanForm(tokens.slice(i, j).map((t) => t.text).join(' '))) i = j - 2;
    // ("Honorary Consul of the ROK in Montego Bay, Jamaica": a name right after "in", followed by its country, is a place)
    if (/^(?:in|at)$/.test(tokens[i - 1]?.text ?? '') && ((m) => !!m && findCountries(m[1]!).some((c) => c.start === 0 && c.text.length === m[1]!.length))(/^,\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,2})/u.exec(text.slice(tokens[j - 1]!.end)))) { i = j - 1; continue; }
    // ("the APEC Ministers Responsible for Trade Meeting": a dictionary word alone after a plural head names no one)
    if (j - i === 1 && !!tokens[i - 1] && /[^s]s$/.test(tokens[i - 1]!.text) && isHead(tokens[i - 1]!.text) && isEnglishWord(tokens[i]!.text.toLowerCase())) { i = j - 1; continue; }
    // ("the Prime Minister of Italy at Palazzo Chigi": a name after "at" that no head word leads to is a place, not a person;
    // "Ambassador at Large Kim Sung-ho" keeps its title)
    const atAt = tokens[i - 1]?.text === 'at' ? i - 1 : tokens[i - 1]?.text === 'the' && tokens[i - 2]?.text === 'at' ? i - 2 : -1;
    if (atAt > 0 && !isHead(tokens[atAt - 1]!.text) && !koreanForm(tokens.slice(i, j).map((t) => t.text).join(' '))) { i = j - 1; continue; }
    // ("Minister of Environment and Ecological Transition Ousmane Ndiaye", "Minister of Water and Sanitation Amara Bello Diallo": after
    // a title's "and", "of" or "for", dictionary words that open a run of three or more are the title's field, not the name)
    // ("Secretary for Fisheries and Marine Resource Development Kautu Teiwaki": dictionary words between a title's "and", "of"
    // or "for" and a title word go on the title's field)
    if (j - i <= 2 && i > 1 && /^(?:and|of|for)$/.test(tokens[i - 1]!.text) && isCapitalized(tokens[i - 2]!.text) && tokens[j] && /^\s+$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))
      && isCapitalized(tokens[j]!.text) && !nameWord(tokens[j]!, countryAt) && !countryAt.has(tokens[j]!.start) && tokens.slice(i, j).every((t) => fieldWord(t.text))) { i = j - 1; continue; }
    const fieldWords = new Set<number>();
    // ("Regional Representative for Southeast Asia and the Pacific of UNODC Martin Aldecott": a body's acronym after a title's
    // "of" ends the title; the name starts after it)
    if (j - i >= 3 && /^(?:of|for|at|to|from|the)$/.test(tokens[i - 1]?.text ?? '') && /^[A-Z][A-Z\d&]{2,7}$/.test(tokens[i]!.text) && /^\s+$/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))
      && !countryAt.has(tokens[i]!.start) && !koreanForm(tokens.slice(i, j).map((t) => t.text).join(' '))) fieldWords.add(tokens[i++]!.start);
    while (j - i > 2 && i > 0 && /^\s+$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))
      && (/^(?:of|for)$/.test(tokens[i - 1]!.text) || fieldWords.has(tokens[i - 1]!.start)
        // ("Minister of Ecology, Environmental Protection and Climate Change Jasur Tursunov", "… and Egyptian Expatriates Badr
        // Abdelatty": a noun of the dictionary, not short as given names are ("Health Peter …", "Culture Ana …"), after the last
        // field's first word, of the title lexicon or a people's name, ends the field; not "Secretary of Defense Martin O. Cray")
        || (tokens[i]!.text.length >= 6 && isEnglishWord(tokens[i]!.text.toLowerCase()) && isCapitalized(tokens[i - 1]!.text) && !isHead(tokens[i - 1]!.text)
          && (countryAt.has(tokens[i - 1]!.start) || titles().words.has(tokens[i - 1]!.text.toLowerCase())) && i > 1 && tokens[i - 2]!.text === 'and')
        // (a title's own "and", between two of its words: not "…, and Joseph Kiprono Tanui", nor "Jang Seok-min and Peter Kamau Ndungu")
        || (tokens[i - 1]!.text === 'and' && i > 1 && /^\s+$/.test(text.slice(tokens[i - 2]!.end, tokens[i - 1]!.start)) && isCapitalized(tokens[i - 2]!.text) && !/-/.test(tokens[i - 2]!.text)
          // (or a field's word right after the title's "of" or "for": "Vice President for Private Sector and Non-Sovereign …")
          && (!nameWord(tokens[i - 2]!, countryAt) || (fieldWord(tokens[i - 2]!.text) && i > 3 && (/^(?:of|for)$/.test(tokens[i - 3]!.text) || (fieldWord(tokens[i - 3]!.text) && /^(?:of|for)$/.test(tokens[i - 4]!.text))))))
        // ("Executive Director of Police Services Marco Ferrante": a plural noun goes on the field a title's "of" opened, or a title's
        // word: "… for Overseas Citizens Services Laura King")
        || (i > 1 && (/^(?:of|for)$/.test(tokens[i - 2]!.text) || (titles().words.has(tokens[i - 1]!.text.toLowerCase()) && !isHead(tokens[i - 1]!.text))) && isCapitalized(tokens[i - 1]!.text) && /^\s+$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)) && /^\p{Lu}\p{Ll}{2,}s$/u.test(tokens[i]!.text) && isEnglishWord(tokens[i]!.text.toLowerCase().slice(0, -1)))
        // ("Director General of Climate Change Control Rahmat Santoso": two dictionary words after the first word of a title's
        // "of" field, with a name of two words after them)
        || (j - i >= 4 && i > 1 && /^(?:of|for)$/.test(tokens[i - 2]!.text) && isCapitalized(tokens[i - 1]!.text) && /^\s+$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)) && isEnglishWord(tokens[i + 1]!.text.toLowerCase()) && !/-/.test(tokens[i + 1]!.text)
          // (not a name's particle: "Undersecretary of Peru Gloria de la Fuente")
          && !PARTICLES.has(tokens[i + 1]!.text)))
      && fieldWord(tokens[i]!.text) && !koreanForm(tokens.slice(i, j).map((t) => t.text).join(' '))) fieldWords.add(tokens[i++]!.start);
    // ("Under Secretary for Economic Growth Robert T. Hale", "… and the Environment Robert T. Hale": a middle initial
    // stands after the given name, so the dictionary words before that name are the title's field)
    const initialAt = tokens.slice(i, j).findIndex((t, n) => n >= 2 && /^\p{Lu}\.$/u.test(t.text) && n < j - i - 1);
    if (initialAt > 0 && tokens.slice(i, i + initialAt - 1).every((t) => isEnglishWord(t.text.toLowerCase()))
      && [1, 2].some((d) => /^(?:of|for|the|and)$/.test(tokens[i - d]?.text ?? '') && tokens.slice(i - d + 1, i).every((t) => isEnglishWord(t.text.toLowerCase())))) i += initialAt - 1;
    const run = tokens.slice(i, j);
    // what precedes: the title (capitalized title words with connectors), up to 14 words back
    let k = i - 1;
    let sawHead = false;
    // "Minister of Agriculture, Forestry and Fisheries Chea Sovannarith": a list of fields inside the title's "of" is one title
    // (… of dictionary words too: "Vice President for Human Capital, Youth and Skills Development Aminata Diallo-Koné")
    const fieldy = (x: Token): boolean => !nameWord(x, countryAt) || (isEnglishWord(x.text.toLowerCase()) && !/-/.test(x.text));
    // (… with a comma before its "and" too: "for Economic Growth, Energy, and the Environment Robert T. Hale")
    // (a list of three at least, the way such a comma is written: not "Minister for Foreign Affairs, and the Hon Jane Moore")
    const oxford = (at: number): boolean => tokens[at + 1]?.text === 'and' && ((x) => !!x && isCapitalized(x.text) && fieldy(x))(tokens[at + (tokens[at + 2]?.text === 'the' ? 3 : 2)])
      && /\b(?:of|for)\s+(?:the\s+)?(?:(?:[\p{Lu}][\p{L}'’-]*\s+)?[\p{Lu}][\p{L}'’-]*,\s+){1,4}(?:[\p{Lu}][\p{L}'’-]*\s+)?[\p{Lu}][\p{L}'’-]*$/u.test(text.slice(Math.max(0, tokens[at]!.end - 100), tokens[at]!.end));
    const listComma = (at: number): boolean => /^,\s+$/.test(text.slice(tokens[at]!.end, tokens[at + 1]!.start))
      && (oxford(at) ? isCapitalized(tokens[at]!.text) && fieldy(tokens[at]!) : [tokens[at]!, tokens[at + 1]!].every((x) => isCapitalized(x.text) && fieldy(x))
        && tokens.slice(at + 2, i).some((x, n) => x.text === 'and' && ((y) => !!y && isCapitalized(y.text) && (fieldy(y) || fieldWords.has(y.start)))(tokens[at + 3 + n + (tokens[at + 3 + n]?.text === 'the' ? 1 : 0)])))
      // (a list of three or more: "Assistant Deputy Minister for Europe, Arctic, Middle East and Maghreb Catherine Lavoie")
      && /\b(?:of|for)\s+(?:the\s+)?(?:(?:[\p{Lu}][\p{L}'’-]*\s+)?[\p{Lu}][\p{L}'’-]*,\s+(?:the\s+)?){0,4}(?:[\p{Lu}][\p{L}'’-]*\s+)?[\p{Lu}][\p{L}'’-]*$/u.test(text.slice(Math.max(0, tokens[at]!.end - 100), tokens[at]!.end));
    // ("Secretary (East) of India's Ministry …": a short bracket after a title's head word is part of the title)
    const bracketOpen = (at: number): number => {
      if (!/^\)\s+$/.test(text.slice(tokens[at]!.end, tokens[at + 1]!.start))) return -1;
      for (let h = at; h >= 0 && at - h < 6; h--) {
        const g = text.slice(tokens[h - 1]?.end ?? 0, tokens[h]!.start);
        // (… its words may be joined by "and": "Joint Secretary (Disarmament and International Security Affairs) of …")
        if (/^\s*\(\s*$/.test(g)) return h >= 1 && isHead(tokens[h - 1]!.text) && tokens.slice(h, at + 1).every((x) => isCapitalized(x.text) || (x.text === 'and' && x !== tokens[h] && x !== tokens[at])) ? h - 1 : -1;
        if (!/^\s+$/.test(g)) return -1;
      }
      return -1;
    };
    // a body's acronym in brackets after a word of its title: "… Restoration Agency (BRGM)"
    // (… or a short name of two capitals: "… of the Republic of Kazakhstan (KazCosmos) Yerlan Dzhaksybekov")
    const acronymIn = (at: number): boolean => at > 0 && at < i && (/^\p{Lu}[\p{Lu}\d&-]{1,7}$/u.test(tokens[at]!.text) || /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]{0,8}$/u.test(tokens[at]!.text))
      && /^\)\s+$/.test(text.slice(tokens[at]!.end, tokens[at + 1]!.start)) && /^\s*\(\s*$/.test(text.slice(tokens[at - 1]!.end, tokens[at]!.start))
      && isCapitalized(tokens[at - 1]!.text) && (!nameWord(tokens[at - 1]!, countryAt) || INSTITUTION_LAST.test(tokens[at - 1]!.text));
    // ("… to the Organisation for the Prohibition of Chemical Weapons (OPCW) Kwon Hae-ryong": the words a body's initials in
    // brackets spell are its name, part of the title; the index of its first word, or -1)
    const spelled = (at: number): number => {
      if (at < 1 || at >= i || !/^\p{Lu}{2,8}$/u.test(tokens[at]!.text) || !/^\)\s+$/.test(text.slice(tokens[at]!.end, tokens[at + 1]!.start)) || !/^\s*\(\s*$/.test(text.slice(tokens[at - 1]!.end, tokens[at]!.start))) return -1;
      const letters = tokens[at]!.text;
      let n = letters.length - 1;
      let w = at - 1;
      for (; w >= 0 && n >= 0 && at - w <= 14; w--) {
        if (w < at - 1 && !/^\s+$/.test(text.slice(tokens[w]!.end, tokens[w + 1]!.start))) return -1;
        if (/^(?:of|for|the|and|on|in)$/.test(tokens[w]!.text) && w < at - 1) continue;
        if (tokens[w]!.text[0] !== letters[n]) return -1;
        n--;
      }
      return n < 0 ? w + 1 : -1;
    };
    const ofHead = (at: number): boolean => {
      let h = at - 1;
      // ("Under Secretary of State for Arms Control and International Security Rachel Whitmore": a field of two words)
      if (tokens[h] && isCapitalized(tokens[h]!.text) && /^\s+$/.test(text.slice(tokens[h]!.end, tokens[at]!.start)) && /^(?:of|for)$/.test(tokens[h - 1]?.text ?? '')) h--;
      // ("Deputy Minister of Energy for Strategy and Sustainability … Faisal Al-Mutairi": two fields joined by "and")
      else if (tokens[h]?.text === 'and' && tokens[h - 1] && isCapitalized(tokens[h - 1]!.text) && /^(?:of|for)$/.test(tokens[h - 2]?.text ?? '')) h -= 2;
      // ("Ambassador-at-Large for the World Expo 2030 Busan Bid Han Seung-ho": a longer field after "for", a year among its words)
      else {
        let w = h;
        // ("Secretary for Consular Affairs and Brazilian Communities Abroad … Paulo Roberto Lacerda": fields joined by "and")
        while (at - w < 7 && tokens[w] && (isCapitalized(tokens[w]!.text) || /^(?:19|20)\d{2}$/.test(tokens[w]!.text) || (tokens[w]!.text === 'and' && w < h && !!tokens[w - 1] && isCapitalized(tokens[w - 1]!.text))) && /^\s+$/.test(text.slice(tokens[w]!.end, tokens[w + 1]!.start))) w--;
        if (w < h && tokens[w]?.text === 'the' && tokens[w - 1]?.text === 'for') h = w;
        // (… when the field goes on to an office's "of", not to the next person: "… Consular Affairs Kang Hyun-woo and Nguyen …")
        // (… or of three words, right after the head: "Director-General for Space Science Exploration of the Korea AeroSpace …")
        else if (w < h && /^(?:of|for)$/.test(tokens[w]?.text ?? '') && (tokens.slice(w + 1, h + 1).some((t) => t.text === 'and') || (at - w <= 3 && !!tokens[w - 1] && isHead(tokens[w - 1]!.text)))
          && ((e) => { while (tokens[e + 1] && isCapitalized(tokens[e + 1]!.text) && /^\s+$/.test(text.slice(tokens[e]!.end, tokens[e + 1]!.start))) e++; return tokens[e + 1]?.text === 'of' && /^\s+$/.test(text.slice(tokens[e]!.end, tokens[e + 1]!.start)); })(at)) h = w;
      }
      // ("Vice President for Human Capital, Youth and Skills Development Aminata Diallo-Koné": a field of dictionary words, a list
      // of them joined by commas and "and", back to the title's "for" or "of")
      // (a list it must be, or words joined by "and": "Deputy Secretary of State Laura Finch" holds dictionary words too)
      if (!/^(?:of|for|in|to|the)$/.test(tokens[h]?.text ?? '') && isEnglishWord(tokens[at]!.text.toLowerCase())) {
        let v = at - 1;
        let listed = false;
        while (at - v < 9 && tokens[v] && ((isCapitalized(tokens[v]!.text) && isEnglishWord(tokens[v]!.text.toLowerCase())) || tokens[v]!.text === 'and') && /^,?\s+$/.test(text.slice(tokens[v]!.end, tokens[v + 1]!.start))) {
          if (text[tokens[v]!.end] === ',' || tokens[v]!.text === 'and') listed = true;
          v--;
        }
        if (listed && v < at - 1 && /^(?:of|for)$/.test(tokens[v]?.text ?? '') && tokens[v + 1]!.text !== 'and') h = v;
      }
      if (tokens[h]?.text === 'the') h--;
      if (!tokens[h] || !/^(?:of|for|in|to)$/.test(tokens[h]!.text)) return false;
      // ("Secretary of the Ministry of External Affairs Anjali Raghavan": the head may stand before an office's own "of")
      let d = 1;
      while (d < 12 && !!tokens[h - d] && !isHead(tokens[h - d]!.text) && bracketOpen(h - d) < 0 && (CONNECTORS.has(tokens[h - d]!.text) || tokens[h - d]!.text === 'and' || countryAt.has(tokens[h - d]!.start) || (isCapitalized(tokens[h - d]!.text) && !nameWord(tokens[h - d]!, countryAt)))) d++;
      return !!tokens[h - d] && (isHead(tokens[h - d]!.text) || bracketOpen(h - d) >= 0) && (/^\s+$/.test(text.slice(tokens[at]!.end, tokens[at + 1]!.start)) || listComma(at));
    };
    while (k >= 0 && i - k <= 18) {
      const t = tokens[k]!;
      const gap = text.slice(t.end, tokens[k + 1]!.start);
      const opened = bracketOpen(k);
      if (opened >= 0) { sawHead = true; k = opened - 1; continue; }
      // ("Head of the Peatland and Mangrove Restoration Agency (BRGM) Wahyu Kurniawan": a body's acronym in brackets is
      // part of the title that names the body)
      if (!sawHead && acronymIn(k)) { k--; continue; }
      const body = sawHead ? -1 : spelled(k);
      if (body > 0) { k = body - 1; continue; }
      // ("Head of the Peatland and Mangrove Restoration Agency Wahyu Kurniawan": the words of a body's name, back to its "the"
      // or "of", belong to the title, though they are not title words)
      if (!sawHead && INSTITUTION_LAST.test(t.text) && (/^\s+$/.test(gap) || acronymIn(k + 1))) {
        let w = k - 1;
        while (w >= 0 && k - w <= 8 && /^\s+$/.test(text.slice(tokens[w]!.end, tokens[w + 1]!.start)) && ((isCapitalized(tokens[w]!.text) && !/^(?:The|Of)$/.test(tokens[w]!.text)) || tokens[w]!.text === 'and')) w--;
        if (w < k - 1 && w >= 0 && /^(?:the|of)$/.test(tokens[w]!.text) && tokens[w + 1]!.text !== 'and') { k = w; continue; }
      }
      // (a body's initials in brackets right after a country or a word of its name: "… of the Republic of Kazakhstan
      // (KazCosmos) Yerlan …", "… of the Department of Foreign Affairs and Trade (DFAT) Claire Whitford")
      if (/[;:(),"“”]/.test(gap) && !listComma(k) && !acronymIn(k + 1)) break;
      const lw = t.text.toLowerCase();
      if (isHead(t.text)) sawHead = true;
      // ("Ambassador-at-Large for the World Expo 2030 Busan Bid Han Seung-ho": a year inside the title's name)
      if (/^(?:19|20)\d{2}$/.test(t.text) && ofHead(k)) { k--; continue; }
      if ((isCapitalized(t.text) && (!nameWord(t, countryAt) || fieldWords.has(t.start))) || CONNECTORS.has(lw) || countryAt.has(t.start) || isHead(t.text)) { k--; continue; }
      // ("Deputy Governor of Lagos State Obafemi Adeyinka": a place's name inside a title's "of" belongs to the title)
      if (nameWord(t, countryAt) && ofHead(k)) { k--; continue; }
      // "Deputy Prime Minister and Minister of Trade and Industry Han Min-su": one title joined by "and"
      const before = tokens[k - 1];
      // (not "… Prime Minister Hiroshi Maeda of Japan and Premier Wang Lixin": a country after "of" ends the person before)
      if (lw === 'and' && before && isCapitalized(before.text) && (!nameWord(before, countryAt) || ofHead(k - 1)) && !(countryAt.has(before.start) && /\bof\s+(?:the\s+)?$/.test(text.slice(Math.max(0, before.start - 8), before.start)))) { k--; continue; }
      break;
    }
    for (let h = i - 1; h >= 0 && i - h <= 10 && !sawHead; h--) {
      if (/[;(),"“”]/.test(text.slice(tokens[h]!.end, tokens[h + 1]!.start)) && !listComma(h)) break;
      const lw = tokens[h]!.text.toLowerCase();
      if (isHead(tokens[h]!.text)) sawHead = true;
      // "President Ocampo at the Casa Rosada": another person's name between ends the title
      else if (nameWord(tokens[h]!, countryAt) && h < i - 1 && /^(?:at|in|to|on|with|from|by)$/i.test(tokens[i - 1]!.text === 'the' ? tokens[i - 2]?.text ?? '' : tokens[i - 1]!.text)) break;
      // "The ministers agreed to launch a joint Baltic Jazz Festival": a verb phrase between ends the title
      // (… and so does a verb right before the name: "State Secretary Horvath welcomed Hanwha Ocean's decision")
      else if (!isCapitalized(tokens[h]!.text) && !CONNECTORS.has(lw) && lw !== 'and' && (h < i - 1 || /^[a-z]{3,}ed$/.test(lw))) break;
    }
    // ("Commissioner Yoo Dae-sik of the Korea Customs Service and Director General Phetsamone Keovongsa": after another person's
    // name, the "of" that opens the run is that person's office; the title starts after its last "and" before a head word)
    if (k >= 0 && nameWord(tokens[k]!, countryAt) && tokens[k + 1]?.text === 'of') {
      const run0 = tokens.slice(k + 1, i);
      const cut = run0.findLastIndex((t, n) => t.text === 'and' && run0.slice(n + 1).some((x) => isHead(x.text)));
      if (cut > 0) k += 1 + cut;
    }
    // (… and when the walk stopped at its length, inside another's office: "Lim Soo-jin of the Ministry of Foreign Affairs and
    // Joint Secretary (…) of the Ministry of External Affairs Anupam Raghavan": the words before an "and" that hold no head;
    // or past another's name of Korean form: "… Consular Affairs Kim Hye-jin of the Ministry … and Joint Secretary Ram …")
    {
      const run0 = tokens.slice(k + 1, i);
      const cut = run0.findLastIndex((t, n) => t.text === 'and' && run0.slice(n + 1).some((x) => isHead(x.text))
        && ((i - k > 18 && !run0.slice(0, n).some((x) => isHead(x.text))) || run0.slice(1, n).some((x, m) => /-/.test(x.text) && koreanForm(`${run0[m]!.text} ${x.text}`))));
      if (cut > 0) k += 1 + cut;
    }
    const titleTokens = tokens.slice(k + 1, i);
    while (titleTokens.length && (CONNECTORS.has(titleTokens[0]!.text.toLowerCase()) || titleTokens[0]!.text === 'and')) titleTokens.shift();
    const prev = tokens[i - 1];
    const prevIsHead = !!prev && isHead(prev.text) && /^\s+$/.test(text.slice(prev.end, tokens[i]!.start));
    const after = text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 40);
    // ("the Hon. Richard Marles MP, Deputy Prime Minister …": letters after a name come before its appositive)
    const postnominal = POSTNOMINALS.exec(text.slice(run[run.length - 1]!.end))?.[0].length ?? 0;
    const titledAfter = titleFollows(text.slice(run[run.length - 1]!.end + postnominal, run[run.length - 1]!.end + postnominal + 120));
    const surname = run[run.length - 1]!.text.toLowerCase().replace(/['’]s$/, '');
    const knownPerson = known.get(surname) ?? known.get(run[0]!.text.toLowerCase());
    // (a Korean name in its usual form, "Kim Seung-ho", is a person with or without a title)
    // "Myanmar was represented by its Ambassador to the ROK, U Kyaw Min Htet": a title before the comma names the person after it
    const titleBefore = /(?:^|\b(?:its|his|her|their|the|by|with|and)\s+)((?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}[\p{Lu}][\p{L}'’.-]*(?:\s+(?:of|to|for|in|at|on)\s+(?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,4})?)(?:,|:(?:\s+(?:Mr|Ms|Mrs|Dr)\.)?)\s+(?:(?:U|Daw)\s+)?$/u.exec(text.slice(Math.max(0, run[0]!.start - 90), run[0]!.start));
    const titledBefore = !!titleBefore && titleBefore[1]!.split(/\s+/).some((w) => isHead(w)) && run.length >= 2 && !findCountries(text.slice(run[0]!.start, run[run.length - 1]!.end)).length;
    // ("Chargé d'affaires a.i. of Indonesia Agus Setiawan": a title written partly in lower case, its country after it)
    const chargeBefore = /\bCharg[ée] d['’]affaires(?:\s+(?:a\.\s?i\.|ad interim|en pied))?(?:\s+(?:of|to|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?\s+$/u.exec(text.slice(Math.max(0, run[0]!.start - 80), run[0]!.start))?.[0].trim();
    // ("The Assembly appointed Dararat Phommachanh of the Lao PDR as the new Executive Director": the post after "as")
    const asPost = ((m) => (m && m[1]!.split(/\s+/).some((w) => isHead(w)) ? m[1]!.replace(/\s+(?:of|for|the|to)$/, '') : undefined))(
      /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?,?\s+as\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:new\s+|next\s+|first\s+|incoming\s+|acting\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|for|the|to)){0,6})/u.exec(text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 120)));
    // ("Yuri Denisov (Russian national): director of …": a name with its nationality in brackets)
    const national = /^\s*\((?:an?\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:national|citizen)\)/u.test(text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 40));
    const isPerson = (run.length >= 2 && (sawHead || !!chargeBefore || !!asPost || national || titledAfter || prevIsHead || titledBefore || !!knownPerson || (run.length === 2 && /-/.test(run[1]!.text) && koreanForm(run.map((t) => t.text).join(' '))))) || (run.length === 1 && (prevIsHead || !!knownPerson));
    // "the Haegumgang General Trading Company": words before an institution's noun are its name, not a person's
    // (… or a place: "King George Island", "Queen Elizabeth Hospital")
    // (… or the first words of a body joined by "and": "the Andean Wetland and Glacier Protection Authority")
    const institution = new RegExp(`^\\s+(?:${INSTITUTION})\\b`).test(after) || INSTITUTION_LAST.test(run[run.length - 1]!.text)
      || (tokens[i - 1]?.text === 'the' && new RegExp(`^\\s+and\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,4}(?:${INSTITUTION})\\b`, 'u').test(text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 80)))
      // (… or the last words of a body its initials follow: "the Prohibition of Chemical Weapons (OPCW)")
      || ((m) => !!m && run.length >= 2 && m[1]!.slice(-2) === run.slice(-2).map((t) => t.text[0]).join(''))(/^\s*\((\p{Lu}{3,8})\)/u.exec(after));
    // ("… of State for Arms Control and International Security Rachel Whitmore": a title's field, not a person)
    const afterTitleOf = /^(?:of|for)$/.test(tokens[i - 1]?.text ?? '') && [2, 3, 4].some((d) => !!tokens[i - d] && isHead(tokens[i - d]!.text)) && !koreanForm(run.map((t) => t.text).join(' '));
    const field = afterTitleOf && /^\s+and\s+\p{Lu}/u.test(after);
    // ("Assistant Minister of Military Production of Egypt": dictionary words right after a title's "of" are its field)
    // (… or inside a field joined by "and": "Secretary for Consular Affairs and Brazilian Communities Abroad of the Ministry …")
    const fieldOnly = (afterTitleOf || (i > 0 && /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(after) && ofHead(j - 1))) && run.every((t) => isEnglishWord(t.text.toLowerCase()) && !/-/.test(t.text));
    if (!isPerson || institution || field || fieldOnly || run.length > 6) { i = j - 1; continue; }
    // (a Burmese honorific belongs to the name: "U Kyaw Min Htet", "Daw Aung")
    const honorific = /\b(?:U|Daw)\s+$/.exec(text.slice(Math.max(0, run[0]!.start - 4), run[0]!.start));
    const start = honorific && i > 0 && /^(?:U|Daw)$/.test(tokens[i - 1]!.text) ? tokens[i - 1]!.start : run[0]!.start;
    const last = run[run.length - 1]!;
    const end = last.end - (/['’]s$/.test(last.text) ? 2 : 0);
    const written = text.slice(start, end);
    const name = run.length === 1 && knownPerson ? knownPerson.name : normalizeName(written);
    // (with the bracket that closes it: "Joint Secretary (Counter Terrorism)")
    const before = titleTokens.length ? ((t) => t + (/\([^)]*$/.test(t) && text[titleTokens[titleTokens.length - 1]!.end] === ')' ? ')' : ''))(text.slice(titleTokens[0]!.start, titleTokens[titleTokens.length - 1]!.end)) : undefined;
    // ("Ambassador to Latvia Cho Eun-ha": the country after "to" is the post's, not the person's)
    // (nor are those listed after its "for": "Director-General for African and Middle Eastern Affairs")
    // (… nor a region's or a people's word that names a portfolio joined by "and": "Minister for Foreign Affairs and Southern African
    // Cooperation of Zambia")
    const titleCountry = titleTokens.length ? countries.find((c) => c.start >= titleTokens[0]!.start && c.end <= start && c.code !== 'KOR' && !/\b(?:to|in|at|for)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, c.start - 8), c.start))
      && !(/\band\s+(?:(?:East|West|North|South|Central|Southern|Northern|Eastern|Western)\s+)?$/.test(text.slice(Math.max(0, c.start - 15), c.start)) && /^\s+(?:Cooperation|Affairs|Community|Integration|Relations)\b/.test(text.slice(c.end, c.end + 14)))
      && !/\b(?:to|in|at|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:and|or)\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, c.start - 50), c.start))
      // (… or with commas: "Assistant Deputy Minister for Europe, Arctic, Middle East and Maghreb")
      && !/\b(?:to|in|at|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,\s+(?:the\s+)?){1,5}(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:and|or)\s+(?:the\s+)?)?$/u.test(text.slice(Math.max(0, c.start - 100), c.start)))?.code : undefined;
    // "H.E. Anders Holm, State Secretary for Foreign Affairs of Finland": the title after the name
    // the appositive ends at the next comma, semicolon or sentence end ("…, Director-General …, chaired the 7th …")
    // ("U.S. Special Representative": an initial's period does not end it)
    // (past an age: "Melaku Gebre-Selassie, 94, president of …")
    const aged = titledAfter ? AGE_AFTER.exec(text.slice(end + postnominal))?.[0].length ?? 0 : 0;
    const afterTitle = titledAfter ? /^,[^;,]*?(?=[;,]|\s\/\s|(?<!\b[A-Z]\.[A-Z])\.(?:\s|$)|$)/.exec(text.slice(end + postnominal + aged, end + postnominal + aged + 160))?.[0] : undefined;
    // "Foreign Minister Tomas Kral (Slovenia)": the country in brackets after the name
    const bracket = /^\s*\(([^)]{2,40})\)/.exec(text.slice(end, end + 45))?.[1];
    // "State Secretary Erik Lindqvist of Estonia"
    // ("Premier Wang Lixin of the State Council of the People's Republic of China": the body, then its country)
    // (capitalized words only: not "… of the United Nations visited the ROK")
    const ofCountry = /^\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[\p{Lu}][\p{L}'’-]*){0,6}/u.exec(text.slice(end, end + 90))?.[0];
    // "Ambassador of the ROK to Albania": the country after "to" (or "in") is where the post is, not whose it is
    // (… and after "for", its portfolio: "Director-General for African and Middle Eastern Affairs", "Envoy for Syria")
    const sending = (t: string): string | undefined => {
      // ("First Assistant Secretary at Australia's Department of …": a country's own office, after "at", is the person's)
      const found = findCountries(t).filter((c) => /^[A-Z]{3}$/.test(c.code) && (!/\b(?:to|in|at|for)\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, c.start - 8), c.start)) || (/^['’]s\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Department|Ministry|Office|Embassy|Mission|Agency|Government|Delegation)\b/u.test(t.slice(c.end)) && /\bat\s+$/i.test(t.slice(Math.max(0, c.start - 4), c.start)))));
      if (found[0]?.code === 'KOR') return 'KOR';
      return found.find((c) => c.code !== 'KOR')?.code;
    };
    // ("Deputy Minister … Chung Byung-won, Japan's Deputy Minister … Funakoshi Takehiro and …": a person titled before the
    // name is followed by the next person, not by an appositive of their own)
    const titledBeforeName = !!before && titleTokens.some((t) => isHead(t.text)) && !honorificOnly(before);
    const afterCountry = [titledBeforeName ? undefined : afterTitle, bracket, ofCountry].map((s) => (s ? sending(s) : undefined)).find(Boolean);
    // ("the DPRK was represented by its Ambassador to Cambodia, Ri Song-chol": the country represented is the person's)
    const represented = titledBefore ? /(\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+)?)\s+(?:was|were|is|are)\s+represented\s+by\s+(?:its|their)\b/u.exec(text.slice(Math.max(0, start - 140), start))?.[1] : undefined;
    const beforeCountry = titledBefore ? (represented ? findCountries(represented).find((c) => /^[A-Z]{3}$/.test(c.code))?.code : undefined) ?? sending(titleBefore![1]!) : undefined;
    // ("Ambassador of the Republic of Korea to the Lao PDR Oh Tae-kyun, Vice Minister … of the Lao PDR …": the title before the
    // name says whose post it is; what follows the comma may be the next person's)
    const country = titleCountry ?? (before && titleTokens.some((t) => isHead(t.text)) ? sending(before) : undefined) ?? afterCountry ?? beforeCountry ?? knownPerson?.country ?? (koreanForm(name) ? 'KOR' : undefined);
    // an honorific alone ("H.E. Mr.") says less than the appositive title after the name
    const appositive = afterTitle?.replace(/^,\s+(?:who\s+(?:is|was|serves as|served as|is also)\s+)?(?:the\s+)?/, '').trim();
    const addressed = !before || honorificOnly(before);
    // ("under Chargé d'affaires a.i. Lee Dong-min": a title written partly in lower case)
    const charge = chargeBefore && start === run[0]!.start ? chargeBefore : undefined;
    // ("Minister Stanford said …" after "New Zealand's Minister of Immigration Erica Stanford": a bare head word is the
    // post the release named in full)
    const bare = !!before && /^\p{Lu}[\p{L}-]*$/u.test(before) && isHead(before) && !!knownPerson?.title && knownPerson.title.includes(before) && knownPerson.title !== before;
    const titleText = charge && (!before || charge.endsWith(before)) ? charge : !before && !titledAfter && asPost ? asPost : bare ? knownPerson!.title : (titledBefore && (!before || /^(?:U|Daw|Mr|Ms|Mrs|Dr)\.?$/.test(before)) ? titleBefore![1] : (addressed && appositive ? appositive : before)) ?? charge ?? knownPerson?.title;
    // ("Secretary Ravi Menon of India's Ministry of Earth Sciences": what an office's "of" names is its field, not a person)
    if (titleText && OFFICE_OF.test(titleText.trim())) continue;
    out.push({ start, end, text: written, name, ...(titleText ? { title: titleText } : {}), ...(country ? { country } : {}) });
    i = j - 1;
  }
  // "Md. Jashim Uddin", "Mohd. Rafi": an abbreviated given name before its period belongs to the name after it
  for (let k = out.length - 2; k >= 0; k--) {
    const [x, y] = [out[k]!, out[k + 1]!];
    if (/^(?:Md|Mohd|Muhd|Mohd|Mhd)$/.test(x.text) && /^\.\s+$/.test(text.slice(x.end, y.start))) {
      const written = text.slice(x.start, y.end);
      out.splice(k, 2, { ...x, end: y.end, text: written, name: `${x.name}. ${y.name}`, ...(y.country && !x.country ? { country: y.country } : {}) });
    }
  }
  // ("Vuk Marković, Chief Executive Officer of Adriatic Horizons Travel, as …": words inside the post said after a name are
  // that post's, not another person titled "Chief Executive Officer of Adriatic")
  // (a post of one body, short and without "and": not a run of words after a place taken for a name, "La Paz, Director-General …")
  return out.filter((y) => !out.some((x) => x !== y && !!x.title && x.title.length <= 80 && !/\s(?:and|held|met)\s/.test(x.title) && !findCountries(x.name).length && x.end < y.start && ((at) => at >= 0 && at - x.end <= 4 && y.end <= at + x.title!.length)(text.indexOf(x.title!, x.end))));
}
