/** The fact model: one sentence or bullet of a release, with what it mentions. */
import type { DatePrecision } from '../releases/types.js';

/** A span of the fact's text. */
export interface Span { start: number; end: number; text: string }

/** A date as written, with what it means. */
export interface DateMention extends Span {
  /** ISO value at its precision (YYYY, YYYY-MM, YYYY-MM-DD); the year resolved against the release date. */
  value: string;
  precision: DatePrecision;
  /** "early" / "mid" / "late" qualifiers and ranges ("October 15-16"). */
  qualifier?: 'early' | 'mid' | 'late';
  /** End of a range, same form as value. */
  until?: string;
  /** True when the year was not written and comes from the release date. */
  yearInferred: boolean;
}

/** A person with the title and country the text gives. */
export interface PersonMention extends Span {
  /** Display name, surname case normalized: "Yermek Kosherbayev". */
  name: string;
  title?: string;
  country?: string;
}

/** A number or amount with its unit. */
export interface NumberMention extends Span {
  value: number;
  /** What is counted or the currency: "flights", "US$", "%", "member", "won". */
  unit?: string;
}

/** One fact: a sentence or bullet. */
export interface Fact {
  /** `${release}#${n}` */
  id: string;
  release: string;
  /** Position of the fact in its release. */
  n: number;
  text: string;
  /** The first sentence of the numbered paragraph a bullet or later sentence belongs to. */
  context: string;
  /**
   * What the release calls by another name what this sentence names: the long form of an acronym it defines elsewhere
   * ("the NSG" → "Nuclear Suppliers Group"), or the acronym of a long form the sentence spells out.
   */
  also?: string;
  countries: string[];
  dates: DateMention[];
  people: PersonMention[];
  numbers: NumberMention[];
  /** Named things: organizations, forums, projects, agreements, titles in quotes. */
  things: Span[];
  /** Event kinds: strategic_partnership, diplomatic_relations, state_visit, meeting, signed, aid … */
  events: string[];
}
