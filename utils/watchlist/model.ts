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
  /**
   * Lifecycle times (watchlist v5; optional in the type like `remote`): when Trackpin first saw it delivered
   * (auto-archive's clock when the data names no delivery date), when it was archived, and when the user
   * last restored it (auto-archive then counts from there, so a restored pin is not archived straight back).
   */
  deliveredSeenAt?: number | null;
  archivedAt?: number | null;
  restoredAt?: number | null;
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
    deliveredSeenAt: null,
    archivedAt: null,
    restoredAt: null,
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

/** Every pin of a number (already normalised or not), under any carrier: more than one means duplicates. */
export function pinsOfNumber<P extends Pick<PinnedShipment, 'number' | 'carrier'>>(pins: Iterable<P>, number: string): P[] {
  const n = normalizeNumber(number);
  return [...pins].filter((p) => normalizeNumber(p.number) === n);
}

/**
 * Numbers in `incoming` already pinned (or listed twice) under another carrier: number → every carrier
 * it would then be pinned under, sorted. Bulk import reports them; merging is offered per number.
 */
export function duplicatesAmong(existing: Iterable<Pick<PinnedShipment, 'number' | 'carrier'>>, incoming: readonly { number: string; carrier: string }[]): { number: string; carriers: string[] }[] {
  const carriers = new Map<string, Set<string>>();
  const note = (number: string, carrier: string) => {
    const n = normalizeNumber(number);
    (carriers.get(n) ?? carriers.set(n, new Set()).get(n)!).add(carrier);
  };
  for (const p of existing) note(p.number, p.carrier);
  const wanted = new Set(incoming.map((e) => normalizeNumber(e.number)));
  for (const e of incoming) note(e.number, e.carrier);
  return [...carriers]
    .filter(([n, set]) => wanted.has(n) && set.size > 1)
    .map(([number, set]) => ({ number, carriers: [...set].sort() }))
    .sort((a, b) => a.number.localeCompare(b.number));
}

export function sortedWatchlist(list: Watchlist): PinnedShipment[] {
  return Object.values(list).sort((a, b) => b.pinnedAt - a.pinnedAt);
}
