// Pins that follow the user: the pinned list (number, carrier, kind, title, notes, archived, pin time — no
// tracking data, no key) as a document that browsers signed in to one account merge through storage.sync.
// The rule, the same on every device so all converge: per pin key the newest change wins, by the time
// the change was first seen; an unpin is a tombstone with its time; on a tie the unpin wins, then the
// larger value. Absence is never deletion: a pin beyond the sync quota (./sync-chunks.ts) is simply not in
// the synced copy. Tombstones are forgotten after TOMBSTONE_MS.
import { newPin, numberOfKey, type PinnedShipment, type Watchlist } from './model';
import type { ShipmentKind } from '../shipments/types';

export interface SyncPin {
  kind: ShipmentKind;
  title: string | null;
  notes: string | null;
  archived: boolean;
  pinnedAt: number;
  /** When this version was first seen (by the device that made the change). */
  t: number;
}

export interface SyncDoc {
  pins: Record<string, SyncPin>;
  /** Tombstones: unpinned key → when. */
  gone: Record<string, number>;
}

/** What the options page shows: "N of M pins are synced". */
export interface SyncStatus {
  synced: number;
  total: number;
  at: number | null;
  error: string | null;
}

export const TOMBSTONE_MS = 30 * 86_400_000;
export const emptyDoc = (): SyncDoc => ({ pins: {}, gone: {} });

type Fields = Omit<SyncPin, 't'>;

export function fieldsOf(p: PinnedShipment): Fields {
  return { kind: p.kind, title: p.title ?? null, notes: p.notes ?? null, archived: !!p.archived, pinnedAt: p.pinnedAt || 0 };
}

function sameFields(a: Fields, b: Fields): boolean {
  return a.kind === b.kind && a.title === b.title && a.notes === b.notes && a.archived === b.archived && a.pinnedAt === b.pinnedAt;
}

/**
 * This device's document: its watchlist, each pin stamped with the time of the change the last known
 * document (`base`) did not have yet (`now`), and tombstones for pins `base` had and the watchlist lost.
 */
export function localDoc(watchlist: Readonly<Watchlist>, base: SyncDoc, now: number): SyncDoc {
  const pins: Record<string, SyncPin> = {};
  for (const [key, p] of Object.entries(watchlist)) {
    const f = fieldsOf(p);
    const known = base.pins[key];
    pins[key] = { ...f, t: known && sameFields(known, f) ? known.t : now };
  }
  const gone = { ...base.gone };
  for (const key of Object.keys(base.pins)) if (!(key in pins)) gone[key] = Math.max(gone[key] ?? 0, now);
  return prune({ pins, gone }, now);
}

/** Forgets tombstones older than TOMBSTONE_MS. */
export function prune(doc: SyncDoc, now: number): SyncDoc {
  const gone: Record<string, number> = {};
  for (const [key, t] of Object.entries(doc.gone)) if (now - t < TOMBSTONE_MS) gone[key] = t;
  return { pins: doc.pins, gone };
}

const valueOrder = (a: SyncPin, b: SyncPin) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0);

/** The merge of two documents: commutative, associative and idempotent (the rule at the top). */
export function mergeDocs(a: SyncDoc, b: SyncDoc): SyncDoc {
  const out = emptyDoc();
  const keys = new Set([...Object.keys(a.pins), ...Object.keys(b.pins), ...Object.keys(a.gone), ...Object.keys(b.gone)]);
  for (const key of [...keys].sort()) {
    const goneAt = Math.max(a.gone[key] ?? -Infinity, b.gone[key] ?? -Infinity);
    const pa = a.pins[key];
    const pb = b.pins[key];
    let pin = pa && pb ? (pa.t !== pb.t ? (pa.t > pb.t ? pa : pb) : valueOrder(pa, pb) >= 0 ? pa : pb) : (pa ?? pb);
    if (pin && pin.t <= goneAt) pin = undefined;
    if (pin) out.pins[key] = pin;
    if (goneAt > -Infinity) out.gone[key] = goneAt;
  }
  return out;
}

/**
 * Brings the watchlist in line with a merged document, in place: pins it lacks are added (without data:
 * the next poll fetches them, as for any new pin), changed ones take the document's title, notes,
 * archived and pin time, and tombstoned ones go. Returns how many pins it changed.
 */
export function applyDoc(watchlist: Watchlist, doc: SyncDoc, now: number): number {
  let changed = 0;
  for (const [key, s] of Object.entries(doc.pins)) {
    const p = watchlist[key];
    if (p && sameFields(fieldsOf(p), s)) continue;
    changed++;
    if (!p) {
      const carrier = key.slice(0, key.indexOf(':'));
      const fresh = newPin({ number: numberOfKey(key), carrier, kind: s.kind, title: s.title }, s.pinnedAt);
      watchlist[key] = { ...fresh, notes: s.notes, archived: s.archived, archivedAt: s.archived ? now : null };
      continue;
    }
    const lifecycle = s.archived === p.archived ? {} : s.archived ? { archivedAt: now, unread: false } : { archivedAt: null, restoredAt: now };
    watchlist[key] = { ...p, kind: s.kind, title: s.title, notes: s.notes, archived: s.archived, pinnedAt: s.pinnedAt, ...lifecycle };
  }
  for (const key of Object.keys(doc.gone)) {
    if (watchlist[key] && !doc.pins[key]) {
      delete watchlist[key];
      changed++;
    }
  }
  return changed;
}
