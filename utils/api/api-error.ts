// The error the API client throws. It never carries the API key; the background turns it into an
// ErrorInfo in the user's language (`utils/background/to-user-error.ts`).
import type { ApiErrorKind } from '../errors';

export class TrackingApiError extends Error {
  override readonly name: string = 'TrackingApiError';
  readonly kind: ApiErrorKind;
  readonly code: number | null;
  readonly retryAfterMs: number | undefined;

  constructor(kind: ApiErrorKind, code: number | null, message: string, retryAfterMs?: number) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.retryAfterMs = retryAfterMs;
  }
}

/** Thrown by TrackRU clients for the TrackingMore-only endpoints. */
export class UnsupportedByProvider extends TrackingApiError {
  override readonly name = 'UnsupportedByProvider';
  readonly method: string;

  constructor(providerLabel: string, method: string) {
    super('unsupported', null, `${providerLabel} does not offer this feature (${method}).`);
    this.method = method;
  }
}

/** True for a TrackingApiError of one of `kinds` (of any kind when none is given). */
export function isApiError(error: unknown, ...kinds: ApiErrorKind[]): error is TrackingApiError {
  return error instanceof TrackingApiError && (kinds.length === 0 || kinds.includes(error.kind));
}
