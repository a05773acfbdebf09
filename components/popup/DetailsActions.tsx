// What a user can do with the shipment in view: pin, edit, change carrier, set status, copy, open, refresh.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PinnedShipment } from '@/utils/watchlist/model';
import type { Shipment } from '@/utils/shipments/types';
import { safeHttpUrl } from '@/utils/shipments/safe-url';
import { t, type MessageKey } from '@/utils/i18n';
import { usePopupStore } from './store-context';
import { blockedText } from './CheckNow';

export interface DetailsActionsProps {
  shipment: Shipment;
  pinned: PinnedShipment | null;
}

/** An inline form under the action rows: its fields, then submit and Cancel. */
function Panel({ submit, onSubmit, onCancel, children }: { submit: MessageKey; onSubmit(): void; onCancel(): void; children: ComponentChildren }) {
  return (
    <form
      class="tp-panel"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <div class="tp-action-row">
        <button type="submit" class="tp-btn tp-btn-primary">
          {t(submit)}
        </button>
        <button type="button" class="tp-btn" onClick={onCancel}>
          {t('popup_action_cancel')}
        </button>
      </div>
    </form>
  );
}

export function DetailsActions({ shipment, pinned }: DetailsActionsProps) {
  const store = usePopupStore();
  const [panel, setPanel] = useState<'none' | 'edit' | 'carrier'>('none');
  const [more, setMore] = useState(false);
  const [title, setTitle] = useState(pinned?.title ?? '');
  const [notes, setNotes] = useState(pinned?.notes ?? '');
  const [carrier, setCarrier] = useState('');
  const link = safeHttpUrl(shipment.weblink);
  const { actions, details } = store;
  const close = () => setPanel('none');
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
          <button type="button" class="tp-btn" onClick={() => void details.unpin()}>
            {t('popup_action_unpin')}
          </button>
        ) : (
          <button type="button" class="tp-btn tp-btn-primary" onClick={() => void details.pin()}>
            {t('popup_action_pin')}
          </button>
        )}
        <button
          type="button"
          class="tp-btn"
          onClick={() => details.refresh()}
          disabled={details.busy.value || !!store.check.blocked.value}
          aria-describedby={store.check.blocked.value ? 'tp-details-blocked' : undefined}
        >
          <span aria-hidden="true">↻ </span>
          {t('popup_action_refresh')}
        </button>
        {store.check.blocked.value && (
          <span id="tp-details-blocked" class="tp-muted">
            {blockedText(store.check.blocked.value)}
          </span>
        )}
        <button type="button" class="tp-btn" onClick={() => void actions.copy(shipment.number, t('popup_copied'))}>
          {t('popup_action_copy')}
        </button>
        {link && (
          <button type="button" class="tp-btn" onClick={() => actions.openUrl(link)}>
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
          <button type="button" class="tp-btn" onClick={() => void details.setStatus('delivered')}>
            {t('popup_action_markDelivered')}
          </button>
        )}
        {pinned && shipment.status !== 'exception' && (
          <button type="button" class="tp-btn" onClick={() => void details.setStatus('exception')}>
            {t('popup_action_markException')}
          </button>
        )}
        {pinned && (
          <button type="button" class="tp-btn" onClick={() => void details.setStatus('revert')}>
            {t('popup_action_revert')}
          </button>
        )}
      </div>
      {panel === 'edit' && pinned && (
        <Panel
          submit="popup_action_save"
          onSubmit={async () => {
            if (await details.edit(title, notes)) close();
          }}
          onCancel={close}
        >
          <label for="tp-edit-title">{t('popup_field_title')}</label>
          <input id="tp-edit-title" value={title} maxLength={200} onInput={(e) => setTitle(e.currentTarget.value)} />
          <label for="tp-edit-notes">{t('popup_field_notes')}</label>
          <textarea id="tp-edit-notes" rows={3} maxLength={2000} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
        </Panel>
      )}
      {panel === 'carrier' && (
        <Panel
          submit="popup_action_apply"
          onSubmit={() => {
            if (carrier.trim()) {
              close();
              void details.changeCarrier(carrier);
            }
          }}
          onCancel={close}
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
            {store.carrierChoices(shipment.number).map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </Panel>
      )}
    </div>
  );
}
