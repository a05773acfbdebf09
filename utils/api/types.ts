// Types shared by the client, the provider table and the transport; a leaf module, so none of them has to
// import another for its types.
import type {
  ApiBulkResult,
  ApiCarrier,
  ApiDetectedCarrier,
  ApiRemoteResult,
  ApiStatusCounts,
  ApiTransitTime,
  ApiUserInfo,
} from './schema/account';
import type { ApiAirCargo } from './schema/aircargo';
import type { ApiItemError, ApiTracking, ApiTrackingSummary } from './schema/tracking';
import type { TrackingApiError } from './api-error';
import type { RateLimits } from './rate-limiter';
import type {
  CreateTrackingRequest,
  ListTrackingsQuery,
  RealtimeRequest,
  RemoteAreaQuery,
  StatusCountsQuery,
  TrackingRef,
  TransitTimeQuery,
  UpdateTrackingRequest,
} from './requests';

export type ProviderId = 'trackingmore-v4' | 'trackingmore-v2' | 'trackru-v1';

/** What differs between the providers: host, auth header and the endpoints they lack. */
export interface ProviderConfig {
  id: ProviderId;
  label: string;
  baseUrl: string;
  authHeader: string;
  unsupported: ReadonlySet<TrackingMethod>;
  /** Extra headers on every request (v4 asks for `Accept: application/json`). */
  headers?: Readonly<Record<string, string>>;
  /** The provider's `meta.code` table; v2's when absent. */
  errorForCode?: (code: number, retryAfterMs?: number) => TrackingApiError;
  /** False when updates cannot force a status (v4 has no v2 `status` 4/7/8). */
  forcesStatus?: boolean;
  /** Client-side rate limits when the caller sets none. */
  rateLimits?: RateLimits;
}

export interface BatchCreateResult {
  submitted: number;
  added: number;
  trackings: ApiTrackingSummary[];
  errors: ApiItemError[];
}

export interface TrackingList {
  page: number;
  limit: number | null;
  /** Matching trackings in the account (summed over `numbers` chunks). */
  total: number;
  items: ApiTracking[];
}

export interface TrackingClient {
  readonly provider: ProviderId;
  /** False for the TrackingMore-only methods on TrackRU (they reject with `UnsupportedByProvider`). */
  supports(method: TrackingMethod): boolean;
  createTracking(input: CreateTrackingRequest): Promise<ApiTrackingSummary>;
  getTracking(ref: TrackingRef, options?: { lang?: string }): Promise<ApiTracking>;
  updateTracking(ref: TrackingRef, changes: UpdateTrackingRequest): Promise<ApiTrackingSummary>;
  deleteTracking(ref: TrackingRef): Promise<void>;
  /** Any number of items, sent 40 per call; per-item failures are in `errors`. */
  createTrackings(items: readonly CreateTrackingRequest[]): Promise<BatchCreateResult>;
  listTrackings(query?: ListTrackingsQuery): Promise<TrackingList>;
  updateTrackings(items: readonly (TrackingRef & UpdateTrackingRequest)[]): Promise<ApiBulkResult>;
  deleteTrackings(refs: readonly TrackingRef[]): Promise<ApiBulkResult>;
  realtime(input: RealtimeRequest): Promise<ApiTracking>;
  changeCarrier(ref: TrackingRef, newCarrierCode: string): Promise<void>;
  /** v4 only: restarts an expired tracking. */
  retrack(ref: TrackingRef): Promise<void>;
  getUserInfo(): Promise<ApiUserInfo>;
  getStatusCounts(query?: StatusCountsQuery): Promise<ApiStatusCounts>;
  stopUpdating(refs: readonly TrackingRef[]): Promise<ApiBulkResult>;
  checkRemoteArea(items: readonly RemoteAreaQuery[]): Promise<ApiRemoteResult>;
  getTransitTimes(items: readonly TransitTimeQuery[]): Promise<ApiTransitTime[]>;
  trackAirWaybill(awb: string | readonly string[], options?: { lang?: string }): Promise<ApiAirCargo[]>;
  listCarriers(options?: { lang?: string }): Promise<ApiCarrier[]>;
  detectCarrier(trackingNumber: string): Promise<ApiDetectedCarrier[]>;
}

export type TrackingMethod = Exclude<keyof TrackingClient, 'provider' | 'supports'>;
