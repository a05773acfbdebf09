// The synced document (./sync.ts) as storage.sync items, within its quotas: a meta item naming the chunk
// count, then chunks of compact records, each item under QUOTA_BYTES_PER_ITEM and all under QUOTA_BYTES
// and MAX_ITEMS. Tombstones go first (small, and losing one would bring an unpinned parcel back), then
// pins newest first; what does not fit is left out, and the caller says so ("N of M pins are synced").
import type { SyncDoc, SyncPin } from './sync';
import { emptyDoc } from './sync';

/** chrome.storage.sync's limits (the same in Firefox). */
export const SYNC_QUOTA = { QUOTA_BYTES: 102_400, QUOTA_BYTES_PER_ITEM: 8_192, MAX_ITEMS: 512 } as const;
export type SyncQuota = { QUOTA_BYTES: number; QUOTA_BYTES_PER_ITEM: number; MAX_ITEMS: number };

export const META_KEY = 'tp.sync';
export const chunkKey = (i: number) => `tp.sync.${i}`;
/** Tombstones kept in the synced copy at most (newest first). */
const MAX_TOMBSTONES = 300;
/** Room left in each item and in the whole area for the JSON overhead we do not count exactly. */
const ITEM_SLACK = 64;
const AREA_SLACK = 1_024;

/** [key, kind, title, notes, archived, pinnedAt, t]: keys hold carrier and number (`pinKey`). */
type PinRecord = [string, 'p' | 'a', string | null, string | null, 0 | 1, number, number];
type GoneRecord = [string, number];
interface Chunk {
  p: PinRecord[];
  g: GoneRecord[];
}

export interface Encoded {
  items: Record<string, unknown>;
  synced: number;
  total: number;
}

const bytes = (s: string) => new TextEncoder().encode(s).length;

export function encodeDoc(doc: SyncDoc, quota: SyncQuota = SYNC_QUOTA): Encoded {
  const itemBudget = quota.QUOTA_BYTES_PER_ITEM - ITEM_SLACK;
  const chunks: Chunk[] = [];
  let cur: Chunk = { p: [], g: [] };
  let curBytes = 0;
  // The meta item, and each chunk's key and empty shell, counted up front.
  const shell = (i: number) => bytes(chunkKey(i)) + bytes(JSON.stringify({ p: [], g: [] }));
  let used = bytes(META_KEY) + bytes(JSON.stringify({ v: 1, n: 9999 })) + AREA_SLACK;
  const open = () => {
    cur = { p: [], g: [] };
    curBytes = shell(chunks.length);
    used += curBytes;
  };
  open();
  const add = (record: PinRecord | GoneRecord, into: 'p' | 'g'): boolean => {
    const size = bytes(JSON.stringify(record)) + 1;
    if (shell(0) + size > itemBudget) return false; // never fits any item
    if (curBytes + size > itemBudget) {
      if (chunks.length + 2 > quota.MAX_ITEMS - 1) return false;
      chunks.push(cur);
      open();
    }
    if (used + size > quota.QUOTA_BYTES) return false;
    (cur[into] as unknown[]).push(record);
    curBytes += size;
    used += size;
    return true;
  };

  const gone = Object.entries(doc.gone).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_TOMBSTONES);
  for (const [key, t] of gone) if (!add([key, t], 'g')) break;
  const pins = Object.entries(doc.pins).sort((a, b) => b[1].pinnedAt - a[1].pinnedAt || a[0].localeCompare(b[0]));
  let synced = 0;
  for (const [key, s] of pins) {
    const record: PinRecord = [key, s.kind === 'awb' ? 'a' : 'p', s.title, s.notes, s.archived ? 1 : 0, s.pinnedAt, s.t];
    if (add(record, 'p')) synced++;
    else if (used + bytes(JSON.stringify(record)) > quota.QUOTA_BYTES) break; // full: the rest are older
  }
  if (cur.p.length || cur.g.length || !chunks.length) chunks.push(cur);
  const items: Record<string, unknown> = { [META_KEY]: { v: 1, n: chunks.length } };
  chunks.forEach((c, i) => (items[chunkKey(i)] = c));
  return { items, synced, total: pins.length };
}

const isKey = (k: unknown): k is string => typeof k === 'string' && k.length <= 140 && /^[0-9a-z_-]*:.+$/.test(k);
const isTime = (t: unknown): t is number => typeof t === 'number' && Number.isFinite(t);
const text = (s: unknown, max: number) => (typeof s === 'string' && s ? s.slice(0, max) : null);

/** The document in stored items; anything malformed (another version, a damaged item) is skipped. */
export function decodeDoc(items: Record<string, unknown>): SyncDoc {
  const doc = emptyDoc();
  const meta = items[META_KEY] as { v?: unknown; n?: unknown } | undefined;
  if (!meta || meta.v !== 1 || !Number.isInteger(meta.n)) return doc;
  for (let i = 0; i < Math.min(meta.n as number, SYNC_QUOTA.MAX_ITEMS); i++) {
    const c = items[chunkKey(i)] as Partial<Chunk> | undefined;
    for (const r of Array.isArray(c?.g) ? c.g : []) {
      if (Array.isArray(r) && isKey(r[0]) && isTime(r[1])) doc.gone[r[0]] = Math.max(doc.gone[r[0]] ?? 0, r[1]);
    }
    for (const r of Array.isArray(c?.p) ? c.p : []) {
      if (!Array.isArray(r) || !isKey(r[0]) || !isTime(r[5]) || !isTime(r[6])) continue;
      const pin: SyncPin = { kind: r[1] === 'a' ? 'awb' : 'parcel', title: text(r[2], 200), notes: text(r[3], 2000), archived: r[4] === 1, pinnedAt: r[5], t: r[6] };
      const prev = doc.pins[r[0]];
      if (!prev || prev.t < pin.t) doc.pins[r[0]] = pin;
    }
  }
  return doc;
}

/** Keys of `items` (what we write now) vs. those stored: the stale chunks to remove. */
export function staleKeys(stored: Record<string, unknown>, items: Record<string, unknown>): string[] {
  return Object.keys(stored).filter((k) => k.startsWith(`${META_KEY}.`) && !(k in items));
}
