/** Loads the engine over a data folder: reuses the index snapshot while the releases are unchanged, rebuilds it when they change. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createEngine } from '../src/engine.js';
import type { Engine } from '../src/engine-types.js';
import type { Logger } from '../src/logger.js';
import { silentLogger } from '../src/logger.js';
import { listReleaseFiles, readReleases, type HtmlParser } from '../src/releases/load.js';
import { FactIndex, INDEX_VERSION, buildFactIndex, factIndexFromJSON, saveFactIndex } from '../src/search/fact-index.js';

export interface LoadOptions {
  dataDir: string;
  logger?: Logger;
}

/** The HTML parser, loaded only when an HTML release is met (cheerio is heavy for a one-shot `ask`). */
export async function htmlParser(): Promise<HtmlParser | undefined> {
  try {
    const mod = (await import('../src/releases/parse-html.js')) as { parseReleaseHtml?: HtmlParser };
    return mod.parseReleaseHtml;
  } catch {
    return undefined;
  }
}

const paths = (dataDir: string) => ({
  releases: join(dataDir, 'releases'),
  index: join(dataDir, 'index', 'index.json'),
  manifest: join(dataDir, 'index', 'manifest.json'),
});

/** A fingerprint of the release files: names, sizes and modification times. */
function fingerprint(files: string[]): string {
  const h = createHash('sha256').update(`v${INDEX_VERSION}\n`);
  for (const f of files) {
    const st = statSync(f);
    h.update(`${basename(f)}\t${st.size}\t${Math.floor(st.mtimeMs)}\n`);
  }
  return h.digest('hex');
}

async function readAll(dir: string, logger: Logger) {
  const files = existsSync(dir) ? listReleaseFiles([dir]) : [];
  const needsHtml = files.some((f) => /\.html?$/i.test(f));
  const { releases, skipped } = readReleases(existsSync(dir) ? [dir] : [], needsHtml ? await htmlParser() : undefined);
  for (const s of skipped) logger.warn({ file: s.file, reason: s.reason }, 'release skipped');
  return { files, releases };
}

/** The index for a data folder: the snapshot if it matches the releases, else a fresh build saved for next time. */
export async function loadIndex(options: LoadOptions): Promise<FactIndex> {
  const logger = options.logger ?? silentLogger;
  const p = paths(options.dataDir);
  const files = existsSync(p.releases) ? listReleaseFiles([p.releases]) : [];
  const print = fingerprint(files);
  try {
    const manifest = JSON.parse(readFileSync(p.manifest, 'utf8')) as { fingerprint?: string };
    if (manifest.fingerprint === print) {
      const index = factIndexFromJSON(JSON.parse(readFileSync(p.index, 'utf8')));
      logger.debug({ releases: index.releases.length }, 'index snapshot loaded');
      return index;
    }
  } catch { /* no snapshot, or an old one: rebuild */ }
  const started = Date.now();
  const { releases } = await readAll(p.releases, logger);
  const index = buildFactIndex(releases);
  logger.info({ releases: index.releases.length, facts: index.facts.length, ms: Date.now() - started }, 'index built from releases');
  try {
    mkdirSync(join(options.dataDir, 'index'), { recursive: true });
    saveFactIndex(index, p.index);
    writeAtomic(p.manifest, JSON.stringify({ fingerprint: print, version: INDEX_VERSION, builtAt: new Date().toISOString() }));
  } catch (err) {
    logger.warn({ err: String(err) }, 'could not save the index snapshot (read-only data folder?)');
  }
  return index;
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Loads the engine over `<dataDir>/releases`. */
export async function loadEngine(options: LoadOptions): Promise<Engine> {
  return createEngine({ index: await loadIndex(options) });
}

/** Adds releases that are in `<dataDir>/releases` but not in the snapshot, without rebuilding the rest. */
export async function updateIndex(options: LoadOptions): Promise<{ added: number; facts: number }> {
  const logger = options.logger ?? silentLogger;
  const p = paths(options.dataDir);
  let index: FactIndex;
  try {
    index = factIndexFromJSON(JSON.parse(readFileSync(p.index, 'utf8')));
  } catch {
    index = await loadIndex(options);
    return { added: index.releases.length, facts: index.facts.length };
  }
  const { files, releases } = await readAll(p.releases, logger);
  const result = index.add(releases.filter((r) => !index.byRelease.has(r.id)));
  mkdirSync(join(options.dataDir, 'index'), { recursive: true });
  saveFactIndex(index, p.index);
  writeAtomic(p.manifest, JSON.stringify({ fingerprint: fingerprint(files), version: INDEX_VERSION, builtAt: new Date().toISOString() }));
  logger.info(result, 'index updated');
  return result;
}

/** An engine whose index can be swapped while the bot runs (after a fetch brings new releases). */
export interface ReloadableEngine extends Engine {
  reload(): Promise<void>;
}

/** Wraps loadEngine so adapters keep one Engine object across index reloads. */
export async function loadReloadableEngine(options: LoadOptions): Promise<ReloadableEngine> {
  let current = await loadEngine(options);
  return {
    ask: (q) => current.ask(q),
    search: (w, l) => current.search(w, l),
    timeline: (c) => current.timeline(c),
    latest: (c, l) => current.latest(c, l),
    releases: () => current.releases(),
    keyFacts: (id, max) => current.keyFacts(id, max),
    resolveCountry: (t) => current.resolveCountry(t),
    stats: () => current.stats(),
    async reload() { current = await loadEngine(options); },
  };
}
