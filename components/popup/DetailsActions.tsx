// What a user can do with the shipment in view: pin, edit, change carrier, set status, copy, open, refresh.
import { useState } from 'preact/hooks';
import type { PinnedShipment } from '@/utils/watchlist/model';
import type { Shipment } from '@/utils/shipments/types';
import type { PopupStore } from '@/utils/ui/popup-store';
import { safeHttpUrl } from '@/utils/shipments/safe-url';
import { t } from '@/utils/i18n';

export interface DetailsActionsProps {
  store: PopupStore;
  shipment: Shipment;
  pinned: PinnedShipment | null;
  carrierChoices: string[];
}

export function DetailsActions({ store, shipment, pinned, carrierChoices }: DetailsActionsProps) {
  const [panel, setPanel] = useState<'none' | 'edit' | 'carrier'>('none');
  const [more, setMore] = useState(false);
  const [title, setTitle] = useState(pinned?.title ?? '');
  const [notes, setNotes] = useState(pinned?.notes ?? '');
  const [carrier, setCarrier] = useState('');
  const link = safeHttpUrl(shipment.weblink);
  const a = store.actions;
  const toggle = (p: 'edit' | 'carrier') => {
    if (p === 'edit') {
      setTitle(pinned?.title ?? '');
      setNotes(pinned?.notes ?? '');
    }
    setPanel(panel === p ? 'none' : p);
  };
  return (
    <div class="tp-actions">
      <div class="tp-action-row">
        {pinned ? (
          <button type="button" class="tp-btn" onClick={() => void a.unpin()}>
            {t('popup_action_unpin')}
          </button>
        ) : (
          <button type="button" class="tp-btn tp-btn-primary" onClick={() => void a.pin()}>
            {t('popup_action_pin')}
          </button>
        )}
        <button type="button" class="tp-btn" onClick={() => a.refresh()} disabled={store.busy.value}>
          <span aria-hidden="true">↻ </span>
          {t('popup_action_refresh')}
        </button>
        <button type="button" class="tp-btn" onClick={() => void a.copy(shipment.number, t('popup_copied'))}>
          {t('popup_action_copy')}
        </button>
        {link && (
          <button type="button" class="tp-btn" onClick={() => a.openUrl(link)}>
            {t('popup_action_openCarrier')}
          </button>
        )}
        <button
          type="button"
          class="tp-btn"
          aria-expanded={more}
          aria-controls="tp-more-actions"
          onClick={() => {
            setMore(!more);
            if (more) setPanel('none');
          }}
        >
          {t('popup_action_more')} <span aria-hidden="true">{more ? '▴' : '▾'}</span>
        </button>
      </div>
      <div class="tp-action-row" id="tp-more-actions" hidden={!more}>
        {pinned && (
          <button type="button" class="tp-btn" aria-expanded={panel === 'edit'} onClick={() => toggle('edit')}>
            {t('popup_action_edit')}
          </button>
        )}
        <button type="button" class="tp-btn" aria-expanded={panel === 'carrier'} onClick={() => toggle('carrier')}>
          {t('popup_action_changeCarrier')}
        </button>
        {pinned && shipment.status !== 'delivered' && (
          <button type="button" class="tp-btn" onClick={() => void a.setStatus('delivered')}>
            {t('popup_action_markDelivered')}
          </button>
        )}
        {pinned && shipment.status !== 'exception' && (
          <button type="button" class="tp-btn" onClick={() => void a.setStatus('exception')}>
            {t('popup_action_markException')}
          </button>
        )}
        {pinned && (
          <button type="button" class="tp-btn" onClick={() => void a.setStatus('revert')}>
            {t('popup_action_revert')}
          </button>
        )}
      </div>
      {panel === 'edit' && pinned && (
        <form
          class="tp-panel"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await a.edit(title, notes)) setPanel('none');
          }}
        >
          <label for="tp-edit-title">{t('popup_field_title')}</label>
          <input id="tp-edit-title" value={title} maxLength={200} onInput={(e) => setTitle(e.currentTarget.value)} />
          <label for="tp-edit-notes">{t('popup_field_notes')}</label>
          <textarea id="tp-edit-notes" rows={3} maxLength={2000} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
          <div class="tp-action-row">
            <button type="submit" class="tp-btn tp-btn-primary">
              {t('popup_action_save')}
            </button>
            <button type="button" class="tp-btn" onClick={() => setPanel('none')}>
              {t('popup_action_cancel')}
            </button>
          </div>
        </form>
      )}
      {panel === 'carrier' && (
        <form
          class="tp-panel"
          onSubmit={(e) => {
            e.preventDefault();
            if (carrier.trim()) {
              setPanel('none');
              void a.changeCarrier(carrier);
            }
          }}
        >
          <label for="tp-carrier">{t('popup_field_carrier')}</label>
          <input
            id="tp-carrier"
            list="tp-carrier-choices"
            value={carrier}
            placeholder={shipment.carrier.code}
            pattern="[0-9a-zA-Z_\-]+"
            onInput={(e) => setCarrier(e.currentTarget.value)}
          />
          <datalist id="tp-carrier-choices">
            {carrierChoices.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <div class="tp-action-row">
            <button type="submit" class="tp-btn tp-btn-primary">
              {t('popup_action_apply')}
            </button>
            <button type="button" class="tp-btn" onClick={() => setPanel('none')}>
              {t('popup_action_cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
