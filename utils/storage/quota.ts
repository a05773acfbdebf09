// A write refused because storage.local is full. Chrome rejects with "QUOTA_BYTES quota exceeded",
// Firefox with a QuotaExceededError (DOMException); both say "quota", no other storage error does.
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  return name === 'QuotaExceededError' || (typeof message === 'string' && /quota/i.test(message));
}
