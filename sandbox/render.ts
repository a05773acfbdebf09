// Builds the reply objects (contract §4) from an account tracking and what the carrier world reveals by now.
// Each endpoint showed slightly different field sets and types in captured replies; the quirks are kept.
import type { AccountTracking } from './state';
import { formatIso } from './state';
import type { ScriptedEvent, Status, WorldShipment } from './world';
import { MILESTONES, hashHex, revealed } from './world';

export type TrackingView = 'single' | 'list' | 'realtime';

const DAY = 86_400_000;

function checkpoint(e: ScriptedEvent) {
  // Mixed casing as in the real replies; ItemNode only on milestone checkpoints.
  return {
    Date: e.Date,
    StatusDescription: e.StatusDescription,
    Details: e.Details,
    checkpoint_status: e.checkpoint_status,
    substatus: e.substatus,
    ...(e.ItemNode ? { ItemNode: e.ItemNode } : {}),
  };
}

function carrierInfo(carrierCode: string, events: ScriptedEvent[], weblink: string | null) {
  const info: Record<string, unknown> = { ReferenceNumber: null };
  for (const m of MILESTONES) info[m] = events.find((e) => e.ItemNode === m)?.Date ?? null;
  return { ...info, weblink, phone: null, carrier_code: carrierCode, trackinfo: events.map(checkpoint) };
}

export interface TrackingFacts {
  status: Status;
  substatus: string | null;
  newest: ScriptedEvent | undefined;
  events: ScriptedEvent[];
}

/** Status and events of a number as its carrier reports them at `now`. */
export function facts(ship: WorldShipment | undefined, now: number, override: Status | null = null): TrackingFacts {
  const events = revealed(ship, now);
  const newest = events[0];
  return { status: override ?? newest?.checkpoint_status ?? 'notfound', substatus: newest?.substatus ?? null, newest, events };
}

/** The full Tracking object. `t` is null for realtime queries of numbers not in the account. */
export function renderTracking(
  number: string,
  carrier: string,
  ship: WorldShipment | undefined,
  t: AccountTracking | null,
  now: number,
  view: TrackingView,
): Record<string, unknown> {
  const f = facts(ship, now, t?.statusOverride ?? null);
  if (ship?.snapshot) return overlaySnapshot(ship.snapshot, t, f.status);

  const first = f.events.at(-1);
  const origin = ship ? carrierInfo(carrier, revealed(ship, now, 'origin'), ship.weblink) : carrierInfo(carrier, [], null);
  const destination =
    ship?.destinationCarrier != null ? carrierInfo(ship.destinationCarrier, revealed(ship, now, 'destination'), null) : null;
  const end = f.status === 'delivered' && f.newest ? f.newest.at : now;
  const common = {
    original_country: ship?.originalCountry ?? '',
    destination_country: ship?.destinationCountry ?? '',
    itemTimeLength: first ? Math.floor((end - first.at) / DAY) : null,
    stayTimeLength: f.newest ? Math.floor((now - f.newest.at) / DAY) : null,
    service_code: null,
  };
  const tail = {
    lastEvent: f.newest ? [f.newest.StatusDescription, f.newest.Details, f.newest.Date].join(',') : '',
    lastUpdateTime: f.newest?.Date ?? '',
  };
  const trackUpdate = (t?.trackUpdate ?? true) && f.status !== 'delivered';

  if (view === 'realtime') {
    return {
      id: t?.id ?? idFor(carrier, number),
      tracking_number: number,
      carrier_code: carrier,
      order_create_time: t?.orderCreateTime ?? '',
      destination_code: t?.destinationCode ?? ship?.destinationCode ?? '',
      status: f.status,
      track_update: trackUpdate,
      ...common,
      packageStatus: null,
      substatus: f.substatus,
      last_mile_tracking_supported: null,
      origin_info: origin,
      destination_info: destination,
      ...tail,
    };
  }
  const a = t!;
  const base = {
    id: a.id,
    tracking_number: number,
    carrier_code: carrier,
    status: f.status,
    track_update: trackUpdate,
    created_at: a.createdAtText,
    updated_at: updatedAt(a, f),
    order_create_time: a.orderCreateTime,
    // Single GET shows e-mails as an array (doc sample), the list as a plain string (captured reply).
    customer_email: view === 'single' ? emailArray(a.customerEmail) : emailString(a.customerEmail),
    title: a.title,
    order_id: a.orderId,
    comment: a.comment,
    customer_name: a.customerName,
    archived: a.archived,
  };
  if (view === 'list') {
    // The captured list reply has status_info and no destination_info when there is no second leg.
    return { ...base, ...common, status_info: null, substatus: f.substatus, origin_info: origin, ...(destination ? { destination_info: destination } : {}), ...tail };
  }
  return { ...base, ...common, substatus: f.substatus, origin_info: origin, destination_info: destination, ...tail };
}

