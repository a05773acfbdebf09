// Account and reference data: key check, quota, status counts, remote-area check, transit times.
import { EXTENSION } from './privacy-log';
import type { AccountReply } from '../messages/background-api';
import type { ApiTransitTime, ApiUserInfo } from '../api';
import type { Provider } from '../settings/model';
import { readSettings } from '../settings/store';
import { isApiError } from '../api/api-error';
import { clientFor } from './client';

/** `regtime` is Unix seconds as a string in the docs; tolerate ISO dates too. */
export function parseRegTime(raw: string | null | undefined): number | null {
  if (!raw) return null;
  if (/^\d+$/.test(raw.trim())) return Number(raw) * 1000;
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? null : ms;
}

export function toAccount(info: ApiUserInfo | null): AccountReply {
  return {
    email: info?.email || null,
    remaining: info?.track_number ?? null,
    balance: info?.money ?? null,
    registeredAt: parseRegTime(info?.regtime),
  };
}

async function checkOne(input: { provider: Provider; apiKey: string; endpoint: string }): Promise<AccountReply> {
  const client = clientFor({ ...input, carrierLanguage: '' }, { kind: 'key-check' });
  // TrackRU and TrackingMore v4 have no account endpoint: a one-item list call proves the key.
  if (!client.supports('getUserInfo')) {
    await client.listTrackings({ limit: 1 });
    return toAccount(null);
  }
  return toAccount(await client.getUserInfo());
}

const OTHER_VERSION: Partial<Record<Provider, Provider>> = { 'trackingmore-v4': 'trackingmore-v2', 'trackingmore-v2': 'trackingmore-v4' };

/** The other TrackingMore version's endpoint: '' stays '' (the real host); `…/v2` ↔ `…/v4`; anything else: none. */
function otherEndpoint(endpoint: string, to: Provider): string | null {
  if (!endpoint) return '';
  const m = /^(.*\/)v[24]\/?$/.exec(endpoint.trim());
  return m ? `${m[1]}${to === 'trackingmore-v4' ? 'v4' : 'v2'}` : null;
}

/**
 * Checks a key the user typed (not the stored one). A TrackingMore key rejected by the chosen API version is
 * tried once against the other version, so a user who picked the wrong one is told which it belongs to.
 */
export async function checkKey(input: { provider: Provider; apiKey: string; endpoint?: string }): Promise<AccountReply> {
  const endpoint = input.endpoint ?? '';
  try {
    return await checkOne({ ...input, endpoint });
  } catch (error) {
    const other = OTHER_VERSION[input.provider];
    const otherUrl = other ? otherEndpoint(endpoint, other) : null;
    if (!other || otherUrl === null || !isApiError(error, 'auth')) throw error;
    const reply = await checkOne({ provider: other, apiKey: input.apiKey, endpoint: otherUrl }).catch(() => null);
    if (!reply) throw error;
    return { ...reply, belongsTo: { provider: other, endpoint: otherUrl } };
  }
}

export async function account(): Promise<{ account: AccountReply; counts: Record<string, number> | null }> {
  const client = clientFor(await readSettings(), EXTENSION);
  if (!client.supports('getUserInfo')) {
    await client.listTrackings({ limit: 1 });
    return { account: toAccount(null), counts: null };
  }
  const info = await client.getUserInfo();
  const counts = client.supports('getStatusCounts') ? await client.getStatusCounts().catch(() => null) : null;
  return { account: toAccount(info), counts };
}

export async function remoteCheck(input: { country: string; postcode: string; company?: string }) {
  const client = clientFor(await readSettings(), EXTENSION);
  const result = await client.checkRemoteArea([{ country: input.country, postcode: input.postcode, ...(input.company ? { company: input.company } : {}) }]);
  return {
    remote: result.remote.map((r) => ({
      carrier: r.far_express_company ?? '',
      country: r.far_country ?? r.two_code ?? '',
      postcode: r.far_city_postcode ?? '',
    })),
  };
}

/**
 * The costtime reply gives shares delivered per day range (`range1` = 0–7 days, `range3` = 7–15, …; the
 * full list is unconfirmed). The fastest and slowest non-empty ranges give min/max days.
 */
const RANGES: Record<string, [number, number]> = {
  range1: [0, 7],
  range2: [0, 7],
  range3: [7, 15],
  range4: [15, 30],
  range5: [30, 60],
  range6: [60, 90],
};

export function summariseTransit(t: ApiTransitTime | undefined): { minDays: number | null; maxDays: number | null; samples: number | null } | null {
  if (!t) return null;
  let min: number | null = null;
  let max: number | null = null;
  for (const [field, [lo, hi]] of Object.entries(RANGES)) {
    // Shares come as "23%" strings (the sandbox, after the vendor's samples) or as numbers.
    const share = Number.parseFloat(String((t as Record<string, unknown>)[field]));
    if (!Number.isFinite(share) || share <= 0) continue;
    min = min === null ? lo : Math.min(min, lo);
    max = max === null ? hi : Math.max(max, hi);
  }
  return { minDays: min, maxDays: max, samples: t.total ?? t.delivered ?? null };
}

export async function transitTimes(input: { carrier: string; origin: string; destination: string }) {
  const client = clientFor(await readSettings(), EXTENSION);
  // TrackingMore v4 has no transit-time statistics: no estimate rather than an error for a call that cannot exist.
  if (!client.supports('getTransitTimes')) return null;
  const list = await client.getTransitTimes([{ carrier_code: input.carrier, original: input.origin.toUpperCase(), destination: input.destination.toUpperCase() }]);
  return summariseTransit(list[0]);
}
