// For a pinned tracking the provider reports as expired: Re-track where the provider can restart it
// (TrackingMore v4), else why it cannot.
import { t } from '@/utils/i18n';
import { PROVIDERS } from '@/utils/api/providers';
import { usePopupStore } from './store-context';

export function RetrackAction() {
  const store = usePopupStore();
  const provider = store.status.value?.provider;
  if (!provider) return null;
  if (PROVIDERS[provider].unsupported.has('retrack')) {
    return (
      <p class="tp-help tp-muted" role="note">
        {t('popup_retrack_unsupported', PROVIDERS[provider].label)}
      </p>
    );
  }
  return (
    <div class="tp-action-row">
      <button type="button" class="tp-btn tp-btn-primary" aria-describedby="tp-retrack-help" onClick={() => void store.details.retrack(t('popup_retracked'))}>
        {t('popup_action_retrack')}
      </button>
      <span id="tp-retrack-help" class="tp-muted">
        {t('popup_retrack_help')}
      </span>
    </div>
  );
}
