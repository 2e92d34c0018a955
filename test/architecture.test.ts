/** The house rules as a test: the core (src/) imports no platform SDK or readline, reads no process.env, and never imports adapters/. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const ADAPTERS = join(ROOT, 'adapters');

/** Module specifiers the core must never load. */
const FORBIDDEN_MODULES: Array<{ name: string; test: (spec: string) => boolean }> = [
  { name: '@slack/*', test: (s) => s === '@slack' || s.startsWith('@slack/') },
  { name: 'discord.js', test: (s) => s === 'discord.js' || s.startsWith('discord.js/') || s.startsWith('@discordjs/') },
  { name: 'readline', test: (s) => s === 'readline' || s === 'node:readline' || s === 'readline/promises' || s === 'node:readline/promises' },
];

/** Every TypeScript/JavaScript file under a folder. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(?:[cm]?ts|[cm]?js|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** Strips comments so a mention in a doc comment does not count (nor hide a real use). */
function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:"'`\\])\/\/.*$/gm, '$1');
}

/** Module specifiers a file loads: static imports, re-exports, dynamic import() and require(). */
function importSpecifiers(code: string): string[] {
  const c = stripComments(code);
  const specs: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  for (const re of patterns) for (const m of c.matchAll(re)) specs.push(m[1]!);
  return specs;
}

/** Ways code reads the environment: process.env, process['env'], `const { env } = process`. */
function readsProcessEnv(code: string): boolean {
  const c = stripComments(code);
  return /\bprocess\s*(?:\?\.|\.)\s*env\b/.test(c)
    || /\bprocess\s*\[\s*['"`]env['"`]\s*\]/.test(c)
    || /\{[^}]*\benv\b[^}]*\}\s*=\s*(?:globalThis\.)?process\b/.test(c)
    || /\bglobalThis\s*\.\s*process\s*\.\s*env\b/.test(c);
}

/** Why a core file breaks the rules, one line per break. */
function violations(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const rel = relative(ROOT, file);
  const out: string[] = [];
  for (const spec of importSpecifiers(code)) {
    const bad = FORBIDDEN_MODULES.find((m) => m.test(spec));
    if (bad) out.push(`${rel} imports ${spec} (${bad.name} is for adapters/)`);
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec);
      if (target === ADAPTERS || target.startsWith(ADAPTERS + sep)) out.push(`${rel} imports ${spec}, which is in adapters/`);
    }
    if (/^(?:\/|~\/)?adapters\//.test(spec)) out.push(`${rel} imports ${spec}, which is in adapters/`);
  }
  if (readsProcessEnv(code)) out.push(`${rel} reads process.env (configuration comes in as arguments)`);
  return out;
}

describe('the architecture checks themselves', () => {
  it('finds static, type-only, re-exported, dynamic and required imports', () => {
    const code = [
      "import { App } from '@slack/bolt';",
      "import type { Client } from 'discord.js';",
      "export { x } from '../../adapters/config.js';",
      "const rl = await import('node:readline');",
      "const r = require('readline');",
      "import 'side-effect';",
    ].join('\n');
    expect(importSpecifiers(code)).toEqual(expect.arrayContaining(['@slack/bolt', 'discord.js', '../../adapters/config.js', 'node:readline', 'readline', 'side-effect']));
  });

  it('ignores imports that are only mentioned in comments', () => {
    expect(importSpecifiers("/** never import { App } from '@slack/bolt' here */\n// import x from 'discord.js'\nconst a = 1;")).toEqual([]);
  });

  it('notices every common way of reading process.env', () => {
    expect(readsProcessEnv('const t = process.env.SLACK_BOT_TOKEN;')).toBe(true);
    expect(readsProcessEnv("const t = process['env'];")).toBe(true);
    expect(readsProcessEnv('const { env } = process;')).toBe(true);
    expect(readsProcessEnv('const t = process?.env;')).toBe(true);
    expect(readsProcessEnv('// process.env is read by adapters/config.ts\nconst x = options.env;')).toBe(false);
  });
});

describe('the core (src/)', () => {
  const files = sourceFiles(SRC);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.some((f) => f.endsWith(join('src', 'engine.ts')))).toBe(true);
  });

  it('imports no Slack SDK, no discord.js, no readline, nothing from adapters/, and reads no process.env', () => {
    const found = files.flatMap(violations);
    expect(found).toEqual([]);
  });
});

describe('the adapters (adapters/)', () => {
  it('depend on the core and not the other way round: at least one adapter imports src/', () => {
    const importsCore = sourceFiles(ADAPTERS).some((f) => importSpecifiers(readFileSync(f, 'utf8')).some((s) => /(?:^|\/)src\//.test(s)));
    expect(importsCore).toBe(true);
  });
});
