/** End-to-end with the real engine over the bundled release: a mention about ROK–Kazakhstan answers 2009. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../adapters/load-engine.js';
import { startDiscord, type DiscordAdapter } from '../../adapters/discord/index.js';
import { createBot } from '../../src/bot.js';
import { silentLogger } from '../../src/logger.js';
import { BOT, CHANNELS, DiscordStandIn } from './stand-in.js';

describe('the Discord adapter over the real engine', () => {
  const standIn = new DiscordStandIn();
  // a copy of data/releases, so building the index snapshot does not write into the repository
  const dataDir = mkdtempSync(join(tmpdir(), 'attache-discord-'));
  let adapter: DiscordAdapter;

  beforeAll(async () => {
    cpSync('data/releases', join(dataDir, 'releases'), { recursive: true });
    const engine = await loadEngine({ dataDir, logger: silentLogger });
    await standIn.start();
    adapter = await startDiscord({ config: { token: standIn.token, apiUrl: standIn.apiUrl }, bot: createBot({ engine }), logger: silentLogger });
  }, 30_000);

  afterAll(async () => {
    await adapter?.stop();
    await standIn.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers "<@bot> when did ROK–Kazakhstan strategic partnership start?" with 2009 and its evidence', async () => {
    const id = standIn.sendMessage({ content: `<@${BOT.id}> when did ROK–Kazakhstan strategic partnership start?`, mentionBot: true });
    const req = await standIn.waitFor((r) => r.path === `/channels/${CHANNELS.general}/messages` && r.body?.message_reference?.message_id === id);
    const embed = req.body.embeds[0];
    expect(embed.title).toContain('2009');
    expect(embed.description).toMatch(/^> .*2009/);
    expect(req.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers a question holding @everyone without being able to ping anyone', async () => {
    const id = standIn.sendMessage({ content: `<@${BOT.id}> @everyone when did ROK–Kazakhstan strategic partnership start?`, mentionBot: true });
    const req = await standIn.waitFor((r) => r.body?.message_reference?.message_id === id);
    expect(req.body.allowed_mentions.parse).toEqual([]);
    expect(req.body.content ?? '').not.toContain('@everyone');
    expect(req.body.embeds[0].title).toContain('2009');
  });

  it('answers /brief timeline Kazakhstan with dated milestones', async () => {
    const { id } = standIn.sendSlash('timeline', { country: 'Kazakhstan' });
    const req = await standIn.waitFor((r) => r.path.startsWith(`/interactions/${id}/`));
    expect([4, 5]).toContain(req.body.type);
    if (req.body.type === 4) expect(req.body.data.embeds[0].description).toMatch(/\d{4}/);
  });
});
