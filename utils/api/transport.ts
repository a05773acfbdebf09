// One ky instance per client: auth header, JSON, per-attempt and total timeouts, retries with jittered
// backoff for network errors and server errors only, and the shared rate limiter in front of every attempt.
import ky, { isForceRetryError, isNetworkError, isTimeoutError, type KyInstance } from 'ky';
import type * as v from 'valibot';
import { TrackingApiError } from './api-error';
import type { ProviderConfig } from './types';
import { DEFAULT_RETRY_AFTER_MS } from './meta-codes';
import { limitersFor, type LimiterPair, type RateLimiter, type RateLimits } from './rate-limiter';
import { capRetryAfter } from './reply-limits';
import { parseData, readReply } from './reply';

export interface Timing {
  /** Per attempt. */
  timeoutMs: number;
  /** Whole call including retries; stays under the 30 s an MV3 service worker allows a fetch. */
  totalTimeoutMs: number;
  retryLimit: number;
  /** Backoff before retry `attempt` (1-based), before jitter. */
  retryDelayMs: (attempt: number) => number;
}

export const DEFAULT_TIMING: Timing = {
  timeoutMs: 8_000,
  totalTimeoutMs: 25_000,
  retryLimit: 2,
  retryDelayMs: (attempt) => 500 * 2 ** (attempt - 1),
};

export interface TransportOptions {
  provider: ProviderConfig;
  apiKey: string;
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  timing: Timing;
  limits: RateLimits;
}

export interface Call<S extends v.GenericSchema> {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  schema: S;
  searchParams?: Record<string, string | number | undefined>;
  json?: unknown;
  headers?: Record<string, string>;
  /** Realtime has its own, looser limit (3/s). */
  realtime?: boolean;
}

export type Send = <S extends v.GenericSchema>(call: Call<S>) => Promise<v.InferOutput<S>>;

export function createTransport(options: TransportOptions): Send {
  const { timing } = options;
  const api: KyInstance = ky.create({
    prefix: options.baseUrl,
    // The key lives only in this header: never in a URL, a log line or an error.
    headers: { ...options.provider.headers, [options.provider.authHeader]: options.apiKey },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    timeout: timing.timeoutMs,
    totalTimeout: timing.totalTimeoutMs,
    throwHttpErrors: false,
    retry: {
      limit: timing.retryLimit,
      methods: ['get', 'post', 'put', 'delete'],
      // Status-based retries are decided below from the envelope, since errors may come with HTTP 200.
      statusCodes: [],
      afterStatusCodes: [],
      delay: timing.retryDelayMs,
      // "Equal jitter": keeps half the backoff so retries still spread out after a burst.
      jitter: (delay) => delay / 2 + (Math.random() * delay) / 2,
      retryOnTimeout: false,
    },
    hooks: {
      afterResponse: [
        async ({ response }) => {
          const reply = readReply(response.status, response.headers, await response.text(), options.provider.errorForCode);
          if (!reply.ok && reply.error.kind === 'server') return ky.retry({ code: 'SERVER', cause: reply.error });
          return undefined;
        },
      ],
    },
  });

  return async (call) => {
    // Looked up per call, not kept: the registry is the one place the queue and the 429 pause live.
    const limiters = limitersFor(options.provider.id, options.apiKey, options.limits);
    const limiter: RateLimiter = call.realtime ? limiters.realtime : limiters.general;
    refuseWhilePaused(limiters);
    await limiter.acquire();
    // A 429 may have come in while this call waited in the queue.
    refuseWhilePaused(limiters);
    let status: number;
    let headers: Headers;
    let body: string;
    try {
      const pending = api(call.path, {
        method: call.method,
        searchParams: call.searchParams,
        json: call.json,
        // An explicit `headers: undefined` would drop the instance's auth header.
        ...(call.headers ? { headers: call.headers } : {}),
        // Retries count against the provider's limit too.
        hooks: { beforeRetry: [() => limiter.acquire()] },
      });
      const response = await pending;
      status = response.status;
      headers = response.headers;
      body = await pending.text();
    } catch (error) {
      throw toApiError(error);
    }
    const reply = readReply(status, headers, body, options.provider.errorForCode);
    if (!reply.ok) {
      pauseOn429(limiters, reply.error);
      throw reply.error;
    }
    return parseData(call.schema, reply.data);
  };
}

/** A 429 holds back every call for this provider+key, not only the caller that got it. */
function pauseOn429(limiters: LimiterPair, error: TrackingApiError): void {
  if (error.kind !== 'rate-limited') return;
  const until = Date.now() + capRetryAfter(error.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS);
  limiters.pausedUntil = Math.max(limiters.pausedUntil, until);
}

/** Refused locally, without a request: sending during the pause would only extend the provider's penalty. */
function refuseWhilePaused(limiters: LimiterPair): void {
  const left = limiters.pausedUntil - Date.now();
  if (left > 0) throw new TrackingApiError('rate-limited', 429, 'Too many requests; waiting before trying again.', left);
}

/** ky's errors carry the request (and its auth header); only our plain error leaves this module. */
function toApiError(error: unknown): unknown {
  if (isForceRetryError(error) && error.cause instanceof TrackingApiError) return error.cause;
  if (isTimeoutError(error)) {
    return new TrackingApiError('timeout', null, 'The tracking service did not answer in time.');
  }
  // A TypeError here is the connection failing while the body is read (ky wraps only fetch's own).
  if (isNetworkError(error) || error instanceof TypeError) {
    return new TrackingApiError('network', null, 'Could not reach the tracking service. Check the connection.');
  }
  return error;
}
