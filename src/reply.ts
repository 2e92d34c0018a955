/** The platform-neutral reply: what the bot says, before any adapter renders it. */

/** A release cited for a fact. */
export interface Source {
  /** Release id. */
  release: string;
  title: string;
  /** ISO date at its precision, or null. */
  date: string | null;
  dateSource: 'stated' | 'inferred' | 'unknown';
  url?: string;
  /** The sentence that holds the fact. */
  quote: string;
}

/** A stated fact with its evidence. */
export interface AnswerReply {
  kind: 'answer';
  question: string;
  /** The short fact: "2009", "Yermek Kosherbayev", "US$250,000". */
  answer: string;
  /** The sentence it comes from (same as sources[0].quote). */
  evidence: string;
  /** sources[0] is the release the answer comes from; others state it too. */
  sources: Source[];
  /** "as of" date for facts that can change (posts, titles, figures). */
  asOf?: string;
  /** 0..1, how sure the engine is. */
  confidence: number;
  notes: string[];
}

/** The releases do not state it: say so, and show what we do know. */
export interface AbstentionReply {
  kind: 'abstention';
  question: string;
  /** Plain statement that the releases in the index do not state it. */
  message: string;
  /** Up to three closest facts with their sources. */
  closest: Source[];
  /** Machine-readable reason: no_match | slot_mismatch | no_span | ambiguous | empty_question | too_long. */
  reason: string;
  confidence: number;
}

/** Releases disagree: both shown, with dates. */
export interface ConflictReply {
  kind: 'conflict';
  question: string;
  message: string;
  answers: Array<{ answer: string; source: Source }>;
  confidence: number;
}

/** One line of a list (search hits, timeline, latest releases, briefing items). */
export interface ListItem {
  heading: string;
  date: string | null;
  dateSource?: 'stated' | 'inferred' | 'unknown';
  url?: string;
  release?: string;
  /** Key facts or the matching sentence. */
  lines: string[];
}

/** A titled list, optionally grouped (by country, by region). */
export interface ListReply {
  kind: 'list';
  title: string;
  groups: Array<{ heading?: string; items: ListItem[] }>;
  /** Shown when every group is empty. */
  empty: string;
  footer?: string;
}

/** Help, confirmations, status, input errors. */
export interface TextReply {
  kind: 'text';
  title?: string;
  text: string;
  /** Marks a message that reports a problem with the user's input or the bot. */
  tone?: 'info' | 'error';
}

export type Reply = AnswerReply | AbstentionReply | ConflictReply | ListReply | TextReply;

/** A reply's sources, whatever its kind: answers cite theirs, abstentions their closest facts. */
export function replySources(reply: Reply): Source[] {
  switch (reply.kind) {
    case 'answer': return reply.sources;
    case 'abstention': return reply.closest;
    case 'conflict': return reply.answers.map((a) => a.source);
    default: return [];
  }
}
