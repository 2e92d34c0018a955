/** `attache fetch [URL …]`: brings in new releases, prints what was added and skipped, updates the index. */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { runFetch } from '../fetch/run-fetch.js';
import { createLogger } from '../logger.js';
import type { CliContext } from './context.js';

const USAGE = 'usage: attache fetch [URL …] [--json] [--max-pages N] [--max-releases N] [--delay-ms MS] [--timeout-ms MS] [--retries N] [--no-index]';

function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`attache: option "--${name}" must be a whole number >= 0`);
  return n;
}

/** Runs `attache fetch`; exit 0 when the run completed (skipped URLs are not failures), 1 on a bad setup. */
export async function run(args: string[], ctx: CliContext): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' }, 'no-index': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
        'max-pages': { type: 'string' }, 'max-releases': { type: 'string' }, 'delay-ms': { type: 'string' },
        'timeout-ms': { type: 'string' }, retries: { type: 'string' },
      },
    });
  } catch (err) {
    ctx.stderr.write(`attache: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) { ctx.stdout.write(`${USAGE}\n`); return 0; }
  const config = loadConfig(ctx.env);
  const logger = createLogger(config.logLevel);
  const http = {
    ...(count('delay-ms', values['delay-ms']) !== undefined ? { delayMs: count('delay-ms', values['delay-ms'])! } : {}),
    ...(count('timeout-ms', values['timeout-ms']) !== undefined ? { timeoutMs: count('timeout-ms', values['timeout-ms'])! } : {}),
    ...(count('retries', values.retries) !== undefined ? { retries: count('retries', values.retries)! } : {}),
  };
  const maxPages = count('max-pages', values['max-pages']);
  const maxReleases = count('max-releases', values['max-releases']);
  const result = await runFetch({
    dataDir: config.dataDir,
    urls: positionals,
    configSources: config.sources,
    logger,
    skipIndex: values['no-index'] === true,
    fetch: { http, ...(maxPages !== undefined ? { maxPages } : {}), ...(maxReleases !== undefined ? { maxReleases } : {}) },
  });
  if (values.json) {
    ctx.stdout.write(`${JSON.stringify({ added: result.added, skipped: result.skipped, indexed: result.indexed ?? null })}\n`);
    return 0;
  }
  for (const a of result.added) ctx.stdout.write(`added   ${a.id}  ${a.date ?? '(no date)'}  ${a.title}\n        ${a.url}\n`);
  for (const s of result.skipped) ctx.stdout.write(`skipped ${s.url}: ${s.reason}\n`);
  const idx = result.indexed ? `; index +${result.indexed.added} releases, +${result.indexed.facts} facts` : '';
  ctx.stdout.write(`${result.added.length} added, ${result.skipped.length} skipped from ${result.sources.length} source(s)${idx}\n`);
  return 0;
}
