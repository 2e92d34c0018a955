/** Block Kit rendering: limits, escaping, and every reply kind. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, escapeMrkdwn, fallbackText, link, LIMITS, readShareValue, renderReply, shareButton } from '../../adapters/slack/render.js';
import { slackTextToPlain } from '../../adapters/slack/incoming-text.js';
import type { ListReply, Reply, Source } from '../../src/reply.js';

const PINGS = ['<!channel>', '<!here>', '<!everyone>', '<@U123>', '<#C123>', '<!subteam^S1|@team>'];

const source = (quote: string, over: Partial<Source> = {}): Source => ({
  release: 'r1', title: 'Title', date: '2018-11-06', dateSource: 'stated', url: 'https://example.org/a?b=1&c=2', quote, ...over,
});

const texts = (reply: Reply): string[] => {
  const { text, blocks } = renderReply(reply, { shareText: 'q' });
  const out = [text];
  for (const b of blocks) {
    if (b.type === 'section') out.push(b.text.text);
    if (b.type === 'context') out.push(...b.elements.map((e) => e.text));
  }
  return out;
};

describe('escapeMrkdwn', () => {
  it.each(PINGS)('never lets %s through as a control sequence', (ping) => {
    expect(escapeMrkdwn(`hi ${ping} there`)).not.toMatch(/[<>]/);
  });

  it('escapes &, < and > so that decoding gives back the original, for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      const escaped = escapeMrkdwn(s);
      expect(escaped).not.toMatch(/[<>]/);
      expect(escaped.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')).toBe(s);
    }));
  });

  it('keeps any user text free of control sequences through a full /brief round trip', () => {
    fc.assert(fc.property(fc.string(), fc.constantFrom(...PINGS), (s, ping) => {
      const question = slackTextToPlain(`${s} ${ping} ${s}`);
      const all = texts({ kind: 'abstention', question, message: `${ping} m`, closest: [source(`${ping} ${s}`, { title: ping })], reason: 'no_match', confidence: 0 });
      for (const t of all) expect(t).not.toMatch(/<[!@#]/);
    }));
  });
});

describe('clip', () => {
  it('never cuts an entity or a surrogate pair and stays within the limit', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 2, max: 120 }), (s, max) => {
      const out = clip(escapeMrkdwn(s), max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out).not.toMatch(/&[a-z]*…$/);
      expect(out).not.toMatch(/[\ud800-\udbff]…$/);
    }));
  });
});

describe('link', () => {
  it('links http(s) URLs with & escaped and shows other schemes as text', () => {
    expect(link('https://example.org/a?b=1&c=2', 'A <b>')).toBe('<https://example.org/a?b=1&amp;c=2|A &lt;b&gt;>');
    expect(link('javascript:alert(1)', 'x')).toBe('x');
    expect(link('https://example.org/|<!here>', 'x')).toBe('<https://example.org/%7C%3C!here%3E|x>');
    expect(link(undefined, 'plain')).toBe('plain');
  });
});

describe('renderReply', () => {
  it('keeps a huge list within 50 blocks and 3,000 characters a section, and says how many were left out', () => {
    const items = Array.from({ length: 120 }, (_, i) => ({ heading: `Release ${i}`, date: '2020-01-01', url: `https://example.org/${i}`, lines: ['x'.repeat(5000)] }));
    const reply: ListReply = { kind: 'list', title: 'Search', groups: [{ heading: 'A', items: items.slice(0, 60) }, { heading: 'B', items: items.slice(60) }], empty: 'none', footer: 'footer' };
    const { blocks, text } = renderReply(reply, { shareText: 'search x' });
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    expect(blocks.at(-1)!.type).toBe('actions');
    for (const b of blocks) if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    const notes = blocks.filter((b) => b.type === 'context').flatMap((b) => (b.type === 'context' ? b.elements.map((e) => e.text) : []));
    expect(notes.some((n) => /^…and \d+ more not shown\.$/.test(n))).toBe(true);
    expect(notes).toContain('footer');
    expect(text).toBe('Search');
  });

  it('does not repeat the date after a timeline heading that is the date', () => {
    const { blocks } = renderReply({ kind: 'list', title: 'Timeline', empty: '', groups: [{ items: [
      { heading: 'November 2017', date: '2017-11', lines: ['State visit.'] },
      { heading: 'Outcome of the 2018 Forum on Central Asian cooperation', date: '2018-11-06', lines: [] },
    ] }] });
    expect(blocks.map((b) => (b.type === 'section' ? b.text.text : ''))).toEqual([
      '*Timeline*', '*November 2017*\n• State visit.', '*Outcome of the 2018 Forum on Central Asian cooperation* · 2018-11-06',
    ]);
  });

  it('shows the empty message of a list with no items', () => {
    const { blocks } = renderReply({ kind: 'list', title: 'Latest', groups: [{ items: [] }], empty: 'No releases yet.' });
    expect(blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '*Latest*' } },
      { type: 'section', text: { type: 'mrkdwn', text: 'No releases yet.' } },
    ]);
  });

  it('renders a conflict with each answer, its quote and its source', () => {
    const { blocks } = renderReply({
      kind: 'conflict', question: 'q', message: 'The releases disagree.', confidence: 0.5,
      answers: [{ answer: '2009', source: source('In 2009.') }, { answer: '2010', source: source('In 2010.', { date: '2019', dateSource: 'inferred' }) }],
    });
    expect(blocks.map((b) => (b.type === 'section' ? b.text.text : b.type === 'context' ? b.elements[0]!.text : b.type))).toEqual([
      '*Asked:* q',
      ':warning: The releases disagree.',
      '*2009*\n> In 2009.',
      '<https://example.org/a?b=1&amp;c=2|Title> · 2018-11-06',
      '*2010*\n> In 2010.',
      '<https://example.org/a?b=1&amp;c=2|Title> · 2019 (date inferred)',
    ]);
  });

  it('renders an answer with its as-of date, other sources and notes', () => {
    const { blocks } = renderReply({
      kind: 'answer', question: 'who?', answer: 'Yermek *Kosherbayev*', evidence: 'Line one\nline two', asOf: '2018-11-06', confidence: 1,
      sources: [source('a'), source('b', { title: 'Second', url: undefined })], notes: ['Titles change.'],
    });
    expect(blocks).toEqual([
      { type: 'context', elements: [{ type: 'mrkdwn', text: '*Asked:* who?' }] },
      { type: 'section', text: { type: 'mrkdwn', text: '*Yermek ∗Kosherbayev∗*  _(as of 2018-11-06)_' } },
      { type: 'section', text: { type: 'mrkdwn', text: '> Line one\n> line two' } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: ':page_facing_up: <https://example.org/a?b=1&amp;c=2|Title> · 2018-11-06' }, { type: 'mrkdwn', text: 'Also stated in: Second · 2018-11-06' }] },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Titles change.' }] },
    ]);
  });

  it('keeps the fallback text short', () => {
    const text = fallbackText({ kind: 'text', text: 'y'.repeat(10_000) });
    expect(text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
  });

  it('puts no share button on help and error texts', () => {
    const { blocks } = renderReply({ kind: 'text', text: 'help' }, { shareText: 'help' });
    expect(blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('round-trips the share value and refuses values it did not write', () => {
    const button = shareButton('when did <x> & y?');
    expect(button?.type).toBe('actions');
    const value = button?.type === 'actions' ? button.elements[0]!.value : '';
    expect(readShareValue(value)).toBe('when did <x> & y?');
    expect(readShareValue('{"x":1}')).toBeUndefined();
    expect(readShareValue('nope')).toBeUndefined();
    expect(shareButton('z'.repeat(LIMITS.buttonValue))).toBeUndefined();
  });
});
