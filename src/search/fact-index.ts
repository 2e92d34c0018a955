/** The fact index: minisearch over facts, with the releases they cite; saved as a versioned snapshot. */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { AttacheError } from '../errors.js';
import { countryCodes } from '../facts/countries.js';
import { extractFacts } from '../facts/extract.js';
import type { Fact } from '../facts/types.js';
import type { Release } from '../releases/types.js';
import { fold, terms, words } from './terms.js';

/** Bump when the snapshot's shape, the way terms are made or what facts are extracted changes. */
export const INDEX_VERSION = 131;

/** A release without its body: what citations and lists need. */
export interface ReleaseMeta {
  id: string;
  title: string;
  date: string | null;
  datePrecision: Release['datePrecision'];
  dateSource: Release['dateSource'];
  url?: string;
  board: string;
  unofficialTranslation: boolean;
  /** Countries the release is about (title and first paragraph), KOR excluded. */
  countries: string[];
  /** Index of its first fact in `facts`, and how many. */
  firstFact: number;
  factCount: number;
}

interface FactDoc { id: number; text: string; title: string; context: string }

const FIELDS = ['text', 'title', 'context'] as const;

/** How many postings retrieval walks in minisearch, at most, beyond the rarest word's. */
const RETRIEVAL_POSTINGS = 3000;

function miniOptions() {
  return {
    fields: [...FIELDS],
    storeFields: [] as string[],
    tokenize: (text: string) => fold(text).replace(/'s\b/g, '').split(/[^\p{L}\p{N}]+/u),
    processTerm: (t: string) => (t ? terms(t)[0] ?? null : null),
    searchOptions: {
      boost: { text: 2, title: 0.6, context: 0.5 },
      fuzzy: (t: string) => (t.length >= 6 && !/\d/.test(t) ? 0.2 : false),
      combineWith: 'OR' as const,
    },
  };
}

/** Facts of many releases in one searchable index. */
export class FactIndex {
  readonly releases: ReleaseMeta[] = [];
  readonly facts: Fact[] = [];
  readonly byRelease = new Map<string, ReleaseMeta>();
  /** In how many facts each term occurs: the rarer, the more a question's term says. */
  readonly df = new Map<string, number>();
  readonly search: MiniSearch<FactDoc>;

  constructor(search?: MiniSearch<FactDoc>) {
    this.search = search ?? new MiniSearch<FactDoc>(miniOptions());
  }

  /** Adds releases (and their facts); a release already in the index is replaced only if asked. */
  add(releases: Release[]): { added: number; facts: number } {
    let added = 0;
    let factCount = 0;
    const docs: FactDoc[] = [];
    for (const r of releases) {
      if (this.byRelease.has(r.id)) continue;
      const facts = extractFacts(r);
      const lead = r.paragraphs[0]?.text ?? '';
      const meta: ReleaseMeta = {
        id: r.id, title: r.title, date: r.date, datePrecision: r.datePrecision, dateSource: r.dateSource,
        ...(r.url ? { url: r.url } : {}), board: r.board, unofficialTranslation: r.unofficialTranslation,
        countries: countryCodes(`${r.title} ${lead}`).filter((c) => c !== 'KOR'),
        firstFact: this.facts.length, factCount: facts.length,
      };
      for (const f of facts) {
        const id = this.facts.length;
        this.facts.push(f);
        for (const t of new Set(terms(`${f.text}`))) this.df.set(t, (this.df.get(t) ?? 0) + 1);
        docs.push({ id, text: f.also ? `${f.text} ${f.also}` : f.text, title: r.title, context: f.context });
      }
      this.releases.push(meta);
      this.byRelease.set(r.id, meta);
      added++;
      factCount += facts.length;
    }
    this.search.addAll(docs);
    return { added, facts: factCount };
  }

  /** The facts of one release (kept: a release never changes once added). */
  factsOf(releaseId: string): Fact[] {
    let facts = this.factLists.get(releaseId);
    if (!facts) {
      const meta = this.byRelease.get(releaseId);
      facts = meta ? this.facts.slice(meta.firstFact, meta.firstFact + meta.factCount) : [];
      if (meta) this.factLists.set(releaseId, facts);
    }
    return facts;
  }

  private readonly factLists = new Map<string, Fact[]>();

  /**
   * The facts that share the most rare words with a text, best first. Minisearch is asked only for the rarest words
   * (up to a budget of postings; fuzzy matching only for words the index has never seen: typos); the words it was not
   * asked for then add their weight to the facts it found. So a question costs about the same over 300 facts or
   * 300,000: common words ("minister", "meeting") never walk their long posting lists.
   */
  retrieve(text: string, limit: number): Array<{ id: number; score: number }> {
    const total = this.facts.length;
    const seen = new Set<string>();
    const known: Array<{ w: string; t: string; df: number }> = [];
    const unknown: string[] = [];
    for (const w of words(text)) {
      const t = terms(w)[0];
      if (!t || seen.has(t)) continue;
      seen.add(t);
      const df = this.df.get(t) ?? 0;
      if (df) known.push({ w, t, df }); else unknown.push(w);
    }
    known.sort((x, y) => x.df - y.df);
    let postings = 0;
    const asked = known.filter((k, i) => {
      if (i > 0 && postings + k.df > RETRIEVAL_POSTINGS) return false;
      postings += k.df;
      return true;
    });
    const rest = known.filter((k) => !asked.includes(k));
    // (typos are one or two letters off: a wider fuzzy search walks much of a large vocabulary)
    const queries = [...asked.map((k) => k.w), ...unknown.slice(0, 3).map((w) => ({ queries: [w], fuzzy: w.length >= 5 && !/\d/.test(w) ? 0.2 : false, maxFuzzy: 2 }))];
    if (!queries.length) return [];
    const hits = this.search.search({ combineWith: 'OR', queries }, { fuzzy: false });
    if (!rest.length) return hits.slice(0, limit).map((h) => ({ id: h.id as number, score: h.score }));
    // the words not asked for: their idf, for the facts found that hold them
    const pool = hits.slice(0, Math.max(limit * 8, 400));
    const top = pool[0]?.score ?? 1;
    const idf = rest.map((k) => ({ t: k.t, w: Math.log(1 + total / k.df) }));
    const maxIdf = Math.log(1 + total);
    return pool.map((h) => {
      const set = this.termSet(h.id as number);
      let extra = 0;
      for (const x of idf) if (set.has(x.t)) extra += x.w;
      return { id: h.id as number, score: h.score / top + extra / maxIdf };
    }).sort((a, b) => b.score - a.score).slice(0, limit);
  }

  private readonly termSets = new Map<number, Set<string>>();

  /** The terms of one fact's sentence, kept once asked for. */
  private termSet(id: number): Set<string> {
    let set = this.termSets.get(id);
    if (!set) {
      set = new Set(terms(this.facts[id]!.text));
      if (this.termSets.size > 200_000) this.termSets.clear();
      this.termSets.set(id, set);
    }
    return set;
  }

  /** Serializes to the versioned snapshot format. */
  toJSON(): object {
    return { format: 'attache-index', version: INDEX_VERSION, options: { fields: FIELDS }, releases: this.releases, facts: this.facts, df: Object.fromEntries(this.df), search: this.search.toJSON() };
  }
}

/** Builds an index over releases. */
export function buildFactIndex(releases: Release[]): FactIndex {
  const index = new FactIndex();
  index.add(releases);
  return index;
}

/** Writes a snapshot atomically (temp file, then rename). */
export function saveFactIndex(index: FactIndex, path: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(index));
  renameSync(tmp, path);
}

