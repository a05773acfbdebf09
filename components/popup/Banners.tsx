// Standing notices above the list: a withheld API host permission (with the button that asks for it), a
// full storage (and what to do about it), and stored entries that could not be read and were set aside.
import { formatNumber, t } from '@/utils/i18n';
import { ErrorNotice } from '../ErrorNotice';
import { HostAccessNotice } from '../HostAccessNotice';
import { usePopupStore } from './store-context';

export function Banners() {
  const store = usePopupStore();
  const status = store.status.value;
  const full = status?.lastPollError?.kind === 'storage-full' ? status.lastPollError : store.actionError.value?.kind === 'storage-full' ? store.actionError.value : null;
  const host = store.host.missing.value;
  return (
    <>
      {host && <HostAccessNotice origin={host} refused={store.host.refused.value} onAllow={() => store.host.allow(host)} />}
      {full && (
        <div class="tp-banner" data-banner="storage-full">
          <ErrorNotice error={full} />
          <button type="button" class="tp-btn" onClick={() => store.actions.openSettings()}>
            {t('popup_storageFull_export')}
          </button>
        </div>
      )}
      {!!status?.problems && (
        <div class="tp-banner tp-note" role="status" data-banner="problems">
          <p>{t('popup_problems_banner', formatNumber(status.problems))}</p>
          <button type="button" class="tp-btn" onClick={() => store.actions.openSettings()}>
            {t('popup_problems_open')}
          </button>
        </div>
      )}
    </>
  );
}
