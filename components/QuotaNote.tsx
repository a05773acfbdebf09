// The quota line under "Check now" (popup) and in the options' polling section: what is left, how long it
// lasts at the schedule's rate, the warnings at 10% / 5% / 0, and the parcels the schedule gave up on.
import type { QuotaReport } from '@/utils/background/poll/api-quota';
import { formatNumber, t } from '@/utils/i18n';

export function quotaText(q: QuotaReport): { line: string; warning: string | null } {
  if (!q.reported) return { line: t('ui_quotaNotReported'), warning: null };
  if (q.remaining === null) return { line: t('ui_quotaLeftIdle', '…'), warning: null };
  const line = q.daysLeft === null ? t('ui_quotaLeftIdle', formatNumber(q.remaining)) : t('ui_quotaLeft', formatNumber(q.remaining), formatNumber(q.daysLeft));
  const warning = q.level === 'empty' ? t('ui_quotaEmpty') : q.level === 'slow' ? t('ui_quotaSlow') : q.level === 'low' ? t('ui_quotaLow') : null;
  return { line, warning };
}

export function QuotaNote({ quota, givenUp }: { quota: QuotaReport | undefined; givenUp: number | undefined }) {
  if (!quota) return null;
  const { line, warning } = quotaText(quota);
  return (
    <div class="tp-quota">
      <p class="tp-muted">{line}</p>
      {warning && (
        <p class="tp-quota-warn" role="alert">
          {warning}
        </p>
      )}
      {!!givenUp && <p class="tp-muted">{t('ui_givenUp', formatNumber(givenUp))}</p>}
    </div>
  );
}
