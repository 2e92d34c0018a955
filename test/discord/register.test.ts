/** `attache discord register`: puts /brief to the stand-in's REST API, guild or global, and names missing variables. */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs, run } from '../../adapters/commands/discord.js';
import { SUBCOMMANDS } from '../../adapters/discord/commands.js';
import { APP_ID, DiscordStandIn, GUILD_ID } from './stand-in.js';

function ctx(env: Record<string, string | undefined>) {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c) => { stdout += String(c); });
  err.on('data', (c) => { stderr += String(c); });
  return { ctx: { env, stdout: out, stderr: err }, text: () => ({ stdout, stderr }) };
}

describe('attache discord register', () => {
  const standIn = new DiscordStandIn();
  let env: Record<string, string>;
  beforeAll(async () => {
    await standIn.start();
    env = { DISCORD_TOKEN: standIn.token, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: standIn.apiUrl };
  });
  afterAll(async () => { await standIn.close(); });

  it('registers /brief with every subcommand in one guild', async () => {
    const c = ctx(env);
    expect(await run(['register', '--guild', GUILD_ID], c.ctx)).toBe(0);
    const req = standIn.requests.find((r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`)!;
    expect(req.authorization).toBe(`Bot ${standIn.token}`);
    expect(req.body).toHaveLength(1);
    expect(req.body[0].name).toBe('brief');
    expect(req.body[0].options.map((o: { name: string }) => o.name)).toEqual(SUBCOMMANDS.map((s) => s.name));
    expect(c.text().stdout).toContain(`Registered 1 command (/brief) in guild ${GUILD_ID}`);
  });

  it('registers globally without --guild', async () => {
    expect(await run(['register'], ctx(env).ctx)).toBe(0);
    expect(standIn.requests.some((r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/commands`)).toBe(true);
  });

  it('names DISCORD_APPLICATION_ID when it is missing', async () => {
    const c = ctx({ DISCORD_TOKEN: 'x', DISCORD_API_URL: standIn.apiUrl });
    expect(await run(['register'], c.ctx)).toBe(1);
    expect(c.text().stderr).toContain('DISCORD_APPLICATION_ID is missing');
  });

  it('names DISCORD_TOKEN when Discord rejects it', async () => {
    const c = ctx({ ...env, DISCORD_TOKEN: 'wrong' });
    expect(await run(['register'], c.ctx)).toBe(1);
    expect(c.text().stderr).toContain('DISCORD_TOKEN was rejected');
  });

  it.each([
    [['register', '--guild'], '--guild needs a numeric server id'],
    [['register', '--guild', 'abc'], '--guild needs a numeric server id'],
    [['register', '--global'], 'unknown option "--global"'],
    [['deploy'], 'unknown discord command "deploy"'],
  ])('refuses %j', (args, message) => {
    expect(parseArgs(args)).toEqual({ error: message });
  });
});
