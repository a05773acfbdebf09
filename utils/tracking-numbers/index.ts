// Public API of the detection engine: pure functions, no browser APIs, no dependencies.
export { airlineForPrefix } from './airlines';
export { carrierName } from './carriers';
export { findTrackingNumbers } from './find';
export { identifyTrackingNumber } from './identify';
export { candidateCarriers, defaultCarrier, identify, identifyOrParcel, normalizeNumber } from './resolve';
export type { CarrierPolicy, IdentifiedNumber } from './resolve';
export { findTrackingNumbersInUrl } from './url';
export type { Airline, Confidence, FindOptions, TrackingKind, TrackingNumberMatch } from './types';
