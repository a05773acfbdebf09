// Shipment fixtures shaped like the normalisers' output (utils/shipments/types.ts).
import type { AirCargoInfo, Shipment, TrackingEvent } from '@/utils/shipments/types';
import type { PinnedShipment } from '@/utils/watchlist/model';

export function event(partial: Partial<TrackingEvent> & { date: string; description: string }): TrackingEvent {
  return {
    localTime: true,
    location: '',
    status: 'transit',
    substatus: null,
    milestone: null,
    leg: 'origin',
    ...partial,
  };
}

export function parcel(partial: Partial<Shipment> = {}): Shipment {
  const events = partial.events ?? [
    event({ date: '2026-11-20 09:15', description: 'Out for delivery', location: 'Milano', milestone: 'out-for-delivery', leg: 'destination' }),
    event({ date: '2026-11-19 18:02', description: 'Arrived at facility', location: 'Milano', leg: 'destination' }),
    event({ date: '2026-11-19 07:40', description: 'Customs cleared', milestone: 'customs', leg: 'destination' }),
    event({ date: '2026-11-12 10:00', description: 'Shipment received', location: 'Shenzhen', milestone: 'received', status: 'pending' }),
  ];
  return {
    id: 'ups:1Z999AA10123456784',
    number: '1Z999AA10123456784',
    carrier: { code: 'ups', name: 'UPS' },
    kind: 'parcel',
    status: 'transit',
    substatus: null,
    title: null,
    orderId: null,
    notes: null,
    originCountry: 'CN',
    destinationCountry: 'IT',
    events,
    origin: { carrierCode: 'ups', weblink: 'https://www.ups.com/track', phone: null, events: events.filter((e) => e.leg === 'origin') },
    destination: null,
    daysInTransit: 8,
    daysSinceLastEvent: 1,
    lastUpdate: '2026-11-20T09:15:00Z',
    weblink: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
    archived: false,
    air: null,
    ...partial,
  };
}

export const CARGOLUX: AirCargoInfo = {
  pieces: 12,
  weight: '845 kg',
  origin: 'XMN',
  destination: 'MXP',
  route: ['XMN', 'LUX', 'MXP'],
  flights: [
    {
      flightNumber: 'CV9731',
      from: 'XMN',
      to: 'LUX',
      plannedDeparture: '2026-11-18 01:10',
      actualDeparture: '2026-11-18 03:25',
      plannedArrival: '2026-11-18 08:40',
      actualArrival: '2026-11-18 10:55',
      delayMinutes: 135,
    },
    {
      flightNumber: 'CV7420',
      from: 'LUX',
      to: 'MXP',
      plannedDeparture: '2026-11-19 06:00',
      actualDeparture: '2026-11-19 06:00',
      plannedArrival: '2026-11-19 07:20',
      actualArrival: '2026-11-19 07:15',
      delayMinutes: -5,
    },
  ],
  airline: { name: 'Cargolux', url: 'https://www.cargolux.com', trackUrl: 'https://www.cargolux.com/track?awb=172-28891936' },
};

export function awb(partial: Partial<Shipment> = {}): Shipment {
  return parcel({
    id: 'cargolux:17228891936',
    number: '17228891936',
    carrier: { code: 'cargolux', name: 'Cargolux' },
    kind: 'awb',
    originCountry: 'CN',
    destinationCountry: 'IT',
    events: [
      event({ date: '2026-11-19 07:15', description: 'Arrived MXP', location: 'MXP', status: 'transit' }),
      event({ date: '2026-11-18 03:25', description: 'Departed XMN on CV9731', location: 'XMN', milestone: 'departed' }),
    ],
    weblink: null,
    air: CARGOLUX,
    ...partial,
  });
}

export function pinned(shipment: Shipment | null, partial: Partial<PinnedShipment> = {}): PinnedShipment {
  const number = shipment?.number ?? partial.number ?? '300403513351';
  const carrier = shipment?.carrier.code ?? partial.carrier ?? '4px';
  return {
    key: `${carrier}:${number}`,
    number,
    carrier,
    kind: shipment?.kind ?? 'parcel',
    pinnedAt: Date.parse('2026-11-10T10:00:00Z'),
    title: null,
    notes: null,
    shipment,
    lastCheckedAt: null,
    lastError: null,
    unread: false,
    archived: false,
    ...partial,
  };
}
