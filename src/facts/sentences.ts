/** Splits paragraph text into sentences without breaking on diplomatic abbreviations. */

/** Abbreviations after which a period does not end a sentence. */
const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Md|Mohd|Muhd|St|No|Nos|Gen|Lt|Col|Sen|Rep|Amb|Gov|Hon|Rt|Adm|Maj|Capt|Brig|Cdr|Jr|Sr|Inc|Co|Corp|Ltd|vs|etc|approx|H\.E|e\.g|i\.e|U\.S|U\.N|U\.K|S|N|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Vol|p|pp|cf|a\.i)|\b[A-Z])\.$/;

/** The sentences of a paragraph, trimmed, in order. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const re = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9])/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    const candidate = text.slice(start, end);
    // (a letter that labels a class ends the sentence before a word that opens one: "… in Category C. It moved to …")
    if (ABBREV.test(candidate.trimEnd().replace(/["”’)]$/, '')) && !(/\s[A-Z]\.$/.test(candidate.trimEnd()) && !/\b[SNp]\.$/.test(candidate.trimEnd())
      && /^(?:It|Its|The|This|These|Those|They|Their|He|She|His|Her|We|Our|However)\s/.test(text.slice(m.index + m[0].length)))) continue;
    // a quoted slogan such as "Build. Share. Grow." stays whole
    const quotes = (candidate.match(/["“”]/g) ?? []).length;
    if (quotes % 2 === 1) continue;
    out.push(candidate.trim());
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => /[\p{L}\p{N}]/u.test(s));
}
