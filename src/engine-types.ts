/** What the adapters may ask of the core: one interface, whatever platform renders the result. */
import type { ListReply, Reply, TextReply } from './reply.js';

/** A release as lists show it. */
export interface ReleaseSummary {
  id: string;
  title: string;
  date: string | null;
  dateSource: 'stated' | 'inferred' | 'unknown';
  url?: string;
  /** ISO 3166 alpha-3 codes of the countries the release is about (KOR excluded). */
  countries: string[];
}

/** The question engine and the lookups built on the same index. */
export interface Engine {
  /** Answers a question: an AnswerReply, an AbstentionReply, a ConflictReply, or a TextReply for bad input. */
  ask(question: string): Reply;
  /** Releases matching words, best first. */
  search(words: string, limit?: number): ListReply;
  /** Dated milestones of relations with a country, oldest first; a TextReply when the country is unknown. */
  timeline(country: string): ListReply | TextReply;
  /** Newest releases, optionally about one country. */
  latest(country?: string, limit?: number): ListReply | TextReply;
  /** Every release in the index, newest first. */
  releases(): ReleaseSummary[];
  /** The one or two sentences that best sum up a release. */
  keyFacts(releaseId: string, max?: number): string[];
  /** Resolves a country in any spelling ("S. Korea", "Kazakh", "Manila") to its alpha-3 code and common name. */
  resolveCountry(text: string): { code: string; name: string } | null;
  /** Counts, for logs and status. */
  stats(): { releases: number; facts: number };
}
