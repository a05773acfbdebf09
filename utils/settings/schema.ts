// What a valid settings value is: used to read stored settings field by field and to check a change the
// options page sends before it is saved.
import * as v from 'valibot';
import { AUTO_ARCHIVE_DAYS, DEFAULT_SETTINGS, LEGACY_DEFAULT_PROVIDER, PROVIDERS, POLL_INTERVALS, SITE_ACCESS_MODES, UI_LANGUAGES, STALLED_DAYS_MAX, STALLED_DAYS_MIN, type NotifyRule, type Settings } from './model';
import { SENSITIVE_KINDS } from '../page-safety/sensitive-sites';

const hosts = v.pipe(v.array(v.pipe(v.string(), v.maxLength(253))), v.maxLength(5000));

/** A time of day, "HH:MM" (24 h). */
const clock = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time must be HH:MM.'));

const NOTIFY_RULES: readonly NotifyRule[] = ['all', 'important', 'none'];

export const SettingsSchema = v.object({
  provider: v.picklist(PROVIDERS),
  apiKey: v.pipe(v.string(), v.trim(), v.maxLength(200)),
  endpoint: v.pipe(
    v.string(),
    v.trim(),
    v.maxLength(500),
    v.check((s) => s === '' || /^https?:\/\/[^\s]+$/i.test(s), 'Endpoint must be an http(s) URL.'),
  ),
  uiLanguage: v.picklist(UI_LANGUAGES),
  carrierLanguage: v.pipe(v.string(), v.regex(/^([a-z]{2})?$/, 'Carrier language must be two lowercase letters.')),
  pollMinutes: v.picklist(POLL_INTERVALS as unknown as number[]),
  notify: v.picklist(NOTIFY_RULES),
  quietHoursOn: v.boolean(),
  quietStart: clock,
  quietEnd: clock,
  stalledDays: v.pipe(v.number(), v.integer(), v.minValue(STALLED_DAYS_MIN), v.maxValue(STALLED_DAYS_MAX)),
  detectionEnabled: v.boolean(),
  disabledSites: hosts,
  sensitiveKindsOn: v.array(v.picklist(SENSITIVE_KINDS)),
  enabledSites: hosts,
  keepInAccountOnUnpin: v.boolean(),
  onboarded: v.boolean(),
  siteAccess: v.picklist(SITE_ACCESS_MODES),
  autoArchiveDays: v.picklist(AUTO_ARCHIVE_DAYS as unknown as number[]),
});

/**
 * Reads stored settings field by field: a bad field falls back to its default (and is reported), the
 * rest are kept; a value that is not an object at all is quarantined and defaults are used.
 */
export function sanitiseSettings(raw: unknown): { settings: Settings; problems: string[] } {
  if (raw == null) return { settings: { ...DEFAULT_SETTINGS }, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: { ...DEFAULT_SETTINGS }, problems: ['Settings were not an object; defaults are used.'] };
  }
  // Stored settings without a provider predate the v4 default: they were on v2 and stay there.
  const settings = { ...DEFAULT_SETTINGS, provider: LEGACY_DEFAULT_PROVIDER } as Record<string, unknown>;
  const problems: string[] = [];
  const entries = SettingsSchema.entries as Record<string, v.GenericSchema>;
  for (const [field, schema] of Object.entries(entries)) {
    if (!(field in raw)) continue;
    const parsed = v.safeParse(schema, (raw as Record<string, unknown>)[field]);
    if (parsed.success) settings[field] = parsed.output;
    else problems.push(`Setting "${field}" was invalid; its default is used.`);
  }
  return { settings: settings as unknown as Settings, problems };
}

/** Validates a settings change sent by the options page: every given field must be valid. */
export function parseSettingsPatch(patch: Record<string, unknown>): { ok: true; value: Partial<Settings> } | { ok: false; message: string } {
  const partial = v.partial(SettingsSchema);
  const parsed = v.safeParse(v.strictObject(partial.entries), patch);
  if (parsed.success) return { ok: true, value: parsed.output as Partial<Settings> };
  const first = parsed.issues[0];
  const where = first?.path?.map((p) => String(p.key)).join('.') || 'settings';
  return { ok: false, message: `${where}: ${first?.message ?? 'invalid'}` };
}
