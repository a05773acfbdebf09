// The Archived view: pins archived by hand or automatically after delivery, each restorable or unpinnable.
import { formatNumber, t } from '@/utils/i18n';
import { ErrorNotice } from '../ErrorNotice';
import { StatusBadge } from '../StatusBadge';
import { usePopupStore } from './store-context';

export function ArchivedView() {
  const store = usePopupStore();
  const a = store.archived;
  const rows = a.rows.value;
  return (
    <section class="tp-section tp-archived" aria-labelledby="tp-archived-h">
      <button type="button" class="tp-btn tp-back" onClick={() => store.actions.back()}>
        <span aria-hidden="true">← </span>
        {t('popup_back')}
      </button>
      <div class="tp-section-head">
        <h2 id="tp-archived-h">{t('popup_archived_title')}</h2>
        <span class="tp-muted">{formatNumber(a.count.value)}</span>
      </div>
      <p class="tp-help tp-muted">{t('popup_archived_help')}</p>
      {store.actionError.value && <ErrorNotice error={store.actionError.value} />}
      {rows.length === 0 ? (
        <p class="tp-muted">{t('popup_archived_empty')}</p>
      ) : (
        <ul class="tp-rows">
          {rows.map((p) => {
            const name = p.title || p.shipmentTitle || p.number;
            return (
              <li key={p.key} class="tp-row tp-archived-row" data-key={p.key}>
                <button type="button" class="tp-row-main" onClick={() => store.actions.openPinned(p)}>
                  <span class="tp-row-top">
                    <span class="tp-row-title">{name}</span>
                    <StatusBadge status={p.status} />
                  </span>
                  <span class="tp-row-meta">
                    <span>{p.carrierName ?? store.carrierName(p.carrier)}</span>
                    {name !== p.number && <span class="tp-number">{p.number}</span>}
                  </span>
                </button>
                <span class="tp-archived-actions">
                  <button type="button" class="tp-btn" aria-label={t('popup_action_restoreNamed', name)} onClick={() => void a.restore(p.key, t('popup_restored'))}>
                    {t('popup_action_restore')}
                  </button>
                  <button type="button" class="tp-btn" aria-label={t('popup_action_unpinNamed', name)} onClick={() => void a.unpin(p.key, t('popup_unpinned'))}>
                    {t('popup_action_unpin')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
