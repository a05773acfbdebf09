// v4 reply objects (contract §4) built from an account tracking and what the carrier world reveals by now.
// The quirks of real v4 replies are kept on purpose: `update_at` (sic), `archived` as a string, zone-less
// checkpoint dates, `transit_time` in whole days, extra keys no SDK lists (`source`).
import { SEED_AWB_ENTRY } from '../seed-vendor-docs';
import type { AccountTracking } from '../state';
import type { ScriptedEvent, WorldShipment } from '../world';
import { revealed } from '../world';

const DAY = 86_400_000;
/** A tracking with no carrier update for this long is `expired`; retrack revives it (§3.1). */
export const EXPIRY_MS = 30 * DAY;
/** Batch-created trackings stay `pending` until TrackingMore's first refresh (§5.5); shortened for the demo. */
export const FIRST_REFRESH_MS = 10 * 60_000;

/** `2023-10-24T06:48:32+00:00`, the form of `created_at` / `update_at`. */
export function iso4(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + '+00:00';
}

/** Carrier-local `YYYY-MM-DD HH:mm:ss` → `YYYY-MM-DDTHH:mm:ss` (no zone, §1.4). */
const localIso = (date: string) => date.replace(' ', 'T');

/** v4 gives countries as ISO-2 (v2 gave names); the names the world script uses. */
const ISO2: Record<string, string> = {
  China: 'CN', Poland: 'PL', Spain: 'ES', Germany: 'DE', 'Hong Kong': 'HK', Italy: 'IT', Netherlands: 'NL',
  Russia: 'RU', 'United States': 'US',
};

/** v2-era substatus codes of the world script, in v4 words. */
function v4Status(status: string, substatus: string | null): [string, string | null] {
  if (status === 'notfound' && substatus === 'notfound001') return ['inforeceived', 'inforeceived001'];
  return [status, substatus];
}

function checkpoint(e: ScriptedEvent) {
  const [status, substatus] = v4Status(e.checkpoint_status, e.substatus);
  return {
    checkpoint_date: localIso(e.Date),
    checkpoint_delivery_status: status,
    checkpoint_delivery_substatus: substatus,
    tracking_detail: e.StatusDescription,
    location: e.Details,
    country_iso2: null,
    state: null,
    city: null,
    zip: null,
    raw_status: null,
  };
}

function leg(courier: string | null, events: ScriptedEvent[], weblink: string | null) {
  const at = (sub: string) => events.find((e) => e.substatus === sub || e.checkpoint_status === sub);
  const date = (e: ScriptedEvent | undefined) => (e ? localIso(e.Date) : null);
  return {
    courier_code: courier,
    courier_phone: null,
    weblink,
    reference_number: null,
    milestone_date: {
      inforeceived_date: date(at('notfound001')),
      pickup_date: date(at('transit001')),
      outfordelivery_date: date(at('pickup001')),
      delivery_date: date(at('delivered')),
      returning_date: null,
      returned_date: null,
    },
    pickup_date: null,
    departed_airport_date: date(events.find((e) => e.ItemNode === 'DepartfromAirport')),
    arrived_abroad_date: date(events.find((e) => e.ItemNode === 'ArrivalfromAbroad')),
    customs_received_date: date(events.find((e) => e.ItemNode === 'CustomsClearance')),
    trackinfo: events.map(checkpoint),
  };
}

export interface Facts4 {
  status: string;
  substatus: string | null;
  events: ScriptedEvent[];
}

/** What v4 says about a tracking now: pending before the first refresh, expired after 30 silent days. */
export function facts4(t: AccountTracking, ship: WorldShipment | undefined, now: number): Facts4 {
  const events = revealed(ship, now);
  const newest = events[0];
  if (t.pendingUntil !== undefined && now < t.pendingUntil) return { status: 'pending', substatus: null, events: [] };
  if (t.statusOverride) return { status: t.statusOverride, substatus: null, events };
  if (!newest) return { status: 'notfound', substatus: 'notfound002', events };
  const [status, substatus] = v4Status(newest.checkpoint_status, newest.substatus);
  const silentSince = Math.max(newest.at, t.retrackedAt ?? 0);
  if (status !== 'delivered' && now - silentSince > EXPIRY_MS) return { status: 'expired', substatus: 'expired001', events };
  return { status, substatus, events };
}

