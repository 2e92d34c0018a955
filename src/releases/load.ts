/** Reads release files from disk: text pages and HTML pages, one release each. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { AttacheError } from '../errors.js';
import { parseReleaseText } from './parse-text.js';
import type { Release } from './types.js';

/** A file that could not be read as a release, and why. */
export interface SkippedFile { file: string; reason: string }

/** File endings read as releases; metadata files beside them are ignored. */
const RELEASE_EXT = new Set(['.txt', '.html', '.htm', '']);
const IGNORED = /\.(jsonl?|meta\.json|md|db|db-wal|db-shm)$/i;

/** HTML pages are parsed by the HTML parser when it is present (loaded lazily: cheerio is heavy). */
export type HtmlParser = (html: string, opts: { id: string; url?: string }) => Release;

/** Lists release files under the given files or folders (not recursive into hidden folders). */
export function listReleaseFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name.startsWith('.')) continue;
        const full = join(p, name);
        if (statSync(full).isFile() && RELEASE_EXT.has(extname(name).toLowerCase()) && !IGNORED.test(name)) files.push(full);
      }
    } else files.push(p);
  }
  return files;
}

/** Reads one release file (text or HTML); a `.meta.json` beside it may give its URL. */
export function readReleaseFile(file: string, parseHtml?: HtmlParser): Release {
  const ext = extname(file).toLowerCase();
  const id = basename(file, ext);
  let url: string | undefined;
  try {
    const meta = JSON.parse(readFileSync(join(file.slice(0, -ext.length || undefined) + '.meta.json'), 'utf8')) as { url?: string };
    url = typeof meta.url === 'string' ? meta.url : undefined;
  } catch { /* no metadata beside it */ }
  const buf = readFileSync(file);
  if (buf.includes(0)) throw new AttacheError('release_unparseable', `${basename(file)} is a binary file, not a release page`);
  const text = buf.toString('utf8');
  const looksHtml = ext === '.html' || ext === '.htm' || /^\s*(<!doctype html|<html)/i.test(text);
  if (looksHtml) {
    if (!parseHtml) throw new AttacheError('release_unparseable', `${basename(file)} is HTML and no HTML parser was given`);
    return parseHtml(text, { id, ...(url ? { url } : {}) });
  }
  return parseReleaseText(text, { id, ...(url ? { url } : {}) });
}

/** Reads every release under the given paths; files that are not releases are skipped with a reason. */
export function readReleases(paths: string[], parseHtml?: HtmlParser): { releases: Release[]; skipped: SkippedFile[] } {
  const releases: Release[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  for (const file of listReleaseFiles(paths)) {
    try {
      const r = readReleaseFile(file, parseHtml);
      if (seen.has(r.id)) { skipped.push({ file, reason: `duplicate release id ${r.id}` }); continue; }
      seen.add(r.id);
      releases.push(r);
    } catch (err) {
      skipped.push({ file, reason: err instanceof Error ? err.message.replace(/^attache: /, '') : String(err) });
    }
  }
  return { releases, skipped };
}
