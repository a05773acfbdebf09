// What the search box shows while typing: the detection engine's verdict in words.
import { carrierName, identifyTrackingNumber } from '../tracking-numbers';
import type { TrackingNumberMatch } from '../tracking-numbers/types';
import { t } from '../i18n';
import type { Identified } from './stores/popup';

export function describeMatch(match: Pick<TrackingNumberMatch, 'number' | 'kind' | 'carriers' | 'airline'>): Identified {
  const label =
    match.kind === 'awb'
      ? t('popup_awbLabel', match.airline?.name ?? (match.carriers[0] ? carrierName(match.carriers[0]) : '?'))
      : match.carriers.length
        ? match.carriers.slice(0, 3).map(carrierName).join(', ')
        : t('popup_carrier_unknown');
  return { number: match.number, kind: match.kind, carriers: match.carriers, label };
}

export function identify(input: string): Identified | null {
  const match = identifyTrackingNumber(input);
  return match ? describeMatch(match) : null;
}

/** Carrier codes worth offering in "change carrier" for a number. */
export function carrierChoices(number: string): string[] {
  const match = identifyTrackingNumber(number);
  return match?.carriers ?? [];
}
