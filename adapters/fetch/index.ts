/** The fetch schedule of `attache serve`: croner runs a fetch every FETCH_CRON (default every 30 minutes). */
import { Cron } from 'croner';
import type { Config } from '../config.js';
import type { Logger } from '../../src/logger.js';
import { runFetch, type RunFetchOptions, type RunFetchResult } from './run-fetch.js';

export { runFetch, resolveSources, readSourcesFile, type RunFetchOptions, type RunFetchResult } from './run-fetch.js';

/** Options of the schedule. */
export interface FetchScheduleOptions {
  config: Config;
  logger: Logger;
  /** Called after a run that stored new releases (and updated the index): reload the engine there. */
  onNew?: (result: RunFetchResult) => void;
  /** Also run once right away. Default false. */
  runNow?: boolean;
  /** Passed through to the fetcher (politeness, limits); tests shorten the delays. */
  fetch?: RunFetchOptions['fetch'];
}

/** Starts the schedule; runs never overlap (a slow run makes the next tick skip). */
export function startFetchSchedule(opts: FetchScheduleOptions): { stop(): void; runNow(): Promise<RunFetchResult | undefined> } {
  const { config, logger } = opts;
  let running: Promise<RunFetchResult | undefined> | undefined;

  const tick = (): Promise<RunFetchResult | undefined> => {
    if (running) return running;
    running = (async () => {
      try {
        const result = await runFetch({ dataDir: config.dataDir, configSources: config.sources, logger, ...(opts.fetch ? { fetch: opts.fetch } : {}) });
        logger.info({ added: result.added.length, skipped: result.skipped.length }, 'fetch: scheduled run done');
        if (result.added.length) opts.onNew?.(result);
        return result;
      } catch (err) {
        logger.error({ err: err instanceof Error ? err.message : String(err) }, 'fetch: scheduled run failed');
        return undefined;
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  const job = new Cron(config.fetchCron, { protect: true, catch: true, name: 'attache-fetch' }, async () => { await tick(); });
  logger.info({ cron: config.fetchCron, next: job.nextRun()?.toISOString() }, 'fetch: schedule started');
  if (opts.runNow) void tick();
  return { stop: () => job.stop(), runNow: tick };
}
