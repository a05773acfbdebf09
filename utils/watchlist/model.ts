// A pinned shipment as kept in the watchlist, and the watchlist itself (a record keyed by `pinKey`).
import type { TrackingRef } from '../api/requests';
import type { Provider } from '../settings/model';
import type { Shipment, ShipmentKind } from '../shipments/types';
import type { ErrorInfo } from '../messages/protocol';
import { normalizeNumber } from '../tracking-numbers/resolve';

export interface PinnedShipment {
  /** `${carrier}:${number}`: stable across providers and reinstalls. */
  key: string;
  number: string;
  carrier: string;
  /** Parcels and air waybills go to different endpoints; decided once, when the number is pinned. */
  kind: ShipmentKind;
  pinnedAt: number;
  /** User's own title and notes (also sent to the provider as title/comment). */
  title: string | null;
  notes: string | null;
  /** Last good data; kept when a refresh fails. */
  shipment: Shipment | null;
  lastCheckedAt: number | null;
  lastError: ErrorInfo | null;
  unread: boolean;
  archived: boolean;
  /**
   * The provider's own id for this tracking (v4 addresses trackings by it), and whose id it is. Optional in
   * the type so pins built elsewhere need not name it; stored pins always have it from watchlist v4.
   */
  remote?: { provider: Provider; id: string } | null;
}

export type Watchlist = Record<string, PinnedShipment>;

export function pinKey(carrier: string, number: string): string {
  return `${carrier}:${number}`;
}

/** The number part of a `pinKey` (carrier codes never contain ':'). */
export function numberOfKey(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

export function newPin(
  pin: { number: string; carrier: string; kind: ShipmentKind; title: string | null },
  now: number,
  last?: { shipment: Shipment; fetchedAt: number } | null,
): PinnedShipment {
  return {
    key: pinKey(pin.carrier, pin.number),
    number: pin.number,
    carrier: pin.carrier,
    kind: pin.kind,
    pinnedAt: now,
    title: pin.title,
    notes: null,
    shipment: last?.shipment ?? null,
    lastCheckedAt: last?.fetchedAt ?? null,
    lastError: null,
    unread: false,
    archived: false,
    remote: null,
  };
}

/** The ref a provider call needs; the stored id rides along only for the provider that issued it. */
export function refOf(p: Pick<PinnedShipment, 'number' | 'carrier' | 'remote'>, provider?: Provider): TrackingRef {
  const ref: TrackingRef = { tracking_number: p.number, carrier_code: p.carrier };
  if (p.remote && provider && p.remote.provider === provider) ref.id = p.remote.id;
  return ref;
}

/**
 * The pin for a number (already normalised), under `carrier` when one is given, else under any carrier.
 * Works on full pins and on list-index summaries alike.
 */
export function findPinned<P extends Pick<PinnedShipment, 'number' | 'carrier'>>(pins: Iterable<P>, number: string, carrier?: string | null): P | undefined {
  const n = normalizeNumber(number);
  for (const p of pins) if (normalizeNumber(p.number) === n && (!carrier || p.carrier === carrier)) return p;
  return undefined;
}

export function sortedWatchlist(list: Watchlist): PinnedShipment[] {
  return Object.values(list).sort((a, b) => b.pinnedAt - a.pinnedAt);
}
