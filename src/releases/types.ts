/** The release model: what a press release page says, independent of its layout. */

/** How precisely a date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

/** One paragraph or bullet of a release body. */
export interface Paragraph {
  /** Text without its number or bullet sign. */
  text: string;
  /** numbered "1." paragraphs, bullets (° o ◦ - •), notes (※), footnotes (* …). */
  kind: 'numbered' | 'bullet' | 'note' | 'footnote' | 'plain';
  /** The paragraph number for numbered paragraphs. */
  number?: number;
  /** For bullets: 1 for the first level (° o ◦ •), 2 for the second (- –  ·), which details the bullet above it; a list that opens
   * on dashes and puts circles under them is read the other way round. */
  level?: number;
}

/** A parsed press release. */
export interface Release {
  /** File name without extension, unless the page names its own id (e.g. a `seq`). */
  id: string;
  title: string;
  /** ISO date at its precision: YYYY-MM-DD, YYYY-MM or YYYY; null when nothing can be told. */
  date: string | null;
  datePrecision: DatePrecision | null;
  /** 'stated' when the page has a date block, 'inferred' when read from the text. */
  dateSource: 'stated' | 'inferred' | 'unknown';
  /** Link to the release page, when known. */
  url?: string;
  /** Press Releases, Ministry News, Press Briefings … */
  board: string;
  paragraphs: Paragraph[];
  /** The page ends with "* unofficial translation". */
  unofficialTranslation: boolean;
}
