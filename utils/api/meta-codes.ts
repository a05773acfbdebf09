// `meta.code` → error kind and a message a user can act on (contract §2). The provider's own
// `meta.message` is not shown: it is terse, English-only and sometimes wrong.
import type { ApiErrorKind } from '../errors';
import { TrackingApiError } from './api-error';

/** The contract says: over the limit, wait 2 minutes. */
export const DEFAULT_RETRY_AFTER_MS = 120_000;

const CODES: CodeTable = {
  202: ['invalid-input', 'Too many numbers in one request (at most 40).'],
  401: ['auth', 'The API key was not accepted.'],
  402: ['quota', 'The tracking account is unpaid.'],
  403: ['auth', 'The API key may not use this feature.'],
  404: ['invalid-input', 'The tracking service does not know this request.'],
  405: ['invalid-input', 'The tracking service does not accept this request.'],
  409: ['exists', 'This tracking already exists.'],
  4001: ['auth', 'The API key is not valid.'],
  4002: ['auth', 'The API key has been deleted.'],
  4012: ['invalid-input', 'The request was incomplete or not understood.'],
  4013: ['invalid-input', 'A tracking number is required.'],
  4014: ['invalid-input', 'This is not a valid tracking number.'],
  4015: ['invalid-input', 'The carrier is not valid.'],
  4016: ['exists', 'This tracking is already in the account.'],
  4017: ['not-found', 'This tracking is not in the account.'],
  4018: ['auth', 'This feature needs to be activated for the account first.'],
  4019: ['quota', 'The account balance is too low; recharge to add more numbers.'],
  4020: ['invalid-input', 'Too many items in one request (at most 200).'],
  4021: ['quota', 'The account quota is used up or the trial has expired.'],
  4031: ['not-found', 'This tracking is not in the account yet.'],
  4032: ['not-found', 'The carrier could not be detected for this number.'],
  4033: ['invalid-input', 'The status value is not valid.'],
  429: ['rate-limited', 'Too many requests; waiting before trying again.'],
  500: ['server', 'The tracking service had an internal error.'],
  503: ['server', 'The tracking service is down for maintenance.'],
};

export type CodeTable = Readonly<Record<number, readonly [ApiErrorKind, string]>>;

/** A provider's code table as an error factory; unknown 5xx are server errors, other unknown codes refusals. */
export function errorsFrom(table: CodeTable) {
  return (code: number, retryAfterMs?: number): TrackingApiError => errorFrom(table, code, retryAfterMs);
}

/** The error for a non-success `meta.code` (also used for mirrored HTTP statuses). */
export const errorForCode = errorsFrom(CODES);

function errorFrom(table: CodeTable, code: number, retryAfterMs?: number): TrackingApiError {
  const known = table[code];
  const [kind, message] =
    known ??
    (code >= 500 && code < 600
      ? (['server', 'The tracking service had an error.'] as const)
      : (['invalid-input', 'The tracking service refused the request.'] as const));
  const wait = kind === 'rate-limited' ? (retryAfterMs ?? DEFAULT_RETRY_AFTER_MS) : undefined;
  return new TrackingApiError(kind, code, `${message} (code ${code})`, wait);
}
