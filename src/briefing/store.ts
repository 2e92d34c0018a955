/** The briefing store port: subscriptions, per-channel watermarks and the post log; implemented over SQLite in adapters/. */

/** A platform a briefing can be posted to. */
export type BriefingPlatform = 'slack' | 'discord';

/** A channel that receives briefings. */
export interface Subscription {
  platform: BriefingPlatform;
  channelId: string;
  workspaceId?: string;
  /** Cron pattern in `timezone`, e.g. "0 8 * * *". */
  schedule: string;
  timezone: string;
  /** Alpha-3 codes; empty means every country. */
  countries: string[];
  paused: boolean;
  /** "chat" when subscribed with /brief subscribe, "config" when seeded from BRIEFING_*_CHANNELS. */
  source: 'chat' | 'config';
  /** ISO instant the subscription was created; no slot before it is ever posted. */
  createdAt: string;
  /** Last calendar day ("YYYY-MM-DD", in `timezone`) already covered by a briefing: the next one starts the day after. */
  watermark: string;
}

/** One (channel, slot) row of the post log. */
export interface SlotKey {
  platform: BriefingPlatform;
  channelId: string;
  /** ISO instant of the slot. */
  slot: string;
}

/** claimed: someone is posting (until `leaseUntil`); posted: done; failed: retried after `nextAttemptAt`; skipped: too late, never posted. */
export type PostState = 'claimed' | 'posted' | 'failed' | 'skipped';

/** What the post log knows about one slot. */
export interface PostRecord extends SlotKey {
  state: PostState;
  /** Which process holds or held the claim. */
  owner: string | null;
  /** Epoch ms after which a claim left by a crash may be taken over. */
  leaseUntil: number | null;
  attempts: number;
  /** Epoch ms before which a failed slot is not retried. */
  nextAttemptAt: number | null;
  messageId: string | null;
  lastError: string | null;
  /** The window of release days the post covers. */
  windowFrom: string | null;
  windowTo: string | null;
  /** Epoch ms. */
  updatedAt: number;
  postedAt: number | null;
}

/** A request to take a slot for posting. */
export interface ClaimRequest extends SlotKey {
  owner: string;
  /** Epoch ms. */
  now: number;
  leaseMs: number;
  /** A failed slot is not claimed again once it has been tried this many times. */
  maxAttempts: number;
  windowFrom: string;
  windowTo: string;
  /** Also take a slot the scheduler skipped as too late (an operator's explicit `brief --post`). */
  takeSkipped?: boolean;
}

/**
 * Persistent briefing state. Every method is atomic: `claim` in particular must never hand the same
 * slot to two callers, even in two processes over one database, unless the first claim's lease expired.
 */
export interface BriefingStore {
  listSubscriptions(): Subscription[];
  getSubscription(platform: BriefingPlatform, channelId: string): Subscription | null;
  /** Inserts or replaces a subscription; the stored watermark never moves back (a post may have advanced it meanwhile). */
  putSubscription(sub: Subscription): void;
  /** Inserts a subscription unless the channel already has one; false when it had. */
  addSubscription(sub: Subscription): boolean;
  /** Removes a subscription; false when there was none. */
  removeSubscription(platform: BriefingPlatform, channelId: string): boolean;
  /** Pauses or resumes; false when there is no such subscription. */
  setPaused(platform: BriefingPlatform, channelId: string, paused: boolean): boolean;

  /** Takes a slot: a new row, a claim whose lease expired, or a failed slot due for retry. Null when not ours to post. */
  claim(request: ClaimRequest): PostRecord | null;
  /** Records the platform's message id and moves the channel's watermark to the window's end, in one transaction. False when the claim was lost. */
  markPosted(key: SlotKey, owner: string, messageId: string, now: number): boolean;
  /** Records a failure and when to retry. False when the claim was lost. */
  markFailed(key: SlotKey, owner: string, error: string, now: number, nextAttemptAt: number | null): boolean;
  /** Records that a slot was skipped (too late to post); false when the slot already had a row. */
  markSkipped(key: SlotKey, reason: string, now: number): boolean;
  getPost(key: SlotKey): PostRecord | null;
  /** The channel's most recent rows, newest slot first. */
  recentPosts(platform: BriefingPlatform, channelId: string, limit: number): PostRecord[];
  close(): void;
}
