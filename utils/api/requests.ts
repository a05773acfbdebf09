// Request bodies and queries, with the providers' own field names (contract §5) so they can be checked
// against the docs line by line.
import type { Status } from '../shipments/types';

/** How v2 addresses one tracking; v4 addresses it by the provider's `id` (found by number when absent). */
export interface TrackingRef {
  tracking_number: string;
  carrier_code: string;
  id?: string;
}

/** What the user or shop says about a tracking: set on create, changed on update. */
export interface TrackingFields {
  destination_code?: string;
  title?: string;
  logistics_channel?: string;
  customer_name?: string;
  customer_email?: string;
  customer_phone?: string;
  order_id?: string;
}

export interface CreateTrackingRequest extends TrackingRef, TrackingFields {
  /** e.g. "2017/8/27 16:51". */
  order_create_time?: string;
  /** YYYYMMDD; some carriers require it. */
  tracking_ship_date?: string;
  tracking_postal_code?: string;
  tracking_account_number?: string;
  tracking_destination_country?: string;
  /** Two lowercase letters; language of the carrier's texts. */
  lang?: string;
  comment?: string;
}

/** Forced status on update: 4 = delivered, 7 = exception, 8 = back to the computed status. */
export type ForcedStatus = 4 | 7 | 8;

export interface UpdateTrackingRequest extends TrackingFields {
  archived?: boolean;
  status?: ForcedStatus;
}

export interface ListTrackingsQuery {
  page?: number;
  /** At most 2000. */
  limit?: number;
  status?: Status;
  /** Unix seconds. */
  created_at_min?: number;
  created_at_max?: number;
  update_time_min?: number;
  update_time_max?: number;
  order_created_time_min?: number;
  order_created_time_max?: number;
  lang?: string;
  /** Any number of tracking numbers; sent 40 per request. */
  numbers?: readonly string[];
  /** At most 40 order ids. */
  orders?: readonly string[];
  /** true: archived only, false: not archived only, absent: both. */
  archived?: boolean;
}

export interface StatusCountsQuery {
  created_at_min?: number;
  created_at_max?: number;
  order_created_time_min?: number;
  order_created_time_max?: number;
}

export interface RealtimeRequest extends TrackingRef {
  destination_code?: string;
  tracking_ship_date?: string;
  tracking_postal_code?: string;
  tracking_account_number?: string;
  specialNumberDestination?: string;
  order?: string;
  order_create_time?: string;
  lang?: string;
}

export interface RemoteAreaQuery {
  /** Country name or 2-letter code. */
  country: string;
  /** Zip code, or the city where the country has none. */
  postcode: string;
  /** Carrier filter, e.g. "DHL". */
  company?: string;
}

export interface TransitTimeQuery {
  carrier_code: string;
  /** 2-letter origin country. */
  original: string;
  /** 2-letter destination country. */
  destination: string;
}
