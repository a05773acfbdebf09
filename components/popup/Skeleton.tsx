// Loading placeholder: grey bars with an accessible "Loading…" text.
import { t } from '@/utils/i18n';

export function Skeleton({ rows = 3 }: { rows?: number }) {
  return (
    <div class="tp-skeleton" role="status" aria-busy="true">
      <span class="tp-sr-only">{t('popup_loading')}</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} class="tp-skeleton-bar" aria-hidden="true" />
      ))}
    </div>
  );
}
