// Points a running extension at the sandbox by writing its settings from inside the service worker (the
// same storage item the options page saves), so e2e tests need no options-page clicks.
import type { Worker } from 'playwright-core';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/model';

export interface SandboxSettings extends Partial<Settings> {
  endpoint: string;
  apiKey: string;
}

/** Merges `overrides` into the stored settings (defaults when none) and returns what was stored. */
export async function configureForSandbox(serviceWorker: Worker, overrides: SandboxSettings): Promise<Settings> {
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
