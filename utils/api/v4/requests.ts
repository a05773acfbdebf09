// Neutral request fields (v2 names, utils/api/requests.ts) → v4 bodies (contract v4 §5.3, §5.6, §9). Only
// what the user entered is sent (§11 #22).
import type { CreateTrackingRequest, UpdateTrackingRequest } from '../requests';

type Body = Record<string, string>;

function put(body: Body, key: string, value: string | undefined | null): void {
  if (value !== undefined && value !== null && value !== '') body[key] = value;
}

export function createBody(r: CreateTrackingRequest): Body & { tracking_number: string; courier_code: string } {
  const body: Body = {};
  put(body, 'title', r.title);
  put(body, 'logistics_channel', r.logistics_channel);
  put(body, 'customer_name', r.customer_name);
  put(body, 'customer_email', r.customer_email);
  put(body, 'customer_sms', r.customer_phone);
  put(body, 'order_number', r.order_id);
  put(body, 'destination_country_iso2', r.destination_code);
  put(body, 'note', r.comment);
  put(body, 'language', r.lang);
  put(body, 'tracking_postal_code', r.tracking_postal_code);
  put(body, 'tracking_ship_date', r.tracking_ship_date);
  put(body, 'tracking_destination_country', r.tracking_destination_country);
  put(body, 'tracking_courier_account', r.tracking_account_number);
  return { ...body, tracking_number: r.tracking_number, courier_code: r.carrier_code };
}

export function updateBody(r: UpdateTrackingRequest): Body {
  const body: Body = {};
  // An empty title clears it, as on v2.
  if (r.title !== undefined) body.title = r.title;
  put(body, 'logistics_channel', r.logistics_channel);
  put(body, 'customer_name', r.customer_name);
  put(body, 'customer_email', r.customer_email);
  put(body, 'customer_sms', r.customer_phone);
  put(body, 'order_number', r.order_id);
  put(body, 'destination_country_iso2', r.destination_code);
  if (r.archived !== undefined) body.archived_status = r.archived ? 'archived' : 'tracking';
  return body;
}
