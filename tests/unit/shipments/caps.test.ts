// @vitest-environment node
// A shipment keeps at most MAX_EVENTS events (the newest plus the first) and MAX_TEXT characters a field,
// whatever the provider sends.
import { describe, expect, it } from 'vitest';
import { capEvents, capShipment, MAX_EVENTS, MAX_TEXT } from '@/utils/shipments/caps';
import { normalizeTracking } from '@/utils/shipments/normalize-tracking';
import type { TrackingEvent } from '@/utils/shipments/types';

const event = (i: number): TrackingEvent => ({
  date: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString().slice(0, 19).replace('T', ' '),
  localTime: true,
  description: `Event ${i}`,
  location: 'Louisville, KY',
  status: 'transit',
  substatus: null,
  milestone: null,
  leg: 'origin',
});

/** A v2 tracking item with `count` checkpoints, newest first as the API sends them. */
function trackingWith(count: number, description = (i: number) => `Scan ${i}`) {
  const trackinfo = Array.from({ length: count }, (_, k) => {
    const i = count - 1 - k;
    return { Date: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString().slice(0, 19).replace('T', ' '), StatusDescription: description(i), Details: 'Louisville, KY', checkpoint_status: 'transit' };
  });
  return { id: 'x', tracking_number: '1Z999AA10123456784', carrier_code: 'ups', status: 'transit', origin_info: { trackinfo }, destination_info: null } as never;
}

describe('event cap', () => {
  it('keeps the newest MAX_EVENTS - 1 events and the first one, in their order', () => {
    const events = Array.from({ length: 5000 }, (_, i) => event(i)); // oldest first
    const kept = capEvents(events);
    expect(kept).toHaveLength(MAX_EVENTS);
    expect(kept[0]!.description).toBe('Event 0'); // where it started
    expect(kept[1]!.description).toBe(`Event ${5000 - (MAX_EVENTS - 1)}`);
    expect(kept.at(-1)!.description).toBe('Event 4999'); // the latest
  });

  it('leaves a short history alone', () => {
    const events = [event(0), event(1)];
    expect(capEvents(events)).toEqual(events);
  });

  it('a 5,000-event reply normalises to a bounded shipment that still shows the latest scan', () => {
    const s = normalizeTracking(trackingWith(5000));
    expect(s.events).toHaveLength(MAX_EVENTS);
    expect(s.origin!.events).toHaveLength(MAX_EVENTS);
    expect(s.events[0]!.description).toBe('Scan 4999');
    expect(s.events.at(-1)!.description).toBe('Scan 0');
    // ~5.6 MB uncapped (the measure); the bounded shipment is a small fraction of that.
    expect(JSON.stringify(s).length).toBeLessThan(100_000);
  });
});

describe('text cap', () => {
  it('cuts every text field to MAX_TEXT characters, marking the cut', () => {
    const long = 'x'.repeat(20_000);
    const s = normalizeTracking(trackingWith(2, () => long));
    expect(s.events[0]!.description).toHaveLength(MAX_TEXT);
    expect(s.events[0]!.description.endsWith('…')).toBe(true);
    const capped = capShipment({ ...s, title: long, notes: 'short' });
    expect(capped.title).toHaveLength(MAX_TEXT);
    expect(capped.notes).toBe('short');
  });
});
