// Carrier-specific fields (TrackingMore v4 error 4122: the courier needs e.g. a postal code or ship date).
// The error is given the fields the courier lists as required (`couriers/all`), so the UI can ask for exactly
// those, and a retried pin sends what the user entered.
import type { TrackingClient } from '../api';
import { TrackingApiError } from '../api/api-error';

/** Neutral names (utils/api/requests.ts); the v4 client sends them under v4's names. */
export const CARRIER_FIELDS = ['tracking_postal_code', 'tracking_ship_date', 'tracking_destination_country', 'tracking_account_number'] as const;
export type CarrierField = (typeof CARRIER_FIELDS)[number];
export type CarrierFieldValues = Partial<Record<CarrierField, string>>;

export class NeedsFieldsError extends TrackingApiError {
  override readonly name = 'NeedsFieldsError';
  readonly fields: CarrierField[];

  constructor(source: TrackingApiError, fields: CarrierField[]) {
    super(source.kind, source.code, source.message);
    this.fields = fields;
  }
}

const isField = (f: string): f is CarrierField => (CARRIER_FIELDS as readonly string[]).includes(f);

/** For a 4122, the error again with the courier's required fields; any other error unchanged. */
export async function explainMissingFields(error: unknown, client: TrackingClient, carrier: string): Promise<unknown> {
  if (!(error instanceof TrackingApiError) || error.code !== 4122) return error;
  return new NeedsFieldsError(error, await requiredFieldsLookup(client)(carrier));
}

/** The fields a courier lists as required; `couriers/all` is asked at most once per lookup function. */
export function requiredFieldsLookup(client: TrackingClient): (carrier: string) => Promise<CarrierField[]> {
  let couriers: ReturnType<TrackingClient['listCarriers']> | null = null;
  return async (carrier) => {
    couriers ??= client.listCarriers().catch(() => []);
    const fields = (await couriers).find((c) => c.code === carrier)?.requiredFields.filter(isField) ?? [];
    // Unknown to the list: offer the usual suspects rather than nothing.
    return fields.length ? fields : ['tracking_postal_code', 'tracking_ship_date'];
  };
}

/** Only the known fields, trimmed, non-empty. */
export function cleanFields(values: CarrierFieldValues | undefined): CarrierFieldValues {
  const out: CarrierFieldValues = {};
  for (const f of CARRIER_FIELDS) {
    const v = values?.[f]?.trim();
    if (v) out[f] = v;
  }
  return out;
}
