// The only place that builds API clients: one per call, from the stored settings (the worker keeps no
// client between events). Every client logs its calls with the reason the caller gives (privacy log).
import { createTrackingClient, type TrackingClient, type RateLimits, type Timing } from '../api';
import type { Settings } from '../settings/model';
import { noKey } from './background-error';
import { loggedClient, type RequestReason } from './privacy-log';
import { guardHostAccess, hostAccessFor } from './host-access';

/**
 * Client tuning. Production uses the API module's defaults (1 request/s, 3 realtime/s); unit tests set
 * zero intervals so a 200-shipment poll does not take 5 seconds. Configuration only, never state.
 */
export const clientTuning: { rateLimits?: Partial<RateLimits>; timing?: Partial<Timing> } = {};

export function clientFor(settings: Pick<Settings, 'provider' | 'apiKey' | 'endpoint' | 'carrierLanguage'>, reason: RequestReason): TrackingClient {
  if (!settings.apiKey.trim()) throw noKey();
  const client = createTrackingClient({
    provider: settings.provider,
    apiKey: settings.apiKey.trim(),
    baseUrl: settings.endpoint || undefined,
    lang: settings.carrierLanguage || undefined,
    ...(clientTuning.rateLimits ? { rateLimits: clientTuning.rateLimits } : {}),
    ...(clientTuning.timing ? { timing: clientTuning.timing } : {}),
  });
  // The host check sits outside the log: a call refused for want of the permission sends nothing.
  return guardHostAccess(loggedClient(client, reason), hostAccessFor(settings));
}
