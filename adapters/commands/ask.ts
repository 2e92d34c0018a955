/** `attache ask [--index <path>] [--json] "question"` and `--batch <file.jsonl>`: answers from the command line. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createEngine } from '../../src/engine.js';
import type { Engine } from '../../src/engine-types.js';
import { replySources, type Reply } from '../../src/reply.js';
import { loadFactIndex } from '../../src/search/fact-index.js';
import { loadEngine } from '../load-engine.js';
import { createLogger } from '../logger.js';
import { renderText } from '../shell/render.js';
import type { CliContext } from './context.js';

/** The stable JSON line of one answer (the evaluation tools read it). */
export function answerJson(id: unknown, question: string, reply: Reply): object {
  const abstained = reply.kind !== 'answer';
  return {
    ...(id !== undefined ? { id } : {}),
    question,
    abstained,
    answer: reply.kind === 'answer' ? reply.answer : null,
    reply: renderText(reply),
    confidence: 'confidence' in reply ? Number(reply.confidence.toFixed(3)) : 0,
    sources: replySources(reply).map((s) => ({ release: s.release, title: s.title, date: s.date, ...(s.url ? { url: s.url } : {}), quote: s.quote })),
  };
}

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { index: { type: 'string' }, json: { type: 'boolean' }, batch: { type: 'string' } },
    allowPositionals: true,
  });
  const config = loadConfig(ctx.env);
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  let engine: Engine;
  try {
    engine = values.index ? createEngine({ index: loadFactIndex(values.index) }) : await loadEngine({ dataDir: config.dataDir, logger });
  } catch (err) {
    ctx.stderr.write(`${(err as Error).message}\n`);
    return 1;
  }
  if (values.batch) {
    const lines = createInterface({ input: values.batch === '-' ? process.stdin : createReadStream(values.batch), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      let q: { id?: unknown; question?: unknown };
      try { q = JSON.parse(line) as typeof q; } catch {
        ctx.stderr.write(`line ${n}: not JSON, skipped\n`);
        continue;
      }
      const question = typeof q.question === 'string' ? q.question : '';
      ctx.stdout.write(`${JSON.stringify(answerJson(q.id, question, engine.ask(question)))}\n`);
    }
    return 0;
  }
  const question = positionals.join(' ');
  if (!question.trim()) {
    ctx.stderr.write('usage: attache ask [--index <path>] [--json] "question" | --batch <file.jsonl>\n');
    return 2;
  }
  const reply = engine.ask(question);
  ctx.stdout.write(values.json ? `${JSON.stringify(answerJson(undefined, question, reply))}\n` : `${renderText(reply)}\n`);
  return 0;
}
