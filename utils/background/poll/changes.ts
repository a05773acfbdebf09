// What a user should be told when a pinned shipment's data changes: the most important change that
// diffShipments finds, reduced to one notification-sized item per shipment.
import { diffShipments, type ShipmentChange } from '../../shipments/diff';
import type { Shipment, TrackingEvent } from '../../shipments/types';
import type { PinnedShipment } from '../../watchlist/model';
import type { PendingChange } from './poll-state';
import { eventKey } from '../../shipments/normalize-tracking';

export type FoundChange = Pick<PendingChange, 'change' | 'detail' | 'event' | 'days'>;

function describeEvent(event: TrackingEvent | null | undefined): string | null {
  if (!event) return null;
  return [event.description, event.location].filter((s) => s && s.trim()).join(' — ') || null;
}

/**
 * The change worth a notification, or null. The first data after pinning is the baseline, not news (a
 * bulk import would otherwise notify hundreds); "no news for a week" is shown in the list, not notified.
 */
export function classifyChange(before: Shipment | null, after: Shipment): FoundChange | null {
  if (!before) return null;
  const changes = diffShipments(before, after).filter((c): c is Exclude<ShipmentChange, { type: 'stale' }> => c.type !== 'stale');
  const top = changes[0];
  if (!top) return null;
  const newestEvent = changes.find((c): c is Extract<ShipmentChange, { type: 'event' }> => c.type === 'event')?.event;
  // The fingerprint names the checkpoint that is the news; a status alone has none (null).
  const told = (change: PendingChange['change'], event: TrackingEvent | null | undefined, news: TrackingEvent | null | undefined): FoundChange => ({
    change,
    detail: describeEvent(event),
    event: news ? eventKey(news) : null,
  });
  switch (top.type) {
    case 'delivered':
    case 'out-for-delivery':
    case 'exception':
      return told(top.type, top.event ?? newestEvent ?? after.events[0], top.event ?? newestEvent);
    case 'status':
      return told('status', newestEvent ?? after.events[0], newestEvent);
    case 'event':
      return told('status', top.event, top.event);
  }
}

/** The newest checkpoint's key ('' when none): a stall is told once per newest checkpoint. */
export function newestEventKey(s: Shipment): string {
  return s.events[0] ? eventKey(s.events[0]) : '';
}

/**
 * A "stalled" notice when a parcel in transit has had no new checkpoint for `days` (the provider's own day
 * count, so its clock decides), unless this stall (same newest checkpoint) was told already.
 */
export function stalledChange(s: Shipment, days: number, toldFor: string | undefined): FoundChange | null {
  if (s.status !== 'transit' || s.daysSinceLastEvent === null || s.daysSinceLastEvent < days) return null;
  if (toldFor === newestEventKey(s)) return null;
  return { change: 'stalled', detail: describeEvent(s.events[0]), event: newestEventKey(s), days: s.daysSinceLastEvent };
}

export function pendingChange(pin: PinnedShipment, after: Shipment, found: FoundChange): PendingChange {
  return {
    key: pin.key,
    number: pin.number,
    carrier: pin.carrier,
    title: pin.title ?? after.title,
    change: found.change,
    status: after.status,
    detail: found.detail,
    event: found.event ?? null,
    ...(found.days !== undefined ? { days: found.days } : {}),
  };
}
