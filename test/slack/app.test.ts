/** A real Bolt app over HTTP on 127.0.0.1, driven by signed requests, against a local Web API stand-in. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot.js';
import { startSlack, type SlackRuntime } from '../../adapters/slack/index.js';
import { APOLOGY } from '../../adapters/slack/listeners.js';
import {
  commandBody, createFakeEngine, eventBody, memoryLogger, sendSigned, sendSignedFromWorker, shareActionBody, startSlackStandIn,
  type RecordedCall, type SlackStandIn,
} from './stand-in.js';

const SECRET = 'test-signing-secret';
const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
const QUESTION = 'when did ROK–Kazakhstan strategic partnership start?';
const URL_ESCAPED = 'https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=320459&amp;page=1';

let api: SlackStandIn;
let slack: SlackRuntime;
let port: number;
const engine = createFakeEngine();
const log = memoryLogger();
let responseId = 0;

beforeAll(async () => {
  api = await startSlackStandIn();
  slack = await startSlack({
    config: { botToken: 'xoxb-test', signingSecret: SECRET, apiUrl: api.apiUrl, command: '/brief', port: 0, host: '127.0.0.1' },
    bot: createBot({ engine }),
    logger: log.logger,
  });
  port = slack.port!;
});

afterAll(async () => {
  await slack?.stop();
  await api?.close();
});

beforeEach(() => { api.calls.length = 0; });

/** Sends /brief <text> and waits for the response_url post. */
async function brief(text: string): Promise<{ ack: { status: number; text: string; ms: number }; response: RecordedCall; answerMs: number }> {
  const id = `r${++responseId}`;
  const started = performance.now();
  const ack = await sendSigned(port, commandBody({ text, responseUrl: api.responseUrl(id) }), FORM, { secret: SECRET });
  const [response] = await api.waitForCalls((c) => c.method === `response:${id}`);
  return { ack, response: response!, answerMs: response!.at - started };
}

