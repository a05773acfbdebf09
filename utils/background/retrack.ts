// Re-tracking a tracking the provider reports as expired (no update for ~30 days). Only TrackingMore v4
// has it (v4 §5.8, POST /trackings/retrack/{id}); v2 and TrackRU have no such call (their contracts list
// none), so the popup explains instead of offering it.
import { normalizeTracking } from '../shipments/normalize-tracking';
import type { Shipment } from '../shipments/types';
import { readSettings } from '../settings/store';
import { readWatchlist } from '../watchlist/store';
import type { PinnedShipment } from '../watchlist/model';
import { clientFor } from './client';
import { EXTENSION } from './privacy-log';
import { notPinned } from './background-error';
import { onTracking } from './remote-id';
import { updateWatchlist } from './transaction';

export async function retrack(key: string, now = Date.now()): Promise<PinnedShipment> {
  const settings = await readSettings();
  const client = clientFor(settings, EXTENSION);
  const entry = (await readWatchlist())[key];
  if (!entry) throw notPinned();
  // An unsupported provider answers 'unsupported' here, and a tracking that is not expired 4113.
  const { remote } = await onTracking(client, entry, (ref) => client.retrack(ref));
  let shipment: Shipment | null = null;
  try {
    shipment = normalizeTracking(await client.getTracking({ tracking_number: entry.number, carrier_code: entry.carrier, ...(remote ? { id: remote.id } : {}) }));
  } catch {
    // The next poll brings it.
  }
  return updateWatchlist((watchlist) => {
    const current = watchlist[key] ?? entry;
    // Not expired any more: back in the poll (which skips expired pins) even before fresh data comes.
    const revived = shipment ?? (current.shipment ? { ...current.shipment, status: 'pending' as const } : null);
    const next: PinnedShipment = { ...current, shipment: revived, lastCheckedAt: shipment ? now : current.lastCheckedAt, lastError: null, remote };
    watchlist[key] = next;
    return next;
  });
}
