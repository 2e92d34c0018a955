#!/usr/bin/env node
// The `attache` command: runs the compiled CLI (built by `npm install` through `prepare`).
import { existsSync } from 'node:fs';
const cli = new URL('../dist/adapters/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('attache: the CLI is not built yet; run `npm install` (or `npm run build`) in the project root.');
  process.exit(1);
}
await import(cli.href);
