// Neutral request fields (v2 names, utils/api/requests.ts) → v4 bodies (contract v4 §5.3, §5.6, §9). Only
// what the user entered is sent (§11 #22).
import type { CreateTrackingRequest, UpdateTrackingRequest } from '../requests';

type Body = Record<string, string>;

/** Fields create and update share: neutral name → v4 name. */
const COMMON = {
  logistics_channel: 'logistics_channel',
  customer_name: 'customer_name',
  customer_email: 'customer_email',
  customer_phone: 'customer_sms',
  order_id: 'order_number',
  destination_code: 'destination_country_iso2',
} as const;

const CREATE_ONLY = {
  title: 'title',
  comment: 'note',
  lang: 'language',
  tracking_postal_code: 'tracking_postal_code',
  tracking_ship_date: 'tracking_ship_date',
  tracking_destination_country: 'tracking_destination_country',
  tracking_account_number: 'tracking_courier_account',
} as const;

function mapped<R extends object>(request: R, names: Partial<Record<keyof R, string>>): Body {
  const body: Body = {};
  for (const [from, to] of Object.entries(names) as [keyof R, string][]) {
    const value = request[from];
    if (typeof value === 'string' && value !== '') body[to] = value;
  }
  return body;
}

export function createBody(r: CreateTrackingRequest): Body & { tracking_number: string; courier_code: string } {
  return { ...mapped(r, { ...COMMON, ...CREATE_ONLY }), tracking_number: r.tracking_number, courier_code: r.carrier_code };
}

export function updateBody(r: UpdateTrackingRequest): Body {
  const body = mapped(r, COMMON);
  // An empty title clears it, as on v2.
  if (r.title !== undefined) body.title = r.title;
  if (r.archived !== undefined) body.archived_status = r.archived ? 'archived' : 'tracking';
  return body;
}
