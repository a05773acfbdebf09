// One shipment: summary, actions, flights (air waybills), and the event history by carrier leg.
import type { ComponentChildren } from 'preact';
import type { Shipment } from '@/utils/shipments/types';
import { safeHttpUrl } from '@/utils/shipments/safe-url';
import { formatRelative, t } from '@/utils/i18n';
import { ShipmentSummary } from '../ShipmentSummary';
import { FlightLegs } from '../FlightLegs';
import { Timeline } from '../Timeline';
import { MilestoneStepper } from '../MilestoneStepper';
import { ErrorNotice } from '../ErrorNotice';
import { deliveryWindow, type DeliveryWindow } from '@/utils/ui/eta';
import { DetailsActions } from './DetailsActions';
import { Skeleton } from './Skeleton';
import { CarrierPicker } from './CarrierPicker';
import { usePopupStore } from './store-context';
import { CarrierFieldsForm } from './CarrierFieldsForm';
import { DuplicateNotice } from './DuplicateNotice';
import { RetrackAction } from './RetrackAction';

function History({ shipment }: { shipment: Shipment }) {
  const { carrierName } = usePopupStore();
  const legs = [shipment.destination, shipment.origin].filter((l) => l && l.events.length > 0);
  // Two carriers (e.g. China Post then Poste Italiane): each leg on its own, the newer (destination) first.
  if (legs.length === 2) {
    return (
      <>
        {legs.map((leg, i) => {
          const link = safeHttpUrl(leg!.weblink);
          return (
            <section class="tp-section tp-leg" key={i} aria-label={t(i === 0 ? 'ui_leg_destination' : 'ui_leg_origin')}>
              <h2>
                {t(i === 0 ? 'ui_leg_destination' : 'ui_leg_origin')}:{' '}
                {link ? (
                  <a href={link} target="_blank" rel="noopener noreferrer">
                    {carrierName(leg!.carrierCode)}
                  </a>
                ) : (
                  carrierName(leg!.carrierCode)
                )}
                {leg!.phone && <span class="tp-muted"> · {leg!.phone}</span>}
              </h2>
              <Timeline events={leg!.events} />
            </section>
          );
        })}
      </>
    );
  }
  return (
    <section class="tp-section" aria-labelledby="tp-history-h">
      <h2 id="tp-history-h">{t(shipment.kind === 'awb' ? 'popup_cargoEvents' : 'popup_history')}</h2>
      <Timeline events={shipment.events} />
    </section>
  );
}

function ShipmentBody({ shipment, eta, actions }: { shipment: Shipment; eta: DeliveryWindow | null; actions?: ComponentChildren }) {
  return (
    <>
      <ShipmentSummary shipment={shipment} />
      <MilestoneStepper shipment={shipment} eta={eta} />
      {actions}
      {shipment.air && <FlightLegs air={shipment.air} />}
      <History shipment={shipment} />
    </>
  );
}

export function DetailsView() {
  const store = usePopupStore();
  const d = store.details.details.value;
  const now = store.now();
  const back = (
    <button type="button" class="tp-btn tp-back" onClick={() => store.actions.back()}>
      <span aria-hidden="true">← </span>
      {t('popup_back')}
    </button>
  );
  if (!d) return back;
  if (d.state === 'loading') {
    return (
      <div class="tp-details">
        {back}
        <p class="tp-number">{d.number}</p>
        <Skeleton rows={5} />
      </div>
    );
  }
  if (d.state === 'error') {
    const known = d.known?.shipment ?? null;
    return (
      <div class="tp-details">
        {back}
        <p class="tp-number">{d.number}</p>
        <ErrorNotice error={d.error} onRetry={() => store.details.retry()} onOpenSettings={() => store.actions.openSettings()} />
        {(d.error.kind === 'no-carrier' || (d.error.kind === 'invalid-input' && (d.error.code === 4015 || d.error.code === 404))) && (
          <CarrierPicker number={d.number} candidates={d.error.candidates ?? []} />
        )}
        {known && (
          <>
            <p class="tp-stale" role="note">
              {d.known?.lastCheckedAt ? t('popup_lastKnown', formatRelative(d.known.lastCheckedAt, now)) : t('popup_lastKnownUndated')}
            </p>
            <ShipmentBody shipment={known} eta={deliveryWindow(known, null)} />
          </>
        )}
      </div>
    );
  }
  const { reply, pinned } = d;
  const shipment = reply.shipment;
  return (
    <div class="tp-details">
      <div class="tp-details-top">
        {back}
        <span class="tp-muted tp-age">{t('popup_checkedAgo', formatRelative(reply.checkedAt ?? reply.fetchedAt, now))}</span>
      </div>
      {store.actionError.value && (
        <ErrorNotice
          error={store.actionError.value}
          onRetry={() => store.details.refresh()}
          onOpenSettings={() => store.actions.openSettings()}
        />
      )}
      {store.actionError.value?.fields && !pinned && (
        <CarrierFieldsForm
          fields={store.actionError.value.fields}
          onSubmit={(values) => {
            // ship dates go as YYYYMMDD, the form v2 documents and v4 inherits
            const fields = { ...values, ...(values.tracking_ship_date ? { tracking_ship_date: values.tracking_ship_date.replaceAll('-', '') } : {}) };
            void store.details.pin(fields);
          }}
        />
      )}
      {pinned?.title && <h2 class="tp-details-title">{pinned.title}</h2>}
      {pinned?.lastError && (
        <p class="tp-last-error" role="note">
          {t('ui_lastCheckFailed', pinned.lastError.message)}
        </p>
      )}
      {pinned?.notes && <p class="tp-notes">{pinned.notes}</p>}
      {pinned && <DuplicateNotice key={pinned.key} current={pinned.key} />}
      {pinned && shipment.status === 'expired' && <RetrackAction />}
      <ShipmentBody
        shipment={shipment}
        eta={store.details.eta.value}
        actions={
          <DetailsActions
            key={`${shipment.carrier.code}:${shipment.number}:${pinned?.title ?? ''}:${pinned?.notes ?? ''}`}
            shipment={shipment}
            pinned={pinned}
          />
        }
      />
    </div>
  );
}
