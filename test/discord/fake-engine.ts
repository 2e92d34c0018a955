/** A small fake Engine for handler tests: fixed replies, and a record of what it was asked. */
import type { Engine } from '../../src/engine-types.js';
import type { ListReply, Reply, Source } from '../../src/reply.js';

export const SEED_SOURCE: Source = {
  release: 'seed-rok-kz-uz-2018',
  title: 'Outcome of Korea–Kazakhstan summit',
  date: '2018-04-20',
  dateSource: 'stated',
  url: 'https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=320000',
  quote: 'The two leaders noted that since the establishment of the strategic partnership in 2009, bilateral relations have grown.',
};

/** A fake engine whose calls are recorded in `calls`. */
export function fakeEngine(): Engine & { calls: string[] } {
  const calls: string[] = [];
  const list = (title: string, headings: string[]): ListReply => ({
    kind: 'list', title, empty: 'Nothing found.',
    groups: [{ items: headings.map((h, i) => ({ heading: h, date: `2018-04-2${i}`, dateSource: 'stated' as const, url: SEED_SOURCE.url, lines: ['A key fact.'] })) }],
  });
  return {
    calls,
    ask(question: string): Reply {
      calls.push(`ask:${question}`);
      if (/kazakhstan/i.test(question)) {
        return { kind: 'answer', question, answer: '2009', evidence: SEED_SOURCE.quote, sources: [SEED_SOURCE], confidence: 0.9, notes: [] };
      }
      return { kind: 'abstention', question, message: 'The releases in the index do not state this.', closest: [SEED_SOURCE], reason: 'no_match', confidence: 0.1 };
    },
    search(words: string) { calls.push(`search:${words}`); return list(`Releases matching "${words}"`, ['Korea–Uzbekistan talks', 'Korea–Kazakhstan summit']); },
    timeline(country: string) { calls.push(`timeline:${country}`); return list(`Timeline: ${country}`, ['Strategic partnership established']); },
    latest(country?: string) { calls.push(`latest:${country ?? ''}`); return list(country ? `Latest about ${country}` : 'Latest releases', ['Newest release']); },
    releases: () => [],
    keyFacts: () => [],
    resolveCountry: (text: string) => (/kaz/i.test(text) ? { code: 'KAZ', name: 'Kazakhstan' } : null),
    stats: () => ({ releases: 1, facts: 10 }),
  };
}
