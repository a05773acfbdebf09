// Stored entries that could not be read and were set aside: listed with their number where readable,
// exportable as JSON, and dismissable.
import { formatDateTime, t } from '@/utils/i18n';
import { ErrorNotice } from '../ErrorNotice';
import { useOptionsStore } from './store-context';

export function ProblemsSection() {
  const p = useOptionsStore().problems;
  const data = p.data.value;
  const entries = data?.entries ?? [];
  const count = entries.length + (data && entries.length === 0 ? data.problems.length : 0);
  return (
    <section class="tp-card" aria-labelledby="tp-problems-h" id="problems">
      <h2 id="tp-problems-h">{t('options_problems_title')}</h2>
      {p.error.value && <ErrorNotice error={p.error.value} />}
      {data && count === 0 ? (
        <p class="tp-muted" aria-live="polite">
          {p.dismissed.value ? t('options_problems_dismissed') : t('options_problems_none')}
        </p>
      ) : (
        data && (
          <>
            <p class="tp-help">{t('options_problems_help')}</p>
            <ul class="tp-problems">
              {entries.map((e) => (
                <li key={e.id}>
                  <strong>{e.number ? t('options_problems_number', e.number) : t('options_problems_noNumber')}</strong>{' '}
                  <span class="tp-muted">{t('options_problems_entry', e.item, e.at ? formatDateTime(new Date(e.at), { dateStyle: 'medium', timeStyle: 'short' }) : '—')}</span>
                </li>
              ))}
              {entries.length === 0 && data.problems.map((q) => <li key={`${q.item}:${q.message}`}>{q.message}</li>)}
            </ul>
            <div class="tp-inline">
              <button type="button" class="tp-btn" onClick={() => p.exportJson()}>
                {t('options_problems_export')}
              </button>
              <button type="button" class="tp-btn" onClick={() => void p.dismiss()}>
                {t('options_problems_dismiss')}
              </button>
            </div>
          </>
        )
      )}
    </section>
  );
}
