// Replies that carry trackings: single get, list, realtime, create/batch/PUT summaries (contract §4, §5).
// `v.object` drops unknown keys, so new provider fields never break parsing.
import * as v from 'valibot';
import { bool, list, num, objectOrEmpty, orderTime, requiredText, text, textList } from './scalars';

export const CheckpointSchema = v.object({
  Date: text,
  StatusDescription: text,
  Details: text,
  checkpoint_status: text,
  substatus: text,
  ItemNode: text,
});

export const CarrierInfoSchema = v.object({
  ReferenceNumber: text,
  ItemReceived: text,
  ItemDispatched: text,
  DepartfromAirport: text,
  ArrivalfromAbroad: text,
  CustomsClearance: text,
  DestinationArrived: text,
  weblink: text,
  phone: text,
  carrier_code: text,
  trackinfo: list(CheckpointSchema),
});

export const TrackingSchema = v.object({
  id: text,
  tracking_number: requiredText,
  carrier_code: requiredText,
  status: text,
  substatus: text,
  created_at: text,
  updated_at: text,
  order_create_time: orderTime,
  destination_code: text,
  customer_email: textList,
  customer_name: text,
  customer_phone: text,
  title: text,
  order_id: text,
  comment: text,
  logistics_channel: text,
  archived: bool,
  original_country: text,
  destination_country: text,
  itemTimeLength: num,
  stayTimeLength: num,
  service_code: text,
  status_info: text,
  packageStatus: text,
  origin_info: objectOrEmpty(CarrierInfoSchema),
  destination_info: objectOrEmpty(CarrierInfoSchema),
  lastEvent: text,
  lastUpdateTime: text,
  /** The carrier's expected delivery date: v4 only (v2's contract has no such field), read if a reply has it. */
  scheduled_delivery_date: v.fallback(text, null),
});

/** Create / batch item / PUT reply. TrackRU echoes PUT `status` as "7" and `archived` as "true". */
export const SummarySchema = v.object({
  id: text,
  tracking_number: requiredText,
  carrier_code: requiredText,
  status: text,
  created_at: text,
  updated_at: text,
  order_create_time: orderTime,
  customer_email: textList,
  customer_name: text,
  customer_phone: text,
  order_id: text,
  comment: text,
  title: text,
  logistics_channel: text,
  destination: text,
  destination_code: text,
  archived: bool,
});

/** Single GET: an object on TrackingMore; TrackRU may send a one-element array. */
export const SingleGetSchema = v.union([TrackingSchema, v.array(TrackingSchema)]);

export const ListSchema = v.object({
  page: num,
  limit: num,
  total: num,
  count: num,
  items: list(TrackingSchema),
});

/** Realtime: `{items: [Tracking]}`; a bare tracking or array is accepted too. */
export const RealtimeSchema = v.union([
  v.pipe(v.object({ items: list(TrackingSchema) }), v.transform((d) => d.items)),
  v.array(TrackingSchema),
  v.pipe(TrackingSchema, v.transform((t) => [t])),
]);

export const ItemErrorSchema = v.object({
  tracking_number: text,
  carrier_code: text,
  code: num,
  message: text,
});

export const BatchSchema = v.object({
  submitted: num,
  added: num,
  trackings: list(SummarySchema),
  errors: list(ItemErrorSchema),
});

export type ApiCheckpoint = v.InferOutput<typeof CheckpointSchema>;
export type ApiCarrierInfo = v.InferOutput<typeof CarrierInfoSchema>;
export type ApiTracking = v.InferOutput<typeof TrackingSchema>;
export type ApiTrackingSummary = v.InferOutput<typeof SummarySchema>;
export type ApiItemError = v.InferOutput<typeof ItemErrorSchema>;
