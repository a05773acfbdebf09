// Every persisted item, defined once. All live in storage.local (the background's only memory: its
// service worker is killed after ~30 s idle). Each item is versioned from the first release so later
// shapes can migrate; reads are validated so one corrupt value is reported, not fatal, and never wipes
// the other items.
import * as v from 'valibot';
import { storage, type WxtStorageItem, type WxtStorageItemOptions } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, PROVIDERS, POLL_INTERVALS, UI_LANGUAGES, type NotifyRule, type Settings } from './settings';
import type { PinnedShipment } from './watchlist';
import type { Shipment } from './shipments/types';
import { packShipment, unpackShipment } from './shipments/pack';
import type { ErrorInfo } from './messages/protocol';
import type { BulkProgress } from './messages/background-api';
import { buildListIndex, currentPins, newRevision, type ListIndex, type PinSummary } from './list-index';

// ---------------------------------------------------------------------------------------------------
// Shapes

export type Watchlist = Record<string, PinnedShipment>;

const NOTIFY_RULES: readonly NotifyRule[] = ['all', 'important', 'none'];

export interface CachedLookup {
  shipment: Shipment;
  fetchedAt: number;
  /** Served until then without asking the API again. */
  expiresAt: number;
  /** Came from the realtime endpoint, which allows one query per shipment per 2 hours. */
  realtime: boolean;
}
export type LookupCache = Record<string, CachedLookup>;

/** A poll run in progress: which keys it covers and how far it got (saved after every chunk). */
export interface PollRun {
  id: string;
  startedAt: number;
  /** Keys of the due shipments, 40 per chunk (one list call each). */
  chunks: string[][];
  /** Index of the next chunk to fetch. */
  nextChunk: number;
  /** Changes found so far, notified once when the run ends (so they can be grouped). */
  pending: PendingChange[];
  /** A chunk whose reply could not be read: the run goes on, but the status must still say so. */
  error?: ErrorInfo | null;
}

export interface PendingChange {
  key: string;
  number: string;
  carrier: string;
  title: string | null;
  /** What kind of change: decides the notification text and whether the "important" rule lets it through. */
  change: 'delivered' | 'out-for-delivery' | 'exception' | 'status';
  status: string;
  /** Latest event text (plain text), if any. */
  detail: string | null;
}

export interface PollState {
  /** 429 or quota: no polling before this time. */
  pausedUntil: number | null;
  lastPollAt: number | null;
  lastPollError: ErrorInfo | null;
  /** Consecutive network/server failures (exponential back-off). */
  failures: number;
  run: PollRun | null;
}

export const INITIAL_POLL_STATE: PollState = { pausedUntil: null, lastPollAt: null, lastPollError: null, failures: 0, run: null };

export interface BulkEntry {
  number: string;
  carrier?: string;
  title?: string;
}

/** The part of a bulk job the UI does not need: what is still to be sent. */
export interface BulkQueue {
  jobId: string;
  pending: BulkEntry[];
}

export interface StorageProblem {
  item: string;
  message: string;
  at: number;
}

// ---------------------------------------------------------------------------------------------------
// Items

/**
 * WXT's defineItem reads the item's value (and meta) from storage as soon as it is defined, twice for
 * versioned items (migration check, then init), and every later read waits for that. Defined at module
 * load, that meant every page importing this file read every item, the 700 kB watchlist three times,
 * before its own first read. Items are therefore defined on first use; `watch` needs no definition.
 */
function lazyItem<T>(key: `local:${string}`, opts: WxtStorageItemOptions<T> & { fallback: T }): WxtStorageItem<T, Record<string, unknown>> {
  let real: WxtStorageItem<T, Record<string, unknown>> | undefined;
  const item = () => (real ??= storage.defineItem<T, Record<string, unknown>>(key, opts));
  return {
    key,
    defaultValue: opts.fallback,
    fallback: opts.fallback,
    getValue: () => item().getValue(),
    getMeta: () => item().getMeta(),
    setValue: (value) => item().setValue(value),
    setMeta: (properties) => item().setMeta(properties),
    removeValue: (o) => item().removeValue(o),
    removeMeta: (properties) => item().removeMeta(properties),
    watch: (cb) => storage.watch<T>(key, (next, prev) => cb(next ?? opts.fallback, prev ?? opts.fallback)),
    watchMeta: (cb) => storage.watch<Record<string, unknown>>(`${key}$`, (next, prev) => cb(next ?? {}, prev ?? {})),
    migrate: () => item().migrate(),
  };
}

