// Expected delivery beside the stepper: the carrier's own expected day when the reply has one, else a window
// from the carrier's typical transit time (msg.transitTimes) counted from the first event; null when neither
// is known or the parcel is already delivered.
import type { Shipment } from '../shipments/types';
import { wallClockMs } from '../shipments/dates';

export interface TransitTimes {
  minDays: number | null;
  maxDays: number | null;
  samples?: number | null;
}

export interface EtaRange {
  /** Wall-clock days (`wallMs`, see utils/shipments/dates.ts): format them with `formatWall`. */
  from: number;
  to: number;
  minDays: number;
  maxDays: number;
}

/** What the stepper shows: the carrier's day (`wallMs`), or the transit-time range. */
export type DeliveryWindow = { source: 'carrier'; day: number } | ({ source: 'transit' } & EtaRange);

const DAY = 86_400_000;

const over = (shipment: Pick<Shipment, 'status'>) => shipment.status === 'delivered' || shipment.status === 'expired';

export function etaRange(shipment: Shipment, transit: TransitTimes | null | undefined): EtaRange | null {
  if (!transit || transit.minDays == null || transit.maxDays == null) return null;
  if (over(shipment)) return null;
  const times = shipment.events.map((e) => wallClockMs(e.date)).filter((n) => n !== null);
  if (times.length === 0) return null;
  const start = Math.min(...times);
  const minDays = Math.min(transit.minDays, transit.maxDays);
  const maxDays = Math.max(transit.minDays, transit.maxDays);
  return { from: start + minDays * DAY, to: start + maxDays * DAY, minDays, maxDays };
}

/** The carrier's expected day first (it knows the parcel), else the statistics (pass null to skip them). */
export function deliveryWindow(shipment: Shipment, transit: TransitTimes | null | undefined): DeliveryWindow | null {
  if (over(shipment)) return null;
  const day = wallClockMs(shipment.expectedDelivery);
  if (day !== null) return { source: 'carrier', day };
  const range = etaRange(shipment, transit);
  return range && { source: 'transit', ...range };
}
