/** "On this day": anniversaries of dated milestones (relations established, partnerships, agreements) that fall on a briefing's day. */
import type { Engine } from '../engine-types.js';
import { countryName } from '../facts/countries.js';
import type { ListItem } from '../reply.js';

/** Countries looked up at most per briefing: each timeline scans the fact index. */
const MAX_COUNTRIES = 12;

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}

/**
 * Milestones dated to the day whose month and day are `day`'s, in earlier years, for the given countries
 * (alpha-3 codes), oldest first. Milestones known only to the month or year are left out: no day, no anniversary.
 */
export function anniversaries(engine: Pick<Engine, 'timeline'>, day: string, countries: string[]): ListItem[] {
  const year = Number(day.slice(0, 4));
  const monthDay = day.slice(4); // "-11-06"
  const seen = new Set<string>();
  const found: Array<{ date: string; item: ListItem }> = [];
  for (const code of countries.slice(0, MAX_COUNTRIES)) {
    const timeline = engine.timeline(countryName(code));
    if (timeline.kind !== 'list') continue;
    for (const it of timeline.groups.flatMap((g) => g.items)) {
      const date = it.date;
      if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || date.slice(4) !== monthDay) continue;
      const years = year - Number(date.slice(0, 4));
      const sentence = it.lines[0] ?? it.heading;
      if (years < 1 || seen.has(`${date}|${sentence}`)) continue;
      seen.add(`${date}|${sentence}`);
      found.push({
        date,
        item: { heading: `${ordinal(years)} anniversary today (${date})`, date, ...(it.url ? { url: it.url } : {}), ...(it.release ? { release: it.release } : {}), lines: [sentence] },
      });
    }
  }
  return found.sort((a, b) => a.date.localeCompare(b.date)).map((f) => f.item);
}
