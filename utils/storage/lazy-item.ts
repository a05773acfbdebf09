// Every persisted item lives in storage.local (the background's only memory: its service worker is killed
// after ~30 s idle). Each item is versioned from the first release so later shapes can migrate; the owner
// of each shape defines its item next to it (watchlist/store.ts, settings/store.ts, background/poll/…).
import { storage, type WxtStorageItem, type WxtStorageItemOptions } from 'wxt/utils/storage';

export type LocalKey = `local:${string}`;

/**
 * WXT's defineItem reads the item's value (and meta) from storage as soon as it is defined, twice for
 * versioned items (migration check, then init), and every later read waits for that. Defined at module
 * load, that meant every page importing the items read every item, the 700 kB watchlist three times,
 * before its own first read. Items are therefore defined on first use; `watch` needs no definition.
 */
export function lazyItem<T>(key: LocalKey, opts: WxtStorageItemOptions<T> & { fallback: T }): WxtStorageItem<T, Record<string, unknown>> {
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
    watchMeta: (cb) => storage.watchMeta<Record<string, unknown>>(key, cb),
    migrate: () => item().migrate(),
  };
}

/**
 * Reads are copied: callers modify what they read, and neither the item's shared fallback object nor
 * (in tests) the fake storage's own objects may change without a write.
 */
export async function readCopy(item: { getValue(): Promise<unknown> }): Promise<unknown> {
  const value = await item.getValue();
  return value == null ? value : structuredClone(value);
}
