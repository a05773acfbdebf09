// Air waybill reply (`/trackings/aircargo`, one entry per AWB) → Shipment with flight legs.
import type { ApiAirCargo, ApiAirEvent, ApiFlight } from '../api/schema/aircargo';
import { airlineForPrefix } from '../tracking-numbers';
import { isLocalDate, minutesBetween, wallClockMs } from './dates';
import { byNewest } from './normalize-tracking';
import { safeHttpUrl } from './safe-url';
import { airMilestoneOf } from './milestones';
import type { FlightLeg, Shipment, Status, TrackingEvent } from './types';

// IATA Cargo-IMP status codes seen in `track_info[].status`.
const CODE_STATUS: Readonly<Record<string, Status>> = {
  BKD: 'pending',
  RCS: 'transit',
  MAN: 'transit',
  DEP: 'transit',
  ARR: 'transit',
  RCF: 'transit',
  TFD: 'transit',
  NFD: 'pickup',
  AWD: 'pickup',
  DLV: 'delivered',
  DIS: 'exception',
  CRC: 'exception',
};

function toEvent(e: ApiAirEvent, destination: string | null): TrackingEvent {
  const date = e.actual_date || e.plan_date || '';
  const code = e.status?.trim().toUpperCase() || null;
  const flight = e.flight_number ? ` (${e.flight_number})` : '';
  return {
    date,
    localTime: isLocalDate(date),
    description: `${e.event ?? code ?? ''}${flight}`,
    location: e.station ?? '',
    status: code ? (CODE_STATUS[code] ?? null) : null,
    substatus: code,
    milestone: airMilestoneOf(code, e.station, destination),
    leg: 'origin',
  };
}

function toLeg(f: ApiFlight): FlightLeg {
  return {
    flightNumber: f.flight_number,
    from: f.depart_station ?? '',
    to: f.arrival_station ?? '',
    plannedDeparture: f.plan_depart_time || null,
    actualDeparture: f.depart_time || null,
    plannedArrival: f.plan_arrival_time || null,
    actualArrival: f.arrival_time || null,
    delayMinutes:
      minutesBetween(f.plan_arrival_time, f.arrival_time) ?? minutesBetween(f.plan_depart_time, f.depart_time),
  };
}

/** Legs in route order (by departure station), unknown stations last by planned departure. */
function orderLegs(legs: FlightLeg[], route: readonly string[]): FlightLeg[] {
  const rank = (leg: FlightLeg) => {
    const i = route.indexOf(leg.from);
    return i === -1 ? route.length : i;
  };
  const time = (leg: FlightLeg) => wallClockMs(leg.plannedDeparture ?? leg.actualDeparture) ?? Infinity;
  return [...legs].sort((a, b) => rank(a) - rank(b) || time(a) - time(b));
}

/** Route when the reply gives none: chain the legs' stations. */
function routeFromLegs(legs: readonly FlightLeg[]): string[] {
  const route: string[] = [];
  for (const leg of legs) {
    for (const station of [leg.from, leg.to]) if (station && route.at(-1) !== station) route.push(station);
  }
  return route;
}

function overallStatus(statusNumber: number | null, events: readonly TrackingEvent[]): Status {
  // `status_number` 4 comes with a DLV event in the vendor sample; no other value is documented.
  if (statusNumber === 4 || events.some((e) => e.status === 'delivered')) return 'delivered';
  return events[0]?.status ?? (events.length ? 'transit' : 'notfound');
}

export function normalizeAirCargo(entry: ApiAirCargo): Shipment {
  const data = entry.return_data;
  const number = entry.track_number ?? '';
  const prefix = /^\d{3}/.exec(number)?.[0] ?? number;
  const destination = data?.destination ?? null;
  const events = (data?.track_info ?? []).map((e) => toEvent(e, destination)).sort(byNewest);
  const declaredRoute = data?.flight_way_station ?? data?.flight_info?.route ?? [];
  const legs = orderLegs((data?.flight_info?.flights ?? []).map(toLeg), declaredRoute);
  const airline = entry.airline_info;
  const trackUrl = safeHttpUrl(airline?.track_url);
  const status = overallStatus(data?.status_number ?? entry.status_number, events);
  const lastEventDate = data?.last_event?.split(',')[0]?.trim() || null;
  return {
    id: `aircargo:${number}`,
    number,
    carrier: { code: prefix, name: airline?.name || airlineForPrefix(prefix)?.name || `Airline ${prefix}` },
    kind: 'awb',
    status,
    substatus: events[0]?.substatus ?? null,
    title: null,
    orderId: null,
    notes: null,
    originCountry: null,
    destinationCountry: null,
    events,
    origin: { carrierCode: prefix, weblink: trackUrl ?? safeHttpUrl(airline?.url), phone: null, events },
    destination: null,
    daysInTransit: null,
    daysSinceLastEvent: null,
    lastUpdate: (wallClockMs(lastEventDate) !== null ? lastEventDate : null) ?? events[0]?.date ?? null,
    weblink: trackUrl,
    archived: false,
    air: {
      pieces: data?.piece ?? null,
      weight: data?.weight || null,
      origin: data?.origin || null,
      destination: destination || null,
      route: declaredRoute.length ? declaredRoute : routeFromLegs(legs),
      flights: legs,
      airline: airline?.name
        ? { name: airline.name, url: safeHttpUrl(airline.url), trackUrl }
        : null,
    },
  };
}
