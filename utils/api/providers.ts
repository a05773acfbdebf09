// What differs between TrackingMore v2 and TrackRU v1 (contract §10): host, auth header and the set of
// endpoints. Everything else (envelope, codes, shapes) is shared.
import type { ProviderConfig, ProviderId, TrackingMethod } from './types';

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

export const PROVIDERS: Readonly<Record<ProviderId, ProviderConfig>> = {
  'trackingmore-v2': {
    id: 'trackingmore-v2',
    label: 'TrackingMore',
    baseUrl: 'https://api.trackingmore.com/v2',
    authHeader: 'Trackingmore-Api-Key',
    unsupported: new Set<TrackingMethod>(),
  },
  'trackru-v1': {
    id: 'trackru-v1',
    label: 'TrackRU',
    baseUrl: 'https://api.trackru.ru/v1',
    authHeader: 'Api-Key',
    unsupported: new Set<TrackingMethod>(TRACKINGMORE_ONLY),
  },
};
