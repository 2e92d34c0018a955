/** English words (word-list): what a typed word is when the releases never use it, rather than a typo for one they do. */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/** The English word list (word-list: 274,000 words, one per line, sorted), read once when first needed. */
let english: string | undefined;

/** True for an English word ("likely", "lifted", "tents"): a word the releases do not use is not a typo for one they do. */
export function isEnglishWord(word: string): boolean {
  english ??= `\n${readFileSync(wordListPath, 'utf8')}\n`;
  // binary search over the sorted lines of one string: a few megabytes, not a set of a quarter of a million strings
  let lo = 0;
  let hi = english.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = english.lastIndexOf('\n', mid) + 1;
    const end = english.indexOf('\n', start);
    if (end < 0 || start >= english.length) { hi = mid; continue; }
    const line = english.slice(start, end);
    if (line === word) return true;
    if (line < word) lo = end + 1; else hi = start - 1;
  }
  return english.startsWith(`\n${word}\n`, Math.max(0, english.lastIndexOf('\n', lo)));
}
