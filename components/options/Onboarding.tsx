// First run: what Trackpin does, why it needs a key, and what leaves the browser.
import { t } from '@/utils/i18n';

export function Onboarding({ onDismiss }: { onDismiss(): void }) {
  return (
    <section class="tp-card tp-onboarding" aria-labelledby="tp-onb-h">
      <h2 id="tp-onb-h">{t('options_onb_title')}</h2>
      <p>{t('options_onb_what')}</p>
      <p>{t('options_onb_key')}</p>
      <p>
        <strong>{t('options_onb_privacyTitle')}</strong> {t('options_onb_privacy')}
      </p>
      <button type="button" class="tp-btn tp-btn-primary" onClick={onDismiss}>
        {t('options_onb_dismiss')}
      </button>
    </section>
  );
}
