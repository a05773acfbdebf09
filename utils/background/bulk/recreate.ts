// After a provider switch the pinned parcels live in the old account. This re-creates every pinned parcel in
// the new one through the bulk import: the same batches of 40, progress, cancel, and resume after a worker
// restart. Pins stay as they are throughout; created ones get the new provider's id.
import type { BulkProgress } from '../../messages/background-api';
import { readWatchlist } from '../../watchlist/store';
import { startBulk } from './bulk';

export async function recreatePins(now = Date.now()): Promise<BulkProgress> {
  const parcels = Object.values(await readWatchlist()).filter((p) => p.kind === 'parcel');
  return startBulk(parcels.map((p) => ({ number: p.number, carrier: p.carrier, kind: 'parcel' as const, ...(p.title ? { title: p.title } : {}) })), now);
}