export const settingsItem = lazyItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  migrations: {},
});

/**
 * v1 is the `PinnedShipment[]` array shape utils/watchlist.ts first described; v2 is a record keyed by
 * `pinKey`, which lets the poller update one entry in place and cannot hold duplicates. Later shapes add
 * a version and a migration here; readWatchlist also fills fields older entries lack.
 */
export const watchlistItem = lazyItem<Watchlist>('local:watchlist', {
  fallback: {},
  version: 2,
  migrations: {
    2: (old: unknown) => migrateWatchlistToV2(old),
  },
});

/**
 * Written together with the watchlist (see watchlistWrite); rebuilt from it by the background when
 * missing or stale (first run after an upgrade, or a watchlist written by anything else).
 */
export const listIndexItem = lazyItem<ListIndex | null>('local:listIndex', {
  fallback: null,
  version: 1,
  migrations: {},
});

export const lookupCacheItem = lazyItem<LookupCache>('local:lookupCache', {
  fallback: {},
  version: 1,
  migrations: {},
});

export const pollStateItem = lazyItem<PollState>('local:pollState', {
  fallback: INITIAL_POLL_STATE,
  version: 1,
  migrations: {},
});

/** Progress of the current or last bulk import; the popup and options page watch it. */
export const bulkProgressItem = lazyItem<BulkProgress | null>('local:bulkProgress', {
  fallback: null,
  version: 1,
  migrations: {},
});

export const bulkQueueItem = lazyItem<BulkQueue | null>('local:bulkQueue', {
  fallback: null,
  version: 1,
  migrations: {},
});

/** Values found corrupt (kept verbatim in `local:quarantine`), shown by the options page. */
export const storageProblemsItem = lazyItem<StorageProblem[]>('local:storageProblems', {
  fallback: [],
  version: 1,
  migrations: {},
});

export const quarantineItem = lazyItem<Record<string, unknown>>('local:quarantine', {
  fallback: {},
  version: 1,
  migrations: {},
});

// ---------------------------------------------------------------------------------------------------
// Migrations

