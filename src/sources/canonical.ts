/** Canonical release URLs: the site's `seq` parameter names a release, other query parameters don't. */
import { createHash } from 'node:crypto';

/** Tracking parameters dropped from URLs that have no `seq`. */
const TRACKING = /^(utm_\w+|fbclid|gclid|ref|page|srch\w*|multi_itm_seq|itm_seq_\d+|company_(cd|nm))$/i;

/**
 * The URL that identifies a release: scheme, lower-case host, path and `seq` only when the URL has a
 * `seq` parameter; otherwise the URL without fragment and tracking parameters, parameters sorted.
 */
export function canonicalUrl(raw: string, base?: string): string {
  const url = new URL(raw, base);
  url.hash = '';
  url.hostname = url.hostname.toLowerCase();
  const seq = url.searchParams.get('seq');
  if (seq && /^\d+$/.test(seq.trim())) {
    url.search = `?seq=${seq.trim()}`;
    return url.toString();
  }
  const kept = [...url.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  url.search = new URLSearchParams(kept).toString();
  return url.toString();
}

/** The release id for a URL: `mofa-<seq>` for the site's pages, else host and a short hash. */
export function releaseIdFor(canonical: string): string {
  const url = new URL(canonical);
  const seq = url.searchParams.get('seq');
  if (seq) return `mofa-${seq}`;
  const host = url.hostname.replace(/^www\./, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  return `${host}-${createHash('sha256').update(canonical).digest('hex').slice(0, 12)}`;
}
