// A write refused because storage.local is full. Chrome rejects with "QUOTA_BYTES quota exceeded",
// Firefox with a QuotaExceededError (DOMException); both say "quota", no other storage error does.
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  return name === 'QuotaExceededError' || (typeof message === 'string' && /quota/i.test(message));
}

/**
 * A failed storage.local write, as isQuotaError can tell it. Firefox reports only its first refusal of a
 * full storage as a QuotaExceededError; the writes after it reject with the bare "An unexpected error
 * occurred" (measured in Firefox 153, tests/e2e/watch.firefox.e2e.test.ts). On a write that means the same.
 */
export function asWriteError(error: unknown): unknown {
  if (error instanceof Error && error.message === 'An unexpected error occurred') {
    return Object.assign(new Error(`storage.local quota: ${error.message}`), { name: 'QuotaExceededError', cause: error });
  }
  return error;
}
