// The popup: search header, then either the list (found on this page + pinned) or one shipment.
import { t } from '@/utils/i18n';
import { ErrorNotice } from '../ErrorNotice';
import { SearchBox } from './SearchBox';
import { FoundOnPage } from './FoundOnPage';
import { PinnedList } from './PinnedList';
import { DetailsView } from './DetailsView';
import { Banners } from './Banners';
import { ArchivedView } from './ArchivedView';
import { usePopupStore } from './store-context';

export function PopupApp() {
  const store = usePopupStore();
  const status = store.status.value;
  const route = store.route.value;
  const paused = status?.pausedUntil && status.pausedUntil > store.now() ? status.pausedUntil : null;
  return (
    <div class="tp-popup">
      <header class="tp-header">
        <h1 class="tp-brand">Trackpin</h1>
        <button
          type="button"
          class="tp-icon-btn"
          aria-label={t('popup_settings')}
          title={t('popup_settings')}
          onClick={() => store.actions.openSettings()}
        >
          <span aria-hidden="true">⚙</span>
        </button>
      </header>
      <SearchBox />
      {status && !status.configured && (
        <ErrorNotice error={{ kind: 'no-key', message: '' }} onOpenSettings={() => store.actions.openSettings()} />
      )}
      {paused && (
        <ErrorNotice
          error={{ kind: status?.lastPollError?.kind === 'quota' ? 'quota' : 'rate-limited', message: status?.lastPollError?.message ?? '', retryAfterMs: paused - store.now() }}
          now={store.now()}
          onOpenSettings={() => store.actions.openSettings()}
        />
      )}
      <Banners />
      <main>
        {route.view === 'details' ? (
          <DetailsView />
        ) : route.view === 'archived' ? (
          <ArchivedView />
        ) : (
          <>
            <FoundOnPage />
            <PinnedList />
          </>
        )}
      </main>
      <div class="tp-sr-only" aria-live="polite">
        {store.notice.value ?? ''}
      </div>
      {store.notice.value && (
        <p class="tp-toast" aria-hidden="true">
          {store.notice.value}
        </p>
      )}
    </div>
  );
}
