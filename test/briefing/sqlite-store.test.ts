import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore, STORE_SCHEMA_VERSION } from '../../adapters/briefing/sqlite-store.js';
import type { BriefingStore, ClaimRequest, Subscription } from '../../src/briefing/store.js';
import { tempDb } from './fakes.js';

const SUB: Subscription = {
  platform: 'slack', channelId: 'C1', schedule: '0 8 * * *', timezone: 'Asia/Seoul', countries: ['KAZ'],
  paused: false, source: 'chat', createdAt: '2024-03-05T01:00:00.000Z', watermark: '2024-03-04',
};
const KEY = { platform: 'slack' as const, channelId: 'C1', slot: '2024-03-05T23:00:00.000Z' };
const claimAt = (now: number, owner = 'a'): ClaimRequest => ({ ...KEY, owner, now, leaseMs: 1000, maxAttempts: 3, windowFrom: '2024-03-05', windowTo: '2024-03-05' });

const cleanups: Array<() => void> = [];
afterEach(() => { for (const c of cleanups.splice(0).reverse()) c(); });
function open(path?: string): { store: BriefingStore; path: string } {
  const db = path ? { path, cleanup: () => undefined } : tempDb();
  const store = openSqliteStore(db.path);
  cleanups.push(db.cleanup, () => store.close());
  return { store, path: db.path };
}

describe('SQLite briefing store', () => {
  it('creates the schema in WAL mode and records its version', () => {
    const { store, path } = open();
    store.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(STORE_SCHEMA_VERSION);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('refuses a database written by a newer version, with a coded error', () => {
    const { store, path } = open();
    store.close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${STORE_SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openSqliteStore(path)).toThrow(expect.objectContaining({ code: 'store_error' }));
  });

  it('keeps subscriptions across reopenings and never moves a watermark back', () => {
    const { store, path } = open();
    store.putSubscription(SUB);
    expect(store.addSubscription({ ...SUB, countries: [] })).toBe(false);
    store.close();
    const again = openSqliteStore(path);
    cleanups.push(() => again.close());
    expect(again.getSubscription('slack', 'C1')).toEqual(SUB);
    again.putSubscription({ ...SUB, watermark: '2024-03-09' });
    again.putSubscription({ ...SUB, watermark: '2024-03-01', countries: [] });
    expect(again.getSubscription('slack', 'C1')).toMatchObject({ watermark: '2024-03-09', countries: [] });
  });

  it('hands a slot to one claimant until its lease expires, and not at all once posted', () => {
    const { store } = open();
    store.putSubscription(SUB);
    expect(store.claim(claimAt(0, 'a'))).toMatchObject({ state: 'claimed', owner: 'a', attempts: 1, leaseUntil: 1000 });
    expect(store.claim(claimAt(999, 'b'))).toBeNull();
    expect(store.claim(claimAt(1000, 'b'))).toMatchObject({ owner: 'b', attempts: 2 });
    expect(store.markPosted(KEY, 'a', 'lost', 1001)).toBe(false); // a's claim was taken over
    expect(store.markPosted(KEY, 'b', 'ts-1', 1002)).toBe(true);
    expect(store.claim(claimAt(99_999, 'c'))).toBeNull();
    expect(store.getPost(KEY)).toMatchObject({ state: 'posted', messageId: 'ts-1' });
    expect(store.getSubscription('slack', 'C1')!.watermark).toBe('2024-03-05');
  });

  it('retries a failed slot after its backoff and stops after the last attempt', () => {
    const { store } = open();
    store.putSubscription(SUB);
    store.claim(claimAt(0));
    expect(store.markFailed(KEY, 'a', 'boom', 10, 500)).toBe(true);
    expect(store.claim(claimAt(499))).toBeNull();
    expect(store.claim(claimAt(500))).toMatchObject({ attempts: 2 });
    store.markFailed(KEY, 'a', 'boom', 510, 600);
    expect(store.claim(claimAt(600))).toMatchObject({ attempts: 3 });
    store.markFailed(KEY, 'a', 'boom again', 610, 700);
    expect(store.claim(claimAt(10_000))).toBeNull();
    expect(store.recentPosts('slack', 'C1', 5)[0]).toMatchObject({ state: 'failed', lastError: 'boom again', attempts: 3 });
  });

  it('records a skipped slot once, and only an explicit claim takes it', () => {
    const { store } = open();
    expect(store.markSkipped(KEY, 'missed by 780 min', 0)).toBe(true);
    expect(store.markSkipped(KEY, 'missed by 781 min', 1)).toBe(false);
    expect(store.claim(claimAt(2))).toBeNull();
    expect(store.claim({ ...claimAt(2), takeSkipped: true })).toMatchObject({ state: 'claimed' });
  });
});
