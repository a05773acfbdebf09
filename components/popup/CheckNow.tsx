// "Check now" for every pinned parcel, with the progress of a running check, the time of the last one,
// and, when it cannot run, why.
import { formatDateTime, formatNumber, formatRelative, t } from '@/utils/i18n';
import type { CheckBlock } from '@/utils/ui/stores/popup/check';
import { usePopupStore } from './store-context';
import { QuotaNote } from '../QuotaNote';

/** Why a check cannot run now, in words (the list's and the details' Check now share it). */
export function blockedText(block: CheckBlock): string {
  switch (block.reason) {
    case 'no-key':
      return t('popup_check_noKey');
    case 'paused':
      return t('popup_check_paused', formatDateTime(new Date(block.until), { timeStyle: 'short' }));
    case 'offline':
      return t('popup_check_offline');
  }
}

export function CheckNow() {
  const store = usePopupStore();
  const { checking, blocked, checkAll } = store.check;
  const status = store.status.value;
  const block = blocked.value;
  const progress = status?.progress;
  const now = store.now();
  const line = checking.value
    ? progress
      ? t('popup_checking', formatNumber(progress.done), formatNumber(progress.total))
      : t('popup_checkingStart')
    : block
      ? blockedText(block)
      : status?.lastPollAt
        ? t('popup_lastChecked', formatRelative(status.lastPollAt, now))
        : t('popup_neverChecked');
  return (
    <>
    <div class="tp-check">
      <button
        type="button"
        class="tp-btn"
        aria-label={t('popup_checkNow_label')}
        aria-describedby="tp-check-line"
        disabled={checking.value || !!block}
        aria-busy={checking.value}
        onClick={() => void checkAll()}
      >
        <span aria-hidden="true">↻ </span>
        {t('popup_checkNow')}
      </button>
      <span id="tp-check-line" class="tp-muted" role="status" aria-live="polite">
        {line}
      </span>
    </div>
    <QuotaNote quota={status?.quota} givenUp={status?.givenUp} />
    </>
  );
}
