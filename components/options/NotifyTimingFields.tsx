// The polling and notification timing settings: how the schedule works, quiet hours, the stalled notice.
import { STALLED_DAYS_MAX, STALLED_DAYS_MIN } from '@/utils/settings/model';
import { t } from '@/utils/i18n';
import { useOptionsStore } from './store-context';
import { Fragment } from 'preact';
import type { MessageKey } from '@/utils/i18n';

const TIMES: { id: string; label: MessageKey; field: 'quietStart' | 'quietEnd' }[] = [
  { id: 'tp-quiet-start', label: 'options_quietStart', field: 'quietStart' },
  { id: 'tp-quiet-end', label: 'options_quietEnd', field: 'quietEnd' },
];

export function NotifyTimingFields() {
  const store = useOptionsStore();
  const d = store.draft.value;
  const up = store.actions.update;
  return (
    <>
      <p class="tp-help" id="tp-schedule-help">
        {t('options_scheduleHelp')}
      </p>
      <fieldset class="tp-field">
        <legend>{t('options_quiet')}</legend>
        <label class="tp-check">
          <input type="checkbox" checked={d.quietHoursOn} onChange={(e) => up({ quietHoursOn: e.currentTarget.checked })} />
          <span>{t('options_quietOn')}</span>
        </label>
        <div class="tp-row">
          {TIMES.map(({ id, label, field }) => (
            <Fragment key={id}>
              <label for={id}>{t(label)}</label>
              <input id={id} type="time" value={d[field]} disabled={!d.quietHoursOn} required onChange={(e) => e.currentTarget.value && up({ [field]: e.currentTarget.value })} />
            </Fragment>
          ))}
        </div>
        <p class="tp-help">{t('options_quietHelp')}</p>
      </fieldset>
      <div class="tp-field">
        <label for="tp-stalled">{t('options_stalledDays')}</label>
        <input
          id="tp-stalled"
          type="number"
          inputMode="numeric"
          min={STALLED_DAYS_MIN}
          max={STALLED_DAYS_MAX}
          step={1}
          value={d.stalledDays}
          onChange={(e) => {
            const n = Math.round(Number(e.currentTarget.value));
            if (Number.isFinite(n)) up({ stalledDays: Math.min(STALLED_DAYS_MAX, Math.max(STALLED_DAYS_MIN, n)) });
          }}
        />
      </div>
    </>
  );
}
