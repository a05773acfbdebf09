// The only place that builds API clients: one per call, from the stored settings (the worker keeps no
// client between events). Also the provider-reply → Shipment step and the AWB/parcel split.
import { createTrackingClient, type TrackingClient, type RateLimits, type Timing } from '../api';
import type { ApiAirCargo, ApiTracking } from '../api';
import type { Settings } from '../settings/model';
import type { Shipment } from '../shipments/types';
import { normalizeTracking } from '../shipments/normalize-tracking';
import { normalizeAirCargo } from '../shipments/normalize-aircargo';
import { noKey } from './errors';

/**
 * Client tuning. Production uses the API module's defaults (1 request/s, 3 realtime/s); unit tests set
 * zero intervals so a 200-shipment poll does not take 5 seconds. Configuration only, never state.
 */
export const clientTuning: { rateLimits?: Partial<RateLimits>; timing?: Partial<Timing> } = {};

export function clientFor(settings: Pick<Settings, 'provider' | 'apiKey' | 'endpoint' | 'carrierLanguage'>): TrackingClient {
  if (!settings.apiKey.trim()) throw noKey();
  return createTrackingClient({
    provider: settings.provider,
    apiKey: settings.apiKey.trim(),
    baseUrl: settings.endpoint || undefined,
    lang: settings.carrierLanguage || undefined,
    ...(clientTuning.rateLimits ? { rateLimits: clientTuning.rateLimits } : {}),
    ...(clientTuning.timing ? { timing: clientTuning.timing } : {}),
  });
}

const AWB = /^(\d{3})[ -]?(\d{8})$/;

export function isAwb(number: string): boolean {
  return AWB.test(number.trim());
}

/** `XXX-XXXXXXXX`, the form the aircargo endpoint and the detection engine use. */
export function normaliseAwb(number: string): string {
  const m = AWB.exec(number.trim());
  return m ? `${m[1]}-${m[2]}` : number.trim();
}

/** Air waybills are "carried" by the airline: its IATA prefix is the carrier code. */
export function awbCarrier(number: string): string {
  return AWB.exec(number.trim())?.[1] ?? '';
}

export function compactAwb(number: string): string {
  return number.replace(/[^0-9]/g, '');
}

export function trackingToShipment(t: ApiTracking): Shipment {
  return normalizeTracking(t);
}

export function airCargoToShipment(a: ApiAirCargo, requested: string): Shipment {
  const s = normalizeAirCargo(a);
  // Keep the number as the user pinned it, so keys stay stable even if the reply omits the dash.
  return s.number ? { ...s, number: normaliseAwb(s.number) } : { ...s, number: requested };
}

/** Finds the AWB entry for `number` in an aircargo reply (entries may come in any order). */
export function pickAirCargo(replies: readonly ApiAirCargo[], number: string): ApiAirCargo | undefined {
  const want = compactAwb(number);
  return replies.find((r) => compactAwb(r.track_number ?? '') === want) ?? (replies.length === 1 ? replies[0] : undefined);
}
