/** One fetch as the bot runs it: sources from arguments, config or `<dataDir>/sources.json`, then the index update. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AttacheError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import { fetchSources, type FetchOutcome, type FetchSourcesOptions } from '../../src/sources/fetch-sources.js';
import { updateIndex } from '../load-engine.js';

/** Options of one fetch run by the CLI or the schedule. */
export interface RunFetchOptions {
  dataDir: string;
  /** URLs given on the command line; when empty, `configSources`, then `<dataDir>/sources.json`. */
  urls?: string[];
  /** `ATTACHE_SOURCES` (config.sources). */
  configSources?: string[];
  logger: Logger;
  /** Politeness and limits passed through to the fetcher. */
  fetch?: Omit<FetchSourcesOptions, 'sources' | 'dataDir' | 'logger'>;
  /** Skip the index update (tests, or a caller that rebuilds on its own). */
  skipIndex?: boolean;
}

/** What a run did, and the index update it made. */
export interface RunFetchResult extends FetchOutcome { sources: string[]; indexed?: { added: number; facts: number } }

/** Reads `<dataDir>/sources.json`: `["url", …]` or `{ "sources": ["url", …] }`. */
export function readSourcesFile(dataDir: string): string[] {
  const path = join(dataDir, 'sources.json');
  if (!existsSync(path)) return [];
  let raw: unknown;
  try { raw = JSON.parse(readFileSync(path, 'utf8')); } catch (err) {
    throw new AttacheError('config_invalid', `${path} is not valid JSON: ${(err as Error).message}`);
  }
  const list = Array.isArray(raw) ? raw : (raw as { sources?: unknown })?.sources;
  if (!Array.isArray(list) || !list.every((s) => typeof s === 'string')) {
    throw new AttacheError('config_invalid', `${path} must be a list of URLs, or { "sources": [ … ] }`);
  }
  return list.map((s: string) => s.trim()).filter(Boolean);
}

/** The sources a run reads, by precedence: arguments, ATTACHE_SOURCES, sources.json. */
export function resolveSources(opts: Pick<RunFetchOptions, 'dataDir' | 'urls' | 'configSources'>): string[] {
  if (opts.urls?.length) return opts.urls;
  if (opts.configSources?.length) return opts.configSources;
  return readSourcesFile(opts.dataDir);
}

/** Fetches what is new and adds it to the index snapshot (incrementally, no rebuild). */
export async function runFetch(opts: RunFetchOptions): Promise<RunFetchResult> {
  const sources = resolveSources(opts);
  if (!sources.length) {
    throw new AttacheError('config_missing', `no sources: pass URLs, set ATTACHE_SOURCES, or write ${join(opts.dataDir, 'sources.json')}`);
  }
  const outcome = await fetchSources({ ...opts.fetch, sources, dataDir: opts.dataDir, logger: opts.logger });
  // an index that is missing or behind (an earlier run died before this step) catches up here too
  const indexed = opts.skipIndex ? undefined : await updateIndex({ dataDir: opts.dataDir, logger: opts.logger });
  return { ...outcome, sources, ...(indexed ? { indexed } : {}) };
}
