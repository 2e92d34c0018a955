/** Composes a briefing: the releases dated in a window, newest first, grouped by country or region, with key facts. */
import type { Engine, ReleaseSummary } from '../engine-types.js';
import { countryName, countryRegion } from '../facts/countries.js';
import type { ListItem, ListReply } from '../reply.js';
import { formatDay, formatPeriod } from './days.js';
import { anniversaries } from './on-this-day.js';

/** A span of calendar days, both ends included ("YYYY-MM-DD"). */
export interface BriefingWindow {
  from: string;
  to: string;
}

/** What to put in a briefing. */
export interface ComposeOptions {
  window: BriefingWindow;
  /** Keep only releases about one of these countries (alpha-3 codes); empty or absent keeps all. */
  countries?: string[];
  /** Group headings: the countries a release is about (default) or their regions. */
  groupBy?: 'country' | 'region';
  /** Key facts per release (default 2). */
  maxFacts?: number;
  /** Releases shown at most; the footer counts the rest (default 30, keeps a post within platform limits). */
  maxItems?: number;
  /** First words of the title (default "Briefing"). */
  label?: string;
  /** Adds an "On this day" group: anniversaries on this day ("YYYY-MM-DD") of milestones with the filtered countries, or else with those in the briefing. Needs engine.timeline. */
  onThisDay?: string;
}

/** What composing needs from the engine; timeline only for "on this day". */
export type BriefingEngine = Pick<Engine, 'releases' | 'keyFacts'> & Partial<Pick<Engine, 'timeline'>>;

const DEFAULTS = { groupBy: 'country', maxFacts: 2, maxItems: 30, label: 'Briefing' } as const;
const OTHER = 'Other releases';

/** The first day a (possibly partial) release date stands for: "2018-11" → "2018-11-01", so contiguous windows list each release once. */
function firstDay(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date.slice(0, 10);
}

/** True when the release's date falls in the window. */
export function inWindow(release: ReleaseSummary, window: BriefingWindow): boolean {
  if (!release.date) return false;
  const day = firstDay(release.date);
  return day >= window.from && day <= window.to;
}

function groupHeading(release: ReleaseSummary, groupBy: 'country' | 'region'): string {
  if (release.countries.length === 0) return OTHER;
  const names = groupBy === 'region'
    ? release.countries.map((c) => countryRegion(c) ?? countryName(c))
    : release.countries.map((c) => countryName(c));
  return [...new Set(names)].join(' · ');
}

const newestFirst = (a: ReleaseSummary, b: ReleaseSummary): number =>
  firstDay(b.date ?? '').localeCompare(firstDay(a.date ?? '')) || b.id.localeCompare(a.id);

/** The briefing for a window as a ListReply; when nothing is new it says so and since when (never silence). */
export function composeBriefing(engine: BriefingEngine, options: ComposeOptions): ListReply {
  if (!options?.window) throw new Error('attache: option "window" must be provided');
  const { window } = options;
  const groupBy = options.groupBy ?? DEFAULTS.groupBy;
  const maxFacts = options.maxFacts ?? DEFAULTS.maxFacts;
  const maxItems = options.maxItems ?? DEFAULTS.maxItems;
  const filter = new Set(options.countries ?? []);
  const about = filter.size ? ` about ${[...filter].map(countryName).join(', ')}` : '';

  const selected = engine.releases()
    .filter((r) => inWindow(r, window))
    .filter((r) => filter.size === 0 || r.countries.some((c) => filter.has(c)))
    .sort(newestFirst);
  const shown = selected.slice(0, maxItems);

  const groups = new Map<string, ListItem[]>();
  for (const r of shown) {
    const heading = groupHeading(r, groupBy);
    const item: ListItem = {
      heading: r.title,
      date: r.date,
      dateSource: r.dateSource,
      ...(r.url ? { url: r.url } : {}),
      release: r.id,
      lines: engine.keyFacts(r.id, maxFacts),
    };
    const list = groups.get(heading);
    if (list) list.push(item); else groups.set(heading, [item]);
  }
  // Map keeps insertion order, and releases were inserted newest first: groups come out ordered by their newest release
  const ordered = [...groups].map(([heading, items]) => ({ heading, items }));
  // "Other releases" goes last whatever its dates
  ordered.sort((a, b) => Number(a.heading === OTHER) - Number(b.heading === OTHER));

  const period = window.from <= window.to ? formatPeriod(window.from, window.to) : `since ${formatDay(window.from)}`;
  const reply: ListReply = {
    kind: 'list',
    title: `${options.label ?? DEFAULTS.label}: releases${about}, ${period}`,
    groups: ordered,
    empty: `No new releases${about} since ${formatDay(window.from)}.`,
  };
  if (options.onThisDay && engine.timeline) {
    const countries = filter.size ? [...filter] : [...new Set(selected.flatMap((r) => r.countries))];
    const items = anniversaries({ timeline: engine.timeline }, options.onThisDay, countries);
    if (items.length) {
      // renderers show `empty` only when every group is empty: keep the no-news line visible next to the anniversaries
      if (selected.length === 0) reply.footer = reply.empty;
      reply.groups.push({ heading: 'On this day', items });
    }
  }
  if (selected.length > shown.length) {
    reply.footer = `Showing the ${shown.length} newest of ${selected.length} releases; ask \`latest\` or \`search\` for the others.`;
  } else if (selected.length > 0) {
    reply.footer = `${selected.length} release${selected.length === 1 ? '' : 's'}.`;
  }
  return reply;
}
