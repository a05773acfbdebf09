// One pinned shipment in the list: carrier, title or number, status, last event and its age, unread dot.
import type { PinSummary } from '@/utils/watchlist/summary';
import { carrierName } from '@/utils/tracking-numbers';
import { memo } from 'preact/compat';
import { formatRelative, t } from '@/utils/i18n';
import { wallClockMs, wallClockOf } from '@/utils/shipments/dates';
import { StatusBadge } from '../StatusBadge';
import { usePopupStore } from './store-context';

export interface PinnedRowProps {
  item: PinSummary;
  /** Where the row sits in the whole list, 0-based, and the list's length (only some rows are rendered). */
  index?: number;
  total?: number;
  selected: boolean;
  now: number;
  /** Must be stable across renders (rows are memoised). */
  onOpen(item: PinSummary): void;
  onToggle(key: string): void;
}

function PinnedRowView({ item, index, total, selected, now, onOpen, onToggle }: PinnedRowProps) {
  const { carrierName } = usePopupStore();
  const last = item.lastEvent;
  const at = last ? wallClockMs(last.date) : null;
  const name = item.title || item.shipmentTitle || item.number;
  const carrier = item.carrierName ?? carrierName(item.carrier);
  return (
    <li class={`tp-row${item.unread ? ' tp-unread' : ''}`} data-key={item.key} aria-posinset={index === undefined ? undefined : index + 1} aria-setsize={total}>
      <input
        type="checkbox"
        class="tp-row-check"
        checked={selected}
        onChange={() => onToggle(item.key)}
        aria-label={t('popup_select', name)}
      />
      <button type="button" class="tp-row-main" onClick={() => onOpen(item)}>
        <span class="tp-row-top">
          {item.unread && (
            <span class="tp-dot" role="img" aria-label={t('popup_unread')}>
              ●
            </span>
          )}
          <span class="tp-row-title">{name}</span>
          <StatusBadge status={item.status} />
        </span>
        <span class="tp-row-meta">
          <span>{carrier}</span>
          {name !== item.number && <span class="tp-number">{item.number}</span>}
        </span>
        <span class="tp-row-last">
          {last ? (
            <>
              <span class="tp-row-event">{last.description}</span>
              {at !== null && <span class="tp-muted"> · {formatRelative(at, wallClockOf(now))}</span>}
            </>
          ) : (
            <span class="tp-muted">{t('popup_noEventsYet')}</span>
          )}
        </span>
        {item.lastError && <span class="tp-row-error">{t('ui_lastCheckFailed', item.lastError.message)}</span>}
      </button>
    </li>
  );
}

/** Memoised: filtering or selecting re-renders only the rows whose props changed. */
export const PinnedRow = memo(PinnedRowView);
