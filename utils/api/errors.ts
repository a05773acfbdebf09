// Typed API errors. The background sends them to the popup and content script over extension
// messaging, so everything a UI needs is plain data (see `toErrorInfo`).

export type ApiErrorKind =
  | 'auth'
  | 'quota'
  | 'not-found'
  | 'exists'
  | 'invalid-input'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'malformed-reply'
  | 'unsupported';

export interface ApiErrorInfo {
  kind: ApiErrorKind | 'unknown';
  /** `meta.code` from the provider (or the HTTP status when there was no envelope); null when neither. */
  code: number | null;
  message: string;
  retryAfterMs?: number;
}

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

  toJSON(): ApiErrorInfo {
    return toErrorInfo(this);
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

/** Plain-data description of any thrown value, safe to send over extension messaging. */
export function toErrorInfo(err: unknown): ApiErrorInfo {
  if (err instanceof TrackingApiError) {
    const info: ApiErrorInfo = { kind: err.kind, code: err.code, message: err.message };
    if (err.retryAfterMs !== undefined) info.retryAfterMs = err.retryAfterMs;
    return info;
  }
  return { kind: 'unknown', code: null, message: 'Something went wrong while contacting the tracking service.' };
}