/** Restores an index from its snapshot object; a different version fails loudly. */
export function factIndexFromJSON(data: unknown): FactIndex {
  const snap = data as { format?: string; version?: number; releases?: ReleaseMeta[]; facts?: Fact[]; df?: Record<string, number>; search?: unknown };
  if (!snap || snap.format !== 'attache-index') throw new AttacheError('index_version_mismatch', 'this file is not an Attaché index snapshot');
  if (snap.version !== INDEX_VERSION) {
    throw new AttacheError('index_version_mismatch', `index snapshot version ${String(snap.version)} does not match this build (${INDEX_VERSION}); rebuild it with \`attache index\``);
  }
  const search = MiniSearch.loadJS<FactDoc>(snap.search as Parameters<typeof MiniSearch.loadJS>[0], miniOptions());
  const index = new FactIndex(search);
  for (const f of snap.facts ?? []) index.facts.push(f);
  for (const [t, n] of Object.entries(snap.df ?? {})) index.df.set(t, n);
  for (const r of snap.releases ?? []) { index.releases.push(r); index.byRelease.set(r.id, r); }
  return index;
}

/** Reads a snapshot file. */
export function loadFactIndex(path: string): FactIndex {
  let raw: string;
  try { raw = readFileSync(path, 'utf8'); } catch (err) {
    throw new AttacheError('index_missing', `no index at ${path}; build one with \`attache index <dir> --out ${path}\``, err);
  }
  return factIndexFromJSON(JSON.parse(raw));
}
