export { createTrackingClient } from './client';
export type { TrackingClientOptions } from './client';
export { TrackingApiError, UnsupportedByProvider } from './api-error';
export type { ApiErrorKind } from '../errors';
export { PROVIDERS } from './providers';
export type { BatchCreateResult, ProviderConfig, ProviderId, TrackingClient, TrackingList, TrackingMethod } from './types';
export { DEFAULT_RATE_LIMITS } from './rate-limiter';
export type { RateLimits } from './rate-limiter';
export { DEFAULT_TIMING } from './transport';
export type { Timing } from './transport';
export type * from './requests';
export type { ApiTracking, ApiTrackingSummary, ApiCheckpoint, ApiCarrierInfo, ApiItemError } from './schema/tracking';
export type { ApiAirCargo, ApiFlight, ApiAirEvent } from './schema/aircargo';
export type {
  ApiBulkResult,
  ApiCarrier,
  ApiDetectedCarrier,
  ApiRemoteResult,
  ApiStatusCounts,
  ApiTransitTime,
  ApiUserInfo,
} from './schema/account';
