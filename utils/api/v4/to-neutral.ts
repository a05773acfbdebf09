// v4 replies → the client's provider-neutral records (the shapes `TrackingClient` returns), so one set of
// Shipment normalisers (utils/shipments/) serves every provider. The field mapping is contract v4 §9.
import * as v from 'valibot';
import type { ApiAirCargo, ApiFlight } from '../schema/aircargo';
import { FlightSchema } from '../schema/aircargo';
import type { ApiCarrier, ApiDetectedCarrier } from '../schema/account';
import type { ApiCarrierInfo, ApiCheckpoint, ApiItemError, ApiTracking, ApiTrackingSummary } from '../schema/tracking';
import type { ApiAwb4, ApiCheckpoint4, ApiCourier4, ApiLeg4, ApiTracking4 } from './v4-replies';

const ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/** §11 #7: `2023-09-15T15:00:00` (zone-less, carrier-local) is written like v2's `2023-09-15 15:00:00`. */
export function localDate(date: string | null): string | null {
  if (!date) return null;
  const d = date.trim();
  return ZONE.test(d) ? d : d.replace('T', ' ');
}

function place(c: ApiCheckpoint4): string {
  if (c.location) return c.location;
  return [c.city, c.state, c.country_iso2].filter(Boolean).join(', ');
}

function checkpoint(c: ApiCheckpoint4): ApiCheckpoint {
  return {
    Date: localDate(c.checkpoint_date),
    StatusDescription: c.tracking_detail,
    Details: place(c),
    checkpoint_status: c.checkpoint_delivery_status,
    substatus: c.checkpoint_delivery_substatus,
    ItemNode: null,
  };
}

function leg(info: ApiLeg4 | null, fallback: readonly ApiCheckpoint4[]): ApiCarrierInfo | null {
  if (!info && fallback.length === 0) return null;
  const events = info?.trackinfo.length ? info.trackinfo : fallback;
  return {
    ReferenceNumber: null,
    ItemReceived: localDate(info?.milestone_date?.pickup_date ?? null),
    ItemDispatched: null,
    DepartfromAirport: localDate(info?.departed_airport_date ?? null),
    ArrivalfromAbroad: localDate(info?.arrived_abroad_date ?? null),
    CustomsClearance: localDate(info?.customs_received_date ?? null),
    DestinationArrived: null,
    weblink: info?.weblink ?? null,
    phone: info?.courier_phone ?? null,
    carrier_code: info?.courier_code ?? null,
    trackinfo: events.map(checkpoint),
  };
}

export function toTracking(t: ApiTracking4): ApiTracking {
  const origin = leg(t.origin_info, t.track_info);
  const destination = t.destination_info?.courier_code || t.destination_info?.trackinfo.length ? leg(t.destination_info, []) : null;
  const hasEvents = (origin?.trackinfo.length ?? 0) + (destination?.trackinfo.length ?? 0) > 0;
  return {
    id: t.id,
    tracking_number: t.tracking_number,
    carrier_code: t.courier_code,
    status: t.delivery_status,
    substatus: t.substatus,
    created_at: t.created_at,
    // §11 #4: the sic spelling first.
    updated_at: t.update_at ?? t.updated_at,
    order_create_time: null,
    destination_code: t.destination_country,
    customer_email: t.customer_email ? [t.customer_email] : [],
    customer_name: t.customer_name,
    customer_phone: t.customer_sms,
    title: t.title,
    order_id: t.order_number,
    comment: t.note,
    logistics_channel: t.logistics_channel,
    archived: t.archived,
    original_country: t.origin_country,
    destination_country: t.destination_country,
    // `0` means unknown until there are events.
    itemTimeLength: hasEvents ? t.transit_time : null,
    stayTimeLength: null,
    service_code: null,
    status_info: null,
    packageStatus: null,
    origin_info: origin,
    destination_info: destination,
    lastEvent: t.latest_event,
    lastUpdateTime: localDate(t.latest_checkpoint_time),
    scheduled_delivery_date: localDate(t.scheduled_delivery_date),
  };
}

export function toSummary(t: ApiTracking4 | { id: string | null; tracking_number: string; courier_code: string }): ApiTrackingSummary {
  const full = 'delivery_status' in t ? t : null;
  return {
    id: t.id,
    tracking_number: t.tracking_number,
    carrier_code: t.courier_code,
    status: full?.delivery_status ?? 'pending',
    created_at: full?.created_at ?? null,
    updated_at: full ? (full.update_at ?? full.updated_at) : null,
    order_create_time: null,
    customer_email: full?.customer_email ? [full.customer_email] : [],
    customer_name: full?.customer_name ?? null,
    customer_phone: full?.customer_sms ?? null,
    order_id: full?.order_number ?? null,
    comment: full?.note ?? null,
    title: full?.title ?? null,
    logistics_channel: full?.logistics_channel ?? null,
    destination: null,
    destination_code: full?.destination_country ?? null,
    archived: full?.archived ?? false,
  };
}

export function toItemError(e: { tracking_number: string | null; courier_code: string | null; errorCode: number | null; errorMessage: string | null }): ApiItemError {
  return { tracking_number: e.tracking_number, carrier_code: e.courier_code, code: e.errorCode, message: e.errorMessage };
}

export function toCarrier(c: ApiCourier4): ApiCarrier {
  return {
    name: c.courier_name ?? c.courier_code,
    code: c.courier_code,
    phone: c.courier_phone,
    homepage: c.courier_url,
    type: c.courier_type,
    picture: c.courier_logo,
    // v4's name for the account number; the neutral request field is v2's.
    requiredFields: c.tracking_required_fields.map((f) => (f === 'tracking_courier_account' ? 'tracking_account_number' : f)),
  };
}

export const toDetected = (c: ApiCourier4): ApiDetectedCarrier => ({ name: c.courier_name, code: c.courier_code });

function flightsOf(a: ApiAwb4): ApiFlight[] {
  const fromList = a.flight_info_new.filter((f) => f.flight_number);
  if (fromList.length) {
    return fromList.map((f) => ({
      flight_number: f.flight_number!,
      plan_depart_time: f.plan_depart_time,
      depart_time: f.depart_time,
      depart_station: f.depart_station,
      plan_arrival_time: f.plan_arrival_time,
      arrival_time: f.arrival_time,
      arrival_station: f.arrival_station,
    }));
  }
  const map = a.flight_info && !Array.isArray(a.flight_info) ? a.flight_info : {};
  return Object.entries(map).flatMap(([flight, value]) => {
    const parsed = v.safeParse(FlightSchema, value);
    return parsed.success ? [{ flight_number: flight, ...parsed.output }] : [];
  });
}

export function toAirCargo(a: ApiAwb4, asked: string): ApiAirCargo {
  return {
    track_number: a.awb_number ?? asked,
    status_number: a.status_number,
    return_data: {
      weight: a.weight,
      piece: a.piece,
      origin: a.origin,
      destination: a.destination,
      status_number: a.status_number,
      track_info: a.track_info,
      flight_info: { flights: flightsOf(a), route: a.flight_way_station },
      flight_way_station: a.flight_way_station,
      last_event: a.last_event,
    },
    airline_info: a.airline_info,
  };
}
