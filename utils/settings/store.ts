// The stored settings: one item, read field by field (utils/settings/schema.ts) so one bad field never
// loses the others. The API key is kept apart (./secret.ts): the stored item always has `apiKey: ''`.
import { lazyItem, readCopy } from '../storage/lazy-item';
import { reportProblem } from '../storage/problems';
import { DEFAULT_SETTINGS, type Settings } from './model';
import { sanitiseSettings } from './schema';
import { readApiKey, writeApiKey } from './secret';

export const settingsItem = lazyItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  // v2: sensitive sites are off by default (sensitiveKindsOn, enabledSites); v1 settings get the defaults.
  version: 2,
  migrations: {
    2: (old: Record<string, unknown>) => ({ ...old, sensitiveKindsOn: [], enabledSites: [] }),
  },
});

export async function readSettings(): Promise<Settings> {
  const raw: unknown = await readCopy(settingsItem);
  const { settings, problems } = sanitiseSettings(raw);
  for (const p of problems) await reportProblem('settings', p, raw);
  if (settings.apiKey) {
    // A key in storage.local (stored before it moved, or written there by hand): move it. The secret is
    // committed first, so a failure leaves the key where it was and nothing is lost.
    await writeApiKey(settings.apiKey);
    await settingsItem.setValue({ ...settings, apiKey: '' });
    return settings;
  }
  return { ...settings, apiKey: await readApiKey() };
}

/** Writes settings: the key to its own store, everything else to storage.local. */
export async function writeSettings(next: Settings): Promise<void> {
  await writeApiKey(next.apiKey);
  await settingsItem.setValue({ ...next, apiKey: '' });
}
