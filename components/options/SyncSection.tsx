// Pins on the user's other browsers: how many of them the browser's sync storage holds.
import { formatNumber, t } from '@/utils/i18n';
import { useOptionsStore } from './store-context';

export function SyncSection() {
  const s = useOptionsStore().sync.status.value;
  return (
    <section class="tp-card" aria-labelledby="tp-sync-h">
      <h2 id="tp-sync-h">{t('options_sync_title')}</h2>
      <p class="tp-help">{t('options_sync_help')}</p>
      <p class="tp-sync-status">
        {!s || s.at === null
          ? t('options_sync_notYet')
          : s.total === 0
            ? t('options_sync_nothing')
            : s.synced < s.total
              ? t('options_sync_partial', formatNumber(s.synced), formatNumber(s.total))
              : t('options_sync_all', formatNumber(s.total))}
      </p>
      {s?.error && <p class="tp-muted">{t('options_sync_error', s.error)}</p>}
    </section>
  );
}
