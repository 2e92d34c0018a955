/** Briefing slots: the instants a cron pattern fires in a time zone (croner does the calendar arithmetic). */
import { Cron } from 'croner';
import { AttacheError } from '../errors.js';
import { assertTimeZone, localDay } from './days.js';

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** "08:30" → "30 8 * * *"; null when the text is not a time of day. */
export function timeToCron(time: string): string | null {
  const m = TIME.exec(time.trim());
  return m ? `${Number(m[2])} ${Number(m[1])} * * *` : null;
}

/** "30 8 * * *" → "08:30" when the pattern is a plain daily time, else null (shown as the pattern). */
export function cronToTime(pattern: string): string | null {
  const m = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(pattern.trim());
  return m ? `${m[2]!.padStart(2, '0')}:${m[1]!.padStart(2, '0')}` : null;
}

/** When a subscription's briefings are due. */
export interface Schedule {
  pattern: string;
  timezone: string;
  /** The most recent slot at or before `now`, or null. */
  latestSlot(now: Date): Date | null;
  /** The first slot strictly after `after`, or null. */
  nextSlot(after: Date): Date | null;
  /** Today's slot in the schedule's zone: the latest one already passed today, else today's first upcoming one. */
  slotToday(now: Date): Date | null;
}

/** Builds a schedule; throws a coded error for a malformed pattern or an unknown zone. */
export function createSchedule(pattern: string, timezone: string): Schedule {
  assertTimeZone(timezone);
  let cron: Cron;
  try {
    cron = new Cron(pattern, { timezone, paused: true });
  } catch (cause) {
    throw new AttacheError('config_invalid', `briefing schedule "${pattern}" is not a cron pattern such as "0 8 * * *"`, cause);
  }
  const latestSlot = (now: Date): Date | null => {
    // croner leaves out a run in the same second as the reference; look one second back for it
    const justBefore = cron.nextRun(new Date(now.getTime() - 1000));
    if (justBefore && justBefore.getTime() <= now.getTime()) return justBefore;
    return cron.previousRuns(1, now)[0] ?? null;
  };
  const nextSlot = (after: Date): Date | null => cron.nextRun(after);
  const slotToday = (now: Date): Date | null => {
    const today = localDay(now, timezone);
    const past = latestSlot(now);
    if (past && localDay(past, timezone) === today) return past;
    const next = nextSlot(now);
    return next && localDay(next, timezone) === today ? next : null;
  };
  return { pattern, timezone, latestSlot, nextSlot, slotToday };
}
