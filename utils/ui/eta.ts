// Expected delivery window from the carrier's typical transit time (msg.transitTimes) counted from the
// first event; null when either is unknown or the parcel is already delivered.
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

const DAY = 86_400_000;

export function etaRange(shipment: Shipment, transit: TransitTimes | null | undefined): EtaRange | null {
  if (!transit || transit.minDays == null || transit.maxDays == null) return null;
  if (shipment.status === 'delivered' || shipment.status === 'expired') return null;
  const times = shipment.events.map((e) => wallClockMs(e.date)).filter((n) => n !== null);
  if (times.length === 0) return null;
  const start = Math.min(...times);
  const minDays = Math.min(transit.minDays, transit.maxDays);
  const maxDays = Math.max(transit.minDays, transit.maxDays);
  return { from: start + minDays * DAY, to: start + maxDays * DAY, minDays, maxDays };
}
