/** Event kinds (strategic partnership, diplomatic relations, visit, aid …) from data/lexicon/events.json. */
import { readFileSync } from 'node:fs';
import { lexiconPath } from '../paths.js';

let patterns: Array<[string, RegExp]> | undefined;

function load(): Array<[string, RegExp]> {
  if (!patterns) {
    const lex = JSON.parse(readFileSync(lexiconPath('events.json'), 'utf8')) as { events: Record<string, string[]> };
    patterns = Object.entries(lex.events).map(([k, res]) => [k, new RegExp(res.map((r) => `(?:${r})`).join('|'), 'i')]);
  }
  return patterns;
}

/** The event kinds a text speaks of. */
export function findEvents(text: string): string[] {
  return load().filter(([, re]) => re.test(text)).map(([k]) => k);
}

/** Event kinds that name a relationship's kind: a question about one must not be answered by a fact about another. */
export const RELATION_EVENTS = ['strategic_partnership', 'diplomatic_relations', 'fta'] as const;