export function migrateWatchlistToV2(old: unknown): Watchlist {
  // Idempotent: a value already in the v2 shape (written without version meta) passes through.
  const list: unknown[] = Array.isArray(old) ? old : old && typeof old === 'object' ? Object.values(old) : [];
  const out: Watchlist = {};
  for (const raw of list) {
    const entry = normalisePinned(raw);
    // Entries that cannot be read are kept in the record under their own key when they have one, so
    // nothing a user pinned disappears silently; readWatchlist reports them.
    if (entry) out[entry.key] = entry;
    else if (raw && typeof raw === 'object' && typeof (raw as { key?: unknown }).key === 'string') {
      out[(raw as { key: string }).key] = raw as PinnedShipment;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Validation

const nullableString = v.optional(v.nullable(v.string()), null);

const PinnedSchema = v.object({
  key: v.optional(v.string()),
  number: v.pipe(v.string(), v.minLength(1)),
  carrier: v.string(),
  pinnedAt: v.optional(v.number(), 0),
  title: nullableString,
  notes: nullableString,
  shipment: v.optional(v.unknown(), null),
  lastCheckedAt: v.optional(v.nullable(v.number()), null),
  lastError: v.optional(v.nullable(v.looseObject({ kind: v.string(), message: v.string() })), null),
  unread: v.optional(v.boolean(), false),
  archived: v.optional(v.boolean(), false),
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
    key: `${p.carrier}:${p.number}`,
    number: p.number,
    carrier: p.carrier,
    pinnedAt: p.pinnedAt,
    title: p.title,
    notes: p.notes,
    shipment: p.shipment as Shipment | null,
    lastCheckedAt: p.lastCheckedAt,
    lastError: p.lastError as ErrorInfo | null,
    unread: p.unread,
    archived: p.archived,
  } as PinnedShipment;
}

export const SettingsSchema = v.object({
  provider: v.picklist(PROVIDERS),
  apiKey: v.pipe(v.string(), v.trim(), v.maxLength(200)),
  endpoint: v.pipe(
    v.string(),
    v.trim(),
    v.maxLength(500),
    v.check((s) => s === '' || /^https?:\/\/[^\s]+$/i.test(s), 'Endpoint must be an http(s) URL.'),
  ),
  uiLanguage: v.picklist(UI_LANGUAGES),
  carrierLanguage: v.pipe(v.string(), v.regex(/^([a-z]{2})?$/, 'Carrier language must be two lowercase letters.')),
  pollMinutes: v.picklist(POLL_INTERVALS as unknown as number[]),
  notify: v.picklist(NOTIFY_RULES),
  detectionEnabled: v.boolean(),
  disabledSites: v.pipe(v.array(v.pipe(v.string(), v.maxLength(253))), v.maxLength(5000)),
  keepInAccountOnUnpin: v.boolean(),
  onboarded: v.boolean(),
});

/**
 * Reads stored settings field by field: a bad field falls back to its default (and is reported), the
 * rest are kept; a value that is not an object at all is quarantined and defaults are used.
 */
export function sanitiseSettings(raw: unknown): { settings: Settings; problems: string[] } {
  if (raw == null) return { settings: { ...DEFAULT_SETTINGS }, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: { ...DEFAULT_SETTINGS }, problems: ['Settings were not an object; defaults are used.'] };
  }
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  const problems: string[] = [];
  const entries = SettingsSchema.entries as Record<string, v.GenericSchema>;
  for (const [field, schema] of Object.entries(entries)) {
    if (!(field in raw)) continue;
    const parsed = v.safeParse(schema, (raw as Record<string, unknown>)[field]);
    if (parsed.success) settings[field] = parsed.output;
    else problems.push(`Setting "${field}" was invalid; its default is used.`);
  }
  return { settings: settings as unknown as Settings, problems };
}

/** Validates a settings change sent by the options page: every given field must be valid. */
export function parseSettingsPatch(patch: Record<string, unknown>): { ok: true; value: Partial<Settings> } | { ok: false; message: string } {
  const partial = v.partial(SettingsSchema);
  const parsed = v.safeParse(v.strictObject(partial.entries), patch);
  if (parsed.success) return { ok: true, value: parsed.output as Partial<Settings> };
  const first = parsed.issues[0];
  const where = first?.path?.map((p) => String(p.key)).join('.') || 'settings';
  return { ok: false, message: `${where}: ${first?.message ?? 'invalid'}` };
}

// ---------------------------------------------------------------------------------------------------
// Reading with corruption checks

/**
 * Reads are copied: callers modify what they read, and neither the item's shared fallback object nor
 * (in tests) the fake storage's own objects may change without a write.
 */
async function readCopy(item: { getValue(): Promise<unknown> }): Promise<unknown> {
  const value = await item.getValue();
  return value == null ? value : structuredClone(value);
}

/** Records a problem and keeps the offending value aside (never deletes it). */
export async function reportProblem(item: string, message: string, value?: unknown): Promise<void> {
  const problems = await readCopy(storageProblemsItem);
  const list = Array.isArray(problems) ? problems : [];
  if (list.some((p) => p.item === item && p.message === message)) return;
  const next = [...list, { item, message, at: Date.now() }].slice(-20);
  const writes: Parameters<typeof storage.setItems>[0] = [{ item: storageProblemsItem, value: next }];
  if (value !== undefined) {
    const q = await readCopy(quarantineItem);
    writes.push({ item: quarantineItem, value: { ...(q && typeof q === 'object' ? q : {}), [`${item}@${Date.now()}`]: value } });
  }
  await storage.setItems(writes);
}

export async function readSettings(): Promise<Settings> {
  const raw: unknown = await readCopy(settingsItem);
  const { settings, problems } = sanitiseSettings(raw);
  for (const p of problems) await reportProblem('settings', p, raw);
  return settings;
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
  const [stored] = await storage.getItems(['local:watchlist']);
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

export async function readPollState(): Promise<PollState> {
  const raw: unknown = await readCopy(pollStateItem);
  if (raw == null) return { ...INITIAL_POLL_STATE };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    await reportProblem('pollState', 'The polling state was unreadable; it was reset.', raw);
    return { ...INITIAL_POLL_STATE };
  }
  const s = raw as Partial<PollState>;
  const run = s.run && Array.isArray(s.run.chunks) && typeof s.run.nextChunk === 'number' ? s.run : null;
  return {
    pausedUntil: typeof s.pausedUntil === 'number' ? s.pausedUntil : null,
    lastPollAt: typeof s.lastPollAt === 'number' ? s.lastPollAt : null,
    lastPollError: s.lastPollError ?? null,
    failures: typeof s.failures === 'number' ? s.failures : 0,
    run: run ? { ...run, pending: Array.isArray(run.pending) ? run.pending : [] } : null,
  };
}

export async function readLookupCache(): Promise<LookupCache> {
  const raw: unknown = await readCopy(lookupCacheItem);
  // The cache is disposable: a corrupt one is simply replaced.
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as LookupCache) : {};
}

export async function readBulk(): Promise<{ progress: BulkProgress | null; queue: BulkQueue | null }> {
  const progress = (await readCopy(bulkProgressItem)) as BulkProgress | null;
  const queue = (await readCopy(bulkQueueItem)) as BulkQueue | null;
  return {
    progress: progress && typeof progress === 'object' && Array.isArray(progress.failed) ? progress : null,
    queue: queue && typeof queue === 'object' && Array.isArray(queue.pending) ? queue : null,
  };
}

export function sortedWatchlist(list: Watchlist): PinnedShipment[] {
  return Object.values(list).sort((a, b) => b.pinnedAt - a.pinnedAt);
}

/**
 * Value plus its version meta and the list index, for one atomic storage.local.set (setItems bypasses the
 * items' own meta). The meta's `rev` and the index's `rev` match, so readers can trust the index.
 */
export function watchlistWrite(value: Watchlist, rev: string = newRevision()) {
  const packed: Watchlist = {};
  for (const [key, p] of Object.entries(value)) packed[key] = p.shipment ? { ...p, shipment: packShipment(p.shipment) } : p;
  return [
    { item: watchlistItem, value: packed },
    { key: 'local:watchlist$' as const, value: { v: 2, rev } },
    ...listIndexWrite(value, rev),
  ];
}

function listIndexWrite(value: Watchlist, rev: string) {
  return [
    { item: listIndexItem, value: buildListIndex(value, rev) },
    { key: 'local:listIndex$' as const, value: { v: 1 } },
  ];
}

/**
 * The list index, when it matches the stored watchlist: one small read (index and the watchlist's meta),
 * no item definitions and so no migration reads. Null when missing or stale: read the watchlist instead.
 */
export async function readListIndex(): Promise<PinSummary[] | null> {
  const [index, meta] = await storage.getItems(['local:listIndex', 'local:watchlist$']);
  return currentPins(index?.value, (meta?.value as { rev?: unknown } | null)?.rev);
}

/**
 * Background only: writes the index (and a revision for it) when it is missing or stale. Returns whether
 * it did. Callers serialise it with the other watchlist writers.
 */
export async function ensureListIndex(): Promise<boolean> {
  if (await readListIndex()) return false;
  // Reading through the item runs the watchlist's own migration first.
  const list = await readWatchlist();
  const meta = (await storage.getItem<Record<string, unknown>>('local:watchlist$')) ?? {};
  const rev = newRevision();
  await storage.setItems([{ key: 'local:watchlist$', value: { ...meta, v: 2, rev } }, ...listIndexWrite(list, rev)]);
  return true;
}
