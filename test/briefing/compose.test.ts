import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../../src/briefing/compose.js';
import { createSchedule, cronToTime, timeToCron } from '../../src/briefing/schedule.js';
import { fakeEngine } from './fakes.js';

const engine = fakeEngine();

describe('composeBriefing', () => {
  it('lists the releases of the window newest first, grouped by country, with key facts and links', () => {
    const reply = composeBriefing(engine, { window: { from: '2024-03-04', to: '2024-03-05' } });
    expect(reply.kind).toBe('list');
    // same day: the higher id (the later release on the ministry's board) first
    expect(reply.groups.map((g) => g.heading)).toEqual(['Uzbekistan', 'Kazakhstan', 'Kazakhstan · Uzbekistan']);
    const all = reply.groups.flatMap((g) => g.items);
    expect(all.map((i) => i.release)).toEqual(['r-0305-uzb', 'r-0305-kaz', 'r-0304-kaz-uzb']);
    expect(all[1]).toMatchObject({ heading: 'Vice Ministerial Meeting with Kazakhstan', date: '2024-03-05', url: 'https://example.org/r/0305-kaz' });
    expect(all[1]!.lines).toEqual(['Key fact one of r-0305-kaz.', 'Key fact two of r-0305-kaz.']);
  });

  it('states the period it covers in the title', () => {
    expect(composeBriefing(engine, { window: { from: '2024-03-04', to: '2024-03-05' } }).title).toContain('4 March 2024 – 5 March 2024');
    expect(composeBriefing(engine, { window: { from: '2024-03-06', to: '2024-03-06' } }).title).toContain('6 March 2024');
  });

  it('keeps only the countries asked for', () => {
    const reply = composeBriefing(engine, { window: { from: '2024-03-01', to: '2024-03-31' }, countries: ['UZB'] });
    expect(reply.groups.flatMap((g) => g.items).map((i) => i.release)).toEqual(['r-0305-uzb', 'r-0304-kaz-uzb']);
    expect(reply.title).toContain('about Uzbekistan');
  });

  it('says there is nothing new, and since when, instead of staying silent', () => {
    const reply = composeBriefing(engine, { window: { from: '2024-04-01', to: '2024-04-02' } });
    expect(reply.groups).toEqual([]);
    expect(reply.empty).toBe('No new releases since 1 April 2024.');
  });

  it('groups by region and puts releases about no country last', () => {
    const reply = composeBriefing(engine, { window: { from: '2024-03-04', to: '2024-03-06' }, groupBy: 'region' });
    expect(reply.groups.map((g) => g.heading)).toEqual(['Western Europe', 'Central Asia', 'Other releases']);
  });

  it('adds anniversaries of milestones dated to the day, and keeps the no-news line beside them', () => {
    const reply = composeBriefing(engine, { window: { from: '2026-01-27', to: '2026-01-27' }, countries: ['KAZ', 'UZB'], onThisDay: '2026-01-28' });
    const group = reply.groups.find((g) => g.heading === 'On this day')!;
    expect(group.items.map((i) => i.heading)).toEqual(['34th anniversary today (1992-01-28)']);
    expect(group.items[0]!.lines[0]).toContain('established diplomatic relations');
    expect(reply.footer).toBe(reply.empty);
    const none = composeBriefing(engine, { window: { from: '2026-01-27', to: '2026-01-27' }, countries: ['KAZ'], onThisDay: '2026-01-30' });
    expect(none.groups).toEqual([]);
  });

  it('caps the items and says how many more there are', () => {
    const reply = composeBriefing(engine, { window: { from: '2024-03-01', to: '2024-03-31' }, maxItems: 2 });
    expect(reply.groups.flatMap((g) => g.items)).toHaveLength(2);
    expect(reply.footer).toMatch(/2 newest of 5/);
  });
});

describe('schedules', () => {
  it('puts 08:00 Asia/Seoul at 23:00 UTC the day before', () => {
    const s = createSchedule('0 8 * * *', 'Asia/Seoul');
    expect(s.nextSlot(new Date('2024-03-05T12:00:00Z'))!.toISOString()).toBe('2024-03-05T23:00:00.000Z');
    expect(s.latestSlot(new Date('2024-03-05T22:59:59Z'))!.toISOString()).toBe('2024-03-04T23:00:00.000Z');
    expect(s.latestSlot(new Date('2024-03-05T23:00:00Z'))!.toISOString()).toBe('2024-03-05T23:00:00.000Z');
  });

  it('finds today\'s slot in the schedule\'s own zone, before or after it fires', () => {
    const s = createSchedule('0 8 * * *', 'Asia/Seoul');
    // 07:00 and 21:00 in Seoul on 6 March
    expect(s.slotToday(new Date('2024-03-05T22:00:00Z'))!.toISOString()).toBe('2024-03-05T23:00:00.000Z');
    expect(s.slotToday(new Date('2024-03-06T12:00:00Z'))!.toISOString()).toBe('2024-03-05T23:00:00.000Z');
  });

  it('keeps 08:00 local across a daylight-saving change', () => {
    const s = createSchedule('0 8 * * *', 'America/New_York');
    // clocks went forward on 10 March 2024
    expect(s.nextSlot(new Date('2024-03-09T00:00:00Z'))!.toISOString()).toBe('2024-03-09T13:00:00.000Z');
    expect(s.nextSlot(new Date('2024-03-10T00:00:00Z'))!.toISOString()).toBe('2024-03-10T12:00:00.000Z');
  });

  it('turns HH:MM into a daily cron pattern and back', () => {
    expect(timeToCron('7:05')).toBe('5 7 * * *');
    expect(cronToTime('5 7 * * *')).toBe('07:05');
    expect(timeToCron('25:00')).toBeNull();
  });

  it('refuses an unknown time zone or a malformed pattern with a coded error', () => {
    expect(() => createSchedule('0 8 * * *', 'Mars/Olympus')).toThrow(expect.objectContaining({ code: 'config_invalid' }));
    expect(() => createSchedule('every morning', 'Asia/Seoul')).toThrow(expect.objectContaining({ code: 'config_invalid' }));
  });
});
