// Air waybill details: route, airline, pieces and weight, and each flight with planned vs actual times.
import type { AirCargoInfo, FlightLeg } from '@/utils/shipments/types';
import { formatNumber, t } from '@/utils/i18n';
import { formatDuration, shortStationTime } from '@/utils/ui/format';
import { safeHttpUrl as httpLink } from '@/utils/shipments/safe-url';
import { RouteMap } from './RouteMap';

function DelayBadge({ minutes }: { minutes: number | null }) {
  if (minutes == null) return null;
  if (minutes <= 0) {
    return (
      <span class="tp-delay tp-delay-ok">
        <span aria-hidden="true">✓ </span>
        {t('ui_flight_onTime')}
      </span>
    );
  }
  return (
    <span class="tp-delay tp-delay-late">
      <span aria-hidden="true">⏱ </span>
      {t('ui_flight_delayed', formatDuration(minutes))}
    </span>
  );
}

function Times({ leg }: { leg: FlightLeg }) {
  const cell = (v: string | null) => shortStationTime(v) || '—';
  return (
    <table class="tp-flight-times">
      <thead>
        <tr>
          <td />
          <th scope="col">{t('ui_flight_planned')}</th>
          <th scope="col">{t('ui_flight_actual')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t('ui_flight_departure')}</th>
          <td>{cell(leg.plannedDeparture)}</td>
          <td>{cell(leg.actualDeparture)}</td>
        </tr>
        <tr>
          <th scope="row">{t('ui_flight_arrival')}</th>
          <td>{cell(leg.plannedArrival)}</td>
          <td>{cell(leg.actualArrival)}</td>
        </tr>
      </tbody>
    </table>
  );
}

function Flight({ leg }: { leg: FlightLeg }) {
  return (
    <li class="tp-flight">
      <div class="tp-flight-head">
        <strong class="tp-flight-no" translate={false}>
          {leg.flightNumber}
        </strong>
        <span class="tp-flight-path">
          {leg.from} <span aria-hidden="true">→</span>
          <span class="tp-sr-only">{t('ui_to')}</span> {leg.to}
        </span>
        <DelayBadge minutes={leg.delayMinutes} />
      </div>
      <Times leg={leg} />
    </li>
  );
}

export function FlightLegs({ air }: { air: AirCargoInfo }) {
  const track = httpLink(air.airline?.trackUrl) ?? httpLink(air.airline?.url);
  return (
    <section class="tp-air" aria-label={t('ui_flight_section')}>
      <RouteMap route={air.route} />
      <dl class="tp-facts">
        {air.airline && (
          <div>
            <dt>{t('ui_flight_airline')}</dt>
            <dd>
              {track ? (
                <a href={track} target="_blank" rel="noopener noreferrer">
                  {air.airline.name}
                </a>
              ) : (
                air.airline.name
              )}
            </dd>
          </div>
        )}
        {air.pieces != null && (
          <div>
            <dt>{t('ui_flight_pieces')}</dt>
            <dd>{formatNumber(air.pieces)}</dd>
          </div>
        )}
        {air.weight && (
          <div>
            <dt>{t('ui_flight_weight')}</dt>
            <dd>{air.weight}</dd>
          </div>
        )}
      </dl>
      {air.flights.length > 0 ? (
        <ol class="tp-flights" aria-label={t('ui_flight_legs')}>
          {air.flights.map((leg, i) => (
            <Flight key={`${leg.flightNumber}-${i}`} leg={leg} />
          ))}
        </ol>
      ) : (
        <p class="tp-muted">{t('ui_flight_none')}</p>
      )}
    </section>
  );
}
