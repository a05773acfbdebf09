// Language, polling, notifications, detection and the sites where it is off, sensitive sites, unpin behaviour.
import { SENSITIVE_KINDS, type SensitiveKind } from '@/utils/page-safety/sensitive-sites';
import { AUTO_ARCHIVE_DAYS, POLL_INTERVALS, UI_LANGUAGES, type AutoArchiveDays, type NotifyRule, type PollInterval, type UiLanguage } from '@/utils/settings/model';
import { formatNumber, t, type MessageKey } from '@/utils/i18n';
import { useOptionsStore } from './store-context';
import { NotifyTimingFields } from './NotifyTimingFields';

const LANG_LABEL: Record<UiLanguage, string> = { auto: '', en: 'English', pl: 'Polski', it: 'Italiano', ru: 'Русский' };
const CARRIER_LANGS = ['', 'en', 'pl', 'it', 'ru', 'de', 'fr', 'es', 'zh'];
const NOTIFY_LABEL: Record<NotifyRule, MessageKey> = {
  all: 'options_notify_all',
  important: 'options_notify_important',
  none: 'options_notify_none',
};

const SENSITIVE_LABEL: Record<SensitiveKind, MessageKey> = {
  finance: 'options_sensitive_finance',
  passwords: 'options_sensitive_passwords',
  health: 'options_sensitive_health',
  government: 'options_sensitive_government',
  'password-field': 'options_sensitive_passwordField',
};

export function PreferencesSection() {
  const store = useOptionsStore();
  const d = store.draft.value;
  const up = store.actions.update;
  return (
    <section class="tp-card" aria-labelledby="tp-pref-h">
      <h2 id="tp-pref-h">{t('options_pref_title')}</h2>
      <div class="tp-field">
        <label for="tp-ui-lang">{t('options_uiLanguage')}</label>
        <select id="tp-ui-lang" value={d.uiLanguage} onChange={(e) => up({ uiLanguage: e.currentTarget.value as UiLanguage })}>
          {UI_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {l === 'auto' ? t('options_lang_auto') : LANG_LABEL[l]}
            </option>
          ))}
        </select>
      </div>
      <div class="tp-field">
        <label for="tp-carrier-lang">{t('options_carrierLanguage')}</label>
        <select id="tp-carrier-lang" value={d.carrierLanguage} onChange={(e) => up({ carrierLanguage: e.currentTarget.value })}>
          {CARRIER_LANGS.map((l) => (
            <option key={l} value={l}>
              {l === '' ? t('options_lang_carrierDefault') : l}
            </option>
          ))}
        </select>
      </div>
      <div class="tp-field">
        <label for="tp-poll">{t('options_poll')}</label>
        <select id="tp-poll" aria-describedby="tp-schedule-help" value={String(d.pollMinutes)} onChange={(e) => up({ pollMinutes: Number(e.currentTarget.value) as PollInterval })}>
          {POLL_INTERVALS.map((m) => (
            <option key={m} value={String(m)}>
              {m < 60 ? t('options_poll_minutes', formatNumber(m)) : t('options_poll_hours', formatNumber(m / 60))}
            </option>
          ))}
        </select>
      </div>
      <div class="tp-field">
        <label for="tp-auto-archive">{t('options_autoArchive')}</label>
        <select id="tp-auto-archive" value={String(d.autoArchiveDays)} onChange={(e) => up({ autoArchiveDays: Number(e.currentTarget.value) as AutoArchiveDays })}>
          {AUTO_ARCHIVE_DAYS.map((n) => (
            <option key={n} value={String(n)}>
              {n === 0 ? t('options_autoArchive_never') : t('options_autoArchive_days', formatNumber(n))}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="tp-field">
        <legend>{t('options_notify')}</legend>
        {(Object.keys(NOTIFY_LABEL) as NotifyRule[]).map((rule) => (
          <label key={rule} class="tp-radio">
            <input type="radio" name="tp-notify" value={rule} checked={d.notify === rule} onChange={() => up({ notify: rule })} />
            <span>{t(NOTIFY_LABEL[rule])}</span>
          </label>
        ))}
      </fieldset>
      <NotifyTimingFields />
      <div class="tp-field">
        <label class="tp-check">
          <input type="checkbox" checked={d.detectionEnabled} onChange={(e) => up({ detectionEnabled: e.currentTarget.checked })} />
          <span>{t('options_detectAll')}</span>
        </label>
        <p class="tp-help">{t('options_detect_help')}</p>
        <h3 class="tp-subhead">{t('options_disabledSites')}</h3>
        {d.disabledSites.length === 0 ? (
          <p class="tp-muted">{t('options_disabledSites_none')}</p>
        ) : (
          <ul class="tp-sites">
            {d.disabledSites.map((host) => (
              <li key={host}>
                <span>{host}</span>
                <button type="button" class="tp-btn" aria-label={t('options_site_remove', host)} onClick={() => store.actions.removeSite(host)}>
                  {t('options_remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <fieldset class="tp-field">
        <legend>{t('options_sensitive')}</legend>
        <p class="tp-help">{t('options_sensitive_help')}</p>
        {SENSITIVE_KINDS.map((kind) => (
          <label class="tp-check" key={kind}>
            <input
              type="checkbox"
              checked={d.sensitiveKindsOn.includes(kind)}
              onChange={(e) => {
                const others = d.sensitiveKindsOn.filter((k) => k !== kind);
                up({ sensitiveKindsOn: e.currentTarget.checked ? [...others, kind] : others });
              }}
            />
            <span>{t(SENSITIVE_LABEL[kind])}</span>
          </label>
        ))}
      </fieldset>
      <div class="tp-field">
        <label class="tp-check">
          <input
            type="checkbox"
            checked={d.keepInAccountOnUnpin}
            onChange={(e) => up({ keepInAccountOnUnpin: e.currentTarget.checked })}
          />
          <span>{t('options_keepInAccount')}</span>
        </label>
      </div>
    </section>
  );
}
