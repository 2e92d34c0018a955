import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../adapters/commands/brief.js';
import { startPlatformStandIn, type PlatformStandIn } from './platform-stand-in.js';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/attache.js');
const BUILT = existsSync(join(ROOT, 'dist/adapters/cli.js')) && existsSync(join(ROOT, 'dist/adapters/commands/brief.js'));

let stand: PlatformStandIn;
let dir: string;
let dataDir: string;

beforeAll(async () => {
  stand = await startPlatformStandIn();
  dir = mkdtempSync(join(tmpdir(), 'attache-brief-cli-'));
  dataDir = join(dir, 'data');
  mkdirSync(join(dataDir, 'releases'), { recursive: true });
  copyFileSync(join(ROOT, 'data/releases/seed-rok-kz-uz-2018.txt'), join(dataDir, 'releases/seed-rok-kz-uz-2018.txt'));
});
afterAll(async () => {
  await stand.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the subcommand in-process and returns its exit code and output. */
async function brief(args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => { out += c.toString(); });
  stderr.on('data', (c: Buffer) => { err += c.toString(); });
  const code = await run(args, { env: { ATTACHE_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env }, stdout, stderr });
  return { code, out, err };
}

/** Runs the real `attache` binary in a clean environment (no .env, no inherited tokens). */
function spawnBrief(args: string[], env: Record<string, string>) {
  return exec(process.execPath, [BIN, 'brief', ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: dir, ATTACHE_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    timeout: 30_000,
  });
}

describe('attache brief', () => {
  it('prints a window\'s briefing listing the bundled release of 2018-11-06 with its key facts', async () => {
    const { code, out } = await brief(['--since', '2018-11-01', '--until', '2018-11-30'], {});
    expect(code).toBe(0);
    expect(out).toContain('1 November 2018 – 30 November 2018');
    expect(out).toContain('ROK-Kazakhstan and ROK-Uzbekistan Bilateral Vice Ministerial Meetings');
    expect(out).toContain('2018-11-06');
    expect(out).toMatch(/Yermek KOSHERBAYEV|strategic partnership in 2009/);
  });

  it('prints JSON and Markdown, and a no-news line for an empty window', async () => {
    const json = await brief(['--since', '2018-11-01', '--until', '2018-11-30', '--format', 'json'], {});
    const reply = JSON.parse(json.out) as { kind: string; groups: Array<{ items: Array<{ date: string }> }> };
    expect(reply.kind).toBe('list');
    expect(reply.groups[0]!.items[0]!.date).toBe('2018-11-06');
    const md = await brief(['--since', '2018-11-01', '--until', '2018-11-30', '--format', 'markdown'], {});
    expect(md.out).toMatch(/^## Briefing/);
    expect(md.out).toMatch(/\n- \*\*ROK-Kazakhstan/);
    const none = await brief(['--since', '2019-01-01', '--until', '2019-01-31'], {});
    expect(none.out).toContain('No new releases since 1 January 2019.');
  });

  it('refuses a malformed date or format with exit code 2', async () => {
    expect((await brief(['--since', '2018-13-01'], {})).code).toBe(2);
    expect((await brief(['--format', 'html'], {})).code).toBe(2);
    expect((await brief(['--since', '2018-12-01', '--until', '2018-11-01'], {})).code).toBe(2);
  });

  it('refuses --post with exit code 1 when no platform is configured', async () => {
    const { code, err } = await brief(['--post'], { ATTACHE_DB: join(dir, 'none.db') });
    expect(code).toBe(1);
    expect(err).toContain('no platform to post to');
  });

  it('posts once to Slack and Discord channels however often --post runs', async () => {
    const before = stand.posts.length;
    const env = {
      ATTACHE_DB: join(dir, 'inprocess.db'),
      SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'x', SLACK_API_URL: stand.slackApiUrl,
      DISCORD_TOKEN: 'discord-test-token', DISCORD_API_URL: stand.discordApiUrl,
      BRIEFING_SLACK_CHANNELS: 'C2', BRIEFING_DISCORD_CHANNELS: '123456789012345678',
    };
    const first = await brief(['--post'], env);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/slack C2 .*posted/);
    const second = await brief(['--post'], env);
    expect(second.out).toMatch(/slack C2 .*already posted/);
    const posts = stand.posts.slice(before);
    expect(posts.map((p) => `${p.platform}:${p.channel}`).sort()).toEqual(['discord:123456789012345678', 'slack:C2']);
    expect(posts.find((p) => p.platform === 'slack')!.authorization).toBe('Bearer xoxb-test');
    expect(posts.find((p) => p.platform === 'discord')!.authorization).toBe('Bot discord-test-token');
  });

  it.skipIf(!BUILT)('posts exactly one chat.postMessage to C1 when the attache binary runs brief --post twice', async () => {
    const env = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'x', SLACK_API_URL: stand.slackApiUrl, BRIEFING_SLACK_CHANNELS: 'C1', ATTACHE_DB: join(dir, 'bin.db') };
    const first = await spawnBrief(['--post'], env);
    expect(first.stdout).toMatch(/slack C1 .*posted, message 1700000000\./);
    const second = await spawnBrief(['--post'], env);
    expect(second.stdout).toMatch(/already posted/);
    expect(stand.posts.filter((p) => p.channel === 'C1')).toHaveLength(1);
  }, 60_000);

  it.skipIf(!BUILT)('posts once when two attache processes run brief --post at the same time on one database', async () => {
    const env = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'x', SLACK_API_URL: stand.slackApiUrl, BRIEFING_SLACK_CHANNELS: 'C3,C4', ATTACHE_DB: join(dir, 'race.db') };
    // a slow Slack keeps the first claim open while the other processes reach the same slot
    stand.delays.set('C3', 1500);
    stand.delays.set('C4', 1500);
    const results = await Promise.all([spawnBrief(['--post'], env), spawnBrief(['--post'], env), spawnBrief(['--post'], env)]);
    const out = results.map((r) => r.stdout).join('');
    expect(out).toMatch(/: posted/);
    expect(out).toMatch(/being posted by another process|already posted/);
    expect(stand.posts.filter((p) => p.channel === 'C3')).toHaveLength(1);
    expect(stand.posts.filter((p) => p.channel === 'C4')).toHaveLength(1);
  }, 60_000);
});
