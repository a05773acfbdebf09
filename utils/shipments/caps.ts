// Bounds on what one shipment may keep. Replies are saved (lookup cache, watchlist), and storage.local
// holds 10 MiB for everything: one shipment with 5,000 events was 5.6 MB. Applied where replies become
// Shipments, so every path (lookup, poll, pin, bulk) saves the bounded shape.
import type { CarrierLeg, Shipment, TrackingEvent } from './types';
import { sortEventsNewestFirst } from './dates';

/** Events kept per list: the newest ones, plus the first (where the parcel started). */
export const MAX_EVENTS = 100;
/** Characters kept per text field (event descriptions, locations, titles…). */
export const MAX_TEXT = 500;

/** The newest MAX_EVENTS - 1 events and the oldest one, in their original order. */
export function capEvents(events: readonly TrackingEvent[], max = MAX_EVENTS): TrackingEvent[] {
  if (events.length <= max) return [...events];
  const newestFirst = sortEventsNewestFirst(events);
  const keep = new Set([...newestFirst.slice(0, max - 1), newestFirst[newestFirst.length - 1]!]);
  return events.filter((e) => keep.has(e));
}

/** Every string in `value`, at any depth, cut to `max` characters (with an ellipsis to show the cut). */
export function capText<T>(value: T, max = MAX_TEXT): T {
  if (typeof value === 'string') return (value.length > max ? `${value.slice(0, max - 1)}…` : value) as T;
  if (Array.isArray(value)) return value.map((v) => capText(v, max)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, capText(v, max)])) as T;
  }
  return value;
}

const capLeg = (leg: CarrierLeg | null): CarrierLeg | null => (leg ? { ...leg, events: capEvents(leg.events) } : null);

export function capShipment(s: Shipment): Shipment {
  return capText({ ...s, events: capEvents(s.events), origin: capLeg(s.origin), destination: capLeg(s.destination) });
}
