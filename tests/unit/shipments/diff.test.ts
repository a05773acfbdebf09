// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { diffShipments, type ShipmentChange } from '@/utils/shipments/diff';
import type { Shipment, Status, TrackingEvent } from '@/utils/shipments/types';

function ev(date: string, description: string, status: Status = 'transit', extra: Partial<TrackingEvent> = {}): TrackingEvent {
  return { date, localTime: true, description, location: 'Hub', status, substatus: null, milestone: null, leg: 'origin', ...extra };
}

function ship(status: Status, events: TrackingEvent[], extra: Partial<Shipment> = {}): Shipment {
  return {
    id: 'x',
    number: '1Z999AA10123456784',
    carrier: { code: 'ups', name: 'UPS' },
    kind: 'parcel',
    status,
    substatus: null,
    title: null,
    orderId: null,
    notes: null,
    originCountry: null,
    destinationCountry: null,
    events,
    origin: null,
    destination: null,
    daysInTransit: null,
    daysSinceLastEvent: 0,
    lastUpdate: null,
    weblink: null,
    archived: false,
    air: null,
    ...extra,
  };
}

const accepted = ev('2024-03-01 09:00', 'Accepted');
const departed = ev('2024-03-02 10:00', 'Departed facility');
const arrived = ev('2024-03-03 06:00', 'Arrived at facility');
const ofd = ev('2024-03-04 07:30', 'Out for delivery', 'pickup', { milestone: 'out-for-delivery' });
const delivered = ev('2024-03-04 15:12', 'Delivered', 'delivered', { milestone: 'delivered' });
const refused = ev('2024-03-04 15:12', 'Refused by recipient', 'exception', { substatus: 'exception009' });

const type = (changes: ShipmentChange[]) => changes.map((c) => c.type);

describe('diffShipments', () => {
  it.each<[string, Shipment | null, Shipment, string[]]>([
    ['first sight: only the status', null, ship('transit', [departed, accepted]), ['status']],
    ['identical data', ship('transit', [departed, accepted]), ship('transit', [departed, accepted]), []],
    ['a new ordinary event', ship('transit', [departed, accepted]), ship('transit', [arrived, departed, accepted]), ['event']],
    ['two new events', ship('transit', [accepted]), ship('transit', [arrived, departed, accepted]), ['event', 'event']],
    ['status change without events', ship('pending', []), ship('notfound', []), ['status']],
    ['status change with a new event', ship('notfound', []), ship('transit', [accepted]), ['status', 'event']],
    ['out for delivery (event and status)', ship('transit', [arrived]), ship('pickup', [ofd, arrived]), ['out-for-delivery']],
    ['out for delivery by event only', ship('transit', [arrived]), ship('transit', [ofd, arrived]), ['out-for-delivery']],
    ['…then the status catches up: not again', ship('transit', [ofd, arrived]), ship('pickup', [ofd, arrived]), []],
    ['delivered', ship('pickup', [ofd]), ship('delivered', [delivered, ofd]), ['delivered']],
    ['delivered by status only', ship('pickup', [ofd]), ship('delivered', [ofd]), ['delivered']],
    ['delivered makes an older new OFD plain news', ship('transit', [arrived]), ship('delivered', [delivered, ofd, arrived]), ['delivered', 'event']],
    ['exception', ship('transit', [arrived]), ship('exception', [refused, arrived]), ['exception']],
    ['failed attempt counts as exception', ship('pickup', [ofd]), ship('undelivered', [ofd]), ['exception']],
    ['older event re-appearing is not new', ship('transit', [arrived, departed]), ship('transit', [arrived, departed, accepted]), []],
    ['same event from the other leg is not new', ship('transit', [arrived]), ship('transit', [{ ...arrived, leg: 'destination' }]), []],
    ['expired is a plain status change', ship('transit', [arrived]), ship('expired', [arrived]), ['status']],
  ])('%s', (_, before, after, expected) => {
    expect(type(diffShipments(before, after))).toEqual(expected);
  });

  it('attaches the event that says so', () => {
    const [change] = diffShipments(ship('pickup', [ofd]), ship('delivered', [delivered, ofd]));
    expect(change).toEqual({ type: 'delivered', status: 'delivered', event: delivered });
    const [first] = diffShipments(null, ship('transit', [accepted]));
    expect(first).toEqual({ type: 'status', from: null, to: 'transit' });
  });

  describe('stale', () => {
    const at = (days: number | null, status: Status = 'transit', events = [arrived]) =>
      ship(status, events, { daysSinceLastEvent: days });

    it.each<[string, Shipment, Shipment, string[]]>([
      ['crossing the threshold', at(6), at(7), ['stale']],
      ['already stale', at(7), at(8), []],
      ['unknown before, stale now', at(null), at(9), ['stale']],
      ['not yet', at(2), at(6), []],
      ['delivered shipments are never stale', at(3, 'delivered'), at(30, 'delivered'), []],
      ['a new event is not stale', at(6), at(9, 'transit', [ofd, arrived]), ['out-for-delivery']],
    ])('%s', (_, before, after, expected) => {
      expect(type(diffShipments(before, after))).toEqual(expected);
    });

    it('reports the days and honours staleAfterDays', () => {
      expect(diffShipments(at(2), at(3), { staleAfterDays: 3 })).toEqual([{ type: 'stale', days: 3 }]);
      expect(diffShipments(at(2), at(3))).toEqual([]);
    });
  });

  it('never reports twice: diffing each snapshot against the previous one', () => {
    const snapshots = [
      ship('transit', [accepted]),
      ship('transit', [departed, accepted]),
      ship('transit', [ofd, departed, accepted]),
      ship('pickup', [ofd, departed, accepted]),
      ship('delivered', [delivered, ofd, departed, accepted]),
      ship('delivered', [delivered, ofd, departed, accepted]),
    ];
    const all = snapshots.slice(1).flatMap((s, i) => diffShipments(snapshots[i]!, s));
    expect(type(all)).toEqual(['event', 'out-for-delivery', 'delivered']);
  });
});
