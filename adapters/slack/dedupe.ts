/** Remembers recently seen event keys so Slack's retries and double deliveries are answered once. */

/** A bounded, time-limited memory of keys. */
export interface Deduper {
  /** True when the key was seen within the window; records it otherwise. */
  seen(key: string): boolean;
}

/** Options of createDeduper. */
export interface DeduperOptions {
  /** How long a key is remembered. Slack retries up to three times within about five minutes. */
  ttlMs?: number;
  /** Most keys kept; the oldest are dropped first. */
  max?: number;
  /** Injected for tests. */
  now?: () => number;
}

/** Creates a deduper: no timers, pruned on insert, so nothing keeps the process alive. */
export function createDeduper(options: DeduperOptions = {}): Deduper {
  const ttl = options.ttlMs ?? 10 * 60_000;
  const max = options.max ?? 5000;
  const now = options.now ?? Date.now;
  const keys = new Map<string, number>();
  return {
    seen(key) {
      const t = now();
      const at = keys.get(key);
      if (at !== undefined && t - at < ttl) return true;
      keys.delete(key);
      keys.set(key, t);
      // Map keeps insertion order: the first entries are the oldest
      for (const [k, v] of keys) {
        if (keys.size <= max && t - v < ttl) break;
        keys.delete(k);
      }
      return false;
    },
  };
}
