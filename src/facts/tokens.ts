/** Word tokens with their offsets, for extractors that look at capitalization and neighbours. */

export interface Token { text: string; start: number; end: number }

/** Words (letters, digits, inner hyphens, apostrophes and dots of abbreviations) with offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /(?:[A-Z]\.){2,}|[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let t = m[0];
    // a trailing period belongs to the word only for short abbreviations (H.E., Mr., Dr.)
    if (t.endsWith('.') && !/^(?:[A-Z]\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Hon|Rev|Gen|Lt|No)\.$/.test(t)) t = t.slice(0, -1);
    out.push({ text: t, start: m.index, end: m.index + t.length });
  }
  return out;
}

/** Starts with a capital letter, or is all capitals. */
export const isCapitalized = (w: string): boolean => /^\p{Lu}/u.test(w);
