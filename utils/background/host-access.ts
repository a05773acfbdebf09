// Whether Trackpin holds the host permission for the API it is about to call. Firefox (and Chrome's "site
// access") let users withhold or revoke host permissions at any time; without it the real APIs, which send
// no CORS headers, fail as a bare network error. Checked before every call so the user is told the cause.
import { browser } from 'wxt/browser';
import { PROVIDERS } from '../api/providers';
import { TrackingApiError } from '../api/api-error';
import type { TrackingClient, TrackingMethod } from '../api';
import type { Settings } from '../settings/model';
import { t } from '../i18n';
import { BackgroundError } from './background-error';

/** The hosts of the providers' own APIs: listed in the manifest's host_permissions, and CORS-less. */
const API_HOSTS = new Set(Object.values(PROVIDERS).map((p) => new URL(p.baseUrl).host));

export interface HostAccess {
  /** The match pattern to hold, e.g. `https://api.trackingmore.com/*`. */
  origin: string;
  /**
   * True for the providers' APIs: calls cannot work without it. A custom endpoint (a proxy, the sandbox)
   * may answer CORS and work without it, so its calls are tried, and a network failure then names the cause.
   */
  required: boolean;
  /** The API's base URL (for the CORS probe). */
  base: string;
}

/** The host the settings' API calls go to (pure: the options page and popup use it too). */
export function hostAccessFor(settings: Pick<Settings, 'provider' | 'endpoint'>): HostAccess {
  let url: URL;
  try {
    url = new URL(settings.endpoint.trim() || PROVIDERS[settings.provider].baseUrl);
  } catch {
    url = new URL(PROVIDERS[settings.provider].baseUrl);
  }
  // Match patterns carry no port: `http://127.0.0.1/*` covers the sandbox on any port.
  return { origin: `${url.protocol}//${url.hostname}/*`, required: API_HOSTS.has(url.host), base: url.href };
}

/** permissions.contains; where the browser cannot tell (no permissions API), assume held and let the call say. */
export async function holdsHost(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [origin] });
  } catch {
    return true;
  }
}

export class HostPermissionError extends BackgroundError {
  constructor(readonly origin: string) {
    super('host-permission', t('bg_errHostPermission', hostName(origin)));
  }
}

/** `https://api.trackingmore.com/*` → `api.trackingmore.com`. */
export function hostName(origin: string): string {
  return origin.replace(/^[a-z]+:\/\//, '').replace(/\/\*$/, '');
}

/**
 * A network failure is the browser's CORS block, not the network, when the server answers a no-cors request
 * but refuses a CORS one (a plain GET: no key, no preflight). Unreachable: both fail. CORS-enabled: both pass.
 */
async function corsBlocked(base: string): Promise<boolean> {
  const reaches = (mode: RequestMode) =>
    fetch(base, { mode, cache: 'no-store', credentials: 'omit', signal: AbortSignal.timeout(5_000) }).then(
      () => true,
      () => false,
    );
  const [cors, opaque] = await Promise.all([reaches('cors'), reaches('no-cors')]);
  return opaque && !cors;
}

/**
 * Wraps a client so that each API call first checks the host permission: a required host that is not held
 * fails at once with `host-permission` (no request); an optional one is tried, and a network failure while
 * it is not held becomes `host-permission` when the browser's CORS block caused it.
 */
export function guardHostAccess(client: TrackingClient, access: HostAccess): TrackingClient {
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function' || prop === 'supports') return value;
      // Calls the provider lacks never reach the network (they throw `unsupported`): nothing to check.
      if (typeof prop !== 'string' || !target.supports(prop as TrackingMethod)) return value;
      return async (...args: unknown[]) => {
        const held = await holdsHost(access.origin);
        if (!held && access.required) throw new HostPermissionError(access.origin);
        try {
          return await (value as (...a: unknown[]) => unknown).apply(target, args);
        } catch (error) {
          if (!held && error instanceof TrackingApiError && error.kind === 'network' && (await corsBlocked(access.base))) {
            throw new HostPermissionError(access.origin);
          }
          throw error;
        }
      };
    },
  });
}
