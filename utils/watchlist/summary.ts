// The popup's list index: per pin only what a list row shows, filters and sorts on. The full watchlist
// (~3.5 kB a pin, 700 kB for 200) takes hundreds of ms for storage.local to read and deserialise, and
// the popup must show its list in well under that; the index is ~10x smaller. The background writes it
// with every watchlist change (./store.ts watchlistWrite), tagged with the same revision as the watchlist's
// meta, so a reader can tell a current index from a stale one.
import type { ErrorInfo } from '../messages/protocol';
import type { Status, TrackingEvent } from '../shipments/types';
import type { PinnedShipment, Watchlist } from './model';
import { sortEventsNewestFirst } from '../shipments/dates';

export interface PinSummary {
  key: string;
  number: string;
  carrier: string;
  /** The carrier's display name from the last data, if any. */
  carrierName: string | null;
  /** The user's own title and notes (the list's text filter searches both). */
  title: string | null;
  notes: string | null;
  /** The title the provider gave the shipment, if any. */
  shipmentTitle: string | null;
  status: Status;
  lastEvent: Pick<TrackingEvent, 'date' | 'description' | 'location'> | null;
  unread: boolean;
  archived: boolean;
  pinnedAt: number;
  lastCheckedAt: number | null;
  lastError: ErrorInfo | null;
}

export interface ListIndex {
  /** Equals the `rev` in the watchlist's meta when both were written together. */
  rev: string;
  /** Newest pin first (the order readers show before sorting by activity). */
  pins: PinSummary[];
}

/**
 * The list's first screen as the popup first shows it (not archived, newest activity first) and the
 * status counts of its filter chips: ~100x smaller than the index, so the popup paints its first rows
 * before it has read (and deserialised) every pin's summary. Same revision as the index.
 */
export interface ListHead {
  rev: string;
  rows: PinSummary[];
  /** Per status over the pins not archived, plus `all`. */
  counts: Record<string, number>;
}

/** Rows in the head: a 600 px popup shows about 8, the list renders as many again below them. */
export const LIST_HEAD_ROWS = 20;

/** The head when it is well formed and matches the watchlist revision `rev`; else null. */
export function currentHead(head: unknown, rev: unknown): ListHead | null {
  if (!head || typeof head !== 'object' || typeof rev !== 'string') return null;
  const h = head as Partial<ListHead>;
  if (h.rev !== rev || !Array.isArray(h.rows) || !h.counts || typeof h.counts !== 'object') return null;
  return currentPins({ rev, pins: h.rows }, rev) ? (h as ListHead) : null;
}

export function summarisePin(p: PinnedShipment): PinSummary {
  const s = p.shipment;
  const events = Array.isArray(s?.events) ? s.events : [];
  const last = events.length ? sortEventsNewestFirst(events)[0]! : null;
  return {
    key: p.key,
    number: p.number,
    carrier: p.carrier,
    carrierName: s?.carrier?.name ?? null,
    title: p.title ?? null,
    notes: p.notes ?? null,
    shipmentTitle: s?.title ?? null,
    status: s?.status ?? 'pending',
    lastEvent: last ? { date: last.date, description: last.description, location: last.location } : null,
    unread: !!p.unread,
    archived: !!p.archived,
    pinnedAt: p.pinnedAt || 0,
    lastCheckedAt: p.lastCheckedAt ?? null,
    lastError: p.lastError ?? null,
  };
}

export function buildListIndex(watchlist: Watchlist, rev: string): ListIndex {
  const pins = Object.values(watchlist)
    .sort((a, b) => b.pinnedAt - a.pinnedAt)
    .map(summarisePin);
  return { rev, pins };
}

/** The index's pins when it is well formed and matches the watchlist revision `rev`; else null. */
export function currentPins(index: unknown, rev: unknown): PinSummary[] | null {
  if (!index || typeof index !== 'object' || typeof rev !== 'string') return null;
  const { rev: indexRev, pins } = index as Partial<ListIndex>;
  if (indexRev !== rev || !Array.isArray(pins)) return null;
  const ok = pins.every((p) => p && typeof p === 'object' && typeof p.key === 'string' && typeof p.number === 'string' && typeof p.status === 'string');
  return ok ? pins : null;
}
