// Account and reference data: key check, quota, status counts, remote-area check, transit times.
import { EXTENSION } from './privacy-log';
import type { AccountReply } from '../messages/background-api';
import type { ApiTransitTime, ApiUserInfo } from '../api';
import type { Provider } from '../settings/model';
import { readSettings } from '../settings/store';
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

/** Checks a key the user typed (not the stored one). TrackRU has no account endpoint: a list call proves the key. */
export async function checkKey(input: { provider: Provider; apiKey: string; endpoint?: string }): Promise<AccountReply> {
  const client = clientFor({ provider: input.provider, apiKey: input.apiKey, endpoint: input.endpoint ?? '', carrierLanguage: '' }, { kind: 'key-check' });
  if (!client.supports('getUserInfo')) {
    await client.listTrackings({ limit: 1 });
    return toAccount(null);
  }
  return toAccount(await client.getUserInfo());
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
    const share = Number((t as Record<string, unknown>)[field]);
    if (!Number.isFinite(share) || share <= 0) continue;
    min = min === null ? lo : Math.min(min, lo);
    max = max === null ? hi : Math.max(max, hi);
  }
  return { minDays: min, maxDays: max, samples: t.total ?? t.delivered ?? null };
}

export async function transitTimes(input: { carrier: string; origin: string; destination: string }) {
  const client = clientFor(await readSettings(), EXTENSION);
  const list = await client.getTransitTimes([{ carrier_code: input.carrier, original: input.origin.toUpperCase(), destination: input.destination.toUpperCase() }]);
  return summariseTransit(list[0]);
}
