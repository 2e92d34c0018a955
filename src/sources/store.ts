/** Fetched releases on disk: page + metadata written atomically, and the sources state file. */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Logger } from '../logger.js';
import type { Validators } from './http-client.js';

/** What is stored beside each fetched page as `<id>.meta.json`. */
export interface ReleaseMeta {
  /** The citation link: the canonical URL of the release page. */
  url: string;
  canonicalUrl: string;
  /** The URL the page was fetched from (with the site's extra query parameters). */
  fetchedUrl: string;
  fetchedAt: string;
  etag: string | null;
  lastModified: string | null;
  /** sha256 of the parsed release (title and paragraphs), so the same release under two URLs is seen once. */
  contentHash: string;
  /** The feed or board page the link came from. */
  source: string;
  /** The charset the page was served in; the stored page is UTF-8. */
  charset: string;
}

/** The sources state: what has been seen and the validators for conditional requests. A cache of the disk. */
export interface SourcesState {
  version: 1;
  /** canonical URL → the release stored for it. */
  releases: Record<string, { id: string; contentHash: string; fetchedAt: string }>;
  /** content hash → canonical URL. */
  hashes: Record<string, string>;
  /** source page URL (feed, board page) → validators of its last complete read. */
  validators: Record<string, Validators & { checkedAt: string }>;
  /** source URL → when it was last read to the end (every listed release dealt with for good). */
  completed: Record<string, string>;
}

/** The folder fetched releases are stored in. */
export const releasesDir = (dataDir: string): string => join(dataDir, 'releases');
/** The state file. */
export const statePath = (dataDir: string): string => join(dataDir, 'sources-state.json');

const emptyState = (): SourcesState => ({ version: 1, releases: {}, hashes: {}, validators: {}, completed: {} });
const TMP = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Writes a file so that readers see either the old content or the new, never a part: temp file in
 * the same folder (dot-named, so the release loader skips it), fsync, rename.
 */
export function writeFileAtomic(path: string, data: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Reads the state file; a missing or unreadable one starts empty (it is rebuilt from disk by {@link reconcileState}). */
export function readState(dataDir: string, logger: Logger): SourcesState {
  const path = statePath(dataDir);
  if (!existsSync(path)) return emptyState();
  try {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<SourcesState>;
    if (raw.version !== 1) throw new Error(`unknown state version ${String(raw.version)}`);
    return { version: 1, releases: raw.releases ?? {}, hashes: raw.hashes ?? {}, validators: raw.validators ?? {}, completed: raw.completed ?? {} };
  } catch (err) {
    logger.warn({ path, err: err instanceof Error ? err.message : String(err) }, 'sources: state file unreadable, rebuilding it from the stored releases');
    return emptyState();
  }
}

/** Writes the state file atomically. */
export function writeState(dataDir: string, state: SourcesState): void {
  writeFileAtomic(statePath(dataDir), `${JSON.stringify(state, null, 1)}\n`);
}

/**
 * Makes the state agree with the disk after any earlier run, finished or not: removes temp files and
 * metadata whose page never landed, adds stored pages the state misses, forgets releases deleted by hand.
 */
export function reconcileState(dataDir: string, state: SourcesState, logger: Logger): SourcesState {
  const dir = releasesDir(dataDir);
  mkdirSync(dir, { recursive: true });
  for (const folder of [dir, dataDir]) {
    for (const name of readdirSync(folder)) {
      if (TMP.test(name)) { rmSync(join(folder, name), { force: true }); logger.info({ file: name }, 'sources: removed a temp file left by an interrupted run'); }
    }
  }
  const onDisk = new Map<string, { id: string; meta: ReleaseMeta }>();
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.meta.json')) continue;
    const id = name.slice(0, -'.meta.json'.length);
    const metaFile = join(dir, name);
    if (!existsSync(join(dir, `${id}.html`))) {
      // metadata is written first, the page second: a meta alone is a write that never completed
      rmSync(metaFile, { force: true });
      logger.info({ file: name }, 'sources: removed metadata of a page that was never stored');
      continue;
    }
    try {
      const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as ReleaseMeta;
      if (meta.canonicalUrl && meta.contentHash) onDisk.set(meta.canonicalUrl, { id, meta });
    } catch { /* not ours or damaged: leave the file, do not track it */ }
  }
  const next: SourcesState = { version: 1, releases: {}, hashes: {}, validators: state.validators, completed: state.completed };
  for (const [canonical, { id, meta }] of onDisk) {
    next.releases[canonical] = { id, contentHash: meta.contentHash, fetchedAt: meta.fetchedAt };
    next.hashes[meta.contentHash] = canonical;
  }
  return next;
}

/** Hooks called after each write; tests throw from them to simulate a crash between writes. */
export interface StoreHooks { afterWrite?(stage: 'meta' | 'page' | 'state', id: string): void }

/**
 * Stores one release: metadata first, the page last. The page's rename is the commit: a crash before
 * it leaves only a metadata file, which the next run removes.
 */
export function storeRelease(dataDir: string, id: string, page: string, meta: ReleaseMeta, hooks: StoreHooks = {}): string {
  const dir = releasesDir(dataDir);
  writeFileAtomic(join(dir, `${id}.meta.json`), `${JSON.stringify(meta, null, 1)}\n`);
  hooks.afterWrite?.('meta', id);
  const file = join(dir, `${id}.html`);
  writeFileAtomic(file, page);
  hooks.afterWrite?.('page', id);
  return file;
}

/** Ids of the release files already in the folder (any extension), to avoid a second file for one release. */
export function existingIds(dataDir: string): Set<string> {
  const ids = new Set<string>();
  for (const name of readdirSync(releasesDir(dataDir))) {
    if (name.startsWith('.') || name.endsWith('.meta.json') || /\.(jsonl?|md)$/i.test(name)) continue;
    ids.add(name.replace(/\.[^.]+$/, ''));
  }
  return ids;
}
