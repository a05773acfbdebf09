// Account, carrier and bulk-operation replies (contract §5.7–5.15, §6). Shapes marked UNCONFIRMED in
// the contract are kept loose: known fields typed, the rest passed through.
import * as v from 'valibot';
import { STATUSES, type Status } from '../../shipments/types';
import { list, num, requiredText, text } from './scalars';

export const UserInfoSchema = v.object({
  email: text,
  regtime: text,
  phone: text,
  money: num,
  track_number: num,
  plan: v.optional(v.unknown()),
});

/** One count per status; missing statuses count 0, extra keys (e.g. `total`) are dropped. */
export const StatusCountsSchema = v.pipe(
  v.record(v.string(), num),
  v.transform(
    (counts) =>
      Object.fromEntries(STATUSES.map((s) => [s, counts[s] ?? 0])) as Record<Status, number>,
  ),
);

/** updatemore / delete / notupdate: only `submitted` is known for sure; PHP may send `[]`. */
export const BulkSchema = v.union([
  v.pipe(v.array(v.unknown()), v.length(0), v.transform(() => ({ submitted: 0 }))),
  v.looseObject({ submitted: num }),
]);

export const RemoteSchema = v.object({
  submitted: num,
  remote: list(
    v.object({ far_express_company: text, two_code: text, far_country: text, far_city_postcode: text }),
  ),
  other: list(v.unknown()),
});

const TransitTimeSchema = v.looseObject({
  carrier_code: text,
  original: text,
  destination: text,
  total: num,
  delivered: num,
});

/** Presumably one entry per requested lane; a single object is accepted too. */
export const TransitTimesSchema = v.union([
  v.array(TransitTimeSchema),
  v.pipe(TransitTimeSchema, v.transform((t) => [t])),
]);

export const CarrierSchema = v.object({
  name: requiredText,
  code: requiredText,
  phone: text,
  homepage: text,
  type: text,
  picture: text,
  /** Fields a create needs for this carrier (v4 `tracking_required_fields`; v2 lists none). */
  requiredFields: v.optional(v.array(v.string()), []),
});

export const DetectSchema = list(v.object({ name: text, code: requiredText }));

export type ApiUserInfo = v.InferOutput<typeof UserInfoSchema>;
export type ApiStatusCounts = v.InferOutput<typeof StatusCountsSchema>;
export type ApiBulkResult = v.InferOutput<typeof BulkSchema>;
export type ApiRemoteResult = v.InferOutput<typeof RemoteSchema>;
export type ApiTransitTime = v.InferOutput<typeof TransitTimeSchema>;
export type ApiCarrier = v.InferOutput<typeof CarrierSchema>;
export type ApiDetectedCarrier = v.InferOutput<typeof DetectSchema>[number];
