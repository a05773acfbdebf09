// The one error vocabulary. Every failure that crosses a context boundary is an ErrorInfo whose kind is
// one of these, so the UI's switch over kinds is checked by the compiler (`utils/ui/describe-error.ts`).

/** Failures of the tracking API, as `utils/api` classifies them (`meta.code`, HTTP status, transport). */
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

/** Failures the background raises itself (`utils/background/background-error.ts`). */
export type LocalErrorKind =
  | 'no-key'
  | 'no-carrier'
  | 'not-pinned'
  | 'invalid-input'
  | 'busy'
  | 'not-a-number'
  // The browser withholds the API's host permission (`utils/background/host-access.ts`).
  | 'host-permission';

/** Failures of messaging between contexts and of the views' own storage reads. */
export type TransportErrorKind = 'invalid-message' | 'internal' | 'no-content-script' | 'storage';

/** storage.local refused a write for lack of room (its own kind: the fix is freeing room, not retrying). */
export type StorageErrorKind = 'storage-full';

export type ErrorKind = ApiErrorKind | LocalErrorKind | TransportErrorKind | StorageErrorKind;

/** Errors travel as plain data: extension messaging cannot carry class instances. */
export interface ErrorInfo {
  kind: ErrorKind;
  /** In the user's language, ready to show. */
  message: string;
  /** The provider's `meta.code` (or HTTP status) when the API gave one. */
  code?: number;
  /** For rate limits: how long until requests resume. */
  retryAfterMs?: number;
  /** For 4122: the carrier-specific fields the courier requires (`utils/background/carrier-fields.ts`). */
  fields?: string[];
  /** For no-carrier: the carriers the number fits, offered as a picker. */
  candidates?: string[];
  /** For host-permission: the match pattern to ask for (`permissions.request({ origins: [origin] })`). */
  origin?: string;
}
