/** The briefing poster (usable without starting the app) and the manifest an admin pastes into Slack. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackPoster } from '../../adapters/slack/index.js';
import { AttacheError } from '../../src/errors.js';
import type { Reply } from '../../src/reply.js';
import { memoryLogger, startSlackStandIn, type SlackStandIn } from './stand-in.js';

const BRIEFING: Reply = {
  kind: 'list', title: 'Daily briefing — 6 November 2018', empty: 'No new releases.',
  groups: [{ heading: 'Kazakhstan', items: [{ heading: 'Vice Ministerial Meeting <!channel>', date: '2018-11-06', url: 'https://example.org/r/1', lines: ['Strategic partnership since 2009.'] }] }],
};

describe('createSlackPoster', () => {
  let api: SlackStandIn;
  beforeAll(async () => { api = await startSlackStandIn(); });
  afterAll(async () => { await api.close(); });

  it('posts a rendered briefing with chat.postMessage and returns its ts, without starting an app', async () => {
    const poster = createSlackPoster({ botToken: 'xoxb-poster', signingSecret: '', apiUrl: api.apiUrl, command: '/brief', port: 0 }, memoryLogger().logger);
    const { messageId } = await poster.post('C5', BRIEFING);
    expect(poster.platform).toBe('slack');
    const [call] = api.calls.filter((c) => c.method === 'chat.postMessage');
    expect(messageId).toMatch(/^1700000000\.\d{6}$/);
    expect(call!.authorization).toBe('Bearer xoxb-poster');
    expect(call!.body).toMatchObject({ channel: 'C5', text: 'Daily briefing — 6 November 2018', unfurl_links: 'false' });
    expect(call!.body.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '*Daily briefing — 6 November 2018*' } },
      { type: 'section', text: { type: 'mrkdwn', text: '*Kazakhstan*' } },
      { type: 'section', text: { type: 'mrkdwn', text: '*<https://example.org/r/1|Vice Ministerial Meeting &lt;!channel&gt;>* · 2018-11-06\n• Strategic partnership since 2009.' } },
    ]);
  });

  it('turns a Web API error into an AttacheError naming the Slack code, and logs it', async () => {
    api.script('chat.postMessage', { body: { ok: false, error: 'channel_not_found' } });
    const { logger, lines } = memoryLogger();
    const poster = createSlackPoster({ botToken: 'xoxb-poster', signingSecret: '', apiUrl: api.apiUrl, command: '/brief', port: 0 }, logger);
    const error = await poster.post('C404', BRIEFING).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AttacheError);
    expect((error as AttacheError).code).toBe('platform_error');
    expect((error as AttacheError).message).toContain('channel_not_found');
    expect(lines.some((l) => l.code === 'channel_not_found' && l.channel === 'C404')).toBe(true);
  });
});

describe('manifest.yml', () => {
  const manifest = readFileSync('adapters/slack/manifest.yml', 'utf8');

  it.each(['commands', 'chat:write', 'app_mentions:read', 'im:history', 'im:read', 'im:write'])('requests the %s scope', (scope) => {
    expect(manifest).toMatch(new RegExp(`^\\s+- ${scope}\\b`, 'm'));
  });

  it('declares /brief, the two events, interactivity and the Socket Mode switch', () => {
    expect(manifest).toMatch(/^\s+- command: \/brief\b/m);
    expect(manifest).toMatch(/^\s+- app_mention$/m);
    expect(manifest).toMatch(/^\s+- message\.im$/m);
    expect(manifest).toMatch(/^\s+is_enabled: true/m);
    expect(manifest).toMatch(/^\s+socket_mode_enabled: (true|false)$/m);
    for (const url of manifest.match(/url: (\S+)/g) ?? []) expect(url).toMatch(/\/slack\/events$/);
  });
});
