// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { AirCargoSchema } from '@/utils/api/schema/aircargo';
import { BatchSchema, ListSchema, RealtimeSchema, SingleGetSchema, SummarySchema } from '@/utils/api/schema/tracking';
import { normalizeAirCargo } from '@/utils/shipments/normalize-aircargo';
import { normalizeSummary, normalizeTracking } from '@/utils/shipments/normalize-tracking';
import single4px from '@/tests/fixtures/api-trackingmore-get-4px.json';
import putSto from '@/tests/fixtures/api-trackru-put-sto.json';
import aircargo from '@/tests/fixtures/api-trackingmore-aircargo-172-28891936.json';
import variations from '@/tests/fixtures/api-trackingmore-variations.json';

const NOW = Date.UTC(2020, 10, 10);

describe('normalizeTracking — seed single get (4px/300403513351)', () => {
  const shipment = normalizeTracking(v.parse(SingleGetSchema, single4px.data), { now: NOW });

  it('maps the header fields', () => {
    expect(shipment).toMatchObject({
      id: 'a543163dd2474af66f64c48e3085cdfa',
      number: '300403513351',
      carrier: { code: '4px', name: '4PX' },
      kind: 'parcel',
      status: 'delivered',
      title: 'cute pillow',
      orderId: '#0002',
      notes: null,
      originCountry: null,
      destinationCountry: 'United States',
      daysInTransit: 12,
      daysSinceLastEvent: 2,
      lastUpdate: '2018-04-16T06:30:02+00:00',
      weblink: null,
      archived: false,
      air: null,
      destination: null,
    });
  });

  it('keeps carrier-local dates as written and labels them local', () => {
    expect(shipment.events).toEqual([
      {
        date: '2018-04-14 15:12:00',
        localTime: true,
        description: 'Shipment delivered.',
        location: 'Paramount, CA, US',
        status: 'delivered',
        substatus: null,
        milestone: 'delivered',
        leg: 'origin',
      },
      {
        date: '2018-04-14 07:47:00',
        localTime: true,
        description: 'OUT FOR DELIVERY',
        location: 'Paramount, CA, US',
        status: 'pickup',
        substatus: null,
        milestone: 'out-for-delivery',
        leg: 'origin',
      },
    ]);
  });

  it('accepts TrackRU’s one-element array the same way', () => {
    expect(normalizeTracking(v.parse(SingleGetSchema, [single4px.data]), { now: NOW })).toEqual(shipment);
  });
});

describe('normalizeTracking — type variations', () => {
  const list = v.parse(ListSchema, variations.list.data);
  const [withEvents, pending, twoLegs] = list.items.map((t) => normalizeTracking(t, { now: NOW }));

  it('reads `total` sent as a string', () => {
    expect(list.total).toBe(3);
  });

  it('ignores unknown fields, drops non-http weblinks, sorts events newest first', () => {
    expect(withEvents!.weblink).toBeNull();
    expect(withEvents!.origin).toMatchObject({ carrierCode: 'china-post', phone: '11183', weblink: null });
    expect(withEvents!.events.map((e) => [e.date, e.milestone])).toEqual([
      ['2019-08-19 08:30', 'departed'],
      ['2019-08-18 10:00:00', 'received'],
    ]);
    expect(withEvents!.lastUpdate).toBe('2019-08-19 08:30');
    // No stayTimeLength: computed from the newest event.
    expect(withEvents!.daysSinceLastEvent).toBe(448);
  });

  it('handles "" order time, archived "true", numeric strings, `[]` and null carrier info', () => {
    expect(pending).toMatchObject({
      status: 'pending',
      archived: true,
      daysInTransit: 4,
      daysSinceLastEvent: null,
      origin: null,
      destination: null,
      events: [],
      lastUpdate: '2019-08-21T09:00:00+08:00',
    });
  });

  it('merges both legs, reads zoned dates as not local, resolves protocol-relative links', () => {
    expect(twoLegs!.status).toBe('undelivered');
    expect(twoLegs!.weblink).toBe('https://global.cainiao.com/');
    expect(twoLegs!.destination!.weblink).toBe('https://tools.usps.com/go/TrackConfirmAction');
    expect(twoLegs!.events).toHaveLength(1);
    expect(twoLegs!.events[0]).toMatchObject({ localTime: false, leg: 'destination', substatus: 'undelivered001' });
    expect(twoLegs!.id).toBe('1c8f1b5d2c6d5b8a0e3a1d2f3e4b5c6d');
  });

  it('normalises a realtime item with substatus milestones', () => {
    const [item] = v.parse(RealtimeSchema, variations.realtime.data);
    const s = normalizeTracking(item!, { now: NOW });
    expect(s).toMatchObject({ status: 'delivered', substatus: 'delivered001', daysSinceLastEvent: 292 });
    expect(s.events.map((e) => e.milestone)).toEqual([
      'delivered',
      'out-for-delivery',
      'arrived-abroad', // by the carrier-info ArrivalfromAbroad timestamp
      'departed',
      'received',
    ]);
  });

  it('dedupes an event both legs report', () => {
    const [item] = v.parse(RealtimeSchema, variations.realtime.data);
    const copy = { ...item!, destination_info: { ...item!.origin_info!, carrier_code: 'usps' } };
    expect(normalizeTracking(copy, { now: NOW }).events).toHaveLength(5);
  });
});

