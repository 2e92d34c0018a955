/** Discord rendering: every reply kind fits Discord's limits, and quoted text cannot break formatting. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ListReply, Reply, Source } from '../../src/reply.js';
import { BUDGET, LIMITS, embedLength, escapeText, renderReply, truncate } from '../../adapters/discord/render.js';
import { SEED_SOURCE } from './fake-engine.js';

const HOSTILE = [
  ['bold and links', '**bold** [click](https://evil.example) `code` ||spoiler||', ['\\*\\*bold\\*\\*', '\\[click\\]', '\\`code\\`', '\\|\\|spoiler\\|\\|']],
  ['a heading and a list', '# Heading - item 1. first', ['\\# Heading']],
  ['a user mention and a timestamp', 'hi <@123> at <t:1700000000>', ['<\u200b@123>', '<\u200bt:1700000000>']],
] as const;

function fitsLimits(messages: ReturnType<typeof renderReply>): void {
  expect(messages.length).toBeGreaterThan(0);
  expect(messages.length).toBeLessThanOrEqual(BUDGET.messages);
  for (const m of messages) {
    expect((m.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
    expect(m.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
    expect(m.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
    for (const e of m.embeds) {
      expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
      expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
      expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.footerText);
      expect((e.fields ?? []).length).toBeLessThanOrEqual(LIMITS.embedFields);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
        expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      }
    }
  }
}

const source = (quote: string, title = 'A release', url?: string): Source => ({ release: 'r', title, date: '2020-01-01', dateSource: 'stated', ...(url ? { url } : {}), quote });

describe('escapeText', () => {
  it.each(HOSTILE)('escapes %s', (_name, input, expected) => {
    const out = escapeText(input);
    for (const e of expected) expect(out).toContain(e);
  });

  it('keeps quoted text on one line so a "> " quote cannot be escaped from', () => {
    expect(escapeText('line one\n# line two\n\nthree')).not.toContain('\n');
  });
});

describe('renderReply', () => {
  it('renders an answer with the answer as title, the evidence quoted and the source linked', () => {
    const [m] = renderReply({ kind: 'answer', question: 'q?', answer: '2009', evidence: SEED_SOURCE.quote, sources: [SEED_SOURCE, { ...SEED_SOURCE, title: 'Second release' }], asOf: '2018-04-20', confidence: 0.9, notes: ['Date inferred from the release.'] });
    const e = m!.embeds[0]!;
    expect(e.title).toBe('2009');
    expect(e.description).toMatch(/^> The two leaders noted/);
    expect(e.description).toContain(`[Outcome of Korea–Kazakhstan summit](${SEED_SOURCE.url}) · 2018-04-20`);
    expect(e.description).toContain('*As of 2018-04-20*');
    expect(e.fields?.map((f) => f.name)).toEqual(['Also stated in', 'Notes']);
    expect(e.footer?.text).toBe('Q: q?');
  });

  it('shows an inferred date as inferred and drops a non-http link', () => {
    const [m] = renderReply({ kind: 'abstention', question: 'q', message: 'Not stated.', reason: 'no_match', confidence: 0, closest: [{ ...source('A fact.', 'T', 'javascript:alert(1)'), dateSource: 'inferred' }] });
    expect(m!.embeds[0]!.description).toContain('T · 2020-01-01 (date inferred)');
    expect(m!.embeds[0]!.description).not.toContain('javascript:');
  });

  it('encodes parentheses in a link so the masked link stays closed', () => {
    const [m] = renderReply({ kind: 'answer', question: 'q', answer: 'a', evidence: 'e', sources: [source('e', 'T', 'https://x.example/a_(b)')], confidence: 1, notes: [] });
    expect(m!.embeds[0]!.description).toContain('[T](https://x.example/a_%28b%29)');
  });

  it('renders a conflict with both answers and their sources', () => {
    const [m] = renderReply({ kind: 'conflict', question: 'q', message: 'Releases differ.', confidence: 0.5, answers: [{ answer: '2009', source: source('In 2009.', 'First') }, { answer: '2010', source: source('In 2010.', 'Second') }] });
    const d = m!.embeds[0]!.description!;
    expect(d).toContain('**2009** — First');
    expect(d).toContain('**2010** — Second');
  });

  it('renders an empty list with its empty message', () => {
    const [m] = renderReply({ kind: 'list', title: 'Search', groups: [{ items: [] }], empty: 'No release matches.' });
    expect(m!.embeds[0]!.description).toBe('No release matches.');
  });

  it('splits a long list across embeds at item boundaries and cuts it after the message budget', () => {
    const items = Array.from({ length: 400 }, (_, i) => ({ heading: `Release ${i}`, date: '2020-01-01', lines: ['x'.repeat(300)] }));
    const reply: ListReply = { kind: 'list', title: 'Many', groups: [{ heading: 'Kazakhstan', items }], empty: '', footer: 'foot' };
    const messages = renderReply(reply);
    fitsLimits(messages);
    expect(messages).toHaveLength(BUDGET.messages);
    const all = messages.flatMap((m) => m.embeds);
    expect(all.length).toBeGreaterThan(1);
    for (const e of all) expect(e.description).toMatch(/^(__\*\*Kazakhstan\*\*__|\*\*Release \d+)/);
    expect(all.at(-1)!.footer?.text).toMatch(/more pages? not shown/);
  });

  it('keeps every reply within Discord limits, whatever the text (property)', () => {
    const text = fc.string({ maxLength: 6000, unit: 'grapheme' });
    const src = fc.record({ release: fc.constant('r'), title: text, date: fc.option(fc.constant('2020-01-01'), { nil: null }), dateSource: fc.constantFrom('stated', 'inferred', 'unknown'), url: fc.option(fc.webUrl(), { nil: undefined }), quote: text })
      .map((s) => { const { url, ...rest } = s; return (url ? { ...rest, url } : rest) as Source; });
    const reply: fc.Arbitrary<Reply> = fc.oneof(
      fc.record({ kind: fc.constant('answer' as const), question: text, answer: text, evidence: text, sources: fc.array(src, { maxLength: 6 }), confidence: fc.double({ min: 0, max: 1 }), notes: fc.array(text, { maxLength: 4 }) }),
      fc.record({ kind: fc.constant('abstention' as const), question: text, message: text, closest: fc.array(src, { maxLength: 5 }), reason: fc.constant('no_match'), confidence: fc.constant(0) }),
      fc.record({ kind: fc.constant('conflict' as const), question: text, message: text, answers: fc.array(fc.record({ answer: text, source: src }), { maxLength: 6 }), confidence: fc.constant(0.5) }),
      fc.record({ kind: fc.constant('text' as const), text }),
      fc.record({ kind: fc.constant('list' as const), title: text, empty: text, groups: fc.array(fc.record({ heading: text, items: fc.array(fc.record({ heading: text, date: fc.constant(null), lines: fc.array(text, { maxLength: 4 }) }), { maxLength: 30 }) }), { maxLength: 4 }) }),
    );
    fc.assert(fc.property(reply, (r) => { fitsLimits(renderReply(r)); }), { numRuns: 150 });
  });

  it('truncates at a word boundary with an ellipsis and never exceeds the limit', () => {
    expect(truncate('alpha beta gamma delta', 12)).toBe('alpha beta…');
    fc.assert(fc.property(fc.string({ maxLength: 500 }), fc.integer({ min: 1, max: 400 }), (s, max) => truncate(s, max).length <= max));
  });
});
