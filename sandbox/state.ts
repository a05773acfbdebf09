// Everything the sandbox remembers: the clock, the carrier world and one account per API key.
import { DEMO_KEYS } from './demo-keys';
import { SEED_ACCOUNT } from './seed-data';
import { buildSeedWorld } from './seed-data';
import type { Envelope } from './envelope';
import type { Status } from './world';
import { World, hashHex } from './world';

export interface SandboxConfig {
  /** Answer 401/4001/4002, 429 and 5xx envelopes with that HTTP status instead of 200. */
  mirrorHttpStatus: boolean;
  /** 1 req/s per key, 3 req/s for realtime. */
  rateLimit: boolean;
  /** Remaining creations of the demo accounts (the low-quota account always starts at 3). */
  quota: number;
  /** TrackRU quirk: single GET answers `data: [tracking]`. */
  singleGetArray: boolean;
}

export const DEFAULT_CONFIG: SandboxConfig = { mirrorHttpStatus: false, rateLimit: false, quota: 10_000, singleGetArray: false };

export interface AccountTracking {
  id: string;
  number: string;
  carrier: string;
  createdAt: number;
  createdAtText: string;
  /** Seeded verbatim `updated_at`; otherwise derived from the newest event. */
  updatedAtText: string | null;
  title: string | null;
  orderId: string | null;
  customerName: string | null;
  customerEmail: string | string[] | null;
  customerPhone: string | null;
  comment: string | null;
  logisticsChannel: string | null;
  destinationCode: string | null;
  orderCreateTime: string | null;
  archived: boolean;
  /** Set by PUT/updatemore status 4 or 7; 8 clears it. */
  statusOverride: Status | null;
  /** False after /trackings/notupdate. */
  trackUpdate: boolean;
  /** v4 batch items: `pending` until TrackingMore's first refresh. */
  pendingUntil?: number;
  /** v4 retrack: the expiry clock restarts here. */
  retrackedAt?: number;
  /** v4 carrier-specific fields (`tracking_postal_code`, …). */
  extras?: Record<string, string>;
}

export interface Account {
  key: string;
  api: 'v2' | 'v1' | 'v4';
  revoked: boolean;
  email: string;
  regtime: number;
  quota: number;
  detectCalls: number;
  trackings: Map<string, AccountTracking>;
  /** Realtime answers per carrier/number, reused for 2 hours like the real service. */
  realtimeCache: Map<string, { at: number; reply: Envelope }>;
}

export const trackingKey = (carrier: string, number: string) => `${carrier}/${number}`;

/** ISO time with the +08:00 offset TrackingMore uses. */
export function formatIso(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19) + '+08:00';
}

export class Clock {
  private offset = 0;
  private readonly startedReal = Date.now();

  /** With a fixed `now` the clock stands still except for advance(); otherwise it follows real time. */
  constructor(
    readonly epoch: number,
    private readonly frozen: boolean,
  ) {}

  now(): number {
    return this.epoch + this.offset + (this.frozen ? 0 : Date.now() - this.startedReal);
  }

  advance(ms: number): void {
    this.offset += ms;
  }
}

export class SandboxState {
  config: SandboxConfig;
  clock!: Clock;
  world!: World;
  accounts!: Map<string, Account>;

  constructor(
    private readonly initialConfig: SandboxConfig,
    private readonly fixedNow: Date | undefined,
  ) {
    this.config = { ...initialConfig };
    this.reset();
  }

  /** Back to the seed state: clock, world, accounts and settings as at start. */
  reset(): void {
    this.config = { ...this.initialConfig };
    this.clock = new Clock(this.fixedNow?.getTime() ?? Date.now(), this.fixedNow !== undefined);
    const epoch = this.clock.epoch;
    this.world = new World(epoch, buildSeedWorld(epoch));
    this.accounts = new Map();
    const add = (key: string, api: Account['api'], quota: number, seeded: boolean, revoked = false) => {
      const account: Account = {
        key,
        api,
        revoked,
        email: `${key}@sandbox.trackpin.test`,
        regtime: Math.floor(epoch / 1000) - 400 * 86_400,
        quota,
        detectCalls: 0,
        trackings: new Map(),
        realtimeCache: new Map(),
      };
      if (seeded) for (const t of seedTrackings(epoch)) account.trackings.set(trackingKey(t.carrier, t.number), t);
      this.accounts.set(key, account);
    };
    add(DEMO_KEYS.trackingmore, 'v2', this.config.quota, true);
    add(DEMO_KEYS.trackru, 'v1', this.config.quota, true);
    add(DEMO_KEYS.empty, 'v2', this.config.quota, false);
    add(DEMO_KEYS.lowQuota, 'v2', 3, false);
    add(DEMO_KEYS.revoked, 'v2', 0, false, true);
    add(DEMO_KEYS.trackingmoreV4, 'v4', this.config.quota, true);
    add(DEMO_KEYS.emptyV4, 'v4', this.config.quota, false);
    add(DEMO_KEYS.lowQuotaV4, 'v4', 3, false);
  }

  /** Applies a new demo quota to the accounts that use it. */
  setQuota(quota: number): void {
    this.config.quota = quota;
    for (const key of [DEMO_KEYS.trackingmore, DEMO_KEYS.trackru, DEMO_KEYS.empty, DEMO_KEYS.trackingmoreV4, DEMO_KEYS.emptyV4]) this.accounts.get(key)!.quota = quota;
  }

  now(): number {
    return this.clock.now();
  }
}

export function newTracking(number: string, carrier: string, now: number, fields: Partial<AccountTracking> = {}): AccountTracking {
  return {
    id: hashHex(`${carrier}/${number}/${now}`),
    number,
    carrier,
    createdAt: now,
    createdAtText: formatIso(now),
    updatedAtText: null,
    title: null,
    orderId: null,
    customerName: null,
    customerEmail: null,
    customerPhone: null,
    comment: null,
    logisticsChannel: null,
    destinationCode: null,
    orderCreateTime: null,
    archived: false,
    statusOverride: null,
    trackUpdate: true,
    ...fields,
  };
}

function seedTrackings(epoch: number): AccountTracking[] {
  return SEED_ACCOUNT.map((s) => {
    const createdAt = s.fixed ? Date.parse(s.fixed.createdAt) : epoch - s.addedHoursAgo * 3_600_000;
    const t = newTracking(s.number, s.carrier, createdAt, {
      title: s.title,
      orderId: s.orderId,
      customerName: s.customerName,
      customerEmail: s.customerEmail,
      orderCreateTime: s.orderCreateTime,
      archived: s.archived ?? false,
    });
    if (s.fixed) Object.assign(t, { id: s.fixed.id, createdAtText: s.fixed.createdAt, updatedAtText: s.fixed.updatedAt });
    return t;
  });
}
