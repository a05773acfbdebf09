// The watchlist in storage.local: the item, its list index (./summary.ts), reads that set unreadable
// entries aside, and the write that keeps both in step (same revision in the watchlist's meta and the index).
import { storage } from 'wxt/utils/storage';
import { packShipment } from '../shipments/pack';
import { lazyItem, readCopy } from '../storage/lazy-item';
import { commit, type StorageWrites } from '../storage/commit';
import { reportProblem } from '../storage/problems';
import type { Watchlist } from './model';
import { buildListIndex, currentHead, currentPins, LIST_HEAD_ROWS, type ListHead, type ListIndex, type PinSummary } from './summary';
import { sortByActivity, statusCounts } from './view';
import { migrateWatchlistToV2, WATCHLIST_VERSION, watchlistMigrations } from './migrations';
import { hasDamagedShipment, normalisePinned } from './validate';

/** storage.local key names, as storage.onChanged reports them. */
export const WATCHLIST_KEYS = { watchlist: 'watchlist', listIndex: 'listIndex', listHead: 'listHead' } as const;

export const watchlistItem = lazyItem<Watchlist>(`local:${WATCHLIST_KEYS.watchlist}`, {
  fallback: {},
  version: WATCHLIST_VERSION,
  migrations: watchlistMigrations,
});

/**
 * Written together with the watchlist (see watchlistWrite); rebuilt from it by the background when
 * missing or stale (first run after an upgrade, or a watchlist written by anything else).
 */
export const listIndexItem = lazyItem<ListIndex | null>(`local:${WATCHLIST_KEYS.listIndex}`, {
  fallback: null,
  version: 1,
  migrations: {},
});

/** The index's first screen (./summary.ts ListHead), written with it; added in list-head v1. */
export const listHeadItem = lazyItem<ListHead | null>(`local:${WATCHLIST_KEYS.listHead}`, {
  fallback: null,
  version: 1,
  migrations: {},
});

/** A fresh revision for a watchlist write. */
export function newRevision(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The watchlist, with unreadable entries set aside and reported; the good ones are all returned. */
export async function readWatchlist(): Promise<Watchlist> {
  const raw: unknown = await readCopy(watchlistItem);
  const { list, problems } = normaliseWatchlist(raw);
  for (const p of problems) await reportProblem('watchlist', p.message, p.value);
  return list;
}

/**
 * For extension pages: the watchlist in one storage read, without defining the item (whose migration
 * check and init would read it twice more first) and without writing: the background migrates, and
 * reports what its own reads find unreadable.
 */
export async function readWatchlistForView(): Promise<Watchlist> {
  const [stored] = await storage.getItems([watchlistItem.key]);
  return normaliseWatchlist(stored?.value).list;
}

function normaliseWatchlist(raw: unknown): { list: Watchlist; problems: { message: string; value: unknown }[] } {
  const problems: { message: string; value: unknown }[] = [];
  if (raw == null) return { list: {}, problems };
  if (typeof raw !== 'object') return { list: {}, problems: [{ message: 'The watchlist was unreadable; it was set aside.', value: raw }] };
  // A v1 array left behind by a failed migration is still readable.
  const source = Array.isArray(raw) ? migrateWatchlistToV2(raw) : (raw as Record<string, unknown>);
  const list: Watchlist = {};
  for (const [key, value] of Object.entries(source)) {
    const entry = normalisePinned(value);
    if (entry) list[entry.key] = entry;
    else problems.push({ message: `Pinned shipment "${key}" was unreadable; it was set aside.`, value });
    // normalisePinned drops damaged data, so only an entry that lost its shipment needs the check.
    if (entry && entry.shipment === null && (value as { shipment?: unknown }).shipment != null && hasDamagedShipment(value)) {
      problems.push({ message: `The data of pinned shipment "${key}" was damaged; it will be fetched again.`, value });
    }
  }
  return { list, problems };
}

/**
 * The value (shipments packed), the list index, and the version and revision meta that tie them together.
 * The values go into one storage.local.set with whatever else the caller writes (see utils/storage/commit.ts).
 */
export function watchlistWrite(value: Watchlist, rev: string = newRevision()): StorageWrites {
  const packed: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(value)) packed[key] = p.shipment ? { ...p, shipment: packShipment(p.shipment) } : p;
  const index = listIndexWrite(value, rev);
  return {
    values: [{ item: watchlistItem, value: packed }, ...index.values],
    metas: [{ item: watchlistItem, meta: { v: WATCHLIST_VERSION, rev } }, ...index.metas],
  };
}

function listIndexWrite(value: Watchlist, rev: string): StorageWrites {
  const index = buildListIndex(value, rev);
  const head: ListHead = { rev, rows: sortByActivity(index.pins.filter((p) => !p.archived)).slice(0, LIST_HEAD_ROWS), counts: statusCounts(index.pins) };
  return {
    values: [
      { item: listIndexItem, value: index },
      { item: listHeadItem, value: head },
    ],
    metas: [
      { item: listIndexItem, meta: { v: 1 } },
      { item: listHeadItem, meta: { v: 1 } },
    ],
  };
}

/** The list's first screen, when it matches the stored watchlist; null when missing or stale. */
export async function readListHead(): Promise<ListHead | null> {
  const [[head], meta] = await Promise.all([storage.getItems([listHeadItem.key]), storage.getMeta<{ rev?: unknown }>(watchlistItem.key)]);
  return currentHead(head?.value, meta.rev);
}

/**
 * The list index, when it matches the stored watchlist: two small reads (index and the watchlist's meta),
 * no item definitions and so no migration reads. Null when missing or stale: read the watchlist instead.
 */
export async function readListIndex(): Promise<PinSummary[] | null> {
  const [[index], meta] = await Promise.all([storage.getItems([listIndexItem.key]), storage.getMeta<{ rev?: unknown }>(watchlistItem.key)]);
  return currentPins(index?.value, meta.rev);
}

/**
 * Background only: writes the index (and a revision for it) when it is missing or stale. Returns whether
 * it did. Callers serialise it with the other watchlist writers.
 */
export async function ensureListIndex(): Promise<boolean> {
  // A build before the head wrote the index alone: a current index without a head is rebuilt too.
  if ((await readListIndex()) && (await readListHead())) return false;
  // Reading through the item runs the watchlist's own migration first.
  const list = await readWatchlist();
  const rev = newRevision();
  const index = listIndexWrite(list, rev);
  await commit({ values: index.values, metas: [{ item: watchlistItem, meta: { v: WATCHLIST_VERSION, rev } }, ...index.metas] });
  return true;
}
