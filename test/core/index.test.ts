/** The fact index: snapshot round-trip, version checks, and the data folder's rebuild-when-changed / incremental update. */
import { cpSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadIndex, updateIndex } from '../../adapters/load-engine.js';
import { createEngine } from '../../src/engine.js';
import { AttacheError } from '../../src/errors.js';
import { readReleases } from '../../src/releases/load.js';
import { INDEX_VERSION, buildFactIndex, loadFactIndex, saveFactIndex } from '../../src/search/fact-index.js';
import { CORPUS, SEED, removeTempDirs, tempDataDir, tempDir } from './paths.js';

const QUERIES = [
  'when did ROK–Kazakhstan strategic partnership start?',
  'Ethiopian Airlines flights Incheon',
  'humanitarian aid Haiti',
  'MIKTA foreign ministers meeting',
  'Kosherbayev',
];

afterAll(removeTempDirs);

/** The error a function throws, for asserting on its code. */
function thrown(fn: () => unknown): unknown {
  try { fn(); } catch (err) { return err; }
  throw new Error('expected a throw');
}

describe('an index snapshot', () => {
  const { releases } = readReleases([CORPUS, SEED]);
  const built = buildFactIndex(releases);
  const file = join(tempDir(), 'index.json');
  saveFactIndex(built, file);
  const loaded = loadFactIndex(file);

  it('holds every release and its facts', () => {
    expect(built.releases.length).toBe(releases.length);
    expect(built.facts.length).toBeGreaterThan(releases.length * 3);
    for (const r of releases) expect(built.factsOf(r.id).length, r.id).toBeGreaterThan(0);
  });

  it('loads back the same releases and facts', () => {
    expect(loaded.releases).toEqual(JSON.parse(JSON.stringify(built.releases)));
    expect(loaded.facts).toEqual(JSON.parse(JSON.stringify(built.facts)));
    expect(loaded.factsOf('seed-rok-kz-uz-2018').map((f) => f.text)).toEqual(built.factsOf('seed-rok-kz-uz-2018').map((f) => f.text));
  });

  it.each(QUERIES)('gives the same search results for "%s" after loading', (q) => {
    const before = built.search.search(q).map((h) => [h.id, h.score.toFixed(6)]);
    const after = loaded.search.search(q).map((h) => [h.id, h.score.toFixed(6)]);
    expect(before.length).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });

  it('gives the same answers after loading', () => {
    const a = createEngine({ index: built });
    const b = createEngine({ index: loaded });
    for (const q of QUERIES) expect(b.ask(q)).toEqual(a.ask(q));
  });

  it('records its format version', () => {
    const snap = JSON.parse(readFileSync(file, 'utf8')) as { format: string; version: number };
    expect(snap.format).toBe('attache-index');
    expect(snap.version).toBe(INDEX_VERSION);
  });

  it('fails with index_version_mismatch when the version differs', () => {
    const snap = JSON.parse(readFileSync(file, 'utf8')) as { version: number };
    const old = join(tempDir(), 'old.json');
    writeFileSync(old, JSON.stringify({ ...snap, version: INDEX_VERSION - 1 }));
    const err = thrown(() => loadFactIndex(old));
    expect(err).toBeInstanceOf(AttacheError);
    expect((err as AttacheError).code).toBe('index_version_mismatch');
    expect((err as Error).message).toMatch(/version/);
  });

  it('fails with index_version_mismatch when the file is JSON but not an index', () => {
    const other = join(tempDir(), 'other.json');
    writeFileSync(other, JSON.stringify({ hello: 'world' }));
    expect((thrown(() => loadFactIndex(other)) as AttacheError).code).toBe('index_version_mismatch');
  });

  it('fails with index_missing when there is no file', () => {
    const err = thrown(() => loadFactIndex(join(tempDir(), 'nothing-here.json')));
    expect(err).toBeInstanceOf(AttacheError);
    expect((err as AttacheError).code).toBe('index_missing');
  });
});

