/** The `attache` CLI contract, as spawned processes: index, ask (one-shot, --json, --batch), serve's terminal chat, config errors. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'attache.js');
const CORPUS = join(ROOT, 'test', 'fixtures', 'corpus');
const KZ_QUESTION = 'when did ROK–Kazakhstan strategic partnership start?';
const SEED_TITLE = 'ROK-Kazakhstan and ROK-Uzbekistan Bilateral Vice Ministerial Meetings';

interface Run { code: number | null; stdout: string; stderr: string; ms: number }

const work = mkdtempSync(join(tmpdir(), 'attache-cli-'));
const home = join(work, 'home');

/** The environment of a spawned CLI: no platform credentials or Attaché settings of the developer's shell. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(SLACK_|DISCORD_|ATTACHE_|BRIEFING_|FETCH_|LOG_LEVEL$|PORT$|HOST$|NODE_OPTIONS$|VITEST)/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, HOME: home, ...extra };
}

/** Runs `node bin/attache.js …` from a temp folder (so no .env of the checkout is read), feeding stdin if given. */
function attache(args: string[], options: { env?: Record<string, string>; stdin?: string; timeoutMs?: number } = {}): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd: work, env: cleanEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`attache ${args.join(' ')} timed out\nstdout: ${stdout}\nstderr: ${stderr}`)); }, options.timeoutMs ?? 20000);
    child.on('error', reject);
    child.on('close', (code) => { clearTimeout(timer); resolveRun({ code, stdout, stderr, ms: performance.now() - started }); });
    child.stdin.end(options.stdin ?? '');
  });
}

/** A copy of the shipped data folder's releases, so the test never writes into the checkout. */
function dataCopy(): string {
  const dir = mkdtempSync(join(work, 'data-'));
  cpSync(join(ROOT, 'data', 'releases'), join(dir, 'releases'), { recursive: true });
  return dir;
}

const releasesDir = join(work, 'releases');
const indexFile = join(work, 'out', 'index.json');
let indexRun: Run;

