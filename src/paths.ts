/** Where the package's own files (data/lexicon) live, whether running from src/ or dist/. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The folder holding this package's package.json. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'data', 'lexicon'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('attache: cannot find the package root (data/lexicon)');
    dir = up;
  }
  cached = dir;
  return dir;
}

/** A file of the shipped lexicon, e.g. lexiconPath('titles.json'). */
export function lexiconPath(name: string): string {
  return join(packageRoot(), 'data', 'lexicon', name);
}