describe('normalizeSummary', () => {
  it('reads batch and create summaries as pending shipments', () => {
    const batch = v.parse(BatchSchema, variations.batch.data);
    expect(normalizeSummary(batch.trackings[0]!)).toMatchObject({
      id: 'badc8f47c16c6b595ed8541d109dbbc2',
      number: '51837622007298',
      carrier: { code: 'bestex', name: 'bestex' }, // not in the detection engine's names: code as given
      status: 'pending',
      events: [],
      destinationCountry: null,
      lastUpdate: '2019-08-21T14:14:55+08:00',
    });
    expect(batch.errors[0]).toEqual({ tracking_number: '350233940124', carrier_code: 'bestex', code: 4016, message: 'Tracking already exists.' });
  });

  it('reads the TrackRU PUT seed: status "7", archived "true"', () => {
    const s = normalizeSummary(v.parse(SummarySchema, putSto.data));
    expect(s).toMatchObject({
      number: '402934299065',
      carrier: { code: 'sto', name: 'STO Express' },
      status: 'exception',
      archived: true,
      title: 'new title',
      orderId: '986574521568',
      destinationCountry: 'CN',
      lastUpdate: '2018-04-18T14:32:27+08:00',
    });
  });
});

describe('normalizeAirCargo — seed 172-28891936', () => {
  const [entry] = v.parse(AirCargoSchema, aircargo.data);
  const s = normalizeAirCargo(entry!);

  it('maps the AWB header, airline and status', () => {
    expect(s).toMatchObject({
      id: 'aircargo:172-28891936',
      number: '172-28891936',
      kind: 'awb',
      carrier: { code: '172', name: 'Cargolux Airlines' },
      status: 'delivered',
      weblink: 'https://cvtnt.champ.aero/trackntrace?awbnumber=172-28891936',
      lastUpdate: '2018-04-17 09:38:00',
    });
    expect(s.air).toMatchObject({
      pieces: 9,
      weight: '1981K',
      origin: 'XMN',
      destination: 'MXP',
      route: ['XMN', 'LUX', 'MXP'],
      airline: { name: 'Cargolux Airlines', url: 'https://www.cargolux.com/' },
    });
  });

  it('orders flight legs by the route and computes delays', () => {
    expect(s.air!.flights).toEqual([
      {
        flightNumber: 'CV7493',
        from: 'XMN',
        to: 'LUX',
        plannedDeparture: '2018-04-12 08:20:00',
        actualDeparture: '2018-04-12 08:46:00',
        plannedArrival: '2018-04-12 16:27:00',
        actualArrival: '2018-04-11 15:56:00',
        delayMinutes: -1471,
      },
      {
        flightNumber: 'C80066',
        from: 'LUX',
        to: 'MXP',
        plannedDeparture: '2018-04-16 20:15:00',
        actualDeparture: '2018-04-14 19:31:00',
        plannedArrival: '2018-04-14 20:29:00',
        actualArrival: '2018-04-13 20:21:00',
        delayMinutes: -1448,
      },
    ]);
  });

  it('turns track_info into events, newest first', () => {
    expect(s.events.map((e) => [e.date, e.substatus, e.milestone, e.location])).toEqual([
      ['2018-04-17 09:38:00', 'DLV', 'delivered', 'MXP'],
      ['2018-04-11 17:41:00', 'RCS', 'received', 'XMN'],
      ['2018-04-11 15:56:00', 'ARR', null, 'LUX'],
    ]);
  });

  it('tolerates route inside flight_info, missing arrival times, empty airline links', () => {
    const [odd] = v.parse(AirCargoSchema, {
      '020-12345675': {
        return_data: {
          piece: '2',
          track_info: [],
          flight_info: {
            LH8401: { plan_depart_time: '2024-01-02 10:00', depart_time: '2024-01-02 10:45', depart_station: 'FRA', arrival_station: 'JFK' },
            LH8000: { plan_depart_time: '2024-01-01 08:00', depart_station: 'MUC', arrival_station: 'FRA' },
            flight_way_station: ['MUC', 'FRA', 'JFK'],
            last_event: '2024-01-02 10:45, Departed, FRA, LH8401',
          },
        },
        airline_info: { name: 'Lufthansa Cargo', url: '', track_url: '' },
      },
    });
    const a = normalizeAirCargo(odd!);
    expect(a.number).toBe('020-12345675');
    expect(a.status).toBe('notfound');
    expect(a.air!.pieces).toBe(2);
    expect(a.air!.route).toEqual(['MUC', 'FRA', 'JFK']);
    expect(a.air!.flights.map((f) => [f.flightNumber, f.delayMinutes])).toEqual([
      ['LH8000', null],
      ['LH8401', 45],
    ]);
    expect(a.air!.airline).toEqual({ name: 'Lufthansa Cargo', url: null, trackUrl: null });
  });

  it('names the airline from the AWB prefix when the reply does not', () => {
    const [bare] = v.parse(AirCargoSchema, [{ track_number: '020-12345675', return_data: [], airline_info: null }]);
    expect(normalizeAirCargo(bare!)).toMatchObject({ carrier: { code: '020', name: 'Lufthansa Cargo' }, air: { airline: null, flights: [] } });
  });
});
