// The v4 courier list (`GET /couriers/all`, §4.4) over the sandbox's carrier table, with the carriers that
// need extra fields on create (4122). The types of `tracking_required_fields` vary on purpose: the contract
// says null, a string, an array or an object may come (§11 #19).
import { CARRIERS, type Carrier } from '../carriers';

const COUNTRY: Record<string, string> = {
  usps: 'US', 'china-post': 'CN', 'china-ems': 'CN', cainiao: 'CN', 'postnl-3s': 'NL', 'poste-italiane': 'IT',
  'russian-post': 'RU', 'poczta-polska': 'PL', 'inpost-paczkomaty': 'PL', 'deutsche-post': 'DE', 'royal-mail': 'GB',
  '4px': 'CN', sto: 'CN', yanwen: 'CN', 'turkey-post': 'TR',
};

/** Fields a create must carry for these couriers, as `couriers/all` lists them. */
const REQUIRED: Record<string, unknown> = {
  'postnl-3s': ['tracking_postal_code', 'tracking_destination_country'],
  'deutsche-post': 'tracking_ship_date',
};

export function requiredFields(code: string): string[] {
  const raw = REQUIRED[code];
  if (Array.isArray(raw)) return raw.map(String);
  return typeof raw === 'string' ? raw.split(',') : [];
}

export function courier4(c: Carrier) {
  return {
    courier_name: c.name,
    courier_code: c.code,
    courier_country_iso2: COUNTRY[c.code] ?? null,
    courier_url: `https:${c.homepage}`,
    courier_phone: c.phone,
    courier_type: c.type,
    tracking_required_fields: REQUIRED[c.code] ?? null,
    optional_fields: null,
    default_language: 'en',
    support_language: ['en'],
    courier_logo: `//s.trackingmore.com/images/icons/${c.type}/${c.code}.png`,
  };
}

export const COURIERS4 = () => CARRIERS.map(courier4);
