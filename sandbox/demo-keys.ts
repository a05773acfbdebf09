// API keys the sandbox accepts. Any other key answers 4001. TrackingMore keys work only under /v2 and the
// TrackRU key only under /v1, like two separate services.
export const DEMO_KEYS = {
  trackingmore: 'tm-demo-0001',
  trackru: 'tr-demo-0001',
  /** Valid key whose account starts empty. */
  empty: 'tm-empty-0001',
  /** Valid key, empty account, quota of 3 creations. */
  lowQuota: 'tm-lowquota-0001',
  /** A deleted key: every call answers 4002. */
  revoked: 'tm-revoked-0001',
} as const;
