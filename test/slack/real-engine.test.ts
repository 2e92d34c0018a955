/** End-to-end over the real engine: config from env → Bolt over HTTP → signed /brief → "2009" through response_url. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../adapters/config.js';
import { loadEngine } from '../../adapters/load-engine.js';
import { startSlack, type SlackRuntime } from '../../adapters/slack/index.js';
import { createBot } from '../../src/bot.js';
import { commandBody, memoryLogger, sendSigned, startSlackStandIn, type SlackStandIn } from './stand-in.js';

const SECRET = 'e2e-signing-secret';
const FORM = 'application/x-www-form-urlencoded';

describe('the Slack adapter over the real engine', () => {
  // a copy of data/releases, so building the index snapshot does not write into the repository
  const dataDir = mkdtempSync(join(tmpdir(), 'attache-slack-'));
  let api: SlackStandIn;
  let slack: SlackRuntime;

  beforeAll(async () => {
    cpSync('data/releases', join(dataDir, 'releases'), { recursive: true });
    api = await startSlackStandIn();
    // only the four variables the "done when" names (plus HOST to stay on loopback)
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-e2e', SLACK_SIGNING_SECRET: SECRET, PORT: '0', SLACK_API_URL: api.apiUrl, HOST: '127.0.0.1', ATTACHE_DATA_DIR: dataDir });
    const { logger } = memoryLogger();
    const engine = await loadEngine({ dataDir: config.dataDir, logger });
    slack = await startSlack({ config: config.slack!, bot: createBot({ engine }), logger });
  }, 30_000);

  afterAll(async () => {
    await slack?.stop();
    await api?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function brief(text: string, id: string) {
    const started = performance.now();
    const ack = await sendSigned(slack.port!, commandBody({ text, responseUrl: api.responseUrl(id) }), FORM, { secret: SECRET });
    const [response] = await api.waitForCalls((c) => c.method === `response:${id}`);
    return { ack, body: response!.body, answerMs: response!.at - started };
  }

  it('answers a signed "/brief when did ROK–Kazakhstan strategic partnership start?" with 2009, acking well under 3 s', async () => {
    // first call warms the code paths; the second is the one measured
    await brief('when did ROK–Kazakhstan strategic partnership start?', 'warm');
    const { ack, body, answerMs } = await brief('when did ROK–Kazakhstan strategic partnership start?', 'e2e');
    console.info(`[slack latency] real engine: /brief ack ${ack.ms.toFixed(1)} ms, answer via response_url ${answerMs.toFixed(1)} ms`);
    expect(ack.status).toBe(200);
    expect(ack.ms).toBeLessThan(1000);
    expect(body.response_type).toBe('ephemeral');
    const blocks = body.blocks as Array<{ type: string; text?: { text: string }; elements?: Array<{ text: string }> }>;
    expect(blocks[1]!.text!.text).toBe('*2009*');
    expect(blocks[2]!.text!.text).toMatch(/^> .*strategic partnership in 2009/);
    expect(blocks[3]!.elements![0]!.text).toMatch(/ROK-Kazakhstan and ROK-Uzbekistan Bilateral Vice Ministerial Meetings/);
    expect(String(body.text)).toContain('2009');
  });

  it('never echoes <!channel> from a question as a ping', async () => {
    const { body } = await brief('<!channel> &lt;!channel&gt; when did ROK–Kazakhstan strategic partnership start?', 'ping');
    const blocks = (body.blocks as Array<{ type: string }>).filter((b) => b.type !== 'actions');
    expect(JSON.stringify({ text: body.text, blocks })).not.toContain('<!channel>');
  });

  it('sends nothing for a forged request', async () => {
    const res = await sendSigned(slack.port!, commandBody({ text: 'when did ROK–Kazakhstan strategic partnership start?', responseUrl: api.responseUrl('forged') }), FORM, { secret: 'not-the-secret' });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(api.calls.filter((c) => c.method === 'response:forged')).toEqual([]);
  });
});