/** The full Tracking (create reply, list items). */
export function renderTracking4(t: AccountTracking, ship: WorldShipment | undefined, now: number): Record<string, unknown> {
  const f = facts4(t, ship, now);
  const newest = f.events[0];
  const first = f.events.at(-1);
  const origin = f.events.filter((e) => e.leg === 'origin');
  const destination = f.events.filter((e) => e.leg === 'destination');
  const end = f.status === 'delivered' && newest ? newest.at : now;
  const x = t.extras ?? {};
  return {
    id: t.id,
    tracking_number: t.number,
    courier_code: t.carrier,
    order_number: t.orderId,
    order_date: null,
    created_at: iso4(t.createdAt),
    update_at: iso4(Math.max(t.createdAt, newest?.at ?? 0)),
    delivery_status: f.status,
    archived: t.archived ? 'archived' : 'tracking',
    updating: f.status !== 'delivered' && f.status !== 'expired',
    source: 'API',
    destination_country: ship?.destinationCode ?? null,
    destination_state: null,
    destination_city: null,
    origin_country: (ship && ISO2[ship.originalCountry]) ?? null,
    origin_state: null,
    origin_city: null,
    tracking_postal_code: x.tracking_postal_code ?? null,
    tracking_ship_date: x.tracking_ship_date ?? null,
    tracking_destination_country: x.tracking_destination_country ?? null,
    tracking_origin_country: null,
    tracking_key: null,
    tracking_courier_account: x.tracking_courier_account ?? null,
    customer_name: t.customerName,
    customer_email: Array.isArray(t.customerEmail) ? (t.customerEmail[0] ?? null) : t.customerEmail,
    customer_sms: t.customerPhone,
    order_id: null,
    title: t.title,
    logistics_channel: t.logisticsChannel,
    note: t.comment,
    signed_by: null,
    service_code: null,
    weight: null,
    weight_kg: null,
    product_type: null,
    pieces: null,
    dimension: null,
    previously: null,
    destination_track_number: null,
    exchange_number: null,
    scheduled_delivery_date: ship?.scheduledDelivery ?? null,
    scheduled_address: null,
    substatus: f.substatus,
    status_info: null,
    latest_event: newest ? [newest.StatusDescription, newest.Details, newest.Date].join(', ') : null,
    latest_checkpoint_time: newest ? localIso(newest.Date) : null,
    transit_time: first ? Math.floor((end - first.at) / DAY) : 0,
    origin_info: leg(t.carrier, origin, ship?.weblink ?? null),
    destination_info: leg(ship?.destinationCarrier ?? null, destination, null),
  };
}

/** Batch items, delete and retrack replies: `{id, tracking_number, courier_code}` (§10). */
export function renderRef4(t: AccountTracking) {
  return { id: t.id, tracking_number: t.number, courier_code: t.carrier };
}

/** The update summary (§5.6). */
export function renderUpdate4(t: AccountTracking, newCourier: string | null) {
  const x = t.extras ?? {};
  return {
    ...renderRef4(t),
    courier_code_new: newCourier,
    order_number: t.orderId,
    order_date: null,
    order_id: null,
    destination_country: null,
    origin_country: null,
    tracking_postal_code: x.tracking_postal_code ?? null,
    tracking_ship_date: x.tracking_ship_date ?? null,
    tracking_courier_account: x.tracking_courier_account ?? null,
    tracking_destination_country: x.tracking_destination_country ?? null,
    tracking_origin_country: null,
    tracking_key: null,
    customer_name: t.customerName,
    customer_email: null,
    customer_sms: t.customerPhone,
    recipient_postcode: null,
    title: t.title,
    logistics_channel: t.logisticsChannel,
    note: t.comment,
    label: null,
    archived_status: t.archived ? 'archived' : 'tracking',
  };
}

/** The seed AWB (v2 aircargo doc reply) in the v4 `POST /awb` layout (§4.5). */
export function seedAwb4() {
  const r = SEED_AWB_ENTRY.return_data;
  const flights = Object.entries(r.flight_info).map(([flight, f]) => ({
    flight_number: flight,
    depart_station: f.depart_station,
    arrival_station: f.arrival_station,
    plan_depart_time: f.plan_depart_time,
    depart_time: f.depart_time,
    plan_arrival_time: f.plan_arrival_time,
    arrival_time: f.arrival_time,
    piece: '9',
    weight: r.weight,
    status: 'ARR',
  }));
  return {
    awb_number: SEED_AWB_ENTRY.track_number,
    awb_status: 'delivered',
    awb_substatus: 'delivered001',
    // A number here, a string in other sources (§4.5): the client accepts both.
    status_number: r.status_number,
    weight: r.weight,
    piece: String(r.piece),
    origin: r.origin,
    destination: r.destination,
    flight_way_station: [...r.flight_way_station],
    last_event: r.last_event,
    flight_info_new: flights,
    flight_info: structuredClone(r.flight_info),
    track_info: r.track_info.map((e) => ({ ...e, checkpoint_status: e.status === 'DLV' ? 'delivered' : 'transit', checkpoint_substatus: null })),
    airline_info: { ...SEED_AWB_ENTRY.airline_info, trackpage_url: SEED_AWB_ENTRY.airline_info.track_url },
  };
}
