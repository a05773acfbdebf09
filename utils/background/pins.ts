// Pinning and everything done to pinned shipments from the popup and options page. Local state changes
// first where the user's intent is clear (unpin, mark read); provider calls that can fail come first
// where the local state must reflect the provider (pin, status, carrier).
import type { TrackingClient } from '../api';
import { findPinned, newPin, pinKey, pinsOfNumber, refOf, type PinnedShipment, type Watchlist } from '../watchlist/model';
import type { Shipment, Status } from '../shipments/types';
import { readSettings } from '../settings/store';
import { readWatchlist } from '../watchlist/store';
import { identifyOrParcel } from '../tracking-numbers';
import { looksLikeTrackingNumber } from '../tracking-numbers/resolve';
import { normalizeTracking } from '../shipments/normalize-tracking';
import { clientFor } from './client';
import { EXTENSION, type RequestReason } from './privacy-log';
import { lastKnown } from './cache';
import { resolveCarrier } from './resolve-carrier';
import { isApiError } from '../api/api-error';
import { notANumber, notPinned } from './background-error';
import { updateWatchlist } from './transaction';
import { onTracking, remoteOf } from './remote-id';
import { cleanFields, explainMissingFields, type CarrierFieldValues } from './carrier-fields';
import { PROVIDERS } from '../api/providers';

/** Air waybills are tracked through the aircargo endpoint; they are never created in the account. */
export const inAccount = (p: PinnedShipment) => p.kind !== 'awb';

/** A pin, and the same number's other pins (under other carriers): the UI offers to merge them. */
export type PinReply = PinnedShipment & { duplicates: { key: string; carrier: string }[] };

type PinInput = { number: string; carrier?: string; title?: string; reason?: RequestReason; fields?: CarrierFieldValues };

export async function pin(input: PinInput, now = Date.now()): Promise<PinReply> {
  const entry = await pinOne(input, now);
  const duplicates = pinsOfNumber(Object.values(await readWatchlist()), entry.number)
    .filter((p) => p.key !== entry.key)
    .map((p) => ({ key: p.key, carrier: p.carrier }));
  return { ...entry, duplicates };
}

async function pinOne(input: PinInput, now: number): Promise<PinnedShipment> {
  const settings = await readSettings();
  const client = clientFor(settings, input.reason ?? EXTENSION);
  if (!looksLikeTrackingNumber(input.number)) throw notANumber();
  const id = identifyOrParcel(input.number);
  const carrier = await resolveCarrier(id, input.carrier || undefined, client);
  const key = pinKey(carrier, id.number);
  const title = input.title?.trim() || null;

  const existing = (await readWatchlist())[key];
  if (existing && !title) return existing;

  let remote: PinnedShipment['remote'] = null;
  if (id.kind === 'parcel') {
    try {
      const request = { tracking_number: id.number, carrier_code: carrier, ...(title ? { title } : {}), ...cleanFields(input.fields) };
      remote = remoteOf(client, (await client.createTracking(request)).id);
    } catch (error) {
      // 4122: say which fields this courier needs, so the user can give them and pin again.
      if (isApiError(error) && error.code === 4122) throw await explainMissingFields(error, client, carrier);
      // 4016 "already exists": the account holds it already; that is what pinning wants.
      if (!isApiError(error, 'exists')) throw error;
    }
  }
  const last = await lastKnown(key);
  return updateWatchlist((watchlist) => {
    const before = watchlist[key];
    const entry = before ? { ...before, title: title ?? before.title, remote: remote ?? before.remote ?? null } : { ...newPin({ number: id.number, carrier, kind: id.kind, title }, now, last), remote };
    watchlist[key] = entry;
    return entry;
  });
}

export async function isPinned(input: { number: string; carrier?: string }): Promise<boolean> {
  const id = identifyOrParcel(input.number);
  return !!findPinned(Object.values(await readWatchlist()), id.number, input.carrier);
}

/** `keepInAccount` forces a local-only unpin (a card's unpin: deleting from the account is never its call). */
export async function unpin(keys: string[], options: { keepInAccount?: boolean; reason?: RequestReason } = {}): Promise<{ removed: number }> {
  const settings = await readSettings();
  const removed = await updateWatchlist((watchlist) => {
    const gone: PinnedShipment[] = [];
    for (const key of keys) {
      const entry = watchlist[key];
      if (!entry) continue;
      gone.push(entry);
      delete watchlist[key];
    }
    return gone;
  });
  if (removed.length && !options.keepInAccount && !settings.keepInAccountOnUnpin && settings.apiKey) {
    await deleteRemote(clientFor(settings, options.reason ?? EXTENSION), removed.filter(inAccount));
  }
  return { removed: removed.length };
}

/** Best effort: the shipment is already gone locally, and a leftover in the account costs nothing more. */
export async function deleteRemote(client: TrackingClient, pins: PinnedShipment[]): Promise<void> {
  if (!pins.length) return;
  try {
    if (pins.length === 1 || !client.supports('deleteTrackings')) {
      for (const p of pins) await client.deleteTracking(refOf(p, client.provider)).catch((e: unknown) => {
        if (!isApiError(e, 'not-found')) throw e;
      });
    } else {
      await client.deleteTrackings(pins.map((p) => refOf(p, client.provider)));
    }
  } catch (error) {
    console.warn('Trackpin: could not remove unpinned shipments from the account', error);
  }
}

