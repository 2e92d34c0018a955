/** The fetch schedule of `attache serve`: croner ticks, runs that never overlap, onNew after new releases. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../adapters/config.js';
import { startFetchSchedule } from '../../adapters/fetch/index.js';
import { silentLogger } from '../../src/logger.js';
import { startSiteServer, type SiteServer } from './site-server.js';

const servers: SiteServer[] = [];
const dirs: string[] = [];
const stops: (() => void)[] = [];
afterAll(async () => {
  for (const stop of stops) stop();
  await Promise.all(servers.map((s) => s.close()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function setup(cron: string) {
  const site = await startSiteServer();
  servers.push(site);
  const dir = mkdtempSync(join(tmpdir(), 'attache-schedule-'));
  dirs.push(dir);
  const config = loadConfig({ ATTACHE_DATA_DIR: dir, ATTACHE_SOURCES: `${site.base}/feed.xml`, FETCH_CRON: cron });
  return { site, config };
}

describe('startFetchSchedule', () => {
  it('defaults to every 30 minutes', () => {
    expect(loadConfig({}).fetchCron).toBe('*/30 * * * *');
  });

  it('fetches on each cron tick and calls onNew only when a run stored something', async () => {
    const { site, config } = await setup('* * * * * *'); // every second
    const added: number[] = [];
    const schedule = startFetchSchedule({ config, logger: silentLogger, fetch: { http: { delayMs: 0 } }, onNew: (r) => added.push(r.added.length) });
    stops.push(() => schedule.stop());
    await expect.poll(() => site.hits('/feed.xml').length, { timeout: 5000, interval: 50 }).toBeGreaterThanOrEqual(2);
    schedule.stop();
    expect(added).toEqual([2]); // the later ticks found the feed unchanged (304)
  });

  it('never runs two fetches at once', async () => {
    const { site, config } = await setup('0 0 1 1 *');
    const schedule = startFetchSchedule({ config, logger: silentLogger, fetch: { http: { delayMs: 0 } } });
    stops.push(() => schedule.stop());
    const [a, b] = [schedule.runNow(), schedule.runNow()];
    expect(a).toBe(b);
    expect((await a)?.added).toHaveLength(2);
    expect(site.hits('/feed.xml')).toHaveLength(1);
  });
});
