// Provider, API key with "Check", and the advanced endpoint override.
import { PROVIDERS, type Provider } from '@/utils/settings/model';
import { formatDateTime, formatNumber, t } from '@/utils/i18n';
import { ErrorNotice } from '../ErrorNotice';
import { HostAccessNotice } from '../HostAccessNotice';
import { ProviderSwitch } from './ProviderSwitch';
import { PROVIDER_LABEL } from './provider-label';
import { useOptionsStore } from './store-context';


export function ApiSection() {
  const store = useOptionsStore();
  const d = store.draft.value;
  const check = store.keyCheck.value;
  const host = store.host.missing.value;
  return (
    <section class="tp-card" aria-labelledby="tp-api-h">
      <h2 id="tp-api-h">{t('options_api_title')}</h2>
      <div class="tp-field">
        <label for="tp-provider">{t('options_provider')}</label>
        <select
          id="tp-provider"
          value={d.provider}
          onChange={(e) => store.actions.update({ provider: e.currentTarget.value as Provider })}
          aria-describedby="tp-provider-help"
        >
          {PROVIDERS.map((p) => (
            <option key={p} value={p}>
              {t(PROVIDER_LABEL[p])}
            </option>
          ))}
        </select>
        <p id="tp-provider-help" class="tp-help">
          {t('options_provider_help')}
        </p>
      </div>
      <div class="tp-field">
        <label for="tp-key">{t('options_key_label')}</label>
        <div class="tp-inline">
          <input
            id="tp-key"
            type="password"
            autocomplete="off"
            spellcheck={false}
            value={d.apiKey}
            onInput={(e) => store.actions.update({ apiKey: e.currentTarget.value })}
            aria-describedby="tp-key-help"
          />
          <button
            type="button"
            class="tp-btn"
            onClick={() => void store.actions.checkKey()}
            disabled={!d.apiKey.trim() || check.state === 'busy'}
          >
            {t('options_key_check')}
          </button>
        </div>
        <p id="tp-key-help" class="tp-help">
          {t('options_key_help')}
        </p>
        <div aria-live="polite">
          {check.state === 'busy' && <p class="tp-muted">{t('options_key_checking')}</p>}
          {check.state === 'ok' && check.data.belongsTo && (
            <p class="tp-warn" role="status">
              {t('options_key_belongsTo', t(PROVIDER_LABEL[check.data.belongsTo.provider]))}{' '}
              <button
                type="button"
                class="tp-btn"
                onClick={() => {
                  const other = check.data.belongsTo!;
                  store.actions.update({ provider: other.provider, endpoint: other.endpoint });
                  void store.actions.checkKey();
                }}
              >
                {t('options_key_useOther', t(PROVIDER_LABEL[check.data.belongsTo.provider]))}
              </button>
            </p>
          )}
          {check.state === 'ok' && !check.data.belongsTo && (
            <p class="tp-ok" role="status">
              <span aria-hidden="true">✓ </span>
              {t('options_key_ok')}{' '}
              {check.data.email && t('options_key_account', check.data.email)}{' '}
              {check.data.remaining != null && t('options_key_remaining', formatNumber(check.data.remaining))}{' '}
              {check.data.registeredAt != null &&
                t('options_key_since', formatDateTime(new Date(check.data.registeredAt), { dateStyle: 'medium' }))}
              {d.provider === 'trackingmore-v4' && <span class="tp-help"> {t('options_key_noQuota')}</span>}
            </p>
          )}
          {check.state === 'error' && <ErrorNotice error={check.error} />}
        </div>
        {host && <HostAccessNotice origin={host} refused={store.host.refused.value} onAllow={() => store.host.allow(host)} />}
      </div>
      <ProviderSwitch />
      <details class="tp-advanced" open={!!d.endpoint}>
        <summary>{t('options_advanced')}</summary>
        <div class="tp-field">
          <label for="tp-endpoint">{t('options_endpoint_label')}</label>
          <input
            id="tp-endpoint"
            type="url"
            placeholder="https://api.trackingmore.com/v2"
            value={d.endpoint}
            onInput={(e) => store.actions.update({ endpoint: e.currentTarget.value })}
            aria-describedby="tp-endpoint-help"
          />
          <p id="tp-endpoint-help" class="tp-help">
            {t('options_endpoint_help')}
          </p>
        </div>
      </details>
    </section>
  );
}
