/** Incoming Slack text decoding and event dedupe. */
import { describe, expect, it } from 'vitest';
import { createDeduper } from '../../adapters/slack/dedupe.js';
import { slackTextToPlain } from '../../adapters/slack/incoming-text.js';
import { slackErrorCode } from '../../adapters/slack/slack-errors.js';

const CASES: Array<[string, string]> = [
  ['<@UBOT> when did it start?', 'when did it start?'],
  ['hey <@UBOT>, timeline Kazakhstan', 'hey , timeline Kazakhstan'],
  ['ask <@U123> and <@U456|bob>', 'ask @U123 and @bob'],
  ['<!channel> <!here> <!everyone>', '@channel @here @everyone'],
  ['<!subteam^S1|@diplomats> look', '@diplomats look'],
  ['in <#C1|general>', 'in #general'],
  ['see <https://example.org|the page> and <https://example.org/x>', 'see the page and https://example.org/x'],
  ['&lt;!channel&gt; R&amp;D', '<!channel> R&D'],
  ['  lots   of\nspace ', 'lots of space'],
];

describe('slackTextToPlain', () => {
  it.each(CASES)('reads %j as %j', (input, expected) => {
    expect(slackTextToPlain(input, 'UBOT')).toBe(expected);
  });
});

describe('createDeduper', () => {
  it('reports a key seen within the window and forgets it after', () => {
    let t = 0;
    const d = createDeduper({ ttlMs: 1000, now: () => t });
    expect(d.seen('a')).toBe(false);
    expect(d.seen('a')).toBe(true);
    t = 1500;
    expect(d.seen('a')).toBe(false);
  });

  it('keeps at most `max` keys, dropping the oldest', () => {
    const d = createDeduper({ max: 2 });
    d.seen('a'); d.seen('b'); d.seen('c');
    expect(d.seen('c')).toBe(true);
    expect(d.seen('a')).toBe(false);
  });
});

describe('slackErrorCode', () => {
  it('prefers the Web API error, then the SDK code', () => {
    expect(slackErrorCode({ code: 'slack_webapi_platform_error', data: { error: 'channel_not_found' } })).toBe('channel_not_found');
    expect(slackErrorCode({ code: 'slack_webapi_rate_limited_error', retryAfter: 3 })).toBe('slack_webapi_rate_limited_error');
    expect(slackErrorCode(new Error('x'))).toBe('unknown');
  });
});
