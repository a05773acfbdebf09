// After a 4122 ("this courier needs more details"): one labelled input per field the courier requires, and
// Pin again with them. Props in, JSX out.
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { CARRIER_FIELD_LABEL as LABEL } from '@/utils/ui/labels';

export function CarrierFieldsForm(props: { fields: string[]; onSubmit: (values: Record<string, string>) => void }) {
  const fields = props.fields.filter((f) => f in LABEL);
  const [values, setValues] = useState<Record<string, string>>({});
  if (!fields.length) return null;
  return (
    <form
      class="tp-carrier-fields"
      aria-labelledby="tp-carrier-fields-h"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(values);
      }}
    >
      <p id="tp-carrier-fields-h">{t('popup_fields_intro')}</p>
      {fields.map((f) => (
        <div class="tp-field" key={f}>
          <label for={`tp-cf-${f}`}>{t(LABEL[f]!)}</label>
          {f === 'tracking_ship_date' ? (
            <input id={`tp-cf-${f}`} required type="date" value={values[f] ?? ''} onInput={(e) => setValues({ ...values, [f]: e.currentTarget.value })} />
          ) : (
            <input id={`tp-cf-${f}`} required maxLength={60} type="text" value={values[f] ?? ''} onInput={(e) => setValues({ ...values, [f]: e.currentTarget.value })} />
          )}
        </div>
      ))}
      <button type="submit" class="tp-btn tp-btn-primary">
        {t('popup_fields_pin')}
      </button>
    </form>
  );
}
