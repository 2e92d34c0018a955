/** `attache index <dir|file>... --out <path>`: builds an index snapshot; reports releases, facts and skipped files on stderr. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { readReleases } from '../../src/releases/load.js';
import { buildFactIndex, saveFactIndex } from '../../src/search/fact-index.js';
import { htmlParser } from '../load-engine.js';
import type { CliContext } from './context.js';

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { out: { type: 'string', short: 'o' } }, allowPositionals: true });
  if (!positionals.length || !values.out) {
    ctx.stderr.write('usage: attache index <dir|file>... --out <path>\n');
    return 2;
  }
  const started = performance.now();
  let found;
  try {
    found = readReleases(positionals, await htmlParser());
  } catch (err) {
    ctx.stderr.write(`attache: cannot read ${positionals.join(', ')}: ${(err as Error).message}\n`);
    return 1;
  }
  for (const s of found.skipped) ctx.stderr.write(`skipped ${s.file}: ${s.reason}\n`);
  const index = buildFactIndex(found.releases);
  mkdirSync(dirname(values.out), { recursive: true });
  saveFactIndex(index, values.out);
  const ms = Math.round(performance.now() - started);
  ctx.stderr.write(`indexed ${index.releases.length} releases, ${index.facts.length} facts, ${found.skipped.length} skipped in ${ms} ms → ${values.out}\n`);
  return index.releases.length ? 0 : 1;
}
