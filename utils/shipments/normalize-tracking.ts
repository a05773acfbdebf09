// Provider replies → Shipment. One normaliser covers single get, list items and realtime items (they
// share the Tracking shape); summaries from create/batch/PUT become a Shipment without events yet.
import type { ApiCarrierInfo, ApiTracking, ApiTrackingSummary } from '../api/schema/tracking';
import { carrierName } from '../tracking-numbers';
import { daysSince, isLocalDate, parseCarrierDate, wallClockMs } from './dates';
import { safeHttpUrl } from './safe-url';
import { toStatus } from './status';
import { ITEM_NODE_MILESTONES, milestoneOf } from './milestones';
import type { CarrierLeg, Shipment, TrackingEvent } from './types';
import { capShipment } from './caps';

export interface NormalizeOptions {
  /** Used only when the provider gives no days-since-last-event; defaults to now. */
  now?: number;
}

/** Newest first; equal times keep the destination leg (later in the journey) first. */
export function byNewest(a: TrackingEvent, b: TrackingEvent): number {
  const diff = (wallClockMs(b.date) ?? 0) - (wallClockMs(a.date) ?? 0);
  if (diff !== 0) return diff;
  return a.leg === b.leg ? 0 : a.leg === 'destination' ? -1 : 1;
}

/** Same event, even when both legs report it. */
export function eventKey(e: TrackingEvent): string {
  const clean = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return [wallClockMs(e.date) ?? e.date, clean(e.description), clean(e.location)].join('|');
}

function legEvents(info: ApiCarrierInfo, leg: TrackingEvent['leg']): TrackingEvent[] {
  // A checkpoint dated exactly at a carrier-info milestone timestamp is that milestone.
  const byTimestamp = new Map<string, (typeof ITEM_NODE_MILESTONES)[string]>();
  for (const [field, milestone] of Object.entries(ITEM_NODE_MILESTONES)) {
    const at = info[field as keyof ApiCarrierInfo];
    if (typeof at === 'string' && at) byTimestamp.set(at, milestone);
  }
  return info.trackinfo
    .filter((c) => c.Date || c.StatusDescription)
    .map((c): TrackingEvent => {
      const date = c.Date ?? '';
      const status = c.checkpoint_status ? toStatus(c.checkpoint_status) : null;
      return {
        date,
        localTime: isLocalDate(date),
        description: c.StatusDescription ?? '',
        location: c.Details ?? '',
        status,
        substatus: c.substatus,
        milestone: milestoneOf(c.ItemNode, c.substatus, status) ?? byTimestamp.get(date) ?? null,
        leg,
      };
    })
    .sort(byNewest);
}

function carrierLeg(info: ApiCarrierInfo | null, fallbackCode: string, leg: TrackingEvent['leg']): CarrierLeg | null {
  if (!info) return null;
  return {
    carrierCode: info.carrier_code || fallbackCode,
    weblink: safeHttpUrl(info.weblink),
    phone: info.phone || null,
    events: legEvents(info, leg),
  };
}

function mergeLegs(origin: CarrierLeg | null, destination: CarrierLeg | null): TrackingEvent[] {
  const seen = new Set<string>();
  const all = [...(destination?.events ?? []), ...(origin?.events ?? [])].sort(byNewest);
  return all.filter((e) => {
    const key = eventKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const orNull = (s: string | null) => (s && s.trim() ? s : null);

/**
 * The carrier's expected delivery as a day (a window is read by the day); null when unreadable or a
 * placeholder such as `0001-01-01` (years outside 2000–2100 are no delivery date anyone means).
 */
function expectedDay(date: string | null): string | null {
  const day = parseCarrierDate(date)?.day ?? null;
  const year = day ? Number(day.slice(0, 4)) : 0;
  return year >= 2000 && year <= 2100 ? day : null;
}

/** Single get (object, or TrackRU's one-element array), list item or realtime item → Shipment. */
export function normalizeTracking(reply: ApiTracking | readonly ApiTracking[], options: NormalizeOptions = {}): Shipment {
  const t = Array.isArray(reply) ? reply[0] : (reply as ApiTracking);
  if (!t) throw new TypeError('normalizeTracking: empty reply');
  const origin = carrierLeg(t.origin_info, t.carrier_code, 'origin');
  const destination = carrierLeg(t.destination_info, t.carrier_code, 'destination');
  const events = mergeLegs(origin, destination);
  const newest = events[0] ?? null;
  return capShipment({
    id: t.id || `${t.carrier_code}:${t.tracking_number}`,
    number: t.tracking_number,
    carrier: { code: t.carrier_code, name: carrierName(t.carrier_code) },
    kind: 'parcel',
    status: toStatus(t.status, events.length ? 'transit' : 'pending'),
    substatus: orNull(t.substatus) ?? newest?.substatus ?? null,
    title: orNull(t.title),
    orderId: orNull(t.order_id),
    notes: orNull(t.comment),
    originCountry: orNull(t.original_country),
    destinationCountry: orNull(t.destination_country) ?? orNull(t.destination_code),
    events,
    origin,
    destination,
    daysInTransit: t.itemTimeLength,
    daysSinceLastEvent: t.stayTimeLength ?? (newest ? daysSince(newest.date, options.now ?? Date.now()) : null),
    lastUpdate: orNull(t.updated_at) ?? orNull(t.lastUpdateTime) ?? newest?.date ?? null,
    weblink: origin?.weblink ?? destination?.weblink ?? null,
    archived: t.archived,
    air: null,
    expectedDelivery: expectedDay(t.scheduled_delivery_date),
  });
}

/** Create / batch / PUT summary → Shipment with no events yet (the first carrier poll comes later). */
export function normalizeSummary(s: ApiTrackingSummary): Shipment {
  return {
    id: s.id || `${s.carrier_code}:${s.tracking_number}`,
    number: s.tracking_number,
    carrier: { code: s.carrier_code, name: carrierName(s.carrier_code) },
    kind: 'parcel',
    status: toStatus(s.status, 'pending'),
    substatus: null,
    title: orNull(s.title),
    orderId: orNull(s.order_id),
    notes: orNull(s.comment),
    originCountry: null,
    destinationCountry: orNull(s.destination_code) ?? orNull(s.destination),
    events: [],
    origin: null,
    destination: null,
    daysInTransit: null,
    daysSinceLastEvent: null,
    lastUpdate: orNull(s.updated_at) ?? orNull(s.created_at),
    weblink: null,
    archived: s.archived,
    air: null,
  };
}
