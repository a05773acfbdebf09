// What Trackpin accepts from a tracking service at most. A reply is read into memory and then saved, so
// an unbounded one (20 MB, 5,000 events) can fill storage.local and fail every later write.

/** Largest reply body read (characters, ~bytes for the JSON these APIs send). */
export const MAX_REPLY_CHARS = 8 * 1024 * 1024;

/** A pause asked for by `Retry-After` is capped at the quota pause (6 h): a server's "ten years" is a bug. */
export const MAX_RETRY_AFTER_MS = 6 * 60 * 60_000;

export function tooLarge(body: string): boolean {
  return body.length > MAX_REPLY_CHARS;
}

export function capRetryAfter(ms: number): number {
  return Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS);
}
