// What the search box shows while typing: the identified number's carrier in words.
import { carrierName, type IdentifiedNumber } from '../tracking-numbers';
import { t } from '../i18n';

/** "UPS", "UPS, FedEx", or "air waybill – Cargolux". */
export function label(id: IdentifiedNumber): string {
  if (id.kind === 'awb') return t('popup_awbLabel', id.airline?.name ?? (id.carriers[0] ? carrierName(id.carriers[0]) : '?'));
  return id.carriers.length ? id.carriers.slice(0, 3).map(carrierName).join(', ') : t('popup_carrier_unknown');
}
