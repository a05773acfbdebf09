// API keys the sandbox accepts. Any other key answers 4001 (401 under /v4). TrackingMore v2 keys work only
// under /v2, v4 keys only under /v4 and the TrackRU key only under /v1, like separate services.
export const DEMO_KEYS = {
  trackingmore: 'tm-demo-0001',
  trackru: 'tr-demo-0001',
  /** Valid key whose account starts empty. */
  empty: 'tm-empty-0001',
  /** Valid key, empty account, quota of 3 creations. */
  lowQuota: 'tm-lowquota-0001',
  /** A deleted key: every call answers 4002. */
  revoked: 'tm-revoked-0001',
  /** TrackingMore v4 key, seeded account (the same parcels as the v2 demo account). */
  trackingmoreV4: 'tm4-demo-0001',
  /** TrackingMore v4 key whose account starts empty. */
  emptyV4: 'tm4-empty-0001',
  /** TrackingMore v4 key, empty account, quota of 3 creations. */
  lowQuotaV4: 'tm4-lowquota-0001',
} as const;
