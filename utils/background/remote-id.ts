// Provider ids on pins. TrackingMore v4 addresses a tracking by its id: a pin remembers the id the provider
// gave, and a call whose tracking is gone from the account (deleted there, or an id the provider no longer
// knows: 4102/4112) re-creates it by number and tries once more, so the pin is never lost.
import type { TrackingClient, TrackingRef } from '../api';
import { isApiError } from '../api/api-error';
import { refOf, type PinnedShipment } from '../watchlist/model';

export function remoteOf(client: TrackingClient, id: string | null | undefined): PinnedShipment['remote'] {
  // v2/TrackRU address by number; only v4's ids are worth keeping.
  return id && client.provider === 'trackingmore-v4' ? { provider: client.provider, id } : null;
}

/** `op` on the pin's tracking; re-created by number when the account no longer has it. Returns the id used. */
export async function onTracking<T>(
  client: TrackingClient,
  pin: Pick<PinnedShipment, 'number' | 'carrier' | 'title' | 'remote'>,
  op: (ref: TrackingRef) => Promise<T>,
): Promise<{ result: T; remote: PinnedShipment['remote'] }> {
  const ref = refOf(pin, client.provider);
  try {
    return { result: await op(ref), remote: pin.remote ?? null };
  } catch (error) {
    if (!isApiError(error, 'not-found')) throw error;
  }
  let id: string | null = null;
  try {
    const created = await client.createTracking({ tracking_number: pin.number, carrier_code: pin.carrier, ...(pin.title ? { title: pin.title } : {}) });
    id = created.id;
  } catch (error) {
    // Someone else re-created it meanwhile: the retry finds it by number.
    if (!isApiError(error, 'exists')) throw error;
  }
  const fresh: TrackingRef = { tracking_number: pin.number, carrier_code: pin.carrier, ...(id ? { id } : {}) };
  return { result: await op(fresh), remote: remoteOf(client, id) };
}
