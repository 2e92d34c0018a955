// Makes `npx attache` work from the project root: links this package's own bin into node_modules/.bin
// (npm links the bins of dependencies there, not the root package's own).
import { chmodSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const binDir = join(root, 'node_modules', '.bin');
const target = join(root, 'bin', 'attache.js');
mkdirSync(binDir, { recursive: true });
const link = join(binDir, 'attache');
rmSync(link, { force: true });
symlinkSync(relative(binDir, target), link);
chmodSync(target, 0o755);
