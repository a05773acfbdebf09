// Reading a stored pinned shipment without trusting it: fields older versions lacked are filled, damaged
// shipment data is dropped (the next poll fetches it whole again), and a value that is no pin at all is
// left for the reader to report.
import * as v from 'valibot';
import { unpackShipment } from '../shipments/pack';
import type { Shipment, ShipmentKind } from '../shipments/types';
import type { ErrorInfo } from '../messages/protocol';
import { identifyTrackingNumber } from '../tracking-numbers';
import { pinKey, type PinnedShipment } from './model';
import { PROVIDERS } from '../settings/model';

const KINDS: readonly ShipmentKind[] = ['parcel', 'awb'];
const nullableString = v.optional(v.nullable(v.string()), null);
/** A damaged lifecycle time reads as unknown (null), never costs the pin. */
const lifecycleTime = v.fallback(v.optional(v.nullable(v.number()), null), null);
const LIFECYCLE = ['deliveredSeenAt', 'archivedAt', 'restoredAt'] as const;

const PinnedSchema = v.object({
  key: v.optional(v.string()),
  number: v.pipe(v.string(), v.minLength(1)),
  carrier: v.string(),
  kind: v.optional(v.unknown()),
  pinnedAt: v.optional(v.number(), 0),
  title: nullableString,
  notes: nullableString,
  shipment: v.optional(v.unknown(), null),
  lastCheckedAt: v.optional(v.nullable(v.number()), null),
  lastError: v.optional(v.nullable(v.looseObject({ kind: v.string(), message: v.string() })), null),
  unread: v.optional(v.boolean(), false),
  archived: v.optional(v.boolean(), false),
  // A damaged id is dropped, never the pin: the id is found again by number when needed.
  deliveredSeenAt: lifecycleTime,
  archivedAt: lifecycleTime,
  restoredAt: lifecycleTime,
  remote: v.fallback(v.optional(v.nullable(v.object({ provider: v.picklist(PROVIDERS), id: v.pipe(v.string(), v.minLength(1)) })), null), null),
});

/**
 * The parts of a stored Shipment that the poller's diff and the UI read without checking. Damaged data
 * (a half-written or hand-edited value) is dropped, not the pin: the next poll fetches it whole again.
 */
const StoredEventsSchema = v.array(v.looseObject({ date: v.string(), description: v.string(), location: v.string() }));
const StoredLegSchema = v.optional(v.nullable(v.looseObject({ events: StoredEventsSchema })));
const StoredShipmentSchema = v.looseObject({
  number: v.string(),
  status: v.string(),
  carrier: v.looseObject({ code: v.string(), name: v.string() }),
  events: StoredEventsSchema,
  origin: StoredLegSchema,
  destination: StoredLegSchema,
});

const isKind = (k: unknown): k is ShipmentKind => KINDS.includes(k as ShipmentKind);

/**
 * A stored pin's kind: its own when valid; for pins stored before pins had one, the kind of its stored
 * shipment, else what the detection engine makes of the number (a parcel when it cannot tell).
 */
export function pinKind(raw: { number?: unknown; kind?: unknown; shipment?: unknown }): ShipmentKind {
  if (isKind(raw.kind)) return raw.kind;
  const shipmentKind = (raw.shipment as { kind?: unknown } | null | undefined)?.kind;
  if (isKind(shipmentKind)) return shipmentKind;
  return (typeof raw.number === 'string' && identifyTrackingNumber(raw.number)?.kind) || 'parcel';
}

/** True when a pinned entry holds shipment data (as stored, packed or not) that cannot be used. */
export function hasDamagedShipment(raw: unknown): boolean {
  const shipment = unpackShipment((raw as { shipment?: unknown } | null)?.shipment);
  return shipment != null && !v.is(StoredShipmentSchema, shipment);
}

/** Fills fields older versions lacked; null when the value is not a pinned shipment at all. */
export function normalisePinned(raw: unknown): PinnedShipment | null {
  const parsed = v.safeParse(PinnedSchema, raw);
  if (!parsed.success) return null;
  const p = { ...parsed.output, shipment: hasDamagedShipment(raw) ? null : unpackShipment(parsed.output.shipment) };
  return {
    ...(raw as object),
    key: pinKey(p.carrier, p.number),
    number: p.number,
    carrier: p.carrier,
    kind: pinKind(parsed.output),
    pinnedAt: p.pinnedAt,
    title: p.title,
    notes: p.notes,
    shipment: p.shipment as Shipment | null,
    lastCheckedAt: p.lastCheckedAt,
    lastError: p.lastError as ErrorInfo | null,
    unread: p.unread,
    archived: p.archived,
    // Only where stored (every pin from watchlist v4 on): a pin read back equals the pin written.
    ...('remote' in (raw as object) ? { remote: p.remote } : {}),
    ...Object.fromEntries(LIFECYCLE.filter((f) => f in (raw as object)).map((f) => [f, p[f]])),
  } as PinnedShipment;
}
