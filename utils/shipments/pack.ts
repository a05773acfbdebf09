// The stored form of a Shipment. Each carrier leg repeats the events that are also in the merged `events`
// list, which doubles what a watchlist costs: 2,000 shipments with 10 events came to 9.3 MiB of the
// 10 MiB storage.local allows. Stored legs keep indexes into `events` instead; `unpackShipment` restores
// the exact same value. A leg event that is not in the merged list (rare) keeps the leg as it is.
import type { CarrierLeg, Shipment, TrackingEvent } from './types';

export interface PackedLeg extends Omit<CarrierLeg, 'events'> {
  eventRefs: number[];
}

type StoredLeg = CarrierLeg | PackedLeg | null;

/** A Shipment as stored: each leg either as it is or with indexes into `events`. */
export interface PackedShipment extends Omit<Shipment, 'origin' | 'destination'> {
  origin: StoredLeg;
  destination: StoredLeg;
}

function isPacked(leg: unknown): leg is PackedLeg {
  return !!leg && typeof leg === 'object' && Array.isArray((leg as PackedLeg).eventRefs) && !('events' in leg);
}

export function packShipment(s: Shipment): PackedShipment {
  if (!Array.isArray(s.events) || (!s.origin && !s.destination)) return s;
  const index = new Map<string, number>();
  s.events.forEach((e, i) => index.set(JSON.stringify(e), i));
  const pack = (leg: CarrierLeg | null): StoredLeg => {
    if (!leg || !Array.isArray(leg.events)) return leg;
    const refs = leg.events.map((e) => index.get(JSON.stringify(e)));
    if (refs.some((r) => r === undefined)) return leg;
    const { events: _events, ...rest } = leg;
    return { ...rest, eventRefs: refs as number[] };
  };
  return { ...s, origin: pack(s.origin), destination: pack(s.destination) };
}

/** The inverse of `packShipment`; values stored before packing existed pass through unchanged. */
export function unpackShipment(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const s = raw as { events?: unknown; origin?: unknown; destination?: unknown };
  if (!isPacked(s.origin) && !isPacked(s.destination)) return raw;
  const events = Array.isArray(s.events) ? (s.events as TrackingEvent[]) : [];
  const unpack = (leg: unknown): unknown => {
    if (!isPacked(leg)) return leg;
    const { eventRefs, ...rest } = leg;
    // A bad index leaves `events` missing, which the stored-shape check reports as damaged data.
    if (!eventRefs.every((i) => Number.isInteger(i) && i >= 0 && i < events.length)) return rest;
    return { ...rest, events: eventRefs.map((i) => events[i]!) };
  };
  return { ...s, origin: unpack(s.origin), destination: unpack(s.destination) };
}
