// The options page: onboarding on first run, then the settings sections and a Save bar.
import { t } from '@/utils/i18n';
import { ErrorNotice } from '../ErrorNotice';
import { Onboarding } from './Onboarding';
import { ApiSection } from './ApiSection';
import { PreferencesSection } from './PreferencesSection';
import { ExportSection, ImportSection } from './ImportExportSection';
import { AccountSection, RemoteCheckSection } from './AccountSection';
import { PrivacyLogSection } from './PrivacyLogSection';
import { ProblemsSection } from './ProblemsSection';
import { SiteAccessSection } from './SiteAccessSection';
import { SyncSection } from './SyncSection';
import { useOptionsStore } from './store-context';

export function OptionsApp() {
  const store = useOptionsStore();
  const saved = store.saved.value;
  const save = store.save.value;
  return (
    <main class="tp-options">
      <header>
        <h1>{t('options_title')}</h1>
      </header>
      {store.loadError.value && <ErrorNotice error={store.loadError.value} onRetry={() => void store.actions.init()} />}
      {saved && !saved.onboarded && <Onboarding onDismiss={() => void store.actions.dismissOnboarding()} />}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void store.actions.save();
        }}
      >
        <ApiSection />
        <PreferencesSection />
        <div class="tp-savebar">
          <button type="submit" class="tp-btn tp-btn-primary" disabled={save.state === 'busy'}>
            {t('options_save')}
          </button>
          <span aria-live="polite">
            {save.state === 'ok' && !store.dirty.value && <span class="tp-ok">{t('options_saved')}</span>}
            {store.dirty.value && save.state !== 'busy' && <span class="tp-muted">{t('options_unsaved')}</span>}
          </span>
          {save.state === 'error' && <ErrorNotice error={save.error} />}
        </div>
      </form>
      <SiteAccessSection />
      <ImportSection />
      <ExportSection />
      <SyncSection />
      <ProblemsSection />
      <AccountSection />
      <RemoteCheckSection />
      <PrivacyLogSection />
    </main>
  );
}
