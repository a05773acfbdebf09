// When the carrier of a number could not be settled: the carriers it fits as buttons, and any carrier of
// the provider's list by name (or code), so the message's "pick the carrier" is something the screen offers.
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { usePopupStore } from './store-context';

export function CarrierPicker({ number, candidates }: { number: string; candidates: string[] }) {
  const store = usePopupStore();
  const [other, setOther] = useState('');
  const carriers = store.carriers;
  useEffect(() => void carriers.load(), [carriers]);
  const choices = candidates.length ? candidates : store.carrierChoices(number);
  const pick = (code: string) => store.actions.openDetails(number, code.trim().toLowerCase());
  return (
    <section class="tp-picker" aria-labelledby="tp-picker-h">
      <h2 id="tp-picker-h">{t('popup_pickCarrier')}</h2>
      <div class="tp-inline" role="group" aria-labelledby="tp-picker-h">
        {choices.map((c) => (
          <button type="button" key={c} class="tp-btn" onClick={() => pick(c)}>
            {store.carrierName(c)}
          </button>
        ))}
      </div>
      <form
        class="tp-inline"
        onSubmit={(e) => {
          e.preventDefault();
          const code = carriers.codeOf(other);
          if (code) pick(code);
        }}
      >
        <label for="tp-picker-other">{t('popup_pickCarrier_other')}</label>
        <input id="tp-picker-other" list="tp-picker-list" value={other} autocomplete="off" onInput={(e) => setOther(e.currentTarget.value)} />
        <datalist id="tp-picker-list">
          {carriers.list.value.map((c) => (
            <option key={c.code} value={c.name} />
          ))}
        </datalist>
        <button type="submit" class="tp-btn">
          {t('popup_pickCarrier_go')}
        </button>
      </form>
    </section>
  );
}
