/** robots.txt: fetched once per origin and run, read with robots-parser, obeyed (RFC 9309). */
import robotsParser from 'robots-parser';
import type { HttpClient } from './http-client.js';
import { reason } from './http-client.js';

/** The answer for one URL: allowed, or not and why. */
export interface RobotsVerdict { allowed: boolean; reason?: string }

/** The bot's product token, matched against `User-agent:` lines. */
const agentToken = (userAgent: string): string => userAgent.split('/')[0] ?? userAgent;

/** robots-parser is CommonJS: its default import is the function itself, or a namespace holding it. */
type RobotsFactory = (url: string, contents: string) => {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
};
const parseRobots: RobotsFactory = typeof robotsParser === 'function'
  ? (robotsParser as unknown as RobotsFactory)
  : (robotsParser as unknown as { default: RobotsFactory }).default;

/** Longest Crawl-delay honoured, in seconds: a larger one would stall a run; the host is skipped instead. */
const MAX_CRAWL_DELAY_S = 60;

/** A robots.txt gate over a polite HTTP client. */
export function createRobotsGate(http: HttpClient): { check(url: string): Promise<RobotsVerdict> } {
  const byOrigin = new Map<string, Promise<(url: string) => RobotsVerdict>>();

  async function rulesFor(origin: string): Promise<(url: string) => RobotsVerdict> {
    const robotsUrl = `${origin}/robots.txt`;
    let res;
    try {
      res = await http.get(robotsUrl);
    } catch (err) {
      // unreachable robots.txt: assume complete disallow (RFC 9309 §2.3.1.4)
      const why = `robots.txt unreachable (${reason(err)})`;
      return () => ({ allowed: false, reason: why });
    }
    if (res.status >= 500) return () => ({ allowed: false, reason: `robots.txt answered HTTP ${res.status}` });
    if (res.status >= 400) return () => ({ allowed: true }); // no robots.txt: everything is allowed
    const robots = parseRobots(robotsUrl, res.text);
    const ua = agentToken(http.userAgent);
    const delay = robots.getCrawlDelay(ua);
    if (delay !== undefined && delay > MAX_CRAWL_DELAY_S) {
      return () => ({ allowed: false, reason: `robots.txt asks for a Crawl-delay of ${delay}s` });
    }
    if (delay) http.setHostDelay(new URL(origin).host, delay * 1000);
    return (url) => (robots.isAllowed(url, ua) === false ? { allowed: false, reason: 'disallowed by robots.txt' } : { allowed: true });
  }

  return {
    async check(url) {
      const origin = new URL(url).origin;
      let rules = byOrigin.get(origin);
      if (!rules) { rules = rulesFor(origin); byOrigin.set(origin, rules); }
      return (await rules)(url);
    },
  };
}
