// The headline facts of a shipment: status, carrier (with its site), route by country and ages (the ETA
// stands beside the milestone stepper).
import type { Shipment } from '@/utils/shipments/types';
import { formatNumber, t } from '@/utils/i18n';
import { countryName } from '@/utils/ui/format';
import { safeHttpUrl as httpLink } from '@/utils/shipments/safe-url';
import { StatusBadge } from './StatusBadge';

export interface ShipmentSummaryProps {
  shipment: Shipment;
}

export function ShipmentSummary({ shipment }: ShipmentSummaryProps) {
  const link = httpLink(shipment.weblink);
  const from = countryName(shipment.originCountry);
  const to = countryName(shipment.destinationCountry);
  const days = (n: number) => t('ui_days', formatNumber(n));
  return (
    <section class="tp-summary" aria-label={t('ui_summary_label')}>
      <div class="tp-summary-head">
        <StatusBadge status={shipment.status} />
        <span class="tp-number" translate={false}>
          {shipment.number}
        </span>
      </div>
      {shipment.title && <p class="tp-summary-title">{shipment.title}</p>}
      <dl class="tp-facts">
        <div>
          <dt>{t('ui_summary_carrier')}</dt>
          <dd>
            {link ? (
              <a href={link} target="_blank" rel="noopener noreferrer">
                {shipment.carrier.name}
              </a>
            ) : (
              shipment.carrier.name
            )}
          </dd>
        </div>
        {(from || to) && (
          <div>
            <dt>{t('ui_summary_route')}</dt>
            <dd>
              {from ?? '?'} <span aria-hidden="true">→</span>
              <span class="tp-sr-only">{t('ui_to')}</span> {to ?? '?'}
            </dd>
          </div>
        )}
        {shipment.daysInTransit != null && (
          <div>
            <dt>{t('ui_summary_inTransit')}</dt>
            <dd>{days(shipment.daysInTransit)}</dd>
          </div>
        )}
        {shipment.daysSinceLastEvent != null && (
          <div>
            <dt>{t('ui_summary_sinceLast')}</dt>
            <dd>{days(shipment.daysSinceLastEvent)}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
