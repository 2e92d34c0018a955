/** Socket Mode: the same listeners behind Bolt's SocketModeReceiver, against a local WebSocket stand-in. */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { startSlack, type SlackRuntime } from '../../adapters/slack/index.js';
import { createBot } from '../../src/bot.js';
import { createFakeEngine, memoryLogger, startSlackStandIn, type SlackStandIn } from './stand-in.js';

const QUESTION = 'when did ROK–Kazakhstan strategic partnership start?';

describe('Socket Mode', () => {
  let api: SlackStandIn;
  let wss: WebSocketServer;
  let slack: SlackRuntime;
  let socket: WebSocket | undefined;
  const received: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    api = await startSlackStandIn();
    wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
    wss.on('connection', (ws) => {
      socket = ws;
      ws.on('message', (data) => received.push(JSON.parse(String(data)) as Record<string, unknown>));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1 }));
    });
    api.script('apps.connections.open', { body: { ok: true, url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link` } });
    slack = await startSlack({
      config: { botToken: 'xoxb-socket', signingSecret: '', appToken: 'xapp-1-socket', apiUrl: api.apiUrl, command: '/brief', port: 0 },
      bot: createBot({ engine: createFakeEngine() }),
      logger: memoryLogger().logger,
    });
  }, 15_000);

  afterAll(async () => {
    await slack?.stop();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
    await api?.close();
  });

  it('connects through apps.connections.open on the configured API URL with the app token', () => {
    const open = api.calls.find((c) => c.method === 'apps.connections.open');
    expect(open?.authorization).toBe('Bearer xapp-1-socket');
    expect(slack.port).toBeUndefined();
  });

  it('acks a /brief envelope over the socket, then answers through response_url', async () => {
    socket!.send(JSON.stringify({
      envelope_id: 'env-1', type: 'slash_commands', accepts_response_payload: true,
      payload: { team_id: 'T1', channel_id: 'C1', user_id: 'U1', command: '/brief', text: QUESTION, response_url: api.responseUrl('sock1'), trigger_id: 't', api_app_id: 'A1' },
    }));
    const [response] = await api.waitForCalls((c) => c.method === 'response:sock1');
    expect(received).toContainEqual({ envelope_id: 'env-1', payload: {} });
    expect(response!.body).toMatchObject({ response_type: 'ephemeral', text: `2009 (${QUESTION})` });
  });

  it('answers a mention event in a thread', async () => {
    socket!.send(JSON.stringify({
      envelope_id: 'env-2', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '',
      payload: { team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: 'EvS1', event_time: 1, event: { type: 'app_mention', user: 'U1', channel: 'C7', ts: '1.000001', text: `<@UBOT> ${QUESTION}` } },
    }));
    const [post] = await api.waitForCalls((c) => c.method === 'chat.postMessage');
    expect(post!.body).toMatchObject({ channel: 'C7', thread_ts: '1.000001', text: `2009 (${QUESTION})` });
    expect(received).toContainEqual({ envelope_id: 'env-2', payload: {} });
  });
});
