// msg.lookup: one number's current state, from cache when fresh, else from the API (getTracking, then
// realtime when the account does not hold the number; aircargo for air waybills).
import type { LookupReply } from '../messages/background-api';
import { readSettings } from '../settings/store';
import { readListIndex, readWatchlist } from '../watchlist/store';
import { findPinned, pinKey } from '../watchlist/model';
import type { PinSummary } from '../watchlist/summary';
import type { Shipment } from '../shipments/types';
import type { TrackingClient } from '../api';
import { defaultCarrier, identifyOrParcel } from '../tracking-numbers';
import { looksLikeTrackingNumber } from '../tracking-numbers/resolve';
import { notANumber } from './background-error';
import { rememberCarrier } from './carrier-choices';
import { normalizeTracking } from '../shipments/normalize-tracking';
import { airCargoToShipment, pickAirCargo } from './air-cargo';
import { clientFor } from './client';
import { EXTENSION, type RequestReason } from './privacy-log';
import { cachedFor, lastKnown, remember, REALTIME_WINDOW_MS } from './cache';
import { resolveCarrier } from './resolve-carrier';
import { isApiError } from '../api/api-error';
import { singleFlight } from './lock';
import { TrackingApiError } from '../api';
import { readPollState, lastCheckOf } from './poll/poll-state';
import { updateWatchlist } from './transaction';
import { deepEqual } from '../deep-equal';

export interface LookupInput {
  number: string;
  carrier?: string;
  refresh?: boolean;
  /** Why the API is asked (privacy log); the popup and options page when absent. */
  reason?: RequestReason;
}

export async function lookup(input: LookupInput, now = Date.now()): Promise<LookupReply> {
  const settings = await readSettings();
  const client = clientFor(settings, input.reason ?? EXTENSION);
  if (!looksLikeTrackingNumber(input.number)) throw notANumber();
  const id = identifyOrParcel(input.number);
  const carrierHint = input.carrier || undefined;

  if (!input.refresh) {
    const hit = await cachedFor(id.kind === 'awb' ? undefined : carrierHint, id.number, now);
    if (hit) return reply(hit.entry.shipment, hit.entry.fetchedAt, true);
  }

  const carrier = await resolveCarrier(id, carrierHint, client);
  const key = pinKey(carrier, id.number);
  // Concurrent identical lookups (card + popup at once) share one request.
  const fresh = await singleFlight(`lookup:${key}:${settings.provider}`, () => fetchShipment(client, id.kind, carrier, id.number, key, now));
  if (!fresh.fromCache) await syncPin(key, fresh.shipment, now).catch(() => undefined);
  // A carrier the user picked for a number that did not settle one is remembered for next time.
  if (carrierHint && id.kind === 'parcel' && defaultCarrier(id, 'only-if-unambiguous') !== carrierHint) await rememberCarrier(id.number, carrierHint);
  return reply(fresh.shipment, fresh.fetchedAt, fresh.fromCache);
}

async function reply(shipment: Shipment, fetchedAt: number, fromCache: boolean): Promise<LookupReply> {
  const pins: Pick<PinSummary, 'key' | 'number' | 'carrier' | 'lastCheckedAt'>[] = (await readListIndex()) ?? Object.values(await readWatchlist());
  const pin = findPinned(pins, shipment.number, shipment.carrier.code);
  const polled = pin ? lastCheckOf(pin, await readPollState()) : null;
  return { shipment, fetchedAt, fromCache, pinned: !!pin, checkedAt: Math.max(fetchedAt, polled ?? 0) };
}

/**
 * Fresh data for a pinned shipment goes to its pin too, so the list says what details say. Not notified:
 * the user is looking at it. Nothing is written when the pin already holds this data.
 */
async function syncPin(key: string, shipment: Shipment, now: number): Promise<void> {
  await updateWatchlist((watchlist) => {
    const pin = watchlist[key];
    if (!pin || deepEqual(pin.shipment, shipment)) return;
    watchlist[key] = { ...pin, shipment, lastCheckedAt: now, lastError: null };
  });
}

interface Fetched {
  shipment: Shipment;
  fetchedAt: number;
  fromCache: boolean;
}

async function fetchShipment(client: TrackingClient, kind: 'parcel' | 'awb', carrier: string, number: string, key: string, now: number): Promise<Fetched> {
  if (kind === 'awb') {
    const replies = await client.trackAirWaybill(number);
    const entry = pickAirCargo(replies, number);
    if (!entry) throw new TrackingApiError('not-found', null, 'No data for this air waybill.');
    const shipment = airCargoToShipment(entry, number);
    await remember(key, shipment, now, false);
    return { shipment, fetchedAt: now, fromCache: false };
  }
  const ref = { tracking_number: number, carrier_code: carrier };
  try {
    const shipment = normalizeTracking(await client.getTracking(ref));
    await remember(key, shipment, now, false);
    return { shipment, fetchedAt: now, fromCache: false };
  } catch (error) {
    // 4031: the account does not hold this number; ask the carrier directly (realtime).
    if (!isApiError(error, 'not-found')) throw error;
  }
  const previous = await lastKnown(key);
  if (previous?.realtime && now - previous.fetchedAt < REALTIME_WINDOW_MS) {
    return { shipment: previous.shipment, fetchedAt: previous.fetchedAt, fromCache: true };
  }
  const shipment = normalizeTracking(await client.realtime(ref));
  await remember(key, shipment, now, true);
  return { shipment, fetchedAt: now, fromCache: false };
}

