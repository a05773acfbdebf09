// Every failure leaves the background as an ErrorInfo with a kind the UI can branch on and a message in
// the user's language (the provider's own texts are English or Chinese and name API codes).
import { TrackingApiError } from '../api/errors';
import type { ErrorInfo } from '../messages/protocol';
import { t, type MessageKey } from '../i18n';

export type LocalErrorKind = 'no-key' | 'not-identified' | 'no-carrier' | 'not-pinned' | 'invalid-input' | 'busy';

/** An error raised by the background itself (not the API). */
export class BackgroundError extends Error {
  override readonly name = 'BackgroundError';
  constructor(
    readonly kind: LocalErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export const noKey = () => new BackgroundError('no-key', t('bg_errNoKey'));
export const notIdentified = () => new BackgroundError('not-identified', t('bg_errNotIdentified'));
export const noCarrier = () => new BackgroundError('no-carrier', t('bg_errNoCarrier'));
export const notPinned = () => new BackgroundError('not-pinned', t('bg_errNotPinned'));

const API_MESSAGES: Record<string, MessageKey> = {
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
};

/** The user's-language text for a provider code (also per-item codes in batch replies). */
export function messageFor(kind: string, code?: number | null): string {
  const key = (code != null ? CODE_MESSAGES[code] : undefined) ?? API_MESSAGES[kind] ?? 'bg_errUnknown';
  return t(key);
}

export function toUserError(error: unknown): ErrorInfo {
  if (error instanceof BackgroundError) return { kind: error.kind, message: error.message };
  if (error instanceof TrackingApiError) {
    const info: ErrorInfo = { kind: error.kind, message: messageFor(error.kind, error.code) };
    if (error.code != null) info.code = error.code;
    if (error.retryAfterMs !== undefined) info.retryAfterMs = error.retryAfterMs;
    return info;
  }
  return { kind: 'internal', message: t('bg_errUnknown') };
}

export function isApiError(error: unknown, ...kinds: string[]): error is TrackingApiError {
  return error instanceof TrackingApiError && (kinds.length === 0 || kinds.includes(error.kind));
}
