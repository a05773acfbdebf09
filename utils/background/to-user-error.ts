// Every failure leaves the background as an ErrorInfo with a kind the UI can branch on and a message in
// the user's language (the provider's own texts are English or Chinese and name API codes).
import { TrackingApiError } from '../api/api-error';
import type { ApiErrorKind, ErrorInfo } from '../errors';
import { t, type MessageKey } from '../i18n';
import { BackgroundError } from './background-error';
import { NeedsFieldsError } from './carrier-fields';
import { HostPermissionError } from './host-access';
import { isQuotaError } from '../storage/quota';

const API_MESSAGES: Record<ApiErrorKind, MessageKey> = {
  auth: 'bg_errAuth',
  quota: 'bg_errQuota',
  'not-found': 'bg_errNotFound',
  exists: 'bg_errExists',
  'invalid-input': 'bg_errInvalidInput',
  'rate-limited': 'bg_errRateLimited',
  server: 'bg_errServer',
  network: 'bg_errNetwork',
  timeout: 'bg_errTimeout',
  'malformed-reply': 'bg_errMalformed',
  unsupported: 'bg_errUnsupported',
};

/** Codes whose fix differs from the rest of their kind (a new key vs. checking it; number vs. carrier). */
const CODE_MESSAGES: Record<number, MessageKey> = {
  4001: 'bg_errKeyInvalid',
  4002: 'bg_errKeyRevoked',
  4014: 'bg_errBadNumber',
  4015: 'bg_errBadCarrier',
  4019: 'bg_errBalance',
  4021: 'bg_errQuota',
  // TrackingMore v4 (contract v4 §2).
  4110: 'bg_errBadNumber',
  4113: 'bg_errRetrackNotAllowed',
  4120: 'bg_errBadCarrier',
  4122: 'bg_errNeedsFields',
  4160: 'bg_errBadAwb',
  4161: 'bg_errAirlineUnsupported',
  4190: 'bg_errPlanQuota',
  413: 'bg_errReplyTooLarge',
};

/** The user's-language text for a provider code (also per-item codes in batch replies). */
export function messageFor(kind: ApiErrorKind, code?: number | null): string {
  const key = (code != null ? CODE_MESSAGES[code] : undefined) ?? API_MESSAGES[kind] ?? 'bg_errUnknown';
  return t(key);
}

export function toUserError(error: unknown): ErrorInfo {
  if (error instanceof BackgroundError) {
    const info: ErrorInfo = { kind: error.kind, message: error.message };
    if (error.candidates) info.candidates = [...error.candidates];
    if (error instanceof HostPermissionError) info.origin = error.origin;
    return info;
  }
  if (error instanceof TrackingApiError) {
    const info: ErrorInfo = { kind: error.kind, message: messageFor(error.kind, error.code) };
    if (error.code != null) info.code = error.code;
    if (error.retryAfterMs !== undefined) info.retryAfterMs = error.retryAfterMs;
    if (error instanceof NeedsFieldsError) info.fields = [...error.fields];
    return info;
  }
  if (isQuotaError(error)) return { kind: 'storage-full', message: t('bg_errStorageFull') };
  return { kind: 'internal', message: t('bg_errUnknown') };
}
