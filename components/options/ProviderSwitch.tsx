// After the provider changed: the pinned parcels are in the old account. Offers to re-create them in the new
// one (a bulk job: batches, progress, resumes after a restart) and shows how far it got.
import { formatNumber, t } from '@/utils/i18n';
import { ErrorNotice } from '../ErrorNotice';
import { PROVIDER_LABEL } from './provider-label';
import { useOptionsStore } from './store-context';

export function ProviderSwitch() {
  const store = useOptionsStore();
  const from = store.switchedFrom.value;
  const to = store.saved.value?.provider;
  if (!from || !to) return null;
  const r = store.recreate.value;
  const p = store.progress.value;
  const job = r.state === 'ok' && p?.jobId === r.data.jobId ? p : null;
  return (
    <div class="tp-switch" role="region" aria-labelledby="tp-switch-h">
      <p id="tp-switch-h">{t('options_switch_intro', t(PROVIDER_LABEL[from]), t(PROVIDER_LABEL[to]))}</p>
      {r.state !== 'ok' && (
        // Not while settings are being saved: the job must read the new provider and key, not half of each.
        <button
          type="button"
          class="tp-btn tp-btn-primary"
          disabled={r.state === 'busy' || store.save.value.state === 'busy'}
          onClick={() => void store.actions.recreatePins()}
        >
          {t('options_switch_recreate')}
        </button>
      )}
      {r.state === 'error' && <ErrorNotice error={r.error} />}
      {job && (
        <div aria-live="polite">
          <label for="tp-switch-progress">
            {t('options_switch_progress', formatNumber(job.done), formatNumber(job.total))}
          </label>
          <progress id="tp-switch-progress" max={job.total || 1} value={job.done} />
          {job.state === 'done' && <p class="tp-ok">{t('options_switch_done', formatNumber(job.added))}</p>}
          {job.error && <ErrorNotice error={job.error} />}
        </div>
      )}
    </div>
  );
}
