/** `attache fetch` then `attache ask`, as spawned processes over a local stand-in of the site (runs dist/). */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSiteServer, type SiteServer } from './site-server.js';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
let site: SiteServer;
let dataDir: string;
const env = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: process.env.HOME, ATTACHE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
/** Runs the bin asynchronously: the stand-in server lives in this process and must keep answering. */
const attache = (...args: string[]) => run(process.execPath, [join(ROOT, 'bin', 'attache.js'), ...args], { cwd: ROOT, env: env(), timeout: 30_000 });

beforeAll(async () => {
  // `npm test` builds first (pretest); a direct vitest run may not have
  if (!existsSync(join(ROOT, 'dist', 'adapters', 'commands', 'fetch.js'))) {
    await run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT }).catch(() => undefined);
  }
  site = await startSiteServer();
  dataDir = mkdtempSync(join(tmpdir(), 'attache-cli-fetch-'));
}, 120_000);
afterAll(async () => {
  await site?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('attache fetch', () => {
  it('adds the releases a feed links to, then `attache ask` answers from one citing its URL; a second run adds nothing', async () => {
    const feed = `${site.base}/feed.xml`;
    const first = await attache('fetch', '--delay-ms', '0', feed);
    expect(first.stdout).toContain('added   mofa-322004  2022-02-28  Korea Decides on Humanitarian Aid for the People of Ukraine');
    expect(first.stdout).toMatch(/^2 added, 0 skipped from 1 source\(s\); index \+2 releases/m);
    expect(readdirSync(join(dataDir, 'releases')).filter((f) => f.endsWith('.html')).sort()).toEqual(['mofa-317522.html', 'mofa-322004.html']);

    const ask = await attache('ask', '--json', 'how much humanitarian aid did korea pledge to ukraine in feb 2022?');
    const answer = JSON.parse(ask.stdout) as { abstained: boolean; answer: string; sources: { release: string; url?: string }[] };
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('10 million');
    expect(answer.sources[0]).toMatchObject({ release: 'mofa-322004', url: `${site.base}/eng/brd/m_5676/view.do?seq=322004` });

    const second = await attache('fetch', '--delay-ms', '0', feed);
    expect(second.stdout).toContain(`skipped ${feed}: not modified since the last run (304)`);
    expect(second.stdout).toMatch(/^0 added, 1 skipped/m);
  });

  it('reads its sources from ATTACHE_SOURCES when no URL is given, and reports them as JSON', async () => {
    const { stdout } = await run(process.execPath, [join(ROOT, 'bin', 'attache.js'), 'fetch', '--json', '--delay-ms', '0', '--no-index'], {
      cwd: ROOT, env: { ...env(), ATTACHE_SOURCES: `${site.base}/eng/brd/m_5674/view.do?seq=320649` }, timeout: 30_000,
    });
    const out = JSON.parse(stdout) as { added: { id: string }[]; indexed: unknown };
    expect(out.added.map((a) => a.id)).toEqual(['mofa-320649']);
    expect(out.indexed).toBeNull();
  });

  it('fails with a message naming where sources come from when there are none', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'attache-cli-empty-'));
    try {
      const err = await run(process.execPath, [join(ROOT, 'bin', 'attache.js'), 'fetch'], { cwd: ROOT, env: { ...env(), ATTACHE_DATA_DIR: empty } })
        .then(() => undefined, (e: { code: number; stderr: string }) => e);
      expect(err?.code).toBe(1);
      expect(err?.stderr).toContain('no sources: pass URLs, set ATTACHE_SOURCES, or write');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