const mention = (eventId: string, over: Record<string, unknown> = {}) => eventBody(eventId, {
  type: 'app_mention', user: 'U1', text: `<@UBOT> ${QUESTION}`, ts: '1700000100.000100', channel: 'C9', event_ts: '1700000100.000100', ...over,
});
const posts = (): RecordedCall[] => api.calls.filter((c) => c.method === 'chat.postMessage');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the /brief slash command', () => {
  it('acks a signed /brief at once and answers through response_url with the answer blocks, ephemeral', async () => {
    const { ack, response, answerMs } = await brief(QUESTION);
    console.info(`[slack latency] /brief ack ${ack.ms.toFixed(1)} ms, answer via response_url ${answerMs.toFixed(1)} ms (fake engine)`);
    expect(ack.status).toBe(200);
    expect(ack.text).toBe('');
    expect(ack.ms).toBeLessThan(3000);
    expect(response.body).toEqual({
      response_type: 'ephemeral',
      text: `2009 (${QUESTION})`,
      blocks: [
        { type: 'context', elements: [{ type: 'mrkdwn', text: `*Asked:* ${QUESTION}` }] },
        { type: 'section', text: { type: 'mrkdwn', text: '*2009*' } },
        { type: 'section', text: { type: 'mrkdwn', text: '> The two countries forged a strategic partnership in 2009.' } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: `:page_facing_up: <${URL_ESCAPED}|ROK-Kazakhstan Vice Ministerial Meeting> · 2018-11-06` }] },
        { type: 'actions', elements: [{ type: 'button', action_id: 'attache_share', text: { type: 'plain_text', text: 'Share in channel', emoji: true }, value: JSON.stringify({ t: QUESTION }) }] },
      ],
    });
    expect(posts()).toHaveLength(0);
  });

  it('acks before computing: a slow, synchronous engine delays the answer, not the ack', async () => {
    const id = `r${++responseId}`;
    const started = performance.now();
    const acked = sendSignedFromWorker(port, commandBody({ text: 'answer slowly: when did the partnership start?', responseUrl: api.responseUrl(id) }), FORM, { secret: SECRET });
    const [response] = await api.waitForCalls((c) => c.method === `response:${id}`);
    const ack = await acked;
    const answerMs = response!.at - started;
    console.info(`[slack latency] /brief with a 400 ms engine: ack ${ack.ms.toFixed(1)} ms, answer ${answerMs.toFixed(1)} ms`);
    expect(ack.status).toBe(200);
    expect(ack.ms).toBeLessThan(300);
    expect(answerMs).toBeGreaterThanOrEqual(400);
    expect(response!.body.text).toContain('2009');
  });

  it('renders an abstention with the closest facts and their sources', async () => {
    const { response } = await brief('who won the football match?');
    const blocks = response.body.blocks as Array<{ type: string; text?: { text: string } }>;
    expect(blocks.map((b) => b.text?.text)).toEqual([
      undefined,
      'The releases in the index do not state that.',
      '*Closest facts in the releases:*',
      '> The two countries forged a strategic partnership in 2009.',
      undefined,
      undefined,
    ]);
    expect(blocks.map((b) => b.type)).toEqual(['context', 'section', 'section', 'section', 'context', 'actions']);
  });

  it('answers help with the escaped command list and no share button', async () => {
    const { response } = await brief('help');
    const blocks = response.body.blocks as Array<{ type: string; text: { text: string } }>;
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.text.text).toContain('/brief &lt;question&gt; — ask about the releases');
    expect(blocks[0]!.text.text).toContain('/brief timeline &lt;country&gt;');
    expect(response.body.response_type).toBe('ephemeral');
  });

  it.each([
    ['search Kazakhstan', '*Releases matching "Kazakhstan"*', '*<https://www.mofa.go.kr/eng/view.do?seq=1|ROK-Kazakhstan Vice Ministerial Meeting>* · 2018-11-06\n• Key fact one.'],
    ['timeline Kazakhstan', '*Timeline: Kazakhstan*', '*<https://www.mofa.go.kr/eng/view.do?seq=1|2009 — strategic partnership>* · 2018-11-06\n• Key fact one.'],
    ['latest Uzbekistan', '*Latest about Uzbekistan*', '*<https://www.mofa.go.kr/eng/view.do?seq=1|ROK-Uzbekistan meeting>* · 2018-11-06\n• Key fact one.'],
    ['latest', '*Latest releases*', '*<https://www.mofa.go.kr/eng/view.do?seq=1|ROK-Uzbekistan meeting>* · 2018-11-06\n• Key fact one.'],
  ])('renders "/brief %s" as a titled list of linked, dated releases', async (text, title, item) => {
    const { response } = await brief(text);
    const blocks = response.body.blocks as Array<{ type: string; text?: { text: string } }>;
    expect(blocks[0]!.text!.text).toBe(title);
    expect(blocks[1]!.text!.text).toBe(item);
    expect(blocks.at(-1)!.type).toBe('actions');
  });

  it('escapes <!channel>, <!here> and user mentions from the question and from the release', async () => {
    // Slack sends typed "<" as &lt; and, with "escape users" on, a typed @here as <!here>
    const { response } = await brief('&lt;!channel&gt; contact <!here> and <@U123|bob> & co');
    const blocks = response.body.blocks as Array<{ type: string; text?: { text: string }; elements?: Array<{ text: string }> }>;
    // everything Slack renders (the button's value is data sent back to us, never shown)
    const shown = JSON.stringify({ text: response.body.text, blocks: blocks.filter((b) => b.type !== 'actions') });
    expect(shown).not.toMatch(/<!|<@/);
    expect(blocks[0]!.elements![0]!.text).toBe('*Asked:* &lt;!channel&gt; contact @here and @bob &amp; co');
    expect(blocks[1]!.text!.text).toBe('*&lt;!here&gt;*');
    expect(blocks[2]!.text!.text).toBe('> Contact &lt;!here&gt; &amp; &lt;@U999&gt; at &lt;https://evil.example|the desk&gt;.');
    expect(response.body.text).toBe('&lt;!here&gt; (&lt;!channel&gt; contact @here and @bob &amp; co)');
  });

  it('apologizes instead of crashing when the engine throws', async () => {
    const { ack, response } = await brief('explode please');
    expect(ack.status).toBe(200);
    expect(response.body).toEqual({ response_type: 'ephemeral', text: APOLOGY, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `:warning: ${APOLOGY}` } }] });
    expect(log.lines.some((l) => l.code === 'bot_failed')).toBe(true);
  });

  it('falls back to an ephemeral apology through the Web API when response_url refuses the answer', async () => {
    api.script('response:expired', { status: 404, body: { ok: false } });
    const ack = await sendSigned(port, commandBody({ text: QUESTION, responseUrl: api.responseUrl('expired') }), FORM, { secret: SECRET });
    expect(ack.status).toBe(200);
    const [apology] = await api.waitForCalls((c) => c.method === 'chat.postEphemeral');
    expect(apology!.body).toMatchObject({ channel: 'C1', user: 'U1', text: APOLOGY });
    expect(apology!.body.blocks).toBeUndefined();
    expect(log.lines.some((l) => l.code === 'slack_bolt_respond_error')).toBe(true);
  });
});

