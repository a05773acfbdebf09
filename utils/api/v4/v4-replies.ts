// TrackingMore v4 replies (contract v4 §4, §5), read by the rules of §11 for what is unconfirmed: almost
// everything nullable, numbers as strings, `update_at` or `updated_at`, `archived` as a string, required
// courier fields as null/string/array/object. `v.object` drops the keys no SDK lists.
import * as v from 'valibot';
import { AirEventSchema } from '../schema/aircargo';
import { list, num, objectOrEmpty, requiredText, text } from '../schema/scalars';

export const Checkpoint4Schema = v.object({
  checkpoint_date: text,
  checkpoint_delivery_status: text,
  checkpoint_delivery_substatus: text,
  tracking_detail: text,
  location: text,
  city: text,
  state: text,
  country_iso2: text,
});

export const Leg4Schema = v.object({
  courier_code: text,
  courier_phone: text,
  weblink: text,
  trackinfo: list(Checkpoint4Schema),
  milestone_date: objectOrEmpty(
    v.object({ inforeceived_date: text, pickup_date: text, outfordelivery_date: text, delivery_date: text }),
  ),
  departed_airport_date: text,
  arrived_abroad_date: text,
  customs_received_date: text,
});

/** §11 #5: "archived" (and true, "true") is archived, anything else active. */
const archived4 = v.nullish(
  v.pipe(
    v.union([v.string(), v.boolean(), v.number()]),
    v.transform((x) => x === true || ['archived', 'true'].includes(String(x).trim().toLowerCase())),
  ),
  false,
);

export const Tracking4Schema = v.object({
  id: text,
  tracking_number: requiredText,
  courier_code: requiredText,
  order_number: text,
  created_at: text,
  update_at: text,
  updated_at: text,
  delivery_status: text,
  substatus: text,
  archived: archived4,
  updating: v.nullish(v.boolean(), null),
  origin_country: text,
  destination_country: text,
  customer_name: text,
  customer_email: text,
  customer_sms: text,
  title: text,
  logistics_channel: text,
  note: text,
  latest_event: text,
  latest_checkpoint_time: text,
  transit_time: num,
  pieces: num,
  /** Unconfirmed (§4.3): anything but text reads as none rather than failing the tracking; the date is checked where it becomes a Shipment. */
  scheduled_delivery_date: v.fallback(text, null),
  origin_info: objectOrEmpty(Leg4Schema),
  destination_info: objectOrEmpty(Leg4Schema),
  /** A relayed capture put the events here (§4.2); cheap to read as a fallback. */
  track_info: list(Checkpoint4Schema),
});

export const TrackingList4Schema = list(Tracking4Schema);

export const Ref4Schema = v.object({ id: text, tracking_number: text, courier_code: text });

export const BatchItemError4Schema = v.object({
  id: text,
  tracking_number: text,
  courier_code: text,
  errorCode: num,
  errorMessage: text,
});

export const Batch4Schema = v.object({
  success: list(Ref4Schema),
  error: list(BatchItemError4Schema),
});

/** §11 #19: required fields as null, "a,b", ["a"] or {"a": …} → string[]. */
export const fieldList = v.pipe(
  v.unknown(),
  v.transform((x): string[] => {
    if (Array.isArray(x)) return x.map(String).filter(Boolean);
    if (typeof x === 'string') return x.split(',').map((s) => s.trim()).filter(Boolean);
    if (x && typeof x === 'object') return Object.keys(x);
    return [];
  }),
);

export const Courier4Schema = v.object({
  courier_name: text,
  courier_code: requiredText,
  courier_phone: text,
  courier_url: text,
  courier_type: text,
  courier_logo: text,
  tracking_required_fields: fieldList,
});

export const Couriers4Schema = list(Courier4Schema);

const Flight4Schema = v.object({
  flight_number: text,
  depart_station: text,
  arrival_station: text,
  plan_depart_time: text,
  depart_time: text,
  plan_arrival_time: text,
  arrival_time: text,
});

export const Awb4Schema = v.object({
  awb_number: text,
  status_number: num,
  weight: text,
  piece: num,
  origin: text,
  destination: text,
  flight_way_station: v.nullish(v.array(v.string()), null),
  last_event: text,
  flight_info_new: list(Flight4Schema),
  flight_info: v.nullish(v.union([v.array(v.unknown()), v.record(v.string(), v.unknown())]), null),
  track_info: list(AirEventSchema),
  airline_info: objectOrEmpty(v.object({ name: text, url: text, track_url: text })),
});

export type ApiTracking4 = v.InferOutput<typeof Tracking4Schema>;
export type ApiCheckpoint4 = v.InferOutput<typeof Checkpoint4Schema>;
export type ApiLeg4 = v.InferOutput<typeof Leg4Schema>;
export type ApiAwb4 = v.InferOutput<typeof Awb4Schema>;
export type ApiCourier4 = v.InferOutput<typeof Courier4Schema>;
