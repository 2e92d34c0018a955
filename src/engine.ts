/** createEngine(index): the question engine and the lookups (search, timeline, latest) over one fact index. */
import { countryName, resolveCountry } from './facts/countries.js';
import type { Engine, ReleaseSummary } from './engine-types.js';
import { answerQuestion, type AnswerOptions } from './qa/answer.js';
import type { ListItem, ListReply, TextReply } from './reply.js';
import type { FactIndex, ReleaseMeta } from './search/fact-index.js';
import { cleanInput } from './commands.js';

/** Options of the engine. */
export interface EngineOptions {
  index: FactIndex;
  answer?: Partial<AnswerOptions>;
}

/** Milestones worth a timeline: relations, visits, summits, agreements, anniversaries. */
const MILESTONE_EVENTS = new Set(['strategic_partnership', 'diplomatic_relations', 'state_visit', 'signed', 'in_force', 'fta', 'upgrade', 'launch', 'ratified']);

const byDateDesc = (a: { date: string | null }, b: { date: string | null }): number => (b.date ?? '').localeCompare(a.date ?? '');

function summary(m: ReleaseMeta): ReleaseSummary {
  return { id: m.id, title: m.title, date: m.date, dateSource: m.dateSource, ...(m.url ? { url: m.url } : {}), countries: m.countries };
}

function item(m: ReleaseMeta, lines: string[]): ListItem {
  return { heading: m.title, date: m.date, dateSource: m.dateSource, ...(m.url ? { url: m.url } : {}), release: m.id, lines };
}

/** Creates the engine over an index. */
export function createEngine(options: EngineOptions): Engine {
  if (!options?.index) throw new Error('attache: option "index" must be provided');
  const { index } = options;

  const keyFacts = (releaseId: string, max = 2): string[] => {
    const facts = index.factsOf(releaseId);
    // the lead sentence, then the sentence with the most dated, named content
    const scored = facts.map((f, i) => ({ f, s: (i === 0 ? 3 : 0) + f.events.length * 0.5 + f.dates.length * 0.3 + f.people.length * 0.2 - f.text.length / 400 }));
    return scored.sort((a, b) => b.s - a.s).slice(0, max).sort((a, b) => a.f.n - b.f.n).map((x) => x.f.text);
  };

  const unknownCountry = (text: string): TextReply => ({ kind: 'text', tone: 'error', text: `I don't know a country called "${cleanInput(text).slice(0, 60)}". Try a name like Kazakhstan, a demonym like Uzbek, or a capital like Seoul.` });

  return {
    ask: (question) => answerQuestion(index, question, options.answer),
    search(words, limit = 5): ListReply {
      const q = cleanInput(words);
      const hits = q ? index.retrieve(q, 200) : [];
      const best = new Map<string, { meta: ReleaseMeta; score: number; line: string }>();
      for (const h of hits) {
        const fact = index.facts[h.id]!;
        const meta = index.byRelease.get(fact.release)!;
        const cur = best.get(meta.id);
        if (!cur) best.set(meta.id, { meta, score: h.score, line: fact.text });
        else cur.score += h.score * 0.1;
      }
      const items = [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit).map((b) => item(b.meta, [b.line]));
      return { kind: 'list', title: `Releases matching "${q.slice(0, 80)}"`, groups: [{ items }], empty: `No release matches "${q.slice(0, 80)}".` };
    },
    timeline(country): ListReply | TextReply {
      const c = resolveCountry(cleanInput(country));
      if (!c) return unknownCountry(country);
      const entries: Array<{ date: string; item: ListItem }> = [];
      const seen = new Set<string>();
      for (const f of index.facts) {
        if (!f.countries.includes(c.code) && !index.byRelease.get(f.release)!.countries.includes(c.code)) continue;
        if (!f.events.some((e) => MILESTONE_EVENTS.has(e))) continue;
        const meta = index.byRelease.get(f.release)!;
        for (const d of f.dates) {
          if (d.yearInferred && d.precision !== 'day') continue;
          const key = `${d.value}|${f.events.filter((e) => MILESTONE_EVENTS.has(e)).sort().join(',')}`;
          if (seen.has(key)) continue;
          seen.add(key);
          entries.push({ date: d.value, item: { heading: d.text, date: d.value, release: meta.id, ...(meta.url ? { url: meta.url } : {}), lines: [f.text, `Source: ${meta.title} (${meta.date ?? 'undated'})`] } });
          break;
        }
      }
      entries.sort((a, b) => a.date.localeCompare(b.date));
      return { kind: 'list', title: `Timeline of relations with ${c.name}`, groups: [{ items: entries.map((e) => e.item) }], empty: `The releases in the index state no dated milestones with ${c.name}.` };
    },
    latest(country, limit = 5): ListReply | TextReply {
      let metas = [...index.releases];
      let title = 'Latest releases';
      if (country && cleanInput(country)) {
        const c = resolveCountry(cleanInput(country));
        if (!c) return unknownCountry(country);
        metas = metas.filter((m) => m.countries.includes(c.code) || index.factsOf(m.id).some((f) => f.countries.includes(c.code)));
        title = `Latest releases on ${c.name}`;
      }
      const items = metas.sort(byDateDesc).slice(0, limit).map((m) => item(m, keyFacts(m.id, 1)));
      return { kind: 'list', title, groups: [{ items }], empty: 'No releases found.' };
    },
    releases: () => [...index.releases].sort(byDateDesc).map(summary),
    keyFacts,
    resolveCountry: (text) => {
      const c = resolveCountry(text);
      return c ? { code: c.code, name: countryName(c.code) } : null;
    },
    stats: () => ({ releases: index.releases.length, facts: index.facts.length }),
  };
}
