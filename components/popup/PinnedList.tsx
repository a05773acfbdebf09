// The watchlist: status filters with counts, a text filter, bulk actions and the rows (windowed: only the
// rows near the viewport are in the DOM, see VirtualList).
import type { StatusFilter } from '@/utils/watchlist/view';
import type { PinSummary } from '@/utils/watchlist/summary';
import { STATUSES } from '@/utils/shipments/types';
import { formatNumber, t } from '@/utils/i18n';
import { STATUS_ICON, STATUS_LABEL } from '@/utils/ui/labels';
import { ErrorNotice } from '../ErrorNotice';
import { SearchField } from '../SearchField';
import { VirtualList } from '../VirtualList';
import { PinnedRow } from './PinnedRow';
import { Skeleton } from './Skeleton';
import { usePopupStore } from './store-context';
import { CheckNow } from './CheckNow';

/** A row's usual height (title, carrier, last event), px: rows not yet measured count as this. */
const ROW_ESTIMATE = 68;

const pinKeyOf = (item: PinSummary) => item.key;

export function PinnedList() {
  const store = usePopupStore();
  const l = store.list;
  const onOpen = store.actions.openPinned;
  const onToggle = l.toggleSelected;
  const ready = l.ready.value;
  const counts = l.counts.value;
  const visible = l.visible.value;
  const selected = l.selected.value;
  const now = l.listNow.value;
  const filters: StatusFilter[] = ['all', ...STATUSES.filter((s) => (counts[s] ?? 0) > 0)];
  return (
    <section class="tp-section tp-pinned" aria-labelledby="tp-pinned-h">
      <div class="tp-section-head">
        <h2 id="tp-pinned-h">{t('popup_pinned')}</h2>
        {ready && counts.all > 0 && <span class="tp-muted">{formatNumber(counts.all)}</span>}
        {store.archived.count.value > 0 && (
          <button type="button" class="tp-btn tp-link-btn" onClick={() => store.actions.openArchived()}>
            {t('popup_archived_open', formatNumber(store.archived.count.value))}
          </button>
        )}
      </div>
      {ready && counts.all > 0 && <CheckNow />}
      {l.watchlistError.value && (
        <ErrorNotice error={l.watchlistError.value} onRetry={() => void l.reload()} />
      )}
      {!ready ? (
        <Skeleton rows={3} />
      ) : counts.all === 0 ? (
        <div class="tp-empty">
          <p>
            <strong>{t('popup_empty_title')}</strong>
          </p>
          <p class="tp-muted">{t('popup_empty_body')}</p>
        </div>
      ) : (
        <>
          <div class="tp-filters" role="group" aria-label={t('popup_filter_status')}>
            {filters.map((f) => (
              <button
                type="button"
                key={f}
                class="tp-chip"
                aria-pressed={l.filter.value === f}
                onClick={() => l.setFilter(f)}
              >
                {f !== 'all' && <span aria-hidden="true">{STATUS_ICON[f]} </span>}
                {f === 'all' ? t('popup_filter_all') : t(STATUS_LABEL[f])} ({formatNumber(counts[f] ?? 0)})
              </button>
            ))}
          </div>
          <div class="tp-list-tools">
            <SearchField id="tp-list-filter" label={t('popup_filter_text')} value={l.listQuery.value} onText={l.setListQuery} />
            <label class="tp-select-all">
              <input
                type="checkbox"
                checked={visible.length > 0 && visible.every((p) => selected.has(p.key))}
                onChange={(e) => l.selectAllVisible(e.currentTarget.checked)}
              />
              <span>{t('popup_selectAll')}</span>
            </label>
          </div>
          {selected.size > 0 && (
            <div class="tp-bulk" role="group" aria-label={t('popup_bulk_label', formatNumber(selected.size))}>
              <span>{t('popup_bulk_label', formatNumber(selected.size))}</span>
              <button type="button" class="tp-btn" onClick={() => void l.bulk('unpin')}>
                {t('popup_action_unpin')}
              </button>
              <button type="button" class="tp-btn" onClick={() => void l.bulk('delivered')}>
                {t('popup_action_markDelivered')}
              </button>
              <button type="button" class="tp-btn" onClick={() => void l.bulk('archive')}>
                {t('popup_action_archive')}
              </button>
            </div>
          )}
          {store.actionError.value && store.route.value.view === 'list' && <ErrorNotice error={store.actionError.value} />}
          {visible.length === 0 ? (
            <p class="tp-muted">{t('popup_filter_noMatch')}</p>
          ) : (
            <VirtualList
              class="tp-rows"
              label={t('popup_pinned')}
              items={visible}
              total={l.visibleTotal.value}
              itemKey={pinKeyOf}
              estimate={ROW_ESTIMATE}
              renderItem={(item, index, total) => (
                <PinnedRow key={item.key} item={item} index={index} total={total} selected={selected.has(item.key)} now={now} onOpen={onOpen} onToggle={onToggle} />
              )}
            />
          )}
        </>
      )}
    </section>
  );
}
