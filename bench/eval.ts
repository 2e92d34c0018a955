/** `npm run eval -- DIR…`: scores the engine in-process on folders of releases with their question sets (the rules of
 * ../shared/eval/score.mjs), one line per folder and a total. `--out FILE` keeps the per-question results; `--against FILE`
 * lists every question whose outcome or answer moved since that run (+ now right, − now wrong, ~ moved); `--trace ID`
 * prints how the engine ranked the facts for one question (repeatable). */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { answerQuestion } from '../src/qa/answer.js';
import { readReleases } from '../src/releases/load.js';
import { buildFactIndex } from '../src/search/fact-index.js';
import { readGold, scoreSet, type Outcome, type QuestionResult } from './score.js';

const { values, positionals: dirs } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    against: { type: 'string' },
    trace: { type: 'string', multiple: true },
    rows: { type: 'string', default: '6' },
    quiet: { type: 'boolean', default: false },
  },
});
if (!dirs.length) {
  console.error('usage: npm run eval -- [--out FILE] [--against FILE] [--trace ID]… [--rows N] [--quiet] DIR…');
  process.exit(2);
}

if (values.trace?.length) {
  for (const id of values.trace) trace(id);
  process.exit(0);
}

/** Every result, keyed `folder:question id`. */
const all: Record<string, QuestionResult> = {};
const total = { answerable: 0, right: 0, wrong: 0, unanswerable: 0, abstainedRight: 0 };
const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : '-');
if (!values.quiet) console.log('set\taccuracy\twrong\tabstained\tcitation\tquestions');
for (const dir of dirs) {
  const s = scoreSet(dir);
  for (const [id, r] of Object.entries(s.results)) {
    all[`${basename(dir)}:${id}`] = r;
    if (r.want === null) { total.unanswerable++; if (r.outcome === 'okabst') total.abstainedRight++; } else {
      total.answerable++;
      if (r.outcome === 'right') total.right++;
      if (r.outcome === 'wrong') total.wrong++;
    }
  }
  if (!values.quiet) console.log(`${basename(dir)}\t${s.accuracy}\t${s.wrong}\t${s.abstainedOnUnanswerable}\t${s.citation}\t${s.questions}`);
}
console.log(`TOTAL\t${pct(total.right, total.answerable)}\t${pct(total.wrong, total.answerable)}\t${pct(total.abstainedRight, total.unanswerable)}\t\t${total.answerable + total.unanswerable}`);
if (values.out) writeFileSync(values.out, JSON.stringify(all));
if (values.against) compare(JSON.parse(readFileSync(values.against, 'utf8')) as Record<string, QuestionResult>, all);

/** Lists the questions whose outcome or answer moved between two runs. */
function compare(before: Record<string, QuestionResult>, now: Record<string, QuestionResult>): void {
  const good = (o: Outcome): boolean => o === 'right' || o === 'okabst';
  let plus = 0, minus = 0, moved = 0;
  for (const [id, y] of Object.entries(now)) {
    const x = before[id];
    if (!x || (x.outcome === y.outcome && x.answer === y.answer)) continue;
    const tag = good(y.outcome) && !good(x.outcome) ? '+' : good(x.outcome) && !good(y.outcome) ? '-'
      : x.outcome === 'abst' && y.outcome === 'wrong' ? '-w' : x.outcome === 'wrong' && y.outcome === 'abst' ? '+w' : '~';
    if (tag.startsWith('+')) plus++; else if (tag.startsWith('-')) minus++; else moved++;
    console.log(`${tag} ${id} [${x.outcome}->${y.outcome}] ${y.question} | want ${y.want} | was ${String(x.answer).slice(0, 80)} | now ${String(y.answer).slice(0, 80)}`);
  }
  console.log(`plus ${plus} minus ${minus} moved ${moved}`);
}

/** Prints the facts the engine ranked first for one question id (`release-k`), found in the given folders. */
function trace(id: string): void {
  const release = id.replace(/-\d+$/, '');
  for (const dir of dirs) {
    const gold = readGold(dir).find((g) => g.id === id);
    if (!gold) continue;
    const index = buildFactIndex(readReleases([dir]).releases);
    console.log(`\n=== ${id} ${gold.question}\n want ${JSON.stringify(gold.answers)} (${release})`);
    const reply = answerQuestion(index, gold.question, {
      trace: (ranked) => {
        for (const x of ranked.slice(0, Number(values.rows))) {
          const span = x.span ? `${JSON.stringify(x.span.text)} ${x.span.score.toFixed(2)}` : '-';
          console.log(`  ${x.score.toFixed(3)} cov ${x.coverage.toFixed(2)} mm ${x.mismatch} span ${span} | ${x.fact.release} ${x.fact.text.slice(0, 160)}`);
        }
      },
    });
    console.log(' =>', reply.kind, reply.kind === 'answer' ? reply.answer : '');
    return;
  }
  console.log(`no folder among ${dirs.map((d) => join(d)).join(', ')} holds ${id}`);
}