/** Create/batch result item (captured 2019 batch reply). */
export function renderSummary(t: AccountTracking) {
  return {
    id: t.id,
    tracking_number: t.number,
    carrier_code: t.carrier,
    order_create_time: t.orderCreateTime ?? 0,
    status: 'pending',
    created_at: t.createdAtText,
    customer_email: t.customerEmail,
    customer_name: t.customerName,
    customer_phone: t.customerPhone,
    order_id: t.orderId,
    comment: t.comment,
    title: t.title,
    logistics_channel: t.logisticsChannel,
    destination: t.destinationCode ?? '',
  };
}

/** PUT reply (TrackRU doc sample): `archived` and `status` echo what was sent, as strings, when sent. */
export function renderUpdated(t: AccountTracking, ship: WorldShipment | undefined, now: number, sent: { archived?: unknown; status?: unknown }) {
  const f = facts(ship, now, t.statusOverride);
  return {
    id: t.id,
    tracking_number: t.number,
    carrier_code: t.carrier,
    created_at: t.createdAtText,
    updated_at: updatedAt(t, f),
    customer_email: t.customerEmail,
    customer_name: t.customerName,
    order_id: t.orderId,
    title: t.title,
    destination_code: t.destinationCode ?? '',
    customer_phone: t.customerPhone,
    archived: sent.archived !== undefined ? String(sent.archived) : t.archived,
    status: sent.status !== undefined ? String(sent.status) : f.status,
    logistics_channel: t.logisticsChannel,
  };
}

/** `updated_at` is the carrier refresh time, not the edit time: the newest event since creation. */
export function updatedAt(t: AccountTracking, f: TrackingFacts): string {
  if (t.updatedAtText) return t.updatedAtText;
  return formatIso(Math.max(t.createdAt, f.newest?.at ?? 0));
}

export function updatedAtMs(t: AccountTracking, f: TrackingFacts): number {
  return t.updatedAtText ? Date.parse(t.updatedAtText) : Math.max(t.createdAt, f.newest?.at ?? 0);
}

function overlaySnapshot(snapshot: Record<string, unknown>, t: AccountTracking | null, status: Status) {
  const out: Record<string, unknown> = structuredClone(snapshot);
  out.status = status;
  if (!t) return out;
  Object.assign(out, {
    title: t.title,
    order_id: t.orderId,
    comment: t.comment,
    customer_name: t.customerName,
    customer_email: t.customerEmail,
    archived: t.archived,
  });
  return out;
}

function emailArray(e: string | string[] | null): string[] | null {
  if (e === null || e === '') return e === '' ? [] : null;
  return Array.isArray(e) ? e : [e];
}

function emailString(e: string | string[] | null): string {
  return Array.isArray(e) ? e.join(',') : (e ?? '');
}

export function idFor(carrier: string, number: string): string {
  return hashHex(`${carrier}/${number}`);
}
