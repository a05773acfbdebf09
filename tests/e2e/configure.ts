// Points a running extension at the sandbox by writing its settings from inside the service worker (the
// same storage item the options page saves), so e2e tests need no options-page clicks.
import type { Worker } from 'playwright-core';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/model';

export interface SandboxSettings extends Partial<Settings> {
  endpoint: string;
  apiKey: string;
}

/** The provider a sandbox endpoint speaks (`…/v4`, `…/v1`, else v2): new installs default to v4 now. */
export function providerFor(endpoint: string): Settings['provider'] {
  if (/\/v4\/?$/.test(endpoint)) return 'trackingmore-v4';
  if (/\/v1\/?$/.test(endpoint)) return 'trackru-v1';
  return 'trackingmore-v2';
}

/** Merges `overrides` into the stored settings (defaults when none) and returns what was stored. */
export async function configureForSandbox(serviceWorker: Worker, overrides: SandboxSettings): Promise<Settings> {
  // Tests run at any hour: quiet hours (on by default) would hold their notifications.
  overrides = { provider: providerFor(overrides.endpoint), quietHoursOn: false, ...overrides };
  return serviceWorker.evaluate(
    async ({ defaults, overrides }) => {
      const chromeApi = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome;
      const current = ((await chromeApi.storage.local.get('settings')).settings ?? {}) as object;
      const next = { ...defaults, ...current, ...overrides };
      await chromeApi.storage.local.set({ settings: next });
      return next as typeof defaults;
    },
    { defaults: DEFAULT_SETTINGS, overrides },
  );
}
