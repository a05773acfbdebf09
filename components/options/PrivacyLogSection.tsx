// The privacy log: what Trackpin asked the tracking API in the last 7 days, and why; export and clear.
import { formatDateTime, t } from '@/utils/i18n';
import type { RequestReason } from '@/utils/background/privacy-log';
import { ErrorNotice } from '../ErrorNotice';
import { useOptionsStore } from './store-context';

function why(reason: RequestReason): string {
  switch (reason.kind) {
    case 'page':
      return t('options_log_page', reason.host);
    case 'extension':
      return t('options_log_extension');
    case 'scheduled':
      return t('options_log_scheduled');
    case 'import':
      return t('options_log_import');
    case 'key-check':
      return t('options_log_keyCheck');
  }
}

export function PrivacyLogSection() {
  const store = useOptionsStore();
  const log = store.privacyLog.value;
  const { loadPrivacyLog, exportPrivacyLog, clearPrivacyLog } = store.actions;
  return (
    <section class="tp-card" aria-labelledby="tp-log-h">
      <h2 id="tp-log-h">{t('options_log_title')}</h2>
      <p class="tp-help">{t('options_log_help')}</p>
      <div class="tp-log-actions">
        <button type="button" class="tp-btn" onClick={() => void loadPrivacyLog()} disabled={log.state === 'busy'}>
          {t('options_log_show')}
        </button>
        <button type="button" class="tp-btn" onClick={() => void exportPrivacyLog()}>
          {t('options_log_export')}
        </button>
        <button type="button" class="tp-btn" onClick={() => void clearPrivacyLog()}>
          {t('options_log_clear')}
        </button>
      </div>
      {log.state === 'busy' && <p class="tp-muted">{t('popup_loading')}</p>}
      {log.state === 'error' && <ErrorNotice error={log.error} onRetry={() => void loadPrivacyLog()} />}
      {log.state === 'ok' &&
        (log.data.length === 0 ? (
          <p class="tp-muted" aria-live="polite">
            {t('options_log_empty')}
          </p>
        ) : (
          // The table scrolls sideways on narrow windows: focusable, so the keyboard can scroll it too.
          <div class="tp-log-wrap" tabIndex={0} role="group" aria-labelledby="tp-log-h">
            <table class="tp-log">
              <thead>
                <tr>
                  <th scope="col">{t('options_log_time')}</th>
                  <th scope="col">{t('options_log_request')}</th>
                  <th scope="col">{t('options_log_numbers')}</th>
                  <th scope="col">{t('options_log_why')}</th>
                </tr>
              </thead>
              <tbody>
                {log.data.map((e, i) => (
                  <tr key={`${e.at}-${i}`}>
                    <td>
                      <time dateTime={new Date(e.at).toISOString()}>{formatDateTime(new Date(e.at))}</time>
                    </td>
                    <td>
                      <code>{e.endpoint}</code>
                    </td>
                    <td class="tp-number">{e.numbers.join(', ')}</td>
                    <td>{why(e.reason)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
