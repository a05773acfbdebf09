// The in-page card: carrier and number, status, last event, days in transit, the last three events,
// the air route and current flight for AWBs, and Pin / Copy / Open details. Rendered inside a closed
// shadow root by the content script; every text from the API is rendered as text.
import { useEffect, useRef } from 'preact/hooks';
import { StatusBadge } from '@/components/StatusBadge';
import { Timeline } from '@/components/Timeline';
import { ErrorNotice } from '@/components/ErrorNotice';
import { RouteMap } from '@/components/RouteMap';
import { MilestoneStepper } from '@/components/MilestoneStepper';
import { deliveryWindow } from '@/utils/ui/eta';
import { formatNumber, formatRelative, t } from '@/utils/i18n';
import { isUserEvent } from '@/utils/extension';
import { formatCarrierDate } from '@/utils/ui/format';
import type { Shipment, TrackingEvent } from '@/utils/shipments/types';
import type { CardNotice, CardStore } from '@/utils/ui/stores/card';
import { carrierFieldNames } from '@/utils/ui/labels';
import { currentFlight } from './current-flight';
import { carrierName } from '@/utils/tracking-numbers';

export interface TrackCardProps {
  store: CardStore;
  /** Programmatic clicks from page scripts are not the user's: ignored (tests pass their own rule). */
  accept?: (event: Event) => boolean;
  /** Called on the close button (Esc is handled by the card host, wherever focus is on the page). */
  onClose: () => void;
  /** Milliseconds since epoch; injected by tests. */
  now?: number;
}

function eventWhen(event: TrackingEvent): string {
  return formatCarrierDate(event.date, { dateStyle: 'medium' }) ?? event.date;
}

function noticeText(notice: CardNotice): string {
  switch (notice.kind) {
    case 'pinned':
      return t('card_pinned');
    case 'unpinned':
      return t('card_unpinned');
    case 'copied':
      return t('card_copied');
    case 'copy-failed':
      return t('card_copyFailed');
    case 'failed':
      return t('card_actionFailed', notice.message);
    case 'needs-fields':
      return t('card_needsFields', carrierFieldNames(notice.fields));
    case 'duplicate':
      return t('card_duplicate', notice.carriers.map(carrierName).join(', '));
  }
}

function Details({ shipment }: { shipment: Shipment }) {
  const last = shipment.events[0];
  const flight = shipment.air ? currentFlight(shipment.air.flights) : null;
  return (
    <>
      <div class="tp-card-status">
        <StatusBadge status={shipment.status} />
        {shipment.daysInTransit != null && (
          <span class="tp-card-days">{t('card_daysInTransit', formatNumber(shipment.daysInTransit))}</span>
        )}
      </div>
      {/* Only what the lookup reply holds: the card asks for no transit-time statistics. */}
      <MilestoneStepper shipment={shipment} eta={deliveryWindow(shipment, null)} compact />
      <section class="tp-card-last" aria-label={t('card_lastEvent')}>
        {last ? (
          <>
            <p class="tp-card-last-desc">{last.description}</p>
            <p class="tp-muted tp-card-last-meta">
              <time dateTime={last.date}>{eventWhen(last)}</time>
              {last.location && <span> · {last.location}</span>}
            </p>
          </>
        ) : (
          <p class="tp-muted">{t('card_noEvents')}</p>
        )}
      </section>
      {shipment.air && shipment.air.route.length > 0 && (
        <section class="tp-card-air" aria-label={t('card_route')}>
          <RouteMap route={shipment.air.route} />
          {flight && (
            <p class="tp-card-flight">
              <span class="tp-muted">{t('card_flight')}: </span>
              <span translate={false}>
                {flight.flightNumber} {flight.from} → {flight.to}
              </span>
            </p>
          )}
        </section>
      )}
      {shipment.events.length > 1 && (
        <section class="tp-card-recent" aria-label={t('card_recent')}>
          <Timeline events={shipment.events} limit={3} />
        </section>
      )}
    </>
  );
}

