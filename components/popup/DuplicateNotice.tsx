// Shown in details when the number in view is pinned under more than one carrier: says so and offers to
// merge them into one pin, under the carrier the user picks.
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { usePopupStore } from './store-context';

export function DuplicateNotice({ current }: { current: string }) {
  const store = usePopupStore();
  const pins = store.duplicates.pins.value;
  const [keep, setKeep] = useState(current);
  const [removeFromAccount, setRemove] = useState(false);
  if (pins.length < 2) return null;
  const kept = pins.some((p) => p.key === keep) ? keep : current;
  const names = pins.map((p) => store.carrierName(p.carrier)).join(', ');
  return (
    <form
      class="tp-duplicate"
      aria-labelledby="tp-dup-h"
      onSubmit={(e) => {
        e.preventDefault();
        void store.duplicates.merge(kept, removeFromAccount, t('popup_merged'));
      }}
    >
      <p id="tp-dup-h">
        <strong>{t('popup_dup_title')}</strong> {t('popup_dup_body', names)}
      </p>
      <fieldset>
        <legend>{t('popup_dup_keep')}</legend>
        {pins.map((p) => (
          <label key={p.key} class="tp-dup-option">
            <input type="radio" name="tp-dup-keep" value={p.key} checked={kept === p.key} onChange={() => setKeep(p.key)} />
            <span>
              {store.carrierName(p.carrier)}
              {p.title ? ` · ${p.title}` : ''}
            </span>
          </label>
        ))}
      </fieldset>
      <label class="tp-dup-option">
        <input type="checkbox" checked={removeFromAccount} onChange={(e) => setRemove(e.currentTarget.checked)} />
        <span>{t('popup_dup_removeAccount')}</span>
      </label>
      <button type="submit" class="tp-btn tp-btn-primary">
        {t('popup_action_merge')}
      </button>
    </form>
  );
}