describe('the Share in channel button', () => {
  it('posts the same answer in channel without the button, then deletes the ephemeral one', async () => {
    const { response: ephemeral } = await brief(QUESTION);
    const blocks = ephemeral.body.blocks as Array<{ type: string; elements?: Array<{ value?: string }> }>;
    const value = blocks.at(-1)!.elements![0]!.value!;
    const ack = await sendSigned(port, shareActionBody({ value, responseUrl: api.responseUrl('share1') }), FORM, { secret: SECRET });
    expect(ack.status).toBe(200);
    const [shared, deleted] = await api.waitForCalls((c) => c.method === 'response:share1', 2);
    expect(shared!.body).toEqual({ response_type: 'in_channel', replace_original: false, text: ephemeral.body.text, blocks: blocks.slice(0, -1) });
    expect(deleted!.body).toEqual({ delete_original: true });
  });

  it('tells the user when the button value is not one it wrote', async () => {
    await sendSigned(port, shareActionBody({ value: 'not json', responseUrl: api.responseUrl('share2') }), FORM, { secret: SECRET });
    const [reply] = await api.waitForCalls((c) => c.method === 'response:share2');
    expect(reply!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  });
});

describe('mentions and direct messages', () => {

  it('answers a mention in a thread under it, with the bot mention removed from the question', async () => {
    const res = await sendSigned(port, mention('Ev1'), JSON_TYPE, { secret: SECRET });
    expect(res.status).toBe(200);
    const [post] = await api.waitForCalls((c) => c.method === 'chat.postMessage');
    expect(post!.body).toMatchObject({ channel: 'C9', thread_ts: '1700000100.000100', text: `2009 (${QUESTION})`, unfurl_links: 'false' });
    expect((post!.body.blocks as unknown[])).toHaveLength(4);
    expect(post!.authorization).toBe('Bearer xoxb-test');
    expect(engine.questions.at(-1)).toBe(QUESTION);
  });

  it('answers a mention made inside a thread in that same thread', async () => {
    await sendSigned(port, mention('Ev2', { ts: '1700000200.000200', thread_ts: '1700000150.000150' }), JSON_TYPE, { secret: SECRET });
    const [post] = await api.waitForCalls((c) => c.method === 'chat.postMessage');
    expect(post!.body.thread_ts).toBe('1700000150.000150');
  });

  it('answers a direct message in the DM', async () => {
    const body = eventBody('Ev3', { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: QUESTION, ts: '1700000300.000300', event_ts: '1700000300.000300' });
    await sendSigned(port, body, JSON_TYPE, { secret: SECRET });
    const [post] = await api.waitForCalls((c) => c.method === 'chat.postMessage');
    expect(post!.body).toMatchObject({ channel: 'D1', text: `2009 (${QUESTION})` });
    expect(post!.body.thread_ts).toBeUndefined();
  });

  it('answers a retried event once', async () => {
    const body = mention('Ev4', { ts: '1700000400.000400' });
    await sendSigned(port, body, JSON_TYPE, { secret: SECRET });
    await sendSigned(port, body, JSON_TYPE, { secret: SECRET, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await api.waitForCalls((c) => c.method === 'chat.postMessage');
    await sleep(300);
    expect(posts()).toHaveLength(1);
  });

  it('answers once when the same DM arrives as both message and app_mention', async () => {
    const ts = '1700000500.000500';
    await sendSigned(port, eventBody('Ev5a', { type: 'message', channel_type: 'im', channel: 'D2', user: 'U1', text: `<@UBOT> ${QUESTION}`, ts, event_ts: ts }), JSON_TYPE, { secret: SECRET });
    await sendSigned(port, eventBody('Ev5b', { type: 'app_mention', channel: 'D2', user: 'U1', text: `<@UBOT> ${QUESTION}`, ts, event_ts: ts }), JSON_TYPE, { secret: SECRET });
    await api.waitForCalls((c) => c.method === 'chat.postMessage');
    await sleep(300);
    expect(posts()).toHaveLength(1);
  });

  it('ignores bot messages and message subtypes', async () => {
    await sendSigned(port, eventBody('Ev6', { type: 'message', channel_type: 'im', channel: 'D1', user: 'U2', bot_id: 'B2', text: QUESTION, ts: '1700000600.000600' }), JSON_TYPE, { secret: SECRET });
    await sendSigned(port, eventBody('Ev7', { type: 'message', subtype: 'message_changed', channel_type: 'im', channel: 'D1', ts: '1700000601.000601', message: { text: QUESTION } }), JSON_TYPE, { secret: SECRET });
    await sleep(300);
    expect(posts()).toHaveLength(0);
  });

  it('waits out a 429 with Retry-After and then posts the answer', async () => {
    api.script('chat.postMessage', { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '1' } });
    const started = performance.now();
    await sendSigned(port, mention('Ev8', { ts: '1700000800.000800' }), JSON_TYPE, { secret: SECRET });
    const [first, second] = await api.waitForCalls((c) => c.method === 'chat.postMessage', 2, 8000);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
    expect(second!.body).toEqual(first!.body);
    console.info(`[slack latency] mention answered after a 429 (Retry-After: 1) in ${(second!.at - started).toFixed(0)} ms`);
  });

  it('logs a Web API error with its code and posts a short apology instead', async () => {
    api.script('chat.postMessage', { body: { ok: false, error: 'invalid_blocks' } });
    await sendSigned(port, mention('Ev9', { ts: '1700000900.000900' }), JSON_TYPE, { secret: SECRET });
    const [, apology] = await api.waitForCalls((c) => c.method === 'chat.postMessage', 2);
    expect(apology!.body).toMatchObject({ channel: 'C9', thread_ts: '1700000900.000900', text: APOLOGY });
    expect(apology!.body.blocks).toBeUndefined();
    expect(log.lines.some((l) => l.code === 'invalid_blocks' && l.channel === 'C9')).toBe(true);
  });
});

describe('request verification', () => {
  it('rejects a bad signature with 401 and posts nothing', async () => {
    const res = await sendSigned(port, commandBody({ text: QUESTION, responseUrl: api.responseUrl('forged') }), FORM, { secret: SECRET, signature: `v0=${'0'.repeat(64)}` });
    expect(res.status).toBe(401);
    const other = await sendSigned(port, mention('Ev10'), JSON_TYPE, { secret: 'wrong-secret' });
    expect(other.status).toBe(401);
    await sleep(300);
    expect(api.calls).toEqual([]);
  });

  it('rejects a replayed request with a stale timestamp with 401 and posts nothing', async () => {
    const stale = Math.floor(Date.now() / 1000) - 10 * 60;
    const res = await sendSigned(port, commandBody({ text: QUESTION, responseUrl: api.responseUrl('stale') }), FORM, { secret: SECRET, timestamp: stale });
    expect(res.status).toBe(401);
    await sleep(300);
    expect(api.calls).toEqual([]);
  });

  it('serves a health check for load balancers', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
  });
});
