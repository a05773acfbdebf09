// A storage.local with a quota, as browsers have (10 MiB for extensions): a write that would take the
// stored total over `bytes` is refused with Chrome's error, and nothing of it is stored.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const size = (items: Record<string, unknown>) => Object.entries(items).reduce((n, [k, v]) => n + k.length + JSON.stringify(v ?? null).length, 0);

export function limitStorage(bytes: number) {
  const local = fakeBrowser.storage.local;
  const real = local.set.bind(local);
  return vi.spyOn(local, 'set').mockImplementation(async (items) => {
    const current = (await local.get(null)) as Record<string, unknown>;
    const next = { ...current, ...(items as Record<string, unknown>) };
    if (size(next) > bytes) throw new Error('QUOTA_BYTES quota exceeded');
    return real(items);
  });
}

/** Bytes now stored. */
export async function storedBytes(): Promise<number> {
  return size((await fakeBrowser.storage.local.get(null)) as Record<string, unknown>);
}

/** Storage so full that any write of an item matching `key` fails, while small writes of others still fit. */
export function refuseWritesOf(key: string) {
  const local = fakeBrowser.storage.local;
  const real = local.set.bind(local);
  return vi.spyOn(local, 'set').mockImplementation(async (items) => {
    if (Object.keys(items as object).includes(key)) throw new Error('QUOTA_BYTES quota exceeded');
    return real(items);
  });
}
