// One reader of carrier dates for the model, the list and the views. The viewer sits in New York, so a
// date shifted into the viewer's zone by mistake shows up as a wrong time or day.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { Timeline } from '@/components/Timeline';
import { locale } from '@/utils/i18n';
import { summarisePin } from '@/utils/watchlist/summary';
import { daysSince, groupEventsByDay, parseCarrierDate, sortEventsNewestFirst, wallClockMs } from '@/utils/shipments/dates';
import { formatCarrierDate, shortStationTime } from '@/utils/ui/format';
import { sortByActivity } from '@/utils/watchlist/view';
import { event, parcel, pinned } from '../components/fixtures';

const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  process.env.TZ = zone;
});
beforeEach(() => {
  cleanup();
  locale.value = 'en';
});

describe('parseCarrierDate', () => {
  it('reads carrier dates with one- or two-digit parts, seconds, or no time', () => {
    expect(parseCarrierDate('2018-4-14 9:05')).toEqual({ day: '2018-04-14', time: '09:05', wallMs: Date.UTC(2018, 3, 14, 9, 5) });
    expect(parseCarrierDate('2018-04-14 15:12:30')).toEqual({ day: '2018-04-14', time: '15:12', wallMs: Date.UTC(2018, 3, 14, 15, 12, 30) });
    expect(parseCarrierDate('2018-04-14')).toEqual({ day: '2018-04-14', time: '', wallMs: Date.UTC(2018, 3, 14) });
    expect(parseCarrierDate('unknown')).toBeNull();
    expect(parseCarrierDate('2018-13-01 10:00')).toBeNull();
    expect(parseCarrierDate('')).toBeNull();
  });

  it('keeps a zone-less carrier time as written, whatever the viewer zone', () => {
    expect(parseCarrierDate('2026-11-19 23:30')).toMatchObject({ day: '2026-11-19', time: '23:30' });
    expect(formatCarrierDate('2026-11-19 23:30')).toBe('Nov 19 23:30');
    expect(shortStationTime('2026-11-19T23:30')).toBe('Nov 19 23:30');
  });

  it('shows a date with an offset in the viewer zone', () => {
    // 23:30 in Shanghai is 10:30 in New York.
    expect(parseCarrierDate('2026-11-19T23:30:00+08:00')).toMatchObject({ day: '2026-11-19', time: '10:30' });
    expect(parseCarrierDate('2026-11-20T02:00:00Z')).toMatchObject({ day: '2026-11-19', time: '21:00' });
    expect(formatCarrierDate('2026-11-20T02:00:00Z')).toBe('Nov 19 21:00');
  });

  it('counts ages on the viewer wall clock', () => {
    // 2 days and 1 hour after 2018-04-14 09:05 on a New York wall clock.
    const now = Date.UTC(2018, 3, 16, 14, 5); // 10:05 in New York (EDT)
    expect(daysSince('2018-4-14 09:05', now)).toBe(2);
  });
});

describe('events by day', () => {
  it('groups on the written calendar day, newest first, undated last', () => {
    const groups = groupEventsByDay([
      event({ date: '2026-11-19 23:30', description: 'b' }),
      event({ date: 'unknown', description: 'x' }),
      event({ date: '2026-11-20 00:10', description: 'c' }),
      event({ date: '2026-11-19 08:00', description: 'a' }),
    ]);
    expect(groups.map((g) => [g.day, g.events.map((e) => e.description)])).toEqual([
      ['2026-11-20', ['c']],
      ['2026-11-19', ['b', 'a']],
      ['', ['x']],
    ]);
  });
});

describe('a one-digit-month date is dated the same everywhere', () => {
  const events = [event({ date: '2018-04-13 10:00', description: 'older' }), event({ date: '2018-4-14 09:05', description: 'newest' })];

  it('in the model', () => {
    expect(wallClockMs('2018-4-14 09:05')).toBe(Date.UTC(2018, 3, 14, 9, 5));
    expect(sortEventsNewestFirst(events).map((e) => e.description)).toEqual(['newest', 'older']);
  });

  it('in the list (last event and activity order)', () => {
    const pin = pinned(parcel({ number: '1Z999AA10123456784', events }));
    expect(summarisePin(pin).lastEvent?.description).toBe('newest');
    const quiet = pinned(parcel({ number: 'RR123456785CN', events: [event({ date: '2018-04-14 08:00', description: 'q' })] }), { pinnedAt: 0 });
    expect(sortByActivity([quiet, { ...pin, pinnedAt: 0 }]).map((p) => p.number)).toEqual(['1Z999AA10123456784', 'RR123456785CN']);
  });

  it('in the formatted output (card, popup history)', () => {
    expect(formatCarrierDate('2018-4-14 09:05', { dateStyle: 'medium' })).toBe('Apr 14, 2018 09:05');
    const { container, unmount } = render(<Timeline events={events} limit={3} />);
    expect([...container.querySelectorAll('.tp-event-time')].map((n) => n.textContent)).toEqual(['Apr 14 09:05', 'Apr 13 10:00']);
    unmount();
    const full = render(<Timeline events={events} />);
    expect([...full.container.querySelectorAll('.tp-day-head')].map((n) => n.textContent)).toEqual([
      'Sat, April 14, 2018',
      'Fri, April 13, 2018',
    ]);
  });
});
