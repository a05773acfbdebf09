// What a user should be told when a pinned shipment's data changes: the most important change that
// diffShipments finds, reduced to one notification-sized item per shipment.
import { diffShipments, type ShipmentChange } from '../../shipments/diff';
import type { Shipment, TrackingEvent } from '../../shipments/types';
import type { PinnedShipment } from '../../watchlist/model';
import type { PendingChange } from './poll-state';

function describeEvent(event: TrackingEvent | null | undefined): string | null {
  if (!event) return null;
  return [event.description, event.location].filter((s) => s && s.trim()).join(' — ') || null;
}

/**
 * The change worth a notification, or null. The first data after pinning is the baseline, not news (a
 * bulk import would otherwise notify hundreds); "no news for a week" is shown in the list, not notified.
 */
export function classifyChange(before: Shipment | null, after: Shipment): { change: PendingChange['change']; detail: string | null } | null {
  if (!before) return null;
  const changes = diffShipments(before, after).filter((c): c is Exclude<ShipmentChange, { type: 'stale' }> => c.type !== 'stale');
  const top = changes[0];
  if (!top) return null;
  const newestEvent = changes.find((c): c is Extract<ShipmentChange, { type: 'event' }> => c.type === 'event')?.event;
  switch (top.type) {
    case 'delivered':
    case 'out-for-delivery':
    case 'exception':
      return { change: top.type, detail: describeEvent(top.event ?? newestEvent ?? after.events[0]) };
    case 'status':
      return { change: 'status', detail: describeEvent(newestEvent ?? after.events[0]) };
    case 'event':
      return { change: 'status', detail: describeEvent(top.event) };
  }
}

export function pendingChange(pin: PinnedShipment, after: Shipment, found: { change: PendingChange['change']; detail: string | null }): PendingChange {
  return {
    key: pin.key,
    number: pin.number,
    carrier: pin.carrier,
    title: pin.title ?? after.title,
    change: found.change,
    status: after.status,
    detail: found.detail,
  };
}
