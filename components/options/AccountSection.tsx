// The API account: quota, and how many shipments it tracks per status; plus the remote-area check.
import { useState } from 'preact/hooks';
import { STATUSES, type Status } from '@/utils/shipments/types';
import { formatNumber, t } from '@/utils/i18n';
import { ErrorNotice } from '../ErrorNotice';
import { StatusBadge } from '../StatusBadge';
import { PROVIDERS as API_PROVIDERS } from '@/utils/api/providers';
import { PROVIDER_LABEL } from './provider-label';
import { useOptionsStore } from './store-context';

export function AccountSection() {
  const store = useOptionsStore();
  const a = store.account.value;
  return (
    <section class="tp-card" aria-labelledby="tp-account-h">
      <h2 id="tp-account-h">{t('options_account_title')}</h2>
      <button type="button" class="tp-btn" onClick={() => void store.actions.loadAccount()} disabled={a.state === 'busy'}>
        {t('options_account_load')}
      </button>
      {a.state === 'busy' && <p class="tp-muted">{t('popup_loading')}</p>}
      {a.state === 'error' && <ErrorNotice error={a.error} onRetry={() => void store.actions.loadAccount()} />}
      {a.state === 'ok' && (
        <div aria-live="polite">
          <p>
            {a.data.account.email && t('options_key_account', a.data.account.email)}{' '}
            {a.data.account.remaining != null && t('options_key_remaining', formatNumber(a.data.account.remaining))}
          </p>
          {a.data.counts ? (
            <ul class="tp-counts">
              {STATUSES.filter((s) => (a.data.counts?.[s] ?? 0) > 0).map((s: Status) => (
                <li key={s}>
                  <StatusBadge status={s} /> <span>{formatNumber(a.data.counts![s]!)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="tp-muted">{t('options_account_noCounts')}</p>
          )}
        </div>
      )}
    </section>
  );
}

export function RemoteCheckSection() {
  const store = useOptionsStore();
  const [country, setCountry] = useState('');
  const [postcode, setPostcode] = useState('');
  const r = store.remote.value;
  const provider = store.saved.value?.provider;
  // A provider without the endpoint gets a sentence saying so, never a form that can only fail.
  if (provider && API_PROVIDERS[provider].unsupported.has('checkRemoteArea')) {
    return (
      <section class="tp-card" aria-labelledby="tp-remote-h">
        <h2 id="tp-remote-h">{t('options_remote_title')}</h2>
        <p class="tp-muted">{t('options_remote_unavailable', t(PROVIDER_LABEL[provider]))}</p>
      </section>
    );
  }
  return (
    <section class="tp-card" aria-labelledby="tp-remote-h">
      <h2 id="tp-remote-h">{t('options_remote_title')}</h2>
      <p class="tp-help">{t('options_remote_help')}</p>
      <form
        class="tp-inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (country.trim() && postcode.trim()) void store.actions.remoteCheck(country, postcode);
        }}
      >
        <div class="tp-field">
          <label for="tp-remote-country">{t('options_remote_country')}</label>
          <input id="tp-remote-country" value={country} maxLength={60} onInput={(e) => setCountry(e.currentTarget.value)} />
        </div>
        <div class="tp-field">
          <label for="tp-remote-postcode">{t('options_remote_postcode')}</label>
          <input id="tp-remote-postcode" value={postcode} maxLength={20} onInput={(e) => setPostcode(e.currentTarget.value)} />
        </div>
        <button type="submit" class="tp-btn" disabled={!country.trim() || !postcode.trim() || r.state === 'busy'}>
          {t('options_remote_check')}
        </button>
      </form>
      <div aria-live="polite">
        {r.state === 'error' && <ErrorNotice error={r.error} />}
        {r.state === 'ok' &&
          (r.data.length === 0 ? (
            <p class="tp-ok">{t('options_remote_none')}</p>
          ) : (
            <ul>
              {r.data.map((hit, i) => (
                <li key={i}>{t('options_remote_hit', hit.carrier.toUpperCase(), hit.country, hit.postcode)}</li>
              ))}
            </ul>
          ))}
      </div>
    </section>
  );
}
