// The stored settings: one item, read field by field (utils/settings/schema.ts) so one bad field never
// loses the others.
import { lazyItem, readCopy } from '../storage/lazy-item';
import { reportProblem } from '../storage/problems';
import { DEFAULT_SETTINGS, type Settings } from './model';
import { sanitiseSettings } from './schema';

export const settingsItem = lazyItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  migrations: {},
});

export async function readSettings(): Promise<Settings> {
  const raw: unknown = await readCopy(settingsItem);
  const { settings, problems } = sanitiseSettings(raw);
  for (const p of problems) await reportProblem('settings', p, raw);
  return settings;
}
