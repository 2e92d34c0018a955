/** Test doubles for briefings: a small engine, a clock the test moves, posters that record, a temp database. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { loadConfig, type Config } from '../../adapters/config.js';
import type { ChannelPoster, Clock } from '../../src/briefing/ports.js';
import type { Engine, ReleaseSummary } from '../../src/engine-types.js';
import { resolveCountry } from '../../src/facts/countries.js';
import type { Reply } from '../../src/reply.js';

/** Releases of a fictional week: ids say the day and the country. */
export const RELEASES: ReleaseSummary[] = [
  { id: 'r-0305-kaz', title: 'Vice Ministerial Meeting with Kazakhstan', date: '2024-03-05', dateSource: 'stated', url: 'https://example.org/r/0305-kaz', countries: ['KAZ'] },
  { id: 'r-0305-uzb', title: 'Uzbekistan Foreign Minister Visits Seoul', date: '2024-03-05', dateSource: 'stated', url: 'https://example.org/r/0305-uzb', countries: ['UZB'] },
  { id: 'r-0304-kaz-uzb', title: 'Korea-Central Asia Cooperation Forum', date: '2024-03-04', dateSource: 'stated', url: 'https://example.org/r/0304', countries: ['KAZ', 'UZB'] },
  { id: 'r-0306-fra', title: 'Strategic Dialogue with France', date: '2024-03-06', dateSource: 'stated', url: 'https://example.org/r/0306-fra', countries: ['FRA'] },
  { id: 'r-0306-none', title: 'Spokesperson\'s Press Briefing', date: '2024-03-06', dateSource: 'inferred', countries: [] },
  { id: 'r-undated', title: 'An undated notice', date: null, dateSource: 'unknown', countries: ['FRA'] },
];

/** Dated milestones the fake timeline knows. */
export const MILESTONES = [
  { country: 'KAZ', date: '1992-01-28', sentence: 'Korea and Kazakhstan established diplomatic relations on January 28, 1992.' },
  { country: 'KAZ', date: '2009', sentence: 'The two countries forged a strategic partnership in 2009.' },
  { country: 'UZB', date: '1992-01-29', sentence: 'Korea and Uzbekistan established diplomatic relations on January 29, 1992.' },
];

/** An Engine with just enough behaviour for briefings. */
export function fakeEngine(releases: ReleaseSummary[] = RELEASES): Engine {
  const unused = (): never => { throw new Error('not used by briefings'); };
  return {
    ask: unused,
    search: unused,
    timeline: (country) => {
      const code = resolveCountry(country)?.code;
      const items = MILESTONES.filter((m) => m.country === code).map((m) => ({ heading: m.date, date: m.date, release: 'r-0304-kaz-uzb', lines: [m.sentence, 'Source: …'] }));
      return { kind: 'list', title: `Timeline of relations with ${country}`, groups: [{ items }], empty: 'none' };
    },
    latest: unused,
    releases: () => [...releases],
    keyFacts: (id, max = 2) => [`Key fact one of ${id}.`, `Key fact two of ${id}.`].slice(0, max),
    resolveCountry: (text) => resolveCountry(text),
    stats: () => ({ releases: releases.length, facts: releases.length * 2 }),
  };
}

/** A clock that moves only when the test says so. */
export interface FakeClock extends Clock {
  set(iso: string): void;
  advance(ms: number): void;
}

export function fakeClock(iso: string): FakeClock {
  let t = Date.parse(iso);
  return {
    now: () => new Date(t),
    set: (next) => { t = Date.parse(next); },
    advance: (ms) => { t += ms; },
  };
}

/** A poster that records what it posts; `fail` makes the next posts throw. */
export interface RecordingPoster extends ChannelPoster {
  posts: Array<{ channelId: string; reply: Reply; messageId: string }>;
  fail: number;
}

export function recordingPoster(platform: 'slack' | 'discord' = 'slack', shared?: RecordingPoster['posts']): RecordingPoster {
  const posts = shared ?? [];
  const poster: RecordingPoster = {
    platform,
    posts,
    fail: 0,
    async post(channelId, reply) {
      if (poster.fail > 0) { poster.fail--; throw new Error('channel_not_found'); }
      const messageId = `${platform}-${posts.length + 1}`;
      posts.push({ channelId, reply, messageId });
      return { messageId };
    },
  };
  return poster;
}

/** A temp folder holding a fresh database path; `cleanup` removes it. */
export function tempDb(): { path: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'attache-briefing-'));
  return { path: join(dir, 'attache.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Config from a test environment. */
export function testConfig(env: Record<string, string>): Config {
  return loadConfig({ ATTACHE_DATA_DIR: 'data', ...env });
}

/** A pino logger whose lines the test can read. */
export function captureLogger(): { logger: pino.Logger; lines: () => Array<Record<string, unknown>> } {
  const out: string[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { out.push(String(chunk)); done(); } });
  const logger = pino({ level: 'debug' }, stream);
  return { logger, lines: () => out.flatMap((l) => l.split('\n')).filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}
