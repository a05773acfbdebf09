// The privacy log: every API request Trackpin made in the last 7 days, with why, kept in storage.local so
// the user can see (and export) what left the browser. Never the key: only the operation, the numbers and
// the reason. Each call through the client is logged before it is sent, so one that fails counts too.
import type { TrackingClient, TrackingMethod } from '../api';
import { lazyItem, readCopy } from '../storage/lazy-item';
import { withLock } from './lock';

export type RequestReason =
  /** The user clicked a number on this site (a content script asked). */
  | { kind: 'page'; host: string }
  /** The user asked in the popup, the options page or a details tab. */
  | { kind: 'extension' }
  | { kind: 'scheduled' }
  | { kind: 'import' }
  | { kind: 'key-check' };

export const EXTENSION: RequestReason = { kind: 'extension' };

export interface PrivacyLogEntry {
  at: number;
  /** The API operation, as in README's endpoint table (e.g. `GET /trackings/{carrier}/{number}`). */
  endpoint: string;
  numbers: string[];
  reason: RequestReason;
}

export const LOG_DAYS = 7;
const KEEP_MS = LOG_DAYS * 24 * 60 * 60 * 1000;
/** A busy week of polling 200 parcels every 15 min is ~1,400 list calls; beyond this the oldest go. */
const MAX_ENTRIES = 5000;
const MAX_NUMBERS = 40;

export const privacyLogItem = lazyItem<PrivacyLogEntry[]>('local:privacyLog', { fallback: [], version: 1, migrations: {} });

export const ENDPOINTS: Record<TrackingMethod, string> = {
  createTracking: 'POST /trackings/post',
  getTracking: 'GET /trackings/{carrier}/{number}',
  updateTracking: 'PUT /trackings/{carrier}/{number}',
  deleteTracking: 'DELETE /trackings/{carrier}/{number}',
  createTrackings: 'POST /trackings/batch',
  listTrackings: 'GET /trackings/get',
  updateTrackings: 'POST /trackings/updatemore',
  deleteTrackings: 'POST /trackings/delete',
  realtime: 'POST /trackings/realtime',
  changeCarrier: 'POST /trackings/update',
  getUserInfo: 'GET /trackings/getuserinfo',
  getStatusCounts: 'GET /trackings/getstatusnumber',
  stopUpdating: 'POST /trackings/notupdate',
  checkRemoteArea: 'POST /trackings/remote',
  getTransitTimes: 'POST /trackings/costtime',
  trackAirWaybill: 'POST /trackings/aircargo',
  listCarriers: 'GET /carriers',
  detectCarrier: 'POST /carriers/detect',
  retrack: 'POST /trackings/retrack/{id}',
};

/** The tracking numbers an API call carries, from whatever shape its arguments have. */
export function numbersIn(args: readonly unknown[]): string[] {
  const out: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (out.length >= MAX_NUMBERS || depth > 3 || value == null) return;
    if (typeof value === 'string') return;
    if (Array.isArray(value)) return value.forEach((v) => (typeof v === 'string' ? out.push(v) : visit(v, depth + 1)));
    if (typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    for (const k of ['tracking_number', 'trackingNumber', 'number', 'awb']) if (typeof o[k] === 'string') out.push(o[k] as string);
    if (Array.isArray(o.numbers)) visit(o.numbers, depth + 1);
  };
  args.forEach((a, i) => (typeof a === 'string' && i === 0 ? out.push(a) : visit(a, 0)));
  return [...new Set(out)].slice(0, MAX_NUMBERS);
}

export async function appendToLog(entry: PrivacyLogEntry): Promise<void> {
  await withLock('privacy-log', async () => {
    const log = ((await readCopy(privacyLogItem)) as PrivacyLogEntry[] | null) ?? [];
    const kept = log.filter((e) => e.at > entry.at - KEEP_MS);
    kept.push(entry);
    await privacyLogItem.setValue(kept.slice(-MAX_ENTRIES));
  });
}

export async function readPrivacyLog(now = Date.now()): Promise<PrivacyLogEntry[]> {
  const log = ((await readCopy(privacyLogItem)) as PrivacyLogEntry[] | null) ?? [];
  return log.filter((e) => e.at > now - KEEP_MS).reverse();
}

export async function clearPrivacyLog(): Promise<null> {
  await withLock('privacy-log', () => privacyLogItem.setValue([]));
  return null;
}

/** The same client, logging each API call with `reason` before it goes out. */
export function loggedClient(client: TrackingClient, reason: RequestReason, now: () => number = Date.now): TrackingClient {
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof prop !== 'string' || !(prop in ENDPOINTS) || typeof value !== 'function') return value;
      const method = prop as TrackingMethod;
      return async (...args: unknown[]) => {
        // Unsupported calls never reach the network: not logged.
        if (client.supports(method)) await appendToLog({ at: now(), endpoint: ENDPOINTS[method], numbers: numbersIn(args), reason });
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