export function requirePins(list: Watchlist, keys: string[]): PinnedShipment[] {
  const found = keys.map((k) => list[k]).filter((p): p is PinnedShipment => !!p);
  if (!found.length) throw notPinned();
  return found;
}

const FORCED: Record<'delivered' | 'exception' | 'revert', 4 | 7 | 8> = { delivered: 4, exception: 7, revert: 8 };

/** Mark delivered / exception, or revert to the status the provider computes (PUT status 4/7/8). */
export async function setStatus(keys: string[], action: 'delivered' | 'exception' | 'revert', now = Date.now()): Promise<{ updated: number }> {
  const settings = await readSettings();
  const client = clientFor(settings, EXTENSION);
  const pins = requirePins(await readWatchlist(), keys).filter(inAccount);
  if (!pins.length) return { updated: 0 };
  const status = FORCED[action];
  // TrackingMore v4 has no forced status (v4 §3.3): the mark is local, and 'revert' re-reads the provider's.
  if (PROVIDERS[client.provider].forcesStatus !== false) {
    if (pins.length === 1 || !client.supports('updateTrackings')) {
      for (const p of pins) await client.updateTracking(refOf(p, client.provider), { status });
    } else {
      await client.updateTrackings(pins.map((p) => ({ ...refOf(p, client.provider), status })));
    }
  }
  // Reverting: only the provider knows the computed status, so fetch it (one call per 40).
  let fresh = new Map<string, Shipment>();
  if (action === 'revert') {
    try {
      const list = await client.listTrackings({ numbers: pins.map((p) => p.number) });
      fresh = new Map(list.items.map((t) => [pinKey(t.carrier_code, t.tracking_number), normalizeTracking(t)]));
    } catch {
      // The next poll will bring it.
    }
  }
  return updateWatchlist((watchlist) => {
    let updated = 0;
    for (const p of pins) {
      const entry = watchlist[p.key];
      if (!entry) continue;
      updated++;
      const forced: Status | null = action === 'delivered' ? 'delivered' : action === 'exception' ? 'exception' : null;
      const shipment = fresh.get(p.key) ?? (entry.shipment && forced ? { ...entry.shipment, status: forced } : entry.shipment);
      watchlist[p.key] = { ...entry, shipment, lastCheckedAt: fresh.has(p.key) ? now : entry.lastCheckedAt };
    }
    return { updated };
  });
}

export async function edit(input: { key: string; title?: string | null; notes?: string | null }): Promise<PinnedShipment> {
  const settings = await readSettings();
  const entry = (await readWatchlist())[input.key];
  if (!entry) throw notPinned();
  const title = input.title === undefined ? entry.title : input.title?.trim() || null;
  const notes = input.notes === undefined ? entry.notes : input.notes?.trim() || null;
  // The provider keeps a title (PUT has no comment field); notes stay local.
  let remote: PinnedShipment['remote'] = entry.remote ?? null;
  if (title !== entry.title && inAccount(entry)) {
    const client = clientFor(settings, EXTENSION);
    ({ remote } = await onTracking(client, entry, (ref) => client.updateTracking(ref, { title: title ?? '' })));
  }
  return updateWatchlist((watchlist) => {
    const current = watchlist[input.key];
    if (!current) throw notPinned();
    const next = { ...current, title, notes, remote };
    watchlist[input.key] = next;
    return next;
  });
}

export async function changeCarrier(input: { key: string; carrier: string }, now = Date.now()): Promise<PinnedShipment> {
  const settings = await readSettings();
  const client = clientFor(settings, EXTENSION);
  const entry = (await readWatchlist())[input.key];
  if (!entry) throw notPinned();
  if (entry.carrier === input.carrier) return entry;
  const { remote } = await onTracking(client, entry, (ref) => client.changeCarrier(ref, input.carrier));
  let shipment: Shipment | null = null;
  try {
    shipment = normalizeTracking(await client.getTracking({ tracking_number: entry.number, carrier_code: input.carrier }));
  } catch {
    // Data under the new carrier comes with the next poll.
  }
  return updateWatchlist((watchlist) => {
    const current = watchlist[input.key] ?? entry;
    delete watchlist[input.key];
    const next: PinnedShipment = {
      ...current,
      key: pinKey(input.carrier, current.number),
      carrier: input.carrier,
      shipment,
      lastCheckedAt: shipment ? now : null,
      lastError: null,
      remote,
    };
    watchlist[next.key] = next;
    return next;
  });
}

/** Clears the unread mark (and the badge count) for the given keys, or for all when none are given. */
export async function markRead(keys: string[]): Promise<null> {
  await updateWatchlist((watchlist) => {
    const targets = keys.length ? keys : Object.keys(watchlist);
    for (const key of targets) {
      const entry = watchlist[key];
      if (entry?.unread) watchlist[key] = { ...entry, unread: false };
    }
  });
  return null;
}

