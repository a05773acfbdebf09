// v4 `meta.code` → error kind and message (contract v4 §2). HTTP statuses mirror the codes, so a
// non-JSON error page falls back to the same table by its status (§11 #3).
import { TrackingApiError } from '../api-error';
import { errorsFrom, type CodeTable } from '../meta-codes';

const CODES: CodeTable = {
  400: ['invalid-input', 'The tracking service did not understand the request.'],
  401: ['auth', 'The API key was not accepted.'],
  403: ['auth', 'The API key may not use this feature.'],
  404: ['invalid-input', 'The tracking service does not know this request.'],
  429: ['rate-limited', 'Too many requests; waiting before trying again.'],
  4101: ['exists', 'This tracking is already in the account.'],
  4102: ['not-found', 'This tracking is not in the account.'],
  4103: ['invalid-input', 'Too many numbers in one request (at most 40).'],
  4110: ['invalid-input', 'This is not a valid tracking number.'],
  4111: ['invalid-input', 'A tracking number is required.'],
  4112: ['not-found', 'The tracking id is not valid.'],
  4113: ['invalid-input', 'Only expired trackings can be tracked again.'],
  4120: ['invalid-input', 'The carrier is not valid.'],
  4121: ['not-found', 'The carrier could not be detected for this number.'],
  4122: ['invalid-input', 'This carrier needs more details (postal code, ship date …).'],
  4130: ['invalid-input', 'A field has an invalid format.'],
  4160: ['invalid-input', 'This is not a valid air waybill number.'],
  4161: ['unsupported', 'This airline is not supported yet.'],
  4190: ['quota', 'The plan quota is used up; check your TrackingMore plan.'],
};

export const errorForCode4 = errorsFrom(CODES);

/** §11 #11: both mean the stored id is gone. */
export const isMissingId = (e: unknown) => e instanceof TrackingApiError && (e.code === 4102 || e.code === 4112);
