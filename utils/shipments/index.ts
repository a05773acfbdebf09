export * from './types';
export { normalizeTracking, normalizeSummary } from './normalize-tracking';
export type { NormalizeOptions } from './normalize-tracking';
export { normalizeAirCargo } from './normalize-aircargo';
export { diffShipments } from './diff';
export type { DiffOptions, Headline, ShipmentChange } from './diff';
export { safeHttpUrl } from './safe-url';
export { toStatus } from './status';
