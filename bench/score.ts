/** The scorer's rules (../shared/eval/score.mjs) and a scorer of a folder of releases with its question sets, shared by the
 * regression guards in test/core/qa.test.ts and by `npm run eval`. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../src/engine.js';
import type { Engine } from '../src/engine-types.js';
import { readReleases } from '../src/releases/load.js';
import { buildFactIndex } from '../src/search/fact-index.js';

/** A question of a set (`*.qa.jsonl`): `answers: []` means the engine must abstain. */
export interface Gold { id: string; release: string; question: string; answers: string[]; kind: string; also_releases?: string[] }

/** How one question went: right, wrong or abstained on an answerable one; abstained rightly (`okabst`) or answered an unanswerable one. */
export type Outcome = 'right' | 'wrong' | 'abst' | 'okabst' | 'answered';

export interface QuestionResult { outcome: Outcome; question: string; answer: string | null; want: string | null; cited: string | null; citedRight: boolean }

export interface SetScore {
  questions: number; accuracy: number; wrong: number; citation: number; abstainedOnUnanswerable: number; overall: number;
  /** Per question id. */
  results: Record<string, QuestionResult>;
}

export const norm = (s: unknown): string => String(s ?? '').toLowerCase().normalize('NFKC')
  .replace(/[\u2010-\u2015]/g, '-').replace(/[^\p{L}\p{N}\- ]+/gu, ' ').replace(/\s+/g, ' ').trim();
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The accepted string stands in the text as whole tokens. */
export const within = (text: string, a: string): boolean => new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRe(norm(a))}(?![\\p{L}\\p{N}-])`, 'u').test(norm(text));
/** A right answer: holds an accepted string and is not much longer than it. */
export const precise = (text: string, accepted: string[]): boolean => accepted.some((a) => norm(a) && within(text, a) && norm(text).length <= norm(a).length + 40);
/** The text holds an accepted string, however long it is. */
export const holds = (text: string, accepted: string[]): boolean => accepted.some((a) => norm(a) && within(text, a));

/** The questions of every `*.qa.jsonl` in a folder. */
export function readGold(dir: string): Gold[] {
  return readdirSync(dir).filter((f) => f.endsWith('.qa.jsonl'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Gold));
}

/** An engine over the given release files or folders. */
export function engineOver(paths: string[]): Engine {
  return createEngine({ index: buildFactIndex(readReleases(paths).releases) });
}

/** Scores the engine on a folder of releases and its question sets, with the rules of ../shared/eval/score.mjs. */
export function scoreSet(dir: string): SetScore {
  const engine = engineOver([dir]);
  const t = { answerable: 0, right: 0, wrong: 0, cited: 0, unanswerable: 0, abstainedRight: 0 };
  const results: Record<string, QuestionResult> = {};
  const gold = readGold(dir);
  for (const g of gold) {
    const r = engine.ask(g.question);
    const answer = r.kind === 'answer' ? r.answer : null;
    const cited = r.kind === 'answer' ? r.sources[0]?.release ?? null : null;
    const citedRight = cited !== null && [g.release, ...(g.also_releases ?? [])].includes(cited);
    let outcome: Outcome;
    if (g.answers.length) {
      t.answerable++;
      outcome = answer === null ? 'abst' : precise(answer, g.answers) ? 'right' : 'wrong';
      if (outcome === 'right') t.right++;
      if (outcome === 'wrong') t.wrong++;
      if (citedRight) t.cited++;
    } else {
      t.unanswerable++;
      outcome = answer === null ? 'okabst' : 'answered';
      if (outcome === 'okabst') t.abstainedRight++;
    }
    results[g.id] = { outcome, question: g.question, answer, want: g.answers[0] ?? null, cited, citedRight };
  }
  const pct = (n: number, d: number): number => (d ? Math.round((1000 * n) / d) / 10 : 0);
  return {
    questions: gold.length,
    accuracy: pct(t.right, t.answerable),
    wrong: pct(t.wrong, t.answerable),
    citation: pct(t.cited, t.answerable),
    abstainedOnUnanswerable: pct(t.abstainedRight, t.unanswerable),
    overall: pct(t.right + t.abstainedRight, t.answerable + t.unanswerable),
    results,
  };
}