beforeAll(async () => {
  // the suite's pretest builds dist/; build here only when it is missing (a bare `vitest run test/cli`)
  if (!existsSync(join(ROOT, 'dist', 'adapters', 'cli.js'))) {
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}${build.stderr}`);
  }
  mkdirSync(home, { recursive: true });
  mkdirSync(releasesDir);
  for (const f of ['mofa-312440.txt', 'mofa-317522.txt', 'mofa-320955.txt']) cpSync(join(CORPUS, f), join(releasesDir, f));
  cpSync(join(ROOT, 'data', 'releases', 'seed-rok-kz-uz-2018.txt'), join(releasesDir, 'seed-rok-kz-uz-2018.txt'));
  writeFileSync(join(releasesDir, 'shopping-list.txt'), 'milk\n');
  indexRun = await attache(['index', releasesDir, '--out', indexFile]);
}, 120000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('attache index <dir> --out <path>', () => {
  it('builds the index, reporting releases, facts and skipped files on stderr and nothing on stdout', () => {
    expect(indexRun.code, indexRun.stderr).toBe(0);
    expect(existsSync(indexFile)).toBe(true);
    expect(indexRun.stdout).toBe('');
    const m = /(\d+) releases?, (\d+) facts?, (\d+) skipped/.exec(indexRun.stderr);
    expect(m, indexRun.stderr).not.toBeNull();
    expect(Number(m![1])).toBe(4);
    expect(Number(m![2])).toBeGreaterThan(20);
    expect(Number(m![3])).toBe(1);
  });

  it('skips the file that is not a release with a message naming it and the reason', () => {
    const line = indexRun.stderr.split('\n').find((l) => l.includes('shopping-list.txt'));
    expect(line).toBeDefined();
    expect(line).toMatch(/skip/i);
    expect(line).toMatch(/release|title|body/i);
  });

  it('fails with a usage message when --out is missing', async () => {
    const r = await attache(['index', releasesDir]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/usage|--out/);
  });
});

describe('attache ask --index <path> --json "question"', () => {
  it('prints one JSON line with the answer, the reply, the confidence and the sources, and no id', async () => {
    const r = await attache(['ask', '--index', indexFile, '--json', KZ_QUESTION]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(out)).not.toContain('id');
    expect(out).toMatchObject({ question: KZ_QUESTION, abstained: false, answer: '2009' });
    expect(typeof out.reply).toBe('string');
    expect(out.reply as string).toContain('2009');
    expect(typeof out.confidence).toBe('number');
    const sources = out.sources as Array<Record<string, unknown>>;
    expect(sources.length).toBeGreaterThan(0);
    expect(sources[0]).toMatchObject({ release: 'seed-rok-kz-uz-2018', date: '2018-11-06' });
    expect(sources[0]!.title as string).toContain(SEED_TITLE);
    expect(sources[0]!.quote as string).toContain('2009');
  });

  it('prints abstained: true with a null answer when the releases do not say', async () => {
    const r = await attache(['ask', '--index', indexFile, '--json', 'When did ROK–Turkmenistan strategic partnership start?']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out.abstained).toBe(true);
    expect(out.answer).toBeNull();
    expect(out.reply as string).toMatch(/do not state|don't state/i);
  });

  it('prints the plain-text reply with its source without --json', async () => {
    const r = await attache(['ask', '--index', indexFile, KZ_QUESTION]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('2009');
    expect(r.stdout).toContain(SEED_TITLE);
    expect(() => JSON.parse(r.stdout)).toThrow();
  });

  it('fails with a message naming the index when the file is missing', async () => {
    const r = await attache(['ask', '--index', join(work, 'nope.json'), '--json', KZ_QUESTION]);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/index/);
  });

  it('fails with a version message when the snapshot is from another build', async () => {
    const snap = JSON.parse(readFileSync(indexFile, 'utf8')) as { version: number };
    const old = join(work, 'old-index.json');
    writeFileSync(old, JSON.stringify({ ...snap, version: -1 }));
    const r = await attache(['ask', '--index', old, '--json', KZ_QUESTION]);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/version/);
  });
});

describe('attache ask --index <path> --batch <file.jsonl> --json', () => {
  it('writes one JSON line per question, in order, with the ids, and only JSON on stdout', async () => {
    const batch = join(work, 'batch.jsonl');
    writeFileSync(batch, [
      JSON.stringify({ id: 'kz-1', question: KZ_QUESTION, kind: 'when' }),
      JSON.stringify({ id: 'tm-1', question: 'When did ROK–Turkmenistan strategic partnership start?' }),
      'this line is not JSON',
      '',
      JSON.stringify({ id: 7, question: 'how many weekly flights does Ethiopian Airlines run between Addis Ababa and Incheon?' }),
      JSON.stringify({ id: 'empty', question: '' }),
    ].join('\n'));
    const r = await attache(['ask', '--index', indexFile, '--batch', batch, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    const rows = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((x) => x.id)).toEqual(['kz-1', 'tm-1', 7, 'empty']);
    expect(rows[0]).toMatchObject({ answer: '2009', abstained: false });
    expect(rows[1]).toMatchObject({ abstained: true });
    expect(rows[2]!.answer).toMatch(/^(?:four|4)\b/);
    expect(rows[3]).toMatchObject({ abstained: true, answer: null });
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['id', 'question', 'abstained', 'answer', 'reply', 'confidence', 'sources']));
      for (const s of row.sources as Array<Record<string, unknown>>) expect(Object.keys(s)).toEqual(expect.arrayContaining(['release', 'title', 'date', 'quote']));
    }
    expect(r.stderr).toMatch(/line 3/);
  });
});

describe('attache ask with ATTACHE_DATA_DIR', () => {
  it('builds its index from the data folder on first use and answers 2009', async () => {
    const data = dataCopy();
    const r = await attache(['ask', '--json', KZ_QUESTION], { env: { ATTACHE_DATA_DIR: data } });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ answer: '2009', abstained: false });
    expect(existsSync(join(data, 'index', 'index.json'))).toBe(true);
    const again = await attache(['ask', '--json', KZ_QUESTION], { env: { ATTACHE_DATA_DIR: data } });
    expect(JSON.parse(again.stdout)).toMatchObject({ answer: '2009' });
    console.info(`one-shot ask wall time: first ${Math.round(r.ms)} ms (builds the index), then ${Math.round(again.ms)} ms (snapshot)`);
  });
});

describe('attache serve without platform credentials', () => {
  it('opens the terminal chat: answers 2009 with the release title and date, prints help, and exits on "exit"', async () => {
    const data = dataCopy();
    const r = await attache(['serve'], { env: { ATTACHE_DATA_DIR: data }, stdin: `${KZ_QUESTION}\nhelp\nexit\n` });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('2009');
    expect(r.stdout).toContain(SEED_TITLE);
    expect(r.stdout).toContain('2018-11-06');
    expect(r.stdout).toMatch(/timeline <country>/);
    expect(r.stdout).toMatch(/help/);
  });

  it('keeps a history of what was asked in the home folder', async () => {
    const data = dataCopy();
    await attache(['serve'], { env: { ATTACHE_DATA_DIR: data }, stdin: 'latest\nexit\n' });
    expect(readFileSync(join(home, '.attache_history'), 'utf8')).toContain('latest');
  });

  it('ends at the end of its input even without "exit"', async () => {
    const r = await attache(['serve'], { env: { ATTACHE_DATA_DIR: dataCopy() }, stdin: `${KZ_QUESTION}\n` });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('2009');
  });
});

describe('configuration errors', () => {
  it('exits non-zero naming SLACK_BOT_TOKEN when it is malformed', async () => {
    const r = await attache(['serve'], { env: { ATTACHE_DATA_DIR: dataCopy(), SLACK_BOT_TOKEN: 'bad', SLACK_SIGNING_SECRET: 'x' } });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('SLACK_BOT_TOKEN');
  });

  it('exits non-zero naming DISCORD_APPLICATION_ID when it is not a numeric id', async () => {
    const r = await attache(['serve'], { env: { ATTACHE_DATA_DIR: dataCopy(), DISCORD_TOKEN: 'x', DISCORD_APPLICATION_ID: 'abc' } });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('DISCORD_APPLICATION_ID');
  });

  it('rejects an unknown command with the usage', async () => {
    const r = await attache(['frobnicate']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/unknown command/);
    expect(r.stderr).toMatch(/usage/);
  });
});
