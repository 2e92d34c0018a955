/** Event kinds (strategic partnership, diplomatic relations, visit, aid …) from data/lexicon/events.json; each phrase starts a word ("airlifting" is no "lifting … to"). */
import { readFileSync } from 'node:fs';
import { lexiconPath } from '../paths.js';

let patterns: Array<[string, RegExp]> | undefined;
let global: Map<string, RegExp> | undefined;

function load(): Array<[string, RegExp]> {
  if (!patterns) {
    const lex = JSON.parse(readFileSync(lexiconPath('events.json'), 'utf8')) as { events: Record<string, string[]> };
    patterns = Object.entries(lex.events).map(([k, res]) => [k, new RegExp(res.map((r) => `\\b(?:${r})`).join('|'), 'i')]);
    global = new Map(patterns.map(([k, re]) => [k, new RegExp(re.source, 'gi')]));
  }
  return patterns;
}

/** A wish, not an event: "so that the agreement takes effect", "closer to taking effect" ("will enter into force on March 1" is a schedule, and counts). */
const UNREALIZED = /(?:\bso that|\bcloser to|\baims? to|\bin order to|\bhopes? to|\bwith a view to|\btowards?|\burged?|\bcalled for)\s+(?:(?:the|this|that|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** Where the text states events of these kinds, as offsets; events in clauses that have not happened are left out. */
export function eventPositions(kinds: readonly string[], text: string): number[] {
  return eventSpans(kinds, text).map(([start]) => start);
}

/** The same, as [start, end] spans of the phrases. */
export function eventSpans(kinds: readonly string[], text: string): Array<[number, number]> {
  load();
  const out: Array<[number, number]> = [];
  for (const k of kinds) {
    const re = global!.get(k);
    if (!re) continue;
    for (const m of text.matchAll(re)) {
      if (UNREALIZED.test(text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
      out.push([m.index!, m.index! + m[0].length]);
    }
  }
  return out;
}

/** Event kinds that are acts with a date of their own: a date belongs to the nearest of them. */
export const ACT_EVENTS = ['signed', 'ratified', 'in_force', 'upgrade', 'proclaimed', 'enacted', 'adopted', 'launch', 'negotiated'] as const;

/** The event kinds a text speaks of. */
export function findEvents(text: string): string[] {
  return load().filter(([, re]) => re.test(text)).map(([k]) => k);
}

/** Event kinds that name a relationship's kind: a question about one must not be answered by a fact about another. */
export const RELATION_EVENTS = ['strategic_partnership', 'diplomatic_relations', 'fta'] as const;
