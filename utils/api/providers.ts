// What differs between the providers: host, auth header, the endpoints they lack and, for TrackingMore v4
// (contract v4), its code table and rate limits. v2 and TrackRU share envelope, codes and shapes (v2 §10);
// v4's own client (./v4/client.ts) translates its shapes.
import type { ProviderConfig, ProviderId, TrackingMethod } from './types';
import { errorForCode4 } from './v4/meta-codes';

/** Endpoint methods only TrackingMore offers. */
const TRACKINGMORE_ONLY = [
  'updateTrackings',
  'deleteTrackings',
  'changeCarrier',
  'getUserInfo',
  'getStatusCounts',
  'stopUpdating',
  'checkRemoteArea',
  'getTransitTimes',
  'trackAirWaybill',
] as const satisfies readonly TrackingMethod[];

/** What v4 has no endpoint for (v4 §5.10, §9): account and quota, status counts, bulk update/delete, stop. */
const V4_LACKS = [
  'getUserInfo',
  'getStatusCounts',
  'checkRemoteArea',
  'getTransitTimes',
  'stopUpdating',
  'updateTrackings',
  'deleteTrackings',
] as const satisfies readonly TrackingMethod[];

export const PROVIDERS: Readonly<Record<ProviderId, ProviderConfig>> = {
  'trackingmore-v4': {
    id: 'trackingmore-v4',
    label: 'TrackingMore (API v4)',
    baseUrl: 'https://api.trackingmore.com/v4',
    authHeader: 'Tracking-Api-Key',
    headers: { Accept: 'application/json' },
    unsupported: new Set<TrackingMethod>(V4_LACKS),
    errorForCode: errorForCode4,
    forcesStatus: false,
    // Create 3/s, everything else 10/s (v4 §7); the client keeps to ≤ 2/s and ≤ 8/s for headroom.
    rateLimits: { intervalMs: 125, realtimeIntervalMs: 500 },
  },
  'trackingmore-v2': {
    id: 'trackingmore-v2',
    label: 'TrackingMore (API v2, legacy)',
    baseUrl: 'https://api.trackingmore.com/v2',
    authHeader: 'Trackingmore-Api-Key',
    unsupported: new Set<TrackingMethod>(['retrack']),
  },
  'trackru-v1': {
    id: 'trackru-v1',
    label: 'TrackRU (API v1)',
    baseUrl: 'https://api.trackru.ru/v1',
    authHeader: 'Api-Key',
    unsupported: new Set<TrackingMethod>([...TRACKINGMORE_ONLY, 'retrack']),
  },
};
