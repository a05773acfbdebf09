// Options → "Sites": where Trackpin looks for numbers (all sites except sensitive ones, or only the sites
// you allow), the allowed sites as the browser grants them, and the grant the default mode needs.
import { useEffect } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';
import type { SiteAccess } from '@/utils/settings/model';
import { ErrorNotice } from '../ErrorNotice';
import { useOptionsStore } from './store-context';

const MODES: { mode: SiteAccess; label: MessageKey; help: MessageKey }[] = [
  { mode: 'all-except-sensitive', label: 'options_siteAccess_all', help: 'options_siteAccess_all_help' },
  { mode: 'allowed-only', label: 'options_siteAccess_allowed', help: 'options_siteAccess_allowed_help' },
];

export function SiteAccessSection() {
  const store = useOptionsStore();
  const sites = store.siteAccess;
  const saved = store.saved.value?.siteAccess ?? 'all-except-sensitive';
  // The clicked mode shows at once; the sections below follow the saved one.
  const shown = sites.choosing.value ?? saved;
  useEffect(() => {
    void sites.load();
    return sites.watch();
  }, [sites]);
  return (
    <section class="tp-card" aria-labelledby="tp-sites-h">
      <h2 id="tp-sites-h">{t('options_siteAccess')}</h2>
      <fieldset class="tp-field">
        <legend>{t('options_siteAccess_mode')}</legend>
        {MODES.map((m) => (
          <div key={m.mode}>
            <label class="tp-radio">
              <input
                type="radio"
                name="tp-site-access"
                value={m.mode}
                checked={shown === m.mode}
                aria-describedby={`tp-site-access-${m.mode}`}
                // Synchronous on purpose: all sites is asked of the browser, which needs this click's gesture.
                onChange={() => void sites.choose(m.mode)}
              />
              <span>{t(m.label)}</span>
            </label>
            <p class="tp-help" id={`tp-site-access-${m.mode}`}>
              {t(m.help)}
            </p>
          </div>
        ))}
      </fieldset>
      {sites.error.value && <ErrorNotice error={sites.error.value} />}
      {saved === 'all-except-sensitive' && !sites.hasAll.value && (
        <div class="tp-field" role="status">
          <p>{t('options_siteAccess_needAll')}</p>
          <button type="button" class="tp-btn tp-btn-primary" onClick={() => void sites.allowAll()}>
            {t('options_siteAccess_allowAll')}
          </button>
        </div>
      )}
      {saved === 'allowed-only' && (
        <div class="tp-field">
          <h3 class="tp-subhead">{t('options_allowedSites')}</h3>
          {sites.allowed.value.length === 0 ? (
            <p class="tp-muted">{t('options_allowedSites_none')}</p>
          ) : (
            <ul class="tp-sites" aria-label={t('options_allowedSites')}>
              {sites.allowed.value.map((host) => (
                <li key={host}>
                  <span>{host}</span>
                  <button type="button" class="tp-btn" aria-label={t('options_allowedSite_revoke', host)} onClick={() => void sites.revoke(host)}>
                    {t('options_revoke')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