describe('loadIndex over a data folder', () => {
  it('builds the index on first use and saves a snapshot', async () => {
    const dir = tempDataDir([SEED]);
    const index = await loadIndex({ dataDir: dir });
    expect(index.releases.map((r) => r.id)).toEqual(['seed-rok-kz-uz-2018']);
    expect(statSync(join(dir, 'index', 'index.json')).size).toBeGreaterThan(1000);
  });

  it('reuses the snapshot while the release files are unchanged', async () => {
    const dir = tempDataDir([SEED]);
    await loadIndex({ dataDir: dir });
    // mark the snapshot: if loadIndex rebuilt instead of reading it, the mark would be gone
    const snapFile = join(dir, 'index', 'index.json');
    const snap = JSON.parse(readFileSync(snapFile, 'utf8')) as { releases: Array<{ title: string }> };
    snap.releases[0]!.title = 'MARKED SNAPSHOT';
    writeFileSync(snapFile, JSON.stringify(snap));
    const again = await loadIndex({ dataDir: dir });
    expect(again.releases[0]!.title).toBe('MARKED SNAPSHOT');
  });

  it('rebuilds when a release file is added', async () => {
    const dir = tempDataDir([SEED]);
    await loadIndex({ dataDir: dir });
    cpSync(join(CORPUS, 'mofa-320955.txt'), join(dir, 'releases', 'mofa-320955.txt'));
    const index = await loadIndex({ dataDir: dir });
    expect(index.releases.map((r) => r.id).sort()).toEqual(['mofa-320955', 'seed-rok-kz-uz-2018']);
    const third = await loadIndex({ dataDir: dir });
    expect(third.releases).toHaveLength(2);
  });

  it('rebuilds when a release file is edited', async () => {
    const dir = tempDataDir([SEED]);
    await loadIndex({ dataDir: dir });
    const file = join(dir, 'releases', 'seed-rok-kz-uz-2018.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('ROK-Kazakhstan and ROK-Uzbekistan Bilateral', 'ROK-Kazakhstan and ROK-Uzbekistan Edited Bilateral'));
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    const index = await loadIndex({ dataDir: dir });
    expect(index.releases[0]!.title).toContain('Edited');
  });

  it('answers from an empty data folder without throwing', async () => {
    const dir = tempDir();
    const index = await loadIndex({ dataDir: dir });
    expect(index.releases).toEqual([]);
    const reply = createEngine({ index }).ask('when did ROK–Kazakhstan strategic partnership start?');
    expect(reply.kind).not.toBe('answer');
  });
});

describe('updateIndex', () => {
  it('adds a new release without dropping the old ones', async () => {
    const dir = tempDataDir([SEED]);
    const first = await loadIndex({ dataDir: dir });
    const seedFacts = first.facts.length;
    cpSync(join(CORPUS, 'mofa-317522.txt'), join(dir, 'releases', 'mofa-317522.txt'));
    const result = await updateIndex({ dataDir: dir });
    expect(result.added).toBe(1);
    expect(result.facts).toBeGreaterThan(0);
    const index = await loadIndex({ dataDir: dir });
    expect(index.releases.map((r) => r.id).sort()).toEqual(['mofa-317522', 'seed-rok-kz-uz-2018']);
    expect(index.facts.length).toBe(seedFacts + result.facts);
    const engine = createEngine({ index });
    const kz = engine.ask('when did ROK–Kazakhstan strategic partnership start?');
    expect(kz.kind === 'answer' && kz.answer).toBe('2009');
    expect(engine.search('Haiti humanitarian aid').groups[0]!.items[0]?.release).toBe('mofa-317522');
  });

  it('adds nothing when no release is new', async () => {
    const dir = tempDataDir([SEED]);
    await loadIndex({ dataDir: dir });
    const result = await updateIndex({ dataDir: dir });
    expect(result.added).toBe(0);
    expect((await loadIndex({ dataDir: dir })).releases).toHaveLength(1);
  });
});
