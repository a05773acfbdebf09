// msg.carriers: the provider's carriers by name, for the carrier picker. Kept a day per provider in
// storage (one API call, not one per picker); a failed or full write only costs the next call again.
import { storage } from 'wxt/utils/storage';
import { readSettings } from '../settings/store';
import { lazyItem, readCopy } from '../storage/lazy-item';
import { clientFor } from './client';
import { EXTENSION } from './privacy-log';

const KEEP_MS = 24 * 60 * 60_000;

export interface CarrierListEntry {
  code: string;
  name: string;
}

interface StoredList {
  provider: string;
  at: number;
  carriers: CarrierListEntry[];
}

export const carrierListItem = lazyItem<StoredList | null>('local:carrierList', { fallback: null, version: 1, migrations: {} });

export async function carrierList(now = Date.now()): Promise<CarrierListEntry[]> {
  const settings = await readSettings();
  const stored = (await readCopy(carrierListItem)) as StoredList | null;
  if (stored && stored.provider === settings.provider && now - stored.at < KEEP_MS && Array.isArray(stored.carriers)) return stored.carriers;
  const carriers = (await clientFor(settings, EXTENSION).listCarriers())
    .map((c) => ({ code: c.code, name: c.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  await storage.setItems([{ item: carrierListItem, value: { provider: settings.provider, at: now, carriers } }]).catch(() => undefined);
  return carriers;
}
