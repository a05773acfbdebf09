// Display names of every TrackingMore carrier code the detection engine can return.

import { POSTAL_CARRIER_NAMES } from './s10-operators';

const CARRIER_NAMES: Readonly<Record<string, string>> = {
  ...POSTAL_CARRIER_NAMES,
  ups: 'UPS',
  fedex: 'FedEx',
  usps: 'USPS',
  dhl: 'DHL Express',
  'dhl-germany': 'DHL Paket',
  dhlglobalmail: 'DHL eCommerce',
  'deutsche-post': 'Deutsche Post',
  dpd: 'DPD',
  gls: 'GLS',
  'hermes-uk': 'Evri (Hermes UK)',
  'hermes-de': 'Hermes Germany',
  'postnl-3s': 'PostNL International 3S',
  'postnl-parcels': 'PostNL',
  'inpost-paczkomaty': 'InPost Paczkomaty',
  'royal-mail': 'Royal Mail',
  'parcel-force': 'Parcelforce',
  'canada-post': 'Canada Post',
  canpar: 'Canpar',
  purolator: 'Purolator',
  ontrac: 'OnTrac',
  lasership: 'LaserShip',
  speedee: 'Spee-Dee Delivery',
  'old-dominion': 'Old Dominion Freight Line',
  yodel: 'Yodel',
  'landmark-global': 'Landmark Global',
  bartolini: 'BRT Bartolini',
  'italy-sda': 'SDA',
  cdek: 'СДЭК (CDEK)',
  'australia-post': 'Australia Post',
  'australia-ems': 'Australia Post EMS',
  amazon: 'Amazon Logistics',
  cainiao: 'Cainiao',
  yunexpress: 'YunExpress',
  '4px': '4PX',
  'sf-express': 'SF Express',
  yanwen: 'Yanwen',
  jtexpress: 'J&T Express',
  sto: 'STO Express',
  yto: 'YTO Express',
  zto: 'ZTO Express',
  yunda: 'Yunda Express',
  'china-post': 'China Post',
  'china-ems': 'China EMS',
  chronopost: 'Chronopost',
  'ukraine-ems': 'Ukraine EMS',
  'monaco-ems': 'Monaco EMS',
};

/** Every TrackingMore carrier code the engine can emit. */
export const CARRIER_CODES: readonly string[] = Object.keys(CARRIER_NAMES);

/** Human name for a TrackingMore carrier code; unknown codes come back as given. */
export function carrierName(code: string): string {
  return Object.hasOwn(CARRIER_NAMES, code) ? CARRIER_NAMES[code]! : code;
}
