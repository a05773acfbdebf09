// The carrier the user picked for a number the engine and the provider could not settle, remembered so
// the next lookup, pin or card of that number goes straight to it (a new item: no watchlist change).
import { storage } from 'wxt/utils/storage';
import { lazyItem, readCopy } from '../storage/lazy-item';
import { normalizeNumber } from '../tracking-numbers/resolve';
import { withLock } from './lock';

/** Number → carrier code; the oldest choices go first past this many. */
const MAX_CHOICES = 500;

export const carrierChoicesItem = lazyItem<Record<string, string>>('local:carrierChoices', {
  fallback: {},
  version: 1,
  migrations: {},
});

async function readChoices(): Promise<Record<string, string>> {
  const raw = await readCopy(carrierChoicesItem);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter(([, c]) => typeof c === 'string')) as Record<string, string>;
}

export async function rememberedCarrier(number: string): Promise<string | undefined> {
  return (await readChoices())[normalizeNumber(number)];
}

export async function rememberCarrier(number: string, carrier: string): Promise<void> {
  const key = normalizeNumber(number);
  await withLock('carrier-choices', async () => {
    const choices = await readChoices();
    if (choices[key] === carrier) return;
    delete choices[key]; // re-insert last: insertion order is age
    choices[key] = carrier;
    const kept = Object.entries(choices).slice(-MAX_CHOICES);
    // A full storage only loses the convenience, never the lookup.
    await storage.setItems([{ item: carrierChoicesItem, value: Object.fromEntries(kept) }]).catch(() => undefined);
  });
}
