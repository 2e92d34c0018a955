/** Paths and temp folders shared by the core tests. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The development corpus: release pages and their question sets. */
export const CORPUS = join(ROOT, 'test', 'fixtures', 'corpus');
/** The releases the bot ships. */
export const DATA_RELEASES = join(ROOT, 'data', 'releases');
/** The bundled seed release. */
export const SEED = join(DATA_RELEASES, 'seed-rok-kz-uz-2018.txt');

const made: string[] = [];

/** A fresh temp folder, removed by `removeTempDirs()`. */
export function tempDir(prefix = 'attache-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A temp data folder (`<dir>/releases/…`) holding copies of the given release files. */
export function tempDataDir(files: string[]): string {
  const dir = tempDir('attache-data-');
  for (const f of files) cpSync(f, join(dir, 'releases', f.split(/[\\/]/).pop()!), { recursive: true });
  return dir;
}

/** Removes every temp folder made by this module. */
export function removeTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}