export function TrackCard({ store, accept = isUserEvent, onClose, now }: TrackCardProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const target = store.target.value;
  const data = store.data.value;
  const notice = store.notice.value;

  useEffect(() => {
    rootRef.current?.focus();
  }, [target?.number]);

  if (!target) return null;

  const guard =
    (action: () => unknown) =>
    (event: Event): void => {
      if (!accept(event)) return;
      void action();
    };

  const shipment = data.phase === 'ready' ? data.reply.shipment : null;
  const pinBlocked = store.busy.value || data.phase === 'loading';
  const notFound =
    (data.phase === 'error' && data.error.kind === 'not-found') ||
    (shipment !== null && shipment.status === 'notfound' && shipment.events.length === 0);
  const carrierName = shipment?.carrier.name;

  return (
    <div
      ref={rootRef}
      class="tp-card"
      role="dialog"
      aria-label={t('card_dialogLabel', target.number)}
      tabIndex={-1}
      data-phase={notFound ? 'not-found' : data.phase}
    >
      <div class="tp-card-head">
        <div class="tp-card-id">
          {carrierName && <span class="tp-card-carrier">{carrierName}</span>}
          <span class="tp-number" translate={false}>
            {target.number}
          </span>
        </div>
        <button type="button" class="tp-card-close" aria-label={t('card_close')} onClick={guard(onClose)}>
          ×
        </button>
      </div>

      <div class="tp-card-body" aria-live="polite" aria-busy={data.phase === 'loading'}>
        {data.phase === 'loading' && (
          <p class="tp-card-loading" role="status">
            <span class="tp-spinner" aria-hidden="true" />
            {t('card_loading')}
          </p>
        )}
        {notFound && (
          <div class="tp-card-notfound" role="status">
            <p class="tp-card-notfound-title">
              <span aria-hidden="true">? </span>
              {t('card_notFound')}
            </p>
            <p class="tp-muted">{t('card_notFound_hint')}</p>
          </div>
        )}
        {data.phase === 'error' && !notFound && <ErrorNotice error={data.error} now={now} />}
        {shipment && !notFound && <Details shipment={shipment} />}
        {data.phase === 'ready' && data.reply.fromCache && (
          <p class="tp-muted tp-card-updated">{t('card_updated', formatRelative(data.reply.fetchedAt, now))}</p>
        )}
      </div>

      <div class="tp-card-actions" role="group" aria-label={t('card_actions')}>
        {(data.phase === 'error' || notFound) && (
          <button type="button" class="tp-btn" onClick={guard(store.retry)}>
            {t('card_retry')}
          </button>
        )}
        {/* aria-disabled, not disabled: disabling the focused button would drop keyboard focus out of the
            card (Firefox moves it to <body>) while a pin is in flight. */}
        <button
          type="button"
          class={`tp-btn${store.pinned.value ? '' : ' tp-btn-primary'}`}
          aria-pressed={store.pinned.value}
          aria-disabled={pinBlocked}
          onClick={guard(() => !pinBlocked && store.togglePin())}
        >
          {store.pinned.value ? t('card_unpin') : t('card_pin')}
        </button>
        <button type="button" class="tp-btn" onClick={guard(store.copy)}>
          {t('card_copy')}
        </button>
        <button type="button" class="tp-btn" onClick={guard(store.openDetails)}>
          {t('card_openDetails')}
        </button>
      </div>
      <p class="tp-card-notice" role="status" aria-live="polite">
        {notice ? noticeText(notice) : ''}
      </p>
      {notice?.kind === 'duplicate' && (
        <button type="button" class="tp-btn tp-card-fields" onClick={guard(store.openDetails)}>
          {t('card_mergeInDetails')}
        </button>
      )}
      {notice?.kind === 'needs-fields' && (
        <button type="button" class="tp-btn tp-btn-primary tp-card-fields" onClick={guard(store.openDetails)}>
          {t('card_enterFieldsInDetails')}
        </button>
      )}
    </div>
  );
}
