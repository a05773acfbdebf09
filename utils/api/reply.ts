// Turns one HTTP reply into data or a typed error. Success is `meta.code` 200/201 and nothing else:
// TrackingMore sends most errors with HTTP 200, and may or may not mirror 401/429/5xx as HTTP status.
import * as v from 'valibot';
import { TrackingApiError } from './api-error';
import { DEFAULT_RETRY_AFTER_MS, errorForCode } from './meta-codes';
import { num } from './schema/scalars';
import { capRetryAfter, MAX_REPLY_CHARS, tooLarge } from './reply-limits';

const EnvelopeSchema = v.object({
  meta: v.object({ code: v.pipe(num, v.number()) }),
  data: v.optional(v.unknown()),
});

type Reply = { ok: true; data: unknown } | { ok: false; error: TrackingApiError };

function malformed(detail?: string): TrackingApiError {
  const where = detail ? ` (${detail})` : '';
  return new TrackingApiError('malformed-reply', null, `The tracking service sent a reply that could not be read${where}.`);
}

/** `Retry-After` in seconds or as an HTTP date; the documented 2 minutes when absent or unreadable. */
export function retryAfterMs(headers: Headers, now = Date.now()): number {
  return capRetryAfter(rawRetryAfterMs(headers, now));
}

function rawRetryAfterMs(headers: Headers, now: number): number {
  const value = headers.get('retry-after')?.trim();
  if (!value) return DEFAULT_RETRY_AFTER_MS;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? DEFAULT_RETRY_AFTER_MS : Math.max(0, at - now);
}

/** `errorFor` is the provider's code table (v2/TrackRU by default). */
export function readReply(status: number, headers: Headers, body: string, errorFor = errorForCode): Reply {
  if (tooLarge(body)) return { ok: false, error: new TrackingApiError('malformed-reply', 413, `The tracking service sent a reply larger than ${MAX_REPLY_CHARS / 1048576} MB.`) };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  const envelope = v.safeParse(EnvelopeSchema, json);
  if (!envelope.success) {
    // No envelope: an HTML error page, a proxy reply or truncated JSON.
    return { ok: false, error: status >= 400 ? errorFor(status, retryAfterMs(headers)) : malformed() };
  }
  const { code } = envelope.output.meta;
  if (code === 200 || code === 201) return { ok: true, data: envelope.output.data };
  return { ok: false, error: errorFor(code, retryAfterMs(headers)) };
}

/** Validates `data` against the endpoint's schema; a misfit is a malformed-reply error, never a crash later. */
export function parseData<S extends v.GenericSchema>(schema: S, data: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  const path = v.getDotPath(result.issues[0]);
  throw malformed(path ? `at data.${path}` : 'unexpected data');
}
